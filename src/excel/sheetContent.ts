/**
 * A sheet plan's cells as the one 2-D array `range.formulas` takes: formulas (with cross-sheet
 * references renamed to the sheets' actual names), literals, "" for empty cells so that the write
 * also clears what the previous layout left there, and the row keys in column A.
 */
import { renameSheetReferences } from "../sheets/references";
import { CellPlan, CellValue, KEY_COLUMN_INDEX, SheetPlan } from "../sheets/plan";
import { textAsWritten } from "../sheets/carryOver/textAsWritten";

export type WrittenValue = string | number | boolean;

export { INCOMPLETE_SUFFIX } from "../sheets/carryOver/identify";

export function sheetWidth(sheet: SheetPlan): number {
  return Math.max(1, sheet.columns.length, ...sheet.rows.map((r) => r.cells.length));
}

function written(cell: CellPlan | undefined, renames: Readonly<Record<string, string>>): WrittenValue {
  if (!cell) return "";
  if (cell.formula !== undefined) return renameSheetReferences(cell.formula, renames);
  const value: CellValue | undefined = cell.value;
  if (value === null || value === undefined) return "";
  // A carried text arrives already as written (carryOver.ts: an apostrophe when it needs one); the
  // plan's own texts get theirs here (the seed's "- Le territoire…" would fail, office-js#3256).
  if (typeof value === "string" && !value.startsWith("'")) return textAsWritten(value);
  return value;
}

/** Rows × width matrix; A1 holds the given marker (the incomplete one while writing). */
export function sheetMatrix(sheet: SheetPlan, width: number, renames: Readonly<Record<string, string>>, a1Marker: string): WrittenValue[][] {
  return sheet.rows.map((row, r) => {
    const out: WrittenValue[] = new Array(width).fill("");
    for (let c = 0; c < Math.min(width, row.cells.length); c++) if (c !== KEY_COLUMN_INDEX) out[c] = written(row.cells[c], renames);
    out[KEY_COLUMN_INDEX] = r === 0 ? a1Marker : row.key;
    return out;
  });
}
