/**
 * Seed texts such as "- Le territoire couvert…" must land as text: Excel reads a leading "=", "+",
 * "-" or "@" as a formula, and keeps the apostrophe prefix out of both `values` and `formulas`.
 */
import { WorkbookDouble } from "../double";
import { sheetMatrix } from "../../src/excel/sheetContent";
import { planWorkbook } from "../../src/sheets";
import { DEFAULT_MISSIONS, serialFromDate } from "../../src/domain";

describe("texts that look like formulas", () => {
  it("are written with Excel's apostrophe prefix", () => {
    const plan = planWorkbook({
      nom: "CPTS",
      population: 95_000,
      tailleOverride: null,
      signature: serialFromDate({ year: 2026, month: 3, day: 1 }),
      versionId: "ACI 2019",
      taux: 1,
      missions: [...DEFAULT_MISSIONS],
      snp: false,
      dateReference: null,
    });
    const elaboration = plan.sheets.find((s) => s.key === "fdrElaboration")!;
    const cells = sheetMatrix(elaboration, 12, {}, "marker").flat();
    // Seed 000, "Définition du territoire d'intervention", points de vigilance.
    expect(cells).toContain(
      "'- Le territoire couvert ne devra pas être trop étendu, au risque de rencontrer des difficultés à fédérer les professionnels. - Il conviendra de s'assurer qu'il n'y ait pas de concurrence entre plusieurs projets de CPTS sur un même territoire",
    );
    expect(cells.filter((c) => typeof c === "string" && /^[+\-@]/.test(c))).toEqual([]);
  });

  it("read back without the apostrophe, as Excel does", async () => {
    const double = new WorkbookDouble();
    await double.run(async (context) => {
      const range = context.workbook.worksheets.add("Feuil1").getRange("A1:B1");
      range.formulas = [["'- Identifier le territoire", "'=pas une formule"]];
      range.load("values, formulas");
      await context.sync();
      expect(range.values).toEqual([["- Identifier le territoire", "=pas une formule"]]);
      expect(range.formulas).toEqual([["- Identifier le territoire", "=pas une formule"]]);
    });
  });
});
