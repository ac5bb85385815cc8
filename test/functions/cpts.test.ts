/**
 * CPTS.* values and every error path with its French message. Figures are seed
 * 004's ACI 2019 grid; serials are Excel's, computed with Date.UTC in the test.
 */
import { ACI_2019, TAILLES, VoletOrTotal, aciAmount } from "../../src/domain";
import { aci, echeance, equilibre, retard, taille, total } from "../../src/functions/cpts";

const DAY = 86_400_000;
/** Excel serial of a date (≥ 01/03/1900), independent of the code under test. */
const serial = (day: number, month: number, year: number) => (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / DAY;

const valueError = (message: string) => ({ error: "#VALUE!", message });
const naError = (message: string) => ({ error: "#N/A", message });

describe("CPTS.ACI", () => {
  test('CPTS.ACI(3;"parcours") = 90 000 (seed 004: parcours taille 3, Total 90 000 €)', () => {
    expect(aci(3, "parcours")).toBe(90_000);
  });

  test.each([
    ["fonctionnement", undefined, [50_000, 60_000, 75_000, 90_000]],
    ["acces", undefined, [40_000, 47_000, 65_000, 80_000]],
    ["acces", "fixe", [15_000, 17_500, 25_000, 30_000]],
    ["acces", "variable", [15_000, 17_500, 25_000, 30_000]],
    ["acces", "compensation", [10_000, 12_000, 15_000, 20_000]],
    ["snp", undefined, [35_000, 45_000, 55_000, 70_000]],
    ["parcours", "fixe", [25_000, 35_000, 45_000, 50_000]],
    ["prevention", undefined, [20_000, 30_000, 35_000, 40_000]],
    ["qualite", "variable", [7_500, 10_000, 15_000, 20_000]],
    ["accompagnement", "total", [10_000, 15_000, 20_000, 30_000]],
  ] as const)("%s / %s for tailles 1–4 = seed 004", (mission, volet, expected) => {
    expect(TAILLES.map((t) => aci(t, mission, volet))).toEqual(expected);
  });

  test("every (mission, volet) the grid holds equals the domain's aciAmount", () => {
    const volets: VoletOrTotal[] = ["fixe", "variable", "compensation", "total"];
    for (const t of TAILLES)
      for (const item of ["acces", "parcours", "prevention", "qualite", "accompagnement"] as const)
        for (const v of volets) {
          const expected = aciAmount(ACI_2019, t, item, v);
          if (expected !== undefined) expect(aci(t, item, v)).toBe(expected);
        }
  });

  test.each([
    ["Accès aux soins", 65_000],
    ["ACCES", 65_000],
    ["accès", 65_000],
    ["  Parcours pluriprofessionnels ", 90_000],
    ["Missions en faveur de l'organisation de parcours pluriprofessionnels autour du patient", 90_000],
    ["Prévention", 35_000],
    ["Qualité et pertinence des soins", 30_000],
    ["accompagnement des professionnels", 20_000],
    ["Volet supplémentaire", 55_000],
    ["SNP", 55_000],
    ["Fonctionnement", 75_000],
    ["fonctionnement général", 75_000],
  ])("mission %p (key or French label, case and accents ignored), taille 3 → %i", (label, expected) => {
    expect(aci(3, label)).toBe(expected);
  });

  test.each([[3], ["3"], [" 3 "], [3.0], ["3,0"], ["Taille 3"], [[[3]]]])("taille %p is taille 3", (t) => {
    expect(aci(t, "parcours")).toBe(90_000);
  });

  test.each([["fixe"], ["Fixe"], [" FIXE "], ["volet fixe"]])("volet %p", (v) => {
    expect(aci(3, "parcours", v)).toBe(45_000);
  });

  test.each([[undefined], [null], [""], ["total"]])("volet %p defaults to total", (v) => {
    expect(aci(3, "acces", v)).toBe(65_000);
  });

  test.each([[undefined], [null], [""], ["ACI 2019"], ["aci 2019"], [2019], ["2019"]])("version %p is ACI 2019", (version) => {
    expect(aci(3, "parcours", "total", version)).toBe(90_000);
  });

  test.each([
    [5, "Taille attendue : 1, 2, 3 ou 4 (reçu : 5)"],
    [0, "Taille attendue : 1, 2, 3 ou 4 (reçu : vide ou 0)"],
    [2.5, "Taille attendue : 1, 2, 3 ou 4 (reçu : 2,5)"],
    ["trois", "Taille attendue : 1, 2, 3 ou 4 (reçu : « trois »)"],
    [null, "Taille attendue : 1, 2, 3 ou 4 (reçu : vide ou 0)"],
    ["", "Taille attendue : 1, 2, 3 ou 4 (reçu : vide ou 0)"],
    [true, "Taille attendue : 1, 2, 3 ou 4 (reçu : VRAI)"],
    [NaN, "Taille attendue : 1, 2, 3 ou 4 (reçu : valeur non numérique)"],
    [Infinity, "Taille attendue : 1, 2, 3 ou 4 (reçu : +infini)"],
    [[[1, 2]], "Taille attendue : 1, 2, 3 ou 4 (reçu : une plage de 2 cellules)"],
  ])("taille %p → #VALUE! %p", (t, message) => {
    expect(aci(t, "parcours")).toEqual(valueError(message));
  });

  test("unknown mission → #VALUE! naming the expected keys", () => {
    expect(aci(3, "urgences")).toEqual(
      valueError(
        "Mission attendue : fonctionnement, acces, snp, parcours, prevention, crise, qualite ou accompagnement, ou le libellé de la mission (reçu : « urgences »)",
      ),
    );
    expect(aci(3, null)).toEqual(
      valueError(
        "Mission attendue : fonctionnement, acces, snp, parcours, prevention, crise, qualite ou accompagnement, ou le libellé de la mission (reçu : vide ou 0)",
      ),
    );
  });

  test("unknown volet → #VALUE!", () => {
    expect(aci(3, "acces", "bonus")).toEqual(valueError("Volet attendu : fixe, variable, compensation ou total (reçu : « bonus »)"));
  });

  test("volets a mission cannot have → #VALUE! saying which ones it has", () => {
    expect(aci(3, "parcours", "compensation")).toEqual(
      valueError(
        "Le volet « compensation » n'existe que pour l'accès aux soins (mission reçue : Parcours pluriprofessionnels) : volet attendu fixe, variable ou total",
      ),
    );
    expect(aci(3, "fonctionnement", "variable")).toEqual(
      valueError("Le fonctionnement n'a qu'un montant fixe : volet attendu fixe ou total (reçu : variable)"),
    );
    expect(aci(3, "fonctionnement", "fixe")).toBe(75_000);
    expect(aci(3, "snp", "fixe")).toEqual(valueError("Le volet supplémentaire SNP n'a qu'un montant : volet attendu total ou vide (reçu : fixe)"));
  });

  test("unknown version → #VALUE! listing the versions", () => {
    expect(aci(3, "parcours", "total", "ACI 2030")).toEqual(valueError("Version de grille attendue : la grille ACI 2019 (reçu : « ACI 2030 »)"));
  });

  test("crise sanitaire in ACI 2019 → #N/A: the figure is not in that version", () => {
    const expected = naError("Montant absent de la grille « ACI 2019 » : « Gestion de crise sanitaire » ne figure pas dans cette version");
    expect(aci(3, "crise")).toEqual(expected);
    expect(aci(1, "Gestion de crise sanitaire", "fixe")).toEqual(expected);
  });

  test("the first wrong argument is the one reported", () => {
    expect(aci(9, "urgences", "bonus")).toEqual(valueError("Taille attendue : 1, 2, 3 ou 4 (reçu : 9)"));
  });
});

describe("CPTS.TAILLE", () => {
  test.each([
    [39_999, 1],
    [40_000, 2],
    [79_999, 2],
    [80_000, 3],
    [175_000, 3],
    [175_001, 4],
    ["80 000", 3],
    ["80.000", 3],
    ["80\u202f000", 3],
    ["175.001", 4],
    ["175 000,0", 3],
    [[[120_000]], 3],
    [1, 1],
    [10_000_000, 4],
  ])("population %p → taille %i", (population, expected) => {
    expect(taille(population)).toBe(expected);
  });

  const NOT_WHOLE =
    "un nombre entier d'habitants, sans décimale (la virgule, ou un point qui n'est pas suivi de 3 chiffres, marque des décimales : écrivez 80 500 ou 80.500)";
  test.each([
    [-1, "-1", "un nombre d'habitants supérieur à 0"],
    [0, "vide ou 0", "un nombre d'habitants supérieur à 0"],
    [null, "vide ou 0", "un nombre d'habitants supérieur à 0"],
    ["beaucoup", "« beaucoup »", "un nombre entier d'habitants, par exemple 120 000 ou 120.000"],
    [false, "FAUX", "un nombre entier d'habitants, par exemple 120 000 ou 120.000"],
    [-Infinity, "-infini", "un nombre entier d'habitants, par exemple 120 000 ou 120.000"],
    ["80,5", "« 80,5 »", NOT_WHOLE],
    ["80.5", "« 80.5 »", NOT_WHOLE],
    [80.5, "80,5", NOT_WHOLE],
    ["80.50", "« 80.50 »", NOT_WHOLE],
    ["8 0000", "« 8 0000 »", "un nombre d'habitants aux milliers groupés par 3 chiffres, par exemple 1 250 000 ou 1.250.000"],
    [10_000_001, "10000001", "un nombre d'habitants d'au plus 10 000 000 (vérifiez la saisie)"],
    ["12.000.000", "« 12.000.000 »", "un nombre d'habitants d'au plus 10 000 000 (vérifiez la saisie)"],
  ])("population %p → #VALUE!", (population, got, expected) => {
    expect(taille(population)).toEqual(valueError(`Population attendue : ${expected} (reçu : ${got})`));
  });
});

describe("CPTS.TOTAL", () => {
  // Seed 004, taille 3: 75 000 + accès 65 000 + parcours 90 000 + prévention 35 000.
  test("socles at 100 %: 265 000 €; taux omitted or empty: 0 %, the fixed volets only (177 500 €)", () => {
    expect(total(3, [["acces"], ["parcours"], ["prevention"]], 1)).toBe(265_000);
    expect(total(3, [["acces"], ["parcours"], ["prevention"]])).toBe(177_500);
  });

  test.each([
    ["acces,parcours,prevention"],
    ["acces; parcours ;prevention"],
    ["Accès aux soins,Parcours pluriprofessionnels,Prévention"],
    [
      [
        ["acces", null, ""],
        [null, "parcours", "prevention"],
      ],
    ],
    [[["acces"], ["acces,parcours"], ["prevention"], ["fonctionnement"]]],
  ])("missions %p (range of any shape, text list, duplicates, blanks) → 265 000 €", (missions) => {
    expect(total(3, missions, "100 %")).toBe(265_000);
  });

  const ALL = "acces,parcours,prevention,qualite,accompagnement";
  test("every mission = « Financement total possible » 185 000 / 242 000 / 315 000 / 380 000 €", () => {
    expect(TAILLES.map((t) => total(t, ALL, 1))).toEqual([185_000, 242_000, 315_000, 380_000]);
  });

  test("with the volet supplémentaire: 220 000 / 287 000 / 370 000 / 450 000 €", () => {
    expect(TAILLES.map((t) => total(t, ALL + ",snp", 1))).toEqual([220_000, 287_000, 370_000, 450_000]);
  });

  test.each([
    [0, 177_500],
    [1, 265_000],
    ["1", 265_000],
    ["100", 265_000],
    ["1 %", 177_500 + 875],
    [0.8, 247_500],
    [80, 247_500],
    ["80", 247_500],
    ["80 %", 247_500],
    ["80%", 247_500],
    ["80\u00a0%", 247_500],
    ["0,8", 247_500],
    ["0.8", 247_500],
    [[[0.8]], 247_500],
    [1.5, 177_500 + 1312.5],
    [null, 177_500],
    ["", 177_500],
  ])("taux %p → %i € (variable volets only are scaled)", (taux, expected) => {
    expect(total(3, "acces,parcours,prevention", taux)).toBe(expected);
  });

  test("amounts are rounded to the cent", () => {
    // Seed 004 taille 2: 60 000 + accès 17 500 fixe + 12 000 compensation + 17 500 × 0.3 variable.
    expect(total(2, "acces", 0.3)).toBe(94_750);
  });

  test("no mission: fonctionnement only", () => {
    expect(total(4, [[null]])).toBe(90_000);
    expect(total(4, "")).toBe(90_000);
  });

  const TAUX_NOT_NUMBER =
    "un taux de 0 à 100 % : « 80 % », « 80 » ou « 0,8 » (sans le signe %, un nombre de 0 à 1 est une fraction : 1 = 100 % ; écrivez « 1 % » pour 1 %)";
  test.each([
    [101, "101", "un taux compris entre 0 et 100 %"],
    ["120 %", "« 120 % »", "un taux compris entre 0 et 100 %"],
    [-0.1, "-0,1", "un taux compris entre 0 et 100 %"],
    ["beaucoup", "« beaucoup »", TAUX_NOT_NUMBER],
    [true, "VRAI", TAUX_NOT_NUMBER],
  ])("taux %p → #VALUE!", (taux, got, expected) => {
    expect(total(3, "acces", taux)).toEqual(valueError(`Taux d'atteinte attendu : ${expected} (reçu : ${got})`));
  });

  test("unknown mission or a number among the missions → #VALUE!", () => {
    const msg = (got: string) =>
      `Missions attendues : une plage ou un texte « acces,parcours » de clés acces, snp, parcours, prevention, crise, qualite, accompagnement (reçu : ${got})`;
    expect(total(3, "acces,urgences")).toEqual(valueError(msg("« urgences »")));
    expect(total(3, [["acces"], [42]])).toEqual(valueError(msg("42")));
  });

  test("volet supplémentaire without accès aux soins → #VALUE!", () => {
    expect(total(3, "parcours,snp")).toEqual(valueError("Le volet supplémentaire SNP complète l'accès aux soins : ajoutez « acces » aux missions"));
  });

  test("crise sanitaire in ACI 2019 → #N/A (never a total that silently leaves it out)", () => {
    expect(total(3, "acces,crise")).toEqual(
      naError("Montant absent de la grille « ACI 2019 » : « Gestion de crise sanitaire » ne figure pas dans cette version"),
    );
  });

  test("bad taille → #VALUE!", () => {
    expect(total("5", "acces")).toEqual(valueError("Taille attendue : 1, 2, 3 ou 4 (reçu : « 5 »)"));
  });
});

describe("CPTS.ECHEANCE", () => {
  test("31/08/2025 + 6 months (accès, démarrage) = 28/02/2026", () => {
    expect(echeance("31/08/2025", "acces", "demarrage")).toBe(serial(28, 2, 2026));
    expect(echeance(serial(31, 8, 2025), "Accès aux soins", "Démarrage")).toBe(serial(28, 2, 2026));
  });

  test("jalon defaults to déploiement: 31/08/2025 + 18 months = 28/02/2027", () => {
    expect(echeance("31/08/2025", "acces")).toBe(serial(28, 2, 2027));
    expect(echeance("31/08/2025", "acces", "")).toBe(serial(28, 2, 2027));
    expect(echeance("31/08/2025", "acces", "déploiement")).toBe(serial(28, 2, 2027));
  });

  test("leap years: 31/08/2023 + 6 = 29/02/2024; 29/02/2024 + 12 = 28/02/2025", () => {
    expect(echeance("2023-08-31", "acces", "demarrage")).toBe(serial(29, 2, 2024));
    expect(echeance(serial(29, 2, 2024), "parcours", "demarrage")).toBe(serial(28, 2, 2025));
  });

  test.each([
    ["acces", 6, 18],
    ["snp", 6, 18],
    ["parcours", 12, 24],
    ["prevention", 12, 24],
    ["crise", 6, 18],
  ] as const)("%s: démarrage +%i months, déploiement +%i months (seeds 004, 001)", (mission, start, deploy) => {
    const s = serial(15, 1, 2024);
    const plus = (months: number) => serial(15, 1 + (months % 12), 2024 + Math.floor(months / 12));
    expect(echeance(s, mission, "demarrage")).toBe(plus(start));
    expect(echeance(s, mission, "deploiement")).toBe(plus(deploy));
  });

  test("the time of day of the signature is dropped", () => {
    expect(echeance(serial(15, 1, 2024) + 0.75, "parcours", "demarrage")).toBe(serial(15, 1, 2025));
  });

  test.each([
    ["qualite", "Qualité et pertinence des soins"],
    ["accompagnement", "Accompagnement des professionnels"],
  ])("%s has no deadline → #N/A", (mission, label) => {
    expect(echeance("31/08/2025", mission)).toEqual(naError(`Pas d'échéance fixée par l'ACI pour « ${label} »`));
  });

  test("fonctionnement has no deadline → #N/A", () => {
    expect(echeance("31/08/2025", "fonctionnement")).toEqual(
      naError("Le fonctionnement général n'a pas d'échéance : indiquez une mission (acces, parcours, prevention ou crise)"),
    );
  });

  test.each([
    ["31/02/2025", "« 31/02/2025 »"],
    ["demain", "« demain »"],
    [null, "vide ou 0"],
    [true, "VRAI"],
  ])("signature %p → #VALUE!", (signature, got) => {
    expect(echeance(signature, "acces")).toEqual(
      valueError(`Date de signature attendue : une date, un numéro de série Excel ou un texte jj/mm/aaaa ou aaaa-mm-jj (reçu : ${got})`),
    );
  });

  test("serials outside Excel's calendar → #VALUE!", () => {
    expect(echeance(10, "acces")).toEqual(valueError("Date de signature attendue : une date du 01/03/1900 au 31/12/9999, le calendrier d'Excel (reçu : 10)"));
    expect(echeance(serial(31, 12, 9999), "acces")).toEqual(valueError("Échéance hors du calendrier d'Excel (du 01/03/1900 au 31/12/9999)"));
  });

  test("unknown jalon → #VALUE!", () => {
    expect(echeance("31/08/2025", "acces", "fin")).toEqual(valueError("Jalon attendu : demarrage ou deploiement (reçu : « fin »)"));
  });
});

describe("CPTS.RETARD (date_ref given or today supplied)", () => {
  const ref = serial(15, 3, 2025);
  test.each([
    [ref - 1, "En cours", "En retard de 1 j"],
    [ref - 31, "Non démarré", "En retard de 31 j"],
    [ref, "En cours", "Échéance aujourd'hui"],
    [ref + 1, null, "Échéance dans 1 j"],
    [ref + 30, "", "Échéance dans 30 j"],
    [ref + 31, "En cours", "Dans les temps"],
    [ref - 100, "Terminé", "Terminé"],
    [ref - 100, "termine", "Terminé"],
    [ref - 100, "ABANDONNÉ", "Abandonné"],
    [null, "En cours", "Échéance à fixer"],
    ["", null, "Échéance à fixer"],
    [null, "Terminé", "Terminé"],
  ])("échéance %p, avancement %p → %p", (e, a, expected) => {
    expect(retard(e, a, ref, 0)).toBe(expected);
  });

  test("dates as text, for the échéance and the date_ref", () => {
    expect(retard("14/03/2025", "En cours", "15/03/2025", 0)).toBe("En retard de 1 j");
    expect(retard("2025-04-14", "En cours", "2025-03-15", 0)).toBe("Échéance dans 30 j");
  });

  test("without date_ref, `today` is the reference", () => {
    expect(retard(ref, "En cours", null, ref)).toBe("Échéance aujourd'hui");
    expect(retard(ref, "En cours", undefined, ref + 2)).toBe("En retard de 2 j");
    expect(retard(ref, "En cours", "", ref - 5)).toBe("Échéance dans 5 j");
  });

  test("errors name what was expected", () => {
    expect(retard("bientôt", "En cours", ref, 0)).toEqual(
      valueError("Échéance attendue : une date, un numéro de série Excel ou un texte jj/mm/aaaa ou aaaa-mm-jj (reçu : « bientôt »)"),
    );
    expect(retard(ref, "fini", ref, 0)).toEqual(valueError("État d'avancement attendu : Non démarré, En cours, Terminé, Abandonné ou vide (reçu : « fini »)"));
    expect(retard(ref, 1, ref, 0)).toEqual(valueError("État d'avancement attendu : Non démarré, En cours, Terminé, Abandonné ou vide (reçu : 1)"));
    expect(retard(ref, "En cours", "hier", 0)).toEqual(
      valueError("Date de référence attendue : une date, un numéro de série Excel ou un texte jj/mm/aaaa ou aaaa-mm-jj (reçu : « hier »)"),
    );
  });
});

describe("CPTS.EQUILIBRE", () => {
  test.each([
    [1000, 1000, undefined, "Équilibré"],
    [
      [
        [1000, null],
        [250.5, ""],
      ],
      [[0]],
      undefined,
      "Déficit de 1 250,50 €",
    ],
    [[[1000], [250]], 0, undefined, "Déficit de 1 250 €"],
    [1000, [[1000, 300]], undefined, "Excédent de 300 €"],
    [1000, 1010, 10, "Équilibré"],
    [1000, 1010.01, 10, "Excédent de 10,01 €"],
    [[[null, null]], [[""]], undefined, "Équilibré"],
    ["1 250,50", 0, undefined, "Déficit de 1 250,50 €"],
    [[[0.1, 0.2]], 0.3, null, "Équilibré"],
    [[[[1, [2]]]], 3, "", "Équilibré"],
  ])("dépenses %p, ressources %p, tolérance %p → %p", (d, r, tol, expected) => {
    expect(equilibre(d, r, tol)).toBe(expected);
  });

  test("a cell that is not an amount → #VALUE! naming the side", () => {
    expect(equilibre([[100, "abc"]], 100)).toEqual(valueError("Dépenses attendues : des montants en euros ou des cellules vides (reçu : « abc »)"));
    expect(equilibre(100, [[true]])).toEqual(valueError("Ressources attendues : des montants en euros ou des cellules vides (reçu : VRAI)"));
    expect(equilibre(NaN, 1)).toEqual(valueError("Dépenses attendues : des montants en euros ou des cellules vides (reçu : valeur non numérique)"));
  });

  test("amounts beyond 1 000 milliards → #VALUE!", () => {
    expect(equilibre(1e13, 0)).toEqual(valueError("Dépenses : montant hors limites (au-delà de 1 000 milliards d'euros)"));
    expect(equilibre(0, [[9e11, 9e11]])).toEqual(valueError("Ressources : montant hors limites (au-delà de 1 000 milliards d'euros)"));
  });

  test.each([
    [-1, "-1"],
    ["beaucoup", "« beaucoup »"],
    [false, "FAUX"],
  ])("tolérance %p → #VALUE!", (tol, got) => {
    expect(equilibre(1, 1, tol)).toEqual(valueError(`Tolérance attendue : un montant positif ou nul en euros (reçu : ${got})`));
  });
});

describe("Excel for Windows passes an empty cell as 0 (issue OfficeDev/office-js#4702): 0 counts as empty where it cannot be a value", () => {
  const ref = serial(15, 3, 2025);
  test("CPTS.RETARD: échéance 0 is « à fixer », avancement 0 is not started, date_ref 0 is today", () => {
    expect(retard(0, "En cours", ref, 0)).toBe("Échéance à fixer");
    expect(retard(ref, 0, ref, 0)).toBe("Échéance aujourd'hui");
    expect(retard(ref - 2, "En cours", 0, ref)).toBe("En retard de 2 j");
    expect(retard(ref, "En cours", [[0]], ref + 1)).toBe("En retard de 1 j");
  });

  test("optional volet, version and jalon of 0 take their defaults; 0 in a missions range is a blank cell", () => {
    expect(aci(3, "acces", 0, 0)).toBe(65_000);
    expect(echeance("31/08/2025", "acces", 0)).toBe(serial(28, 2, 2027));
    expect(total(3, [["acces"], [0], ["parcours"], [0]], 1)).toBe(75_000 + 65_000 + 90_000);
  });

  test("a required date of 0 says the cell looks empty", () => {
    expect(echeance(0, "acces")).toEqual(
      valueError("Date de signature attendue : une date, un numéro de série Excel ou un texte jj/mm/aaaa ou aaaa-mm-jj (reçu : vide ou 0)"),
    );
  });

  test("where 0 is a value it stays one: taux 0 %, tolérance 0, amounts 0", () => {
    expect(total(3, "acces,parcours,prevention", 0)).toBe(177_500);
    expect(equilibre([[0, 100]], 100, 0)).toBe("Équilibré");
  });
});

describe("Excel data types (allowCustomDataForDataTypeAny): a cell value object counts as its basicValue", () => {
  test("formatted numbers and entities", () => {
    expect(aci({ type: "Double", basicValue: 3 }, { type: "String", basicValue: "parcours" })).toBe(90_000);
    expect(echeance({ type: "FormattedNumber", basicValue: serial(31, 8, 2025), numberFormat: "dd/mm/yyyy" }, "acces", "demarrage")).toBe(serial(28, 2, 2026));
    expect(equilibre([[{ type: "Double", basicValue: 10 }]], 10)).toBe("Équilibré");
  });
});
