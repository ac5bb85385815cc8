/** Range and what hangs off it: format (fill, font), data validation, conditional formats. */
import { CellRect, MAX_COLUMNS, formatRect, quoteSheetName, rectSize, subtractRect } from "./a1";
import { DoubleCollection, DoubleObject, DoubleRequestContext, parseLoadArgument, propertyNotLoaded, strict } from "./context";
import { DoubleExcelError, NotImplementedInDouble, invalidArgument } from "./errors";
import { checkDateTimeOperands } from "./dateTimeOperands";
import { checkValidationTexts } from "./validationTexts";
import type { CellContent, ConditionalFormatModel, SheetModel, ValidationModel, WorkbookModel } from "./model";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./model";
import { DoubleRangeAreas, specialCells } from "./specialCells";

export interface RangeTarget {
  sheet: SheetModel;
  rect: CellRect;
}

/** Reads of more cells than this are not what a careful add-in does, and would be slow here. */
const MAX_READ_CELLS = 2_000_000;

function checkMatrix(rect: CellRect, rows: unknown, what: string): asserts rows is unknown[][] {
  const { rows: h, columns: w } = rectSize(rect);
  if (!Array.isArray(rows) || rows.length !== h || rows.some((row) => !Array.isArray(row) || row.length !== w))
    throw invalidArgument(`${what} : les dimensions du tableau ne correspondent pas à la plage ${formatRect(rect)} (${h} × ${w}).`);
}

function matrix<V>(rect: CellRect, cell: (r: number, c: number) => V): V[][] {
  const { rows, columns } = rectSize(rect);
  if (rows * columns > MAX_READ_CELLS) throw new NotImplementedInDouble(`reading ${rows * columns} cells at once`);
  return Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => cell(rect.r0 + i, rect.c0 + j)));
}

function checkContent(v: unknown): CellContent {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  throw invalidArgument(`Valeur de cellule non valide : ${JSON.stringify(v)}.`);
}

export class DoubleRange extends DoubleObject<RangeTarget> {
  constructor(context: DoubleRequestContext, resolver: () => RangeTarget | null, nullable: boolean, creation?: { label: string; args: unknown }) {
    super(context, "Range", resolver, nullable, creation);
  }

  private get _model(): WorkbookModel {
    return this.context._model;
  }

  override _read(prop: string, t: RangeTarget): unknown {
    const m = this._model;
    switch (prop) {
      case "address":
        return `${quoteSheetName(t.sheet.name)}!${formatRect(t.rect)}`;
      case "values":
        return matrix(t.rect, (r, c) => m.valueAt(t.sheet, r, c));
      case "formulas":
        return matrix(t.rect, (r, c) => m.formulaAt(t.sheet, r, c));
      case "valueTypes":
        return matrix(t.rect, (r, c) => m.valueTypeAt(t.sheet, r, c));
      case "numberFormat":
        return matrix(t.rect, (r, c) => m.cellFormat(t.sheet, r, c).numberFormat ?? "General");
      case "rowCount":
        return rectSize(t.rect).rows;
      case "columnCount":
        return rectSize(t.rect).columns;
      case "rowIndex":
        return t.rect.r0;
      case "columnIndex":
        return t.rect.c0;
      case "columnHidden": {
        const hidden = new Set<boolean>();
        for (let c = t.rect.c0; c <= t.rect.c1 && hidden.size < 2; c++) hidden.add(t.sheet.hiddenColumns.has(c));
        return hidden.size === 1 ? [...hidden][0] : null;
      }
      default:
        throw new NotImplementedInDouble(`Range.load("${prop}")`);
    }
  }

