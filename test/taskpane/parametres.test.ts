/**
 * The Paramètres form of the task pane: parsing, validation messages, taille and the live annual
 * funding. Figures quoted from seed 004, table « Montants alloués par l'Assurance Maladie » (ACI 2019).
 */
import { INPUT_EXPECTED, paneMessage, parseTaux, serialFromDate } from "../../src/domain";
import { ParametresAction, ParametresForm, initialForm, parametresReducer, percentText } from "../../src/taskpane/parametres/form";
import { VALIDATION_MESSAGES } from "../../src/taskpane/parametres/labels";
import { validateParametres } from "../../src/taskpane/parametres/validation";

const TODAY = serialFromDate({ year: 2026, month: 3, day: 15 });
const apply = (...actions: ParametresAction[]): ParametresForm => actions.reduce(parametresReducer, initialForm(TODAY));
const set = (field: Extract<ParametresAction, { type: "set" }>["field"], value: string): ParametresAction => ({ type: "set", field, value });
/** The population the pane retains for a typed text (via the domain's shared parser). */
const populationOf = (text: string): number | null | undefined => validateParametres(apply(set("nom", "CPTS"), set("population", text))).choices?.population;

describe("saisie de la population", () => {
  test.each([
    ["120000", 120_000],
    ["120 000", 120_000],
    ["120\u00a0000", 120_000],
    ["120\u202f000", 120_000],
    ["1.250.000", 1_250_000],
    ["80.000", 80_000],
    [" 80 000 ", 80_000],
  ])("%j se lit %d habitants", (text, expected) => {
    expect(populationOf(text)).toBe(expected);
  });

  test.each([
    ["12a", INPUT_EXPECTED.population.notNumber],
    ["1e5", INPUT_EXPECTED.population.notNumber],
    ["-5", INPUT_EXPECTED.population.notPositive],
    ["0", INPUT_EXPECTED.population.notPositive],
    ["120,5", INPUT_EXPECTED.population.notWhole],
    ["80.5", INPUT_EXPECTED.population.notWhole],
    ["8 0000", INPUT_EXPECTED.population.badGrouping],
    ["10 000 001", INPUT_EXPECTED.population.tooLarge],
  ])("%j n'est pas une population : « Saisissez … » avec la raison", (text, expected) => {
    const view = validateParametres(apply(set("population", text)));
    expect(view.errors.population).toBe(paneMessage(expected));
    expect(view.computedTaille).toBeUndefined();
  });

  // Seed 004: taille 1 « moins de 40 000 », 2 « de 40 à 80 000 », 3 « de 80 à 175 000 », 4 « plus de 175 000 ».
  test.each([
    ["39 999", 1],
    ["40 000", 2],
    ["79 999", 2],
    ["80 000", 3],
    ["175 000", 3],
    ["175 001", 4],
  ])("%s habitants → taille %d, affichée en direct", (population, taille) => {
    expect(validateParametres(apply(set("population", population))).taille).toBe(taille);
  });

  test("le choix manuel de la taille l'emporte sur la population", () => {
    const view = validateParametres(apply(set("population", "120 000"), { type: "tailleOverride", value: 1 }));
    expect(view.computedTaille).toBe(3);
    expect(view.taille).toBe(1);
  });

  test("une saisie invalide est signalée dès la frappe, en français, à côté du champ", () => {
    const view = validateParametres(apply(set("population", "12a")));
    expect(view.errors.population).toBe("Saisissez un nombre entier d'habitants, par exemple 120 000 ou 120.000.");
    expect(view.taille).toBeUndefined();
    expect(view.choices).toBeUndefined();
  });
});

describe("messages de validation", () => {
  test("un champ obligatoire vide n'est signalé qu'une fois touché ou à la génération", () => {
    const untouched = validateParametres(apply());
    expect(untouched.errors).toEqual({});
    expect(untouched.allErrors.nom).toBe(VALIDATION_MESSAGES.nomRequired);
    expect(untouched.allErrors.population).toBe(VALIDATION_MESSAGES.populationRequired);
    const submitted = validateParametres(apply({ type: "submit" }));
    expect(submitted.errors.nom).toBe(VALIDATION_MESSAGES.nomRequired);
    expect(submitted.errors.population).toBe(VALIDATION_MESSAGES.populationRequired);
  });

  test.each([
    ["abc", INPUT_EXPECTED.taux.notNumber],
    ["", INPUT_EXPECTED.taux.notNumber],
    ["120", INPUT_EXPECTED.taux.outOfRange],
    ["-3", INPUT_EXPECTED.taux.outOfRange],
  ])("taux %j refusé", (taux, expected) => {
    expect(validateParametres(apply(set("taux", taux))).errors.taux).toBe(paneMessage(expected));
  });

  test.each([
    ["72,5", 0.725],
    ["80 %", 0.8],
    ["80", 0.8],
    ["0,8", 0.8],
    ["0.8", 0.8],
    ["1", 1],
    ["100", 1],
    ["1 %", 0.01],
    ["0", 0],
  ])("taux %j se lit %d (sans %, un nombre de 0 à 1 est une fraction, comme dans CPTS.TOTAL)", (text, expected) => {
    const view = validateParametres(apply(set("nom", "CPTS"), set("population", "95 000"), set("taux", text)));
    expect(view.choices?.taux).toBeCloseTo(expected, 12);
  });

  test("le taux affiché se relit au même taux, y compris sous 1 % (écrit avec le signe %)", () => {
    expect(percentText(0.725)).toBe("72,5");
    expect(percentText(1)).toBe("100");
    expect(percentText(0)).toBe("0");
    expect(percentText(0.01)).toBe("1 %");
    expect(percentText(0.005)).toBe("0,5 %");
    for (const rate of [0, 0.001, 0.005, 0.01, 0.0101, 0.011, 0.5, 0.725, 0.99999, 1]) {
      const back = parseTaux(percentText(rate));
      expect(back.ok && back.value).toBeCloseTo(rate, 5);
    }
  });

  test.each(["2025-02-30", "31/13/2025", "demain"])("date de signature %j refusée", (date) => {
    expect(validateParametres(apply(set("signature", date))).errors.signature).toBe(paneMessage(INPUT_EXPECTED.date.text));
  });

  test("aucune mission retenue : message, et la mission socle manquante est signalée", () => {
    const form = apply(
      { type: "mission", key: "acces", retained: false },
      { type: "mission", key: "parcours", retained: false },
      { type: "mission", key: "prevention", retained: false },
    );
    const view = validateParametres(form);
    expect(view.errors.missions).toBe(VALIDATION_MESSAGES.missionsRequired);
    expect(view.socleWarning).toContain("Accès aux soins");
  });
});

