/** Tells the task pane when the workbook's cells change (worksheet onChanged), for its debounced refresh. */
import { OFFICE_MESSAGES as M } from "./messages";
import { ExcelRun, defaultExcelRun, toWorkbookError } from "./run";

/** Resolves to the function that stops listening. */
export async function onWorkbookChanged(callback: () => void, run: ExcelRun = defaultExcelRun): Promise<() => Promise<void>> {
  try {
    const registration = await run(async (context) => {
      const handler = context.workbook.worksheets.onChanged.add(async () => callback());
      await context.sync();
      return handler;
    });
    return async () => {
      registration.remove();
      await registration.context.sync();
    };
  } catch (error) {
    throw toWorkbookError(error, M.subscribing);
  }
}
