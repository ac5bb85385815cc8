/**
 * Data-safe regeneration: every cell the user owns is filled with a distinct value,
 * the workbook is regenerated after a change, and every value is found again in its row, every
 * added row is there, and every named total equals the plan's evaluation with that user data.
 */
import { generateWorkbook } from "../../src/excel/generate";
import { SHEET_KEYS, SHEET_NAMES, SheetKey, WorkbookChoices } from "../../src/sheets/plan";
import { planWorkbook } from "../../src/sheets/workbook";
import type { WorkbookDouble } from "../double";
import { evaluatePlan } from "../support/evaluatePlan";
import { POPULATION_FOR, SIGNATURE, TODAY, TOTAL_NAMES, choicesFor, newWorkbook } from "./fixtures";
import { Typed, addUserRow, rowsByKey, expectedCarryOver, fillUserCells, keylessRows, missingAddedRows, missingUserCells } from "./userData";

const PLAN_NAMES = { ...SHEET_NAMES } as Record<SheetKey, string>;

interface Scenario {
  label: string;
  before: WorkbookChoices;
  after: WorkbookChoices;
  /** What the user does between the two generations, besides filling every user cell. */
  meanwhile?: (double: WorkbookDouble, names: Record<SheetKey, string>, typed: Typed) => Record<SheetKey, string>;
  /** A sheet the user had before the first generation. */
  foreign?: { name: string; content: (string | number)[][] };
}

function expectTotals(double: WorkbookDouble, after: WorkbookChoices, typed: Typed): void {
  const expected = evaluatePlan(planWorkbook(after, expectedCarryOver(typed)), { today: TODAY });
  for (const name of TOTAL_NAMES) expect([name, double.nameValue(name)]).toEqual([name, expected.getNamed(name)]);
  expected.destroy();
}

async function runScenario(s: Scenario): Promise<{ double: WorkbookDouble; names: Record<SheetKey, string>; typed: Typed }> {
  const double = newWorkbook();
  if (s.foreign) {
    double.addSheet(s.foreign.name);
    double.type(s.foreign.name, "A1", s.foreign.content);
  }
  const first = await generateWorkbook(s.before, {}, double.run);
  let names = Object.fromEntries(first.sheets.map((x) => [x.key, x.name])) as Record<SheetKey, string>;
  const typed = fillUserCells(double, planWorkbook(s.before), names, [...SHEET_KEYS]);
  if (s.meanwhile) names = s.meanwhile(double, names, typed);
  const second = await generateWorkbook(s.after, {}, double.run);
  expect(second.sheets.map((x) => [x.key, x.name])).toEqual(SHEET_KEYS.map((k) => [k, names[k]]));
  expect(missingUserCells(double, names, typed)).toEqual([]);
  expect(missingAddedRows(double, names, typed)).toEqual([]);
  expectTotals(double, s.after, typed);
  return { double, names, typed };
}

