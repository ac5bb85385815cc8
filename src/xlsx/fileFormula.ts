/**
 * Plan formulas are what `range.formulas` takes ("=SUM(B2:B5)"); a file stores them differently:
 * no leading "=", functions newer than Excel 2007 prefixed "_xlfn." (else Excel shows #NAME?),
 * and JavaScript custom functions stored as "_xldudf_CPTS_RETARD" (namespace and name joined by "_").
 * Excel writes that form itself when it saves a CPTS.* formula; written as "CPTS.RETARD" the dot
 * reads as a structured reference and the cell stays #NAME? until retyped.
 */
import { CPTS_NAMESPACE, cptsFunctionOf, isParsed, mapFunctionNames, tokenizeFormula, usesCptsFunction } from "../sheets/formulaText";

/**
 * Functions Excel stores with the "_xlfn." prefix (added after Excel 2007; the list of such "future
 * functions" is in [MS-XLSX] https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/2c5dee00-eff2-4b22-92b6-0738acd4475e)
 * that plans may plausibly use.
 */
const FUTURE_FUNCTIONS: ReadonlySet<string> = new Set([
  "AGGREGATE",
  "ARABIC",
  "BASE",
  "BITAND",
  "BITLSHIFT",
  "BITOR",
  "BITRSHIFT",
  "BITXOR",
  "CEILING.MATH",
  "CEILING.PRECISE",
  "CHOOSECOLS",
  "CHOOSEROWS",
  "COMBINA",
  "CONCAT",
  "DAYS",
  "DECIMAL",
  "DROP",
  "EXPAND",
  "FILTER",
  "FLOOR.MATH",
  "FLOOR.PRECISE",
  "FORMULATEXT",
  "HSTACK",
  "IFNA",
  "IFS",
  "ISFORMULA",
  "ISOMITTED",
  "ISOWEEKNUM",
  "LET",
  "MAXIFS",
  "MEDIAN.HIGH",
  "MINIFS",
  "MODE.MULT",
  "MODE.SNGL",
  "NETWORKDAYS.INTL",
  "NUMBERVALUE",
  "PERCENTILE.EXC",
  "PERCENTILE.INC",
  "QUARTILE.EXC",
  "QUARTILE.INC",
  "RANDARRAY",
  "RANK.AVG",
  "RANK.EQ",
  "SEQUENCE",
  "SHEET",
  "SHEETS",
  "SORT",
  "SORTBY",
  "STDEV.P",
  "STDEV.S",
  "SWITCH",
  "TAKE",
  "TEXTAFTER",
  "TEXTBEFORE",
  "TEXTJOIN",
  "TEXTSPLIT",
  "TOCOL",
  "TOROW",
  "UNICHAR",
  "UNICODE",
  "UNIQUE",
  "VAR.P",
  "VAR.S",
  "VSTACK",
  "WORKDAY.INTL",
  "WRAPCOLS",
  "WRAPROWS",
  "XLOOKUP",
  "XMATCH",
  "XOR",
]);

function rewriteFunctionName(name: string): string {
  const custom = cptsFunctionOf(name);
  if (custom !== undefined) return `_xldudf_${CPTS_NAMESPACE}_${custom.replace(/\./g, "_")}`;
  const upper = name.toUpperCase();
  if (FUTURE_FUNCTIONS.has(upper)) return `_xlfn.${upper}`;
  return name;
}

/**
 * The formula as a file stores it. Function names are found by the formula module's tokenizer, so
 * string literals ("...") and quoted sheet names ('...') are never rewritten: a label such as
 * "CPTS.RETARD(" inside quotes stays as it is.
 */
export function toFileFormula(formula: string): string {
  if (!formula.startsWith("=")) throw new Error(`Formule de plan sans « = » initial : ${formula}`);
  // A plan formula is ours: one the tokenizer cannot read is a bug to fail on, not a cell to write.
  if (!isParsed(tokenizeFormula(formula))) throw new Error(`Formule de plan mal formée (guillemet non fermé ou parenthèse en trop) : ${formula}`);
  return mapFunctionNames(formula, rewriteFunctionName).slice(1);
}

/** Whether a plan formula calls a CPTS.* custom function (only Excel with the add-in computes those). */
export function usesCustomFunction(formula: string): boolean {
  return usesCptsFunction(formula);
}
