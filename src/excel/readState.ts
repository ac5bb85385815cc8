/** What the workbook holds: the parameters stored in Paramètres, and which of our sheets exist (by identity). */
import { SHEET_KEYS } from "../sheets/plan";
import type { WorkbookState } from "./api";
import { storedChoices } from "./choicesFromSheet";
import { readWorkbook } from "./locate";
import { OFFICE_MESSAGES as M } from "./messages";
import { ExcelRun, defaultExcelRun, toWorkbookError } from "./run";

export async function readWorkbookState(run: ExcelRun = defaultExcelRun): Promise<WorkbookState> {
  try {
    return await run(async (context) => {
      const snapshot = await readWorkbook(context, { content: (k) => k === "parametres", values: (k) => k === "parametres" }, () => context.sync());
      return {
        choices: storedChoices(snapshot),
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
