/**
 * The browser harness page: the real task pane, wired to the real Office layer (src/excel), over
 * the in-memory workbook double instead of Excel. The double stands for Excel through the only
 * entry point office-js code uses, the global `Excel.run`; any other member of `Excel` read by the
 * code under test throws, so nothing passes by accident. Tests reach the double through
 * `window.__workbookDouble` to read generated totals and to type in cells as a person would.
 */
import { excelGateway } from "../../../src/taskpane/excelGateway";
import type { WorkbookGateway } from "../../../src/taskpane/gateway";
import { mountTaskpane, paneContainer } from "../../../src/taskpane/mount";
import { WorkbookDouble } from "../../double";
import { hyperFormulaConfig, registerCptsPlugin } from "../../support/cptsPlugin";

declare global {
  interface Window {
    __workbookDouble: WorkbookDouble;
    /** Closes the pane and opens a new one on the same workbook, as a user reopening the add-in. */
    __reopenPane: () => void;
    /** The pane's subscriptions to workbook changes: how many it made, how many are still live. */
    __changeSubscriptions: ChangeSubscriptions;
  }
}

/** An object whose unknown members throw instead of reading as undefined. */
function strictNamespace<T extends object>(name: string, members: T): T {
  return new Proxy(members, {
    get(target, property) {
      if (property in target) return target[property as keyof T];
      if (typeof property === "symbol" || property === "then" || property === "toJSON") return undefined;
      throw new Error(`${name}.${String(property)} n'est pas fourni par le double du classeur (banc de test)`);
    },
  });
}

interface ChangeSubscriptions {
  made: number;
  live: number;
}

/**
 * The real gateway, counting the change subscriptions the pane makes and drops: React's StrictMode
 * (development) mounts, unmounts and remounts every effect, so a subscription that is not released
 * shows as a second live one.
 */
function countingGateway(gateway: WorkbookGateway, counts: ChangeSubscriptions): WorkbookGateway {
  return {
    ...gateway,
    onWorkbookChanged: async (callback) => {
      const off = await gateway.onWorkbookChanged(callback);
      counts.made++;
      counts.live++;
      let released = false;
      return () => {
        if (!released) counts.live--;
        released = true;
        return off();
      };
    },
  };
}

registerCptsPlugin();
const double = new WorkbookDouble({ hyperFormula: hyperFormulaConfig() });
window.__workbookDouble = double;
// Looked up at each call, so a test may slow the double down (a slow Excel) to see the progress bar.
// Both forms of Excel.run: (batch), and (context, batch) with which a handler is removed (src/excel/events.ts).
(globalThis as { Excel?: unknown }).Excel = strictNamespace("Excel", {
  run: ((...args: Parameters<typeof double.run>) => double.run(...args)) as typeof double.run,
});

// As in Excel: the pane starts once office.js is ready (here office.js runs outside Office).
window.__changeSubscriptions = { made: 0, live: 0 };
const gateway = countingGateway(excelGateway, window.__changeSubscriptions);
Office.onReady().then(() => {
  let root = mountTaskpane(paneContainer(), gateway);
  window.__reopenPane = () => {
    root.unmount();
    root = mountTaskpane(paneContainer(), gateway);
  };
});
