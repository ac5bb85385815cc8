/**
 * Which request contexts are inside an Excel.run. Removing an event handler: "The same RequestContext
 * object that the handler was added in must be used when removing the handler"
 * (OfficeExtension.EventHandlerResult, https://learn.microsoft.com/javascript/api/office/officeextension.eventhandlerresult);
 * the events guide does it inside `Excel.run(eventResult.context, …)`
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler).
 * The double runs a batch on an existing context that way, and refuses a sync on a context whose
 * Excel.run has ended: what Excel does then is not documented, so it is refused rather than believed.
 */
import { NotImplementedInDouble } from "./errors";

/** Tracks which contexts are inside an Excel.run. */
const openRuns = new WeakMap<object, number>();

/** Runs `batch` with `context` counted as inside Excel.run. */
export async function insideRun<T>(context: object, batch: () => Promise<T>): Promise<T> {
  openRuns.set(context, (openRuns.get(context) ?? 0) + 1);
  try {
    return await batch();
  } finally {
    openRuns.set(context, openRuns.get(context)! - 1);
  }
}

/** A sync on a context whose Excel.run has ended is refused (see the header). */
export function checkInsideRun(context: object): void {
  if (!openRuns.get(context))
    throw new NotImplementedInDouble("context.sync() after its Excel.run ended — the events guide re-enters it with Excel.run(object.context, batch)");
}
