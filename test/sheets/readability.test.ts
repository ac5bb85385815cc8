/**
 * What a person sees, checked on the evaluated plans: no text cut by a filled neighbour, wrapped
 * formula results inside their planned row height, parameters that cannot be computed say so.
 */
import { MISSIONS } from "../../src/domain";
import { PARAMETRES_NAMES, SheetPlan, WorkbookPlan, colIndex, colLetter, heightForTexts, planWorkbook, wrappedLines } from "../../src/sheets";
import { EvaluatedWorkbook, evaluatePlan } from "../support/evaluatePlan";
import { POPULATION_FOR, SELECTIONS, choicesFor } from "./fixtures";

/** Characters that fit one line of a column, as the writers estimate (one per width unit, bold narrower). */
const capacity = (width: number, bold: boolean): number => width * (bold ? 0.92 : 1);
const BOLD_ROLES = new Set(["title", "subtitle", "header", "total", "flag", "warning"]);

function shownText(wb: EvaluatedWorkbook, sheet: SheetPlan, row: number, col: number): string | undefined {
  const cell = sheet.rows[row - 1].cells[col];
  if (!cell) return undefined;
  if (cell.formula === undefined) return typeof cell.value === "string" ? cell.value : undefined;
  const v = wb.getCell(sheet.key, `${colLetter(col)}${row}`);
  return typeof v === "string" ? v : undefined;
}

/** Problems a reader would meet: cut texts and wrapped formula results taller than their row. */
function readabilityProblems(plan: WorkbookPlan): string[] {
  const wb = evaluatePlan(plan);
  const problems: string[] = [];
  for (const sheet of plan.sheets) {
    sheet.rows.forEach((rowPlan, i) => {
      const row = i + 1;
      rowPlan.cells.forEach((cell, col) => {
        const text = shownText(wb, sheet, row, col);
        if (!cell || !text) return;
        const width = sheet.columns[col].width;
        const bold = cell.bold ?? BOLD_ROLES.has(cell.role ?? "");
        const where = `${sheet.name}!${colLetter(col)}${row} « ${text} »`;
        if (!cell.wrap) {
          // A text wider than its column runs over the next cell only while that cell is empty.
          const next = rowPlan.cells[col + 1];
          const nextFilled = next !== undefined && (next.formula !== undefined || (next.value !== null && next.value !== undefined));
          if (nextFilled && text.length > capacity(width, bold)) problems.push(`cut: ${where}`);
        } else if (cell.formula !== undefined && wrappedLines(text, capacity(width, bold)) > 1) {
          const needed = heightForTexts([{ text, width, bold }]);
          if ((rowPlan.height ?? 0) < needed) problems.push(`row too short (${rowPlan.height ?? "auto"} < ${needed}): ${where}`);
        }
      });
    });
  }
  wb.destroy();
  return problems;
}

describe("every sheet reads without cut texts", () => {
  test.each(SELECTIONS.map((s) => [s.label, s] as const))("%s", (_label, s) => {
    expect(readabilityProblems(planWorkbook(choicesFor({ missions: s.missions, snp: s.snp })))).toEqual([]);
  });

  test("with every control in its alarming state (taille 4, a socle dropped, commissaire aux comptes required)", () => {
    const plan = planWorkbook(choicesFor({ population: POPULATION_FOR[4], missions: ["acces", "parcours", "qualite"], snp: true }));
    expect(readabilityProblems(plan)).toEqual([]);
  });
});

describe("every number shown has a number format (euros, dates, rates, counts)", () => {
  test.each(SELECTIONS.map((s) => [s.label, s] as const))("%s", (_label, s) => {
    const plan = planWorkbook(choicesFor({ missions: s.missions, snp: s.snp, tailleOverride: 3 }));
    const wb = evaluatePlan(plan);
    const unformatted: string[] = [];
    for (const sheet of plan.sheets) {
      sheet.rows.forEach((row, i) =>
        row.cells.forEach((cell, col) => {
          if (!cell || cell.format) return;
          const address = `${colLetter(col)}${i + 1}`;
          const value = cell.formula !== undefined ? wb.getCell(sheet.key, address) : cell.value;
          if (typeof value === "number") unformatted.push(`${sheet.name}!${address} = ${value}`);
        }),
      );
    }
    wb.destroy();
    expect(unformatted).toEqual([]);
  });
});

describe("Paramètres without a population nor a forced taille", () => {
  const plan = planWorkbook(choicesFor({ population: null, tailleOverride: null }));
  const parametres = plan.sheets.find((s) => s.key === "parametres")!;
  const taille = PARAMETRES_NAMES.CPTS_Taille.replace(/\$/g, "");
  const tailleRow = Number(taille.replace(/^[A-Z]+/, ""));
  const alert = `E${tailleRow}`;

  test("the taille is an error, not a silent taille 1, and says in French what to type", () => {
    const wb = evaluatePlan(plan);
    try {
      expect(typeof wb.getNamed("CPTS_Taille")).not.toBe("number");
      expect(typeof wb.getNamed("CPTS_TotalACI")).not.toBe("number");
      expect(wb.getCell("parametres", alert)).toBe("Population ou taille à saisir");
      const warning = parametres.conditionalFormats.find((cf) => cf.range.startsWith(taille))!;
      expect(wb.evaluateCondition("parametres", warning.formula, taille, taille)).toBe(true);
      // Typing a population (seed 004: 95 000 inhabitants is taille 3) clears the alert.
      wb.setCell("parametres", PARAMETRES_NAMES.CPTS_Population.replace(/\$/g, ""), 95_000);
      expect(wb.getNamed("CPTS_Taille")).toBe(3);
      expect(wb.getCell("parametres", alert)).toBe("");
      expect(wb.evaluateCondition("parametres", warning.formula, taille, taille)).toBe(false);
    } finally {
      wb.destroy();
    }
  });

  test("a forced taille alone is enough", () => {
    const wb = evaluatePlan(planWorkbook(choicesFor({ population: null, tailleOverride: 2 })));
    expect(wb.getNamed("CPTS_Taille")).toBe(2);
    expect(wb.getCell("parametres", alert)).toBe("");
    expect(wb.errors()).toEqual([]);
    wb.destroy();
  });
});

describe("Paramètres layout", () => {
  test("the missions table's columns are sized for the table, not for the help texts", () => {
    const sheet = planWorkbook(choicesFor()).sheets.find((s) => s.key === "parametres")!;
    const table = sheet.tables.find((t) => t.name === "CPTS_Missions")!;
    const [from, to] = table.range.split(":").map((a) => a.replace(/\d+$/, ""));
    const header = sheet.rows.findIndex((r) => r.key === "param:missions:entetes");
    const first = sheet.rows.findIndex((r) => r.key === `param:mission:${MISSIONS[0].key}`);
    for (let c = colIndex(from); c <= colIndex(to); c++) {
      const texts = sheet.rows.slice(first, first + MISSIONS.length).map((r) => r.cells[c]?.value);
      const longest = Math.max(...texts.map((t) => String(t ?? "").length));
      const headerText = String(sheet.rows[header].cells[c]?.value ?? "");
      // Wide enough for its values; the parameter block above shares the columns, hence some slack, but
      // no column as wide as a paragraph of help.
      expect(sheet.columns[c].width).toBeGreaterThanOrEqual(longest);
      expect(sheet.columns[c].width).toBeLessThanOrEqual(2 * Math.max(longest, headerText.length) + 10);
    }
  });
});