  get address(): string {
    return this._get("address");
  }
  get values(): CellContent[][] {
    return this._get("values");
  }
  set values(rows: CellContent[][]) {
    this._writeContents("values", rows);
  }
  get formulas(): CellContent[][] {
    return this._get("formulas");
  }
  /** Like Excel, `formulas` takes literals too; a string starting with "=" is a formula either way. */
  set formulas(rows: CellContent[][]) {
    this._writeContents("formulas", rows);
  }
  /** Excel.RangeValueType per cell (ExcelApi 1.1): "Empty", "String", "Double", "Boolean", "Error". */
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  get numberFormat(): string[][] {
    return this._get("numberFormat");
  }
  set numberFormat(rows: string[][]) {
    this._op("numberFormat", rows, (t) => {
      checkMatrix(t.rect, rows, "numberFormat");
      rows.forEach((row) =>
        row.forEach((v) => {
          if (v !== null && typeof v !== "string") throw invalidArgument(`Format de nombre non valide : ${JSON.stringify(v)}.`);
        }),
      );
      this._model.setCellFormats(t.sheet, t.rect.r0, t.rect.c0, "numberFormat", rows);
    });
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get columnHidden(): boolean {
    return this._get("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this._op("columnHidden", hidden, (t) => {
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        if (hidden) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
    });
  }

  private _writeContents(prop: "values" | "formulas", rows: CellContent[][]): void {
    this._op(prop, rows, (t) => {
      checkMatrix(t.rect, rows, prop);
      this._model.writeContents(
        t.sheet,
        t.rect.r0,
        t.rect.c0,
        rows.map((row) => row.map(checkContent)),
      );
    });
  }

  get format(): DoubleRangeFormat {
    return strict(new DoubleRangeFormat(this), "RangeFormat");
  }
  get dataValidation(): DoubleDataValidation {
    return strict(new DoubleDataValidation(this), "DataValidation");
  }
  get conditionalFormats(): DoubleConditionalFormatCollection {
    return strict(new DoubleConditionalFormatCollection(this), "ConditionalFormatCollection");
  }

  clear(applyTo: string = "All"): void {
    this._op("clear", applyTo, (t) => {
      if (applyTo === "All" || applyTo === "Contents") this._model.clearContents(t.sheet, t.rect);
      if (applyTo === "All" || applyTo === "Formats") this._model.clearFormats(t.sheet, t.rect);
      if (applyTo !== "All" && applyTo !== "Contents" && applyTo !== "Formats") throw new NotImplementedInDouble(`Range.clear("${applyTo}")`);
    });
  }

  /**
   * Range.insert / Range.delete (ExcelApi 1.1), modelled for whole rows ("5:7") only: Excel's insert
   * and delete rows (see WorkbookModel.insertRows / deleteRows). Cell-level shifts are not modelled.
   */
  insert(shift: string): DoubleRange {
    const inserted = new DoubleRange(this.context, () => this._target(), false);
    this._op("insert", shift, (t) => {
      if (shift !== "Down" || t.rect.c0 !== 0 || t.rect.c1 !== MAX_COLUMNS - 1)
        throw new NotImplementedInDouble(`Range.insert("${shift}") on ${formatRect(t.rect)} (whole rows, "Down", only)`);
      this._model.insertRows(t.sheet, t.rect.r0, t.rect.r1 - t.rect.r0 + 1);
    });
    return inserted;
  }

  delete(shift: string): void {
    this._op("delete", shift, (t) => {
      if (shift !== "Up" || t.rect.c0 !== 0 || t.rect.c1 !== MAX_COLUMNS - 1)
        throw new NotImplementedInDouble(`Range.delete("${shift}") on ${formatRect(t.rect)} (whole rows, "Up", only)`);
      this._model.deleteRows(t.sheet, t.rect.r0, t.rect.r1 - t.rect.r0 + 1);
    });
  }

  select(): void {
    this._op("select", null, (t) => {
      this._model.selection = { sheet: t.sheet, rect: t.rect };
    });
  }

  /** Modelled in specialCells.ts (constants of one column). */
  getSpecialCells(cellType: string, valueType?: string): DoubleRangeAreas {
    return specialCells(this, cellType, valueType, false, this._resolvedRange);
  }
  getSpecialCellsOrNullObject(cellType: string, valueType?: string): DoubleRangeAreas {
    return specialCells(this, cellType, valueType, true, this._resolvedRange);
  }
  private readonly _resolvedRange = (t: RangeTarget): DoubleRange => new DoubleRange(this.context, () => t, false)._markResolved();
}

