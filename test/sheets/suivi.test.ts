import { edate } from "../../src/domain";
import { FOLLOW_UP } from "../../src/domain/followUp";
import { planWorkbook } from "../../src/sheets";
import { a1 } from "../../src/sheets/addresses";
import { budgetRowKey } from "../../src/sheets/budget";
import type { CarryOver, WorkbookPlan } from "../../src/sheets/plan";
import { SUIVI_COL } from "../../src/sheets/suiviBlocks";
import { evaluatePlan } from "../support/evaluatePlan";
import { DATE_REFERENCE, SIGNATURE, choicesFor } from "./fixtures";
import { expected, expectRowMatches, setDateReference, typePrevu, typeRealise } from "./suiviBook";

const SALAIRES = "suivi:fonctionnement:dep:salaires";
const sheetOf = (plan: WorkbookPlan) => plan.sheets.find((s) => s.key === "suivi")!;

describe("Suivi budgétaire: the budget's lines, followed month by month", () => {
  const plan = planWorkbook(choicesFor());
  const book = evaluatePlan(plan);
  afterAll(() => book.destroy());

  it("follows every dépenses line of every counted budget block, and heads the months with the real months", () => {
    const budgetKeys = sheetOf(plan)
      .rows.map((r) => r.key)
      .filter((k) => /^suivi:[^:]+:dep:[^:]+$/.test(k));
    const budget = plan.sheets.find((s) => s.key === "budget")!;
    const expectedKeys = budget.rows
      .map((r) => r.key)
      .filter((k) => /^budget:[^:]+:dep:/.test(k))
      .map((k) => k.replace(/^budget:/, "suivi:"));
    expect(budgetKeys).toEqual(expectedKeys);
    const header = book.rowOf("suivi", "suivi:entetes");
    expect(book.getCell("suivi", a1(SUIVI_COL.firstMonth, header))).toBe(SIGNATURE);
    expect(book.getCell("suivi", a1(SUIVI_COL.firstMonth + 13, header))).toBe(edate(SIGNATURE, 13));
    expect(book.getByKey("suivi", "suivi:ecoules", SUIVI_COL.prevu)).toBe(9); // 15/03/2024 → 10/01/2025
    expect(book.errors().filter((e) => e.startsWith("Suivi"))).toEqual([]);
  });

  it("moves cumul, projection and verdict as the treasurer types the réalisé", () => {
    typePrevu(book, budgetRowKey("fonctionnement", "dep:salaires"), 10_000);
    for (let m = 1; m <= 9; m++) typeRealise(book, SALAIRES, 1, m, 500);
    const total = "suivi:fonctionnement:total";
    expect(book.getByKey("suivi", total, SUIVI_COL.verdict)).toBe("Consommé à 45 %");
    expect(book.getByKey("suivi", total, SUIVI_COL.projection)).toBe(6_000);
    typeRealise(book, SALAIRES, 1, 10, 3_000); // the month under way: spent, not a pace
    expect(book.getByKey("suivi", total, SUIVI_COL.projection)).toBe(7_500 + 500 * 3);
    typeRealise(book, SALAIRES, 1, 10, null);
    for (let m = 1; m <= 9; m++) typeRealise(book, SALAIRES, 1, m, 1_000);
    expect(book.getByKey("suivi", total, SUIVI_COL.verdict)).toBe("Dépassement projeté de 2 000 €"); // 9 000 + 1 000 × 3
    typeRealise(book, SALAIRES, 1, 10, 3_000);
    typeRealise(book, SALAIRES, 1, 11, 300);
    expect(book.getByKey("suivi", total, SUIVI_COL.verdict)).toBe("Dépassement de 2 300 €");
    expect(book.getByKey("suivi", "suivi:synth:fonctionnement", SUIVI_COL.verdict)).toBe("Dépassement de 2 300 €");
    expectRowMatches(book, SALAIRES, expected(book, [SALAIRES], 1, SIGNATURE, DATE_REFERENCE), false);
    // The conditional format shows exactly the problem verdicts.
    const row = book.rowOf("suivi", total);
    const cf = sheetOf(plan).conditionalFormats.find(
      (c) => c.range === `${a1(SUIVI_COL.verdict, row)}:${a1(SUIVI_COL.verdict, row)}` || c.range === a1(SUIVI_COL.verdict, row),
    )!;
    expect(book.evaluateCondition("suivi", cf.formula, a1(SUIVI_COL.verdict, row), a1(SUIVI_COL.verdict, row))).toBe(true);
  });

  it("keeps every year's réalisé when the followed year changes, and reads the followed year's columns", () => {
    typeRealise(book, SALAIRES, 2, 1, 700);
    setDateReference(book, edate(SIGNATURE, 12) + 20, null); // year 2, no month closed
    expect(book.getByKey("suivi", "suivi:ecoules", SUIVI_COL.prevu)).toBe(0);
    expect(book.getByKey("suivi", SALAIRES, SUIVI_COL.cumul)).toBe(700);
    expect(book.getByKey("suivi", SALAIRES, SUIVI_COL.projection)).toBe(700);
    // The multi-year synthesis still shows year 1.
    expect(book.getByKey("suivi", "suivi:pluri:fonctionnement", 3)).toBe(12_300);
    expect(book.getByKey("suivi", "suivi:pluri:fonctionnement", 4)).toBe(700);
    setDateReference(book, null, 1);
    expect(book.getByKey("suivi", SALAIRES, SUIVI_COL.cumul)).toBe(12_300);
    setDateReference(book, DATE_REFERENCE, null);
  });

  it("gives the Trésorerie the followed year's réalisé and entry count per month", () => {
    const { anchors } = planSuiviAnchors();
    expect(book.getCell("suivi", anchors.monthRealise(1).replace(/\$/g, ""))).toBe(1_000);
    expect(book.getCell("suivi", anchors.monthEntries(1).replace(/\$/g, ""))).toBe(1);
    expect(book.getCell("suivi", anchors.monthEntries(2).replace(/\$/g, ""))).toBe(1);
    typeRealise(book, "suivi:parcours:dep:materiel", 1, 2, 250);
    expect(book.getCell("suivi", anchors.monthRealise(2).replace(/\$/g, ""))).toBe(1_250);
    expect(book.getCell("suivi", anchors.monthEntries(2).replace(/\$/g, ""))).toBe(2);
    expect(book.getCell("suivi", anchors.prevuAnnual.replace(/\$/g, ""))).toBe(book.getNamed("CPTS_TotalDepenses"));
    expect(() => anchors.monthRealise(13)).toThrow();
  });

  it("lists a control per counted block and its consumption in the pane's summary", () => {
    const controls = plan.controls!.filter((c) => c.kind === "suivi");
    const summaries = plan.summaries!.filter((s) => s.section === "suivi" && s.sheet === "suivi");
    const counted = sheetOf(plan).rows.filter((r) => /^suivi:synth:(?!titre|entetes|total)/.test(r.key));
    expect(controls).toHaveLength(counted.length);
    expect(controls.every((c) => c.problemPrefix === FOLLOW_UP.problemPrefix && c.sheet === "suivi")).toBe(true);
    expect(book.getCell("suivi", controls[0].address)).toBe("Dépassement de 2 300 €");
    expect(summaries).toHaveLength(counted.length + 1);
    expect(summaries.every((s) => s.format === "percent")).toBe(true);
  });

  function planSuiviAnchors() {
    // The anchors the workbook hands the Trésorerie are the planner's: same choices, same plan.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { planSuivi } = require("../../src/sheets/suivi") as typeof import("../../src/sheets/suivi");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { planBudget } = require("../../src/sheets/budget") as typeof import("../../src/sheets/budget");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { planGrille } = require("../../src/sheets/grille") as typeof import("../../src/sheets/grille");
    const grille = planGrille(choicesFor());
    return planSuivi(choicesFor(), planBudget(choicesFor(), grille.anchors).blocks);
  }
});

