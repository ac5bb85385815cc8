/**
 * Flag formulas that read right with or without the add-in: the live CPTS.* function
 * answers when the add-in is loaded; anywhere else (Excel without it, LibreOffice, the exported file)
 * it is #NAME? and IFERROR falls back to a native formula spelling the same French verdict as
 * src/domain/status.ts. The wording comes from the domain's tables, never retyped here.
 *
 * The native formulas use only functions that exist and agree in Excel, LibreOffice and HyperFormula:
 * IF, IFERROR, ISNUMBER, ROUND, ABS, INT, RIGHT, LOWER, TRIM, SUBSTITUTE. INT is only applied to
 * non-negative values (HyperFormula's INT truncates where Excel's floors). No TEXT or FIXED: their
 * separators follow the locale, so "1 250" is grouped arithmetically.
 *
 * Known differences with the live function, all outside what the sheets' inputs produce:
 * - avancement: case, surrounding or repeated spaces and the accent on "e" are ignored ("termine",
 *   " TERMINÉ "), as in the domain; other accents, tabs, non-breaking spaces and punctuation are not.
 * - an exact half-cent gap (sub-cent amounts) rounds away from zero, where the domain rounds up.
 * - a date de référence of 0 counts as 00/01/1900, where CPTS.RETARD reads it as today.
 * - amounts beyond 10^12 € lose their cents (15 significant digits), where CPTS.EQUILIBRE refuses them;
 *   HyperFormula (tests only) already drops a few cents above 10^11 € (it zeroes near-equal subtractions).
 * - input the live function refuses (#VALUE!: unknown avancement, amount beyond 10^12 €, date out of
 *   Excel's range) shows the domain's verdict for it instead of the error, the add-in loaded or not.
 */
import { BALANCE, DUE_SOON_DAYS, LATENESS } from "../domain";
import { excelString } from "./references";

/** The text around a number in a wording: LATENESS.late → ["En retard de ", " j"]. */
export function around(wording: (n: number) => string): [string, string] {
  const probe = 987;
  const parts = wording(probe).split(String(probe));
  if (parts.length !== 2) throw new Error(`Libellé sans nombre unique : ${wording(probe)}`);
  return [parts[0], parts[1]];
}

const [DEFICIT_BEFORE, EURO_AFTER] = around(BALANCE.deficit);
const [SURPLUS_BEFORE, SURPLUS_AFTER] = around(BALANCE.surplus);
const [LATE_BEFORE, LATE_AFTER] = around(LATENESS.late);
const [DUE_BEFORE, DUE_AFTER] = around(LATENESS.dueIn);
if (SURPLUS_AFTER !== EURO_AFTER) throw new Error("Déficit et excédent doivent finir de la même façon");

/** Digit groups of a non-negative integer expression, below 10^15: 1234567 → "1 234 567". */
function groupedDigits(whole: string): string {
  // Plain digits, not 1E6: Excel rewrites exponents on entry, and the carry-over compares formulas as written.
  const power = (k: number): string => String(1000 ** k);
  /** Group k (0 = units) of `whole`, a number 0–999. */
  const group = (k: number): string => (k === 0 ? `(${whole}-1000*INT(${whole}/1000))` : `(INT(${whole}/${power(k)})-1000*INT(${whole}/${power(k + 1)}))`);
  /** `count` groups: the first as is, the others zero-padded to 3 digits. */
  const spelled = (count: number): string => {
    const top = count === 1 ? whole : `INT(${whole}/${power(count - 1)})`;
    const rest = Array.from({ length: count - 1 }, (_, i) => `" "&RIGHT("00"&${group(count - 2 - i)},3)`);
    return [top, ...rest].join("&");
  };
  const maxGroups = 5;
  let formula = spelled(maxGroups);
  for (let count = maxGroups - 1; count >= 1; count--) formula = `IF(${whole}<${power(count)},${spelled(count)},${formula})`;
  return formula;
}

/** A non-negative number of cents as formatEuros writes it, without " €": "1 250", "1 250,50". */
export function frenchAmount(cents: string): string {
  const whole = `INT(${cents}/100)`;
  const rest = `(${cents}-100*${whole})`;
  return `${groupedDigits(whole)}&IF(${rest}=0,"",","&RIGHT("0"&${rest},2))`;
}

/**
 * Native twin of balanceStatus(depenses, ressources) (no tolerance), as an expression without "=".
 * The gap is compared to the cent, like the domain.
 */
export function nativeBalanceStatus(depenses: string, ressources: string): string {
  const gap = `(${ressources}-${depenses})`;
  const cents = `ROUND(ABS(${gap})*100,0)`;
  return (
    `IF(${cents}=0,${excelString(BALANCE.balanced)},` +
    `IF(${gap}<0,${excelString(DEFICIT_BEFORE)},${excelString(SURPLUS_BEFORE)})&${frenchAmount(cents)}&${excelString(EURO_AFTER)})`
  );
}

/**
 * Native twin of latenessStatus(echeance, avancement, dateRef), as an expression without "=". An
 * échéance that is not a number (text such as "Pas de délai particulier", an error, empty) or 0 counts
 * as none, as CPTS.RETARD reads `IF(ISNUMBER(échéance),échéance,"")`.
 */
export function nativeLatenessStatus(echeance: string, avancement: string, dateRef: string): string {
  const state = `SUBSTITUTE(LOWER(TRIM(${avancement})),"é","e")`;
  const daysLeft = `(INT(${echeance})-INT(${dateRef}))`;
  const daysLate = `(INT(${dateRef})-INT(${echeance}))`;
  const s = excelString;
  return (
    `IF(${state}="termine",${s(LATENESS.done)},` +
    `IF(${state}="abandonne",${s(LATENESS.abandoned)},` +
    `IF(IF(ISNUMBER(${echeance}),${echeance},0)=0,${s(LATENESS.noDeadline)},` +
    `IF(${daysLeft}<0,${s(LATE_BEFORE)}&${daysLate}&${s(LATE_AFTER)},` +
    `IF(${daysLeft}=0,${s(LATENESS.today)},` +
    `IF(${daysLeft}<=${DUE_SOON_DAYS},${s(DUE_BEFORE)}&${daysLeft}&${s(DUE_AFTER)},${s(LATENESS.onTime)}))))))`
  );
}

/** =CPTS.EQUILIBRE(dépenses, ressources), falling back to the same verdict computed natively. */
export function equilibreFormula(depenses: string, ressources: string): string {
  return `=IFERROR(CPTS.EQUILIBRE(${depenses},${ressources}),${nativeBalanceStatus(depenses, ressources)})`;
}

/**
 * =CPTS.RETARD(échéance, avancement, date de référence), falling back to the same verdict computed
 * natively; a text échéance ("Pas de délai particulier") counts as none.
 */
export function retardVerdictFormula(echeance: string, avancement: string, dateRef: string): string {
  return `=IFERROR(CPTS.RETARD(IF(ISNUMBER(${echeance}),${echeance},""),${avancement},${dateRef}),${nativeLatenessStatus(echeance, avancement, dateRef)})`;
}
