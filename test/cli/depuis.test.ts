/**
 * `classeur --depuis`: a client's filled workbook regenerated from the command line keeps every value,
 * formula and added row of theirs, their own sheet and their sheet names, with the changes applied and
 * the totals right (recalculated in LibreOffice); refusals write nothing.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { recalculate } from "../../scripts/xlsx-recalc";
import { DEFAULT_GRID_VERSION, annualFunding, findGridVersion, serialFromDate } from "../../src/domain";
import { runClasseur } from "../../src/cli/classeur";
import { choicesFromParametres, parametresAddresses } from "../../src/sheets/carryOver/choices";
import { planWorkbook } from "../../src/sheets/workbook";
import { CellValue, SHEET_NAMES, SheetKey, WorkbookChoices } from "../../src/sheets/plan";
import { READ_MESSAGES } from "../../src/xlsx/readMessages";
import { ReadWorkbook, readWorkbookFile } from "../../src/xlsx/readWorkbook";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "depuis-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runClasseur(args, { cwd: dir, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function readOk(file: string): Promise<ReadWorkbook> {
  const result = await readWorkbookFile(readFileSync(path.join(dir, file)));
  if (!result.ok) throw new Error(result.message);
  return result.read;
}

function storedChoices(read: ReadWorkbook): WorkbookChoices | null {
  const p = read.ours.parametres!;
  return choicesFromParametres(p.values!, parametresAddresses(read.names, p.name));
}

const rowOfKey = (ws: ExcelJS.Worksheet, key: string): number => {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === key) return r;
  throw new Error(`no row ${key} on ${ws.name}`);
};

/** 0-based row of a key in a read grid. */
const gridRow = (grid: CellValue[][], key: string): number => grid.findIndex((row) => row[0] === key);

const BASE = ["--population", "95000", "--signature", "2026-03-01", "--missions", "acces,parcours,prevention", "--nom", "CPTS du Val"];

/** What a client types, as ExcelJS puts it in the file (column numbers 0-based like the plans). */
interface Typed {
  sheet: SheetKey;
  key: string;
  col: number;
  /** What the cell holds in the file. */
  file: ExcelJS.CellValue;
  /** What the grid reads back (formula text, serial for a date). */
  read: CellValue;
}

const AMOUNT = 3;
const SIGNED = serialFromDate({ year: 2026, month: 3, day: 1 });

function budgetDepKeys(): string[] {
  const plan = planWorkbook({
    nom: "x",
    population: 95_000,
    tailleOverride: null,
    signature: SIGNED,
    versionId: DEFAULT_GRID_VERSION.id,
    taux: 1,
    missions: ["acces", "parcours", "prevention"],
    snp: false,
    dateReference: null,
  });
  return plan.sheets
    .find((s) => s.key === "budget")!
    .rows.map((r) => r.key)
    .filter((k) => /^budget:.+:dep:/.test(k));
}

function clientEdits(): Typed[] {
  const [dep1, dep2, dep3] = budgetDepKeys();
  return [
    { sheet: "budget", key: dep1, col: AMOUNT, file: 42_000, read: 42_000 },
    { sheet: "budget", key: dep2, col: AMOUNT, file: 12_500, read: 12_500 },
    { sheet: "budget", key: dep3, col: AMOUNT, file: { formula: "2*5000" } as ExcelJS.CellFormulaValue, read: "=2*5000" },
    { sheet: "budget", key: "budget:parcours:res:fir", col: AMOUNT, file: 8_000, read: 8_000 },
    { sheet: "fdrElaboration", key: "elab:projet-redaction", col: 4, file: "0612345678", read: "0612345678" },
    {
      sheet: "fdrElaboration",
      key: "elab:projet-redaction",
      col: 5,
      file: new Date(Date.UTC(2026, 1, 2)),
      read: serialFromDate({ year: 2026, month: 2, day: 2 }),
    },
    { sheet: "fdrElaboration", key: "elab:projet-redaction", col: 8, file: "En cours", read: "En cours" },
    { sheet: "fdrOperationnelle", key: "op:acces:1", col: 11, file: "=SOMME à prévoir avec la CPAM", read: "=SOMME à prévoir avec la CPAM" },
  ];
}

const NOTES = "Mes notes";

