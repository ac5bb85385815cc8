/** Generation and repair: runs them through the gateway and keeps their state in one reducer. */
import { useCallback, useReducer, useRef } from "react";
import type { GeneratedSheet } from "../../excel/api";
import type { SheetKey, WorkbookChoices } from "../../sheets/plan";
import { WorkbookGateway, errorCode, errorMessage } from "../gateway";
import { IDLE, OperationState, operationReducer } from "./generation";

export interface Operations {
  state: OperationState;
  generate(choices: WorkbookChoices | undefined, target: "all" | SheetKey): Promise<void>;
  repair(): Promise<void>;
}

export function useOperations(gateway: WorkbookGateway | undefined, onGenerated: (sheets: GeneratedSheet[]) => void): Operations {
  const [state, dispatch] = useReducer(operationReducer, IDLE);
  // One operation at a time: a double click must not start two writes on the same workbook.
  const busy = useRef(false);

  const generate = useCallback(
    async (choices: WorkbookChoices | undefined, target: "all" | SheetKey) => {
      if (!gateway || busy.current) return;
      if (!choices) {
        dispatch({ type: "invalid" });
        return;
      }
      busy.current = true;
      dispatch({ type: "start", task: "generate", target });
      try {
        const report = await gateway.generateWorkbook(choices, {
          sheets: target === "all" ? undefined : [target],
          onProgress: (progress) => dispatch({ type: "progress", progress }),
        });
        dispatch({ type: "generated", sheets: report.sheets });
        onGenerated(report.sheets);
      } catch (error) {
        dispatch({ type: "failed", message: errorMessage(error), code: errorCode(error) });
      } finally {
        busy.current = false;
      }
    },
    [gateway, onGenerated],
  );

  const repair = useCallback(async () => {
    if (!gateway || busy.current) return;
    busy.current = true;
    dispatch({ type: "start", task: "repair", target: "all" });
    try {
      dispatch({ type: "repaired", count: await gateway.repairFormulas() });
    } catch (error) {
      dispatch({ type: "failed", message: errorMessage(error), code: errorCode(error) });
    } finally {
      busy.current = false;
    }
  }, [gateway]);

  return { state, generate, repair };
}
