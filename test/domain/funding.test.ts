/** annualFunding: fonctionnement + fixed volets + variable × taux (+ volet supplémentaire SNP), seed 004 figures, taille 3. */
import { ACI_2019, annualFunding, maxFunding, maxFundingWithSupplement } from "../../src/domain";

// Seed 004, taille 3: fonctionnement 75 000; accès 25 000 fixe + 25 000 variable + 15 000 compensation, supplémentaire 55 000;
// parcours 45 000 + 45 000; prévention 17 500 + 17 500; qualité 15 000 + 15 000; accompagnement 10 000 + 10 000.
const SOCLES = ["acces", "parcours", "prevention"] as const;

describe("annualFunding (taille 3)", () => {
  test("taux 1: 75 000 + 65 000 + 90 000 + 35 000 = 265 000 €", () => {
    const f = annualFunding(ACI_2019, 3, { missions: [...SOCLES], snp: false }, 1);
    expect(f).toEqual({ fonctionnement: 75_000, fixe: 102_500, variable: 87_500, supplementaire: 0, total: 265_000, unfunded: [] });
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
