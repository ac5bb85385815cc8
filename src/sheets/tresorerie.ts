/**
 * Trésorerie (issue 11): the month-by-month cash position of the contract year — opening balance,
 * receipts (received, else expected), spending (réalisé, else the prévu spread), closing balance —
 * with the first negative month flagged.
 */
import { SheetBuilder, sheetPlanFrom } from "./builder";
import { COMMON_LABELS as C } from "./labels";
import { ControlPlan, NamePlan, SHEET_NAMES, SheetCarryOver, SheetPlan, SummaryPlan, WorkbookChoices, sheetMarker } from "./plan";
import type { SuiviAnchors } from "./suivi";
import type { VersementsAnchors } from "./versements";
import { TAB_COLORS } from "./styles";

export function planTresorerie(
  _choices: WorkbookChoices,
  _versements: VersementsAnchors,
  _suivi: SuiviAnchors,
  carry?: SheetCarryOver,
): { sheet: SheetPlan; names: NamePlan[]; controls: ControlPlan[]; summaries: SummaryPlan[] } {
  const b = new SheetBuilder(carry);
  b.row(sheetMarker("tresorerie"), [{ value: "Trésorerie", role: "title" }]);
  b.flushOrphans(C.orphanRows);
  const sheet = sheetPlanFrom(b, {
    key: "tresorerie",
    name: SHEET_NAMES.tresorerie,
    columns: [{ width: 4, hidden: true }, { width: 40 }],
    freeze: { rows: 1, columns: 0 },
    tabColor: TAB_COLORS.tresorerie,
  });
  return { sheet, names: [], controls: b.controls, summaries: [] };
}
