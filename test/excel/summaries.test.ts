/**
 * The pane's summaries (Indicateurs, Suivi) read through the workbook double: each figure from the
 * cell its SummaryPlan names, found by its row key wherever the row moved, in the SAME bounded read
 * as the Contrôles (src/excel/figures.ts) — four syncs, a response of a few kilobytes.
 *
 * The figures here are synthetic SummaryPlans on cells every generated workbook has (a total of the
 * budget, a date of the Versements, a control's French verdict, the taux of the Paramètres), so the
 * read is tested whatever the sheet planners declare; the last test reads the planners' own.
 */
import { createWorkbookApi } from "../../src/excel";
import { readFigures } from "../../src/excel/figures";
import { parseA1 } from "../../src/sheets/addresses";
import type { SheetKey, SummaryPlan, WorkbookChoices, WorkbookPlan } from "../../src/sheets/plan";
import { SHEET_NAMES } from "../../src/sheets/plan";
import { DATE_FORMAT } from "../../src/sheets/styles";
import { planWorkbook } from "../../src/sheets/workbook";
import type { WorkbookDouble } from "../double";
import { formatRect } from "../double/a1";
import { choicesFor, newWorkbook } from "./fixtures";
import { rowsByKey } from "./userData";

/** A named cell of the plan: its sheet and its address without "$". */
function named(plan: WorkbookPlan, name: string): { sheet: SheetKey; address: string } {
  const found = plan.names.find((n) => n.name === name);
  if (!found) throw new Error(`pas de nom ${name} dans le plan`);
  return { sheet: found.sheet, address: found.address.replace(/\$/g, "") };
}

/** The first computed date of the Versements (an expected payment's date). */
function firstDate(plan: WorkbookPlan): { sheet: SheetKey; address: string } {
  const sheet = plan.sheets.find((s) => s.key === "versements")!;
  for (const [r, row] of sheet.rows.entries())
    for (const [c, cell] of row.cells.entries())
      if (row.key && cell?.format === DATE_FORMAT && cell.formula) return { sheet: "versements", address: `${String.fromCharCode(65 + c)}${r + 1}` };
  throw new Error("pas de date calculée sur les Versements");
}

/** Synthetic figures on cells of the real plan; `alertPrefix` for the budget's verdict. */
function synthetic(plan: WorkbookPlan, alertPrefix: string): SummaryPlan[] {
  const verdict = plan.controls!.find((c) => c.kind === "desequilibre")!;
  return [
    { section: "indicateurs", ...named(plan, "CPTS_TauxAtteinte"), label: "Toutes missions — taux global", format: "percent" },
    { section: "suivi", ...named(plan, "CPTS_TotalDepenses"), label: "Budget — dépenses prévues", format: "euro" },
    { section: "suivi", ...firstDate(plan), label: "Prochain versement attendu", format: "date" },
    { section: "suivi", sheet: verdict.sheet, address: verdict.address, label: "Équilibre", format: "text", alertPrefix },
  ];
}

const withSynthetic = (alertPrefix: string) => (choices: WorkbookChoices) => {
  const plan = planWorkbook(choices);
  return { ...plan, summaries: synthetic(plan, alertPrefix) };
};

async function generated(): Promise<{ double: WorkbookDouble; plan: WorkbookPlan }> {
  const double = newWorkbook();
  const choices = choicesFor();
  await createWorkbookApi(double.run).generateWorkbook(choices);
  return { double, plan: planWorkbook(choices) };
}

