/**
 * The task pane as in Excel: the real pane and the real Office layer (src/excel) over the
 * in-memory workbook double (test/double, HyperFormula). A user fills the parameters, generates
 * the workbook, follows the progress, opens a sheet from the success message, sees a budget
 * imbalance appear in Contrôles when a dépense is raised (Excel's change event, no polling), and
 * reads a French error with Excel's code when Excel fails. Figures: seed 004 (ACI 2019 grid).
 */
import type { Page } from "playwright-core";
import { ACI_2019, BALANCE, BUDGET_BLOCKS, annualFunding, serialFromDate } from "../../src/domain";
import { usesCptsFunction } from "../../src/excel/repair";
import { budgetRowKey } from "../../src/sheets/budget";
import { SHEET_KEYS, SHEET_NAMES, WorkbookChoices } from "../../src/sheets/plan";
import { planWorkbook } from "../../src/sheets/workbook";
import { ACTIONS_LABELS } from "../../src/taskpane/actions/labels";
import { CONTROLS_DEBOUNCE_MS } from "../../src/taskpane/controles/useControls";
import { PARAMETRES_LABELS } from "../../src/taskpane/parametres/labels";
import { accessibilityViolations } from "./support/accessibility";
import { screenshot } from "./support/browser";
import { plain, settle, tagControls, tabCycle, totalShown } from "./support/pane";
import { paneSession } from "./support/session";

const session = paneSession("harness.html", "etat-classeur");

/** Taille 3 (120 000 habitants), socles + qualité, at 100 %: seed 004 gives 75 000 + 65 000 + 90 000 + 35 000 + 30 000. */
const TOTAL_ACI_SEED = 295_000;

/** What fillParameters() types, as the pane sends it. */
const FILLED: WorkbookChoices = {
  nom: "CPTS du Pays Test",
  population: 120_000,
  tailleOverride: null,
  signature: serialFromDate({ year: 2025, month: 1, day: 31 }),
  versionId: "ACI 2019",
  taux: 1,
  missions: ["acces", "parcours", "prevention", "qualite"],
  snp: false,
  dateReference: null,
};

async function fillParameters(page: Page): Promise<void> {
  await page.getByLabel(PARAMETRES_LABELS.nom).fill("CPTS du Pays Test");
  await page.getByLabel(PARAMETRES_LABELS.population).fill("120 000");
  await page.getByLabel(PARAMETRES_LABELS.signature).fill("2025-01-31");
  await page.getByRole("checkbox", { name: /Qualité et pertinence/ }).check();
}

async function generate(page: Page): Promise<void> {
  await page.getByRole("button", { name: ACTIONS_LABELS.generateAll }).click();
  await page.getByText(ACTIONS_LABELS.successTitle).waitFor({ timeout: 60_000 });
}

function nameValue(page: Page, name: string): Promise<unknown> {
  return page.evaluate((n) => window.__workbookDouble.nameValue(n), name);
}

function syncCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__workbookDouble.syncs.length);
}

function selection(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const s = window.__workbookDouble.model.selection;
    if (!s) return undefined;
    const col = (c: number) => {
      let name = "";
      for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
      return name;
    };
    return `${s.sheet.name}!${col(s.rect.c0)}${s.rect.r0 + 1}`;
  });
}

test("ouverture sur un classeur vide : le volet le dit, sans erreur", async () => {
  const { page } = session.pane;
  expect(plain(await page.getByTestId("etat-classeur").textContent())).toBe(ACTIONS_LABELS.noExistingSheets);
  await page.getByText("Générez le classeur pour voir ses contrôles.").waitFor();
  await screenshot(page, "excel-vide");
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(session.pane.errors).toEqual([]);
  expect(session.pane.foreignRequests).toEqual([]);
});

