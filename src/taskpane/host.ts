/**
 * Where the pane runs, as the page learns it from office.js:
 * - "excel": Office.onReady answered with the Excel host and `Excel.run` exists;
 * - "outside": a plain browser (onReady answers with a null host), or no office.js at all (offline,
 *   blocked CDN): the pane is a simulator;
 * - "unresponsive": office.js loaded but onReady has not answered after OFFICE_READY_TIMEOUT_MS. This
 *   happens when a proxy lets office.js through but blocks the files it loads next (the console then
 *   says « MicrosoftAjax.js is not loaded successfully »): without a timeout the page would stay on
 *   « Chargement du complément CPTS… » forever. The pane then says what to do; if Office answers
 *   later after all, the pane starts normally.
 * Nothing here throws: every outcome is a state.
 */
export type HostState = "excel" | "outside" | "unresponsive";

/** Office in Excel on the web can take a while on a slow connection; after this, the user is told. */
export const OFFICE_READY_TIMEOUT_MS = 20_000;

export const HOST_MESSAGES = {
  unresponsiveTitle: "Office ne répond pas",
  unresponsiveBody:
    "Le complément CPTS n'a pas pu finir de se charger : Office n'a pas répondu. " +
    "Vérifiez votre connexion à Internet ; sur un réseau d'entreprise, un proxy ou un pare-feu bloque peut-être les fichiers d'Office " +
    "(appsforoffice.microsoft.com) : demandez à votre service informatique de les autoriser. " +
    "Fermez ensuite le volet du complément, puis rouvrez-le depuis l'onglet Accueil.",
} as const;

export interface HostTimers {
  setTimer(callback: () => void, delayMs: number): unknown;
  clearTimer(handle: unknown): void;
}

const SYSTEM_TIMERS: HostTimers = {
  setTimer: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function excelIsReady(info: { host: unknown } | undefined): boolean {
  return info?.host === Office.HostType.Excel && typeof Excel !== "undefined" && typeof Excel.run === "function";
}

/**
 * Calls `onState` with "excel" or "outside" once office.js answers, or "unresponsive" first when it
 * has not answered in time (then again with the final state if it answers later).
 */
export function watchHost(onState: (state: HostState) => void, timeoutMs = OFFICE_READY_TIMEOUT_MS, timers: HostTimers = SYSTEM_TIMERS): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    onState("outside");
    return;
  }
  let answered = false;
  const timer = timers.setTimer(() => {
    if (!answered) onState("unresponsive");
  }, timeoutMs);
  const settle = (state: HostState) => {
    if (answered) return;
    answered = true;
    timers.clearTimer(timer);
    onState(state);
  };
  let ready: Promise<{ host: unknown }>;
  try {
    ready = Office.onReady();
  } catch {
    settle("outside");
    return;
  }
  ready.then(
    (info) => settle(excelIsReady(info) ? "excel" : "outside"),
    // office.js present but broken: still a usable page rather than "Chargement…" forever.
    () => settle("outside"),
  );
}

/** Whether the pane runs inside Excel, once office.js answers (never settles while it does not). */
export function isInsideExcel(): Promise<boolean> {
  return new Promise((resolve) => watchHost((state) => state !== "unresponsive" && resolve(state === "excel")));
}