/** A setter on a sub-object of a range (format, fill, font): applied cell by cell at sync. */
function cellFormatSetter(range: DoubleRange, label: string, prop: string, check: (v: unknown) => boolean) {
  return (value: unknown): void => {
    range._op(label, value, (t) => {
      if (!check(value)) throw invalidArgument(`${label} : valeur non valide ${JSON.stringify(value)}.`);
      range.context._model.setCellFormat(t.sheet, t.rect, prop, value as string | number | boolean);
    });
  };
}

const isColor = (v: unknown): boolean => typeof v === "string" && /^#[0-9A-Fa-f]{6}$/.test(v);
const isBool = (v: unknown): boolean => typeof v === "boolean";
/** Excel's limits: row height 409 points, column width 255 characters (about 1 343 points). */
const isRowHeight = (v: unknown): boolean => typeof v === "number" && Number.isFinite(v) && v > 0 && v <= 409;
const isColumnWidth = (v: unknown): boolean => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1343;
const ALIGNMENTS = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const BORDER_SIDES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"];
const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];

export class DoubleRangeFormat {
  constructor(private readonly _range: DoubleRange) {}

  get fill(): { color: string } {
    const set = cellFormatSetter(this._range, "RangeFill.color", "fill.color", isColor);
    return strict(
      {
        set color(v: string) {
          set(v);
        },
        get color(): string {
          throw new NotImplementedInDouble("reading RangeFill.color");
        },
      },
      "RangeFill",
    );
  }

  get font(): { bold: boolean; italic: boolean; color: string; size: number; name: string } {
    const range = this._range;
    return strict(
      {
        set bold(v: boolean) {
          cellFormatSetter(range, "RangeFont.bold", "font.bold", isBool)(v);
        },
        set italic(v: boolean) {
          cellFormatSetter(range, "RangeFont.italic", "font.italic", isBool)(v);
        },
        set color(v: string) {
          cellFormatSetter(range, "RangeFont.color", "font.color", isColor)(v);
        },
        set size(v: number) {
          cellFormatSetter(range, "RangeFont.size", "font.size", (x) => typeof x === "number" && x >= 1 && x <= 409)(v);
        },
        // RangeFont.name: "Font name (e.g., 'Calibri')", https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangefont
        set name(v: string) {
          cellFormatSetter(range, "RangeFont.name", "font.name", (x) => typeof x === "string" && x.length > 0)(v);
        },
      } as { bold: boolean; italic: boolean; color: string; size: number; name: string },
      "RangeFont",
    );
  }

  /** Borders are stored per cell of the range, by side ("borders.EdgeTop.style"). */
  get borders(): { getItem(index: string): { style: string; color: string; weight: string } } {
    const range = this._range;
    return strict(
      {
        getItem(index: string) {
          if (!BORDER_SIDES.includes(index)) throw new NotImplementedInDouble(`border "${index}"`);
          return strict(
            {
              set style(v: string) {
                cellFormatSetter(range, "RangeBorder.style", `borders.${index}.style`, (x) => BORDER_STYLES.includes(x as string))(v);
              },
              set color(v: string) {
                cellFormatSetter(range, "RangeBorder.color", `borders.${index}.color`, isColor)(v);
              },
              set weight(v: string) {
                cellFormatSetter(range, "RangeBorder.weight", `borders.${index}.weight`, (x) => BORDER_WEIGHTS.includes(x as string))(v);
              },
            } as { style: string; color: string; weight: string },
            "RangeBorder",
          );
        },
      },
      "RangeBorderCollection",
    );
  }

