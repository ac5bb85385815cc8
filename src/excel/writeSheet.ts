/**
 * Queues the writes of one sheet plan into the batch, in an order that never loses the user's data
 * if Excel fails part-way: A1 turns "incomplete" first; the add-in's own charts, conditional formats
 * and validations are removed — only those, identified as ours (see OwnedObjects) — and formats
 * cleared; our tables are brought to their new place and size by whole-row inserts and deletes of
 * rows holding nothing of the user's (keepTables.ts), never converted; then the whole content goes in
 * as ONE 2-D array in one request (the carried-over user data in its new place; a sheet larger than a
 * request is refused before anything is written, see generate.ts) and only then is what lies beyond
 * the new layout cleared. The final marker is written by the caller once every sheet is done.
 */
import { a1, parseA1 } from "../sheets/addresses";
import { renameSheetReferences } from "../sheets/references";
import { ChartPlan, ConditionalFormatPlan, SheetPlan } from "../sheets/plan";
import type { ExistingConditionalFormat, ExistingTable, UsedArea } from "./locate";
import { INCOMPLETE_SUFFIX, WrittenValue, sheetMatrix, sheetWidth } from "./sheetContent";
import { RowOperation, TableRect, netRows, tableRowOperations } from "./keepTables";
import { columnWidthPoints } from "./columnWidth";
import { queueStyles } from "./styleBlocks";
import { queueValidation } from "./validationRule";
import type { WriteBatch } from "./writeBatch";
import { sheetMarker } from "../sheets/plan";

export interface PreviousContent {
  used?: UsedArea;
  tables: ExistingTable[];
  chartNames: string[];
  conditionalFormats: ExistingConditionalFormat[];
  /** 0-based rows of the old sheet holding something of the user's (never deleted). */
  userRows: ReadonlySet<number>;
}

/**
 * What on a sheet is the add-in's, from every plan the sheet may have been generated with (the
 * stored choices', the catalogue's, the new one). Reliable because each is recognised by what only
 * the add-in writes: charts and tables by their names (all "CPTS_…", workbook-unique for tables);
 * conditional formats by their rule formula with row numbers set aside (rows move when a person
 * inserts rows; the formulas, tied to our status texts and columns, are ours alone); validations by
 * the cells the plans put them on (validation is per cell in Excel: clearing ours there cannot
 * touch a client's rule elsewhere on the sheet).
 */
export interface OwnedObjects {
  tableNames: ReadonlySet<string>;
  chartNames: ReadonlySet<string>;
  /** Normalised (conditionalFormatSignature) rule formulas, sheet names as written. */
  conditionalFormats: ReadonlySet<string>;
  /** 0-based columns and first row of each planned validation: cleared from there down to the old used range's end. */
  validations: readonly { r0: number; c0: number; c1: number }[];
}

/** A custom rule formula with its row numbers set aside: our formats are ours wherever rows moved. */
export function conditionalFormatSignature(formula: string): string {
  return formula.replace(/(\$?[A-Za-z]{1,3})\$?\d+/g, "$1#").replace(/\s+/g, "");
}

function chartEnd(chart: ChartPlan): string {
  const { col, row } = parseA1(chart.anchor);
  return a1(col + chart.widthColumns - 1, row + chart.heightRows - 1);
}

/**
 * The plan's chart types as Excel.ChartType's string values (ExcelApi 1.1: "ColumnClustered",
 * "BarClustered", "Line", https://learn.microsoft.com/en-us/javascript/api/excel/excel.charttype).
 * Strings, not the enum: the pane must not touch the Excel namespace outside Excel.run (the browser
 * harness provides Excel.run alone).
 */
const EXCEL_CHART_TYPES: Readonly<Record<ChartPlan["type"], string>> = {
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
  line: "Line",
};

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
    const added = ws.charts.add(EXCEL_CHART_TYPES[chart.type] as Excel.ChartType, ws.getRange(chart.series[0].values), "Columns" as Excel.ChartSeriesBy);
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

