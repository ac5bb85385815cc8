/** Runs the real `npm run classeur` command (and its node entry) in child processes. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { SHEET_KEYS, SHEET_NAMES } from "../../src/sheets/plan";

const ROOT = path.resolve(__dirname, "../..");
const ENTRY = path.join(ROOT, "scripts/classeur.js");
const EXAMPLE = ["--population", "95000", "--signature", "2026-03-01", "--missions", "acces,parcours,prevention"];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "classeur-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The command as a user types it, from their own directory (npm runs scripts from the package root). */
function npmRun(args: string[]) {
  const r = spawnSync("npm", ["run", "--silent", "--prefix", ROOT, "classeur", "--", ...args], { cwd: dir, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same entry without npm, for the many refusal cases; not an npm script, so its directory is the process's own. */
function node(args: string[]) {
  const env = { ...process.env };
  delete env.npm_lifecycle_event;
  delete env.INIT_CWD;
  const r = spawnSync(process.execPath, [ENTRY, ...args], { cwd: dir, env, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run classeur", () => {
  it("writes the workbook in the caller's directory and prints a French summary", async () => {
    const r = npmRun([...EXAMPLE, "--out", "cpts.xlsx"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const file = path.join(dir, "cpts.xlsx");
    expect(r.stdout).toContain(`Classeur écrit : ${file}`);
    expect(r.stdout).toContain("Taille : 3 (95 000 habitants)");
    // Seed 004, taille 3: fonctionnement 75 000; accès 25 000 + 25 000 + 15 000; parcours 45 000 + 45 000; prévention 17 500 + 17 500.
    const expected = 75_000 + (25_000 + 25_000 + 15_000) + (45_000 + 45_000) + (17_500 + 17_500);
    expect(expected).toBe(265_000);
    expect(r.stdout).toContain("Financement ACI annuel (CPTS_TotalACI, taux d'atteinte 100 %) : 265 000 €");
    expect(r.stdout).toMatch(/Graphique « .+ » \(feuille Budget prévisionnel\) non exporté/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEET_KEYS.map((k) => SHEET_NAMES[k]));
  });

  it("prints the French usage for --help and writes nothing", () => {
    const r = npmRun(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage : npm run classeur -- --population N --signature AAAA-MM-JJ --out fichier.xlsx/);
    expect(r.stdout).toContain("--force               remplace le fichier s'il existe déjà");
  });

  it("refuses to overwrite an existing file, and replaces it with --force", async () => {
    const file = path.join(dir, "cpts.xlsx");
    writeFileSync(file, "ancien contenu");
    const refused = node([...EXAMPLE, "--out", "cpts.xlsx"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`Le fichier ${file} existe déjà : ajoutez --force pour le remplacer`);
    expect(readFileSync(file, "utf8")).toBe("ancien contenu");

    const forced = node([...EXAMPLE, "--out", "cpts.xlsx", "--force"]);
    expect(forced.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets).toHaveLength(SHEET_KEYS.length);
  });

  it.each([
    ["no population nor taille", ["--signature", "2026-03-01"], "Il faut --population (nombre d'habitants) ou --taille (1 à 4)."],
    [
      "a bad population",
      ["--population", "beaucoup", "--signature", "2026-03-01"],
      "--population : il faut un nombre entier d'habitants, par exemple 120 000 ou 120.000 (reçu : « beaucoup »).",
    ],
    ["a taille out of 1–4", ["--taille", "5", "--signature", "2026-03-01"], "--taille : il faut 1, 2, 3 ou 4 (reçu : « 5 »)."],
    ["no signature", ["--population", "95000"], "Il faut --signature"],
    [
      "a bad signature",
      ["--population", "95000", "--signature", "2026-13-01"],
      "--signature : il faut une date jj/mm/aaaa ou aaaa-mm-jj (reçu : « 2026-13-01 »).",
    ],
    ["an unknown mission", [...EXAMPLE.slice(0, 4), "--missions", "acces,urgences"], "--missions : mission inconnue « urgences »"],
    ["snp without accès", [...EXAMPLE.slice(0, 4), "--missions", "parcours", "--snp"], "--snp : le volet supplémentaire SNP complète l'accès aux soins"],
    ["a bad taux", [...EXAMPLE, "--taux", "150%"], "--taux : il faut un taux compris entre 0 et 100 % (reçu : « 150% »)."],
    ["an unknown version", [...EXAMPLE, "--version", "ACI 2030"], "--version : il faut la grille ACI 2019 (reçu : « ACI 2030 »)."],
    ["an unknown option", [...EXAMPLE, "--populaton", "3"], "Option inconnue : --populaton."],
    ["a stray argument", [...EXAMPLE, "en trop"], "Argument inattendu : « en trop »."],
  ])("exits 2 with a French message and writes nothing on %s", (_case, args, message) => {
    const r = node([...args, "--out", "cpts.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain("Aide : npm run classeur -- --help");
    expect(r.stdout).toBe("");
    expect(existsSync(path.join(dir, "cpts.xlsx"))).toBe(false);
  });

  it("exits 2 when --out is missing, is not an .xlsx, or is in a folder that does not exist", () => {
    const missing = node(EXAMPLE);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Il faut --out : le fichier .xlsx à écrire.");

    const csv = node([...EXAMPLE, "--out", "cpts.csv"]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain("--out : un nom de fichier se terminant par .xlsx est attendu (reçu : « cpts.csv »).");
    expect(existsSync(path.join(dir, "cpts.csv"))).toBe(false);

    const noDir = node([...EXAMPLE, "--out", "absent/cpts.xlsx"]);
    expect(noDir.code).toBe(2);
    expect(noDir.stderr).toContain(`Le dossier ${path.join(dir, "absent")} n'existe pas`);
  });
});
