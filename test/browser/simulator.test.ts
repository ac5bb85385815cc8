/**
 * The task pane opened in a plain browser (no Excel): the production entry must say so in French,
 * never crash nor log an error, and still compute the taille and the ACI funding as a simulator.
 * Figures: seed 004, « Montants alloués par l'Assurance Maladie » (ACI 2019).
 */
import { ACI_2019, annualFunding, formatEuros } from "../../src/domain";
import { HOST_MESSAGES, OFFICE_READY_TIMEOUT_MS } from "../../src/taskpane/host";
import { APP_LABELS } from "../../src/taskpane/labels";
import { initialForm } from "../../src/taskpane/parametres/form";
import { PARAMETRES_LABELS } from "../../src/taskpane/parametres/labels";
import { validateParametres } from "../../src/taskpane/parametres/validation";
import { BUILD_TIMEOUT_MS, ensureProductionBuild } from "../support/build";
import { accessibilityViolations } from "./support/accessibility";
import { OFFICE_CDN, openWatchedPage, screenshot } from "./support/browser";
import { plain, tagControls, tabCycle, tailleShown, totalShown } from "./support/pane";
import { serveDirectory } from "./support/server";
import { paneSession } from "./support/session";

const session = paneSession("outside.html", "hors-excel");

const euro = (amount: number) => plain(formatEuros(amount));

test("hors d'Excel : un message clair en français, ni plantage ni erreur, office.js servi comme depuis le CDN", async () => {
  const { page } = session.pane;
  expect(plain(await page.getByTestId("hors-excel").textContent())).toContain(APP_LABELS.outsideExcelTitle);
  // Generation needs a workbook: no Actions nor Contrôles outside Excel.
  expect(await page.getByRole("heading", { name: APP_LABELS.sectionActions }).count()).toBe(0);
  expect(await page.getByRole("button", { name: "Générer le classeur" }).count()).toBe(0);
  await screenshot(page, "hors-excel");
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(session.pane.officeFiles).toContain("office.js");
  expect(session.pane.errors).toEqual([]);
  expect(session.pane.foreignRequests).toEqual([]);
});

test("simulateur : la taille et le financement ACI annuel suivent la saisie", async () => {
  const { page } = session.pane;
  await screenshot(page, "vide");
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByLabel(PARAMETRES_LABELS.nom).fill("CPTS du Pays Test");
  await page.getByLabel(PARAMETRES_LABELS.population).fill("120 000");
  expect(await tailleShown(page)).toContain("Taille 3");
  // Seed 004, taille 3, socles: fonctionnement 75 000 + accès 65 000 + parcours 90 000 + prévention 35 000.
  expect(await totalShown(page)).toBe("265 000 €");
  expect(await totalShown(page)).toBe(euro(annualFunding(ACI_2019, 3, { missions: ["acces", "parcours", "prevention"], snp: false }).total));

  await page.getByRole("checkbox", { name: /Qualité et pertinence/ }).check();
  await page.getByRole("checkbox", { name: /Accompagnement des professionnels/ }).check();
  // Every fundable mission: the seed's « Financement total possible » for taille 3.
  expect(await totalShown(page)).toBe("315 000 €");

  await page.getByRole("checkbox", { name: /Volet supplémentaire/ }).check();
  expect(await totalShown(page)).toBe("370 000 €"); // + volet supplémentaire 55 000 (seed 004, taille 3)

  await page.getByRole("button", { name: PARAMETRES_LABELS.tauxZero }).click();
  // Fixed parts only: 75 000 + 25 000 + 15 000 + 55 000 + 45 000 + 17 500 + 15 000 + 10 000.
  expect(await totalShown(page)).toBe("257 500 €");
  await page.getByRole("button", { name: PARAMETRES_LABELS.tauxFull, exact: true }).click();
  expect(await totalShown(page)).toBe("370 000 €");

  await page.getByRole("checkbox", { name: /Gestion de crise sanitaire/ }).check();
  expect(plain(await page.getByText("montant non disponible dans la grille ACI 2019").first().textContent())).toBe(
    "montant non disponible dans la grille ACI 2019",
  );
  expect(await totalShown(page)).toBe("370 000 €");

  await page.getByLabel(PARAMETRES_LABELS.population).fill("39 999");
  expect(await tailleShown(page)).toContain("Taille 1");
  await screenshot(page, "rempli");
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(session.pane.errors).toEqual([]);
});

