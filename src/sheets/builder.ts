/**
 * Builds one sheet's rows top to bottom and applies the carry-over as it goes:
 * user-owned cells of a keyed row take the value the user left there, and the rows the user added
 * after a keyed row come back right after it, so block sums written later include them.
 */
import type { CellPlan, CellValue, ColumnPlan, ConditionalFormatPlan, ControlPlan, RowPlan, SheetCarryOver, SheetPlan, ValidationPlan } from "./plan";
import { sameFormula } from "./formulaText";
import { literalTextHeight } from "./rowHeights";

/** Cells from column B on (column A holds the row key). */
export type Cells = (CellPlan | undefined)[];

export interface RowOptions {
  height?: number;
  /** Parameters set by the task pane's choices: carried values do not replace them. */
  choicesWin?: boolean;
  /** Add-in cells to put in the user's added rows after this one (e.g. a roadmap alert), by row number. */
  addedRowCells?: (row: number) => Cells;
  /** Called for each user-added row re-emitted after this one (e.g. to register its alert as a control). */
  onAddedRow?: (row: number) => void;
}

export interface BuilderMark {
  rows: number;
  validations: number;
  conditionalFormats: number;
  controls: number;
  userData: number;
  consumed: number;
}

export function isUserOwned(cell: CellPlan | undefined): boolean {
  if (!cell) return false;
  return (cell.owner ?? (cell.role === "input" ? "user" : "addin")) === "user";
}

