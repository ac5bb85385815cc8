/**
 * The real planners' workbook through the ExcelJS writer, read back from the file: every planned
 * cell, format, name, table, validation, conditional format and frozen pane is there.
 */
import ExcelJS from "exceljs";
import { parseA1 } from "../../src/sheets/addresses";
import { SHEET_KEYS, SHEET_NAMES, WorkbookChoices, WorkbookPlan, parseSheetMarker } from "../../src/sheets/plan";
import { planWorkbook } from "../../src/sheets/workbook";
import { toFileFormula } from "../../src/xlsx/fileFormula";
import { writeWorkbookBuffer } from "../../src/xlsx/writeWorkbook";
import { COMPUTED_NAMES, DOCUMENTED_NAMES } from "../sheets/fixtures";
import { EXPORT_CHOICES } from "./fixtures";

const CHOICES: WorkbookChoices = EXPORT_CHOICES;

let plan: WorkbookPlan;
let wb: ExcelJS.Workbook;
let skippedCharts: Awaited<ReturnType<typeof writeWorkbookBuffer>>["skippedCharts"];

beforeAll(async () => {
  plan = planWorkbook(CHOICES);
  const written = await writeWorkbookBuffer(plan);
  skippedCharts = written.skippedCharts;
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(written.buffer as never);
});

function definedNames(): Map<string, string[]> {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  return new Map(model.map((n) => [n.name, n.ranges]));
}

/** The cell a workbook name designates. */
function namedCell(name: string): ExcelJS.Cell {
  const [range] = definedNames().get(name) ?? [];
  if (!range) throw new Error(`name ${name} is not defined`);
  const m = /^'?(.*?)'?!(\$?[A-Z]+\$?\d+)$/.exec(range);
  if (!m) throw new Error(`name ${name} is not a single cell: ${range}`);
  return wb.getWorksheet(m[1].replace(/''/g, "'"))!.getCell(m[2].replace(/\$/g, ""));
}

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value as { formula?: string } | null;
  return v !== null && typeof v === "object" && "formula" in v ? v.formula : undefined;
}

