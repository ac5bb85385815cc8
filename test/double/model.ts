/**
 * The workbook's state behind the double: sheets, cell contents (held and evaluated by HyperFormula),
 * formats, tables, charts, conditional formats, validations and names. Pure in-memory, no Node API,
 * so the double also runs in a browser harness.
 */
import { ConfigParams, DetailedCellError, HyperFormula, RawCellContent } from "hyperformula";
import { CellRect, MAX_COLUMNS, contains, formatRect, intersects, quoteSheetName } from "./a1";
import { DoubleExcelError, NotImplementedInDouble, invalidArgument } from "./errors";
import { parseWrittenString } from "./input";
import { StructuredReferences } from "./structured";

export type CellContent = string | number | boolean | null;
export type FormatProps = Record<string, string | number | boolean>;

export interface TableModel {
  name: string;
  sheet: SheetModel;
  rect: CellRect;
  style: string;
}

export interface ChartSeriesModel {
  name: string;
  values?: { sheet: SheetModel; rect: CellRect };
  xValues?: { sheet: SheetModel; rect: CellRect };
}

export interface ChartModel {
  id: number;
  name: string;
  type: string;
  title: string;
  series: ChartSeriesModel[];
  position?: { start: string; end?: string };
}

export interface ConditionalFormatModel {
  id: number;
  rect: CellRect;
  type: string;
  formula?: string;
  format: FormatProps;
}

export interface ValidationModel {
  rect: CellRect;
  rule?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
}

export interface SheetModel {
  id: string;
  name: string;
  hfId: number;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  freeze: { rows: number; columns: number };
  formats: Map<number, FormatProps>;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  tables: TableModel[];
  charts: ChartModel[];
  conditionalFormats: ConditionalFormatModel[];
  validations: ValidationModel[];
}

export interface NameModel {
  name: string;
  sheet: SheetModel;
  rect: CellRect;
  comment: string;
  /** Its cells were deleted: Excel shows the name as =#REF! until it is pointed elsewhere. */
  broken?: boolean;
}

/**
 * How a block of contents is entered: "api" as `Range.values`/`Range.formulas` take strings (parsed
 * as en-US input, see input.ts); "exact" as the test's `type()` helper sets a cell (numbers and
 * booleans as such, "=…" a formula, "'…" the text after the apostrophe, any other string as text).
 */
export type EntryMode = "api" | "exact";

export interface ChangeRecord {
  sheet: SheetModel;
  rect: CellRect;
  source: "Local";
}

/** Excel's default column width in points (8.43 characters of Calibri 11) and row height. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
/** Above this many cells a cell-by-cell format write would not be modelled faithfully: refuse it. */
const MAX_FORMATTED_CELLS = 2_000_000;
/** While the add-in's functions are not loaded, `CPTS.X(` is stored under this prefix so HyperFormula reports #NAME? like Excel. */
const ABSENT_PREFIX = "CPTSABSENT.";
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;
const NAME_PATTERN = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;
const LOOKS_LIKE_CELL = /^[A-Za-z]{1,3}\d+$|^[RrCc]\d*$|^R\d+C\d+$/i;

const key = (r: number, c: number): number => r * MAX_COLUMNS + c;
const rowOf = (k: number): number => Math.floor(k / MAX_COLUMNS);
const colOf = (k: number): number => k % MAX_COLUMNS;

export function isFormula(content: unknown): boolean {
  return typeof content === "string" && content.startsWith("=") && content.length > 1;
}

export class WorkbookModel {
  readonly hf: HyperFormula;
  /** Sheets in tab order: index = position. */
  readonly sheets: SheetModel[] = [];
  readonly names: NameModel[] = [];
  selection: { sheet: SheetModel; rect: CellRect } | undefined = undefined;
  customFunctionsLoaded: boolean;
  calculationSuspended = false;
  readonly changes: ChangeRecord[] = [];
  /** Formulas holding structured references (Table[Column]), kept as typed and re-translated when tables change. */
  readonly structured = new StructuredReferences(this);
  private nextId = 1;

  constructor(config: Partial<ConfigParams> = {}, customFunctionsLoaded = true) {
    this.hf = HyperFormula.buildEmpty({ ...config, licenseKey: "gpl-v3" });
    this.customFunctionsLoaded = customFunctionsLoaded;
  }

  // ---- sheets ----

