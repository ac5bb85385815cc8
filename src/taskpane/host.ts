/**
 * Whether the pane runs inside Excel. In a plain browser office.js resolves onReady with a null
 * host and defines no `Excel`; when office.js could not load at all (offline, blocked CDN) there is
 * not even an `Office`. Neither case may crash the page.
 */
export async function isInsideExcel(): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel && typeof Excel !== "undefined" && typeof Excel.run === "function";
}
