/**
 * The Trésorerie's receipts: one row per expected payment of the Versements, showing the date and the
 * amount the cash position counts for it (received: the amount on its reception date, or on its
 * expected date when none was typed; not received: the expected amount on its expected date), then
 * each month adds the payments whose date falls in it.
 *
 * Why per-payment rows rather than one SUMPRODUCT over the Versements' columns: conditions inside
 * SUMPRODUCT need array arithmetic, which HyperFormula (the tests' engine) does only when configured
 * for it globally; these rows use scalar formulas that every engine computes the same, and show the
 * treasurer which date and amount each payment contributes.
 */
import { a1, colIndex, parseA1 } from "./addresses";
import type { SheetBuilder } from "./builder";
import type { CellPlan } from "./plan";
import { sheetRef } from "./references";
import { DATE_FORMAT, EURO_FORMAT } from "./styles";
import { TRESORERIE_LABELS as L } from "./tresorerieLabels";
import type { VersementsAnchors } from "./versements";
import { RECEIPT_COL as VERSEMENTS_RECEIPT_COL } from "./versementsReceipts";

const rowOf = (address: string): number => parseA1(address).row;

/** The cells of a one-column absolute range, top to bottom: "$D$6:$D$8" → ["$D$6", "$D$7", "$D$8"]. */
export function cellsOf(range: string): string[] {
  const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/.exec(range.trim());
  if (!m || m[1] !== m[3]) throw new Error(`Plage d'une colonne attendue : ${range}`);
  const [from, to] = [Number(m[2]), Number(m[4])].sort((x, y) => x - y);
  return Array.from({ length: to - from + 1 }, (_, i) => a1(colIndex(m[1]), from + i, true));
}

export const RECEIPT_COL = { label: 1, date: 2, amount: 3, status: 4 } as const;

export const receiptKey = (i: number): string => `tre:versement:${i}`;

/** Absolute addresses (on the Trésorerie) of each payment's counted date and amount. */
export interface ReceiptCells {
  date: string;
  amount: string;
}

/** Plans the block: a title, a header, one row per payment row of the anchors. */
export function planReceiptRows(b: SheetBuilder, v: VersementsAnchors): ReceiptCells[] {
  const columns = [v.expectedDates, v.expectedAmounts, v.receivedDates, v.receivedAmounts].map(cellsOf);
  const count = columns[0].length;
  if (columns.some((c) => c.length !== count)) throw new Error("Les colonnes des Versements n'ont pas le même nombre de lignes");
  b.row("tre:versements:titre", [{ value: L.receiptsTitle, role: "subtitle" }]);
  b.row(
    "tre:versements:entetes",
    L.receiptsHeaders.map((h) => ({ value: h, role: "header" as const, wrap: true })),
    { height: 30 },
  );
  const cells: ReceiptCells[] = [];
  for (let i = 0; i < count; i++) {
    const [ed, ea, rd, ra] = columns.map((c) => sheetRef("versements", c[i]));
    const received = `ISNUMBER(${ra})`;
    const expectedDate = `IF(ISNUMBER(${ed}),${ed},0)`;
    // 0 (never inside a month) when a payment has no date: it is counted nowhere.
    const date: CellPlan = { formula: `=IF(${received},IF(ISNUMBER(${rd}),${rd},${expectedDate}),${expectedDate})`, role: "computed", format: DATE_FORMAT };
    const amount: CellPlan = { formula: `=IF(${received},${ra},IF(ISNUMBER(${ea}),${ea},0))`, role: "computed", format: EURO_FORMAT };
    const status: CellPlan = { formula: `=IF(${received},"${L.received}","${L.expected}")`, role: "computed" };
    // The payment's own label (« Année 2 — Avance des missions »), read on its Versements row; &"" so
    // a row the user added there without a label shows nothing rather than 0.
    const label: CellPlan = { formula: `=${sheetRef("versements", a1(VERSEMENTS_RECEIPT_COL.label, rowOf(columns[0][i]), true))}&""`, role: "label" };
    const r = b.row(receiptKey(i + 1), [label, date, amount, status]);
    cells.push({ date: a1(RECEIPT_COL.date, r, true), amount: a1(RECEIPT_COL.amount, r, true) });
  }
  return cells;
}

/** A month's receipts: the payments whose counted date is in [start, end). */
export function receiptsFormula(cells: readonly ReceiptCells[], start: string, end: string): string {
  if (cells.length === 0) return "=0";
  return `=${cells.map((c) => `(${c.date}>=${start})*(${c.date}<${end})*${c.amount}`).join("+")}`;
}
