/** The Office layer's pure helpers: moving formulas with rows, naming sheets, carry-over reading. */
import { PlanSheet, readSheetCarryOver } from "../../src/sheets/carryOver/readCarryOver";
import { sameFormula, shiftFormulaRows } from "../../src/excel/formulaRows";
import { nameSheets } from "../../src/sheets/carryOver/sheetNaming";
import { usesCptsFunction } from "../../src/excel/repair";
import { sheetMarker } from "../../src/sheets/plan";
import { planWorkbook } from "../../src/sheets/workbook";
import { choicesFor } from "./fixtures";

describe("shiftFormulaRows", () => {
  it("moves relative rows of same-sheet references only", () => {
    expect(shiftFormulaRows(`=SUM(F10:F20)+$C$5+C$5+$C5+'Grille ACI'!E7:E9+Feuil1!A1:B2+LOG10(A3)+"A1"`, 3)).toBe(
      `=SUM(F13:F23)+$C$5+C$5+$C8+'Grille ACI'!E7:E9+Feuil1!A1:B2+LOG10(A6)+"A1"`,
    );
    expect(shiftFormulaRows("=CPTS_TotalACI*2", 5)).toBe("=CPTS_TotalACI*2");
    expect(shiftFormulaRows("=A2", -1)).toBe("=A1");
    expect(shiftFormulaRows("=A1", -1)).toBe("=#REF!");
    expect(shiftFormulaRows("texte A1", 4)).toBe("texte A1");
  });

  it("compares formulas as Excel stores them", () => {
    expect(sameFormula("=IF('Paramètres'!$E$15=\"Oui\",1,0)", '=if(Paramètres!$E$15 = "Oui",1,0)')).toBe(true);
    expect(sameFormula("='Grille ACI'!A1", "=Grille ACI!A1")).toBe(false);
    expect(sameFormula('="oui"', '="OUI"')).toBe(false);
  });
});

describe("nameSheets", () => {
  it("keeps our sheets' names, takes « (2) » when a foreign sheet holds a plan name, and lists the renames", () => {
    const naming = nameSheets({ grille: "Ma grille" }, ["Feuil1", "Ma grille", "budget prévisionnel", "Budget prévisionnel (2)"]);
    expect(naming.names.grille).toBe("Ma grille");
    expect(naming.names.budget).toBe("Budget prévisionnel (3)");
    expect(naming.names.parametres).toBe("Paramètres");
    expect(naming.renames).toEqual({ "Grille ACI": "Ma grille", "Budget prévisionnel": "Budget prévisionnel (3)" });
  });
});

describe("usesCptsFunction", () => {
  it("finds CPTS.* calls outside string literals", () => {
    expect(usesCptsFunction("=CPTS.EQUILIBRE(D5,D9)")).toBe(true);
    expect(usesCptsFunction('=IF(A1,cpts.retard(B1,C1),"")')).toBe(true);
    expect(usesCptsFunction('="CPTS.ACI(1)"')).toBe(false);
    expect(usesCptsFunction("CPTS.ACI(1)")).toBe(false);
    expect(usesCptsFunction(12)).toBe(false);
    // Read back without the add-in's metadata (OfficeDev/office-js#3558): Réparer must see them too.
    expect(usesCptsFunction('=IFERROR(_xldudf_CPTS_ACI(3,"parcours"),0)')).toBe(true);
    expect(usesCptsFunction("=_XLDUDF_cpts_retard(A1,B1)")).toBe(true);
  });
});

describe("readSheetCarryOver", () => {
  const choices = choicesFor({ missions: ["parcours"] });
  const plan = planWorkbook(choices);
  const planSheet: PlanSheet = (key, carry) => planWorkbook(choices, { [key]: carry }).sheets.find((s) => s.key === key);
  const sheet = plan.sheets.find((s) => s.key === "budget")!;
  // The sheet as the writer left it: keys in column A, cells as planned.
  const formulas = sheet.rows.map((row, r) => {
    const out = row.cells.map((c) => (c?.formula ?? c?.value ?? "") as string | number);
    out[0] = r === 0 ? sheetMarker("budget") : row.key;
    return out;
  });

  it("carries nothing from a sheet nobody touched", () => {
    const { carry } = readSheetCarryOver({ key: "budget", name: "Budget prévisionnel", formulas }, [plan], planSheet);
    expect(Object.values(carry.cells).filter((cols) => Object.keys(cols).length > 0)).toEqual([]);
    expect(carry.addedRows).toEqual([]);
  });

  it("carries the user's cells and rows, and a row whose key no plan knows, never the add-in's cells", () => {
    const edited = formulas.map((row) => [...row]);
    const r = sheet.rows.findIndex((row) => row.key === "budget:parcours:dep:salaires");
    edited[r][3] = 42_000;
    edited[r][1] = "Libellé réécrit par l'utilisateur";
    edited.splice(r + 1, 0, ["", "Location de salle", "", 2_400]);
    edited.push(["ancienne:cle", "reste d'une ancienne version", "", 7]);
    const { carry, origins } = readSheetCarryOver({ key: "budget", name: "Budget prévisionnel", formulas: edited }, [plan], planSheet);
    expect(carry.cells["budget:parcours:dep:salaires"]).toEqual({ 3: 42_000 });
    expect(carry.addedRows).toEqual([{ after: "budget:parcours:dep:salaires", values: { 1: "Location de salle", 3: 2_400 } }]);
    expect(origins.added).toEqual([r + 2]);
    expect(carry.cells["ancienne:cle"]).toEqual({ 1: "reste d'une ancienne version", 3: 7 });
  });
});
