/** The workbook in Excel: the Office layer bound to the global Excel.run (looked up at each call). */
import { createWorkbookApi, defaultExcelRun } from "../excel";
import { paneDays } from "./controles/paneDays";
import type { WorkbookGateway } from "./gateway";

export const excelGateway: WorkbookGateway = createWorkbookApi(defaultExcelRun, paneDays);
