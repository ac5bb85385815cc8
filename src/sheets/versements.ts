/**
 * Versements: the treasurer's cash calendar over the 5 contract years, as native formulas from
 * CPTS_Signature, CPTS_BaseAvance and the Grille ACI's totals; same semantics as paymentSchedule in
 * src/domain/payments.ts. On top, the yearly summary (what is due and when); under it, the payments
 * one by one with what was received (versementsReceipts.ts).
 *
 * The 75 % advance applies to the « enveloppe fixe » (fixed volets and the volet supplémentaire, a
 * fixed amount) by default, or to fixed + variable when Paramètres says « Montant total des
 * missions »; the balance is the rest of CPTS_TotalACI's missions, so anything the Grille adds to the
 * total besides these (the crise complement) is paid with the balance.
 */
import { ADVANCE_RATE, CONTRACT_YEARS, PaymentKind } from "../domain";
import { a1, columnRange, rangeA1 } from "./addresses";
import { SheetBuilder, sheetPlanFrom } from "./builder";
import type { GrilleAnchors } from "./grille";
import { COMMON_LABELS as C, PARAMETRES_LABELS } from "./labels";
import { CellPlan, ControlPlan, NamePlan, SHEET_NAMES, SheetCarryOver, SheetPlan, SummaryPlan, sheetMarker } from "./plan";
import { excelString, sheetRef } from "./references";
import { DATE_FORMAT, EURO_FORMAT, PERCENT_FORMAT, TAB_COLORS } from "./styles";
import { RECEIPT_COL, planReceipts } from "./versementsReceipts";
import { VERSEMENTS_LABELS as L } from "./versementsLabels";

/** Columns of the yearly summary (0 = A, the key column). */
export const YEAR_COL = {
  year: 1,
  start: 2,
  fonctionnement: 3,
  missions: 4,
  due: 5,
  advanceDate: 6,
  advance: 7,
  balanceDate: 8,
  balance: 9,
  cumulative: 10,
} as const;
const COL = YEAR_COL;

/** « Montant total des missions »: the reading where the advance also covers the variable volets. */
const ADVANCE_ON_MISSIONS = PARAMETRES_LABELS.baseAvanceChoices[1];

/**
 * Where the Trésorerie reads the Versements: absolute column ranges on this sheet over the same
 * payment rows (one row per expected payment), e.g. "$D$6:$D$20". A payment whose « Montant reçu »
 * is blank is not received yet.
 */
export interface VersementsAnchors {
  expectedDates: string;
  expectedAmounts: string;
  receivedDates: string;
  receivedAmounts: string;
}

export interface VersementsPlan {
  sheet: SheetPlan;
  names: NamePlan[];
  anchors: VersementsAnchors;
  controls: ControlPlan[];
  summaries: SummaryPlan[];
}

