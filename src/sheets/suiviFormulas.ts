/**
 * The Suivi budgétaire's formulas, one per rule of src/domain/followUp.ts and spelled in the same
 * order of operations, so a sheet and the domain agree to the last bit (test/sheets/suivi*.test.ts).
 * The followed year's 12 columns are picked with CHOOSE(CPTS_AnneeContrat, …) over the 5 years'
 * columns: the same cells answer for any year chosen in Paramètres, without regeneration.
 */
import { CONTRACT_YEARS } from "../domain";
import { FOLLOW_UP, MONTHS_PER_YEAR } from "../domain/followUp";
import { colLetter } from "./addresses";
import { around, frenchAmount } from "./nativeVerdicts";
import { excelString } from "./references";

/** Column (0 = A) of month m (1–12) of contract year y (1–5), the first month column being `first`. */
export function monthColumn(first: number, year: number, month: number): number {
  return first + MONTHS_PER_YEAR * (year - 1) + (month - 1);
}

/** CHOOSE(CPTS_AnneeContrat, part(1), …, part(5)): the followed year's version of an expression. */
export function byFollowedYear(part: (year: number) => string): string {
  return `CHOOSE(CPTS_AnneeContrat,${Array.from({ length: CONTRACT_YEARS }, (_, i) => part(i + 1)).join(",")})`;
}

/** Row `row`'s 12 month cells of year y, e.g. "J12:U12" (rowAbsolute: "J$8:U$8"). */
export function yearRange(first: number, year: number, row: number, rowAbsolute = false): string {
  const from = colLetter(monthColumn(first, year, 1));
  const to = colLetter(monthColumn(first, year, MONTHS_PER_YEAR));
  const r = rowAbsolute ? `$${row}` : String(row);
  return `${from}${r}:${to}${r}`;
}

/** Cumul of the followed year on a row: every amount typed for its 12 months. */
export function cumulFormula(first: number, row: number): string {
  return `=${byFollowedYear((y) => `SUM(${yearRange(first, y, row)})`)}`;
}

/** % consommé: cumul / prévu, blank without a positive prévu. */
export function percentFormula(prevu: string, cumul: string): string {
  return `=IF(${prevu}>0,${cumul}/${prevu},"")`;
}

/**
 * Projection to year end: cumul + (réalisé of the closed months / their number) × (12 − their number);
 * the cumul when no month is closed. `closedRow` holds 1 under each closed month, `elapsed` the count.
 */
export function projectionFormula(first: number, row: number, cumul: string, closedRow: number, elapsed: string): string {
  const closed = byFollowedYear((y) => `SUMPRODUCT(${yearRange(first, y, closedRow, true)},${yearRange(first, y, row)})`);
  return `=${cumul}+IF(${elapsed}>0,${closed}/${elapsed}*(${MONTHS_PER_YEAR}-${elapsed}),0)`;
}

const [OVER_BEFORE, EURO_AFTER] = around(FOLLOW_UP.overspent);
const [PROJECTED_BEFORE, PROJECTED_AFTER] = around(FOLLOW_UP.projected);
const [CONSUMED_BEFORE, CONSUMED_AFTER] = around(FOLLOW_UP.consumed);
if (PROJECTED_AFTER !== EURO_AFTER) throw new Error("Les dépassements doivent finir de la même façon");

const centsOver = (amount: string, prevu: string): string => `ROUND((${amount}-${prevu})*100,0)`;

/** When a block's verdict is a « Dépassement… » (already, or projected): the verdict's own comparisons. */
export function overspentCondition(prevu: string, cumul: string, projection: string): string {
  return `OR(${centsOver(cumul, prevu)}>0,${centsOver(projection, prevu)}>0)`;
}

/** Native twin of followUpVerdict(prévu, cumul, projection), as an expression without "=". */
export function nativeFollowUpVerdict(prevu: string, cumul: string, projection: string): string {
  const s = excelString;
  const over = centsOver(cumul, prevu);
  const projected = centsOver(projection, prevu);
  return (
    `IF(${over}>0,${s(OVER_BEFORE)}&${frenchAmount(over)}&${s(EURO_AFTER)},` +
    `IF(${projected}>0,${s(PROJECTED_BEFORE)}&${frenchAmount(projected)}&${s(EURO_AFTER)},` +
    `IF(${prevu}>0,${s(CONSUMED_BEFORE)}&ROUND(${cumul}/${prevu}*100,0)&${s(CONSUMED_AFTER)},${s(FOLLOW_UP.noBudget)})))`
  );
}

/**
 * The verdict cell: the native formula alone. Its wording is three fixed texts around an amount or a
 * percentage, which a formula spells exactly (amounts grouped like nativeVerdicts.ts): a CPTS.*
 * function would only repeat it, and the file reads the same with or without the add-in.
 */
export function suiviVerdictFormula(prevu: string, cumul: string, projection: string): string {
  return `=${nativeFollowUpVerdict(prevu, cumul, projection)}`;
}
