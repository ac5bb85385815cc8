/**
 * Reads a client's .xlsx with ExcelJS into what the pure carry-over reads (src/sheets/carryOver/):
 * each sheet as a grid from A1 of formulas ("=…", in the add-in's spelling) and values, typed like
 * office-js gives them — texts, numbers, booleans, dates as Excel serials —, our sheets recognised by
 * their A1 marker (identify.ts), the workbook names, and what ExcelJS will not keep when the file is
 * written back (charts, pivot tables…). Never throws: a refusal is a French message.
 *
 * ExcelJS quirks handled here:
 * - a formula is stored without "=", with `_xlfn.` before newer functions and `_xldudf_CPTS_X(` for
 *   our custom functions (Excel's own spelling in a file): turned back into `=…` and `CPTS.X(`;
 * - a cached formula result of 0 (or none: our files are written without results) reads as
 *   `result: undefined`; the values grid then holds null for that cell, which still tells a formula
 *   from a text reading "=…" (readCarryOver.ts compares formula and value);
 * - date-formatted numbers read as JavaScript Dates (UTC): back to Excel serials, as `range.formulas`
 *   gives them (1900 date system; a 1904 workbook is refused below rather than shifted by four years).
 */
import ExcelJS from "exceljs";
import { identifySheets } from "../sheets/carryOver/identify";
import type { SheetGrid } from "../sheets/carryOver/planCarryOver";
import { canonicalCptsFormula, mapFunctionNames } from "../sheets/formulaText";
import type { CellValue, SheetKey } from "../sheets/plan";
import { READ_MESSAGES as M } from "./readMessages";

export interface ReadSheet extends SheetGrid {
  worksheet: ExcelJS.Worksheet;
}

export interface ReadWorkbook {
  workbook: ExcelJS.Workbook;
  /** Every sheet, in the workbook's order. */
  sheets: ReadSheet[];
  /** Our sheets, by identity. */
  ours: Partial<Record<SheetKey, ReadSheet>>;
  /** Workbook names and their formulas ("=Paramètres!$C$4"), as office-js gives them. */
  names: Map<string, string>;
  /** What the file holds that ExcelJS cannot write back (French, one line each). */
  notKept: string[];
}

export type ReadResult = { ok: true; read: ReadWorkbook } | { ok: false; message: string };

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel serial (1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;

/** A JavaScript Date read by ExcelJS (UTC) as the Excel serial the cell stores. */
function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** A formula as a file stores it, in the add-in's spelling (`range.formulas`): leading "=", no `_xlfn.`, `CPTS.X(`. */
export function formulaFromFile(stored: string): string {
  const formula = `=${stored.replace(/^=/, "")}`;
  return canonicalCptsFormula(mapFunctionNames(formula, (name) => name.replace(/^_xl(fn|ws)\./i, "")));
}

function literal(value: unknown): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((run) => run.text).join("");
    if (v.error !== undefined) return v.error;
    if (v.text !== undefined) return literal(v.text);
  }
  return String(value);
}

/** One cell as [formula, value] the way office-js `range.formulas` / `range.values` give it. */
function readCell(cell: ExcelJS.Cell): [CellValue, CellValue] {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = (cell.value as { result?: unknown }).result;
    return [formulaFromFile(cell.formula), result === undefined ? null : literal(result)];
  }
  // A merged cell's followers read their master's value in ExcelJS; Excel shows them empty.
  if (cell.type === ExcelJS.ValueType.Merge) return ["", ""];
  const value = literal(cell.value);
  return [value, value];
}

function gridOf(ws: ExcelJS.Worksheet): { formulas: CellValue[][]; values: CellValue[][] } {
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  const formulas: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(""));
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(""));
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const [formula, value] = readCell(cell);
      formulas[r - 1][c - 1] = formula;
      values[r - 1][c - 1] = value;
    });
  });
  return { formulas, values };
}

/**
 * Parts of an .xlsx package ExcelJS drops when it writes the workbook back. Part names sit in the
 * zip's central directory uncompressed, so they are found in the raw bytes.
 */
const PARTS_NOT_KEPT: { part: string; what: string }[] = [
  { part: "xl/charts/chart", what: M.charts },
  { part: "xl/pivotTables/", what: M.pivotTables },
  { part: "xl/slicers/", what: M.slicers },
  { part: "xl/timelines/", what: M.timelines },
  { part: "xl/ctrlProps/", what: M.formControls },
  { part: "xl/activeX/", what: M.activeX },
  { part: "xl/externalLinks/", what: M.externalLinks },
  { part: "xl/threadedComments/", what: M.threadedComments },
  // Notes (legacy comments): ExcelJS attaches them only to cells that have content when it loads.
  { part: "xl/comments", what: M.notesOnEmptyCells },
];

function partsNotKept(buffer: Buffer): string[] {
  const text = buffer.toString("latin1");
  return PARTS_NOT_KEPT.filter(({ part }) => text.includes(part)).map(({ what }) => what);
}

/**
 * An OLE compound file (D0 CF 11 E0): an .xls, or an .xlsx protected by a password, which Office
 * stores as a compound file holding an "EncryptedPackage" stream ([MS-OFFCRYPTO] 2.3.4.4,
 * https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-offcrypto/).
 */
const isCompoundFile = (buffer: Buffer): boolean => buffer.length >= 8 && buffer.readUInt32BE(0) === 0xd0cf11e0;
const isZip = (buffer: Buffer): boolean => buffer.length >= 4 && buffer.readUInt32BE(0) === 0x504b0304;

export async function readWorkbookFile(buffer: Buffer): Promise<ReadResult> {
  if (isCompoundFile(buffer)) {
    // The stream name is UTF-16LE in the compound file's directory.
    const encrypted = buffer.includes(Buffer.from("EncryptedPackage", "utf16le"));
    return { ok: false, message: encrypted ? M.encrypted : M.oldFormat };
  }
  if (!isZip(buffer)) return { ok: false, message: M.notXlsx };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    return { ok: false, message: M.damaged(error instanceof Error ? error.message : String(error)) };
  }
  if ((workbook.properties as { date1904?: boolean }).date1904) return { ok: false, message: M.date1904 };
  const sheets: ReadSheet[] = workbook.worksheets.map((ws) => ({ name: ws.name, worksheet: ws, ...gridOf(ws) }));
  const identified = identifySheets(sheets.map((s) => ({ name: s.name, a1: s.formulas[0]?.[0] ?? "" })));
  const ours: Partial<Record<SheetKey, ReadSheet>> = {};
  for (const { key, index } of Object.values(identified)) ours[key] = sheets[index];
  if (Object.keys(ours).length === 0) return { ok: false, message: M.notOurs };
  const names = new Map<string, string>();
  for (const { name, ranges } of workbook.definedNames.model as { name: string; ranges: string[] }[]) {
    if (ranges.length === 1) names.set(name, `=${ranges[0]}`);
  }
  return { ok: true, read: { workbook, sheets, ours, names, notKept: partsNotKept(buffer) } };
}