  set wrapText(v: boolean) {
    cellFormatSetter(this._range, "RangeFormat.wrapText", "wrapText", isBool)(v);
  }
  set horizontalAlignment(v: string) {
    cellFormatSetter(this._range, "RangeFormat.horizontalAlignment", "horizontalAlignment", (x) => ALIGNMENTS.includes(x as string))(v);
  }
  set verticalAlignment(v: string) {
    cellFormatSetter(this._range, "RangeFormat.verticalAlignment", "verticalAlignment", (x) => VERTICAL.includes(x as string))(v);
  }
  /** Points, applied to every column of the range. */
  set columnWidth(v: number) {
    this._range._op("RangeFormat.columnWidth", v, (t) => {
      if (!isColumnWidth(v)) throw invalidArgument(`Largeur de colonne non valide : ${v}.`);
      for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  /** Points, applied to every row of the range. */
  set rowHeight(v: number) {
    this._range._op("RangeFormat.rowHeight", v, (t) => {
      if (!isRowHeight(v)) throw invalidArgument(`Hauteur de ligne non valide : ${v}.`);
      for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.rowHeights.set(r, v);
    });
  }
  get wrapText(): boolean {
    throw new NotImplementedInDouble("reading RangeFormat.wrapText");
  }
  get horizontalAlignment(): string {
    throw new NotImplementedInDouble("reading RangeFormat.horizontalAlignment");
  }
  get verticalAlignment(): string {
    throw new NotImplementedInDouble("reading RangeFormat.verticalAlignment");
  }
  get columnWidth(): number {
    throw new NotImplementedInDouble(`reading RangeFormat.columnWidth (default ${DEFAULT_COLUMN_WIDTH})`);
  }
  get rowHeight(): number {
    throw new NotImplementedInDouble(`reading RangeFormat.rowHeight (default ${DEFAULT_ROW_HEIGHT})`);
  }
}

const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];

function checkRule(rule: Record<string, unknown>): void {
  const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined);
  if (kinds.length !== 1) throw invalidArgument("Une règle de validation doit avoir exactement un type.");
  const kind = kinds[0];
  const body = rule[kind] as Record<string, unknown>;
  if (kind === "list") {
    if (typeof body.source !== "string" || body.source === "") throw invalidArgument("Liste de validation vide.");
    // Excel limits a literal list source to 255 characters.
    if (!body.source.startsWith("=") && body.source.length > 255) throw invalidArgument("Liste de validation de plus de 255 caractères.");
    return;
  }
  if (kind === "decimal" || kind === "wholeNumber" || kind === "date" || kind === "textLength") {
    if (!OPERATORS.includes(body.operator as string)) throw invalidArgument(`Opérateur de validation non valide : ${String(body.operator)}.`);
    if (body.formula1 === undefined || body.formula1 === "") throw invalidArgument("Validation sans formula1.");
    if (kind === "date") checkDateTimeOperands(body);
    if ((body.operator === "Between" || body.operator === "NotBetween") && (body.formula2 === undefined || body.formula2 === ""))
      throw invalidArgument("Validation « entre » sans formula2.");
    return;
  }
  if (kind === "custom") {
    if (typeof body.formula !== "string") throw invalidArgument("Validation personnalisée sans formule.");
    return;
  }
  throw new NotImplementedInDouble(`data validation rule "${kind}"`);
}

export class DoubleDataValidation {
  constructor(private readonly _range: DoubleRange) {}

  private _entry(t: RangeTarget): ValidationModel {
    const entry = t.sheet.validations.find((v) => formatRect(v.rect) === formatRect(t.rect));
    if (!entry) throw new DoubleExcelError("InvalidOperation", `Pas de règle de validation sur ${formatRect(t.rect)} : définir rule d'abord.`);
    return entry;
  }

  set rule(rule: Record<string, unknown>) {
    this._range._op("DataValidation.rule", rule, (t) => {
      checkRule(rule);
      removeValidations(t);
      t.sheet.validations.push({ rect: t.rect, rule });
    });
  }
  set prompt(prompt: Record<string, unknown>) {
    this._range._op("DataValidation.prompt", prompt, (t) => {
      checkValidationTexts("prompt", prompt);
      this._entry(t).prompt = prompt;
    });
  }
  set errorAlert(alert: Record<string, unknown>) {
    this._range._op("DataValidation.errorAlert", alert, (t) => {
      checkValidationTexts("errorAlert", alert);
      this._entry(t).errorAlert = alert;
    });
  }
  get rule(): Record<string, unknown> {
    throw new NotImplementedInDouble("reading DataValidation.rule");
  }