test("une saisie invalide est signalée en français à côté du champ, dès la frappe", async () => {
  const { page } = session.pane;
  await page.getByLabel(PARAMETRES_LABELS.population).fill("12a");
  await page.getByLabel(/Taux d'atteinte/).fill("150");
  // The words are the shared parsers' (the same refusal as CPTS.* and the command line): read from the pane's validation.
  const expected = validateParametres({ ...initialForm(), population: "12a", taux: "150" }).allErrors;
  expect(expected.population).toMatch(/habitants/);
  expect(expected.taux).toMatch(/taux/i);
  expect(await page.getByText(expected.population!, { exact: true }).count()).toBe(1);
  expect(await page.getByText(expected.taux!, { exact: true }).count()).toBe(1);
  // The field is marked invalid for assistive technology.
  expect(await page.getByLabel(PARAMETRES_LABELS.population).getAttribute("aria-invalid")).toBe("true");
  await screenshot(page, "saisie-invalide");
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(session.pane.errors).toEqual([]);
});

test("au clavier seul : Tab et Maj+Tab atteignent chaque contrôle, le focus est visible, Espace coche", async () => {
  const { page } = session.pane;
  await page.getByLabel(PARAMETRES_LABELS.population).fill("120 000");
  const controls = await tagControls(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const forward = await tabCycle(page, "Tab");
  expect(forward.map((s) => controls[s.id] ?? s.id).sort()).toEqual(Object.values(controls).sort());
  expect(forward.filter((s) => !s.focusVisible)).toEqual([]);
  const backward = await tabCycle(page, "Shift+Tab");
  expect(new Set(backward.map((s) => s.id))).toEqual(new Set(forward.map((s) => s.id)));

  // Space ticks a mission checkbox, Enter presses a button.
  await page.getByRole("checkbox", { name: /Qualité et pertinence/ }).focus();
  await page.keyboard.press("Space");
  expect(await totalShown(page)).toBe("295 000 €"); // 265 000 + qualité 30 000 (seed 004, taille 3)
  await page.getByRole("button", { name: PARAMETRES_LABELS.tauxZero }).focus();
  await page.keyboard.press("Enter");
  expect(plain(await page.getByLabel(/Taux d'atteinte/).inputValue())).toBe("0");
  await screenshot(page, "clavier");
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(session.pane.errors).toEqual([]);
});

test("sonde : le contrôle axe-core signale un champ sans libellé et un texte trop pâle ajoutés au volet", async () => {
  const { page } = session.pane;
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.evaluate(() => {
    const main = document.querySelector("main")!;
    main.insertAdjacentHTML("beforeend", '<input type="text" data-sonde="1"><p style="color:#ccc;background:#fff" data-sonde="2">Texte trop pâle</p>');
  });
  const found = await accessibilityViolations(page);
  expect(found).toHaveLength(2);
  expect(found).toEqual(
    expect.arrayContaining([expect.stringMatching(/^label \(critical\) .*data-sonde/), expect.stringMatching(/^color-contrast \(serious\) /)]),
  );
});

test("Office muet : après le délai, son message en français dans le volet, accessible ; le volet démarre quand Office répond enfin", async () => {
  const watched = await openWatchedPage(session.browser, session.server.origin);
  const { page } = watched;
  try {
    // office.js loads but Office.onReady does not answer (a proxy blocking the files it loads next) until the test says so.
    const silentOffice = `window.Office = { HostType: { Excel: "Excel" }, onReady: () => new Promise((resolve) => { window.__officeAnswers = () => resolve({ host: null, platform: null }); }) };`;
    await page.route(`${OFFICE_CDN}office.js`, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: silentOffice }));
    await page.clock.install();
    await page.goto(`${session.server.origin}/outside.html`);
    await page.clock.runFor(OFFICE_READY_TIMEOUT_MS);
    const message = page.getByTestId("office-muet");
    await message.waitFor();
    expect(await message.getAttribute("role")).toBe("alert");
    expect(plain(await message.textContent())).toBe(plain(HOST_MESSAGES.unresponsiveTitle + HOST_MESSAGES.unresponsiveBody));
    await screenshot(page, "office-muet");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.evaluate(() => (window as unknown as { __officeAnswers: () => void }).__officeAnswers());
    await page.getByTestId("hors-excel").waitFor();
    expect(await message.count()).toBe(0);
    // The pane took over the message's React root: no second root on the container, no error.
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  } finally {
    await page.context().close();
  }
});

test(
  "la page de production (dist/taskpane.html, functions.js compris) ouverte hors d'Excel : le message, sans erreur",
  async () => {
    const dist = await serveDirectory(await ensureProductionBuild());
    const prod = await openWatchedPage(session.browser, dist.origin);
    try {
      await prod.page.goto(`${dist.origin}/taskpane.html`);
      await prod.page.getByTestId("hors-excel").waitFor();
      await prod.page.getByLabel(PARAMETRES_LABELS.population).fill("120 000");
      expect(await totalShown(prod.page)).toBe("265 000 €");
      await screenshot(prod.page, "production-hors-excel");
      expect(await accessibilityViolations(prod.page)).toEqual([]);
      expect(prod.errors).toEqual([]);
      expect(prod.foreignRequests).toEqual([]);
    } finally {
      await prod.page.context().close();
      await dist.close();
    }
  },
  BUILD_TIMEOUT_MS,
);
