import { serialFromDate } from "../../src/domain";
import { parseClasseurArgs, type ClasseurCommand } from "../../src/cli/parseArgs";

const BASE = ["--population", "95000", "--signature", "2026-03-01", "--out", "cpts.xlsx"];

function run(argv: string[]) {
  const command = parseClasseurArgs(argv);
  if (command.kind !== "run") throw new Error(`expected run, got ${JSON.stringify(command)}`);
  return command.options;
}

function errorOf(argv: string[]): string {
  const command: ClasseurCommand = parseClasseurArgs(argv);
  if (command.kind !== "error") throw new Error(`expected an error, got ${JSON.stringify(command)}`);
  return command.message;
}

describe("parseClasseurArgs", () => {
  it("reads the brief's example into complete choices", () => {
    const o = run(["--population", "95000", "--signature", "2026-03-01", "--missions", "acces,parcours,prevention", "--out", "cpts.xlsx"]);
    expect(o).toEqual({
      out: "cpts.xlsx",
      force: false,
      choices: {
        nom: "CPTS",
        population: 95000,
        tailleOverride: null,
        signature: serialFromDate({ year: 2026, month: 3, day: 1 }),
        versionId: "ACI 2019",
        taux: 1,
        missions: ["acces", "parcours", "prevention"],
        snp: false,
        dateReference: null,
      },
    });
  });

  it("defaults to the socle missions of ACI 2019 and a 100 % taux", () => {
    const o = run(BASE);
    expect(o.choices.missions).toEqual(["acces", "parcours", "prevention"]);
    expect(o.choices.taux).toBe(1);
    expect(o.choices.snp).toBe(false);
  });

  it("accepts a French date, a taille instead of a population, and both together", () => {
    expect(run(["--taille", "2", "--signature", "01/03/2026", "--out", "a.xlsx"]).choices).toMatchObject({
      population: null,
      tailleOverride: 2,
      signature: serialFromDate({ year: 2026, month: 3, day: 1 }),
    });
    expect(run([...BASE, "--taille", "4"]).choices).toMatchObject({ population: 95000, tailleOverride: 4 });
    expect(run(["--population=80 000", "--signature=2026-03-01", "--out=a.xlsx"]).choices.population).toBe(80000);
  });

  it("reads missions by key or French label, accents and case ignored, snp in the list or as a flag", () => {
    expect(run([...BASE, "--missions", "Accès aux soins, parcours,Prévention,QUALITE,accompagnement,crise"]).choices.missions).toEqual([
      "acces",
      "parcours",
      "prevention",
      "qualite",
      "accompagnement",
      "crise",
    ]);
    expect(run([...BASE, "--missions", "acces,snp"]).choices).toMatchObject({ missions: ["acces"], snp: true });
    expect(run([...BASE, "--snp"]).choices.snp).toBe(true);
  });

  it("reads the taux as a fraction or a percentage, like the task pane and CPTS.TOTAL (1 = 100 %)", () => {
    for (const text of ["0.8", "0,8", "80%", "80 %", "80"]) expect(run([...BASE, "--taux", text]).choices.taux).toBeCloseTo(0.8, 12);
    expect(run([...BASE, "--taux", "0 %"]).choices.taux).toBe(0);
    expect(run([...BASE, "--taux", "1"]).choices.taux).toBe(1);
    expect(run([...BASE, "--taux", "1 %"]).choices.taux).toBeCloseTo(0.01, 12);
  });

  it("reads the population with French thousands separators (space, no-break spaces, dot)", () => {
    for (const text of ["80000", "80 000", "80\u00a0000", "80\u202f000", "80.000"])
      expect(run(["--population", text, "--signature", "2026-03-01", "--out", "a.xlsx"]).choices.population).toBe(80_000);
  });

  it("takes the name, the grid version and --force", () => {
    const o = run([...BASE, "--nom", "CPTS du Grand Est", "--version", "2019", "--force"]);
    expect(o.choices.nom).toBe("CPTS du Grand Est");
    expect(o.choices.versionId).toBe("ACI 2019");
    expect(o.force).toBe(true);
  });

  it("answers --help with the help, whatever else is there", () => {
    expect(parseClasseurArgs(["--help"])).toEqual({ kind: "help" });
    expect(parseClasseurArgs(["-h", "--population", "x"])).toEqual({ kind: "help" });
  });

  it.each([
    [[], /--population.*--taille/],
    [["--signature", "2026-03-01", "--out", "a.xlsx"], /--population.*--taille/],
    [["--population", "95000", "--out", "a.xlsx"], /--signature/],
    [["--population", "95000", "--signature", "2026-03-01"], /--out/],
    [["--population", "beaucoup", "--signature", "2026-03-01", "--out", "a.xlsx"], /--population : il faut un nombre entier d'habitants.*« beaucoup »/],
    [["--population", "95000.5", "--signature", "2026-03-01", "--out", "a.xlsx"], /--population : il faut un nombre entier d'habitants, sans décimale/],
    [["--population", "80,5", "--signature", "2026-03-01", "--out", "a.xlsx"], /--population : il faut un nombre entier d'habitants, sans décimale.*« 80,5 »/],
    [["--population", "12 000 000", "--signature", "2026-03-01", "--out", "a.xlsx"], /--population : il faut un nombre d'habitants d'au plus 10 000 000/],
    [["--population", "0", "--signature", "2026-03-01", "--out", "a.xlsx"], /--population : il faut un nombre d'habitants supérieur à 0.*« 0 »/],
    [["--taille", "5", "--signature", "2026-03-01", "--out", "a.xlsx"], /--taille : il faut 1, 2, 3 ou 4.*« 5 »/],
    [["--population", "95000", "--signature", "31/02/2026", "--out", "a.xlsx"], /--signature : il faut une date jj\/mm\/aaaa ou aaaa-mm-jj.*« 31\/02\/2026 »/],
    [["--population", "95000", "--signature", "demain", "--out", "a.xlsx"], /--signature/],
    [[...BASE, "--missions", "acces,urgences"], /--missions : mission inconnue « urgences »/],
    // Fonctionnement is always counted (as in CPTS.TOTAL): naming it alone retains no mission.
    [[...BASE, "--missions", "fonctionnement"], /--missions : au moins une mission/],
    [[...BASE, "--missions", " , "], /--missions : au moins une mission/],
    [[...BASE, "--missions", "parcours", "--snp"], /--snp.*acces/],
    [[...BASE, "--taux", "180"], /--taux : il faut un taux compris entre 0 et 100 %.*« 180 »/],
    [[...BASE, "--taux", "beaucoup"], /--taux : il faut un taux de 0 à 100 %.*1 = 100 %.*« beaucoup »/],
    [[...BASE, "--taux", "120%"], /--taux/],
    [[...BASE, "--version", "ACI 2030"], /--version : il faut la grille ACI 2019.*« ACI 2030 »/],
    [[...BASE, "--nom", "  "], /--nom/],
    [["--population", "95000", "--signature", "2026-03-01", "--out", "cpts.csv"], /--out : un nom de fichier se terminant par \.xlsx/],
    [["--population", "95000", "--signature", "2026-03-01", "--out", "dossier/.xlsx"], /--out/],
    [[...BASE, "--populaton", "3"], /Option inconnue : --populaton/],
    [[...BASE, "--out"], /Valeur manquante pour --out/],
    [[...BASE, "cpts.xlsx"], /Argument inattendu : « cpts.xlsx »/],
    [[...BASE, "--population", "80000"], /--population est donnée plusieurs fois/],
    [[...BASE, "--force=oui"], /--force s'emploie seul, sans valeur/],
    [["--population", "-5", "--signature", "2026-03-01", "--out", "a.xlsx"], /Valeur manquante pour --population.*--population=-/],
    [["--population=-5", "--signature", "2026-03-01", "--out", "a.xlsx"], /--population : il faut un nombre d'habitants supérieur à 0.*« -5 »/],
  ])("refuses %j with a French message naming what was expected", (argv, expected) => {
    expect(errorOf(argv as string[])).toMatch(expected);
  });
});
