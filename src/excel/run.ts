/**
 * The `Excel.run` entry every Office-layer function takes as an injectable dependency, so tests and
 * the browser harness pass the workbook double; the default is the global `Excel.run`.
 */
import { WorkbookError } from "./api";
import { OFFICE_MESSAGES as M } from "./messages";

export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /**
   * A batch on the request context of an earlier one: how the events guide removes a handler
   * ("The `RequestContext` used to create the event handler is needed to remove it",
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler).
   */
  <T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** The global Excel.run, looked up when called (office.js may load after this module). */
export const defaultExcelRun: ExcelRun = <T>(first: Batch<T> | OfficeExtension.ClientRequestContext, second?: Batch<T>): Promise<T> => {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") return Promise.reject(new WorkbookError(M.outsideExcel));
  return typeof first === "function" ? Excel.run(first) : Excel.run(first, second!);
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
