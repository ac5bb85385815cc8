import { toFileFormula, usesCustomFunction } from "../../src/xlsx/fileFormula";

describe("toFileFormula", () => {
  it("drops the leading = and keeps Excel 2007 functions as they are", () => {
    expect(toFileFormula("=SUM(B2:B5)+IF(C1>0,1,0)")).toBe("SUM(B2:B5)+IF(C1>0,1,0)");
    expect(toFileFormula("=SUMIFS('Grille ACI'!$D$5:$D$9,'Grille ACI'!$B$5:$B$9,\"Oui\")")).toBe(
      "SUMIFS('Grille ACI'!$D$5:$D$9,'Grille ACI'!$B$5:$B$9,\"Oui\")",
    );
  });

  it("prefixes functions newer than Excel 2007 with _xlfn., whatever their case", () => {
    expect(toFileFormula('=IFNA(MATCH(A1,B:B,0),"")')).toBe('_xlfn.IFNA(MATCH(A1,B:B,0),"")');
    expect(toFileFormula('=textjoin(",",TRUE,B2:B4)')).toBe('_xlfn.TEXTJOIN(",",TRUE,B2:B4)');
    expect(toFileFormula('=IFS(A1=1,"a",TRUE,"b")+MAXIFS(C:C,D:D,1)')).toBe('_xlfn.IFS(A1=1,"a",TRUE,"b")+_xlfn.MAXIFS(C:C,D:D,1)');
  });

  it("stores CPTS.* custom functions as Excel saves them: _xldudf_CPTS_NAME", () => {
    expect(toFileFormula("=CPTS.RETARD(F5,J5,CPTS_DateReference)")).toBe("_xldudf_CPTS_RETARD(F5,J5,CPTS_DateReference)");
    expect(toFileFormula('=IFERROR(cpts.equilibre(C10,C14),"")')).toBe('IFERROR(_xldudf_CPTS_EQUILIBRE(C10,C14),"")');
  });

  it("reads any spelling of our calls through the formula module, as Réparer does", () => {
    expect(toFileFormula('=_XLDUDF_cpts_aci(3,"parcours")+@CPTS.TAILLE(A1)')).toBe('_xldudf_CPTS_ACI(3,"parcours")+@_xldudf_CPTS_TAILLE(A1)');
  });

  it("never takes a column of a structured reference for a function", () => {
    expect(toFileFormula("=SUM(T[[#This Row],[IFS]])+IFS(A1,1)")).toBe("SUM(T[[#This Row],[IFS]])+_xlfn.IFS(A1,1)");
  });

  it("leaves string literals and quoted sheet names untouched", () => {
    expect(toFileFormula('="CPTS.RETARD(x) et IFNA("&A1')).toBe('"CPTS.RETARD(x) et IFNA("&A1');
    expect(toFileFormula('=\'IFNA(1)\'!A1+"a""IFS("')).toBe('\'IFNA(1)\'!A1+"a""IFS("');
  });

  it("does not take a name for a function when it is part of a reference or a defined name", () => {
    expect(toFileFormula("=CPTS_TotalACI*CPTS_TauxAtteinte")).toBe("CPTS_TotalACI*CPTS_TauxAtteinte");
    expect(toFileFormula("=Sheet1!DAYS1+XOR1")).toBe("Sheet1!DAYS1+XOR1");
  });

  it("fails loudly on a plan formula that is not one", () => {
    expect(() => toFileFormula("SUM(A1)")).toThrow(/=/);
    expect(() => toFileFormula('="abc')).toThrow(/guillemet/);
  });

  it("tells which formulas need the add-in", () => {
    expect(usesCustomFunction("=CPTS.RETARD(A1,B1)")).toBe(true);
    expect(usesCustomFunction('=IF(A1,CPTS.EQUILIBRE(B1,C1),"")')).toBe(true);
    expect(usesCustomFunction("=CPTS_TotalACI")).toBe(false);
    expect(usesCustomFunction('="CPTS.RETARD("')).toBe(false);
  });
});
