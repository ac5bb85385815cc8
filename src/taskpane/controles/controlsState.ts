/** What the Contrôles section shows: the last list read from the workbook, or why there is none. */
import type { WorkbookControl } from "../../excel/api";

export type ControlsState =
  { status: "loading" } | { status: "ready"; controls: WorkbookControl[] } | { status: "failed"; message: string; code: string | undefined };

export type ControlsAction =
  { type: "loading" } | { type: "loaded"; controls: WorkbookControl[] } | { type: "failed"; message: string; code: string | undefined };

export function controlsReducer(state: ControlsState, action: ControlsAction): ControlsState {
  switch (action.type) {
    case "loading":
      // Keep the current list on screen while refreshing: no flicker on every edit.
      return state.status === "ready" ? state : { status: "loading" };
    case "loaded":
      return { status: "ready", controls: action.controls };
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
