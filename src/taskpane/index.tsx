/**
 * Entry of the task pane (taskpane.html, shared runtime): in Excel, the pane works on the open
 * workbook; in a plain browser, it says so and still computes, as a simulator.
 */
import type { Root } from "react-dom/client";
import { excelGateway } from "./excelGateway";
import { watchHost } from "./host";
import { mountOfficeUnresponsive, mountTaskpane, paneContainer } from "./mount";

// Office silent for too long: say what to do (host.ts); the pane still starts, on the same root, if it answers later.
let unresponsive: Root | undefined;
watchHost((state) => {
  if (state === "unresponsive") unresponsive = mountOfficeUnresponsive(paneContainer());
  else mountTaskpane(paneContainer(), state === "excel" ? excelGateway : undefined, unresponsive);
});
