/**
 * What the pane refreshes after every edit, read at once: the Contrôles' verdicts (controls.ts) and
 * the summaries' figures (summaries.ts). One read, so both sections always show the same state of
 * the workbook, and no sync more than the Contrôles alone took.
 *
 * The read is bounded (boundedRead.ts): the Paramètres values (the choices give the plan, hence which
 * controls and summaries exist), the key column's constants of our other sheets, then the planned
 * cells themselves — values only, a few dozen cells, however many rows the user added. Four syncs:
 * sheets and names, A1 markers, keys and Paramètres, verdicts and figures.
 */
import { CellValue, SHEET_KEYS, SheetKey, WorkbookChoices, WorkbookPlan } from "../sheets/plan";
import { planWorkbook } from "../sheets/workbook";
import type { WorkbookControl, WorkbookFigures } from "./api";
import { keyRowsOf, keyRowsOfValues, queueKeyCells, queueUsedValues, valuesFromA1, withValues } from "./boundedRead";
import { storedChoices } from "./choicesFromSheet";
import { controlsFrom } from "./controls";
import { KeyedSheet, locateCells } from "./locateCells";
import { readWorkbook } from "./locate";
import { OFFICE_MESSAGES as M } from "./messages";
import { ExcelRun, defaultExcelRun, toWorkbookError } from "./run";
import { summariesFrom } from "./summaries";

const NOTHING: WorkbookFigures = { controls: [], summaries: [] };

/** `planner` gives the plan of the stored choices (the workbook's; tests add synthetic summaries). */
async function readFiguresIn(context: Excel.RequestContext, planner: (choices: WorkbookChoices) => WorkbookPlan): Promise<WorkbookFigures> {
  const sync = async (): Promise<void> => {
    await context.sync();
  };
  // Sheets by identity only: no content is loaded here.
  const snapshot = await readWorkbook(context, { content: () => false }, sync);
  const parametres = snapshot.ours.parametres;
  if (!parametres) return NOTHING;
  const parametresValues = queueUsedValues(parametres.worksheet);
  // Every other sheet of ours may hold controls or figures (the plan says which once the choices are read).
  const keyRows = SHEET_KEYS.filter((k) => k !== "parametres" && snapshot.ours[k]).map((k) => [k, queueKeyCells(snapshot.ours[k]!.worksheet)] as const);
  await sync();

  const parametresCells = valuesFromA1(parametresValues);
  const choices = storedChoices({ ...snapshot, ours: { ...snapshot.ours, parametres: withValues(parametres, parametresCells) } });
  if (!choices) return NOTHING;
  // The Paramètres sheet's keys come with its values, already read whole.
  const sheets: Partial<Record<SheetKey, KeyedSheet>> = { parametres: { name: parametres.name, keyRows: keyRowsOfValues(parametresCells) } };
  for (const [k, areas] of keyRows) sheets[k] = { name: snapshot.ours[k]!.name, keyRows: keyRowsOf(areas) };
  const plan = planner(choices);
  const controls = locateCells(plan, plan.controls ?? [], sheets);
  const summaries = locateCells(plan, plan.summaries ?? [], sheets);
  if (controls.length === 0 && summaries.length === 0) return NOTHING;
  // Both lists' cells in the same request: one sync, whatever their number.
  const queue = (sheet: SheetKey, address: string) => {
    const cell = snapshot.ours[sheet]!.worksheet.getRange(address);
    cell.load("values");
    return cell;
  };
  const controlCells = controls.map(({ item, address }) => queue(item.sheet, address));
  const summaryCells = summaries.map(({ item, address }) => queue(item.sheet, address));
  await sync();
  const valueOf = (cell: Excel.Range) => cell.values[0][0] as CellValue;
  return { controls: controlsFrom(controls, controlCells.map(valueOf)), summaries: summariesFrom(summaries, summaryCells.map(valueOf)) };
}

export async function readFigures(
  run: ExcelRun = defaultExcelRun,
  planner: (choices: WorkbookChoices) => WorkbookPlan = planWorkbook,
): Promise<WorkbookFigures> {
  try {
    return await run((context) => readFiguresIn(context, planner));
  } catch (error) {
    throw toWorkbookError(error, M.readingFigures);
  }
}

/** The Contrôles alone (the same read: tests and callers that need no summaries). */
export async function readControls(run: ExcelRun = defaultExcelRun): Promise<WorkbookControl[]> {
  return (await readFigures(run)).controls;
}
