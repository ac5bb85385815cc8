/**
 * What the workbook holds: the parameters stored in Paramètres, and which of our sheets exist (by
 * identity). Bounded like the Contrôles read (boundedRead.ts): the sheets' A1 markers and the
 * Paramètres values, never formulas nor the other sheets' content.
 */
import { SHEET_KEYS } from "../sheets/plan";
import type { WorkbookState } from "./api";
import { queueUsedValues, valuesFromA1, withValues } from "./boundedRead";
import { storedChoices } from "./choicesFromSheet";
import { readWorkbook } from "./locate";
import { OFFICE_MESSAGES as M } from "./messages";
import { ExcelRun, defaultExcelRun, toWorkbookError } from "./run";

export async function readWorkbookState(run: ExcelRun = defaultExcelRun): Promise<WorkbookState> {
  try {
    return await run(async (context) => {
      const snapshot = await readWorkbook(context, { content: () => false }, () => context.sync());
      const parametres = snapshot.ours.parametres;
      let choices = null;
      if (parametres) {
        const used = queueUsedValues(parametres.worksheet);
        await context.sync();
        choices = storedChoices({ ...snapshot, ours: { ...snapshot.ours, parametres: withValues(parametres, valuesFromA1(used)) } });
      }
      return {
        choices,
        sheets: SHEET_KEYS.filter((k) => snapshot.ours[k]).map((k) => {
          const found = snapshot.ours[k]!;
          return found.incomplete ? { key: k, name: found.name, incomplete: true } : { key: k, name: found.name };
        }),
      };
    });
  } catch (error) {
    throw toWorkbookError(error, M.readingState);
  }
}
