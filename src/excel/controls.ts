/**
 * The Contrôles list: the verdict cells the planner declares (plan.controls — budget balance,
 * envelopes, 1A/1B split, socles, commissaire aux comptes, late milestones, indicators, suivi,
 * payments, cash) read in the workbook, each found by its row key wherever the row now is
 * (locateCells.ts). A verdict that is not an "ok" one is listed, error values included (a #NAME?
 * shows the functions need repairing).
 *
 * The pane reads them after every edit together with its summaries, in one bounded read of four
 * syncs (figures.ts, where readControls is that read's controls alone).
 */
import type { CellValue, ControlPlan } from "../sheets/plan";
import type { WorkbookControl } from "./api";
import type { LocatedCell } from "./locateCells";

export function isProblem(control: ControlPlan, verdict: CellValue): boolean {
  if (typeof verdict !== "string") return true;
  if (control.okVerdicts?.includes(verdict)) return false;
  if (control.problemPrefix !== undefined) return verdict.startsWith(control.problemPrefix) || verdict.startsWith("#");
  return true;
}

/** Pure: the problems among the verdicts read (verdicts[i] is the value of located[i]'s cell). */
export function controlsFrom(located: readonly LocatedCell<ControlPlan>[], verdicts: readonly CellValue[]): WorkbookControl[] {
  const found: WorkbookControl[] = [];
  located.forEach(({ item: control, sheetName, address }, i) => {
    const verdict = verdicts[i];
    if (verdict === "" || verdict === undefined || verdict === null || !isProblem(control, verdict)) return;
    found.push({ kind: control.kind, level: control.level, message: `${control.subject} : ${String(verdict)}`, sheetName, address });
  });
  return found;
}
