/**
 * The Trésorerie's inputs, one column per contract year: the opening balance and the spending the
 * treasurer plans for each month. A treasurer follows year 2, then year 3: the sheet reads only the
 * followed year's column (INDEX by CPTS_AnneeContrat), and the other columns keep what was typed for
 * them — switching the year, or regenerating, loses nothing and applies nothing to the wrong year.
 */
import { CONTRACT_YEARS } from "../domain";
import { CASH_MONTHS } from "../domain/cash";
import { a1, a1RowAbs, rangeA1 } from "./addresses";
import type { SheetBuilder } from "./builder";
import type { CellPlan } from "./plan";
import { CF_COLORS, DATE_FORMAT, EURO_FORMAT } from "./styles";
import { TRESORERIE_LABELS as L } from "./tresorerieLabels";

/** Year 1 sits in column C, year 5 in column G. */
const FIRST_YEAR_COL = 2;
const yearCol = (year: number): number => FIRST_YEAR_COL + year - 1;
const LAST_YEAR_COL = yearCol(CONTRACT_YEARS);

export const TRESORERIE_INPUT_KEYS = {
  opening: "tre:saisie:ouverture",
  planned: (m: number) => `tre:saisie:mois:${m}`,
} as const;

/** Column of a contract year in the input grid (0 = A). */
export function tresorerieInputColumn(year: number): number {
  return yearCol(year);
}

export interface TresorerieInputs {
  /** The followed year's opening balance (an expression: INDEX over the opening row). */
  openingForYear: string;
  /** Month 1–12 (index 0–11): the followed year's planned spending, an INDEX expression. */
  plannedForYear: string[];
  /** The followed year's total planned and how many months are planned. */
  totalForYear: string;
  countForYear: string;
}

/** Plans the grid under the monthly table; `year` is the cell holding the followed year (1–5). */
export function planTresorerieInputs(b: SheetBuilder, year: string): TresorerieInputs {
  const years = Array.from({ length: CONTRACT_YEARS }, (_, i) => i + 1);
  b.row("tre:saisies:titre", [{ value: L.inputsTitle, role: "subtitle" }]);
  const header = b.row("tre:saisies:entetes", [
    { value: null, role: "header" },
    // Numbers shown as « Année n »: the followed column is found by comparing them with the year.
    ...years.map((y): CellPlan => ({ value: y, role: "header", format: '"Année "0' })),
  ]);
  const startRow = b.row("tre:saisies:debut", [
    { value: L.inputsStart, role: "label" },
    ...years.map((y): CellPlan => ({ formula: `=EDATE(CPTS_Signature,${12 * (y - 1)})`, role: "computed", format: DATE_FORMAT })),
  ]);
  const input: CellPlan = { value: null, role: "input", format: EURO_FORMAT };
  const openingRow = b.row(TRESORERIE_INPUT_KEYS.opening, [{ value: L.openingInput, role: "label" }, ...years.map(() => ({ ...input }))]);
  const plannedRows: number[] = [];
  for (let m = 1; m <= CASH_MONTHS; m++) {
    plannedRows.push(b.row(TRESORERIE_INPUT_KEYS.planned(m), [{ value: L.plannedMonth(m), role: "label" }, ...years.map(() => ({ ...input }))]));
  }
  // Explicit cells, not a range: a row the user adds among the months is not a month.
  const perYear = (fn: "SUM" | "COUNT", y: number): string => `=${fn}(${plannedRows.map((r) => a1(yearCol(y), r)).join(",")})`;
  const totalRow = b.row("tre:saisie:total", [
    { value: L.plannedTotal, role: "total" },
    ...years.map((y): CellPlan => ({ formula: perYear("SUM", y), role: "total", format: EURO_FORMAT })),
  ]);
  const countRow = b.row("tre:saisie:nombre", [
    { value: L.plannedCount, role: "label" },
    ...years.map((y): CellPlan => ({ formula: perYear("COUNT", y), role: "computed", format: "0" })),
  ]);
  b.row("tre:saisies:note", [{ value: L.inputsNote, role: "note", wrap: true }], { height: 45 });

  b.validations.push(
    {
      range: rangeA1(FIRST_YEAR_COL, openingRow, LAST_YEAR_COL, openingRow),
      type: "decimal",
      min: -1e9,
      max: 1e9,
      prompt: L.openingPrompt,
      error: L.openingError,
    },
    {
      range: rangeA1(FIRST_YEAR_COL, plannedRows[0], LAST_YEAR_COL, plannedRows[plannedRows.length - 1]),
      type: "decimal",
      min: 0,
      max: 1e9,
      prompt: L.plannedPrompt,
      error: L.plannedError,
    },
  );
  b.conditionalFormats.push({
    // The header and start dates only: the inputs keep their yellow.
    range: rangeA1(FIRST_YEAR_COL, header, LAST_YEAR_COL, startRow),
    formula: `=${a1RowAbs(FIRST_YEAR_COL, header)}=${year}`,
    fill: CF_COLORS.highlightFill,
    fontColor: CF_COLORS.highlightFont,
    bold: true,
  });

  const ofYear = (row: number): string => `INDEX(${rangeA1(FIRST_YEAR_COL, row, LAST_YEAR_COL, row, true)},1,${year})`;
  return {
    openingForYear: ofYear(openingRow),
    plannedForYear: plannedRows.map(ofYear),
    totalForYear: ofYear(totalRow),
    countForYear: ofYear(countRow),
  };
}
