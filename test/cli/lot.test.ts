/**
 * `classeur --lot`: the command in process (runClasseur with a recording io, as scripts/classeur.js
 * calls it) on CSV files in a temporary folder, and once through the real entry in a child process.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { runClasseur } from "../../src/cli/classeur";
import { MISSIONS } from "../../src/domain";
import { PARAMETRES_NAMES, missionRetainedAddress, snpAddress } from "../../src/sheets/parametres";
import { SHEET_KEYS, SHEET_NAMES } from "../../src/sheets/plan";

const ROOT = path.resolve(__dirname, "../..");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "lot-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  out: string[];
  err: string[];
  status: string[];
}

/** The command as scripts/classeur.js runs it; `tty` gives it a status line as on a terminal. */
async function classeur(argv: string[], options: { tty?: boolean } = {}): Promise<Run> {
  const run: Run = { code: -1, out: [], err: [], status: [] };
  run.code = await runClasseur(argv, {
    cwd: dir,
    out: (l) => run.out.push(l),
    err: (l) => run.err.push(l),
    status: options.tty ? (l) => run.status.push(l) : undefined,
  });
  return run;
}

const csv = (name: string, text: string | Buffer): string => {
  writeFileSync(path.join(dir, name), text);
  return name;
};
const written = (folder = "sortie"): string[] => (existsSync(path.join(dir, folder)) ? readdirSync(path.join(dir, folder)).sort() : []);

/** A cell of Paramètres by its workbook name (PARAMETRES_NAMES holds absolute addresses). */
async function parametres(file: string): Promise<(address: string) => ExcelJS.CellValue> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.map((w) => w.name)).toEqual(SHEET_KEYS.map((k) => SHEET_NAMES[k]));
  const sheet = wb.getWorksheet(SHEET_NAMES.parametres)!;
  return (address) => sheet.getCell(address.replace(/\$/g, "")).value;
}

const HEADER = "nom;population;taille;signature;missions;snp;taux;version";

