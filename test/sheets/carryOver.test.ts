/**
 * Regeneration keeps the user's data, in the pure layer: user-owned cells of keyed
 * rows, user-added rows inside their block, dropped missions holding user data.
 */
import { ACI_2019, annualFunding } from "../../src/domain";
import { CarryOver, CellValue, SheetKey, WorkbookPlan, budgetRowKey, gridLineKey, isUserOwned, planWorkbook } from "../../src/sheets";
import { evaluatePlan } from "../support/evaluatePlan";
import { POPULATION_FOR, SIGNATURE, choicesFor } from "./fixtures";

const AMOUNT = 3;
const LABEL = 1;

interface Edit {
  sheet: SheetKey;
  key: string;
  col: number;
  value: CellValue;
}
interface Added {
  sheet: SheetKey;
  after: string;
  values: Record<number, CellValue>;
}

/**
 * What a reader finds in a workbook written from `plan` after the user's edits: every user-owned
 * cell of every keyed row (defaults included, as a reader cannot tell them apart), and added rows.
 */
function readBack(plan: WorkbookPlan, edits: Edit[] = [], added: Added[] = []): CarryOver {
  const carry: CarryOver = {};
  for (const sheet of plan.sheets) {
    const cells: Record<string, Record<number, CellValue>> = {};
    for (const row of sheet.rows) {
      if (!row.key) continue;
      row.cells.forEach((cell, col) => {
        if (!cell || !isUserOwned(cell)) return;
        (cells[row.key] ??= {})[col] = cell.formula ?? cell.value ?? null;
      });
    }
    carry[sheet.key] = { cells, addedRows: [] };
  }
  for (const e of edits) {
    if (!plan.sheets.find((s) => s.key === e.sheet)!.rows.some((r) => r.key === e.key)) throw new Error(`Edit on a missing row ${e.key}`);
    (carry[e.sheet]!.cells[e.key] ??= {})[e.col] = e.value;
  }
  for (const a of added) carry[a.sheet]!.addedRows.push({ after: a.after, values: a.values });
  return carry;
}

const sheetOf = (plan: WorkbookPlan, key: SheetKey) => plan.sheets.find((s) => s.key === key)!;
const rowIndex = (plan: WorkbookPlan, sheet: SheetKey, key: string) => sheetOf(plan, sheet).rows.findIndex((r) => r.key === key);
const cellAt = (plan: WorkbookPlan, sheet: SheetKey, key: string, col: number) => sheetOf(plan, sheet).rows[rowIndex(plan, sheet, key)].cells[col];

const SOCLES = choicesFor({ population: POPULATION_FOR[2], missions: ["acces", "parcours", "prevention"] });

const USER_EDITS: Edit[] = [
  { sheet: "budget", key: budgetRowKey("fonctionnement", "dep:salaires"), col: AMOUNT, value: 42_000 },
  { sheet: "budget", key: budgetRowKey("1A", "dep:indemnites"), col: AMOUNT, value: 12_500 },
  { sheet: "budget", key: budgetRowKey("parcours", "res:fir"), col: AMOUNT, value: 8_000 },
  { sheet: "grille", key: gridLineKey("acces", "fixe"), col: 7, value: 90_000 },
  { sheet: "fdrElaboration", key: "elab:projet-redaction", col: 4, value: "Dr Martin" },
  { sheet: "fdrElaboration", key: "elab:projet-redaction", col: 5, value: SIGNATURE - 30 },
  { sheet: "fdrElaboration", key: "elab:projet-redaction", col: 8, value: "En cours" },
  { sheet: "fdrOperationnelle", key: "op:acces:1", col: 6, value: "Mme Durand" },
  { sheet: "fdrOperationnelle", key: "op:acces:1", col: 11, value: "Réunion avec la CPAM en mai" },
];

