/**
 * A summary's figure as the pane shows it: numbers in the French format its plan names, rounded as
 * the sheets' formats show them (EURO_FORMAT whole euros, PERCENT_FORMAT whole percents), so the
 * figure reads the same in the pane and in the cell its link selects; texts as they are.
 */
import type { WorkbookSummary } from "../../excel/api";
import { formatDateFr, isValidSerial } from "../../domain";
import { euros, keepAmountsTogether, percent } from "../format";
import { SUMMARY_LABELS as L } from "./labels";

export function summaryText(summary: Pick<WorkbookSummary, "value" | "format" | "status">): string {
  const { value, format, status } = summary;
  if (status === "error") return L.error(String(value));
  if (value === "") return L.empty;
  if (typeof value === "boolean") return value ? L.yes : L.no;
  if (typeof value === "string") return keepAmountsTogether(value);
  switch (format) {
    case "euro":
      return euros(Math.round(value));
    case "percent":
      return percent(Math.round(value * 100) / 100);
    case "date":
      return isValidSerial(value) ? formatDateFr(value) : String(value);
    case "text":
      return String(value);
  }
}

/** What to do about a figure showing an Excel error: repair the functions (#NAME?), else check the sheet's inputs. */
export function errorHint(summary: Pick<WorkbookSummary, "value" | "sheetName">): string {
  return /^#(NAME|NOM)\?$/.test(String(summary.value)) ? L.errorHintName : L.errorHintOther(summary.sheetName);
}

/** What a screen reader says for the figure (the dash of an empty cell is read as words). */
export function summarySpoken(summary: Pick<WorkbookSummary, "value" | "format" | "status">): string {
  return summary.value === "" && summary.status === "ok" ? L.emptySpoken : summaryText(summary);
}

/** A group of figures under one heading: labels « Parcours pluriprofessionnels — atteinte » share their part before « — ». */
export interface SummaryGroup {
  heading: string | undefined;
  items: { summary: WorkbookSummary; label: string }[];
}

const SEPARATOR = " — ";

/**
 * Pure: consecutive figures whose labels share a heading are grouped, in the plan's order
 * (« Parcours — atteinte », « Parcours — part variable estimée » under « Parcours »). A run of
 * single figures sharing their second part instead (« Fonctionnement — consommé », « Mission 1 —
 * consommé ») reads better pivoted: one group « Consommé » listing each block.
 */
export function groupSummaries(summaries: readonly WorkbookSummary[]): SummaryGroup[] {
  const groups: (SummaryGroup & { rest?: string })[] = [];
  for (const summary of summaries) {
    const at = summary.label.indexOf(SEPARATOR);
    const heading = at > 0 ? summary.label.slice(0, at) : undefined;
    // Under its heading, « atteinte » reads as a line of its own: « Atteinte ».
    const label = capitalised(at > 0 ? summary.label.slice(at + SEPARATOR.length) : summary.label);
    const last = groups.at(-1);
    if (heading !== undefined && last?.heading === heading) last.items.push({ summary, label });
    else groups.push({ heading, items: [{ summary, label }], rest: heading === undefined ? undefined : label });
  }
  const pivoted: SummaryGroup[] = [];
  for (let i = 0; i < groups.length;) {
    const rest = groups[i].items.length === 1 ? groups[i].rest : undefined;
    let j = i;
    while (rest !== undefined && j < groups.length && groups[j].items.length === 1 && groups[j].rest === rest) j++;
    if (j - i >= 2) {
      pivoted.push({ heading: rest!, items: groups.slice(i, j).map((g) => ({ summary: g.items[0].summary, label: g.heading! })) });
      i = j;
    } else {
      pivoted.push({ heading: groups[i].heading, items: groups[i].items });
      i++;
    }
  }
  return pivoted;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
