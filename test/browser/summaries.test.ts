/**
 * The pane's « Indicateurs » and « Suivi » sections in Excel (the harness: the real pane and Office
 * layer over the workbook double). A treasurer in mid-October of the contract's first year has typed
 * the budget, eight months of spending, two indicators' measures and the opening cash balance; the
 * sections show each mission's attainment and estimated variable part, the consumption per block,
 * the next payment and the cash position, each a link to its cell, refreshed after each edit.
 * Figures: seed 004 (ACI 2019, taille 3: parcours 45 000 € and prévention 17 500 € of variable volet).
 */
import type { Page } from "playwright-core";
import { BUDGET_BLOCKS, serialFromDate } from "../../src/domain";
import { colLetter } from "../../src/sheets/addresses";
import { budgetRowKey } from "../../src/sheets/budget";
import { indicatorRowKey } from "../../src/sheets/indicateurs";
import { COL as IND, measureCol } from "../../src/sheets/indicateursFormulas";
import { SHEET_NAMES, SheetKey, WorkbookChoices, WorkbookPlan } from "../../src/sheets/plan";
import { SUIVI_COL } from "../../src/sheets/suiviBlocks";
import { monthColumn } from "../../src/sheets/suiviFormulas";
import { TRESORERIE_INPUT_KEYS, tresorerieInputColumn } from "../../src/sheets/tresorerieInputs";
import { RECEIPT_COL, paymentKey } from "../../src/sheets/versementsReceipts";
import { planWorkbook } from "../../src/sheets/workbook";
import { ACTIONS_LABELS } from "../../src/taskpane/actions/labels";
import { INDICATEURS_LABELS } from "../../src/taskpane/indicateurs/labels";
import { PARAMETRES_LABELS } from "../../src/taskpane/parametres/labels";
import { SUIVI_LABELS } from "../../src/taskpane/suivi/labels";
import { accessibilityViolations } from "./support/accessibility";
import * as path from "path";
import { SCREENSHOTS, screenshot } from "./support/browser";
import { plain, settle } from "./support/pane";
import { paneSession } from "./support/session";

const session = paneSession("harness.html", "etat-classeur");

/** Taille 3, socles + qualité, signed 31/01/2025, looked at on 15/10/2025: contract year 1, month 9. */
const CHOICES: WorkbookChoices = {
  nom: "CPTS du Pays Test",
  population: 120_000,
  tailleOverride: null,
  signature: serialFromDate({ year: 2025, month: 1, day: 31 }),
  versionId: "ACI 2019",
  taux: 1,
  missions: ["acces", "parcours", "prevention", "qualite"],
  snp: false,
  dateReference: serialFromDate({ year: 2025, month: 10, day: 15 }),
};
const PLAN: WorkbookPlan = planWorkbook(CHOICES);

function cell(sheet: SheetKey, rowKey: string, col: number): [string, string] {
  const row = PLAN.sheets.find((s) => s.key === sheet)!.rows.findIndex((r) => r.key === rowKey);
  if (row < 0) throw new Error(`pas de ligne ${rowKey} sur ${sheet}`);
  return [SHEET_NAMES[sheet], `${colLetter(col)}${row + 1}`];
}

async function type(page: Page, [sheet, address]: [string, string], value: number | string): Promise<void> {
  await page.evaluate(([s, a, v]) => window.__workbookDouble.type(s, a, v), [sheet, address, value] as const);
}

/** The budget prévu (euros) by block and dépense line. */
const BUDGET: [string, string, number][] = [
  ["fonctionnement", "salaires", 60_000],
  ["fonctionnement", "materiel", 15_000],
  ["parcours", "indemnites", 30_000],
  ["parcours", "salaires", 15_000],
  ["prevention", "indemnites", 10_000],
  ["prevention", "materiel", 7_500],
];
/** Réalisé: block, line, months 1–8 of contract year 1 (February to September 2025). */
const SPENT: [string, string, number[]][] = [
  ["fonctionnement", "salaires", [5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000]],
  ["fonctionnement", "materiel", [2_000, 0, 0, 0, 6_000, 0, 0, 0]],
  ["parcours", "indemnites", [0, 0, 4_000, 4_000, 4_000, 4_000, 4_000, 4_000]],
  ["prevention", "materiel", [0, 0, 0, 0, 0, 9_000, 0, 0]],
];