describe("carry-over of user-owned cells", () => {
  test("taille 2 → 4 keeps every carried value and the totals follow the new taille", () => {
    const before = planWorkbook(SOCLES);
    const carry = readBack(before, USER_EDITS);
    const after = planWorkbook({ ...SOCLES, population: POPULATION_FOR[4] }, carry);
    for (const e of USER_EDITS) expect(cellAt(after, e.sheet, e.key, e.col)?.value).toBe(e.value);
    const wb = evaluatePlan(after);
    expect(wb.getNamed("CPTS_Taille")).toBe(4);
    // Taille 4 grid (seed 004), with the user's negotiated accès fixe of 90 000 instead of 30 000.
    const expected = annualFunding(ACI_2019, 4, SOCLES).total - 30_000 + 90_000;
    expect(wb.getNamed("CPTS_TotalACI")).toBe(expected);
    expect(wb.getNamed("CPTS_TotalDepenses")).toBe(42_000 + 12_500);
    expect(wb.getNamed("CPTS_TotalRessources")).toBe(expected + 8_000);
    expect(wb.getByKey("fdrElaboration", "elab:projet-redaction", 9)).toMatch(/^En retard de \d+ j$/);
    expect(wb.errors()).toEqual([]);
    wb.destroy();
  });

  test("a formula the user typed is carried as a formula", () => {
    const before = planWorkbook(SOCLES);
    const userFormula = `='Grille ACI'!H${rowIndex(before, "grille", gridLineKey("acces", "fixe")) + 1}-5000`;
    const after = planWorkbook(SOCLES, readBack(before, [{ sheet: "budget", key: budgetRowKey("1A", "res:aci_fixe"), col: AMOUNT, value: userFormula }]));
    expect(cellAt(after, "budget", budgetRowKey("1A", "res:aci_fixe"), AMOUNT)).toMatchObject({ formula: userFormula });
    expect(isUserOwned(cellAt(after, "budget", budgetRowKey("1A", "res:aci_fixe"), AMOUNT))).toBe(true);
    const wb = evaluatePlan(after);
    // Taille 2 accès fixe (seed 004): 17 500.
    expect(wb.getByKey("budget", budgetRowKey("1A", "res:aci_fixe"), AMOUNT)).toBe(12_500);
    wb.destroy();
  });

  test("add-in cells are always re-planned; the parameters the task pane sets win over carried ones", () => {
    const before = planWorkbook(SOCLES);
    const carry = readBack(before, [
      { sheet: "grille", key: gridLineKey("parcours", "fixe"), col: 3, value: 1 },
      { sheet: "parametres", key: "param:nom", col: 2, value: "Ancien nom" },
      { sheet: "parametres", key: "param:mission:qualite", col: 3, value: "Oui" },
    ]);
    const after = planWorkbook({ ...SOCLES, nom: "Nouveau nom" }, carry);
    expect(cellAt(after, "grille", gridLineKey("parcours", "fixe"), 3)?.value).toBe(25_000);
    expect(cellAt(after, "parametres", "param:nom", 2)?.value).toBe("Nouveau nom");
    expect(cellAt(after, "parametres", "param:mission:qualite", 3)?.value).toBe("Non");
  });

  test("carried content whose row no longer exists is re-emitted at the end of its sheet, never lost", () => {
    const before = planWorkbook(SOCLES);
    const carry = readBack(before);
    carry.budget!.cells["budget:ancien-bloc:dep:divers"] = { 1: "Frais divers", 3: 777 };
    const after = planWorkbook(SOCLES, carry);
    const rows = sheetOf(after, "budget").rows;
    const last = rows[rows.length - 1];
    expect(last.key).toBe("");
    expect(last.cells[1]).toMatchObject({ value: "Frais divers" });
    expect(last.cells[3]).toMatchObject({ value: 777 });
    expect(isUserOwned(last.cells[1]) && isUserOwned(last.cells[3])).toBe(true);
    expect(rows[rows.length - 2].cells[1]?.value).toMatch(/^Lignes reprises/);
  });

  test("regenerating with the defaults read back changes nothing", () => {
    const before = planWorkbook(SOCLES);
    expect(planWorkbook(SOCLES, readBack(before))).toEqual(before);
  });
});

