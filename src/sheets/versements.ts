/**
 * Versements: the treasurer's cash calendar over the 5 contract years (seed 004, "Les modalités de
 * versement"), as native formulas from CPTS_Signature and the Grille ACI's retained amounts; same
 * semantics as paymentSchedule in src/domain/payments.ts.
 */
import { ADVANCE_RATE, CONTRACT_YEARS } from "../domain";
import { a1, columnRange, rangeA1 } from "./addresses";
import { SheetBuilder, sheetPlanFrom } from "./builder";
import type { GrilleAnchors } from "./grille";
import { COMMON_LABELS as C, VERSEMENTS_LABELS as L } from "./labels";
import { CellPlan, NamePlan, SHEET_NAMES, SheetCarryOver, SheetPlan, sheetMarker } from "./plan";
import { sheetRef } from "./references";
import { DATE_FORMAT, EURO_FORMAT, PERCENT_FORMAT, TAB_COLORS } from "./styles";

const COL = { year: 1, start: 2, fonctionnement: 3, missions: 4, due: 5, advanceDate: 6, advance: 7, balanceDate: 8, balance: 9, cumulative: 10 } as const;

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

export function planVersements(grille: GrilleAnchors, carry?: SheetCarryOver): { sheet: SheetPlan; names: NamePlan[]; anchors: VersementsAnchors } {
  const b = new SheetBuilder(carry);
  b.row(sheetMarker("versements"), [{ value: L.title, role: "title" }]);
  b.row("pay:note", [{ value: L.note, role: "note" }]);
  const rateRow = b.row("pay:taux", [
    { value: L.advanceRate, role: "label" },
    { value: ADVANCE_RATE, role: "computed", format: PERCENT_FORMAT },
  ]);
  const rate = a1(COL.start, rateRow, true);
  const header = b.row(
    "pay:entetes",
    L.headers.map((h) => ({ value: h, role: "header" as const, wrap: true })),
    { height: 30 },
  );

  const euro = (formula: string, role: CellPlan["role"] = "computed"): CellPlan => ({ formula, role, format: EURO_FORMAT });
  const date = (formula: string): CellPlan => ({ formula, role: "computed", format: DATE_FORMAT });
  const fonctionnement = sheetRef("grille", grille.fonctionnementAmount);
  const first = b.nextRow;
  for (let year = 1; year <= CONTRACT_YEARS; year++) {
    const r = b.nextRow;
    const at = (col: number): string => a1(col, r);
    b.row(`pay:annee:${year}`, [
      { value: L.year(year), role: "label" },
      date(`=EDATE(CPTS_Signature,${12 * (year - 1)})`),
      euro(`=${fonctionnement}`),
      euro(`=CPTS_TotalACI-${fonctionnement}`),
      euro(`=${at(COL.fonctionnement)}+${at(COL.missions)}`),
      date(`=${at(COL.start)}`),
      euro(`=${at(COL.missions)}*${rate}`),
      date(`=EDATE(CPTS_Signature,${12 * year})`),
      euro(`=${at(COL.missions)}-${at(COL.advance)}`),
      euro(year === 1 ? `=${at(COL.due)}` : `=${a1(COL.cumulative, r - 1)}+${at(COL.due)}`),
    ]);
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
  b.flushOrphans(C.orphanRows);

  const sheet = sheetPlanFrom(b, {
    key: "versements",
    name: SHEET_NAMES.versements,
    columns: [
      { width: 4, hidden: true },
      { width: 26 },
      { width: 14 },
      { width: 16 },
      { width: 16 },
      { width: 16 },
      { width: 14 },
      { width: 16 },
      { width: 14 },
      { width: 16 },
      { width: 16 },
    ],
    freeze: { rows: header, columns: 2 },
    tables: [{ name: "CPTS_Versements", range: rangeA1(COL.year, header, COL.cumulative, last), style: "TableStyleLight9" }],
    tabColor: TAB_COLORS.versements,
  });
  return {
    sheet,
    names: [{ name: "CPTS_TotalContrat", sheet: "versements", address: a1(COL.due, totalRow, true), comment: "Total dû sur les 5 années du contrat" }],
    // Placeholder until the payment rows exist (issue 11).
    anchors: { expectedDates: "$A$1:$A$1", expectedAmounts: "$A$1:$A$1", receivedDates: "$A$1:$A$1", receivedAmounts: "$A$1:$A$1" },
  };
}