/** Fills the file as a client would in Excel: values, a formula, an added row, a renamed sheet, a sheet of their own. */
async function fillAsClient(file: string, edits: Typed[], names: Record<SheetKey, string>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  for (const e of edits) {
    const ws = wb.getWorksheet(names[e.sheet])!;
    ws.getCell(rowOfKey(ws, e.key), e.col + 1).value = e.file;
  }
  const budget = wb.getWorksheet(names.budget)!;
  // A row inserted under the first expense line: column A empty.
  const anchor = rowOfKey(budget, edits[0].key);
  budget.spliceRows(anchor + 1, 0, []);
  budget.getCell(anchor + 1, 2).value = "Loyer du local";
  budget.getCell(anchor + 1, AMOUNT + 1).value = 3_000;
  budget.name = "Budget client";
  const notes = wb.addWorksheet(NOTES);
  notes.getCell("A1").value = "Suivi des réunions";
  notes.getCell("A1").font = { bold: true };
  notes.getCell("B2").value = 12;
  notes.getCell("B3").value = { formula: "B2*2", result: 24 } as ExcelJS.CellFormulaValue;
  notes.getCell("B4").value = "007";
  notes.getColumn(1).width = 30;
  const out = `rempli-${file}`;
  await wb.xlsx.writeFile(path.join(dir, out));
  return out;
}

/** The value a recalculated named cell shows (the totals are never 0, so ExcelJS keeps their results). */
function named(wb: ExcelJS.Workbook, name: string): unknown {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const range = model.find((n) => n.name === name)?.ranges[0];
  const m = range ? /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range) : null;
  if (!m) throw new Error(`name ${name} missing (${range})`);
  const v = wb.getWorksheet(m[1].replace(/''/g, "'"))!.getCell(`${m[2]}${m[3]}`).value;
  return v !== null && typeof v === "object" && "result" in v ? v.result : v;
}

