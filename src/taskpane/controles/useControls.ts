/**
 * The workbook's controls and the summaries' figures (one read, src/excel/figures.ts), read on open and again after each change of the workbook (Excel's
 * change event, debounced: a paste fires many), never by polling.
 */
import { useCallback, useEffect, useReducer, useRef } from "react";
import { debounce } from "../debounce";
import { WorkbookGateway, errorCode, errorMessage } from "../gateway";
import { ControlsState, controlsReducer } from "./controlsState";

/** Quiet time after the last change before the controls are read again. */
export const CONTROLS_DEBOUNCE_MS = 500;

export interface Controls {
  state: ControlsState;
  refresh(): void;
}

export function useControls(gateway: WorkbookGateway | undefined): Controls {
  const [state, dispatch] = useReducer(controlsReducer, { status: "loading" } as ControlsState);
  // Only the latest read may update the list: an older, slower one would show a stale state.
  const latest = useRef(0);

  const refresh = useCallback(() => {
    if (!gateway) return;
    const ticket = ++latest.current;
    dispatch({ type: "loading" });
    gateway.readFigures().then(
      ({ controls, summaries }) => ticket === latest.current && dispatch({ type: "loaded", controls, summaries }),
      (error) => ticket === latest.current && dispatch({ type: "failed", message: errorMessage(error), code: errorCode(error) }),
    );
  }, [gateway]);

  useEffect(() => {
    if (!gateway) return;
    let unsubscribe: (() => unknown) | undefined;
    let disposed = false;
    const onChange = debounce(refresh, CONTROLS_DEBOUNCE_MS);
    refresh();
    gateway.onWorkbookChanged(onChange).then(
      (off) => {
        if (disposed) void off();
        else unsubscribe = off;
      },
      (error) => dispatch({ type: "failed", message: errorMessage(error), code: errorCode(error) }),
    );
    return () => {
      disposed = true;
      onChange.cancel();
      void unsubscribe?.();
    };
  }, [gateway, refresh]);

  return { state, refresh };
}