async function typeTheYear(page: Page): Promise<void> {
  const budget = PLAN.sheets.find((s) => s.key === "budget")!;
  for (const [block, line, amount] of BUDGET) {
    const row = budget.rows.find((r) => r.key === budgetRowKey(block as (typeof BUDGET_BLOCKS)[number]["key"], `dep:${line}`))!;
    await type(
      page,
      cell(
        "budget",
        row.key,
        row.cells.findIndex((c) => c?.role === "input"),
      ),
      amount,
    );
  }
  for (const [block, line, months] of SPENT)
    for (const [i, amount] of months.entries())
      if (amount) await type(page, cell("suivi", `suivi:${block}:dep:${line}`, monthColumn(SUIVI_COL.firstMonth, 1, i + 1)), amount);
  // Parcours: 20 → 60 targeted, 56 measured at the first follow-up: 90 %. Prévention: 10 → 30, 18 measured: 40 %
  // (its example indicators are means indicators, followed without financial impact by default: this
  // CPTS negotiated that the first one pays, so the treasurer marks it « Oui »).
  for (const [mission, depart, cible, part, measure] of [
    ["parcours", 20, 60, 45_000, 56],
    ["prevention", 10, 30, 17_500, 18],
  ] as const) {
    const key = indicatorRowKey(mission, 1);
    await type(page, cell("indicateurs", key, IND.financier), "Oui");
    await type(page, cell("indicateurs", key, IND.depart), depart);
    await type(page, cell("indicateurs", key, IND.cible), cible);
    await type(page, cell("indicateurs", key, IND.part), part);
    await type(page, cell("indicateurs", key, measureCol(1, 1)), measure);
  }
  await type(page, cell("tresorerie", TRESORERIE_INPUT_KEYS.opening, tresorerieInputColumn(1)), 5_000);
  // The signature's payments (fonctionnement and the missions' advance) arrived on 20/02/2025, in full.
  for (const kind of ["fonctionnement", "avance"] as const) {
    const expected = await page.evaluate(([s, a]) => window.__workbookDouble.value(s, a), cell("versements", paymentKey(1, kind), RECEIPT_COL.amount));
    expect(typeof expected).toBe("number");
    await type(page, cell("versements", paymentKey(1, kind), RECEIPT_COL.receivedDate), serialFromDate({ year: 2025, month: 2, day: 20 }));
    await type(page, cell("versements", paymentKey(1, kind), RECEIPT_COL.receivedAmount), expected as number);
  }
}

async function generate(page: Page): Promise<void> {
  await page.getByLabel(PARAMETRES_LABELS.nom).fill(CHOICES.nom);
  await page.getByLabel(PARAMETRES_LABELS.population).fill("120 000");
  await page.getByLabel(PARAMETRES_LABELS.signature).fill("2025-01-31");
  await page.getByLabel(PARAMETRES_LABELS.dateReference).fill("2025-10-15");
  await page.getByRole("checkbox", { name: /Qualité et pertinence/ }).check();
  await page.getByRole("button", { name: ACTIONS_LABELS.generateAll }).click();
  await page.getByText(ACTIONS_LABELS.successTitle).waitFor({ timeout: 60_000 });
}

/** The Indicateurs and Suivi sections alone, at the pane's width (the whole pane is a long page). */
async function sectionsShot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  for (const id of ["resume-indicateurs", "resume-suivi"])
    await page.locator(`section[aria-labelledby="${id}-titre"]`).screenshot({ path: path.join(SCREENSHOTS, `${name}-${id}.png`) });
}

function selection(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const s = window.__workbookDouble.model.selection;
    if (!s) return undefined;
    let name = "";
    for (let n = s.rect.c0 + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return `${s.sheet.name}!${name}${s.rect.r0 + 1}`;
  });
}

