/**
 * The Indicateurs sheet evaluated with HyperFormula: each indicator's attainment (linear hausse and
 * baisse, paliers), the mission's attainment and estimated variable part, the followed year's
 * measures, and the controls' verdicts. The fixtures' CPTS is signed on 15/03/2024 and looked at on
 * 10/01/2025: year 1, 1st meeting on 15/09/2024 (past), 2nd on 15/03/2025.
 */
import { attainment, missionAttainment } from "../../src/domain/attainment";
import { EXAMPLE_INDICATORS } from "../../src/domain/indicators";
import { a1 } from "../../src/sheets";
import { INDICATEURS_LABELS as L } from "../../src/sheets/indicateursLabels";
import { missionAttainmentName } from "../../src/sheets/missionRates";
import { PARAMETRES_NAMES } from "../../src/sheets/parametres";
import { COL, IndicatorBook, fill, indicatorBook, measureCol, seuilCol } from "./indicateursBook";

const ACCES_1 = "ind:acces:1"; // Progression de la patientèle avec médecin traitant: résultats, financier, hausse
const ACCES_7 = "ind:acces:7"; // Baisse du nombre de recours aux urgences: baisse
const PREVENTION_1 = "ind:prevention:1"; // a means indicator: financier Non

const param = (name: keyof typeof PARAMETRES_NAMES): string => PARAMETRES_NAMES[name].replace(/\$/g, "");

let book: IndicatorBook;
beforeAll(() => {
  book = indicatorBook();
});
afterEach(() => book.reset());
afterAll(() => book.destroy());