describe("missions added and dropped", () => {
  test("adding a mission adds its blocks and rows; carried values stay in their rows", () => {
    const before = planWorkbook(SOCLES);
    const withQualite = { ...SOCLES, missions: [...SOCLES.missions, "qualite" as const] };
    const after = planWorkbook(withQualite, readBack(before, USER_EDITS));
    for (const e of USER_EDITS) expect(cellAt(after, e.sheet, e.key, e.col)?.value).toBe(e.value);
    expect(rowIndex(after, "budget", budgetRowKey("qualite", "titre"))).toBeGreaterThan(0);
    expect(rowIndex(after, "fdrOperationnelle", "op:qualite:1")).toBeGreaterThan(0);
    const wb = evaluatePlan(after);
    const expected = annualFunding(ACI_2019, 2, withQualite).total - 17_500 + 90_000;
    expect(wb.getNamed("CPTS_TotalACI")).toBe(expected);
    expect(wb.getNamed("CPTS_TotalRessources")).toBe(expected + 8_000);
    expect(wb.errors()).toEqual([]);
    wb.destroy();
  });

  test("a dropped mission without user data disappears", () => {
    const before = planWorkbook(SOCLES);
    const dropped = { ...SOCLES, missions: ["acces" as const, "prevention" as const] };
    const after = planWorkbook(
      dropped,
      readBack(
        before,
        USER_EDITS.filter((e) => !e.key.includes("parcours")),
      ),
    );
    expect(
      after.sheets.flatMap((s) => s.rows.map((r) => r.key)).filter((k) => k.includes("parcours") && !k.startsWith("grid:") && !k.startsWith("param:")),
    ).toEqual(["ctrl:socle:parcours"]);
    expect(after.sheets.flatMap((s) => s.rows).some((r) => r.cells.some((c) => typeof c?.value === "string" && c.value.startsWith("Lignes reprises")))).toBe(
      false,
    );
    const wb = evaluatePlan(after);
    expect(wb.getNamed("CPTS_TotalACI")).toBe(annualFunding(ACI_2019, 2, dropped).total - 17_500 + 90_000);
    wb.destroy();
  });

  test("a dropped mission holding user data keeps its rows, marked and excluded from totals", () => {
    const before = planWorkbook(SOCLES);
    const edits: Edit[] = [
      ...USER_EDITS,
      { sheet: "budget", key: budgetRowKey("parcours", "dep:salaires"), col: AMOUNT, value: 30_000 },
      { sheet: "fdrOperationnelle", key: "op:parcours:1", col: 6, value: "Infirmière coordinatrice" },
    ];
    const dropped = { ...SOCLES, missions: ["acces" as const, "prevention" as const] };
    const after = planWorkbook(dropped, readBack(before, edits));
    for (const e of edits) expect(cellAt(after, e.sheet, e.key, e.col)?.value).toBe(e.value);
    expect(cellAt(after, "budget", budgetRowKey("parcours", "titre"), 4)).toMatchObject({ role: "warning" });
    expect(String(cellAt(after, "budget", budgetRowKey("parcours", "titre"), 4)?.value)).toMatch(/Mission non retenue/);
    expect(cellAt(after, "fdrOperationnelle", "op:parcours:1", 1)).toMatchObject({
      role: "warning",
      value: "Parcours pluriprofessionnels — Mission non retenue",
    });
    expect(rowIndex(after, "budget", "synth:parcours")).toBe(-1);
    const wb = evaluatePlan(after);
    const aci = annualFunding(ACI_2019, 2, dropped).total - 17_500 + 90_000;
    expect(wb.getNamed("CPTS_TotalACI")).toBe(aci);
    // The kept block's 30 000 of expenses and 8 000 of FIR are outside the synthesis.
    expect(wb.getNamed("CPTS_TotalDepenses")).toBe(42_000 + 12_500);
    expect(wb.getNamed("CPTS_TotalRessources")).toBe(aci);
    expect(wb.getByKey("budget", budgetRowKey("parcours", "total_dep"), AMOUNT)).toBe(30_000);
    expect(wb.errors()).toEqual([]);
    wb.destroy();
  });
});

