/**
 * Versements, second part: the 15 expected payments (per contract year: fonctionnement and mission
 * advance at the year's start, the balance at the next anniversary), each with the treasurer's
 * « Date de réception » and « Montant reçu » inputs, the écart and a state flagging late payments; then
 * the next payment expected. Same rules as expectedPayments, paymentStatus and nextPayment in
 * src/domain/payments.ts, as native formulas (versementsNative.ts).
 */
import { CONTRACT_YEARS, PAYMENT_KINDS, PAYMENT_LATE_PREFIX, PaymentKind } from "../domain";
import { a1, columnRange, rangeA1 } from "./addresses";
import type { Cells, SheetBuilder } from "./builder";
import type { CellPlan, ControlPlan, SummaryPlan, TablePlan } from "./plan";
import { CF_COLORS, DATE_FORMAT, EURO_FORMAT } from "./styles";
import {
  PaymentCells,
  lateCondition,
  nextCandidateFormula,
  nextDateFormula,
  nextShareFormula,
  paymentStatusFormula,
  receivedCondition,
} from "./versementsNative";
import { VERSEMENTS_LABELS as L } from "./versementsLabels";

/** Columns of the payment rows (0 = A, the key column); the two next-payment helper columns are hidden. */
export const RECEIPT_COL = { label: 1, date: 2, amount: 3, receivedDate: 4, receivedAmount: 5, gap: 6, status: 7, candidate: 11, nextShare: 12 } as const;
const COL = RECEIPT_COL;
const DATE_REF = "CPTS_DateReference";

export const paymentKey = (year: number, kind: PaymentKind): string => `pay:versement:${year}:${kind}`;
export const NEXT_KEYS = { date: "pay:prochain:date", amount: "pay:prochain:montant" } as const;

/** Where a payment's date and amount come from in the yearly table: absolute addresses, by year and kind. */
export type YearCells = (year: number, kind: PaymentKind) => { date: string; amount: string };

export interface ReceiptsPlan {
  /** First and last payment rows (user rows added between them included). */
  first: number;
  last: number;
  table: TablePlan;
  controls: ControlPlan[];
  summaries: SummaryPlan[];
}

const cellsOf = (row: number): PaymentCells => ({
  expectedDate: a1(COL.date, row),
  expectedAmount: a1(COL.amount, row),
  receivedDate: a1(COL.receivedDate, row),
  receivedAmount: a1(COL.receivedAmount, row),
});

/** The add-in's cells of a payment row: écart, state and the hidden next-payment candidate. */
function computedCells(row: number): Cells {
  const p = cellsOf(row);
  const cells: Cells = [];
  cells[COL.gap - 1] = { formula: `=IF(ISNUMBER(${p.receivedAmount}),${p.receivedAmount}-${p.expectedAmount},"")`, role: "computed", format: EURO_FORMAT };
  cells[COL.status - 1] = { formula: paymentStatusFormula(p, DATE_REF), role: "flag" };
  cells[COL.candidate - 1] = { formula: nextCandidateFormula(p, DATE_REF), role: "computed", format: DATE_FORMAT };
  return cells;
}