describe("each indicator's attainment", () => {
  test("the sheet is pre-filled with the seeds' indicators, nothing measured: every attainment and mission rate is empty, no error", () => {
    expect(book.get(ACCES_1, COL.indicateur)).toBe(EXAMPLE_INDICATORS.acces[0].indicateur);
    expect(book.get(ACCES_7, COL.sens)).toBe("baisse");
    expect(book.get(PREVENTION_1, COL.financier)).toBe("Non");
    expect(book.get(ACCES_1, COL.atteinte)).toBe("");
    expect(book.wb.getNamed(missionAttainmentName("acces"))).toBe("");
    expect(book.wb.errors().filter((e) => e.startsWith("Indicateurs"))).toEqual([]);
  });

  test.each([
    [40, 60, 50, 0.5],
    [40, 60, 70, 1],
    [40, 60, 35, 0],
    [100, 80, 90, 0.5],
    [12, 0, 0, 1],
  ])("linear: départ %p, cible %p, mesure %p → %p (as CPTS.ATTEINTE)", (depart, cible, mesure, expected) => {
    fill(book, ACCES_1, { depart, cible, m1: mesure });
    expect(book.get(ACCES_1, COL.atteinte)).toBeCloseTo(expected, 12);
    const domain = attainment(depart, cible, mesure);
    expect(domain.ok && domain.rate).toBeCloseTo(expected, 12);
  });

  test("the measure retained is the followed year's latest: the 2nd meeting's once typed; other years' measures are kept in their own cells", () => {
    fill(book, ACCES_1, { depart: 40, cible: 60, m1: 45, m2: 55 });
    book.set(ACCES_1, measureCol(2, 1), 60);
    expect(book.get(ACCES_1, COL.retenue)).toBe(55);
    expect(book.get(ACCES_1, COL.atteinte)).toBeCloseTo(0.75, 12);
    book.setAt("parametres", param("CPTS_AnneeContratSaisie"), 2);
    expect(book.get(ACCES_1, COL.retenue)).toBe(60);
    expect(book.get(ACCES_1, COL.atteinte)).toBe(1);
    book.setAt("parametres", param("CPTS_AnneeContratSaisie"), 3);
    expect(book.get(ACCES_1, COL.retenue)).toBe("");
    expect(book.get(ACCES_1, COL.atteinte)).toBe("");
    book.setAt("parametres", param("CPTS_AnneeContratSaisie"), 1);
    expect(book.get(ACCES_1, measureCol(1, 2))).toBe(55);
    expect(book.get(ACCES_1, COL.atteinte)).toBeCloseTo(0.75, 12);
  });

  test.each([
    // hausse 40 → 60, paliers 45 | 25 %, 50 | 50 %, 60 | 100 %
    ["hausse", 40, 60, [45, 0.25, 50, 0.5, 60, 1], 44, 0],
    ["hausse", 40, 60, [45, 0.25, 50, 0.5, 60, 1], 45, 0.25],
    ["hausse", 40, 60, [45, 0.25, 50, 0.5, 60, 1], 59, 0.5],
    ["hausse", 40, 60, [45, 0.25, 50, 0.5, 60, 1], 61, 1],
    // baisse 100 → 80, parts typed as percentages (50 = 50 %, like a taux)
    ["baisse", 100, 80, [95, 30, 85, 60, 80, 100], 96, 0],
    ["baisse", 100, 80, [95, 30, 85, 60, 80, 100], 90, 0.3],
    ["baisse", 100, 80, [95, 30, 85, 60, 80, 100], 80, 1],
    // two paliers, the middle one unused
    ["hausse", 0, 10, [5, 0.5, null, null, 10, 1], 7, 0.5],
  ])("paliers (%s %p → %p, %j): mesure %p → %p, as the domain", (_sens, depart, cible, paliers, mesure, expected) => {
    fill(book, ACCES_1, { depart, cible, m1: mesure });
    book.set(ACCES_1, COL.regle, "Paliers");
    paliers.forEach((v, i) => book.set(ACCES_1, COL.palier1 + i, v));
    expect(book.get(ACCES_1, COL.atteinte)).toBeCloseTo(expected, 12);
    const domainPaliers = [0, 1, 2]
      .map((k) => ({ seuil: paliers[2 * k] ?? 0, part: (paliers[2 * k + 1] ?? 0) > 1 ? (paliers[2 * k + 1] ?? 0) / 100 : (paliers[2 * k + 1] ?? 0) }))
      .filter((p) => p.seuil !== 0 || p.part !== 0);
    const domain = attainment(depart, cible, mesure, domainPaliers);
    expect(domain.ok && domain.rate).toBeCloseTo(expected, 12);
  });

  test("Règle « Paliers » with no palier filled is the linear rule; « Linéaire » ignores the paliers", () => {
    fill(book, ACCES_1, { depart: 40, cible: 60, m1: 50 });
    book.set(ACCES_1, COL.regle, "Paliers");
    expect(book.get(ACCES_1, COL.atteinte)).toBeCloseTo(0.5, 12);
    book.set(ACCES_1, COL.regle, "Linéaire");
    book.set(ACCES_1, seuilCol(1), 55);
    book.set(ACCES_1, seuilCol(1) + 1, 1);
    expect(book.get(ACCES_1, COL.atteinte)).toBeCloseTo(0.5, 12);
  });

  test.each([
    ["seuils not increasing", [50, 0.5, 45, 1]],
    ["parts decreasing", [45, 0.5, 50, 0.25]],
    ["a part above 100 %", [45, 150]],
  ])("refused paliers (%s): #N/A and the row's control says so", (_what, paliers) => {
    fill(book, ACCES_1, { depart: 40, cible: 60, m1: 50, part: 1000 });
    book.set(ACCES_1, COL.regle, "Paliers");
    paliers.forEach((v, i) => book.set(ACCES_1, COL.palier1 + i, v));
    expect(String(book.get(ACCES_1, COL.atteinte))).toMatch(/N\/A/);
    expect(book.get(ACCES_1, COL.controle)).toBe(L.verdicts.nonCalculable);
    // The mission's rate leaves it out rather than failing.
    expect(book.wb.getNamed(missionAttainmentName("acces"))).toBe("");
  });
});

describe("the mission's attainment and variable part", () => {
  test("share-weighted over the measured financial indicators; unmeasured and non-financial ones left out", () => {
    fill(book, ACCES_1, { depart: 40, cible: 60, m1: 50, part: 3000 }); // 50 %
    fill(book, ACCES_7, { depart: 100, cible: 80, m1: 80, part: 1000 }); // 100 %
    fill(book, "ind:acces:2", { depart: 10, cible: 5, part: 5000 }); // not measured
    fill(book, "ind:acces:3", { depart: 10, cible: 20, m1: 20, part: 2000, financier: "Non" }); // followed only
    const expected = missionAttainment([
      { financier: true, part: 3000, rate: 0.5 },
      { financier: true, part: 1000, rate: 1 },
      { financier: true, part: 5000, rate: undefined },
      { financier: false, part: 2000, rate: 1 },
    ]);
    expect(book.wb.getNamed(missionAttainmentName("acces"))).toBeCloseTo(expected!, 12);
    expect(book.get(ACCES_1, COL.montant)).toBe(1500);
    expect(book.get("ind:acces:3", COL.montant)).toBe("");
    expect(book.summary("acces", "taux")).toBeCloseTo(0.625, 12);
    const volet = book.summary("acces", "volet") as number;
    expect(volet).toBeGreaterThan(0);
    expect(book.summary("acces", "estimee")).toBeCloseTo(volet * 0.625, 6);
  });

  test("without a measured financial indicator the mission keeps the global taux (0 % / 100 % stays one click)", () => {
    book.setAt("parametres", param("CPTS_TauxAtteinte"), 0);
    expect(book.summary("acces", "taux")).toBe(0);
    expect(book.summary("acces", "estimee")).toBe(0);
    fill(book, ACCES_1, { depart: 40, cible: 60, m1: 55, part: 1000 });
    expect(book.summary("acces", "taux")).toBeCloseTo(0.75, 12);
  });

  test("shares against the contract's variable volet: none, below, equal, above", () => {
    const volet = book.summary("acces", "volet") as number;
    expect(book.partsVerdict("acces")).toBe(L.summary.partsNone);
    book.set(ACCES_1, COL.part, volet / 2);
    expect(book.partsVerdict("acces")).toBe(L.summary.partsBelow);
    expect(book.summary("acces", "ecart")).toBeCloseTo(-volet / 2, 6);
    book.set(ACCES_7, COL.part, volet / 2);
    expect(book.partsVerdict("acces")).toBe(L.summary.partsOk);
    book.set(ACCES_7, COL.part, volet);
    expect(book.partsVerdict("acces")).toBe(L.summary.partsAbove);
  });
});

