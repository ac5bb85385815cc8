/**
 * Re-enters every CPTS.* formula of our sheets. A workbook opened before the add-in was installed
 * keeps showing #NAME? in those cells until their formulas are entered again
 * (OfficeDev/Excel-Custom-Functions#108, OfficeDev/office-js#6611). Without the add-in's metadata
 * registered, Excel may also show them under its file spelling `_xldudf_CPTS_ACI(`
 * (OfficeDev/office-js#3558, #4487), or behind an external-link prefix `[2]!_xldudf_…`
 * (office-js#2568); the case Excel shows them in is not documented, so any case is accepted. Every
 * spelling is recognised by the formula module and written back as `CPTS.ACI(`, in one batched
 * write (runs of consecutive cells down a column).
 */
import { canonicalCptsFormula, usesCptsFunction } from "../sheets/formulaText";
import { SHEET_KEYS } from "../sheets/plan";
import { readWorkbook } from "./locate";
import { OFFICE_MESSAGES as M } from "./messages";
import { ExcelRun, defaultExcelRun, toWorkbookError } from "./run";
import { WriteBatch } from "./writeBatch";

export { usesCptsFunction };

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
          for (let r = 0; r < found.formulas.length;) {
            if (!usesCptsFunction(found.formulas[r][c])) {
              r++;
              continue;
            }
            const start = r;
            while (r < found.formulas.length && usesCptsFunction(found.formulas[r][c])) r++;
            const run = found.formulas.slice(start, r).map((row) => [canonicalCptsFormula(row[c] as string)]);
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