describe("financement ACI annuel en direct (seed 004, taille 3)", () => {
  const filled = [set("nom", "CPTS du Pays Test"), set("population", "120 000")];

  test("missions socles à 100 % : 75 000 + 65 000 + 90 000 + 35 000 = 265 000 €", () => {
    const view = validateParametres(apply(...filled));
    expect(view.funding?.total).toBe(265_000);
    expect(view.funding?.fonctionnement).toBe(75_000);
  });

  test("toutes les missions finançables : le « financement total possible » de 315 000 €", () => {
    const view = validateParametres(
      apply(...filled, { type: "mission", key: "qualite", retained: true }, { type: "mission", key: "accompagnement", retained: true }),
    );
    expect(view.funding?.total).toBe(315_000);
  });

  test("scénario 0 % : parts fixes seules, 75 000 + 25 000 + 15 000 + 45 000 + 17 500 = 177 500 €", () => {
    const view = validateParametres(apply(...filled, set("taux", "0")));
    expect(view.funding?.variable).toBe(0);
    expect(view.funding?.total).toBe(177_500);
  });

  test("volet supplémentaire SNP : + 55 000 €, seulement avec l'accès aux soins", () => {
    const withSnp = apply(...filled, { type: "snp", retained: true });
    expect(validateParametres(withSnp).funding?.total).toBe(265_000 + 55_000);
    const accesDropped = parametresReducer(withSnp, { type: "mission", key: "acces", retained: false });
    expect(accesDropped.snp).toBe(false);
    expect(parametresReducer(accesDropped, { type: "snp", retained: true }).snp).toBe(false);
  });

  test("crise sanitaire : aucun montant dans la grille ACI 2019, comptée comme non financée", () => {
    const view = validateParametres(apply(...filled, { type: "mission", key: "crise", retained: true }));
    expect(view.funding?.total).toBe(265_000);
    expect(view.funding?.unfunded).toEqual(["crise"]);
  });
});

describe("choix envoyés au classeur", () => {
  test("un formulaire valide donne des WorkbookChoices, missions dans l'ordre du catalogue", () => {
    const form = apply(
      set("nom", "  CPTS du Pays Test "),
      set("population", "120 000"),
      set("signature", "2025-01-31"),
      set("taux", "80"),
      { type: "mission", key: "qualite", retained: true },
      { type: "mission", key: "acces", retained: false },
      { type: "mission", key: "acces", retained: true },
      { type: "snp", retained: true },
    );
    expect(validateParametres(form).choices).toEqual({
      nom: "CPTS du Pays Test",
      population: 120_000,
      tailleOverride: null,
      signature: serialFromDate({ year: 2025, month: 1, day: 31 }),
      versionId: "ACI 2019",
      taux: 0.8,
      missions: ["acces", "parcours", "prevention", "qualite"],
      snp: true,
      dateReference: null,
    });
  });

  test("les choix lus dans un classeur rouvert remplissent le formulaire à l'identique", () => {
    const choices = {
      nom: "CPTS Rouverte",
      population: null,
      tailleOverride: 2 as const,
      signature: serialFromDate({ year: 2024, month: 2, day: 29 }),
      versionId: "ACI 2019",
      taux: 0.725,
      missions: ["acces" as const, "prevention" as const, "accompagnement" as const],
      snp: false,
      dateReference: serialFromDate({ year: 2026, month: 1, day: 1 }),
    };
    const form = parametresReducer(initialForm(TODAY), { type: "load", choices });
    expect(form.signature).toBe("2024-02-29");
    expect(form.taux).toBe("72,5");
    expect(validateParametres(form).choices).toEqual(choices);
  });
});
