/**
 * What the Contrôles, Indicateurs and Suivi sections show: the last figures read from the workbook
 * (one read for the three, so they never disagree), or why there are none.
 */
import type { WorkbookControl, WorkbookSummary } from "../../excel/api";

export type ControlsState =
  | { status: "loading" }
  | { status: "ready"; controls: WorkbookControl[]; summaries: WorkbookSummary[] }
  | { status: "failed"; message: string; code: string | undefined };

export type ControlsAction =
  | { type: "loading" }
  | { type: "loaded"; controls: WorkbookControl[]; summaries: WorkbookSummary[] }
  | { type: "failed"; message: string; code: string | undefined };

export function controlsReducer(state: ControlsState, action: ControlsAction): ControlsState {
  switch (action.type) {
    case "loading":
      // Keep the current list on screen while refreshing: no flicker on every edit.
      return state.status === "ready" ? state : { status: "loading" };
    case "loaded":
      return { status: "ready", controls: action.controls, summaries: action.summaries };
    case "failed":
      return { status: "failed", message: action.message, code: action.code };
  }
}

/** Errors first, then warnings, each in the workbook's order. */
export function sortControls(controls: readonly WorkbookControl[]): WorkbookControl[] {
  const rank = (c: WorkbookControl) => (c.level === "error" ? 0 : 1);
  return controls
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c);
}
