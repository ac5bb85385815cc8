/**
 * Suivi budgétaire: the réalisé of a contract year against its prévu (the Budget prévisionnel's annual
 * amount), month by month. The rules, and why:
 * - cumul: every amount typed for the year's 12 months, future months included (an invoice already
 *   committed is spent money for the treasurer).
 * - % consommé: cumul / prévu; none when nothing is prévu (a ratio to 0 means nothing).
 * - reste: prévu − cumul (negative once overspent).
 * - mois écoulés: the months of the year already closed at the date de référence (month m of year y
 *   ends at EDATE(signature, 12(y − 1) + m)); a month under way is not a pace yet.
 * - projection to year end: the cumul, plus the pace of the closed months (their réalisé / their
 *   number) over the months still to close. Before the first month closes there is no pace: the
 *   projection is the cumul. Once the year is over it is the cumul. The treasurer reads "at this pace,
 *   the block ends the year at …", the question funders ask.
 * - écart: projection − prévu (positive: the projection overshoots the budget).
 * - verdict per block, first rule that applies, amounts to the cent like the Équilibre:
 *   already overspent (cumul > prévu) « Dépassement de 2 300 € »; consumed ahead of the calendar
 *   (projection > prévu) « Dépassement projeté de 1 200 € »; nothing prévu « Aucune dépense prévue »;
 *   else « Consommé à 45 % » (rounded to the unit, half away from zero like Excel's ROUND).
 *   Both problems start with « Dépassement »: the Contrôles list and the pane flag them by that prefix.
 */
import { edate } from "./calendar";
import { formatEuros } from "./frenchFormat";

export const MONTHS_PER_YEAR = 12;

export const FOLLOW_UP = {
  overspent: (amount: number) => `Dépassement de ${formatEuros(amount)}`,
  projected: (amount: number) => `Dépassement projeté de ${formatEuros(amount)}`,
  noBudget: "Aucune dépense prévue",
  consumed: (percent: number) => `Consommé à ${percent} %`,
  /** What every problem verdict starts with. */
  problemPrefix: "Dépassement",
} as const;

export interface FollowUp {
  prevu: number;
  cumul: number;
  /** cumul / prévu, 1 = 100 %; null when prévu is not positive. */
  percent: number | null;
  reste: number;
  projection: number;
  ecart: number;
}

/** Round half away from zero, as Excel's ROUND(x, 0). */
export function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/**
 * Months of contract year `year` (1–5) closed at `dateRef` (0–12): month m ends at
 * EDATE(signature, 12 (year − 1) + m). Serials; the time of day counts as the day.
 */
export function elapsedMonths(signature: number, year: number, dateRef: number): number {
  let count = 0;
  for (let m = 1; m <= MONTHS_PER_YEAR; m++) if (edate(signature, MONTHS_PER_YEAR * (year - 1) + m) <= dateRef) count++;
  return count;
}

/**
 * The follow-up of one line (or block) from its prévu, its 12 monthly réalisés (null: not typed) and
 * the closed months. The operations are in the order the sheet's formulas spell them, so both agree
 * to the last bit.
 */
export function followUp(prevu: number, monthly: readonly (number | null)[], elapsed: number): FollowUp {
  if (monthly.length !== MONTHS_PER_YEAR) throw new Error(`12 mois attendus, ${monthly.length} reçus`);
  const closedCount = Math.max(0, Math.min(MONTHS_PER_YEAR, Math.trunc(elapsed)));
  const cumul = monthly.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const closed = monthly.slice(0, closedCount).reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const projection = closedCount > 0 ? cumul + (closed / closedCount) * (MONTHS_PER_YEAR - closedCount) : cumul;
  return {
    prevu,
    cumul,
    percent: prevu > 0 ? cumul / prevu : null,
    reste: prevu - cumul,
    projection,
    ecart: projection - prevu,
  };
}

/** The block's verdict (see the file comment for the rules and why). */
export function followUpVerdict(prevu: number, cumul: number, projection: number): string {
  const overCents = Math.round((cumul - prevu) * 100);
  if (overCents > 0) return FOLLOW_UP.overspent(overCents / 100);
  const projectedCents = Math.round((projection - prevu) * 100);
  if (projectedCents > 0) return FOLLOW_UP.projected(projectedCents / 100);
  if (!(prevu > 0)) return FOLLOW_UP.noBudget;
  return FOLLOW_UP.consumed(roundHalfAway((cumul / prevu) * 100));
}

/** Whether a verdict is one of the problems (overspent, or projected to be). */
export function isFollowUpProblem(verdict: string): boolean {
  return verdict.startsWith(FOLLOW_UP.problemPrefix);
}
