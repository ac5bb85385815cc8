/** The state of a generation or a repair, as the Actions section shows it. */
import type { GeneratedSheet, GenerationProgress } from "../../excel/api";
import type { SheetKey } from "../../sheets/plan";

export type OperationState =
  | { status: "idle" }
  | { status: "invalid" }
  | { status: "running"; task: "generate" | "repair"; target: "all" | SheetKey; progress: GenerationProgress | undefined }
  | { status: "generated"; sheets: GeneratedSheet[] }
  | { status: "repaired"; count: number }
  | { status: "failed"; task: "generate" | "repair"; message: string; code: string | undefined };

export type OperationAction =
  | { type: "invalid" }
  | { type: "start"; task: "generate" | "repair"; target: "all" | SheetKey }
  | { type: "progress"; progress: GenerationProgress }
  | { type: "generated"; sheets: GeneratedSheet[] }
  | { type: "repaired"; count: number }
  | { type: "failed"; message: string; code: string | undefined };

export const IDLE: OperationState = { status: "idle" };

export function operationReducer(state: OperationState, action: OperationAction): OperationState {
  switch (action.type) {
    case "invalid":
      return { status: "invalid" };
    case "start":
      return { status: "running", task: action.task, target: action.target, progress: undefined };
    case "progress":
      // A late progress event must not resurrect a finished operation.
      return state.status === "running" ? { ...state, progress: action.progress } : state;
    case "generated":
      return { status: "generated", sheets: action.sheets };
    case "repaired":
      return { status: "repaired", count: action.count };
    case "failed":
      return { status: "failed", task: state.status === "running" ? state.task : "generate", message: action.message, code: action.code };
  }
}
