/** The task pane's small state machines: operations, controls, debounce, host detection. */
import type { GeneratedSheet, WorkbookControl } from "../../src/excel/api";
import { WorkbookError } from "../../src/excel/api";
import { IDLE, operationReducer } from "../../src/taskpane/actions/generation";
import { controlsReducer, sortControls } from "../../src/taskpane/controles/controlsState";
import { debounce } from "../../src/taskpane/debounce";
import { errorCode } from "../../src/taskpane/gateway";
import { isInsideExcel } from "../../src/taskpane/host";

describe("génération et réparation", () => {
  const sheets: GeneratedSheet[] = [{ key: "grille", name: "Grille ACI" }];

  test("démarrage, progression, fin", () => {
    let state = operationReducer(IDLE, { type: "start", task: "generate", target: "all" });
    expect(state).toEqual({ status: "running", task: "generate", target: "all", progress: undefined });
    state = operationReducer(state, { type: "progress", progress: { fraction: 0.5, message: "Écriture de la feuille Grille ACI" } });
    expect(state.status === "running" && state.progress?.fraction).toBe(0.5);
    state = operationReducer(state, { type: "generated", sheets });
    expect(state).toEqual({ status: "generated", sheets });
  });

  test("une progression tardive ne fait pas revivre une génération finie", () => {
    const done = operationReducer(IDLE, { type: "generated", sheets });
    expect(operationReducer(done, { type: "progress", progress: { fraction: 0.9, message: "…" } })).toBe(done);
  });

  test("un échec garde la tâche en cours (génération ou réparation) et le code d'Excel", () => {
    const repairing = operationReducer(IDLE, { type: "start", task: "repair", target: "all" });
    expect(operationReducer(repairing, { type: "failed", message: "Refusé", code: "AccessDenied" })).toEqual({
      status: "failed",
      task: "repair",
      message: "Refusé",
      code: "AccessDenied",
    });
  });

  test("le code d'erreur vient de WorkbookError ou d'une erreur Office, jamais d'ailleurs", () => {
    expect(errorCode(new WorkbookError("Échec", "InvalidArgument"))).toBe("InvalidArgument");
    expect(errorCode(Object.assign(new Error("x"), { code: "ItemNotFound" }))).toBe("ItemNotFound");
    expect(errorCode(new Error("x"))).toBeUndefined();
    expect(errorCode(null)).toBeUndefined();
    expect(errorCode({ code: 42 })).toBeUndefined();
  });
});

describe("contrôles", () => {
  const control = (level: "error" | "warning", address: string): WorkbookControl => ({
    kind: "desequilibre",
    level,
    message: `Bloc ${address}`,
    sheetName: "Budget prévisionnel",
    address,
  });

  test("pendant une actualisation, la liste affichée reste à l'écran", () => {
    const ready = controlsReducer({ status: "loading" }, { type: "loaded", controls: [control("error", "D5")], summaries: [] });
    expect(controlsReducer(ready, { type: "loading" })).toBe(ready);
    expect(controlsReducer({ status: "failed", message: "x", code: undefined }, { type: "loading" })).toEqual({ status: "loading" });
  });

  test("erreurs d'abord, puis avertissements, chacun dans l'ordre du classeur", () => {
    const list = [control("warning", "A1"), control("error", "B2"), control("warning", "C3"), control("error", "D4")];
    expect(sortControls(list).map((c) => c.address)).toEqual(["B2", "D4", "A1", "C3"]);
  });
});

describe("anti-rebond des modifications", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("une rafale d'événements donne une seule relecture, 500 ms après le dernier", () => {
    const fn = jest.fn();
    const debounced = debounce(fn, 500);
    for (let i = 0; i < 20; i++) {
      debounced();
      jest.advanceTimersByTime(100);
    }
    expect(fn).not.toHaveBeenCalled();
    jest.advanceTimersByTime(400);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  test("annulé (volet fermé), il ne relit plus", () => {
    const fn = jest.fn();
    const debounced = debounce(fn, 500);
    debounced();
    debounced.cancel();
    jest.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
  });
});

describe("détection d'Excel", () => {
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  afterEach(() => {
    delete g.Office;
    delete g.Excel;
  });
  const office = (host: string | null) => ({ HostType: { Excel: "Excel" }, onReady: async () => ({ host, platform: null }) });

  test("sans office.js (hors ligne, CDN bloqué) : hors d'Excel, sans exception", async () => {
    await expect(isInsideExcel()).resolves.toBe(false);
  });

  test("office.js dans un navigateur simple (hôte nul) : hors d'Excel", async () => {
    g.Office = office(null);
    await expect(isInsideExcel()).resolves.toBe(false);
  });

  test("hôte Excel avec Excel.run : dans Excel", async () => {
    g.Office = office("Excel");
    g.Excel = { run: async () => undefined };
    await expect(isInsideExcel()).resolves.toBe(true);
  });

  test("hôte Word : hors d'Excel", async () => {
    g.Office = office("Word");
    await expect(isInsideExcel()).resolves.toBe(false);
  });
});
