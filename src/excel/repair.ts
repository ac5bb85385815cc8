/**
 * Re-enters every CPTS.* formula of our sheets. A workbook opened before the add-in was installed
 * keeps showing #NAME? in those cells until their formulas are entered again; the formulas are
 * rewritten as they are, in one batched write (runs of consecutive cells down a column).
 */
import { SHEET_KEYS } from "../sheets/plan";
import { readWorkbook } from "./locate";
import { OFFICE_MESSAGES as M } from "./messages";
import { ExcelRun, defaultExcelRun, toWorkbookError } from "./run";
import { WriteBatch } from "./writeBatch";

/** Whether a formula calls one of our functions (outside string literals). */
export function usesCptsFunction(formula: unknown): formula is string {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  return formula.split(/"(?:[^"]|"")*"/).some((part) => /(^|[^A-Za-z0-9_.])CPTS\.[A-Za-z]+\s*\(/i.test(part));
}

/** Returns how many formulas were re-entered. */
export async function repairFormulas(run: ExcelRun = defaultExcelRun): Promise<number> {
  try {
    return await run(async (context) => {
      const snapshot = await readWorkbook(context, { content: () => true }, () => context.sync());
      const batch = new WriteBatch(context, () => context.sync());
      let count = 0;
      for (const key of SHEET_KEYS) {
        const found = snapshot.ours[key];
        if (!found) continue;
        const width = found.formulas[0]?.length ?? 0;
        for (let c = 0; c < width; c++) {
          for (let r = 0; r < found.formulas.length; ) {
            if (!usesCptsFunction(found.formulas[r][c])) {
              r++;
              continue;
            }
            const start = r;
            while (r < found.formulas.length && usesCptsFunction(found.formulas[r][c])) r++;
            const run = found.formulas.slice(start, r).map((row) => [row[c] as string]);
            count += run.length;
            await batch.add(run, () => (found.worksheet.getRangeByIndexes(start, c, run.length, 1).formulas = run));
          }
        }
      }
      if (count > 0) await batch.finish();
      return count;
    });
  } catch (error) {
    throw toWorkbookError(error, M.repairing);
  }
}
