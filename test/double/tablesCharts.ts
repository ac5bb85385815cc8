/** Tables and charts of a worksheet. */
import { formatRect, localRect, rectSize } from "./a1";
import { DoubleCollection, DoubleObject, DoubleRequestContext, strict } from "./context";
import { DoubleExcelError, NotImplementedInDouble, invalidArgument } from "./errors";
import type { ChartModel, ChartSeriesModel, SheetModel, TableModel } from "./model";
import { DoubleRange, RangeTarget } from "./range";

export class DoubleTable extends DoubleObject<TableModel> {
  constructor(context: DoubleRequestContext, resolver: () => TableModel | null, nullable: boolean, creation?: { label: string; args: unknown }) {
    super(context, "Table", resolver, nullable, creation);
  }

  override _read(prop: string, t: TableModel): unknown {
    if (prop === "name") return t.name;
    if (prop === "style") return t.style;
    throw new NotImplementedInDouble(`Table.load("${prop}")`);
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._op("name", name, (t) => this.context._model.renameTable(t, name));
  }
  get style(): string {
    return this._get("style");
  }
  set style(style: string) {
    this._op("style", style, (t) => {
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(style)) throw invalidArgument(`Style de tableau inconnu : ${style}.`);
      t.style = style;
    });
  }
  /**
   * Table.resize needs ExcelApi 1.13 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)),
   * above what the add-in declares: refused, so that no code relies on it. Insert or delete whole rows
   * inside the table's body instead (Range.insert / Range.delete, ExcelApi 1.1).
   */
  resize(): void {
    throw new NotImplementedInDouble("Table.resize (ExcelApi 1.13, above the add-in's requirement set)");
  }
  /** Keeps the cells, removes the table; its structured references become A1 references (model.ts removeTable). */
  convertToRange(): void {
    this._op("convertToRange", null, (t) => this.context._model.removeTable(t));
  }
  /** Removes the table with its contents, as Excel does. */
  delete(): void {
    this._op("delete", null, (t) => this.context._model.deleteTable(t));
  }
  getRange(): DoubleRange {
    return new DoubleRange(
      this.context,
      () => {
        const t = this._target();
        return { sheet: t.sheet, rect: t.rect };
      },
      false,
      { label: "Table.getRange", args: null },
    );
  }
}

export class DoubleTableCollection extends DoubleCollection<SheetModel, DoubleTable> {
  override readonly _defaultItemProps = ["name", "style"];

  constructor(context: DoubleRequestContext, sheet: () => SheetModel) {
    super(context, "TableCollection", sheet, false);
  }

  override _itemsOf(sheet: SheetModel): DoubleTable[] {
    return sheet.tables.map((t) => new DoubleTable(this.context, () => t, false)._markResolved());
  }

  add(address: string | DoubleRange, hasHeaders: boolean): DoubleTable {
    return new DoubleTable(
      this.context,
      () => {
        if (hasHeaders !== true) throw new NotImplementedInDouble("tables without a header row");
        const sheet = this._target();
        const target: RangeTarget = typeof address === "string" ? { sheet, rect: localRect(sheet, address) } : address._target();
        if (target.sheet !== sheet) throw invalidArgument("La plage du tableau est sur une autre feuille.");
        return this.context._model.addTable(sheet, target.rect);
      },
      false,
      { label: "TableCollection.add", args: [typeof address === "string" ? address : "<Range>", hasHeaders] },
    );
  }

  getItem(name: string): DoubleTable {
    return new DoubleTable(this.context, () => this._target().tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null, false, {
      label: "TableCollection.getItem",
      args: name,
    });
  }

  getItemOrNullObject(name: string): DoubleTable {
    return new DoubleTable(this.context, () => this._target().tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null, true, {
      label: "TableCollection.getItemOrNullObject",
      args: name,
    });
  }
}

/**
 * The chart types the add-in draws, as Excel.ChartType's string values (ExcelApi 1.1,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.charttype): clustered columns and bars
 * (Budget, Suivi budgétaire) and a line (the Trésorerie's closing balance). Any other type is refused
 * loudly: the double models none of its particulars (stacking, markers, 3-D, axes of a scatter).
 */
const CHART_TYPES = ["ColumnClustered", "BarClustered", "Line"];

function seriesRange(range: DoubleRange): { sheet: SheetModel; rect: RangeTarget["rect"] } {
  const t = range._target();
  const { rows, columns } = rectSize(t.rect);
  if (rows !== 1 && columns !== 1) throw invalidArgument(`Une série de graphique tient sur une ligne ou une colonne, pas ${formatRect(t.rect)}.`);
  return { sheet: t.sheet, rect: t.rect };
}

export class DoubleChartSeries extends DoubleObject<ChartSeriesModel> {
  constructor(context: DoubleRequestContext, resolver: () => ChartSeriesModel | null, creation: { label: string; args: unknown }) {
    super(context, "ChartSeries", resolver, false, creation);
  }
  override _read(prop: string, s: ChartSeriesModel): unknown {
    if (prop === "name") return s.name;
    throw new NotImplementedInDouble(`ChartSeries.load("${prop}")`);
  }
  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._op("name", name, (s) => {
      if (typeof name !== "string" || name.length > 255) throw invalidArgument("Nom de série non valide.");
      s.name = name;
    });
  }
  setValues(range: DoubleRange): void {
    this._op("setValues", "<Range>", (s) => (s.values = seriesRange(range)));
  }
  setXAxisValues(range: DoubleRange): void {
    this._op("setXAxisValues", "<Range>", (s) => (s.xValues = seriesRange(range)));
  }
}

