/**
 * Grille ACI lines shared by the planner and the crise complement: the sheet's columns and the
 * retained-amount formula every line uses.
 */
import { TAILLES } from "../domain";
import { a1 } from "./addresses";
import type { SheetBuilder } from "./builder";
import { CRISE_COMPLEMENT_KEY, CRISE_COMPLEMENT_LABELS as CL, complementRetainedFormula } from "./criseComplement";
import { COMMON_LABELS as C } from "./labels";
import type { CellPlan } from "./plan";
import { excelString } from "./references";
import { EURO_FORMAT } from "./styles";

export const GRILLE_COL = { label: 1, type: 2, taille1: 3, contract: 7, retained: 8, amount: 9, note: 10 } as const;

/** A line's retained amount: an absent figure (blank contract) pays 0; an error (no taille yet) shows through, never a silent 0. */
export const retainedAmount = (retained: string, contract: string, paid: string): string =>
  `=IF(${retained}=${excelString(C.yes)},IF(OR(ISNUMBER(${contract}),ISERROR(${contract})),${paid},0),0)`;

/** The crise complement: no figure in any taille column, a blank contract amount for the user, retained only if the crisis is recognised. */
export function complementLine(b: SheetBuilder, missionRetained: string): number {
  const row = b.nextRow;
  const contract = a1(GRILLE_COL.contract, row);
  return b.row(CRISE_COMPLEMENT_KEY, [
    { value: CL.line, role: "label", wrap: true },
    { value: CL.type, role: "label" },
    ...TAILLES.map((): CellPlan => ({ value: null, role: "computed" })),
    { value: null, role: "input", format: EURO_FORMAT },
    { formula: complementRetainedFormula(missionRetained), role: "flag" },
    { formula: retainedAmount(a1(GRILLE_COL.retained, row), contract, contract), role: "computed", format: EURO_FORMAT },
    { value: CL.note, role: "note", wrap: true },
  ]);
}
