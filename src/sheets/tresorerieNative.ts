/**
 * The Trésorerie's alert as a native formula spelling the same French words as cashStatus
 * (src/domain/cash.ts), so it reads right in Excel with or without the add-in, in LibreOffice and in
 * HyperFormula. No CPTS.* function computes a cash position: the sheet's own cells are the rule.
 *
 * No TEXT or FIXED (their separators follow the locale): the amount is grouped arithmetically by
 * nativeVerdicts.ts' frenchAmount, the one native spelling of formatEuros, and the month is named
 * with CHOOSE, never through a date format.
 */
import { CASH_STATUS, FRENCH_MONTHS } from "../domain/cash";
import { frenchAmount } from "./nativeVerdicts";
import { excelString } from "./references";

const MONTH_PROBE = "§MOIS§";
const AMOUNT_PROBE = 987;

/** The wording around the month and the amount: ["Trésorerie négative en ", " : −", " €"]. */
function negativeParts(): [string, string, string] {
  const text = CASH_STATUS.negative(MONTH_PROBE, AMOUNT_PROBE);
  const [before, rest] = text.split(MONTH_PROBE);
  const parts = rest?.split(String(AMOUNT_PROBE)) ?? [];
  if (before === undefined || parts.length !== 2) throw new Error(`Libellé de trésorerie inattendu : ${text}`);
  return [before, parts[0], parts[1]];
}
const [NEGATIVE_BEFORE, NEGATIVE_MIDDLE, NEGATIVE_AFTER] = negativeParts();

/** "mars 2027" for a date expression. */
export function nativeMonthYear(date: string): string {
  return `CHOOSE(MONTH(${date}),${FRENCH_MONTHS.map(excelString).join(",")})&" "&YEAR(${date})`;
}

/** Whether a closing balance is negative to the cent (firstNegativeMonth's test). */
export function negativeCondition(closing: string): string {
  return `ROUND(${closing}*100,0)<0`;
}

/**
 * The first negative month's start date, else "Aucun"-like `none` text: nested IFs over the months in
 * order (twelve levels, well within Excel's 64).
 */
export function firstNegativeFormula(months: readonly { start: string; closing: string }[], none: string): string {
  let formula = excelString(none);
  for (let i = months.length - 1; i >= 0; i--) formula = `IF(${negativeCondition(months[i].closing)},${months[i].start},${formula})`;
  return `=${formula}`;
}

/**
 * =the alert, from the cell holding the first negative month's start (a date, or a text when none)
 * and the cell holding that month's closing balance.
 */
export function cashStatusFormula(firstNegative: string, closing: string): string {
  const cents = `ROUND(ABS(${closing})*100,0)`;
  const s = excelString;
  return (
    `=IF(ISNUMBER(${firstNegative}),` +
    `${s(NEGATIVE_BEFORE)}&${nativeMonthYear(firstNegative)}&${s(NEGATIVE_MIDDLE)}&${frenchAmount(cents)}&${s(NEGATIVE_AFTER)},` +
    `${s(CASH_STATUS.positive)})`
  );
}
