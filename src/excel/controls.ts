/**
 * The Contrôles list: the verdict cells the planner declares (plan.controls — budget balance,
 * envelopes, 1A/1B split, socles, commissaire aux comptes, late milestones) read in the workbook,
 * each found by its row key wherever the row now is. A verdict that is not an "ok" one is listed,
 * error values included (a #NAME? shows the functions need repairing).
 */
import { parseA1, a1 } from "../sheets/addresses";
import { CellValue, ControlPlan, KEY_COLUMN_INDEX } from "../sheets/plan";
import { planWorkbook } from "../sheets/workbook";
import type { WorkbookControl } from "./api";
import { storedChoices } from "./choicesFromSheet";
import { WorkbookSnapshot, readWorkbook } from "./locate";
import { OFFICE_MESSAGES as M } from "./messages";
import { ExcelRun, defaultExcelRun, toWorkbookError } from "./run";

export function isProblem(control: ControlPlan, verdict: CellValue): boolean {
  if (typeof verdict !== "string") return true;
  if (control.okVerdicts?.includes(verdict)) return false;
  if (control.problemPrefix !== undefined) return verdict.startsWith(control.problemPrefix) || verdict.startsWith("#");
  return true;
}

export function controlsFrom(snapshot: WorkbookSnapshot): WorkbookControl[] {
  const choices = storedChoices(snapshot);
  if (!choices) return [];
  const plan = planWorkbook(choices);
  const found: WorkbookControl[] = [];
  for (const control of plan.controls ?? []) {
    const sheet = snapshot.ours[control.sheet];
    const planned = plan.sheets.find((s) => s.key === control.sheet);
    if (!sheet?.values || !planned) continue;
    const { col, row } = parseA1(control.address);
    const key = planned.rows[row - 1]?.key;
    if (!key) continue;
    const actualRow = sheet.values.findIndex((r) => r[KEY_COLUMN_INDEX] === key);
    if (actualRow < 0) continue;
    const verdict = sheet.values[actualRow][col];
    if (verdict === "" || verdict === undefined || !isProblem(control, verdict)) continue;
    found.push({
      kind: control.kind,
      level: control.level,
      message: `${control.subject} : ${String(verdict)}`,
      sheetName: sheet.name,
      address: a1(col, actualRow + 1),
    });
  }
  return found;
}

export async function readControls(run: ExcelRun = defaultExcelRun): Promise<WorkbookControl[]> {
  try {
    return await run(async (context) => controlsFrom(await readWorkbook(context, { content: () => true, values: () => true }, () => context.sync())));
  } catch (error) {
    throw toWorkbookError(error, M.readingControls);
  }
}
