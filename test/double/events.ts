/**
 * Calculation and its event, and the documented way to stop listening:
 *
 * - `Application.calculate("Recalculate")` "Recalculates all cells that Excel has marked as dirty,
 *   that is, dependents of volatile or changed data" (Excel.CalculationType,
 *   https://learn.microsoft.com/javascript/api/excel/excel.calculationtype): TODAY() is volatile, so a
 *   calculation brings it to the new day. Nothing else does without an edit: Excel recalculates
 *   volatile functions when a recalculation happens ("Volatile functions … are recalculated each time
 *   a recalculation occurs", Excel Recalculation, https://learn.microsoft.com/office/client-developer/excel/excel-recalculation),
 *   and no source says it recalculates on its own at midnight (à vérifier dans Excel). HyperFormula
 *   recomputes its volatile cells at every evaluation, so an empty batch is the double's recalculation.
 * - `WorksheetCollection.onCalculated` (ExcelApi 1.8): "Occurs when a worksheet has finished
 *   calculation (or all the worksheets of the collection have finished)" (Work with events using the
 *   Excel JavaScript API, https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
 *   The double raises it for every sheet after an Application.calculate — not after edits, for which
 *   it raises onChanged only (whether Excel also raises onCalculated then is not documented).
 * - onChanged is for edits, not for results a calculation changed ("Occurs when the data of
 *   individual cells or comments has changed", same guide; VBA's Worksheet.Change "does not occur when
 *   cells change during a recalculation", https://learn.microsoft.com/dotnet/api/microsoft.office.tools.excel.worksheet.change).
 * - Removing a handler: on the context it was added in, inside Excel.run (runScope.ts).
 */
import { DoubleRequestContext, strict } from "./context";
import { DoubleExcelError } from "./errors";
import type { WorkbookModel } from "./model";

export type CalculatedHandler = (args: { type: "WorksheetCalculated"; worksheetId: string; address: string }) => Promise<unknown>;

/** Calculations done and not yet announced, per workbook model. */
const calculations = new WeakMap<WorkbookModel, number>();

/** Application.calculate's effect: volatile and dirty cells recomputed, the calculation noted for onCalculated. */
export function recalculate(model: WorkbookModel): void {
  model.hf.batch(() => undefined);
  calculations.set(model, (calculations.get(model) ?? 0) + 1);
}

/** The onCalculated events owed since the last call: one per sheet per calculation. */
export function takeCalculatedEvents(model: WorkbookModel): { type: "WorksheetCalculated"; worksheetId: string; address: string }[] {
  const count = calculations.get(model) ?? 0;
  calculations.delete(model);
  return Array.from({ length: count }, () => model.sheets.map((s) => ({ type: "WorksheetCalculated" as const, worksheetId: s.id, address: "" }))).flat();
}

/** `worksheets.onCalculated`, registered and removed like onChanged (in the sync, on the adding context). */
export function calculatedEventHandlers(context: DoubleRequestContext, handlers: Set<CalculatedHandler>) {
  return strict(
    {
      add(handler: CalculatedHandler) {
        context._enqueue("WorksheetCollection.onCalculated.add", null, () => handlers.add(handler));
        return strict(
          {
            context,
            remove() {
              context._enqueue("WorksheetCollection.onCalculated.remove", null, () => {
                if (!handlers.delete(handler)) throw new DoubleExcelError("InvalidOperation", "Gestionnaire d'événement déjà retiré.");
              });
            },
          },
          "EventHandlerResult",
        );
      },
    },
    "EventHandlers",
  );
}
