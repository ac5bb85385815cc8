/**
 * Reads for the task pane's refreshes (the Contrôles after every edit, the state on open) that stay
 * small whatever the user adds: values only (never formulas), and never a whole sheet of ours but
 * the Paramètres sheet, whose size the add-in sets.
 *
 * Why: Excel on the web limits requests AND responses to 5 MB ("Excel on the web has a payload size
 * limit for requests and responses of 5MB", Resource limits and performance optimization for Office
 * Add-ins, https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Reading the formulas and values of the used ranges after every edit grows with every row a user
 * adds; the controls need a few dozen cells.
 */
import { colLetter } from "../sheets/addresses";
import { CellValue, KEY_COLUMN_INDEX } from "../sheets/plan";
import type { FoundSheet } from "./locate";

/** The hidden key column, as a whole-column address ("A:A"). */
const KEY_COLUMN = `${colLetter(KEY_COLUMN_INDEX)}:${colLetter(KEY_COLUMN_INDEX)}`;

/**
 * Queues the values of a sheet's used range (values-only used range: formats alone do not widen
 * it); read them with valuesFromA1 after the sync.
 */
export function queueUsedValues(worksheet: Excel.Worksheet): Excel.Range {
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,values");
  return used;
}

/** After the sync: queueUsedValues' cells placed from A1 (an empty sheet gives none). */
export function valuesFromA1(used: Excel.Range): CellValue[][] {
  if (used.isNullObject) return [];
  const cells = used.values as CellValue[][];
  const width = used.columnIndex + (cells[0]?.length ?? 0);
  return Array.from({ length: used.rowIndex + cells.length }, (_, r) =>
    r < used.rowIndex ? Array<CellValue>(width).fill("") : [...Array<CellValue>(used.columnIndex).fill(""), ...cells[r - used.rowIndex]],
  );
}

/**
 * Queues where each keyed row of one of our sheets now is: the constants of the key column (the
 * user's rows leave it empty, so this does not grow with them). `Range.getSpecialCells` is ExcelApi 1.9
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcells-member(1));
 * the sheet's A1 marker is a constant, so for one of our sheets it always finds something (the
 * non-null variant throws ItemNotFound on an empty result). Read with keyRowsOf after the sync.
 */
export function queueKeyCells(worksheet: Excel.Worksheet): Excel.RangeCollection {
  const areas = worksheet.getRange(KEY_COLUMN).getSpecialCells("Constants").areas;
  areas.load("items/rowIndex,items/values");
  return areas;
}

/** After the sync: key → 0-based row index; the first copy of a key wins (a copied row keeps its key). */
export function keyRowsOf(areas: Excel.RangeCollection): Map<string, number> {
  const rows = new Map<string, number>();
  for (const area of areas.items) {
    (area.values as CellValue[][]).forEach((row, i) => {
      const key = row[0];
      if (typeof key === "string" && key !== "" && !rows.has(key)) rows.set(key, area.rowIndex + i);
    });
  }
  return rows;
}

/** The same from a sheet's values read whole from A1 (the Paramètres sheet): key → 0-based row. */
export function keyRowsOfValues(values: readonly CellValue[][]): Map<string, number> {
  const rows = new Map<string, number>();
  values.forEach((row, i) => {
    const key = row[KEY_COLUMN_INDEX];
    if (typeof key === "string" && key !== "" && !rows.has(key)) rows.set(key, i);
  });
  return rows;
}

/** Our sheet with the values read (for storedChoices, which takes a FoundSheet). */
export function withValues(found: FoundSheet, values: CellValue[][]): FoundSheet {
  return { ...found, values };
}
