/**
 * Seed 004, table "Montants alloués par l'Assurance Maladie" (ACI 2019): every line is quoted
 * verbatim below (tab-separated as in the seed) and its four figures, taille 1 to 4, are read from
 * the quotation, so the expectations are the seed's own words.
 */
import {
  ACI_2019,
  FundedItem,
  TAILLES,
  Taille,
  Volet,
  VoletOrTotal,
  aciAmount,
  findGridVersion,
  isFunded,
  maxFunding,
  maxFundingWithSupplement,
} from "../../src/domain";

/** The four euro figures of a quoted seed line: "50 000 €\t60 000 €…" → [50000, 60000, …]. */
function seedFigures(line: string): Record<Taille, number> {
  const figures = [...line.matchAll(/(\d{1,3}(?: \d{3})*) €/g)].map((m) => Number(m[1].replace(/ /g, "")));
  expect(figures).toHaveLength(4);
  return { 1: figures[0], 2: figures[1], 3: figures[2], 4: figures[3] };
}

const SEED_LINES: { item: FundedItem; volet: Volet; seed: string }[] = [
  { item: "fonctionnement", volet: "fixe", seed: "Financement du fonctionnement\t\tTotal\t50 000 €\t60 000 €\t75 000 €\t90 000 €" },
  {
    item: "acces",
    volet: "fixe",
    seed: "Missions en faveur de l'amélioration de l'accès aux soins (socle)\tVolet fixe mise en œuvre\t15 000 €\t17 500 €\t25 000 €\t30 000 €",
  },
  { item: "acces", volet: "variable", seed: "\tVolet variable actions et résultats\t15 000 €\t17 500 €\t25 000 €\t30 000 €" },
  {
    item: "acces",
    volet: "compensation",
    seed: "\tVolet fixe lié à l'organisation des soins non programmés – Compensation des professionnels de santé\t10 000 €\t12 000 €\t15 000 €\t20 000 €",
  },
  {
    item: "acces",
    volet: "supplementaire",
    seed: "\t<i>Volet supplémentaire Financement spécifique pour le traitement et l'orientation des demandes de soins non programmés</i>\t35 000 €\t45 000 €\t55 000 €\t70 000 €",
  },
  {
    item: "parcours",
    volet: "fixe",
    seed: "Missions en faveur de l'organisation de parcours pluriprofessionnels autour du patient (socle)\tVolet fixe mise en œuvre\t25 000 €\t35 000 €\t45 000 €\t50 000 €",
  },
  { item: "parcours", volet: "variable", seed: "\tVolet variable actions et résultats\t25 000 €\t35 000 €\t45 000 €\t50 000 €" },
  {
    item: "prevention",
    volet: "fixe",
    seed: "Missions en faveur du développement des actions territoriales de prévention (socle)\tVolet fixe mise en œuvre\t10 000 €\t15 000 €\t17 500 €\t20 000 €",
  },
  { item: "prevention", volet: "variable", seed: "\tVolet variable actions et résultats\t10 000 €\t15 000 €\t17 500 €\t20 000 €" },
  {
    item: "qualite",
    volet: "fixe",
    seed: "Actions en faveur du développement et de la qualité et de la pertinence des soins\tVolet fixe mise en œuvre\t7 500 €\t10 000 €\t15 000 €\t20 000 €",
  },
  { item: "qualite", volet: "variable", seed: "\tVolet variable actions et résultats\t7 500 €\t10 000 €\t15 000 €\t20 000 €" },
  {
    item: "accompagnement",
    volet: "fixe",
    seed: "Actions en faveur de l'accompagnement des professionnels de santé sur le territoire\tVolet fixe mise en œuvre\t5 000 €\t7 500 €\t10 000 €\t15 000 €",
  },
  { item: "accompagnement", volet: "variable", seed: "\tVolet variable actions et résultats\t5 000 €\t7 500 €\t10 000 €\t15 000 €" },
];

