/**
 * The crise mission's complement « si crise reconnue par l'ARS »: a Grille ACI line with no figure (a
 * contract amount the user types), counted in the mission total, its own totals line, CPTS_TotalACI,
 * the budget's crise block and the Versements only when Paramètres says « Oui »; as annualFunding.
 */
import fc from "fast-check";
import { ACI_2019, CRISE_COMPLEMENT_LABEL, MissionKey, annualFunding, paymentSchedule } from "../../src/domain";
import { CarryOver, PARAMETRES_NAMES, budgetRowKey, isUserOwned, parseA1, planWorkbook } from "../../src/sheets";
import { CRISE_COMPLEMENT_KEY, CRISE_COMPLEMENT_TOTAL_KEY } from "../../src/sheets/criseComplement";
import { missionAttainmentName } from "../../src/sheets/missionRates";
import { missionRetainedAddress } from "../../src/sheets/parametres";
import { YEAR_COL } from "../../src/sheets/versements";
import { EvaluatedWorkbook, evaluatePlan } from "../support/evaluatePlan";
import { POPULATION_FOR, SIGNATURE, choicesFor } from "./fixtures";

const CONTRACT = 7; // Grille column H
const RETAINED = 8; // Grille column I
const AMOUNT = 9; // Grille column J
const BUDGET_AMOUNT = 3; // budget column D
const plain = (address: string): string => address.replace(/\$/g, "");
const RECONNUE = plain(PARAMETRES_NAMES.CPTS_CriseReconnue);
const COMPLEMENT = 67_500;
const SEL = { missions: ["acces", "parcours", "prevention", "crise"] as MissionKey[], snp: false };

const num = (v: unknown): number => {
  if (typeof v !== "number") throw new Error(`Expected a number, got ${JSON.stringify(v)}`);
  return v;
};

function open(): EvaluatedWorkbook {
  return evaluatePlan(planWorkbook(choicesFor({ population: POPULATION_FOR[3], missions: SEL.missions })));
}

const typeComplement = (wb: EvaluatedWorkbook, amount: number | string): void => wb.setCell("grille", `H${wb.rowOf("grille", CRISE_COMPLEMENT_KEY)}`, amount);

test("the line sits in the crise block, with no figure in any taille and a blank contract amount (no source gives one)", () => {
  const plan = planWorkbook(choicesFor({ missions: SEL.missions }));
  const grille = plan.sheets.find((s) => s.key === "grille")!;
  const keys = grille.rows.map((r) => r.key);
  const at = keys.indexOf(CRISE_COMPLEMENT_KEY);
  expect(keys.slice(at - 2, at + 2)).toEqual(["grid:crise:fixe", "grid:crise:variable", CRISE_COMPLEMENT_KEY, "grid:crise:total"]);
  const row = grille.rows[at];
  expect(row.cells[1]?.value).toBe(CRISE_COMPLEMENT_LABEL);
  expect(row.cells.slice(3, CONTRACT + 1).map((c) => c?.value ?? null)).toEqual([null, null, null, null, null]);
  expect(row.cells[CONTRACT]?.role).toBe("input");
  expect(keys).toContain(CRISE_COMPLEMENT_TOTAL_KEY);
});

