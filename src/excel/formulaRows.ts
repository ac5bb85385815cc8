/**
 * Moving a formula the user typed with its row, and telling the plan's own formulas from the
 * user's: both read formula text, so both live in the one formula module (src/sheets/formulaText.ts).
 */
export { sameFormula, shiftFormulaRows } from "../sheets/formulaText";
