/**
 * annualFunding: fonctionnement + fixed volets + variable × each mission's attainment (else the global
 * taux) (+ volet supplémentaire SNP, + the crise complement when the crisis is recognised), seed 004 figures, taille 3.
 */
import fc from "fast-check";
import { ACI_2019, MISSIONS, MissionKey, MissionRates, TAILLES, annualFunding, isVariable, maxFunding, maxFundingWithSupplement } from "../../src/domain";

// Seed 004, taille 3: fonctionnement 75 000; accès 25 000 fixe + 25 000 variable + 15 000 compensation, supplémentaire 55 000;
// parcours 45 000 + 45 000; prévention 17 500 + 17 500; qualité 15 000 + 15 000; accompagnement 10 000 + 10 000.
const SOCLES = ["acces", "parcours", "prevention"] as const;

describe("annualFunding (taille 3)", () => {
  test("taux 1: 75 000 + 65 000 + 90 000 + 35 000 = 265 000 €", () => {
    const f = annualFunding(ACI_2019, 3, { missions: [...SOCLES], snp: false }, 1);
    expect(f).toEqual({ fonctionnement: 75_000, fixe: 102_500, variable: 87_500, supplementaire: 0, complement: 0, total: 265_000, unfunded: [] });
  });

  test("taux 0 (fixed parts only): 75 000 + 25 000 + 15 000 + 45 000 + 17 500 = 177 500 €", () => {
    const f = annualFunding(ACI_2019, 3, { missions: [...SOCLES], snp: false }, 0);
    expect(f.variable).toBe(0);
    expect(f.total).toBe(177_500);
  });

  test("taux 0.8 scales only the variable volets: 177 500 + 0.8 × 87 500 = 247 500 €", () => {
    const f = annualFunding(ACI_2019, 3, { missions: [...SOCLES], snp: false }, 0.8);
    expect(f.fixe).toBe(102_500);
    expect(f.variable).toBeCloseTo(70_000, 6);
    expect(f.total).toBeCloseTo(247_500, 6);
  });

  test("taux defaults to 100 % (seed 001: « pour un taux d'atteinte des résultats de 100 % »)", () => {
    expect(annualFunding(ACI_2019, 3, { missions: [...SOCLES], snp: false }).total).toBe(265_000);
  });

  test("volet supplémentaire SNP with accès aux soins adds 55 000 €, not scaled by the taux", () => {
    const f = annualFunding(ACI_2019, 3, { missions: [...SOCLES], snp: true }, 0);
    expect(f.supplementaire).toBe(55_000);
    expect(f.total).toBe(177_500 + 55_000);
  });

  test("volet supplémentaire without accès aux soins adds nothing", () => {
    const f = annualFunding(ACI_2019, 3, { missions: ["parcours"], snp: true }, 1);
    expect(f.supplementaire).toBe(0);
    expect(f.total).toBe(75_000 + 90_000);
  });

  test("crise sanitaire, unfunded in ACI 2019, adds nothing and is reported", () => {
    const f = annualFunding(ACI_2019, 3, { missions: [...SOCLES, "crise"], snp: false }, 1);
    expect(f.unfunded).toEqual(["crise"]);
    expect(f.total).toBe(265_000);
  });

  test("no mission: fonctionnement only; duplicates count once", () => {
    expect(annualFunding(ACI_2019, 3, { missions: [], snp: false }).total).toBe(75_000);
    expect(annualFunding(ACI_2019, 3, { missions: ["parcours", "parcours"], snp: false }).total).toBe(165_000);
  });

  test.each([1, 2, 3, 4] as const)("taille %i: every mission retained = « Financement total possible »; with SNP = the ceiling", (t) => {
    const all = ["acces", "parcours", "prevention", "qualite", "accompagnement"] as const;
    expect(annualFunding(ACI_2019, t, { missions: [...all], snp: false }).total).toBe(maxFunding(ACI_2019, t));
    expect(annualFunding(ACI_2019, t, { missions: [...all], snp: true }).total).toBe(maxFundingWithSupplement(ACI_2019, t));
  });
});

describe("each mission's measured attainment", () => {
  test("prévention at 40 %, accès and parcours at the global 80 % (docs/reference/regles.md): 177 500 + 63 000 = 240 500 €", () => {
    const f = annualFunding(ACI_2019, 3, { missions: [...SOCLES], snp: false }, 0.8, { rates: { prevention: 0.4 } });
    expect(f.variable).toBeCloseTo(0.8 * 70_000 + 0.4 * 17_500, 6);
    expect(f.variable).toBeCloseTo(63_000, 6);
    expect(f.total).toBeCloseTo(240_500, 6);
  });

  test("a rate for a mission not retained pays nothing; a measured 0 % is a rate, not « nothing measured »", () => {
    const f = annualFunding(ACI_2019, 3, { missions: ["parcours"], snp: false }, 1, { rates: { prevention: 1, parcours: 0 } });
    expect(f.variable).toBe(0);
    expect(f.total).toBe(75_000 + 45_000);
  });

  test("random rates: each variable volet × its mission's rate, the global taux for the others (fast-check)", () => {
    const keys = MISSIONS.map((m) => m.key);
    fc.assert(
      fc.property(
        fc.constantFrom(...TAILLES),
        fc.subarray(keys),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.dictionary(fc.constantFrom(...keys), fc.double({ min: 0, max: 1, noNaN: true })),
        (t, missions, taux, rates: MissionRates) => {
          const f = annualFunding(ACI_2019, t, { missions, snp: false }, taux, { rates });
          const expected = ACI_2019.lines
            .filter((l) => isVariable(l.volet) && missions.includes(l.item as MissionKey))
            .reduce((sum, l) => sum + l.amounts[t] * (rates[l.item as MissionKey] ?? taux), 0);
          expect(f.variable).toBeCloseTo(expected, 6);
          const withGlobal = annualFunding(ACI_2019, t, { missions, snp: false }, taux);
          expect(f.total - f.variable).toBeCloseTo(withGlobal.total - withGlobal.variable, 6);
        },
      ),
    );
  });
});

describe("crise complement « si crise reconnue par l'ARS » (a contract amount: no grid gives one)", () => {
  const crise = { missions: [...SOCLES, "crise" as const], snp: false };

  test("counted with the crisis recognised, outside the fixed volets", () => {
    const f = annualFunding(ACI_2019, 3, crise, 1, { criseComplement: { amount: 67_500, reconnue: true } });
    expect(f.complement).toBe(67_500);
    expect(f.fixe).toBe(102_500);
    expect(f.total).toBe(265_000 + 67_500);
  });

  test("nothing without the recognition, nor without the crise mission", () => {
    expect(annualFunding(ACI_2019, 3, crise, 1, { criseComplement: { amount: 67_500, reconnue: false } }).total).toBe(265_000);
    const without = annualFunding(ACI_2019, 3, { missions: [...SOCLES], snp: false }, 1, { criseComplement: { amount: 67_500, reconnue: true } });
    expect(without.complement).toBe(0);
    expect(without.total).toBe(265_000);
  });
});
