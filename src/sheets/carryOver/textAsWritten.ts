/**
 * The spelling of a text in a carried value (the CarryOver's convention, src/sheets/plan.ts): what
 * Excel's `range.formulas` must be given to keep it this very text. Carried values are written back
 * by the office-js writer as they are, so the reader gives every text that Excel would parse as
 * something else its apostrophe prefix; the ExcelJS writer drops that prefix and stores a text
 * (src/xlsx/writeSheet.ts).
 */

/**
 * Whether Excel would read this string as anything but this very text when it is written through
 * `range.formulas` / `range.values`: strings are parsed as typed input in the en-US locale
 * (office-js#1559, "the APIs use USA locale"; "Excel worksheet and expression evaluation",
 * https://learn.microsoft.com/en-us/office/client-developer/excel/excel-worksheet-and-expression-evaluation):
 * a leading ' is taken as the string prefix, = + - @ start a formula, and numbers, dates, times,
 * currencies, percentages, TRUE/FALSE and error literals are converted. Deliberately broad (any text
 * starting with a digit, a currency sign or an English month name): an apostrophe too many only sets
 * the cell's quote prefix, which Excel does not show; one too few changes the user's data.
 */
function needsApostrophe(text: string): boolean {
  if (/^['=+\-@]/.test(text)) return true;
  const t = text.trim();
  if (t === "") return text !== "";
  return (
    /^(true|false)$/i.test(t) ||
    t.startsWith("#") ||
    /^[($€£¥]?\s*[-+]?[\d.,]/.test(t) ||
    /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/,]*\d/i.test(t)
  );
}

/** A text as `range.formulas` must be given it to stay this text: with Excel's apostrophe prefix when needed. */
export function textAsWritten(text: string): string {
  return text !== "" && needsApostrophe(text) ? `'${text}` : text;
}
