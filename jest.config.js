/**
 * Jest, in four projects:
 *   unit         everything that runs on Node alone: `npm run test:unit` (`--selectProjects unit`);
 *   build        the production bundles (dist/), built once per run by the project's globalSetup;
 *   browser      the task pane in Chromium, on the test harness (and dist/), built once per run;
 *   libreoffice  the exported workbook recalculated by LibreOffice;
 *   scenarios    whole-workbook scenarios: regenerations through the workbook double, many times over
 *                (a failure injected at every step, the property-based regeneration, sync and payload
 *                counts, the client's objects, Réparer on each platform, 2 000-row Contrôles) and the
 *                command line end to end (classeur, --depuis, --lot): Node alone, but most of the Node-only
 *                time, so kept out of the fast loop.
 * `npm test` runs them all. A project's globalSetup runs only when the run holds at least one of its
 * test files (https://jestjs.io/docs/configuration#globalsetup-string), so `npx jest test/domain`
 * builds nothing.
 *
 * ts-jest only transpiles (tsconfig.jest.json: isolatedModules): the type-check of src/ and test/ is
 * `npm run lint`'s (`tsc -p tsconfig.test.json --noEmit`), once, instead of once per test file.
 */
const transform = { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json" }] };

/**
 * Test files that need more than Node, by project. Globs from "**" (not "<rootDir>"): the unit project
 * excludes them with "!" globs, where jest does not replace "<rootDir>".
 */
const NEEDS = {
  build: ["**/test/build.test.ts", "**/test/functions/bundle.test.ts"],
  browser: ["**/test/browser/**/*.test.ts"],
  libreoffice: [
    "**/test/xlsx/libreoffice.test.ts",
    "**/test/xlsx/libreofficeAttainment.test.ts",
    "**/test/xlsx/libreofficeIndicateurs.test.ts",
    "**/test/xlsx/libreofficeSuivi.test.ts",
    "**/test/xlsx/libreofficeVersements.test.ts",
    "**/test/xlsx/libreofficeTresorerie.test.ts",
    "**/test/cli/depuisLibreoffice.test.ts",
  ],
  scenarios: [
    "**/test/excel/failures.test.ts",
    "**/test/excel/syncs.test.ts",
    "**/test/excel/regenerate.test.ts",
    "**/test/excel/generate.test.ts",
    "**/test/excel/regenerate.fuzz.test.ts",
    "**/test/excel/userValuesRegenerate.test.ts",
    "**/test/excel/regenerateTresorerie.test.ts",
    "**/test/excel/regenerateSuivi.test.ts",
    "**/test/excel/regenerateIndicateurs.test.ts",
    "**/test/excel/regenerateVersements.test.ts",
    "**/test/excel/clientObjects.test.ts",
    "**/test/excel/controls.test.ts",
    "**/test/excel/summaries.test.ts",
    "**/test/formula/repair.test.ts",
    "**/test/cli/classeur.test.ts",
    "**/test/cli/lot.test.ts",
    "**/test/cli/depuis.test.ts",
    "**/test/cli/depuisRoundTrip.test.ts",
  ],
};

const project = (displayName, options) => ({ displayName, testEnvironment: "node", roots: ["<rootDir>/test"], transform, ...options });

module.exports = {
  testTimeout: 120000,
  projects: [
    // Everything else: the fast loop.
    project("unit", { testMatch: ["**/test/**/*.test.{ts,tsx}", ...Object.values(NEEDS).flatMap((globs) => globs.map((glob) => `!${glob}`))] }),
    project("build", { testMatch: NEEDS.build, globalSetup: "<rootDir>/test/support/globalSetup.build.ts" }),
    project("browser", { testMatch: NEEDS.browser, globalSetup: "<rootDir>/test/support/globalSetup.browser.ts" }),
    project("libreoffice", { testMatch: NEEDS.libreoffice }),
    project("scenarios", { testMatch: NEEDS.scenarios }),
  ],
};
