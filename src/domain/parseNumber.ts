/**
 * How a number typed as text is read, the same way by the task pane, the CPTS.* functions and the
 * command line (French conventions):
 * - thousands are grouped by 3 digits with a space (normal, no-break U+00A0, narrow no-break
 *   U+202F or thin U+2009, as Excel and French keyboards produce them) or with a dot:
 *   « 80 000 », « 80.000 », « 1.250.000 » and « 80000 » are all 80 000;
 * - the comma is the decimal separator: « 0,8 », « 1 250,50 »;
 * - a dot that does not group thousands (not followed by exactly 3 digits, or after a leading 0) is
 *   a decimal point, for text pasted from English software: « 0.8 », « 72.5 », « 80.5 » (80,5);
 * - a group of other than 3 digits after a separator (« 8 0000 », « 80  000 ») is refused rather
 *   than guessed; so is « 72.125 » read as 72 125 where a decimal was meant: the comma is the
 *   unambiguous decimal separator (« 72,125 »).
 * Exponents (« 8e4 »), several commas, and anything else are not numbers.
 */

/** What a text reads as: a number, a number with badly grouped thousands, or nothing. */
export type NumberReading = { kind: "number"; value: number } | { kind: "badGrouping" } | { kind: "notNumber" };

/** Spaces that group thousands: normal, no-break, narrow no-break (Excel's fr-FR format), thin. */
const GROUP_SPACE = "[ \\u00a0\\u202f\\u2009]";
const GROUPED_INTEGER = new RegExp(`^[1-9]\\d{0,2}(?:(?:${GROUP_SPACE}|\\.)\\d{3})+$`);
const ANY_SEPARATOR = new RegExp(`${GROUP_SPACE}|\\.`, "g");
const HAS_GROUP_SPACE = new RegExp(GROUP_SPACE);

/** Digits of an integer part as typed (grouped or not) → digits only; undefined when the grouping is wrong. */
function integerDigits(part: string): string | undefined {
  if (/^\d+$/.test(part)) return part;
  return GROUPED_INTEGER.test(part) ? part.replace(ANY_SEPARATOR, "") : undefined;
}

/** Reads a French number; `text` is trimmed first. A leading + or − is allowed. */
export function readFrenchNumber(text: string): NumberReading {
  let s = text.trim();
  let sign = 1;
  if (/^[+\-\u2212]/.test(s)) {
    sign = s[0] === "+" ? 1 : -1;
    s = s.slice(1).trimStart();
  }
  if (s === "" || !/^[\d \u00a0\u202f\u2009.,]+$/.test(s) || !/\d/.test(s)) return { kind: "notNumber" };
  const commas = s.split(",").length - 1;
  if (commas > 1) return { kind: "notNumber" };
  let intPart: string;
  let decimals = "";
  if (commas === 1) {
    // « 1 250,50 », « 1.250,50 », « 0,8 », « ,5 »: the comma is the decimal separator.
    [intPart, decimals] = s.split(",");
    if (!/^\d*$/.test(decimals) || (intPart === "" && decimals === "")) return { kind: "notNumber" };
  } else if (GROUPED_INTEGER.test(s)) {
    intPart = s;
  } else if ((s.match(/\./g) ?? []).length === 1 && !HAS_GROUP_SPACE.test(s.split(".")[1])) {
    // One dot that does not group thousands: a decimal point (« 0.8 », « 72.5 »).
    [intPart, decimals] = s.split(".");
    if (!/^\d*$/.test(decimals) || (intPart === "" && decimals === "")) return { kind: "notNumber" };
  } else {
    intPart = s;
  }
  const digits = intPart === "" ? "0" : integerDigits(intPart);
  if (digits === undefined) return /\d[ \u00a0\u202f\u2009.]+\d/.test(intPart) ? { kind: "badGrouping" } : { kind: "notNumber" };
  const value = sign * Number(decimals === "" ? digits : `${digits}.${decimals}`);
  return Number.isFinite(value) ? { kind: "number", value: value === 0 ? 0 : value } : { kind: "notNumber" };
}