describe("the exported workbook", () => {
  it("has the six sheets in order, each with its marker in A1 and column A hidden", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEET_KEYS.map((k) => SHEET_NAMES[k]));
    for (const key of SHEET_KEYS) {
      const ws = wb.getWorksheet(SHEET_NAMES[key])!;
      expect(parseSheetMarker(ws.getCell("A1").value)?.key).toBe(key);
      expect(ws.getColumn(1).hidden).toBe(true);
    }
  });

  it("defines every documented workbook name on a single cell, computed ones as formulas", () => {
    const names = definedNames();
    for (const name of DOCUMENTED_NAMES) {
      expect(names.get(name)).toHaveLength(1);
      expect(namedCell(name)).toBeDefined();
    }
    for (const name of COMPUTED_NAMES) expect(formulaOf(namedCell(name))).toEqual(expect.any(String));
    expect(namedCell("CPTS_Population").value).toBe(95000);
    expect(namedCell("CPTS_Nom").value).toBe("CPTS du test");
    // Every name of the plan, not only the documented ones.
    expect([...names.keys()].sort()).toEqual(plan.names.map((n) => n.name).sort());
  });

  it("holds every planned cell: formulas as formulas (no cached number), literals as values, with their format", () => {
    let formulas = 0;
    for (const sheet of plan.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      sheet.rows.forEach((row, i) => {
        row.cells.forEach((cell, col) => {
          if (!cell) return;
          const fileCell = ws.getCell(i + 1, col + 1);
          const where = `${sheet.name}!${fileCell.address}`;
          if (cell.formula !== undefined) {
            formulas++;
            expect([where, formulaOf(fileCell)]).toEqual([where, toFileFormula(cell.formula)]);
            expect([where, (fileCell.value as { result?: unknown }).result]).toEqual([where, undefined]);
          } else if (cell.value !== null && cell.value !== undefined) {
            const v = fileCell.value;
            // ExcelJS reads a serial under a date format back as a Date.
            const read = v instanceof Date ? Math.round(v.getTime() / 86_400_000 + 25569) : v;
            expect([where, read]).toEqual([where, cell.value]);
          }
          if (cell.format) expect([where, fileCell.numFmt]).toEqual([where, cell.format]);
        });
      });
    }
    expect(formulas).toBeGreaterThan(100);
  });

  /** The add-in's calls of a stored formula that no enclosing IFERROR catches (strings skipped). */
  function callsOutsideIferror(formula: string): string[] {
    const open: string[] = [];
    const outside: string[] = [];
    for (let i = 0; i < formula.length; i++) {
      if (formula[i] === '"') {
        i = formula.indexOf('"', i + 1);
        continue;
      }
      if (formula[i] === "(") open.push(/([A-Za-z_.]+)$/.exec(formula.slice(0, i))?.[1] ?? "");
      else if (formula[i] === ")") open.pop();
      else if (formula.startsWith("_xldudf_CPTS_", i) && !open.includes("IFERROR")) outside.push(formula.slice(i, formula.indexOf("(", i)));
    }
    return outside;
  }

  it("keeps the add-in's own functions for Excel, in the form Excel stores them, each inside its native fallback", () => {
    const flagged = plan.sheets.flatMap((s) => s.rows.flatMap((r) => r.cells.filter((c) => c?.formula?.includes("CPTS."))));
    expect(flagged.length).toBeGreaterThan(0);
    const texts: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => texts.push(formulaOf(cell) ?? "")));
    const custom = texts.filter((f) => f.includes("_xldudf_CPTS_"));
    expect(custom).toHaveLength(flagged.length);
    // IFERROR(live, native): without the add-in the cell shows the native verdict instead of #NAME?.
    expect(callsOutsideIferror('IF(A1="IFERROR(",_xldudf_CPTS_ACI(1),IFERROR(_xldudf_CPTS_RETARD(1),0))')).toEqual(["_xldudf_CPTS_ACI"]);
    for (const f of custom) expect([f, callsOutsideIferror(f)]).toEqual([f, []]);
    expect(custom.some((f) => f.startsWith("IFERROR(_xldudf_CPTS_RETARD("))).toBe(true);
    expect(custom.some((f) => f.startsWith("IFERROR(_xldudf_CPTS_EQUILIBRE("))).toBe(true);
    expect(texts.some((f) => /(^|[^_])CPTS\.(RETARD|EQUILIBRE)/.test(f))).toBe(false);
  });

  it("sets column widths, frozen panes and tab colours as planned", () => {
    for (const sheet of plan.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      // Within 0.01: a width of 9 is written 9.01 (ExcelJS drops 9 as its default).
      sheet.columns.forEach((c, i) => expect([sheet.name, i, Math.round((ws.getColumn(i + 1).width ?? 0) * 10) / 10]).toEqual([sheet.name, i, c.width]));
      if (sheet.freeze) expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows });
      if (sheet.tabColor) expect(ws.properties.tabColor?.argb).toBe(`FF${sheet.tabColor.slice(1).toUpperCase()}`);
    }
  });

  it("declares the planned tables", () => {
    for (const sheet of plan.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      for (const t of sheet.tables) {
        const table = ws.getTable(t.name) as unknown as { table: { tableRef: string } } | undefined;
        expect([t.name, table?.table.tableRef]).toEqual([t.name, t.range.replace(/\$/g, "")]);
      }
    }
  });

  it("writes every planned validation on its cells, with its French error", () => {
    let checked = 0;
    for (const sheet of plan.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      for (const v of sheet.validations) {
        const [from, to = from] = v.range.replace(/\$/g, "").split(":");
        const tl = parseA1(from);
        const br = parseA1(to);
        for (const [col, row] of [
          [tl.col, tl.row],
          [br.col, br.row],
        ]) {
          const dv = ws.getCell(row, col + 1).dataValidation;
          expect([sheet.name, v.range, dv?.type, dv?.error]).toEqual([sheet.name, v.range, v.type, v.error]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("writes every planned conditional format with its formula", () => {
    for (const sheet of plan.sheets) {
      const ws = wb.getWorksheet(sheet.name)! as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
      const written = ws.conditionalFormattings.map((cf) => [cf.ref, (cf.rules[0] as ExcelJS.ExpressionRuleType).formulae?.[0]]);
      expect([sheet.name, written]).toEqual([sheet.name, sheet.conditionalFormats.map((cf) => [cf.range, toFileFormula(cf.formula)])]);
    }
  });

  it("says which planned charts it could not write", () => {
    const planned = plan.sheets.flatMap((s) => s.charts.map((c) => c.name));
    expect(planned.length).toBeGreaterThan(0);
    expect(skippedCharts.map((s) => s.chart.name)).toEqual(planned);
  });
});