describe("controls", () => {
  test("quiet until the indicator is in use, then: cible, départ, sens, cible = départ, a part on a non-financial indicator", () => {
    expect(book.get(ACCES_1, COL.controle)).toBe("");
    expect(book.get(ACCES_1, COL.suivi)).toBe("");
    fill(book, ACCES_1, { part: 1000 });
    expect(book.get(ACCES_1, COL.controle)).toBe(L.verdicts.cible);
    fill(book, ACCES_1, { cible: 60 });
    expect(book.get(ACCES_1, COL.controle)).toBe(L.verdicts.depart);
    fill(book, ACCES_1, { depart: 70 });
    expect(book.get(ACCES_1, COL.controle)).toBe(L.verdicts.hausseContredite);
    fill(book, ACCES_1, { sens: "baisse" });
    expect(book.get(ACCES_1, COL.controle)).toBe(L.verdicts.ok);
    fill(book, ACCES_1, { depart: 60 });
    expect(book.get(ACCES_1, COL.controle)).toBe(L.verdicts.cibleEgale);
    fill(book, ACCES_7, { depart: 10, cible: 20 });
    expect(book.get(ACCES_7, COL.controle)).toBe(L.verdicts.baisseContredite);
    fill(book, PREVENTION_1, { part: 500 });
    expect(book.get(PREVENTION_1, COL.controle)).toBe(L.verdicts.partNonFinanciere);
  });

  test("a measure missing after its follow-up date, through CPTS.RETARD: late for the 1st meeting, then due for the 2nd, then done", () => {
    fill(book, ACCES_1, { depart: 40, cible: 60, part: 1000 });
    // 1st meeting 15/09/2024, date de référence 10/01/2025: 117 days late.
    expect(book.get(ACCES_1, COL.suivi)).toBe("En retard de 117 j");
    fill(book, ACCES_1, { m1: 50 });
    expect(book.get(ACCES_1, COL.suivi)).toBe("Dans les temps");
    fill(book, ACCES_1, { m2: 52 });
    expect(book.get(ACCES_1, COL.suivi)).toBe(L.verdicts.mesuresSaisies);
  });

  test("a follow-up date the user overrides moves the verdict", () => {
    fill(book, ACCES_1, { depart: 40, cible: 60, part: 1000 });
    const datesRow = book.row("ind:dates");
    book.setAt("indicateurs", a1(measureCol(1, 1), datesRow), 45_700); // 12/02/2025
    expect(String(book.get(ACCES_1, COL.suivi))).toMatch(/^Échéance dans \d+ j$|^Dans les temps$/);
  });

  test("the plan lists the controls and pane summaries of retained missions only", () => {
    const { plan } = book.wb;
    const controls = plan.controls!.filter((c) => c.sheet === "indicateurs");
    expect(controls.filter((c) => c.kind === "partsIndicateurs").map((c) => c.subject)).toEqual([
      "Accès aux soins",
      "Parcours pluriprofessionnels",
      "Prévention",
    ]);
    expect(controls.filter((c) => c.kind === "indicateur").length).toBe(2 * (7 + 1 + 2));
    const summaries = plan.summaries!.filter((s) => s.section === "indicateurs");
    expect(summaries.map((s) => s.format)).toEqual(["percent", "euro", "percent", "euro", "percent", "euro"]);
    for (const s of summaries) expect(book.wb.getCell("indicateurs", s.address)).not.toBeInstanceOf(Object);
  });
});