export class DoubleChart extends DoubleObject<ChartModel> {
  constructor(context: DoubleRequestContext, resolver: () => ChartModel | null, creation?: { label: string; args: unknown }) {
    super(context, "Chart", resolver, false, creation);
  }
  override _read(prop: string, c: ChartModel): unknown {
    if (prop === "name") return c.name;
    throw new NotImplementedInDouble(`Chart.load("${prop}")`);
  }
  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._op("name", name, (c) => {
      if (typeof name !== "string" || name === "" || name.length > 255) throw invalidArgument("Nom de graphique non valide.");
      c.name = name;
    });
  }
  get title(): { text: string } {
    return chartTitleOf(this);
  }
  setPosition(startCell: string, endCell?: string): void {
    if (typeof startCell !== "string" || (endCell !== undefined && typeof endCell !== "string"))
      throw new NotImplementedInDouble("Chart.setPosition with Range objects: pass addresses");
    this._op("setPosition", [startCell, endCell ?? null], (c) => {
      const sheet = this.context._model.sheets.find((s) => s.charts.includes(c))!;
      localRect(sheet, startCell);
      if (endCell !== undefined) localRect(sheet, endCell);
      c.position = { start: startCell, end: endCell };
    });
  }
  get series() {
    return chartSeriesOf(this);
  }
  delete(): void {
    this._op("delete", null, (c) => {
      const sheet = this.context._model.sheets.find((s) => s.charts.includes(c))!;
      sheet.charts.splice(sheet.charts.indexOf(c), 1);
    });
  }
}

export class DoubleChartCollection extends DoubleCollection<SheetModel, DoubleChart> {
  override readonly _defaultItemProps = ["name"];

  constructor(context: DoubleRequestContext, sheet: () => SheetModel) {
    super(context, "ChartCollection", sheet, false);
  }

  override _itemsOf(sheet: SheetModel): DoubleChart[] {
    return sheet.charts.map((c) => new DoubleChart(this.context, () => c)._markResolved());
  }

  getItem(name: string): DoubleChart {
    return new DoubleChart(this.context, () => this._target().charts.find((c) => c.name === name) ?? null, { label: "ChartCollection.getItem", args: name });
  }

  /** One series per column (seriesBy "Columns") or per row ("Rows") of the source data. */
  add(type: string, sourceData: DoubleRange, seriesBy: string): DoubleChart {
    return new DoubleChart(
      this.context,
      () => {
        if (!CHART_TYPES.includes(type)) throw new NotImplementedInDouble(`chart type "${type}"`);
        if (seriesBy !== "Columns" && seriesBy !== "Rows") throw new NotImplementedInDouble(`seriesBy "${seriesBy}" (Excel guesses from the shape: say which)`);
        const sheet = this._target();
        const src = sourceData._target();
        if (src.sheet !== sheet) throw new NotImplementedInDouble("chart data on another sheet");
        const { rows, columns } = rectSize(src.rect);
        const count = seriesBy === "Columns" ? columns : rows;
        const series: ChartSeriesModel[] = Array.from({ length: count }, (_, i) => ({
          name: "",
          values: {
            sheet,
            rect:
              seriesBy === "Columns" ? { ...src.rect, c0: src.rect.c0 + i, c1: src.rect.c0 + i } : { ...src.rect, r0: src.rect.r0 + i, r1: src.rect.r0 + i },
          },
        }));
        const chart: ChartModel = { id: this.context._model.newId(), name: `Graphique ${sheet.charts.length + 1}`, type, title: "", series };
        sheet.charts.push(chart);
        return chart;
      },
      { label: "ChartCollection.add", args: [type, "<Range>", seriesBy] },
    );
  }
}

/** Chart.title: its text. */
function chartTitleOf(chart: DoubleChart): { text: string } {
  return strict(
    {
      set text(text: string) {
        chart._op("title.text", text, (c) => {
          if (typeof text !== "string" || text.length > 255) throw invalidArgument("Titre de graphique non valide.");
          c.title = text;
        });
      },
    } as { text: string },
    "ChartTitle",
  );
}

/** Chart.series: getItemAt and add. */
function chartSeriesOf(chart: DoubleChart) {
  const context = chart.context;
  return strict(
    {
      getItemAt(index: number): DoubleChartSeries {
        return new DoubleChartSeries(
          context,
          () => {
            const s = chart._target().series[index];
            if (!s) throw new DoubleExcelError("ItemNotFound", `Série ${index} introuvable.`);
            return s;
          },
          { label: "ChartSeriesCollection.getItemAt", args: index },
        );
      },
      add(name?: string): DoubleChartSeries {
        return new DoubleChartSeries(
          context,
          () => {
            const s: ChartSeriesModel = { name: name ?? "" };
            chart._target().series.push(s);
            return s;
          },
          { label: "ChartSeriesCollection.add", args: name ?? null },
        );
      },
    },
    "ChartSeriesCollection",
  );
}
