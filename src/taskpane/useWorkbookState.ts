/**
 * On open, the workbook's own parameters and sheets: a consultant reopening a client's file sees
 * that client's choices, and which of our sheets are already there.
 */
import { useCallback, useEffect, useState } from "react";
import type { GeneratedSheet } from "../excel/api";
import type { WorkbookChoices } from "../sheets/plan";
import { WorkbookGateway, errorMessage } from "./gateway";

export type WorkbookStateView =
  { status: "reading" } | { status: "read"; sheets: GeneratedSheet[]; loadedChoices: boolean } | { status: "failed"; message: string };

export function useWorkbookState(gateway: WorkbookGateway | undefined, load: (choices: WorkbookChoices) => void) {
  const [state, setState] = useState<WorkbookStateView>({ status: "reading" });

  useEffect(() => {
    if (!gateway) return;
    let live = true;
    gateway.readWorkbookState().then(
      (read) => {
        if (!live) return;
        if (read.choices) load(read.choices);
        setState({ status: "read", sheets: read.sheets, loadedChoices: read.choices !== null });
      },
      (error) => live && setState({ status: "failed", message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [gateway, load]);

  /** After a generation: the sheets just written exist now. */
  const addSheets = useCallback((generated: GeneratedSheet[]) => {
    setState((s) => {
      const known = s.status === "read" ? s.sheets : [];
      const merged = [...known.filter((k) => !generated.some((g) => g.key === k.key)), ...generated];
      return { status: "read", sheets: merged, loadedChoices: s.status === "read" && s.loadedChoices };
    });
  }, []);

  return { state, addSheets };
}
