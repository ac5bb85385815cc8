/** Writes one sheet plan into an ExcelJS worksheet: identity column, cells, layout, tables, validations, formats. */
import type { Workbook, Worksheet } from "exceljs";
import { isUserOwned } from "../sheets/builder";
import { carriedText } from "../sheets/carryOver/readCarryOver";
import { KEY_COLUMN_INDEX, SheetPlan, sheetMarker, type CellPlan } from "../sheets/plan";
import { renameSheetReferences } from "../sheets/references";
import { cellStyle } from "./cellStyle";
import { argb } from "./color";
import { toConditionalFormatting } from "./conditionalFormat";
import { toFileFormula } from "./fileFormula";
import { rowHeight } from "./rowHeight";
import { addPlannedTable } from "./table";
import { addValidation } from "./validation";

const DEFAULT_EXCELJS_WIDTH = 9;
/** Column-width units that still print legibly across one A4 landscape page (about half scale). */
const PRINTABLE_WIDTH_PER_PAGE = 260;

/** Pages across: one for ordinary sheets, more for very wide ones (the roadmap's Gantt band). */
function pagesWide(plan: SheetPlan): number {
  const total = plan.columns.reduce((sum, c, i) => sum + (c.hidden || i === KEY_COLUMN_INDEX ? 0 : c.width), 0);
  return Math.max(1, Math.ceil(total / PRINTABLE_WIDTH_PER_PAGE));
}

/** A formula in the file's spelling; a user's formula the tokenizer cannot read is kept as typed rather than refused. */
function fileFormula(plan: CellPlan, renames: Readonly<Record<string, string>>): string {
  const formula = renameSheetReferences(plan.formula!, renames);
  if (!isUserOwned(plan)) return toFileFormula(formula);
  try {
    return toFileFormula(formula);
  } catch {
    return formula.slice(1);
  }
}

function writeCell(ws: Worksheet, row: number, col: number, plan: CellPlan, renames: Readonly<Record<string, string>>): void {
  const cell = ws.getCell(row, col + 1);
  if (plan.formula !== undefined) {
    // No cached result: the file is opened with a full recalculation (see writeWorkbook.ts).
    cell.value = { formula: fileFormula(plan, renames) } as never;
  } else if (plan.value !== undefined && plan.value !== null) {
    // A carried text arrives as `range.formulas` takes it (src/sheets/carryOver/textAsWritten.ts):
    // its apostrophe prefix is Excel input syntax, not part of the text a file stores.
    cell.value = carriedText(plan.value);
  }
  cell.style = cellStyle(plan);
}

/** `renames`: plan sheet name → the sheet's actual name in the workbook, for cross-sheet references (regeneration of a renamed sheet). */
export function writeSheet(workbook: Workbook, plan: SheetPlan, renames: Readonly<Record<string, string>> = {}): Worksheet {
  const ws = workbook.addWorksheet(plan.name, {
    properties: plan.tabColor ? { tabColor: { argb: argb(plan.tabColor) } } : {},
    // Printed (and rendered to PDF) A4 landscape, fitted to the page width, the frozen header rows repeated on every page.
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: pagesWide(plan),
      fitToHeight: 0,
      ...(plan.freeze && plan.freeze.rows > 0 ? { printTitlesRow: `1:${plan.freeze.rows}` } : {}),
    },
    views: [
      plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)
        ? { state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }
        : { state: "normal" },
    ],
  });

  plan.columns.forEach((column, i) => {
    const col = ws.getColumn(i + 1);
    // ExcelJS takes width 9 for its default and drops it, leaving Excel's 8.43: nudge it so it is written.
    col.width = column.width === DEFAULT_EXCELJS_WIDTH ? column.width + 0.01 : column.width;
    if (column.hidden) col.hidden = true;
  });
  // The identity column is hidden whatever the plan says: it holds keys, not content.
  ws.getColumn(KEY_COLUMN_INDEX + 1).hidden = true;

  plan.rows.forEach((row, index) => {
    const r = index + 1;
    const key = r === 1 ? sheetMarker(plan.key) : row.key;
    if (key) ws.getCell(r, KEY_COLUMN_INDEX + 1).value = key;
    row.cells.forEach((cell, col) => {
      if (!cell) return;
      if (col === KEY_COLUMN_INDEX) throw new Error(`La colonne A est réservée aux clés (feuille ${plan.name}, ligne ${r})`);
      writeCell(ws, r, col, cell, renames);
    });
    const height = rowHeight(row, plan.columns);
    if (height) ws.getRow(r).height = height;
  });

  for (const table of plan.tables) addPlannedTable(ws, table);
  for (const validation of plan.validations) addValidation(ws, validation);
  plan.conditionalFormats.forEach((cf, i) =>
    ws.addConditionalFormatting(toConditionalFormatting({ ...cf, formula: renameSheetReferences(cf.formula, renames) }, i + 1)),
  );
  return ws;
}
