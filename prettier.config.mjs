/**
 * Prettier, checked by `npm run lint` (`prettier --check .`), applied by `npm run format`.
 * Microsoft's office-addin-prettier-config (printWidth 100, trailingComma "es5") with the width
 * this code base was written at: measured on the sources when Prettier came in, 160 columns with
 * Prettier 3's default trailing commas reformatted the fewest lines (about 400, against about 1 600
 * at 100 columns).
 */
export default {
  printWidth: 160,
  trailingComma: "all",
};
