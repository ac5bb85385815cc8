/**
 * What the pane needs from the workbook, as one object handed down from the entry point: the
 * office-js implementation in Excel, nothing outside Excel. Components never import src/excel
 * directly, so the page renders (as a simulator) in a plain browser.
 */
import type { GenerationProgress, GenerationReport, WorkbookFigures, WorkbookState } from "../excel/api";
import type { SheetKey, WorkbookChoices } from "../sheets/plan";

export interface GenerateOptions {
  /** Only these sheets; all when absent. */
  sheets?: SheetKey[];
  onProgress?: (progress: GenerationProgress) => void;
}

export interface WorkbookGateway {
  generateWorkbook(choices: WorkbookChoices, options?: GenerateOptions): Promise<GenerationReport>;
  readWorkbookState(): Promise<WorkbookState>;
  /** The Contrôles and the summaries (Indicateurs, Suivi), read together after each edit. */
  readFigures(): Promise<WorkbookFigures>;
  selectCell(sheetName: string, address: string): Promise<void>;
  /** Resolves to the number of formulas rewritten. */
  repairFormulas(): Promise<number>;
  /** Calls `callback` after any change of the workbook's cells; resolves to the unsubscribe function. */
  onWorkbookChanged(callback: () => void): Promise<() => unknown>;
}

/** Excel's error code when an error carries one (WorkbookError, OfficeExtension.Error). */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code ? code : undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
