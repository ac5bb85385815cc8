/**
 * The treasurer's cash calendar over the 5-year contract (seed 004, "Les modalités de versement"):
 * fonctionnement is paid in full at signature and then at each anniversary; for missions, an advance
 * of 75 % of the year's amount is paid at the year's anniversary and the balance with the next year's
 * payment, once the indicators are assessed.
 */
import { edate } from "./calendar";

export const CONTRACT_YEARS = 5;
export const ADVANCE_RATE = 0.75;

export interface PaymentYear {
  year: number;
  /** The year's start: the signature, then each anniversary (Excel serial). */
  start: number;
  fonctionnement: number;
  /** The year's mission amount (fixed volets + variable × taux). */
  missions: number;
  due: number;
  advanceDate: number;
  advance: number;
  balanceDate: number;
  balance: number;
  /** Everything received for years 1..year, once this year's balance is paid. */
  cumulative: number;
}

export function paymentSchedule(signature: number, fonctionnement: number, missions: number): PaymentYear[] {
  const years: PaymentYear[] = [];
  let cumulative = 0;
  for (let year = 1; year <= CONTRACT_YEARS; year++) {
    const start = edate(signature, 12 * (year - 1));
    const advance = missions * ADVANCE_RATE;
    const due = fonctionnement + missions;
    cumulative += due;
    years.push({
      year,
      start,
      fonctionnement,
      missions,
      due,
      advanceDate: start,
      advance,
      balanceDate: edate(signature, 12 * year),
      balance: missions - advance,
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
