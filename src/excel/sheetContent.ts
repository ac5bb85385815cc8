/**
 * A sheet plan's cells as the one 2-D array `range.formulas` takes: formulas (with cross-sheet
 * references renamed to the sheets' actual names), literals, "" for empty cells so that the write
 * also clears what the previous layout left there, and the row keys in column A.
 */
import { renameSheetReferences } from "../sheets/references";
import { CellPlan, CellValue, KEY_COLUMN_INDEX, SheetPlan } from "../sheets/plan";

export type WrittenValue = string | number | boolean;

/** A1 while the sheet is being written: still ours (same prefix), but not presented as finished. */
export const INCOMPLETE_SUFFIX = "|incomplet";

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

/**
 * Whether Excel would read this string as anything but this very text when it is written through
 * `range.formulas` / `range.values`: strings are parsed as typed input in the en-US locale
 * (office-js#1559, "the APIs use USA locale"; "Excel worksheet and expression evaluation",
 * https://learn.microsoft.com/en-us/office/client-developer/excel/excel-worksheet-and-expression-evaluation):
 * a leading ' is taken as the string prefix, = + - @ start a formula, and numbers, dates, times,
 * currencies, percentages, TRUE/FALSE and error literals are converted. Deliberately broad (any text
 * starting with a digit, a currency sign or an English month name): an apostrophe too many only sets
 * the cell's quote prefix, which Excel does not show; one too few changes the user's data.
 */
function needsApostrophe(text: string): boolean {
  if (/^['=+\-@]/.test(text)) return true;
  const t = text.trim();
  if (t === "") return text !== "";
  return (
    /^(true|false)$/i.test(t) ||
    t.startsWith("#") ||
    /^[($€£¥]?\s*[-+]?[\d.,]/.test(t) ||
    /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/,]*\d/i.test(t)
  );
}

/** A text as `range.formulas` must be given it to stay this text: with Excel's apostrophe prefix when needed. */
export function textAsWritten(text: string): string {
  return text !== "" && needsApostrophe(text) ? `'${text}` : text;
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
