/**
 * Plan formulas are what `range.formulas` takes ("=SUM(B2:B5)"); a file stores them differently:
 * no leading "=", functions newer than Excel 2007 prefixed "_xlfn." (else Excel shows #NAME?),
 * and JavaScript custom functions stored as "_xldudf_CPTS_RETARD" (namespace and name joined by "_").
 * Excel writes that form itself when it saves a CPTS.* formula; written as "CPTS.RETARD" the dot
 * reads as a structured reference and the cell stays #NAME? until retyped.
 */

/** Functions Excel stores with the "_xlfn." prefix (added after Excel 2007) that plans may plausibly use. */
const FUTURE_FUNCTIONS: ReadonlySet<string> = new Set([
  "AGGREGATE", "ARABIC", "BASE", "BITAND", "BITLSHIFT", "BITOR", "BITRSHIFT", "BITXOR", "CEILING.MATH",
  "CEILING.PRECISE", "CHOOSECOLS", "CHOOSEROWS", "COMBINA", "CONCAT", "DAYS", "DECIMAL", "DROP", "EXPAND",
  "FILTER", "FLOOR.MATH", "FLOOR.PRECISE", "FORMULATEXT", "HSTACK", "IFNA", "IFS", "ISFORMULA", "ISOMITTED",
  "ISOWEEKNUM", "LET", "MAXIFS", "MEDIAN.HIGH", "MINIFS", "MODE.MULT", "MODE.SNGL", "NETWORKDAYS.INTL",
  "NUMBERVALUE", "PERCENTILE.EXC", "PERCENTILE.INC", "QUARTILE.EXC", "QUARTILE.INC", "RANDARRAY",
  "RANK.AVG", "RANK.EQ", "SEQUENCE", "SHEET", "SHEETS", "SORT", "SORTBY", "STDEV.P", "STDEV.S", "SWITCH",
  "TAKE", "TEXTAFTER", "TEXTBEFORE", "TEXTJOIN", "TEXTSPLIT", "TOCOL", "TOROW", "UNICHAR", "UNICODE",
  "UNIQUE", "VAR.P", "VAR.S", "VSTACK", "WORKDAY.INTL", "WRAPCOLS", "WRAPROWS", "XLOOKUP", "XMATCH", "XOR",
]);

const CUSTOM_NAMESPACE = "CPTS";

/** A function name followed by "(": letters, digits, dots and underscores. */
const FUNCTION_CALL = /^[A-Za-z_][A-Za-z0-9_.]*(?=\()/;

function rewriteFunctionName(name: string): string {
  const upper = name.toUpperCase();
  if (upper.startsWith(CUSTOM_NAMESPACE + ".")) return `_xldudf_${CUSTOM_NAMESPACE}_${upper.slice(CUSTOM_NAMESPACE.length + 1).replace(/\./g, "_")}`;
  if (FUTURE_FUNCTIONS.has(upper)) return `_xlfn.${upper}`;
  return name;
}

/**
 * The formula as a file stores it. String literals ("...") and quoted sheet names ('...') are copied
 * untouched, so a label such as "CPTS.RETARD(" inside quotes is never rewritten.
 */
export function toFileFormula(formula: string): string {
  if (!formula.startsWith("=")) throw new Error(`Formule de plan sans « = » initial : ${formula}`);
  const source = formula.slice(1);
  let out = "";
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '"' || ch === "'") {
      // Quoted run: a doubled quote is an escaped quote inside it.
      let j = i + 1;
      while (j < source.length) {
        if (source[j] === ch) {
          if (source[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      if (j >= source.length) throw new Error(`Formule de plan mal formée (guillemet non fermé) : ${formula}`);
      out += source.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    // A name can only start a token: not in the middle of a reference like A1 or Sheet1.
    const previous = out[out.length - 1];
    if (/[A-Za-z_]/.test(ch) && (previous === undefined || !/[A-Za-z0-9_.$!]/.test(previous))) {
      const match = FUNCTION_CALL.exec(source.slice(i));
      if (match) {
        out += rewriteFunctionName(match[0]);
        i += match[0].length;
        continue;
      }
      const word = /^[A-Za-z0-9_.$]+/.exec(source.slice(i))![0];
      out += word;
      i += word.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Whether a plan formula calls a CPTS.* custom function (only Excel with the add-in computes those). */
export function usesCustomFunction(formula: string): boolean {
  return toFileFormula(formula).includes(`_xldudf_${CUSTOM_NAMESPACE}_`);
}
