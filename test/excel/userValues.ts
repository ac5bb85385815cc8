/**
 * What people really type in the cells the add-in leaves to them, as a person types it in Excel
 * (`WorkbookDouble.type`: "'" starts a text), with what the cell must hold afterwards: its
 * `range.formulas` and its `range.valueTypes`. Shared by the regeneration tests.
 */
import type { CellContent } from "../double";

export interface TypedInput {
  /** What the person types. */
  typed: CellContent;
  /** What `range.formulas` returns for the cell. */
  formula: CellContent;
  /** What `range.valueTypes` returns for it. */
  type: "String" | "Double" | "Boolean";
}

const text = (t: string): TypedInput => ({ typed: `'${t}`, formula: t, type: "String" });

/** Texts Excel reads as formulas when written back without their apostrophe (office-js#6687, #3256). */
export const FORMULA_LIKE_TEXTS: readonly TypedInput[] = [
  text("=SOMME à prévoir"),
  text("+33 6 12 34 56 78"),
  text("- à revoir avec l'ARS"),
  text("@équipe soignante"),
];

/** Texts Excel reads as numbers, dates, booleans or percentages when written back as plain strings (office-js#1559). */
export const VALUE_LIKE_TEXTS: readonly TypedInput[] = [
  text("0612345678"),
  text("01/03/2026"),
  text("75001"),
  text("TRUE"),
  text("50%"),
  text("'entre apostrophes'"),
  text("1,5"),
  text("3/4"),
  text("10:30"),
];

/** Plain texts, numbers, dates and booleans. */
export const PLAIN_INPUTS: readonly TypedInput[] = [
  { typed: "Dr Martin 🩺 (médecin généraliste)", formula: "Dr Martin 🩺 (médecin généraliste)", type: "String" },
  { typed: 612345678, formula: 612345678, type: "Double" },
  { typed: 46082, formula: 46082, type: "Double" },
  { typed: 0.5, formula: 0.5, type: "Double" },
  { typed: true, formula: true, type: "Boolean" },
  { typed: false, formula: false, type: "Boolean" },
];
