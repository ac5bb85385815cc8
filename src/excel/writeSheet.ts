/**
 * Queues the writes of one sheet plan into the batch, in an order that never loses the user's data
 * if Excel fails part-way: A1 turns "incomplete" first; the add-in's old tables are converted to
 * ranges (Table.delete would delete their cells), its charts, conditional formats, validations and
 * formats cleared; then the whole content goes in as one 2-D array (the carried-over user data in
 * its new place) and only then is what lies beyond the new layout cleared. The final marker is
 * written by the caller once every sheet is done.
 */
import { a1, parseA1 } from "../sheets/addresses";
import { renameSheetReferences } from "../sheets/references";
import { ChartPlan, ConditionalFormatPlan, KEY_COLUMN_INDEX, SheetPlan } from "../sheets/plan";
import type { UsedArea } from "./locate";
import { INCOMPLETE_SUFFIX, WrittenValue, sheetMatrix, sheetWidth } from "./sheetContent";
import { columnWidthPoints } from "./columnWidth";
import { queueStyles } from "./styleBlocks";
import { queueValidation } from "./validationRule";
import type { WriteBatch } from "./writeBatch";
import { sheetMarker } from "../sheets/plan";

export interface PreviousContent {
  used?: UsedArea;
  tableNames: string[];
  chartNames: string[];
}

function chartEnd(chart: ChartPlan): string {
  const { col, row } = parseA1(chart.anchor);
  return a1(col + chart.widthColumns - 1, row + chart.heightRows - 1);
}

function chartType(type: ChartPlan["type"]): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/**
 * The content matrix in parts, each fitting one request: a single part unless the sheet alone is
 * larger than a request. The content write is what moves the user's rows to their new places; in one
 * part it cannot leave a row half-moved. When it must be split, the parts go bottom-up: rows move down
 * when missions or rows are added, so each part then overwrites only rows whose data is already in place.
 * Each part starts at a keyed row, so that after a failure the rows written so far read as whole keyed
 * rows with the rows added after them (see readSheetCarryOver).
 */
function contentParts(matrix: WrittenValue[][], budgetBytes: number): { start: number; rows: WrittenValue[][] }[] {
  const parts: { start: number; rows: WrittenValue[][] }[] = [];
  let start = 0;
  let bytes = 0;
  matrix.forEach((row, r) => {
    const size = JSON.stringify(row).length + 1;
    const keyed = typeof row[KEY_COLUMN_INDEX] === "string" && row[KEY_COLUMN_INDEX] !== "";
    // A part may run a tenth past the budget to end before a keyed row (4.4 MB: still under Excel's 5 MB).
    if (r > start && (keyed ? bytes + size > budgetBytes : bytes + size > budgetBytes * 1.1)) {
      parts.push({ start, rows: matrix.slice(start, r) });
      start = r;
      bytes = 0;
    }
    bytes += size;
  });
  if (start < matrix.length) parts.push({ start, rows: matrix.slice(start) });
  return parts.reverse();
}

