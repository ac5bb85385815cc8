/**
 * Entry of the task pane (taskpane.html, shared runtime): in Excel, the pane works on the open
 * workbook; in a plain browser, it says so and still computes, as a simulator.
 */
import { excelGateway } from "./excelGateway";
import { showUnresponsive, watchHost } from "./host";
import { mountTaskpane, paneContainer } from "./mount";

// Office silent for too long: say what to do (host.ts); the pane still starts if it answers later.
watchHost((state) => (state === "unresponsive" ? showUnresponsive(paneContainer()) : mountTaskpane(paneContainer(), state === "excel" ? excelGateway : undefined)));
