/**
 * Cross-sheet references. Plans write `'Plan name'!A1`; a writer whose sheet ended up with another
 * name (renamed by the user, or a foreign sheet held the name) rewrites them with
 * `renameSheetReferences`, quoted or not, leaving text inside string literals alone.
 */
import { SHEET_NAMES, SheetKey } from "./plan";

/** A sheet name as a formula prefix: always quoted (names with spaces and accents need it; quoting is always valid). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'Grille ACI'!$H$7` for a plan sheet. */
export function sheetRef(sheet: SheetKey, address: string): string {
  return `${quoteSheetName(SHEET_NAMES[sheet])}!${address}`;
}

/** A French text as an Excel string literal ("" doubles quotes). */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Rewrites references to renamed sheets: `'Old name'!` and `Old!` become `'New name'!`, in one pass
 * (so swapping two names works). Sheet names match case-insensitively, as in Excel. String literals
 * ("...") are left untouched; an unquoted name only matches as a whole word.
 */
export function renameSheetReferences(formula: string, renames: Readonly<Record<string, string>>): string {
  const byLowerName = new Map(Object.entries(renames).map(([from, to]) => [from.toLowerCase(), to]));
  if (byLowerName.size === 0) return formula;
  const rename = (name: string, original: string): string => {
    const to = byLowerName.get(name.toLowerCase());
    return to === undefined ? original : `${quoteSheetName(to)}!`;
  };
  // Odd parts are string literals, kept as they are.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/'((?:[^']|'')+)'!/g, (m, quoted: string) => rename(quoted.replace(/''/g, "'"), m))
            .replace(/(^|[^\p{L}\p{N}_.'!])([\p{L}_][\p{L}\p{N}_.]*)!/gu, (m, pre: string, bare: string) => {
              const renamed = rename(bare, "");
              return renamed === "" ? m : pre + renamed;
            }),
    )
    .join("");
}