describe("Suivi budgétaire: the user's lines and kept blocks", () => {
  const carry: CarryOver = {
    budget: { cells: {}, addedRows: [{ after: budgetRowKey("fonctionnement", "dep:salaires"), values: { 1: "Loyer", 3: 6_000 } }] },
    suivi: {
      cells: {
        "suivi:fonctionnement:dep:salaires:ajout:1": { 9: 500, 10: 500 },
        "suivi:qualite:dep:salaires": { 11: 900 },
      },
      addedRows: [],
    },
  };
  const plan = planWorkbook(choicesFor({ missions: ["acces", "parcours", "prevention"] }), carry);
  const book = evaluatePlan(plan, { addIn: false });
  afterAll(() => book.destroy());

  it("follows a line the user added to the budget, under its own key", () => {
    const key = "suivi:fonctionnement:dep:salaires:ajout:1";
    expect(book.rowOf("suivi", key)).toBe(book.rowOf("suivi", SALAIRES) + 1);
    expect(book.getByKey("suivi", key, SUIVI_COL.label)).toBe("Loyer");
    expect(book.getByKey("suivi", key, SUIVI_COL.prevu)).toBe(6_000);
    expectRowMatches(book, key, expected(book, [key], 1, SIGNATURE, DATE_REFERENCE), false);
    expect(book.getByKey("suivi", "suivi:fonctionnement:total", SUIVI_COL.cumul)).toBe(1_000);
    expect(book.getByKey("suivi", "suivi:fonctionnement:total", SUIVI_COL.verdict)).toBe("Consommé à 17 %");
  });

  it("keeps a block the missions no longer count when it holds actuals, out of the totals and controls", () => {
    expect(book.getByKey("suivi", "suivi:qualite:total", SUIVI_COL.cumul)).toBe(900);
    expect(plan.controls!.some((c) => c.kind === "suivi" && c.subject.includes("qualité"))).toBe(false);
    expect(() => book.rowOf("suivi", "suivi:synth:qualite")).toThrow();
    expect(() => book.rowOf("suivi", "suivi:accompagnement:titre")).toThrow();
    expect(book.getByKey("suivi", "suivi:synth:total", SUIVI_COL.cumul)).toBe(1_000);
  });
});
