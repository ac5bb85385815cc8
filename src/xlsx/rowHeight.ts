/**
 * Row heights for wrapped text. Excel and LibreOffice open a file with its rows at the stored (or
 * default) height: neither grows a row to fit wrapped text on load, where the office-js writer can
 * call autofitRows. So the ExcelJS writer estimates the lines each wrapped text takes in its column.
 */
import type { ColumnPlan, RowPlan } from "../sheets/plan";
import { ROLE_STYLES } from "../sheets/styles";

/** Excel's default row height for an 11-point font. */
const POINTS_PER_LINE = 15;
const DEFAULT_FONT_SIZE = 11;
const DEFAULT_COLUMN_WIDTH = 8.43;
/**
 * Characters of running French text per unit of column width (a unit is one "0" of the default font;
 * letters and spaces are narrower). Kept at 1 so the estimate errs on the tall side, also for
 * LibreOffice's substitute fonts.
 */
const CHARS_PER_WIDTH_UNIT = 1;
const BOLD_FACTOR = 0.92;
const MARGIN_POINTS = 2;

/** Lines a text takes when wrapped greedily at word boundaries in `capacity` characters. */
export function wrappedLines(text: string, capacity: number): number {
  const perLine = Math.max(1, Math.floor(capacity));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      // A word longer than a line is broken across lines.
      if (word.length > perLine) {
        if (used > 0) count++;
        count += Math.ceil(word.length / perLine) - 1;
        used = word.length % perLine || perLine;
        continue;
      }
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed > perLine) {
        count++;
        used = word.length;
      } else used = needed;
    }
    lines += count;
  }
  return lines;
}

/** The height the row needs, in points: the plan's height or more when a wrapped text needs it; undefined = default. */
export function rowHeight(row: RowPlan, columns: readonly ColumnPlan[]): number | undefined {
  let needed = 0;
  row.cells.forEach((cell, col) => {
    if (!cell?.wrap || typeof cell.value !== "string" || cell.formula !== undefined) return;
    const role = cell.role ? ROLE_STYLES[cell.role] : undefined;
    const size = role?.size ?? DEFAULT_FONT_SIZE;
    const bold = cell.bold ?? role?.bold ?? false;
    const width = columns[col]?.width ?? DEFAULT_COLUMN_WIDTH;
    const capacity = (width * CHARS_PER_WIDTH_UNIT * (bold ? BOLD_FACTOR : 1) * DEFAULT_FONT_SIZE) / size;
    const lines = wrappedLines(cell.value, capacity);
    needed = Math.max(needed, lines * POINTS_PER_LINE * (size / DEFAULT_FONT_SIZE) + (lines > 1 ? MARGIN_POINTS : 0));
  });
  const planned = row.height ?? 0;
  const height = Math.max(planned, needed > POINTS_PER_LINE ? needed : 0);
  return height > 0 ? height : undefined;
}