async function queueConditionalFormat(batch: WriteBatch, ws: Excel.Worksheet, cf: ConditionalFormatPlan, renames: Record<string, string>): Promise<void> {
  const formula = renameSheetReferences(cf.formula, renames);
  await batch.add(cf, () => {
    const format = ws.getRange(cf.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    format.custom.rule.formula = formula;
    if (cf.fill) format.custom.format.fill.color = cf.fill;
    if (cf.fontColor) format.custom.format.font.color = cf.fontColor;
    if (cf.bold) format.custom.format.font.bold = true;
  });
}

async function queueChart(batch: WriteBatch, ws: Excel.Worksheet, chart: ChartPlan): Promise<void> {
  if (chart.series.length === 0) return;
  await batch.add(chart, () => {
    const added = ws.charts.add(chartType(chart.type) as Excel.ChartType, ws.getRange(chart.series[0].values), "Columns" as Excel.ChartSeriesBy);
    added.name = chart.name;
    added.title.text = chart.title;
    chart.series.forEach((s, i) => {
      const series = i === 0 ? added.series.getItemAt(0) : added.series.add(s.name);
      if (i === 0) series.name = s.name;
      else series.setValues(ws.getRange(s.values));
      series.setXAxisValues(ws.getRange(chart.categories));
    });
    added.setPosition(chart.anchor, chartEnd(chart));
  });
}

/** Clears what the add-in owns on a sheet it generated before, keeping every cell's content. */
async function queueClearOwned(batch: WriteBatch, ws: Excel.Worksheet, previous: PreviousContent): Promise<void> {
  for (const name of previous.tableNames) await batch.add(name, () => ws.tables.getItem(name).convertToRange());
  for (const name of previous.chartNames) await batch.add(name, () => ws.charts.getItem(name).delete());
  await batch.add(null, () => ws.getRange().conditionalFormats.clearAll());
  await batch.add(null, () => ws.getRange().dataValidation.clear());
  if (previous.used) {
    const { rowCount, columnCount } = previous.used;
    await batch.add(null, () => ws.getRangeByIndexes(0, 0, rowCount, columnCount).clear("Formats" as Excel.ClearApplyTo));
  }
}

export async function queueSheet(
  batch: WriteBatch,
  ws: Excel.Worksheet,
  plan: SheetPlan,
  renames: Record<string, string>,
  previous: PreviousContent | undefined,
): Promise<void> {
  const incomplete = `${sheetMarker(plan.key)}${INCOMPLETE_SUFFIX}`;
  // First: whatever fails next, this sheet is not presented as finished.
  await batch.add(incomplete, () => (ws.getRange("A1").values = [[incomplete]]));
  if (previous) await queueClearOwned(batch, ws, previous);

  const width = sheetWidth(plan);
  const matrix = sheetMatrix(plan, width, renames, incomplete);
  for (const part of contentParts(matrix, batch.budget))
    await batch.add(part.rows, () => (ws.getRangeByIndexes(part.start, 0, part.rows.length, width).formulas = part.rows));
  // Only now that the user's data sits in its new place: what the old layout left beyond the new one.
  if (previous?.used) {
    const { rowCount, columnCount } = previous.used;
    if (rowCount > matrix.length) await batch.add(null, () => ws.getRangeByIndexes(matrix.length, 0, rowCount - matrix.length, Math.max(columnCount, width)).clear("Contents" as Excel.ClearApplyTo));
    if (columnCount > width && matrix.length > 0) await batch.add(null, () => ws.getRangeByIndexes(0, width, matrix.length, columnCount - width).clear("Contents" as Excel.ClearApplyTo));
  }

  await queueStyles(batch, ws, plan);
  for (let c = 0; c < plan.columns.length; ) {
    let end = c;
    while (end + 1 < plan.columns.length && plan.columns[end + 1].width === plan.columns[c].width) end++;
    const points = columnWidthPoints(plan.columns[c].width);
    await batch.add(points, () => (ws.getRangeByIndexes(0, c, 1, end - c + 1).format.columnWidth = points));
    c = end + 1;
  }
  for (const [c, column] of plan.columns.entries()) if (column.hidden) await batch.add(true, () => (ws.getRangeByIndexes(0, c, 1, 1).columnHidden = true));
  for (let r = 0; r < plan.rows.length; ) {
    const height = plan.rows[r].height;
    let end = r;
    while (end + 1 < plan.rows.length && plan.rows[end + 1].height === height) end++;
    if (height !== undefined) await batch.add(height, () => (ws.getRangeByIndexes(r, 0, end - r + 1, 1).format.rowHeight = height));
    r = end + 1;
  }
  if (plan.freeze) {
    const { rows, columns } = plan.freeze;
    await batch.add(plan.freeze, () => {
      if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(`A1:${a1(columns - 1, rows)}`);
      else if (rows > 0) ws.freezePanes.freezeRows(rows);
      else if (columns > 0) ws.freezePanes.freezeColumns(columns);
    });
  }
  if (plan.tabColor) await batch.add(plan.tabColor, () => (ws.tabColor = plan.tabColor!));
  for (const table of plan.tables)
    await batch.add(table, () => {
      const added = ws.tables.add(table.range, true);
      added.name = table.name;
      if (table.style) added.style = table.style;
    });
  for (const v of plan.validations) await queueValidation(batch, ws, v);
  for (const cf of plan.conditionalFormats) await queueConditionalFormat(batch, ws, cf, renames);
  for (const chart of plan.charts) await queueChart(batch, ws, chart);
}
