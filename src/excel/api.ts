/**
 * What the task pane asks of the Office layer. Implemented in src/excel with office-js; the task
 * pane depends on these types only.
 */
import type { PlannedControlKind, SheetKey, SummaryPlan, WorkbookChoices } from "../sheets/plan";

export interface GenerationProgress {
  /** 0..1 */
  fraction: number;
  /** French, e.g. "Écriture de la feuille Budget prévisionnel". */
  message: string;
}

export interface GeneratedSheet {
  key: SheetKey;
  /** The sheet's actual name in the workbook (may differ from the plan's when a foreign sheet held it). */
  name: string;
  /** Set by readWorkbookState when a generation of this sheet did not finish (regenerate it). */
  incomplete?: boolean;
}

export interface GenerationReport {
  sheets: GeneratedSheet[];
  /** context.sync() calls made. */
  syncs: number;
}

export type ControlKind = PlannedControlKind;

/** One problem found in the workbook, pointing at the cell that shows it. */
export interface WorkbookControl {
  kind: ControlKind;
  level: "warning" | "error";
  /** French, e.g. "Mission 2 - Pluriprofessionnel : Déficit de 1 250 €". */
  message: string;
  sheetName: string;
  /** A1 address on that sheet, e.g. "F24". */
  address: string;
}

export interface WorkbookState {
  /** The parameters stored in the workbook's Paramètres sheet, or null when there is none. */
  choices: WorkbookChoices | null;
  /** Our sheets found in the workbook, by identity. */
  sheets: GeneratedSheet[];
}

/** French error carrying Excel's error.code when Excel produced it. */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

/**
 * One figure of the pane's summaries (Indicateurs, Suivi), read from the cell its SummaryPlan names,
 * wherever its keyed row now is.
 */
export interface WorkbookSummary {
  section: SummaryPlan["section"];
  /** French, e.g. "Parcours pluriprofessionnels — atteinte". */
  label: string;
  /** How the pane formats a number read there. */
  format: SummaryPlan["format"];
  /** The cell's value ("" when empty): a number is formatted by the pane, a text shown as it is. */
  value: number | string | boolean;
  /** "alert": a text starting with the plan's alertPrefix; "error": an Excel error value (#NAME?…). */
  status: "ok" | "alert" | "error";
  sheetName: string;
  /** A1 address on that sheet, e.g. "H12". */
  address: string;
}

/** What the pane refreshes after each edit, read together: the Contrôles and the summaries. */
export interface WorkbookFigures {
  controls: WorkbookControl[];
  summaries: WorkbookSummary[];
}
