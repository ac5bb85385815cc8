/**
 * The treasurer's cash calendar over the 5-year contract. Seed 004 (« Les modalités de versement »):
 * fonctionnement is paid in full at signature and then at each anniversary; for missions, « une avance
 * d'un montant de 75 % de la somme totale due » at each anniversary, the balance with the next year's
 * payment, once the indicators are assessed. Which sum is « due » at the anniversary is read from the
 * ACI model contract (art. 6.2: 75 % of the « enveloppe fixe ») and the 2025 Senate report (« 75 % du
 * volet fixe est versé à chaque date anniversaire ») — the variable part is only known once the
 * indicators are assessed, so it comes with the balance. The other reading (75 % of the whole missions
 * amount) stays selectable. Sources quoted in docs/reference/versements-sources.md.
 */
import { edate } from "./calendar";

export const CONTRACT_YEARS = 5;
export const ADVANCE_RATE = 0.75;

/** What the 75 % advance is computed on: the fixed envelope (default), or the whole missions amount. */
export type AdvanceBase = "fixe" | "missions";
export const DEFAULT_ADVANCE_BASE: AdvanceBase = "fixe";

/** One contract year's mission amounts, in €. */
export interface MissionAmounts {
  /** Fixed volets of the retained missions, volet supplémentaire SNP included (a fixed amount). */
  fixed: number;
  /** Variable volets after the taux d'atteinte. */
  variable: number;
  /** Paid after the fact (the crise complement): always with the balance. Default 0. */
  complement?: number;
}

export interface PaymentYear {
  year: number;
  /** The year's start: the signature, then each anniversary (Excel serial). */
  start: number;
  fonctionnement: number;
  fixed: number;
  variable: number;
  complement: number;
  /** The year's mission amount: fixed + variable + complement. */
  missions: number;
  due: number;
  /** The amount the 75 % applies to (the fixed envelope, or fixed + variable). */
  advanceBase: number;
  advanceDate: number;
  advance: number;
  balanceDate: number;
  /** Everything left for the year: the rest of the advance's base, plus what the advance did not cover. */
  balance: number;
  /** The balance's first part: the 25 % the advance left of its base. */
  balanceOfBase: number;
  /** The balance's second part: the variable part (fixed reading) and the complement. */
  balanceBeyondBase: number;
  /** Everything received for years 1..year, once this year's balance is paid. */
  cumulative: number;
}

export function paymentSchedule(signature: number, fonctionnement: number, amounts: MissionAmounts, base: AdvanceBase = DEFAULT_ADVANCE_BASE): PaymentYear[] {
  const { fixed, variable } = amounts;
  const complement = amounts.complement ?? 0;
  const missions = fixed + variable + complement;
  const advanceBase = base === "fixe" ? fixed : fixed + variable;
  const advance = advanceBase * ADVANCE_RATE;
  const years: PaymentYear[] = [];
  let cumulative = 0;
  for (let year = 1; year <= CONTRACT_YEARS; year++) {
    const start = edate(signature, 12 * (year - 1));
    const due = fonctionnement + missions;
    cumulative += due;
    years.push({
      year,
      start,
      fonctionnement,
      fixed,
      variable,
      complement,
      missions,
      due,
      advanceBase,
      advanceDate: start,
      advance,
      balanceDate: edate(signature, 12 * year),
      balance: missions - advance,
      balanceOfBase: advanceBase - advance,
      balanceBeyondBase: missions - advanceBase,
      cumulative,
    });
  }
  return years;
}

/**
 * The contract year (1 to 5) a date falls in: year n starts at the signature's (n − 1)th
 * anniversary (EDATE, as paymentSchedule's starts). Before the signature: 1; after the fifth
 * anniversary: 5 (the contract's last year).
 */
export function contractYearAt(signature: number, date: number): number {
  let year = 1;
  for (let n = 1; n < CONTRACT_YEARS; n++) if (edate(signature, 12 * n) <= date) year = n + 1;
  return year;
}

