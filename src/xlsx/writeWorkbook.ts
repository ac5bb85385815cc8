/**
 * Turns a WorkbookPlan into an .xlsx workbook with ExcelJS, for the command line and machines
 * without Excel. Every amount is a native formula with no cached result and the workbook asks for
 * a full recalculation on load, so Excel and LibreOffice compute it when they open it.
 *
 * Charts are not written: ExcelJS has no chart support (it can only keep charts of a file it did not
 * create). They are returned as `skippedCharts` so the caller can say so instead of pretending.
 */
import ExcelJS from "exceljs";
import type { ChartPlan, WorkbookPlan } from "../sheets/plan";
import { quoteSheetName } from "../sheets/references";
import { writeSheet } from "./writeSheet";

export interface WrittenWorkbook {
  workbook: ExcelJS.Workbook;
  /** Charts the plan asked for and this writer cannot produce, with their sheet's name. */
  skippedCharts: { sheet: string; chart: ChartPlan }[];
}

const CREATOR = "Complément CPTS";

export function buildWorkbook(plan: WorkbookPlan): WrittenWorkbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = CREATOR;
  workbook.calcProperties.fullCalcOnLoad = true;
  const skippedCharts: WrittenWorkbook["skippedCharts"] = [];
  const sheetNames = new Map<string, string>();
  for (const sheet of plan.sheets) {
    writeSheet(workbook, sheet);
    sheetNames.set(sheet.key, sheet.name);
    for (const chart of sheet.charts) skippedCharts.push({ sheet: sheet.name, chart });
  }
  for (const name of plan.names) {
    const sheetName = sheetNames.get(name.sheet);
    if (sheetName === undefined) throw new Error(`Le nom ${name.name} désigne la feuille « ${name.sheet} », absente du plan`);
    workbook.definedNames.add(`${quoteSheetName(sheetName)}!${name.address}`, name.name);
  }
  return { workbook, skippedCharts };
}

export async function writeWorkbookBuffer(plan: WorkbookPlan): Promise<{ buffer: Buffer; skippedCharts: WrittenWorkbook["skippedCharts"] }> {
  const { workbook, skippedCharts } = buildWorkbook(plan);
  const data = await workbook.xlsx.writeBuffer();
  return { buffer: Buffer.from(data as ArrayBuffer), skippedCharts };
}
