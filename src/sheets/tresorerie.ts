/**
 * Trésorerie (issue 11): the month-by-month cash position of the followed contract year — opening
 * balance, receipts (received, else expected), spending (réalisé, else the prévu planned or spread),
 * closing balance — with the first negative month flagged; the rule is cashPosition in
 * src/domain/cash.ts, computed here with native formulas only.
 *
 * Layout: the summary (year, opening, alert, year-end balance) on top, the 12 months under it, then
 * the treasurer's inputs as a grid with one column per contract year (opening balance, spending planned
 * per month): the sheet follows CPTS_AnneeContrat and reads its column with INDEX, so moving to the
 * next year keeps every figure typed for the others. Cells refer to rows by the numbers the builder
 * gave them (never r − 1), so rows the user adds inside a block do not shift the computation.
 */
import { CASH_MONTHS, CASH_NEGATIVE_PREFIX as NEGATIVE_PREFIX, SPENDING_SOURCE_LABELS } from "../domain/cash";
import { a1, a1ColAbs, columnRange } from "./addresses";
import { SheetBuilder, sheetPlanFrom } from "./builder";
import { COMMON_LABELS as C } from "./labels";
import { ChartPlan, ControlPlan, NamePlan, SHEET_NAMES, SheetCarryOver, SheetPlan, SummaryPlan, WorkbookChoices, sheetMarker } from "./plan";
import { excelString, sheetRef } from "./references";
import { CF_COLORS, DATE_FORMAT, EURO_FORMAT, TAB_COLORS } from "./styles";
import type { SuiviAnchors } from "./suivi";
import type { VersementsAnchors } from "./versements";
import { planTresorerieInputs } from "./tresorerieInputs";
import { planReceiptRows, receiptsFormula } from "./tresorerieReceipts";
import { cashStatusFormula, firstNegativeFormula, negativeCondition } from "./tresorerieNative";
import { TRESORERIE_LABELS as L } from "./tresorerieLabels";

/** Month names in the user's Excel language ("mars 2027" in a French Excel, "March 2027" in LibreOffice en-US). */
export const MONTH_YEAR_FORMAT = "mmmm yyyy";

/** Columns of the monthly table (0 = A, the key column). */
export const TRESORERIE_COL = { label: 1, value: 2, month: 1, opening: 2, receipts: 3, spending: 4, closing: 5, source: 6 } as const;
const COL = TRESORERIE_COL;

/** Row keys the tests and the task pane find the figures by. */
export const TRESORERIE_KEYS = {
  year: "tre:annee",
  yearStart: "tre:debut",
  opening: "tre:ouverture",
  prevu: "tre:prevu",
  spread: "tre:reparti",
  alert: "tre:alerte",
  firstNegative: "tre:premier",
  yearEnd: "tre:fin",
  month: (m: number) => `tre:mois:${m}`,
  total: "tre:total",
} as const;