describe("a contract with a 67 500 € complement", () => {
  let wb: EvaluatedWorkbook;
  beforeEach(() => {
    wb = open();
    typeComplement(wb, COMPLEMENT);
  });
  afterEach(() => wb.destroy());

  const budgetCrise = (): number => num(wb.getByKey("budget", budgetRowKey("crise", "res:aci_fixe"), BUDGET_AMOUNT));

  test("« Non » (the default): typed but not counted anywhere", () => {
    expect(wb.getByKey("grille", CRISE_COMPLEMENT_KEY, RETAINED)).toBe("Non");
    expect(wb.getByKey("grille", CRISE_COMPLEMENT_KEY, AMOUNT)).toBe(0);
    expect(wb.getByKey("grille", CRISE_COMPLEMENT_TOTAL_KEY, AMOUNT)).toBe(0);
    expect(wb.getNamed("CPTS_TotalACI")).toBe(annualFunding(ACI_2019, 3, SEL, 1).total);
    expect(budgetCrise()).toBe(0);
  });

  test("« Oui »: the mission total, the totals line, CPTS_TotalACI, the budget's crise block and the Versements follow", () => {
    const aci = num(wb.getNamed("CPTS_TotalACI"));
    const contrat = num(wb.getNamed("CPTS_TotalContrat"));
    const fixe = num(wb.getByKey("grille", "grid:totaux:fixe", AMOUNT));
    wb.setCell("parametres", RECONNUE, "Oui");
    expect(wb.getByKey("grille", CRISE_COMPLEMENT_KEY, RETAINED)).toBe("Oui");
    expect(wb.getByKey("grille", CRISE_COMPLEMENT_KEY, AMOUNT)).toBe(67_500);
    expect(wb.getByKey("grille", "grid:crise:total", AMOUNT)).toBe(67_500);
    expect(wb.getByKey("grille", CRISE_COMPLEMENT_TOTAL_KEY, AMOUNT)).toBe(67_500);
    // Not a fixed volet: the advance on the « enveloppe fixe » does not anticipate it.
    expect(wb.getByKey("grille", "grid:totaux:fixe", AMOUNT)).toBe(fixe);
    expect(wb.getNamed("CPTS_TotalACI")).toBe(aci + 67_500);
    expect(wb.getNamed("CPTS_TotalACI")).toBe(annualFunding(ACI_2019, 3, SEL, 1, { criseComplement: { amount: 67_500, reconnue: true } }).total);
    expect(budgetCrise()).toBe(67_500);
    expect(wb.getNamed("CPTS_TotalContrat")).toBe(contrat + 5 * 67_500);
    expect(wb.errors().filter((e) => /Grille|Budget|Versements/.test(e))).toEqual([]);
  });

  test("« Oui » with the crise mission not retained: nothing", () => {
    wb.setCell("parametres", RECONNUE, "Oui");
    wb.setCell("parametres", plain(missionRetainedAddress("crise")), "Non");
    expect(wb.getByKey("grille", CRISE_COMPLEMENT_KEY, RETAINED)).toBe("Non");
    expect(wb.getByKey("grille", CRISE_COMPLEMENT_TOTAL_KEY, AMOUNT)).toBe(0);
    expect(wb.getNamed("CPTS_TotalACI")).toBe(annualFunding(ACI_2019, 3, { missions: ["acces", "parcours", "prevention"], snp: false }).total);
  });

  test("a text typed as the amount pays nothing, never an error in the budget", () => {
    wb.setCell("parametres", RECONNUE, "Oui");
    typeComplement(wb, "à négocier");
    expect(wb.getByKey("grille", CRISE_COMPLEMENT_KEY, AMOUNT)).toBe(0);
    expect(budgetCrise()).toBe(0);
    expect(wb.getNamed("CPTS_TotalACI")).toBe(annualFunding(ACI_2019, 3, SEL, 1).total);
  });
});

test("random amounts, recognition and retention: CPTS_TotalACI equals annualFunding (fast-check)", () => {
  const wb = open();
  try {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500_000 }), fc.boolean(), fc.boolean(), (amount, reconnue, retained) => {
        wb.hf.batch(() => {
          typeComplement(wb, amount);
          wb.setCell("parametres", RECONNUE, reconnue ? "Oui" : "Non");
          wb.setCell("parametres", plain(missionRetainedAddress("crise")), retained ? "Oui" : "Non");
        });
        const sel = { missions: SEL.missions.filter((k) => retained || k !== "crise"), snp: false };
        const funding = annualFunding(ACI_2019, 3, sel, 1, { criseComplement: { amount, reconnue } });
        expect(wb.getNamed("CPTS_TotalACI")).toBe(funding.total);
        expect(wb.getByKey("grille", CRISE_COMPLEMENT_TOTAL_KEY, AMOUNT)).toBe(funding.complement);
      }),
      { numRuns: 60 },
    );
  } finally {
    wb.destroy();
  }
});