/** Removes the add-in's charts, conditional formats and validations, and clears the old formats; never the client's objects. */
async function queueClearOwned(batch: WriteBatch, ws: Excel.Worksheet, previous: PreviousContent, owned: OwnedObjects): Promise<void> {
  for (const name of previous.chartNames) if (owned.chartNames.has(name)) await batch.add(name, () => ws.charts.getItem(name).delete());
  // ConditionalFormatCollection.getItem(id) and ConditionalFormat.delete(): ExcelApi 1.6.
  for (const cf of previous.conditionalFormats)
    if (cf.type === "Custom" && cf.formula !== undefined && owned.conditionalFormats.has(conditionalFormatSignature(cf.formula)))
      await batch.add(cf.id, () => ws.getRange().conditionalFormats.getItem(cf.id).delete());
  const lastRow = Math.max(0, (previous.used?.rowCount ?? 0) - 1);
  for (const v of owned.validations)
    if (v.r0 <= lastRow) await batch.add(v, () => ws.getRangeByIndexes(v.r0, v.c0, lastRow - v.r0 + 1, v.c1 - v.c0 + 1).dataValidation.clear());
  if (previous.used) {
    const { rowCount, columnCount } = previous.used;
    await batch.add(null, () => ws.getRangeByIndexes(0, 0, rowCount, columnCount).clear("Formats" as Excel.ClearApplyTo));
  }
}

function planRect(range: string): TableRect {
  const [from, to = from] = range.replace(/\$/g, "").split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  return { r0: a.row - 1, r1: b.row - 1, c0: a.col, c1: b.col };
}

/** Where a row of the sheet is after the operations (-1: deleted). */
function rowAfter(ops: readonly RowOperation[], row: number): number {
  let r = row;
  for (const op of ops) {
    if (r < 0) return r;
    if (op.kind === "insert" && r >= op.row) r += op.count;
    else if (op.kind === "delete") r = r >= op.row + op.count ? r - op.count : r >= op.row ? -1 : r;
  }
  return r;
}

/**
 * Our existing tables: kept and brought to the plan's rectangle by row operations (keepTables.ts);
 * converted and re-added only when that cannot be done without deleting the user's rows, or when the
 * plan no longer has the table. Returns the plan tables still to add and how many rows the sheet gained.
 */
async function queueKeepTables(
  batch: WriteBatch,
  ws: Excel.Worksheet,
  plan: SheetPlan,
  previous: PreviousContent,
  owned: OwnedObjects,
): Promise<{ toAdd: SheetPlan["tables"]; rowsAdded: number }> {
  const done: RowOperation[] = [];
  const toAdd: SheetPlan["tables"] = [];
  const ours = previous.tables.filter((t) => owned.tableNames.has(t.name));
  for (const table of plan.tables) {
    const existing = ours.find((t) => t.name.toLowerCase() === table.name.toLowerCase());
    if (!existing) {
      toAdd.push(table);
      continue;
    }
    // The table where the operations queued so far have put it, and the user's rows likewise.
    const r0 = rowAfter(done, existing.rowIndex);
    const r1 = rowAfter(done, existing.rowIndex + existing.rowCount - 1);
    const userRows = new Set([...previous.userRows].map((r) => rowAfter(done, r)).filter((r) => r >= 0));
    const ops =
      r0 < 0 || r1 < 0
        ? undefined
        : tableRowOperations({ r0, r1, c0: existing.columnIndex, c1: existing.columnIndex + existing.columnCount - 1 }, planRect(table.range), userRows);
    if (!ops) {
      await batch.add(table.name, () => ws.tables.getItem(existing.name).convertToRange());
      toAdd.push(table);
      continue;
    }
    for (const op of ops) {
      const address = `${op.row + 1}:${op.row + op.count}`;
      await batch.add(address, () =>
        op.kind === "insert"
          ? ws.getRange(address).insert("Down" as Excel.InsertShiftDirection)
          : ws.getRange(address).delete("Up" as Excel.DeleteShiftDirection),
      );
    }
    done.push(...ops);
    if (table.style) await batch.add(table.style, () => (ws.tables.getItem(existing.name).style = table.style!));
  }
  for (const gone of ours.filter((t) => !plan.tables.some((p) => p.name.toLowerCase() === t.name.toLowerCase())))
    await batch.add(gone.name, () => ws.tables.getItem(gone.name).convertToRange());
  return { toAdd, rowsAdded: netRows(done) };
}

