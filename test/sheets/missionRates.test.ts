/**
 * Each mission's variable volet is paid at its own attainment (the named cell CPTS_Atteinte<Mission>
 * the Indicateurs sheet fills), the global taux d'atteinte while that cell is "": on the Grille ACI,
 * CPTS_TotalACI, the budget's « ACI - Résultat » lines and the Versements, as annualFunding computes it.
 */
import fc from "fast-check";
import { ACI_2019, BudgetBlockKey, MISSIONS, MissionKey, MissionRates, TAILLES, Taille, annualFunding, budgetBlocksFor } from "../../src/domain";
import { PARAMETRES_NAMES, budgetRowKey, gridLineKey, planWorkbook } from "../../src/sheets";
import { missionAttainmentName, missionRateFormula } from "../../src/sheets/missionRates";
import { missionRetainedAddress } from "../../src/sheets/parametres";
import { attainment, missionAttainment } from "../../src/domain/attainment";
import { EvaluatedWorkbook, evaluatePlan } from "../support/evaluatePlan";
import { POPULATION_FOR, choicesFor } from "./fixtures";
import { fill, indicatorBook, measureCol } from "./indicateursBook";

const AMOUNT = 3; // budget column D
const RETAINED_AMOUNT = 9; // Grille column J
const ALL: MissionKey[] = MISSIONS.map((m) => m.key);
const FUNDED = ALL.filter((k) => ACI_2019.lines.some((l) => l.item === k));
const plain = (address: string): string => address.replace(/\$/g, "");

/** Types a value into the cell a workbook name points at (the Indicateurs sheet's attainment, a Paramètres input). */
function setNamed(wb: EvaluatedWorkbook, name: string, value: number | string): void {
  const target = wb.plan.names.find((n) => n.name === name);
  if (!target) throw new Error(`No name ${name}`);
  wb.setCell(target.sheet, plain(target.address), value);
}

const num = (v: unknown): number => {
  if (typeof v !== "number") throw new Error(`Expected a number, got ${JSON.stringify(v)}`);
  return v;
};

describe("missionRateFormula", () => {
  test("reads the mission's name and falls back on the global taux", () => {
    expect(missionAttainmentName("prevention")).toBe("CPTS_AtteintePrevention");
    expect(missionRateFormula("prevention")).toBe("IF(ISNUMBER(CPTS_AtteintePrevention),CPTS_AtteintePrevention,CPTS_TauxAtteinte)");
  });

  test("every mission has its name in the workbook", () => {
    const names = planWorkbook(choicesFor()).names.map((n) => n.name);
    for (const m of MISSIONS) expect(names).toContain(missionAttainmentName(m.key));
  });
});

describe("prévention measured at 40 %, the other missions at the global 80 %", () => {
  const sel = { missions: ["acces", "parcours", "prevention"] as MissionKey[], snp: false };
  let wb: EvaluatedWorkbook;
  beforeEach(() => {
    wb = evaluatePlan(planWorkbook(choicesFor({ population: POPULATION_FOR[3], missions: sel.missions, taux: 0.8 })));
  });
  afterEach(() => wb.destroy());

  const variable = (k: MissionKey): number => num(wb.getByKey("grille", gridLineKey(k, "variable"), RETAINED_AMOUNT));
  const resultat = (block: BudgetBlockKey): number => num(wb.getByKey("budget", budgetRowKey(block, "res:aci_resultat"), AMOUNT));

  test("moves prévention's Grille amount, CPTS_TotalACI, its « ACI - Résultat » and the Versements; the others keep 80 %", () => {
    const contratBefore = num(wb.getNamed("CPTS_TotalContrat"));
    const aciBefore = num(wb.getNamed("CPTS_TotalACI"));
    setNamed(wb, missionAttainmentName("prevention"), 0.4);
    // Seed 004, taille 3: prévention 17 500 € variable; accès 25 000 €, parcours 45 000 € at 80 %.
    expect(variable("prevention")).toBeCloseTo(7_000, 6);
    expect(variable("acces")).toBeCloseTo(20_000, 6);
    expect(variable("parcours")).toBeCloseTo(36_000, 6);
    expect(resultat("prevention")).toBeCloseTo(7_000, 6);
    expect(resultat("1A")).toBeCloseTo(20_000, 6);
    expect(resultat("parcours")).toBeCloseTo(36_000, 6);
    const expected = annualFunding(ACI_2019, 3, sel, 0.8, { rates: { prevention: 0.4 } }).total;
    expect(wb.getNamed("CPTS_TotalACI")).toBeCloseTo(expected, 6);
    expect(aciBefore - expected).toBeCloseTo(17_500 * (0.8 - 0.4), 6);
    // The five contract years follow the year's ACI.
    expect(contratBefore - num(wb.getNamed("CPTS_TotalContrat"))).toBeCloseTo(5 * (aciBefore - expected), 6);
    expect(wb.errors().filter((e) => /Grille|Budget|Versements/.test(e))).toEqual([]);
  });

  test('a measured 0 % pays nothing; "" (nothing measured) restores the global taux', () => {
    const before = num(wb.getNamed("CPTS_TotalACI"));
    setNamed(wb, missionAttainmentName("parcours"), 0);
    expect(variable("parcours")).toBe(0);
    expect(resultat("parcours")).toBe(0);
    setNamed(wb, missionAttainmentName("parcours"), "");
    expect(variable("parcours")).toBeCloseTo(36_000, 6);
    expect(wb.getNamed("CPTS_TotalACI")).toBeCloseTo(before, 6);
  });

  test("the 1A / 1B repartition control compares with accès aux soins paid at its own rate", () => {
    setNamed(wb, missionAttainmentName("acces"), 0.5);
    expect(resultat("1A")).toBeCloseTo(12_500, 6);
    expect(wb.getByKey("budget", "ctrl:repartition", AMOUNT)).toBeCloseTo(0, 6);
  });
});