test("générer le classeur : progression, totaux du classeur égaux au domaine, liens vers chaque feuille", async () => {
  const { page } = session.pane;
  await fillParameters(page);
  expect(await totalShown(page)).toBe("295 000 €");
  await screenshot(page, "excel-rempli");
  expect(await accessibilityViolations(page)).toEqual([]);

  // A slow Excel: every batch waits for the test's go, so the progress bar can be seen.
  await page.evaluate(() => {
    const double = window.__workbookDouble;
    const run = double.run;
    const w = window as unknown as { __go: () => void };
    const gate = new Promise<void>((resolve) => (w.__go = resolve));
    double.run = (async (batch: Parameters<typeof run>[0]) => {
      await gate;
      return run(batch);
    }) as typeof run;
  });
  await page.getByRole("button", { name: ACTIONS_LABELS.generateAll }).click();
  await page.getByRole("progressbar").waitFor();
  await screenshot(page, "excel-generation");
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.evaluate(() => (window as unknown as { __go: () => void }).__go());
  await page.getByText(ACTIONS_LABELS.successTitle).waitFor({ timeout: 60_000 });
  await screenshot(page, "excel-genere");
  expect(await accessibilityViolations(page)).toEqual([]);

  const choices = { missions: ["acces", "parcours", "prevention", "qualite"] as const, snp: false };
  expect(await nameValue(page, "CPTS_Taille")).toBe(3);
  expect(await nameValue(page, "CPTS_TotalACI")).toBe(TOTAL_ACI_SEED);
  expect(await nameValue(page, "CPTS_TotalACI")).toBe(annualFunding(ACI_2019, 3, { missions: [...choices.missions], snp: false }).total);
  expect(await page.evaluate(() => window.__workbookDouble.sheetNames())).toEqual(expect.arrayContaining(SHEET_KEYS.map((k) => SHEET_NAMES[k])));

  // One link per generated sheet; a link selects the sheet's B2.
  for (const key of SHEET_KEYS) await page.getByRole("button", { name: ACTIONS_LABELS.sheetLink(SHEET_NAMES[key]) }).waitFor();
  await page.getByRole("button", { name: ACTIONS_LABELS.sheetLink(SHEET_NAMES.grille) }).click();
  expect(
    await settle(
      () => selection(page),
      (v) => v === `${SHEET_NAMES.grille}!B2`,
    ),
  ).toBe(`${SHEET_NAMES.grille}!B2`);

  expect(plain(await page.getByTestId("etat-classeur").textContent())).toContain(SHEET_NAMES.budget);
  expect(session.pane.errors).toEqual([]);
  expect(session.pane.foreignRequests).toEqual([]);
});

test("Contrôles : une dépense relevée dans le budget fait apparaître le déficit, par l'événement de modification", async () => {
  const { page } = session.pane;
  await fillParameters(page);
  await generate(page);

  // The fonctionnement block's salaires cell, from the same plan the writer used.
  const budget = planWorkbook(FILLED).sheets.find((s) => s.key === "budget")!;
  const row = budget.rows.findIndex((r) => r.key === budgetRowKey(BUDGET_BLOCKS[0].key, "dep:salaires"));
  expect(row).toBeGreaterThan(0);
  const column = budget.rows[row].cells.findIndex((c) => c?.role === "input");
  const address = `${String.fromCharCode(65 + column)}${row + 1}`;
  const budgetName = SHEET_NAMES.budget;

  // Fonctionnement, taille 3: 75 000 € of ACI (seed 004). Salaires at 75 000 balance the block…
  const controls = page.getByTestId("controles");
  const surplus = plain(BALANCE.surplus(75_000));
  await controls
    .getByText(new RegExp(surplus.replace(/ /g, "\\s")))
    .first()
    .waitFor();
  await page.evaluate(([s, a]) => window.__workbookDouble.type(s, a, 75_000), [budgetName, address] as const);
  expect(
    await settle(
      async () => plain(await controls.textContent()),
      (t) => !t.includes(surplus),
    ),
  ).not.toContain(surplus);
  // …and raised to 80 000 they leave a deficit of 5 000 €.
  await page.evaluate(([s, a]) => window.__workbookDouble.type(s, a, 80_000), [budgetName, address] as const);
  const deficit = plain(BALANCE.deficit(5_000));
  expect(
    await settle(
      async () => plain(await controls.textContent()),
      (t) => t.includes(deficit),
    ),
  ).toContain(deficit);
  await screenshot(page, "excel-controles");
  expect(await accessibilityViolations(page)).toEqual([]);

  // No polling: once the list is up to date, an idle pane makes no request to Excel.
  const before = await syncCount(page);
  await page.waitForTimeout(CONTROLS_DEBOUNCE_MS * 4);
  expect(await syncCount(page)).toBe(before);

  // The control's link selects the cell that shows it.
  await controls
    .getByRole("button", { name: new RegExp(deficit) })
    .first()
    .click();
  expect(
    await settle(
      () => selection(page),
      (v) => v?.startsWith(`${budgetName}!`) === true,
    ),
  ).toMatch(new RegExp(`^${budgetName}!`));
  expect(session.pane.errors).toEqual([]);
});

test("échec d'Excel : message d'erreur en français, avec le code d'Excel et quoi faire", async () => {
  const { page } = session.pane;
  await fillParameters(page);
  await page.evaluate(() => window.__workbookDouble.inject({ code: "InvalidOperation", message: "Opération refusée par Excel", operation: /^Range\.values$/ }));
  await page.getByRole("button", { name: ACTIONS_LABELS.generateAll }).click();
  const alert = page.getByRole("alert").filter({ hasText: ACTIONS_LABELS.errorTitle });
  await alert.waitFor({ timeout: 60_000 });
  expect(plain(await alert.textContent())).toContain(ACTIONS_LABELS.errorCode("InvalidOperation"));
  expect(plain(await alert.textContent())).toContain(plain(ACTIONS_LABELS.errorWhatToDo));
  await screenshot(page, "excel-erreur");
  expect(await accessibilityViolations(page)).toEqual([]);
  // The failure is shown in the session.pane; nothing is logged as an uncaught error.
  expect(session.pane.errors).toEqual([]);
});