describe("classeur --lot", () => {
  it("writes one workbook per good line, reports each bad line with its number, and exits 1", async () => {
    const file = csv(
      "clients.csv",
      [
        HEADER,
        "CPTS Vallée;95 000;;01/03/2026;acces,parcours,prevention;oui;80 %;",
        "CPTS Mauvaise;beaucoup;;2026-01-15;acces;;;",
        '"CPTS ""Nord""; Est";;2;2026-01-15;"acces;parcours";non;;ACI 2019',
        "CPTS Sans date;12000;;;acces;;;",
        "CPTS Lac;12000;;2026-02-01;parcours;;0,5;",
      ].join("\n"),
    );
    const r = await classeur(["--lot", file, "--dossier", "sortie"]);
    expect(r.code).toBe(1);
    expect(written()).toEqual(["CPTS 'Nord'; Est.xlsx", "CPTS Lac.xlsx", "CPTS Vallée.xlsx"]);
    expect(r.err).toEqual([
      "Ligne 3 (CPTS Mauvaise) : population : il faut un nombre entier d'habitants, par exemple 120 000 ou 120.000 (reçu : « beaucoup »).",
      "Ligne 5 (CPTS Sans date) : valeur manquante : signature.",
    ]);
    const out = path.join(dir, "sortie");
    expect(r.out.filter((l) => l.startsWith("Classeur écrit"))).toEqual([
      `Classeur écrit (1/5, ligne 2) : ${path.join(out, "CPTS Vallée.xlsx")}`,
      `Classeur écrit (3/5, ligne 4) : ${path.join(out, "CPTS 'Nord'; Est.xlsx")}`,
      `Classeur écrit (5/5, ligne 6) : ${path.join(out, "CPTS Lac.xlsx")}`,
    ]);
    // The charts ExcelJS cannot write are said once for the batch, not once per workbook.
    // (Budget prévisionnel, Suivi budgétaire, Trésorerie: three charts.)
    expect(r.out.filter((l) => l.startsWith("Graphique"))).toHaveLength(3);
    expect(r.out[r.out.length - 1]).toBe(`3 classeurs écrits dans ${out} ; 2 lignes en erreur (lignes 3 et 5).`);

    // Each workbook holds its own line's choices.
    const vallee = await parametres(path.join(out, "CPTS Vallée.xlsx"));
    expect(vallee(PARAMETRES_NAMES.CPTS_Nom)).toBe("CPTS Vallée");
    expect(vallee(PARAMETRES_NAMES.CPTS_Population)).toBe(95000);
    expect(vallee(PARAMETRES_NAMES.CPTS_TailleForcee)).toBeNull();
    expect(vallee(PARAMETRES_NAMES.CPTS_TauxAtteinte)).toBe(0.8);
    expect(vallee(snpAddress())).toBe("Oui");
    const retained = (get: (a: string) => ExcelJS.CellValue) => MISSIONS.filter((m) => get(missionRetainedAddress(m.key)) === "Oui").map((m) => m.key);
    expect(retained(vallee)).toEqual(["acces", "parcours", "prevention"]);

    const nord = await parametres(path.join(out, "CPTS 'Nord'; Est.xlsx"));
    expect(nord(PARAMETRES_NAMES.CPTS_Nom)).toBe('CPTS "Nord"; Est');
    expect(nord(PARAMETRES_NAMES.CPTS_Population)).toBeNull();
    expect(nord(PARAMETRES_NAMES.CPTS_TailleForcee)).toBe(2);
    expect(nord(PARAMETRES_NAMES.CPTS_TauxAtteinte)).toBe(1);
    expect(nord(snpAddress())).toBe("Non");
    expect(retained(nord)).toEqual(["acces", "parcours"]);
  });

  it("reads Excel's « CSV UTF-8 » (BOM, CRLF, accented headers) and , separated files, and exits 0 when every line is written", async () => {
    const excel = csv(
      "excel.csv",
      "\uFEFFNom;Nombre d’habitants;Date de signature;Missions retenues;Taux d'atteinte\r\nCPTS Étang;45 000;15/01/2026;Accès aux soins;100 %\r\n;;;;\r\n",
    );
    const r = await classeur(["--lot", excel, "--dossier", "a"]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(written("a")).toEqual(["CPTS Étang.xlsx"]);
    expect(r.out[r.out.length - 1]).toBe(`1 classeur écrit dans ${path.join(dir, "a")} ; aucune ligne en erreur.`);
    const etang = await parametres(path.join(dir, "a", "CPTS Étang.xlsx"));
    expect(etang(PARAMETRES_NAMES.CPTS_Population)).toBe(45000);

    const comma = csv("comma.csv", 'nom,taille,signature,missions\nCPTS A,1,2026-01-15,"acces,parcours"\nCPTS B,4,2026-01-15,prevention\n');
    const c = await classeur(["--lot", comma, "--dossier", "b"]);
    expect(c.code).toBe(0);
    expect(written("b")).toEqual(["CPTS A.xlsx", "CPTS B.xlsx"]);
  });

  it("reads a Windows-1252 file with its accents, and says it was not UTF-8", async () => {
    const file = csv("ansi.csv", Buffer.from("nom;population;signature;missions\nCPTS Vall\xe9e;9000;2026-01-15;pr\xe9vention\n", "latin1"));
    const r = await classeur(["--lot", file, "--dossier", "sortie"]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([expect.stringMatching(/^Attention : .*ansi\.csv n'est pas en UTF-8 ; il est lu comme un CSV Windows \(Windows-1252\)/)]);
    expect(written()).toEqual(["CPTS Vallée.xlsx"]);
  });

  it("warns about unknown columns and numbers duplicate names", async () => {
    const file = csv("c.csv", "nom;population;signature;missions;commentaire\nCPTS A;9000;2026-01-15;acces;x\ncpts a;9000;2026-01-15;acces;y\n");
    const r = await classeur(["--lot", file, "--dossier", "sortie"]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      "Attention : colonne(s) ignorée(s) : « commentaire ». Colonnes reconnues : nom, population, taille, signature, missions, snp, taux, version.",
    ]);
    expect(written()).toEqual(["CPTS A.xlsx", "cpts a (2).xlsx"]);
  });

  it("refuses a CSV without the required columns with exit 2, and writes nothing (not even the folder)", async () => {
    const file = csv("c.csv", "nom;habitants;date\nCPTS A;9000;2026-01-15\n");
    const r = await classeur(["--lot", file, "--dossier", "sortie"]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      `Colonnes obligatoires absentes de ${path.join(dir, "c.csv")} : signature, missions. En-tête lu : « nom | habitants | date ». ` +
        "Colonnes obligatoires : nom, population ou taille, signature, missions ; facultatives : snp, taux, version. Aucun classeur écrit.",
    ]);
    expect(existsSync(path.join(dir, "sortie"))).toBe(false);
  });

  it.each([
    ["an empty file", "", /est vide : la première ligne doit nommer les colonnes/],
    ["a header only", "nom;population;signature;missions\r\n", /ne contient que la ligne d'en-tête : aucun classeur à écrire\.$/],
    ["a column twice", "nom;population;signature;missions;Nom\nA;1;2026-01-15;acces;B\n", /La colonne « nom » apparaît deux fois/],
  ])("refuses %s with exit 2 and writes nothing", async (_case, text, message) => {
    const r = await classeur(["--lot", csv("c.csv", text), "--dossier", "sortie"]);
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toMatch(message);
    expect(existsSync(path.join(dir, "sortie"))).toBe(false);
  });

  it.each([
    [["--lot", "c.csv"], "Il faut --dossier : le dossier où écrire les classeurs."],
    [["--lot", "c.xlsx", "--dossier", "s"], "--lot : un fichier .csv est attendu (reçu : « c.xlsx »)."],
    [["--lot", "absent.csv", "--dossier", "s"], `Le fichier ${path.join("DIR", "absent.csv")} n'existe pas.`],
    [
      ["--lot", "c.csv", "--dossier", "s", "--population", "9000"],
      "--population ne s'emploie pas avec --lot : chaque ligne du fichier CSV donne ses valeurs dans ses colonnes.",
    ],
    [["--lot", "c.csv", "--dossier", "s", "--vite"], "Option inconnue : --vite. Avec --lot, options attendues : --lot, --dossier, --force, --help."],
    [["--lot", "c.csv", "--dossier"], "Valeur manquante pour --dossier."],
    [["--lot", "c.csv", "--dossier", "s", "--lot", "d.csv"], "L'option --lot est donnée plusieurs fois : donnez-la une seule fois."],
  ])("exits 2 on bad options %j, with a French message", async (argv, message) => {
    csv("c.csv", `${HEADER}\nA;9000;;2026-01-15;acces;;;\n`);
    const r = await classeur(argv);
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe(message.replace("DIR", dir));
    expect(existsSync(path.join(dir, "s"))).toBe(false);
  });

  it("never overwrites an existing workbook without --force, and replaces it with --force", async () => {
    const file = csv("c.csv", `${HEADER}\nCPTS A;9000;;2026-01-15;acces;;;\nCPTS B;9000;;2026-01-15;acces;;;\n`);
    mkdirSync(path.join(dir, "sortie"));
    const existing = path.join(dir, "sortie", "CPTS A.xlsx");
    writeFileSync(existing, "le classeur du client");
    const refused = await classeur(["--lot", file, "--dossier", "sortie"]);
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([`Ligne 2 (CPTS A) : le fichier ${existing} existe déjà : ajoutez --force pour le remplacer.`]);
    expect(readFileSync(existing, "utf8")).toBe("le classeur du client");
    expect(written()).toEqual(["CPTS A.xlsx", "CPTS B.xlsx"]);

    const forced = await classeur(["--lot", file, "--dossier", "sortie", "--force"]);
    expect(forced.code).toBe(0);
    expect((await parametres(existing))(PARAMETRES_NAMES.CPTS_Nom)).toBe("CPTS A");
  });

  it("reports the line of a quote never closed, after writing the lines before it", async () => {
    const file = csv("c.csv", `${HEADER}\nCPTS A;9000;;2026-01-15;acces;;;\n\n"CPTS B;9000;;2026-01-15;acces;;;\nCPTS C;9000;;2026-01-15;acces;;;\n`);
    const r = await classeur(["--lot", file, "--dossier", "sortie"]);
    expect(r.code).toBe(1);
    expect(written()).toEqual(["CPTS A.xlsx"]);
    expect(r.err).toEqual(["Ligne 4 : un guillemet ouvert n'est jamais fermé : la suite du fichier n'a pas pu être lue."]);
  });

  it("on a terminal, draws a progress bar instead of one line per workbook, and clears it before each error", async () => {
    const file = csv("c.csv", `${HEADER}\nCPTS A;9000;;2026-01-15;acces;;;\nCPTS B;0;;2026-01-15;acces;;;\nCPTS C;9000;;2026-01-15;acces;;;\n`);
    const r = await classeur(["--lot", file, "--dossier", "sortie"], { tty: true });
    expect(r.code).toBe(1);
    expect(r.out.filter((l) => l.startsWith("Classeur écrit"))).toEqual([]);
    const bar = (done: number, name: string) => `[${"█".repeat(Math.round((done / 3) * 24))}${"░".repeat(24 - Math.round((done / 3) * 24))}] ${done}/3 ${name}`;
    expect(r.status).toEqual([bar(0, "CPTS A"), bar(1, "CPTS A"), bar(1, "CPTS B"), "", bar(2, "CPTS C"), bar(3, "CPTS C"), ""]);
    expect(r.out[r.out.length - 1]).toMatch(/^2 classeurs écrits dans .* ; 1 ligne en erreur \(ligne 3\)\.$/);
  });

  it("random CSV lines never crash the batch: every data line is written or reported (property)", async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom("", "95000", "3", "2026-03-01", "acces,parcours", "snp", "oui", "80 %", "ACI 2019", '"', ";", "\n", "--help"),
    );
    const noise = fc.array(value, { minLength: 1, maxLength: 9 }).map((values) => values.join(";"));
    // Good lines too, under any name: the names must still give distinct, writable files.
    const good = fc
      .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom("95000;", ";2", "12 000;3"), fc.constantFrom("acces", "parcours;;50 %", "acces;oui"))
      .map(([nom, size, rest]) => `"${nom.replace(/"/g, '""')}";${size};2026-03-01;${rest}`);
    const line = fc.oneof(noise, good);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 4 }), async (lines) => {
        const folder = `p${run++}`;
        const text = [HEADER, ...lines].join("\n");
        const r = await classeur(["--lot", csv(`${folder}.csv`, text), "--dossier", folder]);
        expect([0, 1, 2]).toContain(r.code);
        if (r.code === 2) {
          // Only a file with no data line at all is refused as a whole here (the header is right).
          expect(r.err.join("\n")).toContain("ne contient que la ligne d'en-tête");
          return;
        }
        const summary = /^(\d+) classeurs? écrits? dans .* ; (aucune|(\d+)) lignes? en erreur/.exec(r.out[r.out.length - 1]);
        expect(summary).not.toBeNull();
        const files = Number(summary![1]);
        const failed = summary![2] === "aucune" ? 0 : Number(summary![3]);
        expect(files + failed).toBeGreaterThan(0);
        expect(written(folder)).toHaveLength(files);
        expect(r.err.filter((l) => l.startsWith("Ligne "))).toHaveLength(failed);
        expect(r.code).toBe(failed > 0 ? 1 : 0);
      }),
      { numRuns: 15 },
    );
  });
});

describe("npm run classeur -- --lot (the real entry)", () => {
  it("writes the sample CSV of the guide with plain progress lines (stdout is not a terminal)", () => {
    const sample = path.join(ROOT, "docs/guide/exemple-lot.csv");
    const r = spawnSync("npm", ["run", "--silent", "--prefix", ROOT, "classeur", "--", "--lot", sample, "--dossier", "sortie"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 120_000,
    });
    const lines =
      readFileSync(sample, "utf8")
        .replace(/^\uFEFF/, "")
        .trim()
        .split(/\r?\n/).length - 1;
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain("\r");
    expect(r.stdout.match(/^Classeur écrit \(/gm)).toHaveLength(lines);
    expect(written()).toHaveLength(lines);
  });
});