test("regeneration keeps the typed amount and « Oui », other missions and taille changed", () => {
  const plan = planWorkbook(choicesFor({ population: POPULATION_FOR[3], missions: SEL.missions }));
  // What a reader finds: every user-owned cell, with the complement's amount and « Oui » typed.
  const carry: CarryOver = {};
  for (const sheet of plan.sheets) {
    const cells: Record<string, Record<number, number | string | null>> = {};
    for (const row of sheet.rows) {
      if (!row.key) continue;
      row.cells.forEach((c, col) => {
        if (c && isUserOwned(c)) (cells[row.key] ??= {})[col] = (c.formula ?? c.value ?? null) as number | string | null;
      });
    }
    carry[sheet.key] = { cells, addedRows: [] };
  }
  carry.grille!.cells[CRISE_COMPLEMENT_KEY] = { ...carry.grille!.cells[CRISE_COMPLEMENT_KEY], [CONTRACT]: 67_500 };
  const at = parseA1(RECONNUE);
  const reconnueRow = plan.sheets.find((s) => s.key === "parametres")!.rows[at.row - 1];
  carry.parametres!.cells[reconnueRow.key] = { ...carry.parametres!.cells[reconnueRow.key], [at.col]: "Oui" };
  const missions: MissionKey[] = ["parcours", "crise", "qualite"];
  const wb = evaluatePlan(planWorkbook(choicesFor({ population: POPULATION_FOR[4], missions }), carry));
  try {
    expect(wb.getByKey("grille", CRISE_COMPLEMENT_KEY, CONTRACT)).toBe(67_500);
    expect(wb.getNamed("CPTS_CriseReconnue")).toBe("Oui");
    expect(wb.getNamed("CPTS_TotalACI")).toBe(
      annualFunding(ACI_2019, 4, { missions, snp: false }, 1, { criseComplement: { amount: 67_500, reconnue: true } }).total,
    );
  } finally {
    wb.destroy();
  }
});

test("the Versements are the domain's schedule: the complement and a measured attainment reach the balance, not the advance on the enveloppe fixe", () => {
  const wb = open();
  try {
    const name = wb.plan.names.find((n) => n.name === missionAttainmentName("prevention"))!;
    wb.hf.batch(() => {
      typeComplement(wb, COMPLEMENT);
      wb.setCell("parametres", RECONNUE, "Oui");
      wb.setCell(name.sheet, plain(name.address), 0.4);
    });
    const f = annualFunding(ACI_2019, 3, SEL, 1, { rates: { prevention: 0.4 }, criseComplement: { amount: COMPLEMENT, reconnue: true } });
    const schedule = paymentSchedule(SIGNATURE, f.fonctionnement, { fixed: f.fixe + f.supplementaire, variable: f.variable, complement: f.complement });
    for (const y of schedule) {
      expect(wb.getByKey("versements", `pay:annee:${y.year}`, YEAR_COL.advance)).toBeCloseTo(y.advance, 6);
      expect(wb.getByKey("versements", `pay:annee:${y.year}`, YEAR_COL.balance)).toBeCloseTo(y.balance, 6);
    }
    // Taille 3 socles: the advance is 75 % of 102 500 € whatever the complement and the measures.
    expect(schedule[0].advance).toBe(76_875);
    expect(schedule[0].balance).toBeCloseTo(0.25 * 102_500 + 25_000 + 45_000 + 0.4 * 17_500 + COMPLEMENT, 6);
  } finally {
    wb.destroy();
  }
});
