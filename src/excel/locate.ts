/**
 * Finds the add-in's sheets by identity — the marker in A1 of the hidden column A — whatever their
 * name, and reads what regeneration needs from them, in a fixed number of syncs:
 *   1. the sheet list and the workbook names;
 *   2. A1 of every sheet, plus (speculatively) the content, tables and charts of the sheets that
 *      carry one of our plan names — the usual case, so nothing more is needed;
 *   3. only when one of ours was renamed: its content, tables and charts.
 * A sheet that carries our name without our marker is foreign: it is read, never written.
 */
import { CellValue, SHEET_NAMES, SheetKey, parseSheetMarker } from "../sheets/plan";
import { INCOMPLETE_SUFFIX } from "./sheetContent";

export interface UsedArea {
  rowCount: number;
  columnCount: number;
}

export interface FoundSheet {
  key: SheetKey;
  name: string;
  /** A1 says a generation of this sheet did not finish. */
  incomplete: boolean;
  worksheet: Excel.Worksheet;
  /** The used range (content and formats) measured from A1; undefined when the sheet is empty. */
  used?: UsedArea;
  /** Formulas from A1, padded to `used`. */
  formulas: CellValue[][];
  /** Values from A1 (only when asked for). */
  values?: CellValue[][];
  tableNames: string[];
  chartNames: string[];
}

export interface WorkbookSnapshot {
  sheetNames: string[];
  ours: Partial<Record<SheetKey, FoundSheet>>;
  /** Workbook-level names and their formulas ("=Paramètres!$C$4"). */
  names: Map<string, string>;
}

export interface ReadOptions {
  /** Load content (formulas) of these of our sheets. */
  content: (key: SheetKey) => boolean;
  /** Also load values of these. */
  values?: (key: SheetKey) => boolean;
}

interface PendingContent {
  used: Excel.Range;
  tables: Excel.TableCollection;
  charts: Excel.ChartCollection;
  withValues: boolean;
}

const PLAN_NAMES = new Set(Object.values(SHEET_NAMES).map((n) => n.toLowerCase()));

function queueContent(worksheet: Excel.Worksheet, withValues: boolean): PendingContent {
  const used = worksheet.getUsedRangeOrNullObject(false);
  used.load(withValues ? "rowIndex,columnIndex,rowCount,columnCount,formulas,values" : "rowIndex,columnIndex,rowCount,columnCount,formulas");
  const tables = worksheet.tables;
  tables.load("items/name");
  const charts = worksheet.charts;
  charts.load("items/name");
  return { used, tables, charts, withValues };
}

/** The used range's cells placed from A1 (the used range may start further down or right). */
function fromA1(used: Excel.Range, cells: CellValue[][]): CellValue[][] {
  const rows = used.rowIndex + used.rowCount;
  const cols = used.columnIndex + used.columnCount;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (r >= used.rowIndex && c >= used.columnIndex ? cells[r - used.rowIndex][c - used.columnIndex] : "")),
  );
}

function fill(found: FoundSheet, pending: PendingContent): void {
  found.tableNames = pending.tables.items.map((t) => t.name);
  found.chartNames = pending.charts.items.map((c) => c.name);
  if (pending.used.isNullObject) return;
  const used = pending.used;
  found.used = { rowCount: used.rowIndex + used.rowCount, columnCount: used.columnIndex + used.columnCount };
  found.formulas = fromA1(used, used.formulas as CellValue[][]);
  if (pending.withValues) found.values = fromA1(used, used.values as CellValue[][]);
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions, sync: () => Promise<void>): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const namedItems = context.workbook.names;
  namedItems.load("items/name,items/formula");
  await sync();

  const sheets = worksheets.items;
  const markers = sheets.map((ws) => {
    const a1 = ws.getRange("A1");
    a1.load("values");
    return a1;
  });
  const withValues = (key: SheetKey) => options.values?.(key) ?? false;
  // Speculative: a sheet bearing a plan name is probably ours; read it now rather than in a third sync.
  const speculative = new Map<number, PendingContent>();
  sheets.forEach((ws, i) => {
    const planKey = (Object.keys(SHEET_NAMES) as SheetKey[]).find((k) => SHEET_NAMES[k].toLowerCase() === ws.name.toLowerCase());
    if (planKey && options.content(planKey)) speculative.set(i, queueContent(ws, withValues(planKey)));
  });
  await sync();

  const ours: Partial<Record<SheetKey, FoundSheet>> = {};
  const late: [FoundSheet, PendingContent][] = [];
  const claims = sheets.map((ws, i) => ({ ws, i, marker: markers[i].values[0][0] as CellValue }));
  // When two sheets claim one identity (the user copied one of ours), the one with the plan's name wins, else the first.
  claims.sort((a, b) => {
    const aNamed = PLAN_NAMES.has(a.ws.name.toLowerCase()) ? 0 : 1;
    const bNamed = PLAN_NAMES.has(b.ws.name.toLowerCase()) ? 0 : 1;
    return aNamed - bNamed || a.i - b.i;
  });
  for (const { ws, i, marker } of claims) {
    const parsed = parseSheetMarker(marker);
    if (!parsed || ours[parsed.key]) continue;
    const found: FoundSheet = {
      key: parsed.key,
      name: ws.name,
      incomplete: typeof marker === "string" && marker.endsWith(INCOMPLETE_SUFFIX),
      worksheet: ws,
      formulas: [],
      tableNames: [],
      chartNames: [],
    };
    ours[parsed.key] = found;
    const pending = speculative.get(i);
    const needValues = withValues(parsed.key);
    if (pending && (pending.withValues || !needValues)) fill(found, pending);
    else if (options.content(parsed.key)) late.push([found, queueContent(ws, needValues)]);
  }
  if (late.length > 0) {
    await sync();
    for (const [found, pending] of late) fill(found, pending);
  }
  return {
    sheetNames: sheets.map((ws) => ws.name),
    ours,
    names: new Map(namedItems.items.map((n) => [n.name, String(n.formula)])),
  };
}
