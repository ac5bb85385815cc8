/**
 * Entry of the task pane (taskpane.html, shared runtime): in Excel, the pane works on the open
 * workbook; in a plain browser, it says so and still computes, as a simulator.
 */
import { excelGateway } from "./excelGateway";
import { isInsideExcel } from "./host";
import { mountTaskpane, paneContainer } from "./mount";

isInsideExcel().then(
  (inside) => mountTaskpane(paneContainer(), inside ? excelGateway : undefined),
  // office.js present but broken: still a usable page rather than "Chargement…" forever.
  () => mountTaskpane(paneContainer(), undefined),
);
