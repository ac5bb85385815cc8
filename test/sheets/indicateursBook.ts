/**
 * Helpers of the Indicateurs sheet tests: a workbook evaluated with HyperFormula, and the cells of
 * an indicator row by its key and column (the columns of indicateursFormulas.ts, never letters).
 */
import type { MissionKey } from "../../src/domain";
import { a1, parseA1, planWorkbook, type CarryOver, type SheetKey, type WorkbookChoices, type WorkbookPlan } from "../../src/sheets";
import { COL, measureCol, seuilCol } from "../../src/sheets/indicateursFormulas";
import { EvaluatedWorkbook, evaluatePlan } from "../support/evaluatePlan";
import { choicesFor } from "./fixtures";

export { COL, measureCol, seuilCol };

export interface IndicatorBook {
  readonly wb: EvaluatedWorkbook;
  /** Row number of a row key on Indicateurs. */
  row(key: string): number;
  get(key: string, col: number): ReturnType<EvaluatedWorkbook["getCell"]>;
  set(key: string, col: number, value: number | string | null): void;
  /** The value of a mission summary line (atteinte, taux, volet, estimee, parts, ecart). */
  summary(mission: MissionKey, item: string): ReturnType<EvaluatedWorkbook["getCell"]>;
  /** The verdict beside a mission's total of shares. */
  partsVerdict(mission: MissionKey): ReturnType<EvaluatedWorkbook["getCell"]>;
  /** Sets a cell of any sheet, remembered for reset(). */
  setAt(sheet: SheetKey, address: string, value: number | string | null): void;
  /** Puts back every cell set since the book was built (one book serves a whole test file: building one takes a second). */
  reset(): void;
  destroy(): void;
}

export function indicatorBook(overrides: Partial<WorkbookChoices> = {}, options: { addIn?: boolean; carry?: CarryOver } = {}): IndicatorBook {
  const plan = planWorkbook(choicesFor(overrides), options.carry);
  const wb = evaluatePlan(plan, { addIn: options.addIn });
  const row = (key: string): number => wb.rowOf("indicateurs", key);
  const original = new Map<string, { sheet: SheetKey; address: string; content: number | string | null }>();
  const setAt = (sheet: SheetKey, address: string, value: number | string | null): void => {
    const id = `${sheet}!${address}`;
    if (!original.has(id)) original.set(id, { sheet, address, content: plannedContent(plan, sheet, address) });
    wb.setCell(sheet, address, value);
  };
  return {
    wb,
    row,
    get: (key, col) => wb.getCell("indicateurs", a1(col, row(key))),
    set: (key, col, value) => setAt("indicateurs", a1(col, row(key)), value),
    setAt,
    reset: () => {
      for (const { sheet, address, content } of original.values()) wb.setCell(sheet, address, content);
      original.clear();
    },
    summary: (mission, item) => wb.getCell("indicateurs", a1(COL.nature, row(`ind:${mission}:${item}`))),
    partsVerdict: (mission) => wb.getCell("indicateurs", a1(COL.financier, row(`ind:${mission}:parts`))),
    destroy: () => wb.destroy(),
  };
}

/** Fills an indicator row: départ, cible, part and the measures of year 1 (the fixtures' followed year). */
export function fill(
  book: IndicatorBook,
  key: string,
  values: { depart?: number | null; cible?: number | null; part?: number | null; m1?: number | null; m2?: number | null; financier?: string; sens?: string },
): void {
  if (values.depart !== undefined) book.set(key, COL.depart, values.depart);
  if (values.cible !== undefined) book.set(key, COL.cible, values.cible);
  if (values.part !== undefined) book.set(key, COL.part, values.part);
  if (values.m1 !== undefined) book.set(key, measureCol(1, 1), values.m1);
  if (values.m2 !== undefined) book.set(key, measureCol(1, 2), values.m2);
  if (values.financier !== undefined) book.set(key, COL.financier, values.financier);
  if (values.sens !== undefined) book.set(key, COL.sens, values.sens);
}

/** A cell's planned content as HyperFormula takes it: its formula, its literal, or null. */
function plannedContent(plan: WorkbookPlan, sheet: SheetKey, address: string): number | string | null {
  const { col, row } = parseA1(address);
  const cell = plan.sheets.find((x) => x.key === sheet)?.rows[row - 1]?.cells[col];
  if (!cell) return null;
  if (cell.formula !== undefined) return cell.formula;
  return typeof cell.value === "boolean" ? String(cell.value) : (cell.value ?? null);
}
