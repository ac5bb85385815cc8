/**
 * Cross-sheet references. Plans write `'Plan name'!A1`; a writer whose sheet ended up with another
 * name (renamed by the user, or a foreign sheet held the name) rewrites them with
 * `renameSheetReferences` (formulaText.ts, the one module that reads formula text).
 */
import { quoteSheetName } from "./formulaText";
import { SHEET_NAMES, SheetKey } from "./plan";

export { quoteSheetName, renameSheetReferences } from "./formulaText";

/** `'Grille ACI'!$H$7` for a plan sheet. */
export function sheetRef(sheet: SheetKey, address: string): string {
  return `${quoteSheetName(SHEET_NAMES[sheet])}!${address}`;
}

/** A French text as an Excel string literal ("" doubles quotes). */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
