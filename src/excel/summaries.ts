/**
 * The task pane's summaries (Indicateurs: each mission's attainment and estimated variable part;
 * Suivi: consumption per budget block, next payment expected, cash alert): the cells the planners
 * declare (plan.summaries) read in the workbook like the Contrôles' verdicts — each found by its
 * row key wherever the row now is — in the same bounded read (figures.ts).
 */
import type { CellValue, SummaryPlan } from "../sheets/plan";
import type { WorkbookSummary } from "./api";
import type { LocatedCell } from "./locateCells";

/**
 * Pure: how the pane should show a value. An Excel error value reads as a text starting with "#"
 * in `range.values` (as the Contrôles read it, controls.ts:isProblem); a text starting with the
 * plan's alertPrefix is the alert the planner meant (« Trésorerie négative en mars 2027 : … »).
 */
export function summaryStatus(summary: SummaryPlan, value: CellValue): WorkbookSummary["status"] {
  if (typeof value !== "string") return "ok";
  if (value.startsWith("#")) return "error";
  if (summary.alertPrefix !== undefined && summary.alertPrefix !== "" && value.startsWith(summary.alertPrefix)) return "alert";
  return "ok";
}

/** Pure: the summaries read (values[i] is the value of located[i]'s cell), in the plan's order. */
export function summariesFrom(located: readonly LocatedCell<SummaryPlan>[], values: readonly CellValue[]): WorkbookSummary[] {
  return located.map(({ item, sheetName, address }, i) => {
    const value = values[i] ?? "";
    return {
      section: item.section,
      label: item.label,
      format: item.format,
      value: value === null ? "" : value,
      status: summaryStatus(item, value),
      sheetName,
      address,
    };
  });
}
