/** A client's workbook for the `classeur --depuis` tests: the command in process, the file filled as a client would, read back. */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_GRID_VERSION, serialFromDate } from "../../src/domain";
import { runClasseur } from "../../src/cli/classeur";
import { choicesFromParametres, parametresAddresses } from "../../src/sheets/carryOver/choices";
import { renameSheetReferences } from "../../src/sheets/references";
import { planWorkbook } from "../../src/sheets/workbook";
import type { CellValue, SheetKey, WorkbookChoices } from "../../src/sheets/plan";
import { ReadWorkbook, readWorkbookFile } from "../../src/xlsx/readWorkbook";

export async function run(dir: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runClasseur(args, { cwd: dir, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

export async function readOk(dir: string, file: string): Promise<ReadWorkbook> {
  const result = await readWorkbookFile(readFileSync(path.join(dir, file)));
  if (!result.ok) throw new Error(result.message);
  return result.read;
}

export function storedChoices(read: ReadWorkbook): WorkbookChoices | null {
  const p = read.ours.parametres!;
  return choicesFromParametres(p.values!, parametresAddresses(read.names, p.name));
}

const rowOfKey = (ws: ExcelJS.Worksheet, key: string): number => {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === key) return r;
  throw new Error(`no row ${key} on ${ws.name}`);
};

/** 0-based row of a key in a read grid. */
export const gridRow = (grid: CellValue[][], key: string): number => grid.findIndex((row) => row[0] === key);

export const BASE = ["--population", "95000", "--signature", "2026-03-01", "--missions", "acces,parcours,prevention", "--nom", "CPTS du Val"];

/** What a client types, as ExcelJS puts it in the file (column numbers 0-based like the plans). */
export interface Typed {
  sheet: SheetKey;
  key: string;
  col: number;
  /** What the cell holds in the file. */
  file: ExcelJS.CellValue;
  /** What the grid reads back (formula text, serial for a date). */
  read: CellValue;
}

export const AMOUNT = 3;
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

export function clientEdits(): Typed[] {
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

export const NOTES = "Mes notes";

/** Fills the file as a client would in Excel: values, a formula, an added row, a renamed sheet, a sheet of their own. */
export async function fillAsClient(dir: string, file: string, edits: Typed[], names: Record<SheetKey, string>): Promise<string> {
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
  // Renamed in Excel: every reference to the sheet follows (formulas and names), which ExcelJS leaves to us.
  const renames = { [budget.name]: "Budget client" };
  budget.name = "Budget client";
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula && !("sharedFormula" in (cell.value as object)))
          cell.value = { formula: renameSheetReferences(`=${cell.formula}`, renames).slice(1) } as ExcelJS.CellFormulaValue;
      }),
    ),
  );
  const definedNames = wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
  definedNames.model = definedNames.model.map((n) => ({ ...n, ranges: n.ranges.map((r) => renameSheetReferences(`=${r}`, renames).slice(1)) }));
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
export function named(wb: ExcelJS.Workbook, name: string): unknown {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const range = model.find((n) => n.name === name)?.ranges[0];
  const m = range ? /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range) : null;
  if (!m) throw new Error(`name ${name} missing (${range})`);
  const v = wb.getWorksheet(m[1].replace(/''/g, "'"))!.getCell(`${m[2]}${m[3]}`).value;
  return v !== null && typeof v === "object" && "result" in v ? v.result : v;
}
