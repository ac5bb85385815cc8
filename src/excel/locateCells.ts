/**
 * Where a planned cell now is: the cells the pane reads after each edit (controls' verdicts,
 * summaries' figures) are named by the plan's address; the user may have added rows above them since,
 * so each is found again through its row's key in the hidden column A.
 */
import { a1, parseA1 } from "../sheets/addresses";
import type { SheetKey, WorkbookPlan } from "../sheets/plan";

/** One of our sheets as the pane's read needs it: its name, and the 0-based row of each key found. */
export interface KeyedSheet {
  name: string;
  keyRows: ReadonlyMap<string, number>;
}

/** A planned cell found in the workbook: the plan's item, and where its cell is now. */
export interface LocatedCell<T> {
  item: T;
  sheetName: string;
  /** A1 address on that sheet. */
  address: string;
}

/**
 * Pure: where each item's cell now is. An item whose sheet is absent, or whose keyed row is gone
 * (deleted by the user, or an unkeyed planned row), is left out: nothing to read, nothing to show.
 */
export function locateCells<T extends { sheet: SheetKey; address: string }>(
  plan: WorkbookPlan,
  items: readonly T[],
  sheets: Partial<Record<SheetKey, KeyedSheet>>,
): LocatedCell<T>[] {
  const located: LocatedCell<T>[] = [];
  for (const item of items) {
    const sheet = sheets[item.sheet];
    const planned = plan.sheets.find((s) => s.key === item.sheet);
    if (!sheet || !planned) continue;
    const { col, row } = parseA1(item.address);
    const key = planned.rows[row - 1]?.key;
    const actualRow = key ? sheet.keyRows.get(key) : undefined;
    if (actualRow === undefined) continue;
    located.push({ item, sheetName: sheet.name, address: a1(col, actualRow + 1) });
  }
  return located;
}
