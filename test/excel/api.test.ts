/** The rest of the pane's contract through the double: state, controls, selection, repair, change events. */
import { serialFromDate } from "../../src/domain";
import { createWorkbookApi } from "../../src/excel";
import * as cptsFunctions from "../../src/functions/cpts";
import { SHEET_KEYS, SHEET_NAMES } from "../../src/sheets/plan";
import { POPULATION_FOR, choicesFor, newWorkbook } from "./fixtures";
import { addUserRow, rowsByKey } from "./userData";

describe("readWorkbookState", () => {
  it("is empty for a workbook the add-in never touched", async () => {
    const api = createWorkbookApi(newWorkbook().run);
    expect(await api.readWorkbookState()).toEqual({ choices: null, sheets: [] });
  });

  it("reads back the choices a generation stored, and our sheets by identity even renamed", async () => {
    const double = newWorkbook();
    const api = createWorkbookApi(double.run);
    const choices = choicesFor({
      nom: "CPTS Rive Gauche",
      population: POPULATION_FOR[2],
      tailleOverride: 3,
      missions: ["acces", "prevention", "qualite"],
      snp: true,
      taux: 0.8,
      dateReference: serialFromDate({ year: 2025, month: 6, day: 30 }),
    });
    await api.generateWorkbook(choices);
    double.renameSheet("Versements", "Calendrier des versements");
    const state = await api.readWorkbookState();
    expect(state.choices).toEqual(choices);
    expect(state.sheets).toEqual(SHEET_KEYS.map((key) => ({ key, name: key === "versements" ? "Calendrier des versements" : SHEET_NAMES[key] })));
  });

  it("flags a sheet whose generation did not finish", async () => {
    const double = newWorkbook();
    const api = createWorkbookApi(double.run);
    // The first write sync is the third (sheet list, then A1s): fail it after a few operations.
    double.inject({ sync: 3, afterOperations: 200, code: "GeneralException" });
    await expect(api.generateWorkbook(choicesFor())).rejects.toMatchObject({ name: "WorkbookError", code: "GeneralException" });
    const state = await api.readWorkbookState();
    expect(state.sheets.length).toBeGreaterThan(0);
    expect(state.sheets.every((s) => s.incomplete === true)).toBe(true);
  });
});

describe("readControls", () => {
  it("lists every unbalanced budget block and the late milestones, each pointing at its verdict cell", async () => {
    const double = newWorkbook();
    const api = createWorkbookApi(double.run);
    // Signed in 2021: every deadline of the roadmap (18 to 24 months) is long past on 10/01/2025.
    await api.generateWorkbook(choicesFor({ signature: serialFromDate({ year: 2021, month: 1, day: 4 }) }));
    const controls = await api.readControls();
    const imbalances = controls.filter((c) => c.kind === "desequilibre");
    // No expense typed yet, ACI resources only: every block of the socles shows a surplus.
    expect(imbalances.map((c) => c.message.split(" : ")[0])).toEqual([
      "Fonctionnement général",
      "Mission 1 A - Médecins traitant",
      "Mission 1 B - Soins non-programmés",
      "Mission 2 - Pluriprofessionnel",
      "Mission 3 - Prévention",
    ]);
    for (const c of imbalances) {
      expect(c.message).toMatch(/ : Excédent de /);
      expect(double.value(c.sheetName, c.address)).toBe(c.message.split(" : ")[1]);
    }
    const late = controls.filter((c) => c.kind === "retard" && c.sheetName === "FdR Opérationnelle");
    // Seeds 000/004: 4 example actions for accès aux soins, 2 for parcours, 2 for prévention.
    expect(late).toHaveLength(8);
    for (const c of late) expect(c.message).toMatch(/ : En retard de \d+ j$/);
  });

  it("drops a control once its block is balanced", async () => {
    const double = newWorkbook();
    const api = createWorkbookApi(double.run);
    await api.generateWorkbook(choicesFor({ missions: ["parcours"] }));
    const before = (await api.readControls()).filter((c) => c.kind === "desequilibre");
    expect(before.some((c) => c.message.startsWith("Mission 2"))).toBe(true);
    // Balance the parcours block: expenses equal to its resources (45 000 + 45 000 € at taille 3, seed 004).
    const rows = rowsByKey(double, "Budget prévisionnel");
    double.type("Budget prévisionnel", `D${rows.get("budget:parcours:dep:salaires")}`, 90_000);
    const after = (await api.readControls()).filter((c) => c.kind === "desequilibre");
    expect(after.some((c) => c.message.startsWith("Mission 2"))).toBe(false);
    expect(after).toHaveLength(before.length - 1);
  });

  it("finds each verdict by its row key after the user inserted a row above it", async () => {
    const double = newWorkbook();
    const api = createWorkbookApi(double.run);
    await api.generateWorkbook(choicesFor());
    const before = await api.readControls();
    addUserRow(double, "Budget prévisionnel", "budget:fonctionnement:dep:materiel", { 1: "Frais bancaires" }, { cells: {}, added: {} }, "budget");
    const after = await api.readControls();
    expect(after.map((c) => c.message)).toEqual(before.map((c) => c.message));
    for (const [i, c] of after.entries()) {
      expect(c.message.endsWith(` : ${double.value(c.sheetName, c.address)}`)).toBe(true);
      const moved = c.sheetName === "Budget prévisionnel";
      const rowOf = (a: string) => Number(/\d+/.exec(a)![0]);
      expect(rowOf(c.address)).toBe(rowOf(before[i].address) + (moved ? 1 : 0));
    }
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const double = newWorkbook();
    const api = createWorkbookApi(double.run);
    await api.generateWorkbook(choicesFor());
    await api.selectCell("Budget prévisionnel", "D24");
    expect(double.model.selection?.sheet.name).toBe("Budget prévisionnel");
    expect(double.model.selection?.rect).toEqual({ r0: 23, c0: 3, r1: 23, c1: 3 });
  });

  it("says in French when the sheet is gone", async () => {
    const api = createWorkbookApi(newWorkbook().run);
    await expect(api.selectCell("Budget prévisionnel", "D24")).rejects.toMatchObject({
      message: "La feuille « Budget prévisionnel » n'existe pas dans ce classeur.",
      code: "ItemNotFound",
    });
  });
});