describe("regeneration keeps every user value and every total right", () => {
  it("taille 2 → 4", async () => {
    const { double } = await runScenario({
      label: "taille",
      before: choicesFor({ population: POPULATION_FOR[2] }),
      after: choicesFor({ population: POPULATION_FOR[4] }),
    });
    expect(double.nameValue("CPTS_Taille")).toBe(4);
  });

  it("adding a mission (qualité et pertinence)", async () => {
    await runScenario({ label: "ajout", before: choicesFor(), after: choicesFor({ missions: ["acces", "parcours", "prevention", "qualite"] }) });
  });

  it("dropping a mission (prévention): its filled rows stay, marked, out of the totals", async () => {
    const { double, names, typed } = await runScenario({
      label: "retrait",
      before: choicesFor(),
      after: choicesFor({ missions: ["acces", "parcours"] }),
    });
    // The budget's total expenses count the retained blocks only (fonctionnement, 1A, 1B, parcours):
    // computed here from what was typed, not read from the plan.
    const counted = ["fonctionnement", "1A", "1B", "parcours"];
    const typedDepenses = Object.entries(typed.cells.budget ?? {})
      .filter(([key]) => counted.some((b) => key.startsWith(`budget:${b}:dep:`)))
      .reduce((sum, [, cols]) => sum + Object.values(cols).reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0), 0);
    expect(typedDepenses).toBeGreaterThan(0);
    expect(double.nameValue("CPTS_TotalDepenses")).toBe(typedDepenses);
    expect(JSON.stringify(double.formulas(names.budget, "A1:F400"))).toContain("budget:prevention:titre");
  });

  it("changing the signature date", async () => {
    const { double, names } = await runScenario({ label: "signature", before: choicesFor(), after: choicesFor({ signature: SIGNATURE + 200 }) });
    expect(double.value(names.parametres, "C7")).toBe(SIGNATURE + 200);
  });

  it("a sheet renamed by the user keeps its name, and formulas follow it", async () => {
    const { double } = await runScenario({
      label: "renommage",
      before: choicesFor(),
      after: choicesFor({ missions: ["acces", "parcours", "prevention", "accompagnement"] }),
      meanwhile: (d, names) => {
        d.renameSheet(names.grille, "Ma grille 2019");
        d.renameSheet(names.budget, "Budget 2025");
        return { ...names, grille: "Ma grille 2019", budget: "Budget 2025" };
      },
    });
    expect(double.sheetNames()).not.toContain(PLAN_NAMES.budget);
    expect(double.sheetNames()).not.toContain(PLAN_NAMES.grille);
  });

  it("rows the user added (roadmap actions, budget lines) come back after their row, once", async () => {
    const { double, names, typed } = await runScenario({
      label: "lignes ajoutées",
      before: choicesFor(),
      after: choicesFor({ missions: ["acces", "parcours", "prevention", "qualite"] }),
      meanwhile: (d, n, t) => {
        addUserRow(
          d,
          n.fdrOperationnelle,
          "op:acces:1",
          { 3: "Ouvrir une consultation de soins non programmés le samedi", 6: "Dr Martin", 8: 4500, 10: "En cours" },
          t,
          "fdrOperationnelle",
        );
        addUserRow(d, n.fdrOperationnelle, "op:parcours:2", { 3: "Réunions de concertation mensuelles", 11: "=8*12" }, t, "fdrOperationnelle");
        addUserRow(d, n.budget, "budget:parcours:dep:materiel", { 1: "Location de salle", 3: 2400 }, t, "budget");
        addUserRow(d, n.fdrElaboration, "elab:emergence-besoins", { 3: "Enquête auprès des pharmaciens" }, t, "fdrElaboration");
        return n;
      },
    });
    expect(keylessRows(double, names.fdrOperationnelle)).toBe(2);
    // A third generation changes nothing more: no duplicated rows, the same values.
    await generateWorkbook(choicesFor({ missions: ["acces", "parcours", "prevention", "qualite"] }), {}, double.run);
    expect(keylessRows(double, names.fdrOperationnelle)).toBe(2);
    expect(keylessRows(double, names.budget)).toBe(1);
    expect(missingUserCells(double, names, typed)).toEqual([]);
    expect(missingAddedRows(double, names, typed)).toEqual([]);
  });

  it("a formula the user typed follows its rows when a mission block is inserted above them", async () => {
    const double = newWorkbook();
    const budget = "Budget prévisionnel";
    await generateWorkbook(choicesFor({ missions: ["parcours"] }), {}, double.run);
    const before = rowsByKey(double, budget);
    const indemnites = before.get("budget:parcours:dep:indemnites")!;
    const salaires = before.get("budget:parcours:dep:salaires")!;
    double.type(budget, `D${indemnites}`, 1500);
    double.type(budget, `D${salaires}`, `=D${indemnites}*2`);
    // Accès aux soins comes before parcours: blocks 1A and 1B are inserted above it.
    await generateWorkbook(choicesFor({ missions: ["acces", "parcours"] }), {}, double.run);
    const after = rowsByKey(double, budget);
    expect(after.get("budget:parcours:dep:salaires")!).toBeGreaterThan(salaires);
    expect(double.formula(budget, `D${after.get("budget:parcours:dep:salaires")}`)).toBe(`=D${after.get("budget:parcours:dep:indemnites")}*2`);
    expect(double.value(budget, `D${after.get("budget:parcours:dep:salaires")}`)).toBe(3000);
  });

  it("a foreign sheet named « Budget prévisionnel » is never touched: ours becomes « Budget prévisionnel (2) »", async () => {
    const content = [
      ["Mon budget à moi", 12],
      ["ne pas toucher", 34],
    ];
    const { double, names } = await runScenario({
      label: "feuille étrangère",
      before: choicesFor(),
      after: choicesFor({ population: POPULATION_FOR[1] }),
      foreign: { name: "Budget prévisionnel", content },
    });
    expect(names.budget).toBe("Budget prévisionnel (2)");
    expect(double.formulas("Budget prévisionnel", "A1:B2")).toEqual(content);
    expect(double.usedRange("Budget prévisionnel")).toBe("A1:B2");
  });
});
