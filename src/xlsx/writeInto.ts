/**
 * Writes a plan into a client's workbook loaded by readWorkbook.ts, keeping their own sheets: each of
 * our sheets is replaced by its new content at the same place in the tab order under the name the
 * client gave it, missing ones are added (named by sheetNaming.ts, so a client's sheet that bears one
 * of our names is never overwritten), and the plan's workbook names are set to the sheets' actual
 * names. Everything else — the client's sheets, their names — stays as ExcelJS loaded it.
 *
 * Our sheets are rebuilt from the plan, like the add-in rewrites them: what the carry-over keeps is
 * their cells' values and formulas and the rows added; what lived on them besides cells (pictures,
 * notes, a user's own formats) is reported by `lostOnOurSheets` before it goes.
 */
import type ExcelJS from "exceljs";
import { nameSheets } from "../sheets/carryOver/sheetNaming";
import type { ChartPlan, SheetKey, WorkbookPlan } from "../sheets/plan";
import { quoteSheetName } from "../sheets/references";
import type { ReadWorkbook } from "./readWorkbook";
import { writeSheet } from "./writeSheet";

/** ExcelJS's tab position (`orderNo`, lib/doc/workbook.js), not in its typings. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

export interface WrittenInto {
  /** Each of our sheets' name in the written workbook. */
  names: Record<SheetKey, string>;
  /** Charts the plan asked for and ExcelJS cannot write (see writeWorkbook.ts). */
  skippedCharts: { sheet: string; chart: ChartPlan }[];
}

/** What sits on one of our sheets besides cell contents, lost when it is rebuilt: counts of pictures and notes. */
export function lostOnOurSheets(read: ReadWorkbook): { sheet: string; images: number; notes: number }[] {
  const lost: { sheet: string; images: number; notes: number }[] = [];
  for (const sheet of Object.values(read.ours)) {
    const images = sheet.worksheet.getImages().length;
    let notes = 0;
    sheet.worksheet.eachRow((row) => row.eachCell((cell) => (notes += cell.note ? 1 : 0)));
    if (images > 0 || notes > 0) lost.push({ sheet: sheet.name, images, notes });
  }
  return lost;
}

export function writePlanInto(read: ReadWorkbook, plan: WorkbookPlan): WrittenInto {
  const { workbook } = read;
  const existing: Partial<Record<SheetKey, string>> = {};
  for (const [key, sheet] of Object.entries(read.ours) as [SheetKey, { name: string }][]) existing[key] = sheet.name;
  const naming = nameSheets(
    existing,
    read.sheets.map((s) => s.name),
  );
  const skippedCharts: WrittenInto["skippedCharts"] = [];
  for (const sheetPlan of plan.sheets) {
    const name = naming.names[sheetPlan.key];
    const old = read.ours[sheetPlan.key]?.worksheet;
    const orderNo = old ? (old as Ordered).orderNo : undefined;
    if (old) workbook.removeWorksheet(old.id);
    const ws = writeSheet(workbook, { ...sheetPlan, name }, naming.renames);
    // Back to the old sheet's place among the tabs (ExcelJS orders worksheets by orderNo).
    if (orderNo !== undefined) (ws as Ordered).orderNo = orderNo;
    for (const chart of sheetPlan.charts) skippedCharts.push({ sheet: name, chart });
  }
  // The plan's names replace the old ones of the same name; the client's own names stay.
  const planNames = new Set(plan.names.map((n) => n.name));
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  workbook.definedNames.model = model.filter((n) => !planNames.has(n.name));
  for (const name of plan.names) workbook.definedNames.add(`${quoteSheetName(naming.names[name.sheet])}!${name.address}`, name.name);
  // Our formulas are written without cached results: Excel and LibreOffice recompute on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  return { names: naming.names, skippedCharts };
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
