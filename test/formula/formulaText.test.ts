/** The formula module: tokens back to the exact text, renames, row shifts, comparison, CPTS.* spellings. */
import {
  canonicalCptsFormula,
  cellReference,
  cptsFunctionOf,
  isParsed,
  joinFormula,
  mapFunctionNames,
  renameSheetReferences,
  sameFormula,
  shiftFormulaRows,
  tokenizeFormula,
  usesCptsFunction,
} from "../../src/sheets/formulaText";
import { planWorkbook } from "../../src/sheets/workbook";
import { SELECTIONS, choicesFor } from "../excel/fixtures";

const kinds = (formula: string) =>
  tokenizeFormula(formula)
    .filter((t) => t.type !== "trivia")
    .map((t) => [t.type, t.subtype, t.text]);

describe("tokenizeFormula", () => {
  it("gives back the exact text, spaces, newlines, a leading + and @ included", () => {
    for (const f of ["=SUM( A1 , B1 )", "=+A1 + B2", '=@CPTS.ACI(3,"parcours")', "=SUM(A1,\nB1)", "  =A1", "={1,2;3,4}", "=-A1%", "=A1 B1"]) {
      const tokens = tokenizeFormula(f);
      expect(isParsed(tokens)).toBe(true);
      expect(joinFormula(tokens)).toBe(f);
    }
  });

  it("keeps a quoted sheet name with a doubled apostrophe, and a structured reference, as one token", () => {
    expect(kinds("='It''s'!A1+Table1[[#This Row],[Col A]]")).toEqual([
      ["operand", "range", "'It''s'!A1"],
      ["operator-infix", "math", "+"],
      ["operand", "range", "Table1[[#This Row],[Col A]]"],
    ]);
  });

  it("tells string literals from references, and reads lower-case logicals and 1e5 as Excel does", () => {
    expect(kinds('=IF(A1="B2",true,1e5)')).toEqual([
      ["function", "start", "IF("],
      ["operand", "range", "A1"],
      ["operator-infix", "logical", "="],
      ["operand", "text", '"B2"'],
      ["argument", "", ","],
      ["operand", "logical", "true"],
      ["argument", "", ","],
      ["operand", "number", "1e5"],
      ["function", "stop", ")"],
    ]);
  });

  it("reads what it cannot tokenize as one unparsed token, without throwing", () => {
    for (const f of ['="abc', "=A1)", "=SUM(A1"]) {
      const tokens = tokenizeFormula(f);
      expect(joinFormula(tokens)).toBe(f);
      if (!isParsed(tokens)) expect(tokens).toHaveLength(1);
    }
    expect(isParsed(tokenizeFormula('="abc'))).toBe(false);
    expect(isParsed(tokenizeFormula("=A1)"))).toBe(false);
    expect(tokenizeFormula("")).toEqual([]);
  });
});

describe("renameSheetReferences", () => {
  it("renames quoted, unquoted, 3D and sheet-scoped references, never other workbooks' or texts", () => {
    const renames = { Versements: "Paiements", "It's": "C'est" };
    expect(renameSheetReferences("=Versements!A1:B2+'It''s'!C3", renames)).toBe("='Paiements'!A1:B2+'C''est'!C3");
    expect(renameSheetReferences("=SUM(Versements:Feuil3!A1)", renames)).toBe("=SUM('Paiements:Feuil3'!A1)");
    expect(renameSheetReferences("=Versements!MaLambda(1)+A1:Versements!B2", renames)).toBe("='Paiements'!MaLambda(1)+A1:'Paiements'!B2");
    const untouched = `=[1]Versements!A1+'C:\\x\\[Book.xlsx]Versements'!A1&"Versements!A1"&Versements[Col]`;
    expect(renameSheetReferences(untouched, renames)).toBe(untouched);
  });

  it("leaves a text that is not a formula alone, and a formula it cannot read", () => {
    expect(renameSheetReferences('="Versements!A1', { Versements: "V" })).toBe('="Versements!A1');
  });
});

describe("shiftFormulaRows", () => {
  it("moves relative rows of the sheet's own references, ranges and whole rows", () => {
    expect(shiftFormulaRows("=SUM(A1:$B$2)+A$3+$A4+SUM(5:7)+SUM($5:7)+SUM(C:C)", 2)).toBe("=SUM(A3:$B$2)+A$3+$A6+SUM(7:9)+SUM($5:9)+SUM(C:C)");
  });

  it("leaves other sheets, names, structured references, functions and strings alone", () => {
    const formula = `=Feuil1!A1:B2+'Grille ACI'!C3+CPTS_TotalACI+Table1[[#This Row],[A1]]+LOG10(1)&"A1"+@A1`;
    expect(shiftFormulaRows(formula, 4)).toBe(`=Feuil1!A1:B2+'Grille ACI'!C3+CPTS_TotalACI+Table1[[#This Row],[A1]]+LOG10(1)&"A1"+@A5`);
  });

  it("moves references qualified with the formula's own sheet when told its name", () => {
    expect(shiftFormulaRows("='Budget prévisionnel'!D5+Feuil1!D5", 1, { sheet: "budget PRÉVISIONNEL" })).toBe("='Budget prévisionnel'!D6+Feuil1!D5");
  });

  it("moves the reference before a function that ends a range (A1:INDEX(…))", () => {
    expect(shiftFormulaRows("=SUM(A1:INDEX(B:B,5))", 1)).toBe("=SUM(A2:INDEX(B:B,5))");
  });

  it("moves a spilled range's anchor, and reads past errors newer than Excel 2007", () => {
    expect(shiftFormulaRows("=SUM(A1#)+B2", 2)).toBe("=SUM(A3#)+B4");
    expect(shiftFormulaRows("=SUM(A1,\nB1)+\r\n  C1", 2)).toBe("=SUM(A3,\nB3)+\r\n  C3");
    expect(shiftFormulaRows("=IF(ISERROR(A1),#CALC!,B2)+#GETTING_DATA", 1)).toBe("=IF(ISERROR(A2),#CALC!,B3)+#GETTING_DATA");
    expect(kinds("=#SPILL!")).toEqual([["operand", "error", "#SPILL!"]]);
    expect(shiftFormulaRows('=T[[#This Row],[A1]]&"#A1"&A1', 1)).toBe('=T[[#This Row],[A1]]&"#A1"&A2');
  });

  it("breaks a reference pushed off the sheet, as Excel shows it", () => {
    expect(shiftFormulaRows("=A1:A3", -1)).toBe("=#REF!");
    expect(shiftFormulaRows("=A1048576", 1)).toBe("=#REF!");
  });
});

