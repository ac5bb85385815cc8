/**
 * Test helpers for the Suivi budgétaire: type a réalisé or a prévu as a user would, and compute what
 * the domain (src/domain/followUp.ts) says the sheet must show, from the same typed values.
 */
import { FollowUp, MONTHS_PER_YEAR, elapsedMonths, followUp, followUpVerdict } from "../../src/domain/followUp";
import { a1 } from "../../src/sheets/addresses";
import { PARAMETRES_NAMES } from "../../src/sheets/parametres";
import { SUIVI_COL } from "../../src/sheets/suiviBlocks";
import { monthColumn } from "../../src/sheets/suiviFormulas";
import type { EvaluatedWorkbook } from "../support/evaluatePlan";

export const plain = (address: string): string => address.replace(/\$/g, "");

/** The Suivi cell of month m of contract year y on a row. */
export function monthCell(book: EvaluatedWorkbook, rowKey: string, year: number, month: number): string {
  return a1(monthColumn(SUIVI_COL.firstMonth, year, month), book.rowOf("suivi", rowKey));
}

export function typeRealise(book: EvaluatedWorkbook, rowKey: string, year: number, month: number, amount: number | null): void {
  book.setCell("suivi", monthCell(book, rowKey, year, month), amount);
}

export function typePrevu(book: EvaluatedWorkbook, budgetRowKey: string, amount: number | null): void {
  book.setCell("budget", a1(3, book.rowOf("budget", budgetRowKey)), amount);
}

export function setDateReference(book: EvaluatedWorkbook, serial: number | null, year: number | null): void {
  book.setCell("parametres", plain(PARAMETRES_NAMES.CPTS_DateReferenceSaisie), serial);
  book.setCell("parametres", plain(PARAMETRES_NAMES.CPTS_AnneeContratSaisie), year);
}

const num = (v: unknown): number => (typeof v === "number" ? v : v === null ? 0 : NaN);

/** The 12 monthly réalisés of year y typed on a row (null where empty). */
export function monthly(book: EvaluatedWorkbook, rowKey: string, year: number): (number | null)[] {
  return Array.from({ length: MONTHS_PER_YEAR }, (_, i) => {
    const v = book.getCell("suivi", monthCell(book, rowKey, year, i + 1));
    return typeof v === "number" ? v : null;
  });
}

/** What the domain says for a set of rows (one line, or a block's lines summed month by month). */
export function expected(
  book: EvaluatedWorkbook,
  rowKeys: readonly string[],
  year: number,
  signature: number,
  dateRef: number,
): FollowUp & { verdict: string } {
  const rows = rowKeys.map((k) => monthly(book, k, year));
  const sums = Array.from({ length: MONTHS_PER_YEAR }, (_, m) => rows.reduce<number>((s, r) => s + (r[m] ?? 0), 0));
  const prevu = rowKeys.reduce((s, k) => s + num(book.getByKey("suivi", k, SUIVI_COL.prevu)), 0);
  const f = followUp(prevu, rowKeys.length === 1 ? rows[0] : sums, elapsedMonths(signature, year, dateRef));
  return { ...f, verdict: followUpVerdict(f.prevu, f.cumul, f.projection) };
}

/** What the sheet shows on a row, in the domain's shape. */
export function shown(book: EvaluatedWorkbook, rowKey: string): Record<string, unknown> {
  const at = (col: number): unknown => book.getByKey("suivi", rowKey, col);
  return {
    prevu: at(SUIVI_COL.prevu),
    cumul: at(SUIVI_COL.cumul),
    percent: at(SUIVI_COL.percent),
    reste: at(SUIVI_COL.reste),
    projection: at(SUIVI_COL.projection),
    ecart: at(SUIVI_COL.ecart),
    verdict: at(SUIVI_COL.verdict),
  };
}

/** Compares a row with the domain: amounts to 1e-6 € (10 significant digits beyond), the verdict word for word. */
export function expectRowMatches(book: EvaluatedWorkbook, rowKey: string, want: FollowUp & { verdict: string }, withVerdict: boolean): void {
  const got = shown(book, rowKey);
  const close = (a: unknown, b: number): void => {
    // HyperFormula hands values rounded to 10 significant digits (its smartRounding): relative beyond 1 000 €.
    if (typeof a !== "number" || Math.abs(a - b) > Math.max(1e-6, 1e-9 * Math.abs(b)))
      throw new Error(`${rowKey}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  };
  close(got.prevu, want.prevu);
  close(got.cumul, want.cumul);
  close(got.reste, want.reste);
  close(got.projection, want.projection);
  close(got.ecart, want.ecart);
  if (want.percent === null) {
    if (got.percent !== "") throw new Error(`${rowKey}: % ${String(got.percent)} instead of blank`);
  } else close(got.percent, want.percent);
  if (withVerdict && got.verdict !== want.verdict) throw new Error(`${rowKey}: verdict « ${String(got.verdict)} » ≠ « ${want.verdict} »`);
}
