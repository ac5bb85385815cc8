/**
 * What a user does between two generations, for the regeneration tests: fill every cell the plan
 * gives to the user with a distinct value, add rows of their own, and find it all again afterwards
 * by row key, wherever the rows moved.
 */
import { isUserOwned } from "../../src/sheets/builder";
import { CarryOver, CellValue, SheetKey, SheetPlan, ValidationPlan, WorkbookPlan } from "../../src/sheets/plan";
import { parseA1 } from "../../src/sheets/addresses";
import { DATE_FORMAT, EURO_FORMAT, PERCENT_FORMAT } from "../../src/sheets/styles";
import type { WorkbookDouble } from "../double";
import { SIGNATURE } from "./fixtures";

/** What was typed: sheet → row key → column → value; and rows added after a key. */
export interface Typed {
  cells: Partial<Record<SheetKey, Record<string, Record<number, CellValue>>>>;
  added: Partial<Record<SheetKey, { after: string; values: Record<number, CellValue> }[]>>;
}

function listAt(validations: ValidationPlan[], col: number, row: number): readonly string[] | undefined {
  for (const v of validations) {
    if (v.type !== "list") continue;
    const [from, to = from] = v.range.split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    if (col >= a.col && col <= b.col && row >= a.row && row <= b.row) return v.values;
  }
  return undefined;
}

/** A value that fits the cell (a list choice, an amount, a date, a rate or a text), distinct by `n`. */
function valueFor(sheet: SheetPlan, rowKey: string, col: number, row: number, format: string | undefined, n: number): CellValue {
  const list = listAt(sheet.validations, col, row);
  if (list) return list[n % list.length];
  if (format === EURO_FORMAT) return 1000 + n;
  if (format === DATE_FORMAT) return SIGNATURE + n;
  if (format === PERCENT_FORMAT) return 0.5;
  return `saisie ${n} (${rowKey}, colonne ${col})`;
}

/**
 * Types a distinct value in every user-owned cell of the keyed rows of `sheets` (Paramètres excepted:
 * its inputs are the task pane's choices, which win at regeneration). Returns what was typed.
 */
export function fillUserCells(
  double: WorkbookDouble,
  plan: WorkbookPlan,
  sheetNames: Record<SheetKey, string>,
  sheets: SheetKey[],
  typed: Typed = { cells: {}, added: {} },
): Typed {
  let n = 0;
  const typing: { sheetName: string; address: string; value: CellValue }[] = [];
  for (const sheet of plan.sheets) {
    if (!sheets.includes(sheet.key) || sheet.key === "parametres") continue;
    const cells: Record<string, Record<number, CellValue>> = (typed.cells[sheet.key] ??= {});
    sheet.rows.forEach((row, i) => {
      if (!row.key) return;
      row.cells.forEach((cell, col) => {
        if (col === 0 || !cell || !isUserOwned(cell)) return;
        const value = valueFor(sheet, row.key, col, i + 1, cell.format, n++);
        typing.push({ sheetName: sheetNames[sheet.key], address: `${columnLetter(col)}${i + 1}`, value });
        (cells[row.key] ??= {})[col] = value;
      });
    });
  }
  double.typeAll(typing);
  return typed;
}

export function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Row number (1-based) of each key in column A of a sheet of the double. */
export function rowsByKey(double: WorkbookDouble, sheetName: string): Map<string, number> {
  const used = double.usedRect(sheetName);
  const map = new Map<string, number>();
  if (!used) return map;
  double.formulas(sheetName, `A1:A${used.r1 + 1}`).forEach(([key], i) => {
    if (typeof key === "string" && key !== "" && !map.has(key)) map.set(key, i + 1);
  });
  return map;
}

/** Inserts a row of the user's own right after the row of `after` (column A left empty), as Excel's "insert row" does. */
export function addUserRow(double: WorkbookDouble, sheetName: string, after: string, values: Record<number, CellValue>, typed: Typed, key: SheetKey): void {
  const anchorRow = rowsByKey(double, sheetName).get(after);
  if (anchorRow === undefined) throw new Error(`No row ${after} on ${sheetName}`);
  double.insertRows(sheetName, anchorRow + 1);
  for (const [c, v] of Object.entries(values)) double.type(sheetName, `${columnLetter(Number(c))}${anchorRow + 1}`, v);
  (typed.added[key] ??= []).push({ after, values });
}

/** Every typed value, found again in its row (by key) and column. */
export function missingUserCells(double: WorkbookDouble, sheetNames: Record<SheetKey, string>, typed: Typed): string[] {
  const missing: string[] = [];
  for (const [key, rows] of Object.entries(typed.cells) as [SheetKey, Record<string, Record<number, CellValue>>][]) {
    const where = rowsByKey(double, sheetNames[key]);
    for (const [rowKey, cols] of Object.entries(rows)) {
      const row = where.get(rowKey);
      for (const [col, value] of Object.entries(cols)) {
        const found = row === undefined ? "(ligne absente)" : double.formula(sheetNames[key], `${columnLetter(Number(col))}${row}`);
        if (found !== value) missing.push(`${sheetNames[key]} ${rowKey} col ${col}: attendu ${JSON.stringify(value)}, trouvé ${JSON.stringify(found)}`);
      }
    }
  }
  return missing;
}

/** Every added row's values, found again in a keyless row following its anchor. */
export function missingAddedRows(double: WorkbookDouble, sheetNames: Record<SheetKey, string>, typed: Typed): string[] {
  const missing: string[] = [];
  for (const [key, rows] of Object.entries(typed.added) as [SheetKey, { after: string; values: Record<number, CellValue> }[]][]) {
    const name = sheetNames[key];
    const used = double.usedRect(name)!;
    const all = double.formulas(name, `A1:${columnLetter(used.c1)}${used.r1 + 1}`);
    for (const added of rows) {
      const anchor = all.findIndex((r) => r[0] === added.after);
      let found = false;
      for (let r = anchor + 1; anchor >= 0 && r < all.length && all[r][0] === ""; r++)
        if (Object.entries(added.values).every(([c, v]) => all[r][Number(c)] === v)) found = true;
      if (!found) missing.push(`${name}: ligne ajoutée après ${added.after} ${JSON.stringify(added.values)}`);
    }
  }
  return missing;
}

/** The carry-over a correct writer must hand the planner for what was typed (built from the test's own record). */
export function expectedCarryOver(typed: Typed): CarryOver {
  const carry: CarryOver = {};
  const keys = new Set([...Object.keys(typed.cells), ...Object.keys(typed.added)] as SheetKey[]);
  for (const key of keys) carry[key] = { cells: typed.cells[key] ?? {}, addedRows: typed.added[key] ?? [] };
  return carry;
}

/** Count of keyless rows holding something, to prove rows are not duplicated by successive generations. */
export function keylessRows(double: WorkbookDouble, sheetName: string): number {
  const used = double.usedRect(sheetName, true)!;
  return double.formulas(sheetName, `A1:${columnLetter(used.c1)}${used.r1 + 1}`).filter((row) => row[0] === "" && row.some((v, c) => c > 0 && v !== "")).length;
}
