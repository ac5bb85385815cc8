/** Brings a control's cell into view: activates its sheet and selects the cell. */
import { WorkbookError } from "./api";
import { OFFICE_MESSAGES as M } from "./messages";
import { ExcelRun, defaultExcelRun, excelErrorCode, toWorkbookError } from "./run";

export async function selectCell(sheetName: string, address: string, run: ExcelRun = defaultExcelRun): Promise<void> {
  try {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
  } catch (error) {
    if (excelErrorCode(error) === "ItemNotFound") throw new WorkbookError(M.sheetMissing(sheetName), "ItemNotFound");
    throw toWorkbookError(error, M.selecting(sheetName, address));
  }
}
