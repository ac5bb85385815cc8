/**
 * The `Excel.run` entry every Office-layer function takes as an injectable dependency, so tests and
 * the browser harness pass the workbook double; the default is the global `Excel.run`.
 */
import { WorkbookError } from "./api";
import { OFFICE_MESSAGES as M } from "./messages";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The global Excel.run, looked up when called (office.js may load after this module). */
export const defaultExcelRun: ExcelRun = (batch) => {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") return Promise.reject(new WorkbookError(M.outsideExcel));
  return Excel.run(batch);
};

/** Excel's error code, when the error came from Excel (OfficeExtension.Error carries a string code). */
export function excelErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** A French WorkbookError saying what was being done, carrying Excel's code; a WorkbookError passes through. */
export function toWorkbookError(error: unknown, doing: string): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = excelErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  return new WorkbookError(M.failed(doing, code, detail), code);
}
