/**
 * A full generation through the double: the workbook's named totals equal the plan's own
 * HyperFormula evaluation and the seed, for every taille and several mission selections, in a
 * small constant number of syncs.
 */
import { TAILLES } from "../../src/domain";
import { generateWorkbook } from "../../src/excel/generate";
import { SHEET_KEYS, SHEET_NAMES, parseSheetMarker } from "../../src/sheets/plan";
import { planWorkbook } from "../../src/sheets/workbook";
import { evaluatePlan } from "../support/evaluatePlan";
import { POPULATION_FOR, SELECTIONS, TODAY, TOTAL_NAMES, choicesFor, newWorkbook } from "./fixtures";

describe("generateWorkbook into an empty workbook", () => {
  for (const taille of TAILLES)
    for (const selection of SELECTIONS)
      it(`taille ${taille}, ${selection.label}: named totals equal the plan's evaluation`, async () => {
        const choices = choicesFor({ population: POPULATION_FOR[taille], missions: selection.missions, snp: selection.snp });
        const double = newWorkbook();
        const report = await generateWorkbook(choices, {}, double.run);
        const expected = evaluatePlan(planWorkbook(choices), { today: TODAY });
        for (const name of TOTAL_NAMES) expect([name, double.nameValue(name)]).toEqual([name, expected.getNamed(name)]);
        expect(double.nameValue("CPTS_Taille")).toBe(taille);
        expect(report.sheets.map((s) => s.name)).toEqual(SHEET_KEYS.map((k) => SHEET_NAMES[k]));
        expect(report.syncs).toBeLessThanOrEqual(4);
        expect(double.syncs).toHaveLength(report.syncs);
        expected.destroy();
      });

  it("reproduces the seed's « Financement total possible » in CPTS_TotalACI: 185 000 / 242 000 / 315 000 / 380 000 €", async () => {
    // Seed 004: every volet of fonctionnement and the five 2019 missions, volet supplémentaire excluded, taux 100 %.
    const totals: number[] = [];
    for (const taille of TAILLES) {
      const double = newWorkbook();
      await generateWorkbook(
        choicesFor({ population: POPULATION_FOR[taille], missions: ["acces", "parcours", "prevention", "qualite", "accompagnement"] }),
        {},
        double.run,
      );
      totals.push(double.nameValue("CPTS_TotalACI") as number);
    }
    expect(totals).toEqual([185_000, 242_000, 315_000, 380_000]);
  });

  it("marks every sheet as ours and finished, hides column A, and leaves the user's Feuil1 alone", async () => {
    const double = newWorkbook();
    double.type("Feuil1", "A1", [["mes notes"]]);
    await generateWorkbook(choicesFor(), {}, double.run);
    for (const key of SHEET_KEYS) {
      expect(parseSheetMarker(double.value(SHEET_NAMES[key], "A1"))).toEqual({ key, version: 1 });
      expect(double.sheet(SHEET_NAMES[key]).hiddenColumns.has(0)).toBe(true);
    }
    expect(double.value("Feuil1", "A1")).toBe("mes notes");
    expect(double.sheetNames()).toEqual(["Feuil1", ...SHEET_KEYS.map((k) => SHEET_NAMES[k])]);
  });

  it("suspends calculation and screen updating in every write, and reports progress in French up to 1", async () => {
    const double = newWorkbook();
    const progress: number[] = [];
    const messages: string[] = [];
    await generateWorkbook(choicesFor(), { onProgress: (p) => (progress.push(p.fraction), messages.push(p.message)) }, double.run);
    const writes = double.syncs.filter((s) => s.operations > 0 && s.index > 2);
    expect(writes.length).toBeGreaterThan(0);
    for (const s of writes) expect([s.calculationSuspended, s.screenUpdatingSuspended]).toEqual([true, true]);
    expect(progress[progress.length - 1]).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(messages).toContain("Écriture de la feuille Budget prévisionnel");
  });

  it("regenerates only the sheets asked for, leaving the others as they are, and creates a missing one", async () => {
    const double = newWorkbook();
    await generateWorkbook(choicesFor(), {}, double.run);
    const roadmapBefore = double.formulas("FdR Opérationnelle", double.usedRange("FdR Opérationnelle")!);
    double.type("FdR Opérationnelle", "G6", "Dr Martin");
    const report = await generateWorkbook(
      choicesFor({ missions: ["acces", "parcours", "prevention", "qualite"] }),
      { sheets: ["parametres", "budget"] },
      double.run,
    );
    expect(report.sheets.map((s) => s.key)).toEqual(["parametres", "budget"]);
    const roadmapAfter = double.formulas("FdR Opérationnelle", double.usedRange("FdR Opérationnelle")!);
    expect(roadmapAfter).toEqual(roadmapBefore.map((row, r) => row.map((v, c) => (r === 5 && c === 6 ? "Dr Martin" : v))));
    expect(JSON.stringify(double.formulas("Budget prévisionnel", "A1:A200"))).toContain("budget:qualite:titre");

    const fresh = newWorkbook();
    const only = await generateWorkbook(choicesFor(), { sheets: ["budget"] }, fresh.run);
    // The budget's formulas point at Paramètres and the grid: missing sheets are generated too.
    expect(only.sheets.map((s) => s.key)).toEqual([...SHEET_KEYS]);
  });
});