  clear(): void {
    this._range._op("DataValidation.clear", null, (t) => removeValidations(t));
  }
}

/**
 * DataValidation.clear() / setting a rule: validation is per cell in Excel ("Clears the data
 * validation from the current range", https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidation#excel-excel-datavalidation-clear-member(1)),
 * so a rule covering more than the range keeps the cells outside it.
 */
function removeValidations(t: RangeTarget): void {
  t.sheet.validations = t.sheet.validations.flatMap((v) => subtractRect(v.rect, t.rect).map((rect) => ({ ...v, rect })));
}

export class DoubleConditionalFormatCollection {
  constructor(private readonly _range: DoubleRange) {}

  add(type: string): DoubleConditionalFormat {
    const range = this._range;
    let created: ConditionalFormatModel | undefined;
    return new DoubleConditionalFormat(
      range.context,
      () => {
        if (type !== "Custom") throw new NotImplementedInDouble(`conditional format type "${type}"`);
        const t = range._target();
        created = { id: range.context._model.newId(), rect: t.rect, type, format: {} };
        t.sheet.conditionalFormats.push(created);
        return created;
      },
      { label: "ConditionalFormatCollection.add", args: "Custom" },
    );
  }

  /**
   * "Clears all conditional formats active on the current specified range"
   * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-clearall-member(1)):
   * on the whole sheet that is every one, the client's included; a format reaching beyond the range
   * keeps its cells outside it (modelled as the rectangles left).
   */
  clearAll(): void {
    this._range._op("ConditionalFormatCollection.clearAll", null, (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.flatMap((cf) =>
        subtractRect(cf.rect, t.rect).map((rect, i) => ({ ...cf, id: i === 0 ? cf.id : range_newId(this._range), rect })),
      );
    });
  }

  /** The formats intersecting the range (ExcelApi 1.6), with `items/id`, `items/type` loadable. */
  load(option?: unknown): this {
    this._items = this._range.context._model && new DoubleConditionalFormatItems(this._range);
    this._items.load(option);
    return this;
  }
  _items: DoubleConditionalFormatItems | undefined = undefined;
  get items(): DoubleConditionalFormat[] {
    if (!this._items) throw new NotImplementedInDouble("ConditionalFormatCollection.items before load");
    return this._items.items;
  }

  /** ConditionalFormatCollection.getItem(id) (ExcelApi 1.6). */
  getItem(id: string): DoubleConditionalFormat {
    const range = this._range;
    return new DoubleConditionalFormat(
      range.context,
      () => {
        const cf = range._target().sheet.conditionalFormats.find((x) => String(x.id) === id);
        if (!cf) throw new DoubleExcelError("ItemNotFound", `Mise en forme conditionnelle ${id} introuvable.`);
        return cf;
      },
      { label: "ConditionalFormatCollection.getItem", args: id },
    );
  }
}

const range_newId = (range: DoubleRange): number => range.context._model.newId();

/** The loaded list behind ConditionalFormatCollection.load: every format intersecting the range, in order. */
class DoubleConditionalFormatItems extends DoubleCollection<ConditionalFormatModel[], DoubleConditionalFormat> {
  override readonly _defaultItemProps = ["id", "type"];
  constructor(range: DoubleRange) {
    super(
      range.context,
      "ConditionalFormatCollection",
      () => {
        const t = range._target();
        return t.sheet.conditionalFormats.filter(
          (cf) => cf.rect.r0 <= t.rect.r1 && t.rect.r0 <= cf.rect.r1 && cf.rect.c0 <= t.rect.c1 && t.rect.c0 <= cf.rect.c1,
        );
      },
      false,
    );
  }
  override _itemsOf(list: ConditionalFormatModel[]): DoubleConditionalFormat[] {
    return list.map((cf) => new DoubleConditionalFormat(this.context, () => cf)._markResolved());
  }
}

export class DoubleConditionalFormat extends DoubleObject<ConditionalFormatModel> {
  constructor(context: DoubleRequestContext, resolver: () => ConditionalFormatModel, creation?: { label: string; args: unknown }) {
    super(context, "ConditionalFormat", resolver, false, creation);
  }