test("Indicateurs et Suivi : l'atteinte de chaque mission, sa part variable, la consommation, le versement attendu et la trésorerie, chacun menant à sa cellule", async () => {
  const { page } = session.pane;
  await generate(page);
  const indicateurs = page.getByTestId("resume-indicateurs");
  const suivi = page.getByTestId("resume-suivi");
  await indicateurs.getByRole("heading", { name: "Parcours pluriprofessionnels" }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);

  await typeTheYear(page);
  // Seed 004: 45 000 € × 90 % = 40 500 €; 17 500 € × 40 % = 7 000 €.
  const parcours = `Parcours pluriprofessionnels — Atteinte : 90 %`;
  expect(
    await settle(
      async () =>
        plain(
          await indicateurs
            .getByRole("button", { name: new RegExp(parcours) })
            .count()
            .then(String),
        ),
      (n) => n === "1",
    ),
  ).toBe("1");
  await sectionsShot(page, "excel-indicateurs-suivi");
  const shown = plain(await indicateurs.innerText());
  expect(shown).toContain("Parcours pluriprofessionnels Atteinte 90 % Part variable estimée 40 500 €");
  expect(shown).toContain("Prévention Atteinte 40 % Part variable estimée 7 000 €");

  // Every figure shows its cell's value; the cash figure is highlighted exactly when its text is the alert.
  const cash = PLAN.summaries!.find((s) => s.alertPrefix)!;
  const [cashSheet, cashAddress] = [SHEET_NAMES[cash.sheet], cash.address];
  const cashText = String(await page.evaluate(([s, a]) => window.__workbookDouble.value(s, a), [cashSheet, cashAddress] as const));
  const flagged = await suivi.locator('[data-status="alert"]').count();
  expect(flagged).toBe(cashText.startsWith(cash.alertPrefix!) ? 1 : 0);
  expect(plain(await suivi.innerText())).toContain(plain(cashText));
  expect(await accessibilityViolations(page)).toEqual([]);

  // A link selects the cell it was read from.
  await indicateurs.getByRole("button", { name: new RegExp(parcours) }).click();
  const atteinte = PLAN.summaries!.find((s) => s.label === "Parcours pluriprofessionnels — atteinte")!;
  expect(
    await settle(
      () => selection(page),
      (v) => v === `${SHEET_NAMES.indicateurs}!${atteinte.address}`,
    ),
  ).toBe(`${SHEET_NAMES.indicateurs}!${atteinte.address}`);
  await suivi.getByRole("button", { name: new RegExp(`^Trésorerie — Alerte`) }).click();
  expect(
    await settle(
      () => selection(page),
      (v) => v === `${cashSheet}!${cashAddress}`,
    ),
  ).toBe(`${cashSheet}!${cashAddress}`);
  expect(session.pane.errors).toEqual([]);
});

test("Trésorerie négative : l'alerte du Suivi ressort, en mots et en couleur, et disparaît quand la trésorerie se rétablit", async () => {
  const { page } = session.pane;
  await generate(page);
  await typeTheYear(page);
  const suivi = page.getByTestId("resume-suivi");
  const cash = PLAN.summaries!.find((s) => s.alertPrefix)!;
  // A large purchase planned in month 10 (November 2025: no réalisé typed yet), beyond the cash the year brings.
  const purchase = cell("tresorerie", TRESORERIE_INPUT_KEYS.planned(10), tresorerieInputColumn(1));
  await type(page, purchase, 400_000);
  const alert = suivi.locator('[data-status="alert"]');
  expect(
    await settle(
      () => alert.count(),
      (n) => n === 1,
    ),
  ).toBe(1);
  expect(plain(await alert.innerText())).toMatch(new RegExp(`^${cash.alertPrefix}`));
  expect(await alert.getByRole("button").getAttribute("aria-label")).toMatch(/^Trésorerie — Alerte : Alerte : /);
  await sectionsShot(page, "excel-suivi-alerte");
  expect(await accessibilityViolations(page)).toEqual([]);
  await type(page, purchase, 0);
  expect(
    await settle(
      () => alert.count(),
      (n) => n === 0,
    ),
  ).toBe(0);
  expect(session.pane.errors).toEqual([]);
});

test("avant génération, les deux sections disent quoi faire", async () => {
  const { page } = session.pane;
  await page.getByText(INDICATEURS_LABELS.notGenerated).waitFor();
  await page.getByText(SUIVI_LABELS.notGenerated).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
});
