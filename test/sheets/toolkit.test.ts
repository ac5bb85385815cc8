/** The planners' toolkit: A1 addresses, sheet-reference renaming, formats. */
import { DATE_FORMAT, EURO_FORMAT, PERCENT_FORMAT, a1, colIndex, colLetter, parseA1, rangeA1, renameSheetReferences, sheetRef } from "../../src/sheets";

describe("A1 helpers", () => {
  test("column letters", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(colLetter)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    for (const i of [0, 25, 26, 701, 702, 16383]) expect(colIndex(colLetter(i))).toBe(i);
    expect(colLetter(16383)).toBe("XFD");
    expect(() => colLetter(-1)).toThrow();
  });

  test("cells and ranges", () => {
    expect(a1(2, 5)).toBe("C5");
    expect(a1(2, 5, true)).toBe("$C$5");
    expect(rangeA1(5, 9, 2, 5)).toBe("C5:F9");
    expect(parseA1("$AB$12")).toEqual({ col: 27, row: 12 });
    expect(() => a1(1, 0)).toThrow();
  });

  test("cross-sheet references are always quoted", () => {
    expect(sheetRef("grille", "$H$7")).toBe("'Grille ACI'!$H$7");
    expect(sheetRef("parametres", "$C$6")).toBe("'Paramètres'!$C$6");
  });
});

describe("renameSheetReferences", () => {
  test("rewrites quoted and unquoted references", () => {
    expect(renameSheetReferences("='Grille ACI'!$H$7+Versements!F10", { "Grille ACI": "Grille ACI (2)", Versements: "Paiements" })).toBe(
      "='Grille ACI (2)'!$H$7+'Paiements'!F10",
    );
  });

  test("matches sheet names case-insensitively, as Excel does", () => {
    expect(renameSheetReferences("='grille aci'!H7", { "Grille ACI": "Ma grille" })).toBe("='Ma grille'!H7");
  });

  test("swaps two names in one pass", () => {
    expect(renameSheetReferences("='A'!A1+B!A1", { A: "B", B: "A" })).toBe("='B'!A1+'A'!A1");
  });

  test("leaves string literals, other sheets and longer names alone", () => {
    const formula = `=IF('Paramètres'!$D$15="Oui","Voir 'Grille ACI'!H7",XVersements!A1+Versements2!A1)`;
    expect(renameSheetReferences(formula, { Versements: "V", "Grille ACI": "G" })).toBe(formula);
  });

  test("handles apostrophes in names", () => {
    expect(renameSheetReferences("='Budget prévisionnel'!D5", { "Budget prévisionnel": "Budget de l'année" })).toBe("='Budget de l''année'!D5");
    expect(renameSheetReferences("='Budget de l''année'!D5", { "Budget de l'année": "Budget" })).toBe("='Budget'!D5");
  });
});

test("number formats show French amounts, dates and rates", () => {
  // "#,##0" groups thousands with the locale's separator: "1 250 €" in a French Excel or LibreOffice.
  expect(EURO_FORMAT).toBe('#,##0 "€"');
  expect(DATE_FORMAT).toBe("dd/mm/yyyy");
  expect(PERCENT_FORMAT).toBe("0 %");
});
