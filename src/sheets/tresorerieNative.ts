/**
 * The Trésorerie's alert as a native formula spelling the same French words as cashStatus
 * (src/domain/cash.ts), so it reads right in Excel with or without the add-in, in LibreOffice and in
 * HyperFormula. No CPTS.* function computes a cash position: the sheet's own cells are the rule.
 *
 * Only IF, ISNUMBER, ROUND, ABS, INT (on non-negative values), CHOOSE, MONTH, YEAR and INDEX: no
 * TEXT or FIXED (their separators follow the locale), so the amount is grouped arithmetically and the
 * month named with CHOOSE, never through a date format.
 */
import { CASH_STATUS, FRENCH_MONTHS } from "../domain/cash";
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

/** A number 0–999 zero-padded to 3 digits, without RIGHT: IF on its size. */
function padded3(group: string): string {
  return `IF(${group}<10,"00",IF(${group}<100,"0",""))&${group}`;
}

/** Digit groups of a non-negative integer expression below 10^15: 1234567 → "1 234 567". */
export function nativeGroupedDigits(whole: string): string {
  // Plain digits, not 1E6: Excel rewrites exponents on entry, and the carry-over compares formulas as written.
  const power = (k: number): string => String(1000 ** k);
  const group = (k: number): string => (k === 0 ? `(${whole}-1000*INT(${whole}/1000))` : `(INT(${whole}/${power(k)})-1000*INT(${whole}/${power(k + 1)}))`);
  const spelled = (count: number): string => {
    const top = count === 1 ? whole : `INT(${whole}/${power(count - 1)})`;
    const rest = Array.from({ length: count - 1 }, (_, i) => `" "&${padded3(group(count - 2 - i))}`);
    return [top, ...rest].join("&");
  };
  const maxGroups = 5;
  let formula = spelled(maxGroups);
  for (let count = maxGroups - 1; count >= 1; count--) formula = `IF(${whole}<${power(count)},${spelled(count)},${formula})`;
  return formula;
}

/** A non-negative number of cents as formatEuros writes it, without " €": "4 200", "4 200,05". */
export function nativeFrenchAmount(cents: string): string {
  const whole = `INT(${cents}/100)`;
  const rest = `(${cents}-100*${whole})`;
  return `${nativeGroupedDigits(whole)}&IF(${rest}=0,"",","&IF(${rest}<10,"0","")&${rest})`;
}

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
    `${s(NEGATIVE_BEFORE)}&${nativeMonthYear(firstNegative)}&${s(NEGATIVE_MIDDLE)}&${nativeFrenchAmount(cents)}&${s(NEGATIVE_AFTER)},` +
    `${s(CASH_STATUS.positive)})`
  );
}