export function planReceipts(b: SheetBuilder, yearCells: YearCells): ReceiptsPlan {
  b.row("pay:recus", [{ value: L.receiptsTitle, role: "subtitle" }]);
  b.row("pay:recus:note", [{ value: L.receiptsNote, role: "note" }]);
  const header = b.row(
    "pay:recus:entetes",
    L.receiptsHeaders.map((h) => ({ value: h, role: "header" as const, wrap: true })),
    { height: 30 },
  );
  const controls: ControlPlan[] = [];
  const control = (row: number, subject: string): void => {
    controls.push({ kind: "versement", level: "warning", sheet: "versements", address: a1(COL.status, row), subject, problemPrefix: PAYMENT_LATE_PREFIX });
  };
  const first = b.nextRow;
  for (let year = 1; year <= CONTRACT_YEARS; year++) {
    for (const kind of PAYMENT_KINDS) {
      const r = b.nextRow;
      const source = yearCells(year, kind);
      const label = L.payment(year, kind);
      const cells: Cells = [
        { value: label, role: "label" },
        { formula: `=${source.date}`, role: "computed", format: DATE_FORMAT },
        { formula: `=${source.amount}`, role: "computed", format: EURO_FORMAT },
        { value: null, role: "input", format: DATE_FORMAT },
        { value: null, role: "input", format: EURO_FORMAT },
      ];
      computedCells(r).forEach((cell, i) => (cells[i] = cell ?? cells[i]));
      control(r, label);
      // A row the user adds here (an unplanned payment) gets the same écart, state and candidate.
      b.row(paymentKey(year, kind), cells, { addedRowCells: computedCells, onAddedRow: (row) => control(row, L.addedPayment(row)) });
    }
  }
  const last = b.lastRow;
  const sum = (col: number): CellPlan => ({ formula: `=SUM(${columnRange(col, first, last)})`, role: "total", format: EURO_FORMAT });
  b.row("pay:recus:total", [
    { value: L.receiptsTotal, role: "total" },
    { value: null, role: "total" },
    sum(COL.amount),
    { value: null, role: "total" },
    sum(COL.receivedAmount),
    sum(COL.gap),
    { value: null, role: "total" },
  ]);

  const candidates = columnRange(COL.candidate, first, last, true);
  b.blank();
  b.row("pay:prochain", [{ value: L.nextTitle, role: "subtitle" }]);
  const dateRow = b.nextRow;
  b.row(NEXT_KEYS.date, [
    { value: L.nextDate, role: "label" },
    { formula: nextDateFormula(candidates, L.nextNone), role: "computed", format: DATE_FORMAT },
  ]);
  const amountRow = b.row(NEXT_KEYS.amount, [
    { value: L.nextAmount, role: "label" },
    { formula: `=SUM(${columnRange(COL.nextShare, first, last, true)})`, role: "computed", format: EURO_FORMAT },
  ]);
  // Each row's share of the next payment, once its date is known (every row, the user's included).
  for (let r = first; r <= last; r++) {
    const share = nextShareFormula(a1(COL.candidate, r), a1(COL.amount, r), a1(COL.date, dateRow, true));
    b.patch(r, COL.nextShare, { formula: share, role: "computed", format: EURO_FORMAT });
  }
  b.row("pay:prochain:note", [{ value: L.nextNote, role: "note" }]);

  const topLeft = cellsOf(first);
  const absoluteColumns = (p: PaymentCells): PaymentCells => ({
    expectedDate: `$${p.expectedDate}`,
    expectedAmount: `$${p.expectedAmount}`,
    receivedDate: `$${p.receivedDate}`,
    receivedAmount: `$${p.receivedAmount}`,
  });
  const statusRange = columnRange(COL.status, first, last);
  b.conditionalFormats.push(
    { range: statusRange, formula: lateCondition(absoluteColumns(topLeft), DATE_REF), fill: CF_COLORS.alertFill, fontColor: CF_COLORS.alertFont, bold: true },
    { range: statusRange, formula: receivedCondition(absoluteColumns(topLeft)), fill: CF_COLORS.highlightFill, fontColor: CF_COLORS.highlightFont },
  );
  b.validations.push(
    { range: columnRange(COL.receivedDate, first, last), type: "date", prompt: L.receivedDateHelp, error: L.receivedDateError },
    { range: columnRange(COL.receivedAmount, first, last), type: "decimal", min: 0, prompt: L.receivedAmountHelp, error: L.receivedAmountError },
  );
  return {
    first,
    last,
    table: { name: "CPTS_VersementsRecus", range: rangeA1(COL.label, header, COL.status, last), style: "TableStyleLight9" },
    controls,
    summaries: [
      { section: "suivi", sheet: "versements", address: a1(COL.date, dateRow), label: L.summaryNextDate, format: "date" },
      { section: "suivi", sheet: "versements", address: a1(COL.date, amountRow), label: L.summaryNextAmount, format: "euro" },
    ],
  };
}