  findSheet(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  private checkSheetName(name: string, except?: SheetModel): void {
    if (typeof name !== "string" || name.trim() === "" || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'"))
      throw invalidArgument(`Nom de feuille non valide : « ${name} ».`);
    const other = this.findSheet(name);
    if (other && other !== except) throw new DoubleExcelError("ItemAlreadyExists", `Une feuille nommée « ${name} » existe déjà.`);
  }

  addSheet(name?: string): SheetModel {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Feuil${n}`)) n++;
      finalName = `Feuil${n}`;
    }
    this.checkSheetName(finalName);
    const hfName = this.hf.addSheet(finalName);
    const sheet: SheetModel = {
      id: `{sheet-${this.nextId++}}`,
      name: finalName,
      hfId: this.hf.getSheetId(hfName)!,
      visibility: "Visible",
      tabColor: "",
      freeze: { rows: 0, columns: 0 },
      formats: new Map(),
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
      tables: [],
      charts: [],
      conditionalFormats: [],
      validations: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    this.checkSheetName(name, sheet);
    this.hf.renameSheet(sheet.hfId, name);
    sheet.name = name;
  }

  setPosition(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) throw invalidArgument(`Position de feuille non valide : ${position}.`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  // ---- contents ----

  /** A formula as HyperFormula stores it: checked, CPTS.* hidden while the add-in is not loaded. */
  private formulaToEngine(content: string, where: string): RawCellContent {
    if (content.length > 8_192) throw invalidArgument(`Formule trop longue en ${where}.`);
    if (!this.hf.validateFormula(content)) throw invalidArgument(`Formule non valide en ${where} : ${content}`);
    if (this.customFunctionsLoaded) return content;
    // Outside string literals only: odd segments of a split on '"' are inside quotes.
    return content
      .split('"')
      .map((part, i) => (i % 2 === 0 ? part.replace(/\bCPTS\.(?=[A-Za-z]+\s*\()/gi, ABSENT_PREFIX) : part))
      .join('"');
  }

  /**
   * One cell's content as HyperFormula stores it. Texts always go in with HyperFormula's own "'"
   * prefix so that HyperFormula never parses them itself (it would read "01/03/2026" day-first).
   */
  private toEngine(sheet: SheetModel, r: number, c: number, content: CellContent, mode: EntryMode): RawCellContent {
    const where = `${sheet.name}!${formatRect({ r0: r, c0: c, r1: r, c1: c })}`;
    this.structured.forget(sheet, { r0: r, c0: c, r1: r, c1: c });
    if (content === "" || content === null) return null;
    if (typeof content === "number" && !Number.isFinite(content)) throw invalidArgument(`Valeur numérique non valide en ${where}.`);
    if (typeof content === "string" && content.length > 32_767) throw invalidArgument(`Texte trop long en ${where}.`);
    if (typeof content !== "string") return content;
    const parsed =
      mode === "api"
        ? parseWrittenString(content, this.cellFormat(sheet, r, c).numberFormat === "@")
        : content.startsWith("'")
          ? { kind: "text" as const, text: content.slice(1) }
          : isFormula(content)
            ? { kind: "formula" as const, formula: content }
            : { kind: "text" as const, text: content };
    switch (parsed.kind) {
      case "empty":
        return null;
      case "number":
      case "boolean":
        return parsed.value;
      case "text":
        return `'${parsed.text}`;
      case "formula":
        return this.formulaToEngine(this.structured.enter(sheet, r, c, parsed.formula), where);
    }
  }

  private fromEngine(raw: RawCellContent): CellContent {
    if (raw === null || raw === undefined) return "";
    if (raw instanceof Date) throw new NotImplementedInDouble("Date objects in cells");
    if (typeof raw === "string" && raw.startsWith("=")) return raw.replace(new RegExp(`\\b${ABSENT_PREFIX.replace(".", "\\.")}`, "gi"), "CPTS.");
    // Excel keeps a text's apostrophe prefix out of `formulas` (office-js#6687): "'- texte" reads "- texte".
    if (typeof raw === "string" && raw.startsWith("'")) return raw.slice(1);
    return raw as CellContent;
  }

  /**
   * Writes a block of contents at (r0, c0). A null entry leaves its cell untouched and "" clears it,
   * as office-js does for `values` and `formulas`.
   */
  writeContents(sheet: SheetModel, r0: number, c0: number, rows: CellContent[][], mode: EntryMode = "api"): void {
    const engineRows = rows.map((row, i) => row.map((v, j) => (v === null ? undefined : this.toEngine(sheet, r0 + i, c0 + j, v, mode))));
    const hasSkips = engineRows.some((row) => row.some((v) => v === undefined));
    if (!hasSkips) {
      this.hf.setCellContents({ sheet: sheet.hfId, row: r0, col: c0 }, engineRows as RawCellContent[][]);
    } else {
      engineRows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v !== undefined) this.hf.setCellContents({ sheet: sheet.hfId, row: r0 + i, col: c0 + j }, [[v]]);
        }),
      );
    }
    this.changes.push({ sheet, rect: { r0, c0, r1: r0 + rows.length - 1, c1: c0 + (rows[0]?.length ?? 1) - 1 }, source: "Local" });
  }

  /** What `range.formulas` returns for one cell: the formula, or the value for a literal ("" when empty). */
  formulaAt(sheet: SheetModel, r: number, c: number): CellContent {
    const typed = this.structured.formulaAt(sheet, r, c);
    if (typed !== undefined) return typed;
    return this.fromEngine(this.hf.getCellSerialized({ sheet: sheet.hfId, row: r, col: c }));
  }

  /** What `range.values` returns for one cell: the computed result; Excel shows an error as its text and an empty reference as 0. */
  valueAt(sheet: SheetModel, r: number, c: number): CellContent {
    if (this.calculationSuspended)
      throw new NotImplementedInDouble("reading values in a sync while calculation is suspended (Excel would return stale results)");
    const address = { sheet: sheet.hfId, row: r, col: c };
    const value = this.hf.getCellValue(address);
    if (value instanceof DetailedCellError) return value.value;
    if (value === null) return this.hf.doesCellHaveFormula(address) ? 0 : "";
    return value as CellContent;
  }

  /** What `range.valueTypes` returns for one cell (Excel.RangeValueType, ExcelApi 1.1). */
  valueTypeAt(sheet: SheetModel, r: number, c: number): string {
    const value = this.valueAt(sheet, r, c);
    const address = { sheet: sheet.hfId, row: r, col: c };
    if (this.hf.getCellValue(address) instanceof DetailedCellError) return "Error";
    if (value === "" && !this.hf.doesCellHaveFormula(address)) return "Empty";
    if (typeof value === "number") return "Double";
    if (typeof value === "boolean") return "Boolean";
    return "String";
  }

  clearContents(sheet: SheetModel, rect: CellRect): void {
    const used = this.contentBounds(sheet);
    if (!used || !intersects(used, rect)) return;
    const r0 = Math.max(rect.r0, used.r0);
    const r1 = Math.min(rect.r1, used.r1);
    const c0 = Math.max(rect.c0, used.c0);
    const c1 = Math.min(rect.c1, used.c1);
    const blank = Array.from({ length: r1 - r0 + 1 }, () => Array.from({ length: c1 - c0 + 1 }, () => null as RawCellContent));
    this.hf.setCellContents({ sheet: sheet.hfId, row: r0, col: c0 }, blank);
    this.structured.forget(sheet, { r0, c0, r1, c1 });
    this.changes.push({ sheet, rect: { r0, c0, r1, c1 }, source: "Local" });
  }

  /** Bounding box of the cells holding something; undefined for an empty sheet. */
  contentBounds(sheet: SheetModel): CellRect | undefined {
    const data = this.hf.getSheetSerialized(sheet.hfId);
    let bounds: CellRect | undefined;
    data.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        bounds = bounds
          ? { r0: Math.min(bounds.r0, r), c0: Math.min(bounds.c0, c), r1: Math.max(bounds.r1, r), c1: Math.max(bounds.c1, c) }
          : { r0: r, c0: c, r1: r, c1: c };
      }),
    );
    return bounds;
  }

  /** Excel's used range: cells with content, plus formatted cells unless valuesOnly. */
  usedRect(sheet: SheetModel, valuesOnly: boolean): CellRect | undefined {
    let bounds = this.contentBounds(sheet);
    if (!valuesOnly) {
      for (const k of sheet.formats.keys()) {
        const r = rowOf(k);
        const c = colOf(k);
        bounds = bounds
          ? { r0: Math.min(bounds.r0, r), c0: Math.min(bounds.c0, c), r1: Math.max(bounds.r1, r), c1: Math.max(bounds.c1, c) }
          : { r0: r, c0: c, r1: r, c1: c };
      }
    }
    return bounds;
  }

  /**
   * Excel's "insert rows" (a person's action, or `Range.insert("Down")` on whole rows): cells,
   * formulas everywhere (HyperFormula adjusts references), formats, tables, validations, conditional
   * formats and names below `row` (0-based) move down; ranges spanning it grow — a table whose body
   * the rows are inserted in grows with it, which is how a table is resized without Table.resize
   * (ExcelApi 1.13). Structured references follow their table.
   */
  insertRows(sheet: SheetModel, row: number, count: number): void {
    this.hf.addRows(sheet.hfId, [row, count]);
    const shiftRect = (rect: CellRect): CellRect =>
      rect.r0 >= row ? { ...rect, r0: rect.r0 + count, r1: rect.r1 + count } : rect.r1 >= row ? { ...rect, r1: rect.r1 + count } : rect;
    this.moveRows(sheet, (r) => (r >= row ? r + count : r), shiftRect);
    this.changes.push({ sheet, rect: { r0: row, c0: 0, r1: row + count - 1, c1: MAX_COLUMNS - 1 }, source: "Local" });
  }

  /**
   * Excel's "delete rows" (`Range.delete("Up")` on whole rows): what lies below moves up; ranges
   * lose the deleted rows (a table keeps its header: deleting it is refused here, not modelled);
   * objects wholly inside are removed; a name on a deleted cell becomes =#REF!.
   */
  deleteRows(sheet: SheetModel, row: number, count: number): void {
    const last = row + count - 1;
    for (const t of sheet.tables)
      if (t.rect.r0 >= row && t.rect.r0 <= last && t.rect.r1 > last) throw new NotImplementedInDouble("deleting a table's header row without its body");
    this.hf.removeRows(sheet.hfId, [row, count]);
    const mapRow = (r: number): number => (r > last ? r - count : r);
    const shrink = (rect: CellRect): CellRect | undefined => {
      if (rect.r0 >= row && rect.r1 <= last) return undefined;
      const r0 = rect.r0 < row ? rect.r0 : rect.r0 > last ? rect.r0 - count : row;
      const r1 = rect.r1 < row ? rect.r1 : rect.r1 > last ? rect.r1 - count : row - 1;
      return { ...rect, r0, r1 };
    };
    for (const n of this.names)
      if (n.sheet === sheet && n.rect.r0 >= row && n.rect.r1 <= last) {
        n.broken = true;
        this.hf.changeNamedExpression(n.name, "=#REF!");
      }
    sheet.tables = sheet.tables.filter((t) => shrink(t.rect) !== undefined);
    sheet.validations = sheet.validations.filter((v) => shrink(v.rect) !== undefined);
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => shrink(cf.rect) !== undefined);
    this.moveRows(
      sheet,
      (r) => (r >= row && r <= last ? -1 : mapRow(r)),
      (rect) => shrink(rect) ?? rect,
    );
    this.changes.push({ sheet, rect: { r0: row, c0: 0, r1: row, c1: MAX_COLUMNS - 1 }, source: "Local" });
  }

  /** Moves per-row state of a sheet after rows were inserted or deleted (-1: the row is gone). */
  private moveRows(sheet: SheetModel, mapRow: (r: number) => number, mapRect: (rect: CellRect) => CellRect): void {
    const formats = new Map<number, FormatProps>();
    for (const [k, props] of sheet.formats) if (mapRow(rowOf(k)) >= 0) formats.set(key(mapRow(rowOf(k)), colOf(k)), props);
    sheet.formats = formats;
    const heights = new Map<number, number>();
    for (const [r, h] of sheet.rowHeights) if (mapRow(r) >= 0) heights.set(mapRow(r), h);
    sheet.rowHeights = heights;
    for (const t of sheet.tables) t.rect = mapRect(t.rect);
    for (const v of sheet.validations) v.rect = mapRect(v.rect);
    for (const cf of sheet.conditionalFormats) cf.rect = mapRect(cf.rect);
    for (const n of this.names) if (n.sheet === sheet && !n.broken) n.rect = mapRect(n.rect);
    this.structured.moveRows(sheet, mapRow);
    this.structured.refresh();
  }

  // ---- formats ----

  setCellFormat(sheet: SheetModel, rect: CellRect, prop: string, value: string | number | boolean): void {
    const cells = (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
    if (cells > MAX_FORMATTED_CELLS) throw new NotImplementedInDouble(`cell format "${prop}" on a range of ${cells} cells (whole rows or columns)`);
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) {
        const k = key(r, c);
        const props = sheet.formats.get(k) ?? {};
        props[prop] = value;
        sheet.formats.set(k, props);
      }
  }

  setCellFormats(sheet: SheetModel, r0: number, c0: number, prop: string, rows: (string | number | boolean | null)[][]): void {
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        const k = key(r0 + i, c0 + j);
        const props = sheet.formats.get(k) ?? {};
        props[prop] = v;
        sheet.formats.set(k, props);
      }),
    );
  }

  cellFormat(sheet: SheetModel, r: number, c: number): FormatProps {
    return sheet.formats.get(key(r, c)) ?? {};
  }

  clearFormats(sheet: SheetModel, rect: CellRect): void {
    for (const k of [...sheet.formats.keys()]) if (contains(rect, rowOf(k), colOf(k))) sheet.formats.delete(k);
  }

  // ---- tables and names share one namespace in Excel ----

  private checkNewIdentifier(name: string, what: string): void {
    if (typeof name !== "string" || !NAME_PATTERN.test(name) || LOOKS_LIKE_CELL.test(name) || name.length > 255)
      throw invalidArgument(`Nom de ${what} non valide : « ${name} ».`);
    const lower = name.toLowerCase();
    const taken = this.names.some((n) => n.name.toLowerCase() === lower) || this.allTables().some((t) => t.name.toLowerCase() === lower);
    if (taken) throw new DoubleExcelError("ItemAlreadyExists", `Le nom « ${name} » est déjà utilisé dans le classeur.`);
  }

  allTables(): TableModel[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  addTable(sheet: SheetModel, rect: CellRect): TableModel {
    if (rect.r1 - rect.r0 < 1) throw invalidArgument("Un tableau doit avoir une ligne d'en-tête et au moins une ligne de données.");
    if (this.allTables().some((t) => t.sheet === sheet && intersects(t.rect, rect)))
      throw new DoubleExcelError("InvalidOperation", "Un tableau ne peut pas en chevaucher un autre.");
    // Excel silently invents "Colonne1" headers and renames duplicates: the double refuses instead.
    const seen = new Set<string>();
    for (let c = rect.c0; c <= rect.c1; c++) {
      const header = this.formulaAt(sheet, rect.r0, c);
      if (typeof header !== "string" || header === "" || isFormula(header))
        throw invalidArgument(`En-tête de tableau vide ou calculé en ${formatRect({ r0: rect.r0, c0: c, r1: rect.r0, c1: c })}.`);
      if (seen.has(header.toLowerCase())) throw invalidArgument(`En-tête de tableau en double : « ${header} ».`);
      seen.add(header.toLowerCase());
    }
    let n = this.allTables().length + 1;
    while (this.allTables().some((t) => t.name === `Tableau${n}`)) n++;
    const table: TableModel = { name: `Tableau${n}`, sheet, rect, style: "TableStyleMedium2" };
    sheet.tables.push(table);
    return table;
  }

  renameTable(table: TableModel, name: string): void {
    if (table.name === name) return;
    this.checkNewIdentifier(name, "tableau");
    this.structured.renameTable(table.name, name);
    table.name = name;
  }

  /** Table.delete() removes the table AND its cells' contents and formats, as in Excel. */
  deleteTable(table: TableModel): void {
    this.removeTable(table);
    this.clearContents(table.sheet, table.rect);
    this.clearFormats(table.sheet, table.rect);
  }

  /**
   * Table.convertToRange(): the table goes, its cells stay; every structured reference to it becomes
   * the fixed A1 reference it stood for ("Using structured references with Excel tables",
   * https://support.microsoft.com/en-us/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e:
   * converting a table to a range turns its structured references into regular cell references).
   */
  removeTable(table: TableModel): void {
    this.structured.freeze(table.name);
    table.sheet.tables.splice(table.sheet.tables.indexOf(table), 1);
  }

  findTable(name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.allTables().find((t) => t.name.toLowerCase() === lower);
  }

  nameFormula(n: NameModel): string {
    if (n.broken) return "=#REF!";
    return `=${quoteSheetName(n.sheet.name)}!${formatRect(n.rect, true)}`;
  }

  addName(name: string, sheet: SheetModel, rect: CellRect, comment = ""): NameModel {
    this.checkNewIdentifier(name, "nom");
    const model: NameModel = { name, sheet, rect, comment };
    this.hf.addNamedExpression(name, this.nameFormula(model));
    this.names.push(model);
    return model;
  }

  changeName(model: NameModel, sheet: SheetModel, rect: CellRect): void {
    model.broken = false;
    model.sheet = sheet;
    model.rect = rect;
    this.hf.changeNamedExpression(model.name, this.nameFormula(model));
  }

  deleteName(model: NameModel): void {
    this.hf.removeNamedExpression(model.name);
    this.names.splice(this.names.indexOf(model), 1);
  }

  findName(name: string): NameModel | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  newId(): number {
    return this.nextId++;
  }
}