/** The content of a sheet as one request: its rows and their estimated size. */
export function sheetContent(plan: SheetPlan, renames: Record<string, string>): { width: number; matrix: WrittenValue[][] } {
  const width = sheetWidth(plan);
  return { width, matrix: sheetMatrix(plan, width, renames, `${sheetMarker(plan.key)}${INCOMPLETE_SUFFIX}`) };
}

export async function queueSheet(
  batch: WriteBatch,
  ws: Excel.Worksheet,
  plan: SheetPlan,
  renames: Record<string, string>,
  previous: PreviousContent | undefined,
  owned: OwnedObjects,
): Promise<void> {
  const incomplete = `${sheetMarker(plan.key)}${INCOMPLETE_SUFFIX}`;
  // First: whatever fails next, this sheet is not presented as finished.
  await batch.add(incomplete, () => (ws.getRange("A1").values = [[incomplete]]));
  let tablesToAdd = plan.tables;
  let rowsAdded = 0;
  if (previous) {
    await queueClearOwned(batch, ws, previous, owned);
    ({ toAdd: tablesToAdd, rowsAdded } = await queueKeepTables(batch, ws, plan, previous, owned));
  }

  const { width, matrix } = sheetContent(plan, renames);
  // One request holds the whole content: it moves every user row at once, so no failure can leave a row half-moved.
  await batch.add(matrix, () => (ws.getRangeByIndexes(0, 0, matrix.length, width).formulas = matrix));
  // Only now that the user's data sits in its new place: what the old layout left beyond the new one.
  if (previous?.used) {
    const rowCount = previous.used.rowCount + Math.max(0, rowsAdded);
    const { columnCount } = previous.used;
    if (rowCount > matrix.length)
      await batch.add(null, () =>
        ws.getRangeByIndexes(matrix.length, 0, rowCount - matrix.length, Math.max(columnCount, width)).clear("Contents" as Excel.ClearApplyTo),
      );
    if (columnCount > width && matrix.length > 0)
      await batch.add(null, () => ws.getRangeByIndexes(0, width, matrix.length, columnCount - width).clear("Contents" as Excel.ClearApplyTo));
  }

  await queueStyles(batch, ws, plan);
  for (let c = 0; c < plan.columns.length;) {
    let end = c;
    while (end + 1 < plan.columns.length && plan.columns[end + 1].width === plan.columns[c].width) end++;
    const points = columnWidthPoints(plan.columns[c].width);
    await batch.add(points, () => (ws.getRangeByIndexes(0, c, 1, end - c + 1).format.columnWidth = points));
    c = end + 1;
  }
  for (const [c, column] of plan.columns.entries()) if (column.hidden) await batch.add(true, () => (ws.getRangeByIndexes(0, c, 1, 1).columnHidden = true));
  for (let r = 0; r < plan.rows.length;) {
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
  for (const table of tablesToAdd)
    await batch.add(table, () => {
      const added = ws.tables.add(table.range, true);
      added.name = table.name;
      if (table.style) added.style = table.style;
    });
  for (const v of plan.validations) await queueValidation(batch, ws, v);
  for (const cf of plan.conditionalFormats) await queueConditionalFormat(batch, ws, cf, renames);
  for (const chart of plan.charts) await queueChart(batch, ws, chart);
}
