/**
 * Row heights for wrapped text. Excel and LibreOffice open a file with its rows at the stored (or
 * default) height: neither grows a row to fit wrapped text on load, where the office-js writer can
 * call autofitRows. So the ExcelJS writer uses the planners' estimate (src/sheets/rowHeights.ts) of
 * the lines each wrapped literal text takes in its column.
 */
import type { ColumnPlan, RowPlan } from "../sheets/plan";
import { LINE_POINTS, literalTextHeight } from "../sheets/rowHeights";

/** The height the row needs, in points: the plan's height or more when a wrapped text needs it; undefined = default. */
export function rowHeight(row: RowPlan, columns: readonly ColumnPlan[]): number | undefined {
  const needed = literalTextHeight(row, columns);
  const height = Math.max(row.height ?? 0, needed > LINE_POINTS ? needed : 0);
  return height > 0 ? height : undefined;
}