/** The seed's "Total" row of each mission (fixe + variable [+ compensation], volet supplémentaire excluded). */
const SEED_MISSION_TOTALS: { item: FundedItem; seed: string }[] = [
  { item: "fonctionnement", seed: "Financement du fonctionnement\t\tTotal\t50 000 €\t60 000 €\t75 000 €\t90 000 €" },
  { item: "acces", seed: "\tTotal\t40 000 €\t47 000 €\t65 000 €\t80 000 €" },
  { item: "parcours", seed: "\tTotal\t50 000 €\t70 000 €\t90 000 €\t100 000 €" },
  { item: "prevention", seed: "\tTotal\t20 000 €\t30 000 €\t35 000 €\t40 000 €" },
  { item: "qualite", seed: "\tTotal\t15 000 €\t20 000 €\t30 000 €\t40 000 €" },
  { item: "accompagnement", seed: "\tTotal\t10 000 €\t15 000 €\t20 000 €\t30 000 €" },
];

const SEED_TOTAL_POSSIBLE = "Financement total possible\t\tVolets fixes + variables\t185 000 €\t242 000 €\t315 000 €\t380 000 €";

describe("ACI 2019 grid = seed 004 « Montants alloués par l'Assurance Maladie »", () => {
  describe.each(SEED_LINES)("$item / $volet", ({ item, volet, seed }) => {
    test.each(TAILLES)("taille %i", (t) => {
      expect(aciAmount(ACI_2019, t, item, volet)).toBe(seedFigures(seed)[t]);
    });
  });

  test("the grid holds exactly the seed's 13 lines, each once", () => {
    expect(ACI_2019.lines).toHaveLength(SEED_LINES.length);
    const keys = ACI_2019.lines.map((l) => `${l.item}/${l.volet}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  describe.each(SEED_MISSION_TOTALS)("« Total » row of $item", ({ item, seed }) => {
    test.each(TAILLES)("taille %i", (t) => {
      expect(aciAmount(ACI_2019, t, item, "total" as VoletOrTotal)).toBe(seedFigures(seed)[t]);
    });
  });

  test.each(TAILLES)("« Financement total possible » taille %i = maxFunding", (t) => {
    expect(maxFunding(ACI_2019, t)).toBe(seedFigures(SEED_TOTAL_POSSIBLE)[t]);
  });

  test("« Financement total possible » is 185 000 / 242 000 / 315 000 / 380 000 €", () => {
    expect(TAILLES.map((t) => maxFunding(ACI_2019, t))).toEqual([185_000, 242_000, 315_000, 380_000]);
  });

  test("with the volet supplémentaire the ceilings are 220 000 / 287 000 / 370 000 / 450 000 €", () => {
    expect(TAILLES.map((t) => maxFundingWithSupplement(ACI_2019, t))).toEqual([220_000, 287_000, 370_000, 450_000]);
  });

  test("the total of every mission's volets plus fonctionnement is the seed's total possible (totals are computed, not typed)", () => {
    for (const t of TAILLES) {
      const sum = SEED_MISSION_TOTALS.reduce((s, { item }) => s + (aciAmount(ACI_2019, t, item) ?? NaN), 0);
      expect(sum).toBe(seedFigures(SEED_TOTAL_POSSIBLE)[t]);
    }
  });

  test("crise sanitaire (2021–2022 avenant) has no figure in ACI 2019: absent, not zero", () => {
    expect(isFunded(ACI_2019, "crise")).toBe(false);
    for (const t of TAILLES) {
      expect(aciAmount(ACI_2019, t, "crise")).toBeUndefined();
      expect(aciAmount(ACI_2019, t, "crise", "fixe")).toBeUndefined();
    }
  });

  test("volets a line does not have are absent", () => {
    expect(aciAmount(ACI_2019, 3, "parcours", "compensation")).toBeUndefined();
    expect(aciAmount(ACI_2019, 3, "fonctionnement", "variable")).toBeUndefined();
  });

  test("versions are found by id, case- and space-insensitive", () => {
    expect(findGridVersion("ACI 2019")).toBe(ACI_2019);
    expect(findGridVersion("  aci   2019 ")).toBe(ACI_2019);
    expect(findGridVersion("ACI 2022")).toBeUndefined();
  });
});