export function planVersements(grille: GrilleAnchors, carry?: SheetCarryOver): VersementsPlan {
  const b = new SheetBuilder(carry);
  b.row(sheetMarker("versements"), [{ value: L.title, role: "title" }]);
  b.row("pay:note", [{ value: L.note, role: "note" }]);
  const rateRow = b.row("pay:taux", [
    { value: L.advanceRate, role: "label" },
    { value: ADVANCE_RATE, role: "computed", format: PERCENT_FORMAT },
  ]);
  b.row("pay:lecture", [
    { value: L.advanceReading, role: "label" },
    { formula: "=CPTS_BaseAvance", role: "computed" },
  ]);
  const grid = (address: string): string => sheetRef("grille", address);
  const fixedEnvelope = `${grid(grille.totalFixe)}+${grid(grille.totalSupplement)}`;
  const baseRow = b.row("pay:base", [
    { value: L.advanceBase, role: "label" },
    {
      formula: `=IF(CPTS_BaseAvance=${excelString(ADVANCE_ON_MISSIONS)},${fixedEnvelope}+${grid(grille.totalVariable)},${fixedEnvelope})`,
      role: "computed",
      format: EURO_FORMAT,
    },
    { value: L.advanceBaseNote, role: "note" },
  ]);
  const rate = a1(COL.start, rateRow, true);
  const base = a1(COL.start, baseRow, true);
  const header = b.row(
    "pay:entetes",
    L.headers.map((h) => ({ value: h, role: "header" as const, wrap: true })),
    { height: 30 },
  );

  const euro = (formula: string, role: CellPlan["role"] = "computed"): CellPlan => ({ formula, role, format: EURO_FORMAT });
  const date = (formula: string): CellPlan => ({ formula, role: "computed", format: DATE_FORMAT });
  const fonctionnement = grid(grille.fonctionnementAmount);
  const yearRows: number[] = [];
  const first = b.nextRow;
  for (let year = 1; year <= CONTRACT_YEARS; year++) {
    const r = b.nextRow;
    const at = (col: number): string => a1(col, r);
    // The previous year's row by its number, never r − 1: rows the user adds in between must not shift it.
    const previous = yearRows[year - 2];
    b.row(`pay:annee:${year}`, [
      { value: L.year(year), role: "label" },
      date(`=EDATE(CPTS_Signature,${12 * (year - 1)})`),
      euro(`=${fonctionnement}`),
      euro(`=CPTS_TotalACI-${fonctionnement}`),
      euro(`=${at(COL.fonctionnement)}+${at(COL.missions)}`),
      date(`=${at(COL.start)}`),
      euro(`=${base}*${rate}`),
      date(`=EDATE(CPTS_Signature,${12 * year})`),
      euro(`=${at(COL.missions)}-${at(COL.advance)}`),
      euro(previous === undefined ? `=${at(COL.due)}` : `=${a1(COL.cumulative, previous)}+${at(COL.due)}`),
    ]);
    yearRows.push(r);
  }
  const last = b.lastRow;
  const sum = (col: number): CellPlan => euro(`=SUM(${columnRange(col, first, last)})`, "total");
  const totalRow = b.row("pay:total", [
    { value: L.total, role: "total" },
    { value: null, role: "total" },
    sum(COL.fonctionnement),
    sum(COL.missions),
    sum(COL.due),
    { value: null, role: "total" },
    sum(COL.advance),
    { value: null, role: "total" },
    sum(COL.balance),
    { value: null, role: "total" },
  ]);
  b.blank();

  const SOURCE: Readonly<Record<PaymentKind, { date: number; amount: number }>> = {
    fonctionnement: { date: COL.start, amount: COL.fonctionnement },
    avance: { date: COL.advanceDate, amount: COL.advance },
    solde: { date: COL.balanceDate, amount: COL.balance },
  };
  const receipts = planReceipts(b, (year, kind) => ({ date: a1(SOURCE[kind].date, yearRows[year - 1]), amount: a1(SOURCE[kind].amount, yearRows[year - 1]) }));
  b.flushOrphans(C.orphanRows);

  const sheet = sheetPlanFrom(b, {
    key: "versements",
    name: SHEET_NAMES.versements,
    columns: [
      { width: 4, hidden: true },
      { width: 32 },
      { width: 14 },
      { width: 16 },
      { width: 16 },
      { width: 16 },
      { width: 16 },
      { width: 30 },
      { width: 14 },
      { width: 16 },
      { width: 16 },
      // The next payment's helpers (versementsReceipts.ts): not for reading.
      { width: 12, hidden: true },
      { width: 12, hidden: true },
    ],
    freeze: { rows: 1, columns: 2 },
    tables: [{ name: "CPTS_Versements", range: rangeA1(COL.year, header, COL.cumulative, last), style: "TableStyleLight9" }, receipts.table],
    tabColor: TAB_COLORS.versements,
  });
  const column = (col: number): string => columnRange(col, receipts.first, receipts.last, true);
  return {
    sheet,
    names: [{ name: "CPTS_TotalContrat", sheet: "versements", address: a1(COL.due, totalRow, true), comment: "Total dû sur les 5 années du contrat" }],
    anchors: {
      expectedDates: column(RECEIPT_COL.date),
      expectedAmounts: column(RECEIPT_COL.amount),
      receivedDates: column(RECEIPT_COL.receivedDate),
      receivedAmounts: column(RECEIPT_COL.receivedAmount),
    },
    controls: receipts.controls,
    summaries: receipts.summaries,
  };
}
