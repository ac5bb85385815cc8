/**
 * Under the Suivi's blocks: the synthesis of the followed year (one row per counted block and a
 * total, the chart's data), the multi-year synthesis (réalisé per contract year: nothing typed in a
 * past year is ever out of sight), and the followed year month by month, the cells the Trésorerie reads.
 */
import { CONTRACT_YEARS } from "../domain";
import { MONTHS_PER_YEAR } from "../domain/followUp";
import { a1, columnRange, rangeA1 } from "./addresses";
import type { SheetBuilder } from "./builder";
import type { CellPlan } from "./plan";
import { INTEGER_FORMAT, MONTH_FORMAT } from "./styles";
import { FollowedYear, LAST_MONTH_COL, SUIVI_COL as COL, SuiviBlockCells, euro, followUpCells, verdictCell } from "./suiviBlocks";
import { byFollowedYear, monthColumn, yearRange } from "./suiviFormulas";
import { SUIVI_LABELS as L } from "./suiviLabels";

export interface SuiviSyntheses {
  headerRow: number;
  /** The block rows of the followed year's synthesis (the chart's range). */
  firstRow: number;
  lastRow: number;
  totalRow: number;
  /** Each block row and the total row, with its label (the pane's summaries). */
  rows: { row: number; title: string }[];
  followedFirstCol: number;
  followedRealiseRow: number;
  followedEntriesRow: number;
}

const headers = (labels: readonly string[]): CellPlan[] => labels.map((value) => ({ value, role: "header" as const, wrap: true }));
/** "=C12+C20+…" over the given rows, or "=0" when there is none. */
const sumOf = (col: number, rows: readonly number[]): string => (rows.length ? `=${rows.map((r) => a1(col, r)).join("+")}` : "=0");

export function planSuiviSyntheses(b: SheetBuilder, counted: readonly SuiviBlockCells[], year: FollowedYear, monthHeaderRow: number): SuiviSyntheses {
  const totals = counted.map((x) => x.totalRow);
  b.row("suivi:synth:titre", [{ value: L.synthesisTitle, role: "title" }]);
  const headerRow = b.row("suivi:synth:entetes", headers(L.synthesisHeaders), { height: 30 });
  const rows: { row: number; title: string }[] = [];
  for (const block of counted) {
    const r = b.nextRow;
    const link = (col: number): string => `=${a1(col, block.totalRow)}`;
    const cells = followUpCells(r, euro(link(COL.prevu)), year);
    // The cumul and projection are the block's own (same rule, same months): linked, not recomputed.
    cells[1] = euro(link(COL.cumul));
    cells[4] = euro(link(COL.projection));
    b.row(`suivi:synth:${block.key}`, [{ value: block.title, role: "label" }, ...cells, verdictCell(b, r)]);
    rows.push({ row: r, title: block.title });
  }
  const firstRow = headerRow + 1;
  const lastRow = Math.max(firstRow, b.lastRow);
  const totalRow = b.nextRow;
  const total = followUpCells(
    totalRow,
    euro(
      sumOf(
        COL.prevu,
        rows.map((x) => x.row),
      ),
      "total",
    ),
    year,
    "total",
  );
  total[1] = euro(
    sumOf(
      COL.cumul,
      rows.map((x) => x.row),
    ),
    "total",
  );
  total[4] = euro(
    sumOf(
      COL.projection,
      rows.map((x) => x.row),
    ),
    "total",
  );
  const monthSums = Array.from({ length: LAST_MONTH_COL - COL.firstMonth + 1 }, (_, i) => euro(sumOf(COL.firstMonth + i, totals), "total"));
  b.row("suivi:synth:total", [{ value: L.synthesisTotal, role: "total" }, ...total, verdictCell(b, totalRow), ...monthSums]);
  rows.push({ row: totalRow, title: L.synthesisTotal });
  b.blank();

  b.row("suivi:pluri:titre", [{ value: L.multiYearTitle, role: "title" }]);
  b.row("suivi:pluri:entetes", headers(L.multiYearHeaders), { height: 30 });
  const firstPluri = b.nextRow;
  for (const block of counted) {
    const r = b.nextRow;
    b.row(`suivi:pluri:${block.key}`, [
      { value: block.title, role: "label" },
      euro(`=${a1(COL.prevu, block.totalRow)}`),
      ...Array.from({ length: CONTRACT_YEARS }, (_, i) => euro(`=SUM(${yearRange(COL.firstMonth, i + 1, block.totalRow)})`)),
      euro(`=SUM(${rangeA1(COL.cumul, r, COL.cumul + CONTRACT_YEARS - 1, r)})`),
    ]);
  }
  const lastPluri = b.lastRow;
  const pluriSum = (col: number): CellPlan => euro(counted.length ? `=SUM(${columnRange(col, firstPluri, lastPluri)})` : "=0", "total");
  b.row("suivi:pluri:total", [{ value: L.synthesisTotal, role: "total" }, ...Array.from({ length: CONTRACT_YEARS + 2 }, (_, i) => pluriSum(COL.prevu + i))]);
  b.blank();

  // The followed year, month by month: what the Trésorerie reads (SuiviAnchors).
  const first = COL.prevu;
  const perMonth = (cell: (m: number) => CellPlan): CellPlan[] => Array.from({ length: MONTHS_PER_YEAR }, (_, i) => cell(i + 1));
  const pick = (row: number) => (m: number) => byFollowedYear((y) => a1(monthColumn(COL.firstMonth, y, m), row));
  b.row("suivi:annee:titre", [{ value: L.followedTitle, role: "title" }]);
  b.row("suivi:annee:mois", [
    { value: L.followedMonth, role: "header" },
    ...perMonth((m) => ({ formula: `=${pick(monthHeaderRow)(m)}`, role: "header", format: MONTH_FORMAT })),
  ]);
  const followedRealiseRow = b.row("suivi:annee:realise", [{ value: L.followedRealise, role: "label" }, ...perMonth((m) => euro(`=${pick(totalRow)(m)}`))]);
  const entries = (m: number): string =>
    counted.length
      ? byFollowedYear((y) => `COUNT(${counted.map((x) => columnRange(monthColumn(COL.firstMonth, y, m), x.firstLine, x.lastLine)).join(",")})`)
      : "0";
  const followedEntriesRow = b.row("suivi:annee:saisies", [
    { value: L.followedEntries, role: "label" },
    ...perMonth((m) => ({ formula: `=${entries(m)}`, role: "computed", format: INTEGER_FORMAT })),
  ]);
  return { headerRow, firstRow, lastRow, totalRow, rows, followedFirstCol: first, followedRealiseRow, followedEntriesRow };
}
