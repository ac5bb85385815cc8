/**
 * The month-by-month cash position of one contract year (issue 11), the rule the Trésorerie sheet
 * computes natively and its tests compare against.
 *
 * - Month 1 starts at the year's anniversary of the signature; month m covers [EDATE(start, m − 1),
 *   EDATE(start, m)), so a payment dated at midnight of the next anniversary belongs to the next year.
 * - Receipts: a payment with a « Montant reçu » counts that amount on its « Date de réception » (on its
 *   expected date when the reception date is missing); a payment not received yet counts its expected
 *   amount on its expected date. Funders advise planning on amounts actually paid (seed 004): as soon
 *   as the treasurer types what arrived, the forecast gives way to it.
 * - Spending: a month with any réalisé typed in the Suivi budgétaire spends that réalisé; otherwise the
 *   amount the treasurer planned for that month, when typed; otherwise an even share of what is left of
 *   the year's prévu once the planned months are taken out (so the year still spends the prévu).
 * - The first negative month is the first whose closing balance, to the cent, is below zero.
 */
import { dateFromSerial, edate } from "./calendar";
import { formatEuros } from "./frenchFormat";

export const CASH_MONTHS = 12;

export const FRENCH_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"] as const;

/** One expected payment of the Versements, with what the treasurer typed when it arrived. */
export interface CashPayment {
  expectedDate: number | null;
  expectedAmount: number | null;
  receivedDate: number | null;
  /** null: not received yet. */
  receivedAmount: number | null;
}

export interface CashInputs {
  /** First day of month 1: the signature's anniversary opening the followed contract year (serial). */
  yearStart: number;
  /** Cash at the start of the year; null (not typed) counts as 0. */
  opening: number | null;
  payments: readonly CashPayment[];
  /** Month 1–12 (index 0–11): the total réalisé typed in the Suivi, and how many amounts were typed. */
  realise: readonly number[];
  entries: readonly number[];
  /** The year's dépenses prévues (Budget prévisionnel). */
  prevuAnnual: number;
  /** Month 1–12: the spending the treasurer planned for that month, null where the prévu is spread. */
  planned: readonly (number | null)[];
}

export type SpendingSource = "realise" | "planned" | "spread";

export interface CashMonth {
  /** 1–12 */
  month: number;
  start: number;
  /** First day of the next month (excluded). */
  end: number;
  opening: number;
  receipts: number;
  spending: number;
  source: SpendingSource;
  closing: number;
}

/** The French words of the sheet's « Origine des décaissements » column. */
export const SPENDING_SOURCE_LABELS: Readonly<Record<SpendingSource, string>> = {
  realise: "Réalisé",
  planned: "Prévu saisi",
  spread: "Prévu réparti",
};

/** The start every negative alert shares: the Contrôles and the pane flag on it. */
export const CASH_NEGATIVE_PREFIX = "Trésorerie négative";

export const CASH_STATUS = {
  positive: "Trésorerie positive toute l'année",
  negative: (month: string, amount: number) => `${CASH_NEGATIVE_PREFIX} en ${month} : −${formatEuros(amount)}`,
} as const;

/** Excel's ROUND(x, 0): halves away from zero. */
export function excelRound(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/** "mars 2027" for a serial. */
export function frenchMonthYear(serial: number): string {
  const { year, month } = dateFromSerial(serial);
  return `${FRENCH_MONTHS[month - 1]} ${year}`;
}

const isNumber = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);
const within = (d: number | null, start: number, end: number): boolean => isNumber(d) && d >= start && d < end;

/**
 * The date and amount a payment counts for: received, its amount on its reception date (its expected
 * date when none was typed); not received, its expected amount on its expected date.
 */
export function countedReceipt(p: CashPayment): { date: number | null; amount: number } {
  if (isNumber(p.receivedAmount)) return { date: isNumber(p.receivedDate) ? p.receivedDate : p.expectedDate, amount: p.receivedAmount };
  return { date: p.expectedDate, amount: isNumber(p.expectedAmount) ? p.expectedAmount : 0 };
}

/** What the payments bring in [start, end), added in payment order as the sheet adds them. */
export function receiptsBetween(payments: readonly CashPayment[], start: number, end: number): number {
  let total = 0;
  for (const p of payments) {
    const { date, amount } = countedReceipt(p);
    if (within(date, start, end)) total += amount;
  }
  return total;
}

/** The even share of the prévu for each month the treasurer did not plan (0 when all 12 are planned). */
export function spreadShare(prevuAnnual: number, planned: readonly (number | null)[]): number {
  const typed = planned.slice(0, CASH_MONTHS).filter(isNumber);
  if (typed.length >= CASH_MONTHS) return 0;
  const plannedTotal = typed.reduce((sum, v) => sum + v, 0);
  return Math.max(0, prevuAnnual - plannedTotal) / (CASH_MONTHS - typed.length);
}

/** The 12 months of the year, in the order the sheet computes them (same additions, same results). */
export function cashPosition(inputs: CashInputs): CashMonth[] {
  const share = spreadShare(inputs.prevuAnnual, inputs.planned);
  const months: CashMonth[] = [];
  let opening = isNumber(inputs.opening) ? inputs.opening : 0;
  for (let month = 1; month <= CASH_MONTHS; month++) {
    const start = edate(inputs.yearStart, month - 1);
    const end = edate(inputs.yearStart, month);
    const receipts = receiptsBetween(inputs.payments, start, end);
    const planned = inputs.planned[month - 1];
    const source: SpendingSource = (inputs.entries[month - 1] ?? 0) > 0 ? "realise" : isNumber(planned) ? "planned" : "spread";
    const spending = source === "realise" ? (inputs.realise[month - 1] ?? 0) : source === "planned" ? (planned as number) : share;
    const closing = opening + receipts - spending;
    months.push({ month, start, end, opening, receipts, spending, source, closing });
    opening = closing;
  }
  return months;
}

/** The first month whose closing balance is negative to the cent, or undefined. */
export function firstNegativeMonth(months: readonly CashMonth[]): CashMonth | undefined {
  return months.find((m) => excelRound(m.closing * 100) < 0);
}

/** « Trésorerie négative en mars 2027 : −4 200 € », or « Trésorerie positive toute l'année ». */
export function cashStatus(months: readonly CashMonth[]): string {
  const first = firstNegativeMonth(months);
  if (!first) return CASH_STATUS.positive;
  return CASH_STATUS.negative(frenchMonthYear(first.start), excelRound(Math.abs(first.closing) * 100) / 100);
}
