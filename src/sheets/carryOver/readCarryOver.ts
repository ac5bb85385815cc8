/**
 * Builds the CarryOver (src/sheets/plan.ts) from what our sheets hold now, read as a grid of
 * formulas and values — the one reader fed by both the office-js path (src/excel/locate.ts reads
 * `range.formulas` / `range.values`) and the file path (src/xlsx/readWorkbook.ts reads ExcelJS cells
 * into the same grid): the user's cells of
 * keyed rows and the rows the user added (column A empty), each attached to the keyed row above.
 *
 * Which cells are the user's? Ownership is read from plans, by row key + column, without storing
 * anything extra in the workbook: first the plan of the choices the workbook's Paramètres sheet
 * holds (the layout the sheets were most likely generated with), then the plan of the full catalogue
 * (every mission, SNP retained) for rows of missions retained in an older generation. A cell those
 * plans give to the add-in is re-planned; every other non-empty cell is carried — including cells of
 * rows whose key no plan knows (an older layout): the planner re-emits those under a warning line,
 * so nothing the user typed is lost. The planner then applies the NEW plan's ownership on top.
 *
 * Cells the add-in puts in user-added rows (e.g. the Alerte formula of a roadmap row) are recognised
 * by planning a probe: an empty added row after each anchor shows what the add-in writes there.
 *
 * What a carried value is: exactly what `range.formulas` must be given to put the cell back as it
 * was (see cellAsWritten). A formula is its text; a number or boolean itself; a text is its text,
 * with Excel's apostrophe prefix when Excel would read it as anything else — `range.formulas`
 * returns a text cell without its apostrophe (office-js#6687), and strings written back are parsed
 * as en-US input (office-js#1559): '0612345678 would come back a number, '=SOMME à prévoir a formula.
 */
import { canonicalCptsFormula, sameFormula, shiftFormulaRows } from "../formulaText";
import { COMMON_LABELS } from "../labels";
import { isUserOwned } from "../builder";
import { CellPlan, CellValue, KEY_COLUMN_INDEX, SheetCarryOver, SheetKey, SheetPlan, WorkbookPlan } from "../plan";
import { textAsWritten } from "./textAsWritten";

export interface ExistingSheet {
  key: SheetKey;
  name: string;
  /** Cells from A1 (row 0 is row 1), as `range.formulas` returns them: formulas, literals, "" when empty. */
  formulas: CellValue[][];
  /**
   * The same cells as `range.values` returns them (computed results): what tells a text cell from a
   * formula when both read "=…" in `formulas`. Absent: every "=…" is taken for a formula.
   */
  values?: CellValue[][];
}

/**
 * One cell as `range.formulas` must be given it to come back identical. A cell is a formula when
 * `formulas` shows "=…" and `values` shows something else (its result); a text cell reading "=…"
 * shows the same text in both (office-js#6687 drops the apostrophe from both). Texts get the
 * apostrophe prefix when Excel would not keep them as texts (textAsWritten). A formula whose result
 * is its own text (=A1 where A1 holds "=A1") would be taken for a text: no one writes that.
 */
export function cellAsWritten(formula: CellValue | undefined, value: CellValue | undefined): CellValue {
  if (formula === undefined || formula === null || formula === "") return "";
  // A call read as `_xldudf_CPTS_X(` (no add-in metadata yet, office-js#3558) is written back as typed: `CPTS.X(`.
  if (typeof formula === "string" && formula.startsWith("=") && formula.length > 1 && !(typeof value === "string" && value === formula))
    return canonicalCptsFormula(formula);
  // A literal as stored (`formulas`: a number in full, not as computed for display).
  return typeof formula === "string" ? textAsWritten(formula) : formula;
}

/** The text a carried value stands for (its apostrophe prefix removed), to compare it with the plan's literals. */
export function carriedText(value: CellValue): CellValue {
  return typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
}

/** Old row (1-based) of each carried row, to move the user's formulas with their row. */
export interface CarryOrigins {
  keyed: Record<string, number>;
  added: number[];
}

/** Plans one sheet with a given carry-over (the planner, injected so this module stays a pure reader). */
export type PlanSheet = (key: SheetKey, carry: SheetCarryOver) => SheetPlan | undefined;

const isEmpty = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

interface PlannedRow {
  /** 1-based row number in that plan. */
  row: number;
  cells: (CellPlan | undefined)[];
}

function rowsByKey(plan: SheetPlan | undefined): Map<string, PlannedRow> {
  const map = new Map<string, PlannedRow>();
  plan?.rows.forEach((row, i) => {
    if (row.key && !map.has(row.key)) map.set(row.key, { row: i + 1, cells: row.cells });
  });
  return map;
}

/** Whether a cell holds what the plan itself would write there (a literal, or a formula moved by `rowDelta`). */
function isPlannedContent(value: CellValue, planned: CellPlan, rowDelta: number): boolean {
  if (planned.formula !== undefined) return typeof value === "string" && sameFormula(shiftFormulaRows(planned.formula, rowDelta), value);
  return planned.value === carriedText(value);
}

/** A keyless row holding only the add-in's own warning line (re-emitted orphans' heading) is not the user's. */
function isOrphanHeading(row: CellValue[]): boolean {
  const filled = row.map((v, c) => (c === KEY_COLUMN_INDEX || isEmpty(v) ? undefined : v)).filter((v) => v !== undefined);
  return filled.length === 1 && carriedText(filled[0]!) === COMMON_LABELS.orphanRows;
}

