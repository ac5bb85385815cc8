/**
 * Finds the add-in's sheets by identity — the marker in A1 of the hidden column A — whatever their
 * name, and reads what regeneration needs from them, in a fixed number of syncs:
 *   1. the sheet list and the workbook names;
 *   2. A1 of every sheet, plus (speculatively) the content (formulas and values), tables, charts and
 *      conditional formats of the sheets that carry one of our plan names — the usual case;
 *   3. only when one of ours was renamed: its content, tables, charts and conditional formats;
 *   then, for a regeneration (`details`) and only when one of ours holds tables or conditional
 *   formats, their details: each table's range and each custom format's rule formula (reached through
 *   the items, so a sync after them; merged with step 3 when there is one, so a regeneration reads in
 *   three syncs, four when one of our sheets was renamed).
 * A sheet that carries our name without our marker is foreign: it is read, never written.
 * Values come with formulas because `formulas` alone cannot tell a text "=…" from a formula
 * (office-js#6687, see carryOver.ts).
 */
import { identifySheets } from "../sheets/carryOver/identify";
import { CellValue, SHEET_NAMES, SheetKey } from "../sheets/plan";

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
  /** Tables on the sheet with their ranges (0-based rows and columns, header row included). */
  tables: ExistingTable[];
  /** The sheet's conditional formats: id and type; range and rule formula for the custom ones. */
  conditionalFormats: ExistingConditionalFormat[];
}

export interface ExistingTable {
  name: string;
  rowIndex: number;
  rowCount: number;
  columnIndex: number;
  columnCount: number;
}

export interface ExistingConditionalFormat {
  id: string;
  type: string;
  /** Custom formats only. */
  formula?: string;
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
  /** Also read each content sheet's table ranges and custom conditional formats' rules (one more sync, regeneration only). */
  details?: boolean;
}

interface PendingContent {
  used: Excel.Range;
  tables: Excel.TableCollection;
  charts: Excel.ChartCollection;
  conditionalFormats: Excel.ConditionalFormatCollection;
  withValues: boolean;
}

function queueContent(worksheet: Excel.Worksheet): PendingContent {
  const used = worksheet.getUsedRangeOrNullObject(false);
  used.load("rowIndex,columnIndex,rowCount,columnCount,formulas,values");
  const tables = worksheet.tables;
  tables.load("items/name");
  const charts = worksheet.charts;
  charts.load("items/name");
  // ConditionalFormat id and type: ExcelApi 1.6.
  const conditionalFormats = worksheet.getRange().conditionalFormats;
  conditionalFormats.load("items/id,items/type");
  return { used, tables, charts, conditionalFormats, withValues: true };
}

/** Queues the details only a second sync can give; the returned function fills them in after it. */
function queueDetails(found: FoundSheet, pending: PendingContent): () => void {
  const tables = pending.tables.items.map((t) => {
    const range = t.getRange();
    range.load("rowIndex,rowCount,columnIndex,columnCount");
    return { name: t.name, range };
  });
  const custom = pending.conditionalFormats.items.map((cf) => {
    if (cf.type !== "Custom") return { id: cf.id, type: cf.type };
    const rule = cf.custom.rule;
    rule.load("formula");
    return { id: cf.id, type: cf.type, rule };
  });
  return () => {
    found.tables = tables.map(({ name, range }) => ({
      name,
      rowIndex: range.rowIndex,
      rowCount: range.rowCount,
      columnIndex: range.columnIndex,
      columnCount: range.columnCount,
    }));
    found.conditionalFormats = custom.map((c) => ("rule" in c && c.rule ? { id: c.id, type: c.type, formula: c.rule.formula } : { id: c.id, type: c.type }));
  };
}

const needsDetails = (pending: PendingContent): boolean => pending.tables.items.length > 0 || pending.conditionalFormats.items.length > 0;

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
    if (planKey && options.content(planKey)) speculative.set(i, queueContent(ws));
  });
  await sync();

  const ours: Partial<Record<SheetKey, FoundSheet>> = {};
  const late: [FoundSheet, PendingContent][] = [];
  const read: [FoundSheet, PendingContent][] = [];
  // Which sheets are ours: the pure reading of the markers shared with the file reader (identify.ts).
  const identified = identifySheets(sheets.map((ws, i) => ({ name: ws.name, a1: markers[i].values[0][0] as CellValue })));
  for (const { key, index, incomplete } of Object.values(identified)) {
    const ws = sheets[index];
    const found: FoundSheet = {
      key,
      name: ws.name,
      incomplete,
      worksheet: ws,
      formulas: [],
      tableNames: [],
      chartNames: [],
      tables: [],
      conditionalFormats: [],
    };
    ours[key] = found;
    const pending = speculative.get(index);
    if (pending && (pending.withValues || !withValues(key))) read.push([found, pending]);
    else if (options.content(key)) late.push([found, queueContent(ws)]);
  }
  // Details of the sheets read so far go with the renamed sheets' content (one sync for both).
  const details = read.filter(([, pending]) => options.details === true && needsDetails(pending)).map(([found, pending]) => queueDetails(found, pending));
  for (const [found, pending] of read) fill(found, pending);
  if (late.length > 0) {
    await sync();
    for (const [found, pending] of late) fill(found, pending);
    details.push(...late.filter(([, pending]) => options.details === true && needsDetails(pending)).map(([found, pending]) => queueDetails(found, pending)));
  }
  if (details.length > 0) {
    await sync();
    for (const filled of details) filled();
  }
  return {
    sheetNames: sheets.map((ws) => ws.name),
    ours,
    names: new Map(namedItems.items.map((n) => [n.name, String(n.formula)])),
  };
}