test("réparer les formules CPTS : chaque formule CPTS.* du classeur est réécrite, le volet dit combien", async () => {
  const { page } = session.pane;
  await fillParameters(page);
  await generate(page);
  const planned = planWorkbook(FILLED)
    .sheets.flatMap((sheet) => sheet.rows.flatMap((row) => row.cells))
    .filter((cell) => usesCptsFunction(cell?.formula)).length;
  expect(planned).toBeGreaterThan(0);
  await page.getByRole("button", { name: ACTIONS_LABELS.repair }).click();
  await page.getByText(ACTIONS_LABELS.repairDoneCount(planned)).waitFor({ timeout: 30_000 });
  await screenshot(page, "excel-repare");
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(session.pane.errors).toEqual([]);
});

test("paramètres invalides : la génération est refusée et chaque champ dit quoi corriger", async () => {
  const { page } = session.pane;
  const before = await syncCount(page);
  await page.getByRole("button", { name: ACTIONS_LABELS.generateAll }).click();
  await page.getByText(ACTIONS_LABELS.invalidTitle).waitFor();
  expect(await page.getByText("Indiquez le nom de la CPTS.").count()).toBe(1);
  expect(await syncCount(page)).toBe(before);
  await screenshot(page, "excel-parametres-invalides");
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(session.pane.errors).toEqual([]);
});

test("un classeur rouvert : le volet reprend les choix du client et liste les feuilles présentes", async () => {
  const { page } = session.pane;
  await fillParameters(page);
  await page.getByLabel(/Taux d'atteinte/).fill("80");
  await generate(page);
  await page.evaluate(() => window.__reopenPane());
  await page.getByText(ACTIONS_LABELS.loadedFromWorkbook).waitFor();
  expect(await page.getByLabel(PARAMETRES_LABELS.nom).inputValue()).toBe("CPTS du Pays Test");
  expect(plain(await page.getByLabel(PARAMETRES_LABELS.population).inputValue())).toBe("120000");
  expect(await page.getByLabel(/Taux d'atteinte/).inputValue()).toBe("80");
  expect(await page.getByRole("checkbox", { name: /Qualité et pertinence/ }).isChecked()).toBe(true);
  // Seed 004, taille 3 at 80 %: fonctionnement 75 000 + fixes (25 000 + 15 000 + 45 000 + 17 500 + 15 000)
  // + variables (25 000 + 45 000 + 17 500 + 15 000) × 0,8 = 274 500 €.
  expect(await totalShown(page)).toBe("274 500 €");
  expect(await nameValue(page, "CPTS_TotalACI")).toBe(274_500);
  const state = plain(await page.getByTestId("etat-classeur").textContent());
  for (const key of SHEET_KEYS) expect(state).toContain(SHEET_NAMES[key]);
  await screenshot(page, "excel-rouvert");
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(session.pane.errors).toEqual([]);
});

test("StrictMode de React : chaque effet monté deux fois, un seul abonnement aux modifications reste actif, même après réouverture", async () => {
  const { page } = session.pane;
  const subscriptions = () => page.evaluate(() => ({ ...window.__changeSubscriptions }));
  // Development build: StrictMode mounts, unmounts and remounts the pane's effects (a Fragment would subscribe once).
  expect(await settle(subscriptions, (s) => s.made === 2 && s.live === 1)).toEqual({ made: 2, live: 1 });
  await page.evaluate(() => window.__reopenPane());
  await page.getByTestId("etat-classeur").waitFor();
  expect(await settle(subscriptions, (s) => s.made === 4 && s.live === 1)).toEqual({ made: 4, live: 1 });
  expect(session.pane.errors).toEqual([]);
});

test("au clavier seul, dans Excel : Tab atteint chaque contrôle du volet, jusqu'aux liens des feuilles générées", async () => {
  const { page } = session.pane;
  await fillParameters(page);
  await generate(page);
  const controls = await tagControls(page);
  const forward = await tabCycle(page, "Tab");
  expect(forward.map((s) => controls[s.id] ?? s.id).sort()).toEqual(Object.values(controls).sort());
  expect(forward.filter((s) => !s.focusVisible)).toEqual([]);
  // Enter on a focused sheet link opens it.
  await page.getByRole("button", { name: ACTIONS_LABELS.sheetLink(SHEET_NAMES.versements) }).focus();
  await page.keyboard.press("Enter");
  expect(
    await settle(
      () => selection(page),
      (v) => v === `${SHEET_NAMES.versements}!B2`,
    ),
  ).toBe(`${SHEET_NAMES.versements}!B2`);
  await screenshot(page, "excel-clavier");
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(session.pane.errors).toEqual([]);
});
