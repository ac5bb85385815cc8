/**
 * Suivi budgétaire (issue 11): per budget block and dépenses line, the prévu linked to the Budget
 * prévisionnel, the réalisé month by month, cumul, % consommé, reste, projection, écart, and a verdict
 * per block; a synthesis of the followed year, a multi-year synthesis, the followed year month by
 * month for the Trésorerie, and a chart prévu vs réalisé. Rules: src/domain/followUp.ts.
 *
 * Why 60 month columns (5 years × 12) on one sheet rather than a sheet or a block of rows per year:
 * the workbook has one "suivi" sheet key; every réalisé ever typed keeps its cell whatever year is
 * followed, so moving to the next contract year (CPTS_AnneeContrat, Paramètres) loses nothing and
 * needs no regeneration: the computed columns C–I pick the followed year's 12 columns with CHOOSE.
 * Each line and block stays one row (one verdict, one control per block, the rows the Trésorerie
 * reads never move with the year). The other years' columns are not hidden by the plan (a hidden
 * state would go stale the day the date de référence passes an anniversary): the followed year's
 * month headers are highlighted by a conditional format on CPTS_AnneeContrat instead.
 */
import { BUDGET_BLOCKS, CONTRACT_YEARS } from "../domain";
import { MONTHS_PER_YEAR } from "../domain/followUp";
import { a1, a1RowAbs, columnRange, rangeA1 } from "./addresses";
import type { BudgetBlockCells } from "./budget";
import { SheetBuilder, sheetPlanFrom } from "./builder";
import { COMMON_LABELS as C } from "./labels";
import {
  CellPlan,
  ChartPlan,
  ColumnPlan,
  ControlPlan,
  NamePlan,
  SHEET_NAMES,
  SheetCarryOver,
  SheetPlan,
  SummaryPlan,
  WorkbookChoices,
  sheetMarker,
} from "./plan";
import { excelString } from "./references";
import { CF_COLORS, INTEGER_FORMAT, MONTH_FORMAT, TAB_COLORS } from "./styles";
import { FollowedYear, LAST_MONTH_COL, SUIVI_COL as COL, SuiviBlockCells, emitSuiviBlock } from "./suiviBlocks";
import { byFollowedYear, yearRange } from "./suiviFormulas";
import { SUIVI_LABELS as L } from "./suiviLabels";
import { planSuiviSyntheses } from "./suiviSyntheses";

/**
 * Where the Trésorerie reads the Suivi, for the followed contract year (CPTS_AnneeContrat): absolute
 * addresses on this sheet, month 1–12 of that year (month 1 starts at the year's anniversary).
 */
export interface SuiviAnchors {
  /** Total réalisé of the counted blocks' dépenses typed for that month (0 when none). */
  monthRealise(month: number): string;
  /** How many réalisé amounts were typed for that month (0: the Trésorerie uses the prévu). */
  monthEntries(month: number): string;
  /** The year's total dépenses prévues of the counted blocks (Budget prévisionnel). */
  prevuAnnual: string;
}

const COLUMNS: ColumnPlan[] = [
  { width: 4, hidden: true },
  { width: 48 },
  ...Array.from({ length: 6 }, () => ({ width: 14 })),
  { width: 30 },
  ...Array.from({ length: LAST_MONTH_COL - COL.firstMonth + 1 }, () => ({ width: 11 })),
];