describe("sameFormula", () => {
  it("ignores case, spaces, needless sheet quotes, how numbers are written and _xlfn. prefixes", () => {
    expect(sameFormula("=IF('Paramètres'!$E$15=\"Oui\",1.0,0)", '=if(Paramètres!$e$15 = "Oui", 1, 0)')).toBe(true);
    expect(sameFormula("=IFNA(A1,0)", "=_xlfn.IFNA(A1,0)")).toBe(true);
    expect(sameFormula('=IFERROR(CPTS.RETARD(A1,B1),"")', '=IFERROR(_xldudf_CPTS_RETARD(A1,B1),"")')).toBe(true);
  });

  it("does not confuse texts, absolute references or different formulas", () => {
    expect(sameFormula('="oui"', '="OUI"')).toBe(false);
    expect(sameFormula("=A1", "=$A1")).toBe(false);
    expect(sameFormula("='Grille ACI'!A1", "=Grille ACI!A1")).toBe(false);
    expect(sameFormula("=A1+B1", "=A1 + B2")).toBe(false);
  });
});

describe("CPTS.* calls", () => {
  it("recognises every spelling of our functions, nothing else", () => {
    expect(["CPTS.ACI", "cpts.aci", "_xldudf_CPTS_ACI", "_XLDUDF_cpts_aci", "[2]!_xldudf_CPTS_ACI", "_xldudf_CPTS.ACI"].map(cptsFunctionOf)).toEqual(
      Array(6).fill("ACI"),
    );
    expect(["CPTS_TotalACI", "XCPTS.ACI", "_xll.CPTS.ACI", "CPTS", "SUM"].map(cptsFunctionOf)).toEqual(Array(5).fill(undefined));
  });

  it("finds calls outside string literals only, in formulas only", () => {
    expect(usesCptsFunction('=IF(A1,_xldudf_CPTS_RETARD(B1,C1),"")')).toBe(true);
    expect(usesCptsFunction('=[2]!_xldudf_CPTS_ACI(3,"parcours")')).toBe(true);
    expect(usesCptsFunction('="_xldudf_CPTS_ACI(1)"&CPTS_TotalACI')).toBe(false);
    expect(usesCptsFunction("_xldudf_CPTS_ACI(1)")).toBe(false);
    expect(usesCptsFunction(null)).toBe(false);
  });

  it("rewrites every spelling as CPTS.X(, keeping texts, @ and the rest as they are", () => {
    expect(canonicalCptsFormula('=IFERROR(_xldudf_CPTS_ACI(3,"_xldudf_CPTS_ACI("),[2]!_xldudf_cpts_total(3,"parcours"))+@cpts.aci(1,"x")')).toBe(
      '=IFERROR(CPTS.ACI(3,"_xldudf_CPTS_ACI("),CPTS.TOTAL(3,"parcours"))+@CPTS.ACI(1,"x")',
    );
    expect(canonicalCptsFormula("=SUM(A1)")).toBe("=SUM(A1)");
  });

  it("respells function names only, through one callback", () => {
    expect(mapFunctionNames('=sum(A1)+"sum("+Sheet1!sum', (n) => n.toUpperCase())).toBe('=SUM(A1)+"sum("+Sheet1!sum');
  });
});

describe("cellReference", () => {
  it("reads the cell a name points at, quoted or not, and nothing else", () => {
    expect(cellReference("=Paramètres!$C$4")).toEqual({ sheet: "Paramètres", address: "$C$4" });
    expect(cellReference("='Budget de l''année'!D5")).toEqual({ sheet: "Budget de l'année", address: "D5" });
    expect(cellReference("=$C$4")).toEqual({ sheet: undefined, address: "$C$4" });
    for (const f of ["=Paramètres!$C$4:$C$5", "=[1]Paramètres!C4", "=Paramètres!C4+1", '="Paramètres!C4"', "=CPTS_Nom", "Paramètres!C4"])
      expect(cellReference(f)).toBeUndefined();
  });
});

describe("the plans' own formulas", () => {
  it("are all read whole, given back exactly, and already spell our calls CPTS.X(", () => {
    const formulas = SELECTIONS.flatMap((s) =>
      planWorkbook(choicesFor({ missions: s.missions, snp: s.snp })).sheets.flatMap((sheet) => [
        ...sheet.rows.flatMap((r) => r.cells.map((c) => c?.formula)),
        ...sheet.conditionalFormats.map((cf) => cf.formula),
      ]),
    ).filter((f): f is string => f !== undefined);
    expect(formulas.length).toBeGreaterThan(500);
    const misread = formulas.filter((f) => {
      const tokens = tokenizeFormula(f);
      return !isParsed(tokens) || joinFormula(tokens) !== f || canonicalCptsFormula(f) !== f;
    });
    expect(misread).toEqual([]);
  });
});