describe("the summaries read with the Contrôles", () => {
  it("reads each figure from its planned cell, in the same four syncs and the same controls as the Contrôles alone", async () => {
    const { double, plan } = await generated();
    const controls = await createWorkbookApi(double.run).readControls();
    double.resetStats();
    const figures = await readFigures(double.run, withSynthetic("Aucun texte ne commence ainsi"));
    expect(double.syncs.length).toBe(4);
    expect(double.largestResponseBytes).toBeLessThan(32 * 1024);
    expect(figures.controls).toEqual(controls);

    const planned = synthetic(plan, "");
    expect(figures.summaries.map((s) => [s.section, s.label, s.format, s.sheetName, s.address])).toEqual(
      planned.map((p) => [p.section, p.label, p.format, SHEET_NAMES[p.sheet], p.address]),
    );
    for (const s of figures.summaries) expect(s.value).toEqual(double.value(s.sheetName, s.address));
    expect(figures.summaries.map((s) => typeof s.value)).toEqual(["number", "number", "number", "string"]);
    expect(figures.summaries.every((s) => s.status === "ok")).toBe(true);
  });

  it("marks the figure whose text starts with its alertPrefix, and only that one", async () => {
    const { double, plan } = await generated();
    const verdict = plan.controls!.find((c) => c.kind === "desequilibre")!;
    const text = String(double.value(SHEET_NAMES[verdict.sheet], verdict.address));
    expect(text.length).toBeGreaterThan(4);
    const figures = await readFigures(double.run, withSynthetic(text.slice(0, 4)));
    expect(figures.summaries.map((s) => s.status)).toEqual(["ok", "ok", "ok", "alert"]);
  });

  it("finds the cells again after the user inserted rows above them, and drops a figure whose keyed row is gone", async () => {
    const { double, plan } = await generated();
    const total = named(plan, "CPTS_TotalDepenses");
    const budget = SHEET_NAMES.budget;
    const before = double.value(budget, total.address);
    double.insertRows(budget, 8, 5);
    const figures = await readFigures(double.run, withSynthetic("x"));
    const moved = figures.summaries.find((s) => s.label === "Budget — dépenses prévues")!;
    const { col, row } = parseA1(total.address);
    expect(parseA1(moved.address)).toEqual({ col, row: row + 5 });
    expect(moved.value).toEqual(before);

    // The Versements' date row deleted by the user: nothing to read there any more.
    const date = firstDate(plan);
    const dateRow = rowsByKey(double, SHEET_NAMES.versements).get(plan.sheets.find((s) => s.key === "versements")!.rows[parseA1(date.address).row - 1].key)!;
    await double.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET_NAMES.versements).getRange(`${dateRow}:${dateRow}`).delete("Up");
      await context.sync();
    });
    const after = await readFigures(double.run, withSynthetic("x"));
    expect(after.summaries.map((s) => s.label)).toEqual(["Toutes missions — taux global", "Budget — dépenses prévues", "Équilibre"]);
  });

  it("shows an Excel error value in a figure's cell as an error, not as a figure", async () => {
    const { double, plan } = await generated();
    const total = named(plan, "CPTS_TotalDepenses");
    double.type(SHEET_NAMES.budget, total.address, "=1/0");
    const figures = await readFigures(double.run, withSynthetic("x"));
    const broken = figures.summaries.find((s) => s.label === "Budget — dépenses prévues")!;
    expect(broken).toMatchObject({ status: "error", value: "#DIV/0!" });
  });

  it("reads nothing from a workbook without our Paramètres sheet", async () => {
    const double = newWorkbook();
    double.resetStats();
    expect(await readFigures(double.run, withSynthetic("x"))).toEqual({ controls: [], summaries: [] });
  });
});

describe("the planners' own summaries and the Trésorerie's line chart", () => {
  it("every figure the sheets declare is found and reads a value, none an error, in both sections", async () => {
    const { double, plan } = await generated();
    const planned = plan.summaries ?? [];
    const figures = await readFigures(double.run);
    console.log(figures.summaries.map((s) => `${s.label} = ${JSON.stringify(s.value)} (${s.sheetName}!${s.address}, ${s.status})`).join("\n"));
    expect(figures.summaries.map((s) => s.label)).toEqual(planned.map((p) => p.label));
    expect(new Set(figures.summaries.map((s) => s.section))).toEqual(new Set(["indicateurs", "suivi"]));
    expect(figures.summaries.filter((s) => s.status === "error")).toEqual([]);
    for (const s of figures.summaries) expect(s.value).toEqual(double.value(s.sheetName, s.address));
  });

  it("the office-js writer draws each planned chart with its Excel type, series and categories; the Trésorerie's is a line", async () => {
    const { double, plan } = await generated();
    const excelType = { columnClustered: "ColumnClustered", barClustered: "BarClustered", line: "Line" } as const;
    const planned = plan.sheets.flatMap((s) => s.charts.map((c) => ({ sheet: s.name, ...c })));
    expect(planned.filter((c) => c.type === "line").map((c) => c.sheet)).toEqual([SHEET_NAMES.tresorerie]);
    for (const chart of planned) {
      const drawn = double.sheet(chart.sheet).charts.find((c) => c.name === chart.name);
      expect(drawn).toBeDefined();
      expect(drawn!.type).toBe(excelType[chart.type]);
      expect(drawn!.title).toBe(chart.title);
      expect(drawn!.series.map((s) => [s.name, s.values && formatRect(s.values.rect), s.xValues && formatRect(s.xValues.rect)])).toEqual(
        chart.series.map((s) => [s.name, s.values, chart.categories]),
      );
    }
  });

  it("the double refuses loudly a chart type it does not model (a line with markers)", async () => {
    const double = newWorkbook();
    double.type("Feuil1", "A1:A3", [[1], [2], [3]]);
    const add = (type: string) =>
      double.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Feuil1");
        ws.charts.add(type as Excel.ChartType, ws.getRange("A1:A3"), "Columns" as Excel.ChartSeriesBy);
        await context.sync();
      });
    await expect(add("Line")).resolves.toBeUndefined();
    await expect(add("LineMarkers")).rejects.toThrow(/LineMarkers/);
  });
});