  /** id and type (ExcelApi 1.6); ids are strings in office-js. */
  override _read(prop: string, cf: ConditionalFormatModel): unknown {
    if (prop === "id") return String(cf.id);
    if (prop === "type") return cf.type;
    throw new NotImplementedInDouble(`ConditionalFormat.load("${prop}")`);
  }
  _rule: { _formula: string | undefined; formula: string; load(option?: unknown): unknown } | undefined = undefined;
  get id(): string {
    return this._get("id");
  }
  get type(): string {
    return this._get("type");
  }

  /** ConditionalFormat.getRange() (ExcelApi 1.6): the cells it applies to. */
  getRange(): DoubleRange {
    return new DoubleRange(
      this.context,
      () => {
        const cf = this._target();
        const sheet = this.context._model.sheets.find((s) => s.conditionalFormats.includes(cf))!;
        return { sheet, rect: cf.rect };
      },
      false,
      { label: "ConditionalFormat.getRange", args: null },
    );
  }

  delete(): void {
    this._op("delete", null, (cf) => {
      const sheet = this.context._model.sheets.find((s) => s.conditionalFormats.includes(cf))!;
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
    });
  }

  get custom() {
    return customFormatOf(this);
  }
}

/** ConditionalFormat.custom: its rule (formula) and format (fill, font). */
function customFormatOf(cf: DoubleConditionalFormat) {
  const model = () => cf._target();
  const formatSetter = (label: string, prop: string, check: (v: unknown) => boolean) => (v: unknown) =>
    cf._op(label, v, () => {
      if (!check(v)) throw invalidArgument(`${label} : valeur non valide ${JSON.stringify(v)}.`);
      model().format[prop] = v as string | boolean;
    });
  return strict(
    {
      rule: (cf._rule ??= strict(
        {
          _formula: undefined as string | undefined,
          set formula(f: string) {
            cf._op("ConditionalFormat.custom.rule.formula", f, () => {
              if (typeof f !== "string" || !f.startsWith("=") || !cf.context._model.hf.validateFormula(f))
                throw invalidArgument(`Formule de mise en forme conditionnelle non valide : ${String(f)}`);
              model().formula = f;
            });
          },
          get formula(): string {
            if (this._formula === undefined) throw propertyNotLoaded("ConditionalFormatRule", "formula");
            return this._formula;
          },
          /** ConditionalFormatRule.formula (ExcelApi 1.6), as written: relative to the range's top-left cell. */
          load(option?: unknown) {
            if (parseLoadArgument(option).join() !== "formula") throw new NotImplementedInDouble(`ConditionalFormatRule.load(${JSON.stringify(option)})`);
            cf.context._enqueue("ConditionalFormatRule.load", "formula", () => (cf._rule!._formula = model().formula ?? ""));
            return this;
          },
        },
        "ConditionalRangeFormatRule",
      )),
      format: strict(
        {
          fill: strict(
            {
              set color(v: string) {
                formatSetter("ConditionalFormat.fill.color", "fill.color", isColor)(v);
              },
            } as { color: string },
            "ConditionalRangeFill",
          ),
          font: strict(
            {
              set color(v: string) {
                formatSetter("ConditionalFormat.font.color", "font.color", isColor)(v);
              },
              set bold(v: boolean) {
                formatSetter("ConditionalFormat.font.bold", "font.bold", isBool)(v);
              },
            } as { color: string; bold: boolean },
            "ConditionalRangeFont",
          ),
        },
        "ConditionalRangeFormat",
      ),
    },
    "CustomConditionalFormat",
  );
}
