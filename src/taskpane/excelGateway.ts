/** The workbook in Excel: the Office layer bound to the global Excel.run (looked up at each call). */
import { createWorkbookApi } from "../excel";
import type { WorkbookGateway } from "./gateway";

export const excelGateway: WorkbookGateway = createWorkbookApi();
