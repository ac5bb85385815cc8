/**
 * The HyperFormula plugin (test/support/cptsPlugin.ts) that other tests use to evaluate CPTS.*
 * formulas without Excel, and the config that makes HyperFormula's dates equal to Excel's.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { FUNCTION_IDS } from "../../src/functions/cpts";
import { hyperFormulaConfig, registerCptsPlugin, setCptsToday } from "../support/cptsPlugin";

const DAY = 86_400_000;
/** Excel serial of a date ≥ 01/03/1900, computed independently of HyperFormula and of src/. */
const serial = (day: number, month: number, year: number) => (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / DAY;

function sheet(rows: unknown[][]): HyperFormula {
  return HyperFormula.buildFromArray(rows as never, hyperFormulaConfig());
}
const A = (hf: HyperFormula, col: number, row = 0) => hf.getCellValue({ sheet: 0, col, row });

beforeAll(() => registerCptsPlugin());
afterEach(() => setCptsToday(undefined));

describe("hyperFormulaConfig() computes dates like Excel", () => {
  test("Excel's serials, including Lotus's fictitious 29/02/1900", () => {
    const hf = sheet([["=DATE(1900,1,1)", "=DATE(1900,2,28)", "=DAY(60)", "=MONTH(60)", "=DATE(1900,3,1)", "=DATE(2025,1,1)", "=DATE(9999,12,31)"]]);
    expect(hf.getSheetValues(0)[0]).toEqual([1, 59, 29, 2, 61, 45_658, 2_958_465]);
  });

  test("a date typed dd/mm/yyyy becomes its Excel serial", () => {
    const hf = sheet([["31/08/2025", "29/02/2024", "=A1"]]);
    expect(hf.getSheetValues(0)[0]).toEqual([serial(31, 8, 2025), serial(29, 2, 2024), serial(31, 8, 2025)]);
  });

  test("licence and separators", () => {
    const config = hyperFormulaConfig();
    expect(config.licenseKey).toBe("gpl-v3");
    expect(config.functionArgSeparator).toBe(",");
  });
});

describe("registerCptsPlugin()", () => {
  test("registers CPTS.ACI … CPTS.EQUILIBRE, the ids of src/functions, and can be called again", () => {
    expect(() => registerCptsPlugin()).not.toThrow();
    const names = HyperFormula.getRegisteredFunctionNames("enGB");
    for (const id of FUNCTION_IDS) expect(names).toContain(`CPTS.${id}`);
  });
});

describe("CPTS.* in HyperFormula (same implementations as in Excel)", () => {
  test('=CPTS.ACI(3,"parcours") = 90 000 (seed 004)', () => {
    expect(A(sheet([['=CPTS.ACI(3,"parcours")']]), 0)).toBe(90_000);
  });

  test("arguments from cells and ranges: TOTAL over a column of missions, EQUILIBRE over ranges with blanks", () => {
    const hf = sheet([
      ["acces", 1000, 1250.5, 3, "=CPTS.TOTAL(D1,A1:A3,1)", "=CPTS.EQUILIBRE(B1:B3,C1:C3)", '=CPTS.TOTAL(D1,A1:A3,"80 %")', '=CPTS.ACI(D1,A1,"compensation")'],
      ["parcours", 250.5, null],
      ["prevention", null, null],
    ]);
    // Seed 004 taille 3: 75 000 + 65 000 + 90 000 + 35 000; at 80 %: 177 500 fixed + 0.8 × 87 500.
    expect(A(hf, 4)).toBe(265_000);
    expect(A(hf, 5)).toBe("Équilibré");
    expect(A(hf, 6)).toBe(247_500);
    expect(A(hf, 7)).toBe(15_000);
  });

  test("omitted and empty optional arguments take their defaults", () => {
    const hf = sheet([
      ['=CPTS.ACI(3,"acces",,)', '=CPTS.ECHEANCE("31/08/2025","acces")', '=CPTS.ECHEANCE(A2,"acces","demarrage")', "=CPTS.EQUILIBRE(100,90,)"],
      ["31/08/2023"],
    ]);
    expect(hf.getSheetValues(0)[0]).toEqual([65_000, serial(28, 2, 2027), serial(29, 2, 2024), "Déficit de 10 €"]);
  });

  test("errors carry the French message: #VALUE! for bad input, #N/A where nothing applies", () => {
    const hf = sheet([['=CPTS.ACI(5,"parcours")', '=CPTS.ACI(3,"crise")', '=CPTS.ECHEANCE("31/08/2025","qualite")', '=CPTS.TAILLE("beaucoup")']]);
    const [bad, crise, qualite, population] = hf.getSheetValues(0)[0] as DetailedCellError[];
    expect(bad).toBeInstanceOf(DetailedCellError);
    expect(bad).toMatchObject({ value: "#VALUE!", message: "Taille attendue : 1, 2, 3 ou 4 (reçu : 5)" });
    expect(crise).toMatchObject({ value: "#N/A", message: expect.stringContaining("« ACI 2019 »") });
    expect(qualite).toMatchObject({ value: "#N/A", message: "Pas d'échéance fixée par l'ACI pour « Qualité et pertinence des soins »" });
    expect(population).toMatchObject({ value: "#VALUE!", message: expect.stringContaining("Population attendue") });
  });

  test("an error in an argument or inside a range propagates, as in Excel", () => {
    const hf = sheet([["=1/0", 5, "=CPTS.EQUILIBRE(A1:B1,1)", "=CPTS.TAILLE(A1)"]]);
    expect(A(hf, 2)).toMatchObject({ value: "#DIV/0!" });
    expect(A(hf, 3)).toMatchObject({ value: "#DIV/0!" });
  });

  test("CPTS.RETARD without date_ref reads the injected today, and follows it on recalculation", () => {
    const today = serial(31, 8, 2025);
    setCptsToday(() => today);
    const hf = sheet([[today, '=CPTS.RETARD(A1,"En cours")', '=CPTS.RETARD(A1,"En cours","01/09/2025")', '=CPTS.RETARD(,"En cours")']]);
    expect(hf.getSheetValues(0)[0].slice(1)).toEqual(["Échéance aujourd'hui", "En retard de 1 j", "Échéance à fixer"]);
    setCptsToday(() => today + 1);
    hf.rebuildAndRecalculate();
    expect(A(hf, 1)).toBe("En retard de 1 j");
  });

  test("an empty échéance cell means « Échéance à fixer » (not day 0)", () => {
    const hf = sheet([[null, '=CPTS.RETARD(A1,"En cours","01/09/2025")']]);
    expect(A(hf, 1)).toBe("Échéance à fixer");
  });
});

describe("registerCptsPlugin({ today })", () => {
  test("sets today for CPTS.RETARD; a later call without today goes back to the system clock", () => {
    const fixed = serial(31, 12, 9999);
    registerCptsPlugin({ today: () => fixed });
    expect(A(sheet([[fixed, '=CPTS.RETARD(A1,"")']]), 1)).toBe("Échéance aujourd'hui");
    registerCptsPlugin();
    // Whatever the machine's date, 31/12/9999 is more than 30 days away from it.
    expect(A(sheet([[fixed, '=CPTS.RETARD(A1,"")']]), 1)).toBe("Dans les temps");
  });
});
