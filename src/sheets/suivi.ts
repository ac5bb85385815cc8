/**
 * Suivi budgétaire (issue 11): per budget block and line, the prévu linked to the Budget prévisionnel,
 * the réalisé month by month, cumul, consumption, projection and a verdict per block.
 */
import type { BudgetBlockCells } from "./budget";
import { SheetBuilder, sheetPlanFrom } from "./builder";
import { COMMON_LABELS as C } from "./labels";
import { ControlPlan, NamePlan, SHEET_NAMES, SheetCarryOver, SheetPlan, SummaryPlan, WorkbookChoices, sheetMarker } from "./plan";
import { TAB_COLORS } from "./styles";

/**
 * Where the Trésorerie reads the Suivi, for the followed contract year (CPTS_AnneeContrat): absolute
 * addresses on this sheet, month 1–12 of that year (month 1 starts at the year's anniversary).
 */
export interface SuiviAnchors {
  /** Total réalisé of the counted blocks' dépenses typed for that month (0 when none). */
  monthRealise(month: number): string;
  /** How many réalisé amounts were typed for that month (0: the Trésorerie uses the prévu). */
  monthEntries(month: number): string;
  /** The year's total dépenses prévues of the counted blocks (Budget prévisionnel). */
  prevuAnnual: string;
}

export function planSuivi(
  _choices: WorkbookChoices,
  _budget: readonly BudgetBlockCells[],
  carry?: SheetCarryOver,
): { sheet: SheetPlan; names: NamePlan[]; controls: ControlPlan[]; summaries: SummaryPlan[]; anchors: SuiviAnchors } {
  const b = new SheetBuilder(carry);
  b.row(sheetMarker("suivi"), [{ value: "Suivi budgétaire", role: "title" }]);
  b.flushOrphans(C.orphanRows);
  const sheet = sheetPlanFrom(b, {
    key: "suivi",
    name: SHEET_NAMES.suivi,
    columns: [{ width: 4, hidden: true }, { width: 40 }],
    freeze: { rows: 1, columns: 0 },
    tabColor: TAB_COLORS.suivi,
  });
  return { sheet, names: [], controls: b.controls, summaries: [], anchors: { monthRealise: () => "$A$1", monthEntries: () => "$A$1", prevuAnnual: "$A$1" } }; // placeholder: replaced by the sheet
}