describe("classeur --depuis", () => {
  it(
    "regenerates a filled client file with another taille and missions: every value, formula and added row kept, their sheet untouched, totals right in LibreOffice",
    async () => {
      expect((await run([...BASE, "--out", "client.xlsx"])).code).toBe(0);
      const edits = clientEdits();
      const filled = await fillAsClient("client.xlsx", edits, SHEET_NAMES);
      const before = await readOk(filled);

      const r = await run(["--depuis", filled, "--taille", "4", "--missions", "acces,parcours,prevention,crise", "--out", "client-2027.xlsx"]);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out).toContain("Feuille « Budget client » (Budget prévisionnel) : 4 cellules saisies et 1 ligne ajoutée reprises.");
      expect(r.out).toContain("Feuille « FdR Élaboration » : 3 cellules saisies et 0 ligne ajoutée reprises.");
      expect(r.out).toContain(`Feuilles du client gardées telles quelles : « ${NOTES} ».`);

      const after = await readOk("client-2027.xlsx");
      expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
      // The changes applied, the rest of the stored choices kept.
      expect(storedChoices(after)).toEqual({ ...storedChoices(before)!, tailleOverride: 4, missions: ["acces", "parcours", "prevention", "crise"] });
      for (const e of edits) {
        const grid = after.ours[e.sheet]!.formulas;
        const row = gridRow(grid, e.key);
        expect(row).toBeGreaterThan(0);
        expect([e.key, grid[row][e.col]]).toEqual([e.key, e.read]);
      }
      const budget = after.ours.budget!.formulas;
      const anchor = gridRow(budget, edits[0].key);
      expect(budget[anchor + 1].slice(0, AMOUNT + 1)).toEqual(["", "Loyer du local", "", 3_000]);

      // Their sheet: values, formula, font and width as they left them.
      const theirs = after.workbook.getWorksheet(NOTES)!;
      expect(theirs.getCell("A1").value).toBe("Suivi des réunions");
      expect(theirs.getCell("A1").font?.bold).toBe(true);
      expect(theirs.getCell("B2").value).toBe(12);
      expect(theirs.getCell("B3").formula).toBe("B2*2");
      expect(theirs.getCell("B4").value).toBe("007");
      expect(theirs.getColumn(1).width).toBe(30);

      // Totals recalculated outside Excel.
      const outDir = path.join(dir, "recalc");
      recalculate(path.join(dir, "client-2027.xlsx"), outDir, { timeoutMs: 15 * 60_000 });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(outDir, "client-2027.xlsx"));
      const version = findGridVersion(storedChoices(after)!.versionId)!;
      const aci = annualFunding(version, 4, { missions: ["acces", "parcours", "prevention", "crise"], snp: false }, 1).total;
      expect(named(wb, "CPTS_Taille")).toBe(4);
      expect(named(wb, "CPTS_TotalACI")).toBe(aci);
      expect(named(wb, "CPTS_TotalDepenses")).toBe(42_000 + 12_500 + 10_000 + 3_000);
      expect(named(wb, "CPTS_TotalRessources")).toBe(aci + 8_000);
    },
    20 * 60_000,
  );

  it("without changes, regenerates with the file's own choices", async () => {
    const args = ["--taille", "2", "--signature", "15/09/2025", "--missions", "acces,crise", "--snp", "--taux", "72,5%", "--nom", "CPTS Sud"];
    expect((await run([...args, "--out", "a.xlsx"])).code).toBe(0);
    const r = await run(["--depuis", "a.xlsx", "--out", "b.xlsx"]);
    expect(r.code).toBe(0);
    const a = storedChoices(await readOk("a.xlsx"));
    expect(a).toMatchObject({ nom: "CPTS Sud", tailleOverride: 2, missions: ["acces", "crise"], snp: true, taux: 0.725 });
    expect(storedChoices(await readOk("b.xlsx"))).toEqual(a);
  });

  describe("refusals: a French reason, nothing written", () => {
    const files = () => readdirSync(dir).sort();

    it.each([
      [
        "a workbook that is not ours",
        async () => {
          const wb = new ExcelJS.Workbook();
          wb.addWorksheet("Feuil1").getCell("A1").value = "Budget";
          await wb.xlsx.writeFile(path.join(dir, "in.xlsx"));
        },
        READ_MESSAGES.notOurs,
      ],
      [
        "a damaged workbook",
        async () => {
          expect((await run([...BASE, "--out", "whole.xlsx"])).code).toBe(0);
          const whole = readFileSync(path.join(dir, "whole.xlsx"));
          writeFileSync(path.join(dir, "in.xlsx"), whole.subarray(0, whole.length - 2000));
        },
        "Ce classeur est endommagé ou illisible",
      ],
      [
        "an encrypted workbook",
        async () => {
          const compound = Buffer.alloc(2048);
          compound.writeUInt32BE(0xd0cf11e0, 0);
          Buffer.from("EncryptedPackage", "utf16le").copy(compound, 1024);
          writeFileSync(path.join(dir, "in.xlsx"), compound);
        },
        READ_MESSAGES.encrypted,
      ],
    ])("%s", async (_label, make, reason) => {
      await make();
      const present = files();
      const r = await run(["--depuis", "in.xlsx", "--out", "out.xlsx"]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(reason);
      expect(r.err).toContain("Rien n'a été écrit.");
      expect(files()).toEqual(present);
    });

    it("an .xls file", async () => {
      writeFileSync(path.join(dir, "vieux.xls"), Buffer.alloc(512));
      const r = await run(["--depuis", "vieux.xls", "--out", "out.xlsx"]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("format Excel 97-2003 (.xls)");
      expect(existsSync(path.join(dir, "out.xlsx"))).toBe(false);
    });

    it("an existing output without --force, the input itself as output, a missing input", async () => {
      expect((await run([...BASE, "--out", "client.xlsx"])).code).toBe(0);
      writeFileSync(path.join(dir, "deja.xlsx"), "mine");
      const exists = await run(["--depuis", "client.xlsx", "--out", "deja.xlsx"]);
      expect(exists.code).toBe(2);
      expect(exists.err).toContain("existe déjà : ajoutez --force");
      expect(readFileSync(path.join(dir, "deja.xlsx"), "utf8")).toBe("mine");

      const original = readFileSync(path.join(dir, "client.xlsx"));
      for (const out of ["client.xlsx", "./client.xlsx"]) {
        const same = await run(["--depuis", "client.xlsx", "--out", out, "--force"]);
        expect(same.code).toBe(2);
        expect(same.err).toContain("--out désigne le classeur lu");
      }
      expect(readFileSync(path.join(dir, "client.xlsx")).equals(original)).toBe(true);

      const missing = await run(["--depuis", "absent.xlsx", "--out", "x.xlsx"]);
      expect(missing.code).toBe(2);
      expect(missing.err).toContain("introuvable");
      expect(existsSync(path.join(dir, "x.xlsx"))).toBe(false);

      const bad = await run(["--depuis", "client.xlsx", "--taux", "150%", "--out", "y.xlsx"]);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain("--taux");
      expect(existsSync(path.join(dir, "y.xlsx"))).toBe(false);
    });
  });
});