describe("user-added rows", () => {
  test("a row added in a budget block comes back inside it and counts in its totals", () => {
    const before = planWorkbook(SOCLES);
    const added: Added[] = [
      { sheet: "budget", after: budgetRowKey("1A", "dep:materiel"), values: { 1: "Location de salle", 3: 1_800 } },
      { sheet: "budget", after: budgetRowKey("1A", "res:autres"), values: { 1: "Subvention communale", 3: "=1000+200" } },
    ];
    const after = planWorkbook({ ...SOCLES, population: POPULATION_FOR[4] }, readBack(before, USER_EDITS, added));
    const rows = sheetOf(after, "budget").rows;
    const materiel = rowIndex(after, "budget", budgetRowKey("1A", "dep:materiel"));
    expect(rows[materiel + 1]).toMatchObject({ key: "" });
    expect(rows[materiel + 1].cells[LABEL]).toMatchObject({ value: "Location de salle", role: "input" });
    expect(isUserOwned(rows[materiel + 1].cells[LABEL])).toBe(true);
    expect(rows[materiel + 1].cells[AMOUNT]).toMatchObject({ value: 1_800, format: '#,##0 "€"' });
    expect(rows[materiel + 2].key).toBe(budgetRowKey("1A", "total_dep"));
    const autres = rowIndex(after, "budget", budgetRowKey("1A", "res:autres"));
    expect(rows[autres + 1].cells[AMOUNT]).toMatchObject({ formula: "=1000+200" });
    const wb = evaluatePlan(after);
    expect(wb.getByKey("budget", budgetRowKey("1A", "total_dep"), AMOUNT)).toBe(12_500 + 1_800);
    // Taille 4 accès (seed 004): 30 000 fixe, replaced by the user's 90 000, + 30 000 variable.
    expect(wb.getByKey("budget", budgetRowKey("1A", "total_res"), AMOUNT)).toBe(90_000 + 30_000 + 1_200);
    expect(wb.getNamed("CPTS_TotalDepenses")).toBe(42_000 + 12_500 + 1_800);
    const aci = annualFunding(ACI_2019, 4, SOCLES).total - 30_000 + 90_000;
    expect(wb.getNamed("CPTS_TotalRessources")).toBe(aci + 8_000 + 1_200);
    expect(wb.errors()).toEqual([]);
    wb.destroy();
  });

  test("a row added in a roadmap comes back after its row, inside the table, with its alert", () => {
    const before = planWorkbook(SOCLES);
    const added: Added[] = [
      { sheet: "fdrElaboration", after: "elab:aci-conventionnement", values: { 2: "Bilan à un an", 4: "Bureau", 5: SIGNATURE + 365, 8: "En cours" } },
      { sheet: "fdrOperationnelle", after: "op:acces:2", values: { 3: "Former les assistants de régulation", 5: SIGNATURE + 100, 10: "Non démarré" } },
    ];
    const after = planWorkbook({ ...SOCLES, missions: ["acces", "parcours", "prevention", "qualite"] }, readBack(before, USER_EDITS, added));
    const elab = sheetOf(after, "fdrElaboration");
    const last = rowIndex(after, "fdrElaboration", "elab:aci-conventionnement");
    expect(elab.rows[last + 1].cells[2]).toMatchObject({ value: "Bilan à un an" });
    expect(elab.tables[0].range).toBe(`B4:J${last + 2}`);
    const op = sheetOf(after, "fdrOperationnelle");
    const opRow = rowIndex(after, "fdrOperationnelle", "op:acces:2") + 1;
    expect(op.rows[opRow].cells[3]).toMatchObject({ value: "Former les assistants de régulation" });
    const wb = evaluatePlan(after);
    // Échéance 15/03/2025 is 64 days after the reference date 10/01/2025: on time; the added action's 23/06/2024 is late.
    expect(wb.getCell("fdrElaboration", `J${last + 2}`)).toBe("Dans les temps");
    expect(wb.getCell("fdrOperationnelle", `M${opRow + 1}`)).toMatch(/^En retard de \d+ j$/);
    expect(wb.errors()).toEqual([]);
    wb.destroy();
  });

  test("rows added after a mission's rows keep a dropped mission's block", () => {
    const before = planWorkbook(SOCLES);
    const added: Added[] = [{ sheet: "budget", after: budgetRowKey("prevention", "dep:materiel"), values: { 1: "Affiches", 3: 600 } }];
    const after = planWorkbook({ ...SOCLES, missions: ["acces", "parcours"] }, readBack(before, [], added));
    expect(rowIndex(after, "budget", budgetRowKey("prevention", "titre"))).toBeGreaterThan(0);
    expect(rowIndex(after, "fdrOperationnelle", "op:prevention:1")).toBe(-1);
    const wb = evaluatePlan(after);
    expect(wb.getByKey("budget", budgetRowKey("prevention", "total_dep"), AMOUNT)).toBe(600);
    expect(wb.getNamed("CPTS_TotalDepenses")).toBe(0);
    wb.destroy();
  });
});
