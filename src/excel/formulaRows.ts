/**
 * Moving a formula the user typed to another row, as Excel does when rows are inserted above it:
 * relative row numbers of same-sheet A1 references shift by the row's move; absolute rows ($5),
 * references to other sheets and text inside string literals stay as they are.
 */

// Either a reference to another sheet (kept whole, ranges included), or a cell reference not
// preceded by a name character and not followed by "(" (a function such as LOG10) or a name character.
const REFERENCE =
  /((?:'(?:[^']|'')*'|[\p{L}\p{N}_.]+)!\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?)|(^|[^\p{L}\p{N}_.!'$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\p{L}\p{N}_(!])/gu;

export function shiftFormulaRows(formula: string, delta: number): string {
  if (delta === 0 || !formula.startsWith("=")) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (match, other: string | undefined, pre: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
            if (other !== undefined || rowAbs) return match;
            const row = Number(digits) + delta;
            // A reference pushed above row 1 is broken, as Excel shows it.
            return row < 1 ? `${pre}#REF!` : `${pre}${colAbs}${letters}${rowAbs}${row}`;
          }),
    )
    .join("");
}

/**
 * Formulas compared as Excel stores them: case and spaces outside string literals do not matter,
 * nor quotes around a sheet name that does not need them (Excel drops them: 'Paramètres'! → Paramètres!).
 */
export function sameFormula(a: string, b: string): boolean {
  const norm = (f: string) =>
    f
      .split(/("(?:[^"]|"")*")/)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part
              .replace(/'((?:[^']|'')+)'!/g, (m, name: string) => (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? `${name}!` : m))
              .replace(/\s+/g, "")
              .toUpperCase(),
      )
      .join("");
  return norm(a) === norm(b);
}
