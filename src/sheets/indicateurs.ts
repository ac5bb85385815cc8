/**
 * Indicateurs (issue 10): per retained mission, the indicators negotiated with the Assurance Maladie,
 * their measures at the year's two follow-up meetings, each indicator's attainment and the amount it
 * earns, and each mission's attainment, which replaces the global taux for that mission.
 */
import { MISSIONS } from "../domain";
import { a1 } from "./addresses";
import type { GrilleAnchors } from "./grille";
import { missionAttainmentName } from "./missionRates";
import { SheetBuilder, sheetPlanFrom } from "./builder";
import { COMMON_LABELS as C } from "./labels";
import { ControlPlan, NamePlan, SHEET_NAMES, SheetCarryOver, SheetPlan, SummaryPlan, WorkbookChoices, sheetMarker } from "./plan";
import { TAB_COLORS } from "./styles";

export function planIndicateurs(
  _choices: WorkbookChoices,
  _grille: GrilleAnchors,
  carry?: SheetCarryOver,
): { sheet: SheetPlan; names: NamePlan[]; controls: ControlPlan[]; summaries: SummaryPlan[] } {
  const b = new SheetBuilder(carry);
  b.row(sheetMarker("indicateurs"), [{ value: "Indicateurs et part variable", role: "title" }]);
  // Placeholder until the sheet is built: each mission's attainment cell, empty (global taux applies).
  const names: NamePlan[] = MISSIONS.map((m) => {
    const row = b.row(`ind:atteinte:${m.key}`, [
      { value: m.shortLabel, role: "label" },
      { value: "", role: "computed" },
    ]);
    return { name: missionAttainmentName(m.key), sheet: "indicateurs", address: a1(2, row, true) };
  });
  b.flushOrphans(C.orphanRows);
  const sheet = sheetPlanFrom(b, {
    key: "indicateurs",
    name: SHEET_NAMES.indicateurs,
    columns: [{ width: 4, hidden: true }, { width: 40 }, { width: 12 }],
    freeze: { rows: 1, columns: 0 },
    tabColor: TAB_COLORS.indicateurs,
  });
  return { sheet, names, controls: b.controls, summaries: [] };
}
