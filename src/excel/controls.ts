/**
 * The Contrôles list: the verdict cells the planner declares (plan.controls — budget balance,
 * envelopes, 1A/1B split, socles, commissaire aux comptes, late milestones) read in the workbook,
 * each found by its row key wherever the row now is. A verdict that is not an "ok" one is listed,
 * error values included (a #NAME? shows the functions need repairing).
 *
 * The pane reads them after every edit, so the read is bounded (boundedRead.ts): the Paramètres
 * values (the choices give the plan, hence which controls exist), the key column's constants of the
 * sheets holding controls, then the verdict cells themselves — values only, a few dozen cells,
 * however many rows the user added. Four syncs: sheets and names, A1 markers, keys and Paramètres,
 * verdicts.
 */
import { a1, parseA1 } from "../sheets/addresses";
import { CellValue, ControlPlan, SHEET_KEYS, SheetKey, WorkbookPlan } from "../sheets/plan";
import { planWorkbook } from "../sheets/workbook";
import type { WorkbookControl } from "./api";
import { keyRowsOf, queueKeyCells, queueUsedValues, valuesFromA1, withValues } from "./boundedRead";
import { storedChoices } from "./choicesFromSheet";
import { readWorkbook } from "./locate";
import { OFFICE_MESSAGES as M } from "./messages";
import { ExcelRun, defaultExcelRun, toWorkbookError } from "./run";

export function isProblem(control: ControlPlan, verdict: CellValue): boolean {
  if (typeof verdict !== "string") return true;
  if (control.okVerdicts?.includes(verdict)) return false;
  if (control.problemPrefix !== undefined) return verdict.startsWith(control.problemPrefix) || verdict.startsWith("#");
  return true;
}

/** One of our sheets as the controls need it: its name, and the 0-based row of each key found. */
export interface KeyedSheet {
  name: string;
  keyRows: ReadonlyMap<string, number>;
}

/** A planned control whose verdict cell was found: where it is now. */
export interface LocatedControl {
  control: ControlPlan;
  sheetName: string;
  /** A1 address on that sheet. */
  address: string;
}

/** Pure: where each planned control's verdict now is (its keyed row may have moved down). */
export function locateControls(plan: WorkbookPlan, sheets: Partial<Record<SheetKey, KeyedSheet>>): LocatedControl[] {
  const located: LocatedControl[] = [];
  for (const control of plan.controls ?? []) {
    const sheet = sheets[control.sheet];
    const planned = plan.sheets.find((s) => s.key === control.sheet);
    if (!sheet || !planned) continue;
    const { col, row } = parseA1(control.address);
    const key = planned.rows[row - 1]?.key;
    const actualRow = key ? sheet.keyRows.get(key) : undefined;
    if (actualRow === undefined) continue;
    located.push({ control, sheetName: sheet.name, address: a1(col, actualRow + 1) });
  }
  return located;
}

/** Pure: the problems among the verdicts read (verdicts[i] is the value of located[i]'s cell). */
export function controlsFrom(located: readonly LocatedControl[], verdicts: readonly CellValue[]): WorkbookControl[] {
  const found: WorkbookControl[] = [];
  located.forEach(({ control, sheetName, address }, i) => {
    const verdict = verdicts[i];
    if (verdict === "" || verdict === undefined || verdict === null || !isProblem(control, verdict)) return;
    found.push({ kind: control.kind, level: control.level, message: `${control.subject} : ${String(verdict)}`, sheetName, address });
  });
  return found;
}

async function readControlsIn(context: Excel.RequestContext): Promise<WorkbookControl[]> {
  const sync = async (): Promise<void> => {
    await context.sync();
  };
  // Sheets by identity only: no content is loaded here.
  const snapshot = await readWorkbook(context, { content: () => false }, sync);
  const parametres = snapshot.ours.parametres;
  if (!parametres) return [];
  const parametresValues = queueUsedValues(parametres.worksheet);
  // Every other sheet of ours may hold controls (the plan says which once the choices are read).
  const keyRows = SHEET_KEYS.filter((k) => k !== "parametres" && snapshot.ours[k]).map((k) => [k, queueKeyCells(snapshot.ours[k]!.worksheet)] as const);
  await sync();

  const choices = storedChoices({ ...snapshot, ours: { ...snapshot.ours, parametres: withValues(parametres, valuesFromA1(parametresValues)) } });
  if (!choices) return [];
  const sheets: Partial<Record<SheetKey, KeyedSheet>> = {};
  for (const [k, areas] of keyRows) sheets[k] = { name: snapshot.ours[k]!.name, keyRows: keyRowsOf(areas) };
  const located = locateControls(planWorkbook(choices), sheets);
  if (located.length === 0) return [];
  const cells = located.map(({ control, address }) => {
    const cell = snapshot.ours[control.sheet]!.worksheet.getRange(address);
    cell.load("values");
    return cell;
  });
  await sync();
  return controlsFrom(
    located,
    cells.map((c) => c.values[0][0] as CellValue),
  );
}

export async function readControls(run: ExcelRun = defaultExcelRun): Promise<WorkbookControl[]> {
  try {
    return await run(readControlsIn);
  } catch (error) {
    throw toWorkbookError(error, M.readingControls);
  }
}