export function readSheetCarryOver(sheet: ExistingSheet, references: WorkbookPlan[], planSheet: PlanSheet): { carry: SheetCarryOver; origins: CarryOrigins } {
  const referenceRows = references.map((plan) => rowsByKey(plan.sheets.find((s) => s.key === sheet.key)));
  const plannedCell = (key: string, col: number): { known: boolean; cell?: CellPlan; row?: number } => {
    for (const rows of referenceRows) {
      const planned = rows.get(key);
      if (planned) return { known: true, cell: planned.cells[col], row: planned.row };
    }
    return { known: false };
  };

  const carry: SheetCarryOver = { cells: {}, addedRows: [] };
  const origins: CarryOrigins = { keyed: {}, added: [] };
  const addedRowsOld: number[] = [];
  // Row 1 holds the sheet marker in column A: it is the first anchor.
  let anchor = String(sheet.formulas[0]?.[KEY_COLUMN_INDEX] ?? "");
  sheet.formulas.forEach((formulas, r) => {
    if (r === 0) return;
    const row = formulas.map((f, c) => (c === KEY_COLUMN_INDEX ? f : cellAsWritten(f, sheet.values ? (sheet.values[r]?.[c] ?? "") : undefined)));
    const key = typeof row[KEY_COLUMN_INDEX] === "string" ? (row[KEY_COLUMN_INDEX] as string).trim() : "";
    if (key && !(key in carry.cells)) {
      const values: Record<number, CellValue> = {};
      row.forEach((v, c) => {
        if (c === KEY_COLUMN_INDEX || isEmpty(v)) return;
        const { known, cell, row: plannedRow } = plannedCell(key, c);
        if (known && cell !== undefined && !isUserOwned(cell)) return;
        // The add-in's own default in a user cell (e.g. the ACI formula of a budget resource) is not
        // the user's data: the new plan writes its own default there.
        if (cell !== undefined && isPlannedContent(v, cell, r + 1 - plannedRow!)) return;
        values[c] = v;
      });
      carry.cells[key] = values;
      origins.keyed[key] = r + 1;
      anchor = key;
      return;
    }
    // A keyless row, or a second copy of a keyed row (the user copied a whole row): the user's own row.
    if (!key && isOrphanHeading(row)) return;
    const values: Record<number, CellValue> = {};
    row.forEach((v, c) => {
      if (c !== KEY_COLUMN_INDEX && !isEmpty(v)) values[c] = v;
    });
    if (Object.keys(values).length === 0) return;
    carry.addedRows.push({ after: anchor, values });
    addedRowsOld.push(r + 1);
  });
  dropAddinCellsOfAddedRows(sheet.key, carry, addedRowsOld, planSheet);
  // Rows left with nothing of the user's are dropped, with their origin.
  const kept = carry.addedRows.map((a, i) => (Object.keys(a.values).length > 0 ? i : -1)).filter((i) => i >= 0);
  carry.addedRows = kept.map((i) => carry.addedRows[i]);
  origins.added = kept.map((i) => addedRowsOld[i]);
  return { carry, origins };
}

/** Removes from the user's added rows the cells the add-in writes in such rows (compared at the row's old position). */
function dropAddinCellsOfAddedRows(key: SheetKey, carry: SheetCarryOver, oldRows: number[], planSheet: PlanSheet): void {
  if (carry.addedRows.length === 0) return;
  const anchors = [...new Set(carry.addedRows.map((a) => a.after))];
  const probe = planSheet(key, { cells: {}, addedRows: anchors.map((after) => ({ after, values: {} })) });
  if (!probe) return;
  const templates = new Map<string, { row: number; cells: (CellPlan | undefined)[] }>();
  probe.rows.forEach((row, i) => {
    if (row.key && anchors.includes(row.key) && !templates.has(row.key)) {
      const next = probe.rows[i + 1];
      if (next && next.key === "") templates.set(row.key, { row: i + 2, cells: next.cells });
    }
  });
  carry.addedRows.forEach((added, i) => {
    const template = templates.get(added.after);
    if (!template) return;
    for (const colText of Object.keys(added.values)) {
      const col = Number(colText);
      const planned = template.cells[col];
      if (planned && !isUserOwned(planned) && isPlannedContent(added.values[col], planned, oldRows[i] - template.row)) delete added.values[col];
    }
  });
}

/**
 * Moves the user's formulas with their rows: once the new layout is known, each carried formula's
 * relative rows shift by its row's move (new row − old row), as inserting rows above it would in Excel.
 * Rows re-emitted as orphans keep their formulas unchanged.
 */
export function relocateUserFormulas(carry: SheetCarryOver, origins: CarryOrigins, plan: SheetPlan): SheetCarryOver {
  const rowOfKey = new Map<string, number>();
  plan.rows.forEach((row, i) => {
    if (row.key && !rowOfKey.has(row.key)) rowOfKey.set(row.key, i + 1);
  });
  const shift = (values: Record<number, CellValue>, delta: number): Record<number, CellValue> =>
    Object.fromEntries(Object.entries(values).map(([c, v]) => [c, typeof v === "string" && v.startsWith("=") ? shiftFormulaRows(v, delta) : v]));

  const cells: Record<string, Record<number, CellValue>> = {};
  for (const [key, values] of Object.entries(carry.cells)) {
    const now = rowOfKey.get(key);
    cells[key] = now === undefined ? values : shift(values, now - origins.keyed[key]);
  }
  const seenAfter = new Map<string, number>();
  const addedRows = carry.addedRows.map((added, i) => {
    const index = seenAfter.get(added.after) ?? 0;
    seenAfter.set(added.after, index + 1);
    const anchorRow = rowOfKey.get(added.after);
    // The planner puts an anchor's added rows right after it, in order.
    return anchorRow === undefined ? added : { after: added.after, values: shift(added.values, anchorRow + 1 + index - origins.added[i]) };
  });
  return { cells, addedRows };
}