describe("the workbook equals annualFunding with per-mission rates (fast-check)", () => {
  // One workbook with every mission planned; each run sets taille, retained missions, taux and rates.
  const P = Object.fromEntries(Object.entries(PARAMETRES_NAMES).map(([n, a]) => [n, plain(a)])) as Record<keyof typeof PARAMETRES_NAMES, string>;
  let wb: EvaluatedWorkbook;
  beforeAll(() => {
    wb = evaluatePlan(planWorkbook(choicesFor({ missions: ALL })));
  });
  afterAll(() => wb.destroy());

  // Rates to the hundredth of a percent: what a sheet shows (a denormal double is no attainment).
  const share = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
  const rate = fc.oneof(fc.constant("" as const), share);

  test("CPTS_TotalACI, each Grille variable amount and each « ACI - Résultat »", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TAILLES),
        fc.subarray(ALL),
        share,
        fc.record(Object.fromEntries(ALL.map((k) => [k, rate])) as Record<MissionKey, fc.Arbitrary<number | "">>),
        (t: Taille, missions, taux, typed) => {
          wb.hf.batch(() => {
            wb.setCell("parametres", P.CPTS_Population, POPULATION_FOR[t]);
            wb.setCell("parametres", P.CPTS_TauxAtteinte, taux);
            for (const k of ALL) {
              wb.setCell("parametres", plain(missionRetainedAddress(k)), missions.includes(k) ? "Oui" : "Non");
              setNamed(wb, missionAttainmentName(k), typed[k]);
            }
          });
          const rates: MissionRates = Object.fromEntries(ALL.filter((k) => typed[k] !== "").map((k) => [k, typed[k]]));
          const sel = { missions, snp: false };
          expect(num(wb.getNamed("CPTS_TotalACI"))).toBeCloseTo(annualFunding(ACI_2019, t, sel, taux, { rates }).total, 6);
          for (const k of FUNDED) {
            const contract = ACI_2019.lines.find((l) => l.item === k && l.volet === "variable")!.amounts[t];
            const paid = contract * (rates[k] ?? taux);
            expect(num(wb.getByKey("grille", gridLineKey(k, "variable"), RETAINED_AMOUNT))).toBeCloseTo(missions.includes(k) ? paid : 0, 6);
          }
          for (const block of budgetBlocksFor(ALL)) {
            const share = block.aciVariable[0];
            if (!share || share.item === "fonctionnement") continue;
            const contract = ACI_2019.lines.find((l) => l.item === share.item && l.volet === share.volet)?.amounts[t] ?? 0;
            expect(num(wb.getByKey("budget", budgetRowKey(block.key, "res:aci_resultat"), AMOUNT))).toBeCloseTo(contract * (rates[share.item] ?? taux), 6);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("measures typed on the Indicateurs sheet (end to end)", () => {
  const sel = { missions: ["acces", "parcours", "prevention"] as MissionKey[], snp: false };

  test("prévention's variable amount, its « ACI - Résultat » and CPTS_TotalACI are the domain's, the other missions keep the global taux", () => {
    const book = indicatorBook({ population: POPULATION_FOR[3], missions: sel.missions, taux: 0.8 });
    try {
      // Two financial indicators of prévention (year 1 is the fixtures' followed year): 4 of 10, then 3 of 4.
      const rows = [
        { depart: 0, cible: 10, part: 10_000, m1: 4 },
        { depart: 0, cible: 4, part: 7_500, m1: 3 },
      ];
      book.wb.hf.batch(() => rows.forEach((r, i) => fill(book, `ind:prevention:${i + 1}`, { ...r, financier: "Oui" })));
      const rate = missionAttainment(
        rows.map((r) => {
          const result = attainment(r.depart, r.cible, r.m1);
          return { financier: true, part: r.part, rate: result.ok ? result.rate : undefined };
        }),
      )!;
      expect(rate).toBeCloseTo((10_000 * 0.4 + 7_500 * 0.75) / 17_500, 9);
      expect(book.wb.getNamed(missionAttainmentName("prevention"))).toBeCloseTo(rate, 9);
      const variable = (k: MissionKey): unknown => book.wb.getByKey("grille", gridLineKey(k, "variable"), RETAINED_AMOUNT);
      expect(variable("prevention")).toBeCloseTo(17_500 * rate, 6);
      expect(variable("parcours")).toBeCloseTo(45_000 * 0.8, 6);
      expect(book.wb.getByKey("budget", budgetRowKey("prevention", "res:aci_resultat"), AMOUNT)).toBeCloseTo(17_500 * rate, 6);
      expect(book.wb.getNamed("CPTS_TotalACI")).toBeCloseTo(annualFunding(ACI_2019, 3, sel, 0.8, { rates: { prevention: rate } }).total, 6);
      // A second measure of the year replaces the first: the amount follows.
      book.set("ind:prevention:1", measureCol(1, 2), 10);
      expect(variable("prevention")).toBeCloseTo(10_000 + 7_500 * 0.75, 6);
    } finally {
      book.destroy();
    }
  });
});