export function contractTotal(schedule: readonly PaymentYear[]): number {
  return schedule.reduce((sum, y) => sum + y.due, 0);
}

export type PaymentKind = "fonctionnement" | "avance" | "solde";
export const PAYMENT_KINDS: readonly PaymentKind[] = ["fonctionnement", "avance", "solde"];

/** One payment the CPTS expects: per contract year, fonctionnement and advance at its start, the balance a year later. */
export interface ExpectedPayment {
  year: number;
  kind: PaymentKind;
  date: number;
  amount: number;
}

/** The 15 expected payments in date order (a year's balance falls on the next year's start, before its payments). */
export function expectedPayments(schedule: readonly PaymentYear[]): ExpectedPayment[] {
  return schedule.flatMap((y) => [
    { year: y.year, kind: "fonctionnement" as const, date: y.start, amount: y.fonctionnement },
    { year: y.year, kind: "avance" as const, date: y.advanceDate, amount: y.advance },
    { year: y.year, kind: "solde" as const, date: y.balanceDate, amount: y.balance },
  ]);
}

/** What the treasurer typed for one payment: null when the cell is empty. */
export interface PaymentReceipt {
  date: number | null;
  amount: number | null;
}

export const PAYMENT_STATUS = {
  received: "Reçu",
  partial: "Reçu en partie",
  amountMissing: "Montant reçu à saisir",
  nothingDue: "Aucun montant attendu",
  today: "Attendu aujourd'hui",
  dueIn: (days: number) => `Attendu dans ${days} j`,
  late: (days: number) => `Versement attendu depuis ${days} j`,
} as const;

/** The prefix of a late payment's status, as the task pane's control recognises it. */
export const PAYMENT_LATE_PREFIX = PAYMENT_STATUS.late(0).split("0")[0];

/**
 * First rule that applies: a « Montant reçu » typed: received in full (to the cent) or in part; a
 * reception date without its amount: the amount is to type; nothing expected (0 €); else the days
 * to or since the expected date, against the date de référence (times of day ignored).
 */
export function paymentStatus(expectedDate: number, expectedAmount: number, receipt: PaymentReceipt, dateRef: number): string {
  if (receipt.amount !== null) return Math.round(receipt.amount * 100) >= Math.round(expectedAmount * 100) ? PAYMENT_STATUS.received : PAYMENT_STATUS.partial;
  if (receipt.date !== null) return PAYMENT_STATUS.amountMissing;
  if (Math.round(expectedAmount * 100) <= 0) return PAYMENT_STATUS.nothingDue;
  const daysLeft = Math.floor(expectedDate) - Math.floor(dateRef);
  if (daysLeft < 0) return PAYMENT_STATUS.late(-daysLeft);
  if (daysLeft === 0) return PAYMENT_STATUS.today;
  return PAYMENT_STATUS.dueIn(daysLeft);
}

/** Whether a payment status is a late one. */
export function isLatePayment(status: string): boolean {
  return status.startsWith(PAYMENT_LATE_PREFIX);
}

/**
 * The next payment the CPTS waits for: the earliest expected date on or after the date de référence
 * among the payments neither received (no amount, no reception date) nor of 0 €, with the sum of every
 * such payment on that date (an anniversary brings the fonctionnement, the advance and last year's
 * balance together). null when none is left. Late payments are the controls' business, not this.
 */
export function nextPayment(
  payments: readonly ExpectedPayment[],
  receipts: readonly PaymentReceipt[],
  dateRef: number,
): { date: number; amount: number } | null {
  const pending = payments.filter(
    (p, i) => receipts[i]?.amount == null && receipts[i]?.date == null && Math.round(p.amount * 100) > 0 && Math.floor(p.date) >= Math.floor(dateRef),
  );
  if (pending.length === 0) return null;
  const date = Math.min(...pending.map((p) => p.date));
  return { date, amount: pending.filter((p) => p.date === date).reduce((sum, p) => sum + p.amount, 0) };
}
