/**
 * The Versements' formulas that spell or select a payment's state, natively (no CPTS.* function): they
 * compute the same in Excel with or without the add-in, in LibreOffice and in HyperFormula, and the
 * wording comes from the domain's PAYMENT_STATUS (src/domain/payments.ts), never retyped here. Tests
 * hold them equal to paymentStatus and nextPayment on random inputs.
 *
 * The state depends on the date de référence only (CPTS_DateReference: today unless the user fixed
 * one), which already follows the day by itself: a live function would add nothing but a dependency
 * on the add-in. Known difference with the domain: a negative amount on an exact half-cent rounds
 * away from zero in ROUND, towards +∞ in Math.round (the « Montant reçu » validation refuses
 * negative amounts).
 */
import { PAYMENT_STATUS } from "../domain";
import { around } from "./nativeVerdicts";
import { excelString as s } from "./references";

const [LATE_BEFORE, LATE_AFTER] = around(PAYMENT_STATUS.late);
const [DUE_BEFORE, DUE_AFTER] = around(PAYMENT_STATUS.dueIn);

/** Cents of an amount, as the domain compares them (Math.round(x * 100)). */
const cents = (amount: string): string => `ROUND(${amount}*100,0)`;

/** A payment's cells, as A1 references on the Versements (relative or absolute). */
export interface PaymentCells {
  expectedDate: string;
  expectedAmount: string;
  receivedDate: string;
  receivedAmount: string;
}

/**
 * Native twin of paymentStatus(expectedDate, expectedAmount, receipt, dateRef), as a formula. A cell
 * that is not a number (blank, a text) counts as not typed, as the sheet hands null to the domain.
 */
export function paymentStatusFormula(p: PaymentCells, dateRef: string): string {
  const daysLeft = `(INT(${p.expectedDate})-INT(${dateRef}))`;
  const daysLate = `(INT(${dateRef})-INT(${p.expectedDate}))`;
  return (
    `=IF(ISNUMBER(${p.receivedAmount}),IF(${cents(p.receivedAmount)}>=${cents(p.expectedAmount)},${s(PAYMENT_STATUS.received)},${s(PAYMENT_STATUS.partial)}),` +
    `IF(ISNUMBER(${p.receivedDate}),${s(PAYMENT_STATUS.amountMissing)},` +
    `IF(${cents(p.expectedAmount)}<=0,${s(PAYMENT_STATUS.nothingDue)},` +
    `IF(${daysLeft}<0,${s(LATE_BEFORE)}&${daysLate}&${s(LATE_AFTER)},` +
    `IF(${daysLeft}=0,${s(PAYMENT_STATUS.today)},${s(DUE_BEFORE)}&${daysLeft}&${s(DUE_AFTER)})))))`
  );
}

/** Neither a « Montant reçu » nor a « Date de réception » typed as a number (COUNT skips blanks and texts, as the domain reads null). */
const nothingTyped = (p: PaymentCells): string => `COUNT(${p.receivedDate},${p.receivedAmount})=0`;

/** Conditional format: the payment is late (what paymentStatus spells « Versement attendu depuis … »). */
export function lateCondition(p: PaymentCells, dateRef: string): string {
  return `=AND(${nothingTyped(p)},${cents(p.expectedAmount)}>0,INT(${p.expectedDate})<INT(${dateRef}))`;
}

/** Conditional format: received in full (« Reçu »). */
export function receivedCondition(p: PaymentCells): string {
  // IF, not AND: AND evaluates every argument, and a text in the cell would turn the condition into #VALUE!.
  return `=IF(ISNUMBER(${p.receivedAmount}),${cents(p.receivedAmount)}>=${cents(p.expectedAmount)},FALSE())`;
}

/**
 * Helper cell of a payment row: its expected date when it is a candidate for the next payment (nothing
 * typed, an amount to receive, on or after the date de référence), else "". MIN over the column is then
 * nextPayment's date.
 */
export function nextCandidateFormula(p: PaymentCells, dateRef: string): string {
  return `=IF(AND(${nothingTyped(p)},${cents(p.expectedAmount)}>0,INT(${p.expectedDate})>=INT(${dateRef})),${p.expectedDate},"")`;
}

/** The next payment's date from the candidates column, or the « none » text. */
export function nextDateFormula(candidates: string, none: string): string {
  return `=IF(COUNT(${candidates})=0,${s(none)},MIN(${candidates}))`;
}

/**
 * Helper cell of a payment row: its expected amount when it is a candidate on the next payment's date,
 * else 0; their SUM is nextPayment's amount (SUMPRODUCT over a comparison would need array arithmetic,
 * which HyperFormula leaves off).
 */
export function nextShareFormula(candidate: string, amount: string, nextDate: string): string {
  return `=IF(ISNUMBER(${candidate}),IF(${candidate}=${nextDate},${amount},0),0)`;
}
