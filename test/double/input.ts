/**
 * How Excel reads a string written through `Range.values` or `Range.formulas`: as if typed, in the
 * en-US locale whatever the user's language. Sources:
 * - "Excel worksheet and expression evaluation"
 *   (https://learn.microsoft.com/en-us/office/client-developer/excel/excel-worksheet-and-expression-evaluation):
 *   an input starting with the string prefix (') is stored unchanged, prefix not shown; one starting
 *   with =, + or - is read as a formula (an error when its syntax is wrong); otherwise it is checked
 *   against the date, time, currency, percentage and number patterns, and only then kept as a string.
 * - office-js#1559 (https://github.com/OfficeDev/office-js/issues/1559): "the APIs use USA locale by
 *   default" — `values`/`formulas` parse en-US patterns (1/3/2026 is 3 January), `formulasLocal` the user's.
 * - office-js#3256: a text such as "- Le territoire…" written through `formulas` fails (read as a
 *   formula with a syntax error). "@" is Excel's implicit-intersection operator: same treatment.
 * - A cell formatted as Text ("@") stores what is entered as text ("Format numbers as text",
 *   https://support.microsoft.com/en-us/office/format-numbers-as-text-583160db-9da9-4c8d-b1b2-cfd4e5d84bda).
 * Which patterns Excel's parser accepts beyond these (e.g. "3-Jan", "1e5", "$1,000") is only partly
 * modelled: the common ones are, and docs/excel-behaviours.md lists the rest « à vérifier dans Excel ».
 */

export type ParsedInput =
  | { kind: "empty" }
  | { kind: "text"; text: string; quotePrefix: boolean }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "formula"; formula: string };

const NUMBER = /^([+-]?)\$?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?(%?)$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Excel's 1900 date system (serial 1 = 1900-01-01, with its fictitious 29 Feb 1900): valid from 1 March 1900. */
function serial(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Math.round((date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A two-digit year: 00–29 → 2000s, 30–99 → 1900s (Windows' default cut-off, à vérifier on Mac). */
const fullYear = (yy: string): number => (yy.length === 4 ? Number(yy) : Number(yy) < 30 ? 2000 + Number(yy) : 1900 + Number(yy));

/** What a non-formula, non-prefixed input means in en-US, or undefined when it stays a string. */
function pattern(input: string, thisYear: number): number | boolean | undefined {
  const s = input.trim();
  if (/^(true|false)$/i.test(s)) return s.toLowerCase() === "true";
  let m = NUMBER.exec(s);
  if (m) {
    const n = Number(`${m[1]}${m[2].replace(/,/g, "")}${m[3] !== undefined ? `e${m[3]}` : ""}`);
    if (Number.isFinite(n)) return m[4] === "%" ? n / 100 : n;
  }
  if ((m = US_DATE.exec(s))) return serial(m[3] === undefined ? thisYear : fullYear(m[3]), Number(m[1]), Number(m[2]));
  if ((m = ISO_DATE.exec(s))) return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = TIME.exec(s))) {
    const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    if (h < 24 && min < 60 && sec < 60) return (h * 3600 + min * 60 + sec) / 86_400;
  }
  return undefined;
}

/**
 * Reads one string as Excel does when an add-in writes it. `textFormatted`: the cell's number format
 * is "@". Formulas are returned with "=" (a leading + or - is kept inside: "-A1" is "=-A1").
 */
export function parseWrittenString(input: string, textFormatted: boolean, thisYear = 2026): ParsedInput {
  if (input === "") return { kind: "empty" };
  if (input.startsWith("'")) return { kind: "text", text: input.slice(1), quotePrefix: true };
  if (textFormatted) return { kind: "text", text: input, quotePrefix: false };
  if (input.startsWith("=")) return input.length > 1 ? { kind: "formula", formula: input } : { kind: "text", text: input, quotePrefix: false };
  const typed = pattern(input, thisYear);
  if (typeof typed === "number") return { kind: "number", value: typed };
  if (typeof typed === "boolean") return { kind: "boolean", value: typed };
  if (/^[+\-@]/.test(input) && input.length > 1) return { kind: "formula", formula: input.startsWith("+") ? `=${input.slice(1)}` : `=${input}` };
  return { kind: "text", text: input, quotePrefix: false };
}
