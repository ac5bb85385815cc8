/**
 * Planned row heights for wrapped text. No writer can measure what a formula will show, and a
 * planned height becomes a fixed height in Excel, so a planner sizes a row from the longest text its
 * cells can show (literal or any verdict of a formula), with the same estimate as the ExcelJS writer
 * (src/xlsx/rowHeight.ts uses it for literal texts): one character per unit of column width, erring on the tall side.
 */
import type { ColumnPlan, RowPlan } from "./plan";
import { FONT_SIZE, cellLook } from "./cellLook";

/** Excel's default row height for an 11-point font, in points. */
export const LINE_POINTS = 15;
const DEFAULT_COLUMN_WIDTH = 8.43;
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

/** Points for `lines` lines of 11-point text. */
export function heightForLines(lines: number): number {
  return lines * LINE_POINTS + (lines > 1 ? MARGIN_POINTS : 0);
}

/** A text shown wrapped in a column of that width (characters), bold or not. */
export interface WrappedText {
  text: string;
  width: number;
  bold?: boolean;
}

/** The height the tallest of these wrapped texts needs. */
export function heightForTexts(texts: readonly WrappedText[]): number {
  const lines = Math.max(1, ...texts.map((t) => wrappedLines(t.text, t.width * (t.bold ? BOLD_FACTOR : 1))));
  return heightForLines(lines);
}

/** The height a row's wrapped literal texts need, in points (0 when none wraps beyond one line). */
export function literalTextHeight(row: RowPlan, columns: readonly ColumnPlan[]): number {
  let needed = 0;
  row.cells.forEach((cell, col) => {
    if (!cell?.wrap || typeof cell.value !== "string" || cell.formula !== undefined) return;
    const { size, bold } = cellLook(cell).font;
    const width = columns[col]?.width ?? DEFAULT_COLUMN_WIDTH;
    const lines = wrappedLines(cell.value, (width * (bold ? BOLD_FACTOR : 1) * FONT_SIZE) / size);
    if (lines > 1) needed = Math.max(needed, heightForLines(lines) * (size / FONT_SIZE));
  });
  return needed;
}