export function isEmptyValue(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A carried value as a cell: strings starting with "=" are formulas the user typed. */
export function carriedCell(value: CellValue, template?: CellPlan): CellPlan {
  const base: CellPlan = template ? { ...template } : { role: "input" };
  delete base.formula;
  delete base.value;
  // Inputs are the user's by default; anything else must say so to be kept next time.
  if (!isUserOwned(base)) base.owner = "user";
  return typeof value === "string" && value.startsWith("=") ? { ...base, formula: value } : { ...base, value };
}

function sameAsDefault(value: CellValue, planned: CellPlan | undefined): boolean {
  if (!planned) return isEmptyValue(value);
  if (planned.formula !== undefined) return typeof value === "string" && sameFormula(value, planned.formula);
  if (isEmptyValue(planned.value) && isEmptyValue(value)) return true;
  return planned.value === value;
}

export class SheetBuilder {
  readonly rows: RowPlan[] = [];
  readonly validations: ValidationPlan[] = [];
  readonly conditionalFormats: ConditionalFormatPlan[] = [];
  readonly controls: ControlPlan[] = [];
  /** Keys whose carried content has been placed (or deliberately dropped). */
  private readonly consumed: string[] = [];
  private userData = 0;

  constructor(private readonly carry?: SheetCarryOver) {}

  /** Row number of the last row written (0 when none). */
  get lastRow(): number {
    return this.rows.length;
  }

  get nextRow(): number {
    return this.rows.length + 1;
  }

  /** Adds a keyed row (cells from column B), applies the carry-over, then re-emits the user's rows added after it. */
  row(key: string, cells: Cells, options: RowOptions = {}): number {
    const planned: (CellPlan | undefined)[] = [undefined, ...cells];
    const carried = key && !options.choicesWin ? this.carry?.cells[key] : undefined;
    if (carried) {
      for (const [colText, value] of Object.entries(carried)) {
        const col = Number(colText);
        if (!Number.isInteger(col) || col < 1) continue;
        const cell = planned[col];
        // Add-in cells are always re-planned; user cells and cells we leave empty keep the user's value.
        if (cell !== undefined && !isUserOwned(cell)) continue;
        if (!sameAsDefault(value, cell)) this.userData++;
        planned[col] = carriedCell(value, cell);
      }
    }
    this.rows.push({ key, cells: planned, ...(options.height ? { height: options.height } : {}) });
    const rowNumber = this.rows.length;
    if (key) {
      this.consumed.push(key);
      this.emitAddedRows(key, planned, options.addedRowCells, options.onAddedRow);
    }
    return rowNumber;
  }

  /** A spacer row the add-in owns. */
  blank(): number {
    this.rows.push({ key: "", cells: [] });
    return this.rows.length;
  }

  /** Replaces cells of a row already written (e.g. a header whose total is known only later). */
  patch(row: number, col: number, cell: CellPlan): void {
    const target = this.rows[row - 1];
    if (!target) throw new Error(`No row ${row} to patch`);
    while (target.cells.length <= col) target.cells.push(undefined);
    target.cells[col] = cell;
  }

  mark(): BuilderMark {
    return {
      rows: this.rows.length,
      validations: this.validations.length,
      conditionalFormats: this.conditionalFormats.length,
      controls: this.controls.length,
      userData: this.userData,
      consumed: this.consumed.length,
    };
  }

  /** Whether any user value differing from the defaults, or any user-added row, was placed since the mark. */
  userDataSince(mark: BuilderMark): boolean {
    return this.userData > mark.userData;
  }

  /** Drops everything written since the mark; the keys stay consumed (their carried content held no user data). */
  rollback(mark: BuilderMark): void {
    this.rows.length = mark.rows;
    this.validations.length = mark.validations;
    this.conditionalFormats.length = mark.conditionalFormats;
    this.controls.length = mark.controls;
    this.userData = mark.userData;
  }

  /**
   * Carried content whose key this plan no longer has (an older layout): never lost, re-emitted at
   * the end of the sheet under a warning line. Returns whether anything was emitted.
   */
  flushOrphans(warning: string): boolean {
    if (!this.carry) return false;
    const done = new Set(this.consumed);
    const orphanCells = Object.entries(this.carry.cells).filter(([key, values]) => !done.has(key) && Object.values(values).some((v) => !isEmptyValue(v)));
    const orphanAdded = this.carry.addedRows.filter((r) => !done.has(r.after));
    if (orphanCells.length === 0 && orphanAdded.length === 0) return false;
    this.blank();
    this.rows.push({ key: "", cells: [undefined, { value: warning, role: "warning" }] });
    for (const [, values] of orphanCells) this.pushUserRow(values);
    for (const added of orphanAdded) this.pushUserRow(added.values);
    return true;
  }

  private emitAddedRows(key: string, anchor: (CellPlan | undefined)[], extra?: (row: number) => Cells, onAdded?: (row: number) => void): void {
    for (const added of this.carry?.addedRows ?? []) {
      if (added.after !== key) continue;
      const row = this.pushUserRow(added.values, anchor);
      if (extra) {
        const cells = extra(row);
        const target = this.rows[row - 1].cells;
        cells.forEach((cell, i) => {
          const col = i + 1;
          if (cell && (target[col] === undefined || isEmptyValue(added.values[col]))) {
            while (target.length <= col) target.push(undefined);
            target[col] = cell;
          }
        });
      }
      onAdded?.(row);
    }
  }

  private pushUserRow(values: Record<number, CellValue>, anchor?: (CellPlan | undefined)[]): number {
    const cells: (CellPlan | undefined)[] = [undefined];
    for (const [colText, value] of Object.entries(values)) {
      const col = Number(colText);
      if (!Number.isInteger(col) || col < 1) continue;
      while (cells.length <= col) cells.push(undefined);
      const template = anchor?.[col];
      cells[col] = carriedCell(value, template ? { format: template.format, wrap: template.wrap, role: "input" } : undefined);
    }
    this.userData++;
    this.rows.push({ key: "", cells });
    return this.rows.length;
  }
}

/**
 * A planned height is a fixed height in Excel: never below what the row's wrapped texts need in the
 * sheet's final column widths (a planner's height covers formula results, which no writer can measure).
 */
function fittedRows(rows: readonly RowPlan[], columns: readonly ColumnPlan[]): RowPlan[] {
  return rows.map((row) => {
    if (row.height === undefined) return row;
    const needed = literalTextHeight(row, columns);
    return needed > row.height ? { ...row, height: needed } : row;
  });
}

/** The sheet plan from a finished builder. */
export function sheetPlanFrom(
  builder: SheetBuilder,
  sheet: Pick<SheetPlan, "key" | "name" | "columns" | "freeze" | "tabColor"> & Partial<Pick<SheetPlan, "tables" | "charts">>,
): SheetPlan {
  return {
    key: sheet.key,
    name: sheet.name,
    columns: sheet.columns,
    rows: fittedRows(builder.rows, sheet.columns),
    ...(sheet.freeze ? { freeze: sheet.freeze } : {}),
    tables: sheet.tables ?? [],
    validations: builder.validations,
    conditionalFormats: builder.conditionalFormats,
    charts: sheet.charts ?? [],
    ...(sheet.tabColor ? { tabColor: sheet.tabColor } : {}),
  };
}
