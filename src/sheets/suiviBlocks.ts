/**
 * One block of the Suivi budgétaire: a line per dépenses line of the Budget prévisionnel's block (the
 * user's added budget lines included, each under a stable key), then the block's total and verdict.
 */
import { BUDGET_BLOCKS, EXPENSE_LINES } from "../domain";
import { MONTHS_PER_YEAR } from "../domain/followUp";
import { CONTRACT_YEARS } from "../domain/payments";
import { a1, columnRange, rangeA1 } from "./addresses";
import type { SheetBuilder } from "./builder";
import type { BudgetBlockCells, BudgetLineCells } from "./budget";
import { COMMON_LABELS as C } from "./labels";
import type { CellPlan } from "./plan";
import { excelString, sheetRef } from "./references";
import { CF_COLORS, EURO_FORMAT, PERCENT_FORMAT } from "./styles";
import { cumulFormula, monthColumn, overspentCondition, percentFormula, projectionFormula, suiviVerdictFormula } from "./suiviFormulas";
import { SUIVI_LABELS as L } from "./suiviLabels";

export const SUIVI_COL = { label: 1, prevu: 2, cumul: 3, percent: 4, reste: 5, projection: 6, ecart: 7, verdict: 8, firstMonth: 9 } as const;
export const LAST_MONTH_COL = monthColumn(SUIVI_COL.firstMonth, CONTRACT_YEARS, MONTHS_PER_YEAR);
const COL = SUIVI_COL;

/** Where a block's figures are on the Suivi. */
export interface SuiviBlockCells {
  key: string;
  title: string;
  retained: boolean;
  firstLine: number;
  lastLine: number;
  /** The block's total row (prévu, cumul, projection, verdict, and the 60 month sums). */
  totalRow: number;
}

/** What every row's follow-up formulas read: the « mois clos » row and the count of closed months. */
export interface FollowedYear {
  closedRow: number;
  elapsed: string;
}

/** The Suivi row key of a budget line: its own key, or, for a user's line, the keyed line it follows and its rank. */
export function suiviLineKey(block: string, line: Pick<BudgetLineCells, "line" | "rank">): string {
  return line.rank === 0 ? `suivi:${block}:dep:${line.line}` : `suivi:${block}:dep:${line.line}:ajout:${line.rank}`;
}

export const euro = (formula: string, role: CellPlan["role"] = "computed"): CellPlan => ({ formula, role, format: EURO_FORMAT });

/** Columns C–H of a row: prévu as given, then cumul, %, reste, projection, écart from the row's months. */
export function followUpCells(row: number, prevu: CellPlan, year: FollowedYear, role: CellPlan["role"] = "computed"): CellPlan[] {
  const at = (col: number): string => a1(col, row);
  return [
    prevu,
    euro(cumulFormula(COL.firstMonth, row), role),
    { formula: percentFormula(at(COL.prevu), at(COL.cumul)), role, format: PERCENT_FORMAT },
    euro(`=${at(COL.prevu)}-${at(COL.cumul)}`, role),
    euro(projectionFormula(COL.firstMonth, row, at(COL.cumul), year.closedRow, year.elapsed), role),
    euro(`=${at(COL.projection)}-${at(COL.prevu)}`, role),
  ];
}

/** The verdict cell of a row, and its conditional format (the verdict's own comparisons). */
export function verdictCell(b: SheetBuilder, row: number): CellPlan {
  const at = (col: number, abs = false): string => a1(col, row, abs);
  b.conditionalFormats.push({
    range: at(COL.verdict),
    formula: `=${overspentCondition(at(COL.prevu, true), at(COL.cumul, true), at(COL.projection, true))}`,
    fill: CF_COLORS.alertFill,
    fontColor: CF_COLORS.alertFont,
    bold: true,
  });
  return { formula: suiviVerdictFormula(at(COL.prevu), at(COL.cumul), at(COL.projection)), role: "flag" };
}

/** The budget's lines of a block, or the keyed lines alone (no prévu) when the budget dropped it. */
function linesOf(blockKey: string, budget: BudgetBlockCells | undefined): { line: string; rank: number; label: CellPlan; prevu: CellPlan }[] {
  if (!budget) {
    return EXPENSE_LINES.map((line) => ({
      line: line.key,
      rank: 0,
      label: { value: line.label, role: "label" },
      prevu: { value: null, role: "computed", format: EURO_FORMAT },
    }));
  }
  return budget.depenses.map((d) => {
    const keyed = EXPENSE_LINES.find((line) => line.key === d.line && d.rank === 0);
    const ref = sheetRef("budget", d.label);
    const label: CellPlan = keyed ? { value: keyed.label, role: "label" } : { formula: `=IF(${ref}="",${excelString(L.addedLine)},${ref}&"")`, role: "label" };
    return { line: d.line, rank: d.rank, label, prevu: euro(`=${sheetRef("budget", d.amount)}`) };
  });
}

export function emitSuiviBlock(b: SheetBuilder, key: string, retained: boolean, budget: BudgetBlockCells | undefined, year: FollowedYear): SuiviBlockCells {
  const title = BUDGET_BLOCKS.find((x) => x.key === key)?.title ?? key;
  const months = LAST_MONTH_COL - COL.firstMonth + 1;
  b.row(`suivi:${key}:titre`, [{ value: title, role: "subtitle" }, retained ? undefined : { value: C.missionDroppedNote, role: "warning" }]);
  const firstLine = b.nextRow;
  for (const line of linesOf(key, budget)) {
    const r = b.nextRow;
    const inputs: CellPlan[] = Array.from({ length: months }, () => ({ value: null, role: "input", format: EURO_FORMAT }));
    b.row(suiviLineKey(key, line), [line.label, ...followUpCells(r, line.prevu, year), undefined, ...inputs]);
  }
  const lastLine = b.lastRow;
  const totalRow = b.nextRow;
  const sums: CellPlan[] = Array.from({ length: months }, (_, i) => euro(`=SUM(${columnRange(COL.firstMonth + i, firstLine, lastLine)})`, "total"));
  b.row(`suivi:${key}:total`, [
    { value: L.blockTotal, role: "total" },
    ...followUpCells(totalRow, euro(`=SUM(${columnRange(COL.prevu, firstLine, lastLine)})`, "total"), year, "total"),
    verdictCell(b, totalRow),
    ...sums,
  ]);
  b.validations.push({
    range: rangeA1(COL.firstMonth, firstLine, LAST_MONTH_COL, lastLine),
    type: "decimal",
    min: 0,
    prompt: L.amountPrompt,
    error: C.amountError,
  });
  return { key, title, retained, firstLine, lastLine, totalRow };
}