export function planSuivi(
  choices: WorkbookChoices,
  budget: readonly BudgetBlockCells[],
  carry?: SheetCarryOver,
): { sheet: SheetPlan; names: NamePlan[]; controls: ControlPlan[]; summaries: SummaryPlan[]; anchors: SuiviAnchors } {
  const b = new SheetBuilder(carry);
  const months = Array.from({ length: CONTRACT_YEARS * MONTHS_PER_YEAR }, (_, k) => k);
  b.row(sheetMarker("suivi"), [{ value: L.title, role: "title" }]);
  b.row("suivi:annee", [{ formula: `=${excelString(L.yearLine)}&CPTS_AnneeContrat`, role: "subtitle" }]);
  const elapsedRow = b.row("suivi:ecoules", [
    { value: L.elapsed, role: "label" },
    { value: null, role: "computed" },
  ]);
  const elapsed = a1(COL.prevu, elapsedRow, true);
  b.row("suivi:regle", [{ value: L.rule, role: "note" }]);
  b.row("suivi:legende", [{ value: L.legend, role: "note" }]);
  const yearRow = b.row("suivi:annees", [
    ...Array.from({ length: COL.firstMonth - 1 }, (): CellPlan => ({ value: null, role: "header" })),
    ...months.map((k): CellPlan => ({ value: Math.floor(k / MONTHS_PER_YEAR) + 1, role: "header", format: L.yearFormat })),
  ]);
  const headerRow = b.row(
    "suivi:entetes",
    [
      ...L.headers.map((value): CellPlan => ({ value, role: "header", wrap: true })),
      ...months.map((k): CellPlan => ({ formula: `=EDATE(CPTS_Signature,${k})`, role: "header", format: MONTH_FORMAT })),
    ],
    { height: 30 },
  );
  const closedRow = b.row("suivi:clos", [
    { value: L.closedRow, role: "label" },
    ...Array.from({ length: COL.firstMonth - 2 }, () => undefined),
    ...months.map((k): CellPlan => ({ formula: `=IF(EDATE(CPTS_Signature,${k + 1})<=CPTS_DateReference,1,0)`, role: "computed", format: L.closedFormat })),
  ]);
  // The count of closed months sits under the title, written once the « mois clos » row exists.
  b.patch(elapsedRow, COL.prevu, {
    formula: `=${byFollowedYear((y) => `SUM(${yearRange(COL.firstMonth, y, closedRow)})`)}`,
    role: "computed",
    format: INTEGER_FORMAT,
  });
  b.conditionalFormats.push({
    range: rangeA1(COL.firstMonth, yearRow, LAST_MONTH_COL, closedRow),
    formula: `=${a1RowAbs(COL.firstMonth, yearRow)}=CPTS_AnneeContrat`,
    fill: CF_COLORS.highlightFill,
    fontColor: CF_COLORS.highlightFont,
    bold: true,
  });
  const year: FollowedYear = { closedRow, elapsed };

  const blocks: SuiviBlockCells[] = [];
  for (const block of BUDGET_BLOCKS) {
    const cells = budget.find((x) => x.key === block.key);
    const retained = block.mission === undefined || choices.missions.includes(block.mission);
    const before = b.mark();
    const emitted = emitSuiviBlock(b, block.key, retained && cells !== undefined, cells, year);
    // A block the budget does not count stays only when it holds the user's actuals (never lost).
    if (!emitted.retained && !b.userDataSince(before)) b.rollback(before);
    else blocks.push(emitted);
  }
  const counted = blocks.filter((x) => x.retained);
  for (const block of counted) {
    b.controls.push({
      kind: "suivi",
      level: "warning",
      sheet: "suivi",
      address: a1(COL.verdict, block.totalRow),
      subject: block.title,
      problemPrefix: L.problemPrefix,
    });
  }
  b.blank();
  const synth = planSuiviSyntheses(b, counted, year, headerRow);
  b.flushOrphans(C.orphanRows);

  const charts: ChartPlan[] = [
    {
      name: "CPTS_GraphiqueSuivi",
      type: "columnClustered",
      title: L.chartTitle,
      categories: columnRange(COL.label, synth.firstRow, synth.lastRow),
      series: [
        { name: L.synthesisHeaders[1], values: columnRange(COL.prevu, synth.firstRow, synth.lastRow) },
        { name: L.synthesisHeaders[2], values: columnRange(COL.cumul, synth.firstRow, synth.lastRow) },
      ],
      anchor: a1(COL.firstMonth, synth.headerRow),
      widthColumns: 10,
      heightRows: 18,
    },
  ];
  const sheet = sheetPlanFrom(b, {
    key: "suivi",
    name: SHEET_NAMES.suivi,
    columns: COLUMNS,
    freeze: { rows: headerRow, columns: 2 },
    charts,
    tabColor: TAB_COLORS.suivi,
  });
  const summaries: SummaryPlan[] = synth.rows.map((row) => ({
    section: "suivi",
    sheet: "suivi",
    address: a1(COL.percent, row.row),
    label: L.consumedSummary(row.title),
    format: "percent",
  }));
  const anchors: SuiviAnchors = {
    monthRealise: (m) => a1(synth.followedFirstCol + checkedMonth(m) - 1, synth.followedRealiseRow, true),
    monthEntries: (m) => a1(synth.followedFirstCol + checkedMonth(m) - 1, synth.followedEntriesRow, true),
    prevuAnnual: a1(COL.prevu, synth.totalRow, true),
  };
  return { sheet, names: [], controls: b.controls, summaries, anchors };
}

function checkedMonth(m: number): number {
  if (!Number.isInteger(m) || m < 1 || m > MONTHS_PER_YEAR) throw new Error(`Mois ${m} hors de 1 à 12`);
  return m;
}
