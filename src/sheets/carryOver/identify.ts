/**
 * Which sheets are ours, by identity — the marker in A1 of the hidden column A — whatever their name.
 * Shared by the office-js reader (src/excel/locate.ts) and the file reader (src/xlsx/readWorkbook.ts).
 * When two sheets claim one identity (the user copied one of ours), the one bearing the plan's name
 * wins, else the first; the other is the user's (read, never written).
 */
import { CellValue, SHEET_NAMES, SheetKey, parseSheetMarker } from "../plan";

/** A1 while a sheet is being written: still ours (same prefix), but not presented as finished. */
export const INCOMPLETE_SUFFIX = "|incomplet";

const PLAN_NAMES = new Set(Object.values(SHEET_NAMES).map((n) => n.toLowerCase()));

export interface IdentifiedSheet {
  key: SheetKey;
  /** Position of the sheet in the list given. */
  index: number;
  /** A1 says a generation of this sheet did not finish. */
  incomplete: boolean;
}

/** `sheets`: every sheet's name and A1 value, in the workbook's order. */
export function identifySheets(sheets: readonly { name: string; a1: CellValue }[]): Partial<Record<SheetKey, IdentifiedSheet>> {
  const claims = sheets.map((sheet, index) => ({ ...sheet, index }));
  claims.sort((a, b) => {
    const aNamed = PLAN_NAMES.has(a.name.toLowerCase()) ? 0 : 1;
    const bNamed = PLAN_NAMES.has(b.name.toLowerCase()) ? 0 : 1;
    return aNamed - bNamed || a.index - b.index;
  });
  const ours: Partial<Record<SheetKey, IdentifiedSheet>> = {};
  for (const { a1, index } of claims) {
    const parsed = parseSheetMarker(a1);
    if (!parsed || ours[parsed.key]) continue;
    ours[parsed.key] = { key: parsed.key, index, incomplete: typeof a1 === "string" && a1.endsWith(INCOMPLETE_SUFFIX) };
  }
  return ours;
}