describe("repairFormulas", () => {
  it("re-enters the CPTS.* formulas of a workbook opened before the add-in was installed, in one write", async () => {
    const double = newWorkbook({ customFunctionsLoaded: false });
    const api = createWorkbookApi(double.run);
    await api.generateWorkbook(choicesFor());
    const rows = rowsByKey(double, "Budget prévisionnel");
    const equilibre = `D${rows.get("budget:parcours:equilibre")}`;
    // Parcours at taille 3 (seed 004): 45 000 € fixe + 45 000 € variable at 100 %, no expense typed.
    // Without the add-in the flag's native fallback already says so; CPTS.EQUILIBRE itself is #NAME?.
    const live = jest.spyOn(cptsFunctions, "equilibre");
    expect(double.value("Budget prévisionnel", equilibre)).toBe("Excédent de 90 000 €");
    double.loadCustomFunctions();
    expect(double.value("Budget prévisionnel", equilibre)).toBe("Excédent de 90 000 €");
    expect(live).not.toHaveBeenCalled();
    double.resetStats();
    const repaired = await api.repairFormulas();
    expect(repaired).toBeGreaterThan(0);
    // Re-entered, the formulas call the add-in's function again: same verdict, now live.
    expect(double.value("Budget prévisionnel", equilibre)).toBe("Excédent de 90 000 €");
    expect(live).toHaveBeenCalled();
    live.mockRestore();
    const errors = SHEET_KEYS.flatMap((k) => {
      const used = double.usedRange(SHEET_NAMES[k], true)!;
      return double
        .values(SHEET_NAMES[k], used)
        .flat()
        .filter((v) => v === "#NAME?");
    });
    expect(errors).toEqual([]);
    // Reads (sheet list, then A1s with contents), then one write.
    expect(double.syncs).toHaveLength(3);
    expect(await api.repairFormulas()).toBe(repaired);
  });
});

describe("onWorkbookChanged", () => {
  it("calls back on edits until unsubscribed", async () => {
    const double = newWorkbook();
    const api = createWorkbookApi(double.run);
    let calls = 0;
    const stop = await api.onWorkbookChanged(() => calls++);
    double.type("Feuil1", "B2", 1);
    await double.flushEvents();
    expect(calls).toBe(1);
    await stop();
    double.type("Feuil1", "B3", 1);
    await double.flushEvents();
    expect(calls).toBe(1);
  });
});