export function planTresorerie(
  _choices: WorkbookChoices,
  versements: VersementsAnchors,
  suivi: SuiviAnchors,
  carry?: SheetCarryOver,
): { sheet: SheetPlan; names: NamePlan[]; controls: ControlPlan[]; summaries: SummaryPlan[] } {
  const b = new SheetBuilder(carry);
  const K = TRESORERIE_KEYS;
  b.row(sheetMarker("tresorerie"), [{ value: L.title, role: "title" }]);
  b.row("tre:note", [{ value: L.note, role: "note", wrap: true }], { height: 45 });
  const label = (text: string) => ({ value: text, role: "label" as const });
  const euro = (formula: string, role: "computed" | "total" = "computed") => ({ formula, role, format: EURO_FORMAT });

  const yearRow = b.row(K.year, [label(L.year), { formula: "=CPTS_AnneeContrat", role: "computed", format: "0" }]);
  const year = a1(COL.value, yearRow, true);
  const startRow = b.row(K.yearStart, [label(L.yearStart), { formula: `=EDATE(CPTS_Signature,12*(${year}-1))`, role: "computed", format: DATE_FORMAT }]);
  const yearStart = a1(COL.value, startRow, true);
  // Filled once the input grid below has its rows.
  const openingRow = b.row(K.opening, [label(L.opening)]);
  const prevuRow = b.row(K.prevu, [label(L.prevu), euro(`=${sheetRef("suivi", suivi.prevuAnnual)}`)]);
  const spreadRow = b.row(K.spread, [label(L.spread)]);
  const alertRow = b.row(K.alert, [label(L.alert)]);
  const firstRow = b.row(K.firstNegative, [label(L.firstNegative)]);
  const yearEndRow = b.row(K.yearEnd, [label(L.yearEnd)]);
  b.blank();

  const header = b.row(
    "tre:entetes",
    L.headers.map((h) => ({ value: h, role: "header" as const, wrap: true })),
    { height: 30 },
  );
  // The month cells are patched in once the input grid below has its rows.
  const monthRows: number[] = [];
  for (let m = 1; m <= CASH_MONTHS; m++) monthRows.push(b.row(K.month(m), []));
  const totalRow = b.row(K.total, [{ value: L.total, role: "total" }]);
  b.blank();

  const inputs = planTresorerieInputs(b, year);
  b.blank();
  const receipts = planReceiptRows(b, versements);
  const spread = a1(COL.value, spreadRow, true);
  monthRows.forEach((r, i) => {
    const m = i + 1;
    const at = (col: number): string => a1(col, r);
    const start = a1(COL.month, r);
    const realise = sheetRef("suivi", suivi.monthRealise(m));
    const entries = sheetRef("suivi", suivi.monthEntries(m));
    const planned = inputs.plannedForYear[i];
    const source = SPENDING_SOURCE_LABELS;
    const cells = [
      { formula: `=EDATE(${yearStart},${m - 1})`, role: "computed" as const, format: MONTH_YEAR_FORMAT },
      euro(m === 1 ? `=${a1(COL.value, openingRow, true)}` : `=${a1(COL.closing, monthRows[i - 1])}`),
      euro(receiptsFormula(receipts, start, m < CASH_MONTHS ? a1(COL.month, monthRows[i + 1]) : `EDATE(${yearStart},${m})`)),
      euro(`=IF(${entries}>0,${realise},IF(ISNUMBER(${planned}),${planned},${spread}))`),
      euro(`=${at(COL.opening)}+${at(COL.receipts)}-${at(COL.spending)}`),
      {
        formula: `=IF(${entries}>0,${excelString(source.realise)},IF(ISNUMBER(${planned}),${excelString(source.planned)},${excelString(source.spread)}))`,
        role: "computed" as const,
      },
    ];
    cells.forEach((cell, c) => b.patch(r, c + 1, cell));
  });
  const sumOf = (col: number): string => `=SUM(${monthRows.map((r) => a1(col, r)).join(",")})`;
  const lastMonth = monthRows[monthRows.length - 1];
  b.patch(totalRow, COL.opening, euro(`=${a1(COL.opening, monthRows[0])}`, "total"));
  b.patch(totalRow, COL.receipts, euro(sumOf(COL.receipts), "total"));
  b.patch(totalRow, COL.spending, euro(sumOf(COL.spending), "total"));
  b.patch(totalRow, COL.closing, euro(`=${a1(COL.closing, lastMonth)}`, "total"));
  b.patch(totalRow, COL.source, { value: null, role: "total" });

  b.patch(openingRow, COL.value, euro(`=IF(ISNUMBER(${inputs.openingForYear}),${inputs.openingForYear},0)`));
  b.patch(
    spreadRow,
    COL.value,
    euro(
      `=IF(${inputs.countForYear}>=${CASH_MONTHS},0,MAX(0,${a1(COL.value, prevuRow, true)}-${inputs.totalForYear})/(${CASH_MONTHS}-${inputs.countForYear}))`,
    ),
  );
  const months = monthRows.map((r) => ({ start: a1(COL.month, r, true), closing: a1(COL.closing, r, true) }));
  const first = a1(COL.value, firstRow, true);
  b.patch(firstRow, COL.value, { formula: firstNegativeFormula(months, L.none), role: "computed", format: MONTH_YEAR_FORMAT });
  // The closing balance of that month, beside it: the alert quotes it.
  const firstClosing = firstNegativeFormula(
    months.map((mo) => ({ start: mo.closing, closing: mo.closing })),
    "",
  );
  b.patch(firstRow, COL.value + 1, euro(firstClosing));
  b.patch(alertRow, COL.value, { formula: cashStatusFormula(first, a1(COL.value + 1, firstRow, true)), role: "flag" });
  b.patch(yearEndRow, COL.value, euro(`=${a1(COL.closing, lastMonth, true)}`, "total"));

  const alert = a1(COL.value, alertRow);
  b.conditionalFormats.push(
    { range: alert, formula: `=ISNUMBER(${first})`, fill: CF_COLORS.alertFill, fontColor: CF_COLORS.alertFont, bold: true },
    {
      range: `${a1(COL.month, monthRows[0])}:${a1(COL.source, lastMonth)}`,
      formula: `=${a1ColAbs(COL.month, monthRows[0])}=${first}`,
      fill: CF_COLORS.alertFill,
      fontColor: CF_COLORS.alertFont,
      bold: true,
    },
    {
      range: columnRange(COL.closing, monthRows[0], lastMonth),
      formula: `=${negativeCondition(a1(COL.closing, monthRows[0]))}`,
      fontColor: CF_COLORS.alertFont,
    },
  );
  b.controls.push({ kind: "tresorerie", level: "warning", sheet: "tresorerie", address: alert, subject: L.controlSubject, problemPrefix: NEGATIVE_PREFIX });
  b.flushOrphans(C.orphanRows);

  const chart: ChartPlan = {
    name: "CPTS_GraphiqueTresorerie",
    type: "line",
    title: L.chartTitle,
    categories: columnRange(COL.month, monthRows[0], lastMonth),
    series: [{ name: L.chartSeries, values: columnRange(COL.closing, monthRows[0], lastMonth) }],
    anchor: a1(COL.source + 2, header),
    widthColumns: 8,
    heightRows: 16,
  };
  const sheet = sheetPlanFrom(b, {
    key: "tresorerie",
    name: SHEET_NAMES.tresorerie,
    columns: [{ width: 4, hidden: true }, { width: 54 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 18 }],
    // The title only: the input grid below has other columns than the months' header.
    freeze: { rows: 1, columns: 0 },
    charts: [chart],
    tabColor: TAB_COLORS.tresorerie,
  });
  const summaries: SummaryPlan[] = [
    { section: "suivi", sheet: "tresorerie", address: alert, label: L.summaryAlert, format: "text", alertPrefix: NEGATIVE_PREFIX },
    { section: "suivi", sheet: "tresorerie", address: a1(COL.value, yearEndRow), label: L.summaryYearEnd, format: "euro" },
  ];
  return { sheet, names: [], controls: b.controls, summaries };
}
