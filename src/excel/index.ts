/**
 * The Office layer: applies the sheet plans to the open workbook with office-js and reads it back.
 * `createWorkbookApi(run)` binds every function to one Excel.run entry (the workbook double in tests
 * and the browser harness, the global Excel.run by default).
 */
import { readControls, readFigures } from "./figures";
import { DaySource, onWorkbookChanged } from "./events";
import { GenerateOptions, generateWorkbook } from "./generate";
import { readWorkbookState } from "./readState";
import { repairFormulas } from "./repair";
import { ExcelRun, defaultExcelRun } from "./run";
import { selectCell } from "./select";
import type { WorkbookChoices } from "../sheets/plan";

export * from "./api";
export type { ExcelRun } from "./run";
export type { GenerateOptions } from "./generate";
export type { DaySource } from "./events";
export { generateWorkbook, readWorkbookState, readControls, readFigures, selectCell, repairFormulas, onWorkbookChanged, defaultExcelRun };

/** `days`: the new-day signal that makes the Contrôles refresh after midnight (events.ts). */
export function createWorkbookApi(run: ExcelRun = defaultExcelRun, days?: DaySource) {
  return {
    generateWorkbook: (choices: WorkbookChoices, options?: GenerateOptions) => generateWorkbook(choices, options, run),
    readWorkbookState: () => readWorkbookState(run),
    readControls: () => readControls(run),
    readFigures: () => readFigures(run),
    selectCell: (sheetName: string, address: string) => selectCell(sheetName, address, run),
    repairFormulas: () => repairFormulas(run),
    onWorkbookChanged: (callback: () => void) => onWorkbookChanged(callback, run, days),
  };
}
