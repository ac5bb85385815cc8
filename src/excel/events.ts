/**
 * Tells the task pane when the Contrôles may have changed, for its debounced refresh:
 * - an edit: `worksheets.onChanged` (ExcelApi 1.9 on the collection);
 * - a calculation: `worksheets.onCalculated` (ExcelApi 1.8). onChanged "Occurs when the data of
 *   individual cells or comments has changed" — an edit, not a result a calculation changed
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events);
 * - a new day: the « En retard » verdicts compare with CPTS_DateReference, TODAY() by default, and a
 *   volatile function only moves when Excel recalculates — which nothing makes it do at midnight
 *   without an edit. So at each new day (a DaySource: the task pane passes the functions' DayClock,
 *   one timer re-armed at each local midnight; src/excel may not import src/functions) the add-in
 *   asks Excel to recalculate (`Application.calculate("Recalculate")`, ExcelApi 1.1:
 *   "Recalculates all cells that Excel has marked as dirty, that is, dependents of volatile or changed
 *   data", https://learn.microsoft.com/javascript/api/excel/excel.calculationtype), then calls back,
 *   without relying on onCalculated for that.
 * Handlers are removed as the events guide documents: inside `Excel.run` on the context they were
 * added in ("The `RequestContext` used to create the event handler is needed to remove it",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler).
 */
import { OFFICE_MESSAGES as M } from "./messages";
import { ExcelRun, defaultExcelRun, toWorkbookError } from "./run";

/** Calls its listener at each new (local) day; returns the function that stops it. */
export type DaySource = (listener: () => void) => () => void;

/** Asks Excel for a recalculation, so volatile TODAY() cells reach the new day. */
export async function recalculate(run: ExcelRun = defaultExcelRun): Promise<void> {
  try {
    await run(async (context) => {
      context.workbook.application.calculate("Recalculate" as Excel.CalculationType.recalculate);
      await context.sync();
    });
  } catch (error) {
    throw toWorkbookError(error, M.recalculating);
  }
}

/** Resolves to the function that stops listening (it never rejects: the pane calls it while closing). */
export async function onWorkbookChanged(callback: () => void, run: ExcelRun = defaultExcelRun, days?: DaySource): Promise<() => Promise<void>> {
  let registration: {
    changed: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
    calculated: OfficeExtension.EventHandlerResult<Excel.WorksheetCalculatedEventArgs>;
  };
  try {
    registration = await run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const changed = worksheets.onChanged.add(async () => callback());
      const calculated = worksheets.onCalculated.add(async () => callback());
      await context.sync();
      return { changed, calculated };
    });
  } catch (error) {
    throw toWorkbookError(error, M.subscribing);
  }
  // A failed recalculation still refreshes: the read then says what is wrong, if anything.
  const stopDay = days?.(() => void recalculate(run).then(callback, callback));
  return async () => {
    stopDay?.();
    try {
      await run(registration.changed.context, async (context) => {
        registration.changed.remove();
        registration.calculated.remove();
        await context.sync();
      });
    } catch {
      // The pane is closing; Excel drops an add-in's handlers when it closes anyway (same guide,
      // « Lifecycle of an event handler »).
    }
  };
}
