/**
 * The exported file computes outside Excel: LibreOffice opens it, recalculates every formula
 * (scripts/xlsx-recalc.js) and the named totals equal the domain's, the grid's "Financement
 * total possible" row equals seed 004's, and no cell shows an error: the flags still call CPTS.*,
 * which only Excel with the add-in knows, and show the domain's French verdict through their native
 * fallback (src/sheets/nativeVerdicts.ts). A bare CPTS.* probe proves the error check sees errors.
 * Not skipped when soffice is missing: it fails with the driver's message saying what to install
 * (.ci/run installs Debian's libreoffice-calc-nogui before running the tests).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { findSoffice, MISSING_SOFFICE, recalculate as recalculateInLibreOffice } from "../../scripts/xlsx-recalc";
import {
  ACI_2019,
  annualFunding,
  balanceStatus,
  contractTotal,
  latenessStatus,
  maxFunding,
  paymentSchedule,
  tailleFromPopulation,
  todaySerial,
} from "../../src/domain";
import type { WorkbookChoices, WorkbookPlan } from "../../src/sheets/plan";
import { planWorkbook } from "../../src/sheets/workbook";
import { toFileFormula, usesCustomFunction } from "../../src/xlsx/fileFormula";
import { writeWorkbookBuffer } from "../../src/xlsx/writeWorkbook";
import { parseCsv } from "./csv";
import { EXPORT_CHOICES } from "./fixtures";

const ERROR_TEXT = /^(#(NAME\?|VALUE!|DIV\/0!|REF!|N\/A|NUM!|NULL!)|Err:\d+)$/;

const CHOICES: WorkbookChoices = EXPORT_CHOICES;

interface Recalculated {
  wb: ExcelJS.Workbook;
  /** CSV rows per sheet name. */
  csv: Map<string, string[][]>;
}

let dir: string;
beforeAll(() => {
  if (!findSoffice()) throw new Error(MISSING_SOFFICE);
  dir = mkdtempSync(path.join(os.tmpdir(), "cpts-lo-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `buffer` as NAME.xlsx, recalculates it in LibreOffice and reads back the workbook and the CSVs. */
async function recalculate(name: string, buffer: Buffer, sheetNames: string[]): Promise<Recalculated> {
  const input = path.join(dir, `${name}.xlsx`);
  const outDir = path.join(dir, `${name}-out`);
  writeFileSync(input, buffer);
  recalculateInLibreOffice(input, outDir, { timeoutMs: 15 * 60_000 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(outDir, `${name}.xlsx`));
  const csv = new Map(sheetNames.map((s) => [s, parseCsv(readFileSync(path.join(outDir, `${name}-${s}.csv`), "utf8"))]));
  return { wb, csv };
}

function namedCell(wb: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const range = model.find((n) => n.name === name)?.ranges[0];
  const m = range ? /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range) : null;
  if (!m) throw new Error(`name ${name} is missing or not a single cell in the recalculated file (${range})`);
  return wb.getWorksheet(m[1].replace(/''/g, "'"))!.getCell(`${m[2]}${m[3]}`);
}

/**
 * What the cell shows after recalculation: a formula's cached result, or its literal. ExcelJS reads a
 * cached result of 0 as no result at all, so a formula without one takes its value from the CSV.
 */
function shownIn(rec: Recalculated, cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v !== null && typeof v === "object" && "result" in v && (v as { result: unknown }).result !== undefined) return (v as { result: unknown }).result;
  if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const text = rec.csv.get(cell.worksheet.name)?.[Number(cell.row) - 1]?.[Number(cell.col) - 1];
    if (text === undefined) throw new Error(`no CSV value for ${cell.worksheet.name}!${cell.address}`);
    return text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
  }
  return v;
}

function isError(value: unknown): boolean {
  return value !== null && typeof value === "object" && "error" in value;
}

/** Every cell showing an error, in the recalculated workbook (cached results) and in the CSVs. */
function errorCells({ wb, csv }: Recalculated): string[] {
  const found: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (isError(v) || (v !== null && typeof v === "object" && "result" in v && isError(v.result))) found.push(`${ws.name}!${cell.address}`);
      }),
    );
  }
  for (const [sheet, rows] of csv) {
    rows.forEach((row, r) =>
      row.forEach((text, c) => {
        if (ERROR_TEXT.test(text.trim())) found.push(`${sheet} (CSV) ligne ${r + 1} colonne ${c + 1} = ${text}`);
      }),
    );
  }
  return found;
}

/** A date cell's value as Excel's serial: ExcelJS reads date-formatted numbers as UTC Dates. */
function serialOf(value: unknown): unknown {
  return value instanceof Date ? Math.round((value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000) : value;
}

interface FlagCell {
  sheet: string;
  address: string;
  formula: string;
  /** The domain's verdict for the cell's inputs as LibreOffice shows them. */
  expected(rec: Recalculated): string;
}

/** The planned cells calling CPTS.*: each an EQUILIBRE or RETARD flag, with the domain's verdict for its inputs. */
function flagCells(plan: WorkbookPlan): FlagCell[] {
  const cells: FlagCell[] = [];
  for (const sheet of plan.sheets) {
    // Indicateurs: its CPTS.ATTEINTE and CPTS.RETARD cells are checked against the domain by libreofficeIndicateurs.test.ts.
    if (sheet.key === "indicateurs") continue;
    sheet.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        if (!cell?.formula || !usesCustomFunction(cell.formula)) return;
        const address = `${String.fromCharCode(65 + c)}${r + 1}`;
        const shown = (rec: Recalculated, a: string): unknown => shownIn(rec, rec.wb.getWorksheet(sheet.name)!.getCell(a));
        const eq = /^=IFERROR\(CPTS\.EQUILIBRE\(([A-Z]+\d+),([A-Z]+\d+)\),/.exec(cell.formula);
        const late = /^=IFERROR\(CPTS\.RETARD\(IF\(ISNUMBER\(([A-Z]+\d+)\),\1,""\),([A-Z]+\d+),CPTS_DateReference\),/.exec(cell.formula);
        const base = { sheet: sheet.name, address, formula: cell.formula };
        if (eq) cells.push({ ...base, expected: (rec) => balanceStatus(shown(rec, eq[1]) as number, shown(rec, eq[2]) as number) });
        else if (late) {
          cells.push({
            ...base,
            expected: (rec) => {
              const echeance = serialOf(shown(rec, late[1]));
              const avancement = shown(rec, late[2]);
              const dateRef = serialOf(shownIn(rec, namedCell(rec.wb, "CPTS_DateReference")));
              if (typeof dateRef !== "number") throw new Error(`CPTS_DateReference is not a date serial: ${JSON.stringify(dateRef)}`);
              return latenessStatus(
                typeof echeance === "number" && echeance !== 0 ? echeance : null,
                typeof avancement === "string" ? avancement : null,
                dateRef,
              );
            },
          });
        } else throw new Error(`CPTS formula of an unknown shape in ${sheet.name}!${address}: ${cell.formula}`);
      }),
    );
  }
  return cells;
}

describe("LibreOffice recalculation of the exported workbook", () => {
  const plan = planWorkbook(CHOICES);
  const sheetNames = plan.sheets.map((s) => s.name);
  let recalculated: Recalculated;
  beforeAll(async () => {
    recalculated = await recalculate("cpts", (await writeWorkbookBuffer(plan)).buffer, sheetNames);
  });

  it("computes the named totals to the domain's values", () => {
    const { wb } = recalculated;
    const taille = tailleFromPopulation(95000)!;
    expect(taille).toBe(3);
    const funding = annualFunding(ACI_2019, taille, { missions: CHOICES.missions, snp: true }, 1);
    // Seed 004, taille 3: 75 000 + accès 65 000 + SNP 55 000 + parcours 90 000 + prévention 35 000 + qualité 30 000.
    expect(funding.total).toBe(350_000);
    const contract = contractTotal(
      paymentSchedule(CHOICES.signature, funding.fonctionnement, { fixed: funding.fixe + funding.supplementaire, variable: funding.variable }),
    );
    expect(shownIn(recalculated, namedCell(wb, "CPTS_Taille"))).toBe(taille);
    expect(shownIn(recalculated, namedCell(wb, "CPTS_TotalACI"))).toBe(funding.total);
    expect(shownIn(recalculated, namedCell(wb, "CPTS_TotalContrat"))).toBe(contract);
    // Budget: no expense typed yet; resources default to the ACI allocation of every block.
    expect(shownIn(recalculated, namedCell(wb, "CPTS_TotalDepenses"))).toBe(0);
    expect(shownIn(recalculated, namedCell(wb, "CPTS_TotalRessources"))).toBe(funding.total);
  });

  it("reproduces seed 004's « Financement total possible » for every taille", () => {
    const ws = recalculated.wb.getWorksheet("Grille ACI")!;
    let headerRow: ExcelJS.Row | undefined;
    let totalRow: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(1).value === "grid:entetes") headerRow = row;
      if (row.getCell(1).value === "grid:totaux:possible") totalRow = row;
    });
    expect(headerRow && totalRow).toBeDefined();
    const byTaille: number[] = [];
    headerRow!.eachCell((cell, c) => {
      const m = /^Taille ([1-4])$/.exec(String(cell.value));
      if (m) byTaille[Number(m[1]) - 1] = shownIn(recalculated, totalRow!.getCell(c)) as number;
    });
    expect(byTaille).toEqual([185_000, 242_000, 315_000, 380_000]);
    expect(byTaille).toEqual(([1, 2, 3, 4] as const).map((t) => maxFunding(ACI_2019, t)));
  });

  it("shows no error in any cell", () => {
    expect(errorCells(recalculated)).toEqual([]);
  });

  it("keeps CPTS.* in the flags, which show the domain's verdicts through their native fallback", () => {
    const flags = flagCells(plan);
    // Fonctionnement, 1A, 1B, parcours, prévention, qualité: a block flag and a synthesis line each, and the total.
    expect(flags.filter((f) => f.sheet === "Budget prévisionnel")).toHaveLength(2 * 6 + 1);
    expect(flags.filter((f) => f.sheet !== "Budget prévisionnel").length).toBeGreaterThan(10);
    const mismatches: string[] = [];
    for (const flag of flags) {
      const cell = recalculated.wb.getWorksheet(flag.sheet)!.getCell(flag.address);
      // The file still calls the add-in's function (Excel's spelling of a custom function in a file; LibreOffice saves it in lower case).
      expect((cell.value as { formula?: string }).formula).toMatch(/^IFERROR\(_xldudf_CPTS_(EQUILIBRE|RETARD)\(/i);
      const shown = shownIn(recalculated, cell);
      const expected = flag.expected(recalculated);
      if (shown !== expected) mismatches.push(`${flag.sheet}!${flag.address}: ${JSON.stringify(shown)} ≠ ${expected}`);
    }
    expect(mismatches).toEqual([]);
    // No expense typed yet: the synthesis' total shows the whole ACI as a surplus (seed 004, taille 3: 350 000 €).
    const budget = plan.sheets.find((s) => s.key === "budget")!;
    const totalRow = budget.rows.findIndex((r) => r.key === "synth:total") + 1;
    expect(shownIn(recalculated, recalculated.wb.getWorksheet("Budget prévisionnel")!.getCell(`F${totalRow}`))).toBe("Excédent de 350 000 €");
  });

  it("gives the domain's verdicts for what a user types: avancements in any spelling, échéances around today, expenses with cents", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbookBuffer(plan)).buffer as never);
    // Élaboration: a user's échéance on each side of today, the action under way; Opérationnelle: every spelling.
    const underWay = ["En cours", " en cours", "Non démarré", ""];
    const spellings = ["Terminé", " termine ", "ABANDONNÉ", "abandonne", "En cours", "Non démarré", ""];
    const offsets = [-400, -31, -1, 0, 1, 30, 31, 400];
    const today = todaySerial();
    let amount = 0;
    let elaboration = 0;
    let operationnelle = 0;
    for (const sheet of plan.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      sheet.rows.forEach((row, r) => {
        if (sheet.key === "budget" && row.cells[3]?.role === "input") ws.getCell(r + 1, 4).value = Math.round((amount++ * 1234.56 + 0.07) * 100) / 100;
        if (!row.cells.some((c) => c?.formula?.includes("CPTS.RETARD"))) return;
        if (sheet.key === "fdrElaboration") {
          const k = elaboration++;
          ws.getCell(r + 1, 9).value = k < offsets.length ? underWay[k % underWay.length] : spellings[k % spellings.length];
          // An ExcelJS Date is written as its serial.
          ws.getCell(r + 1, 6).value = new Date(Date.UTC(1899, 11, 30) + (today + offsets[k % offsets.length]) * 86_400_000);
        } else ws.getCell(r + 1, 11).value = spellings[operationnelle++ % spellings.length];
      });
    }
    const typed = await recalculate("cpts-saisies", Buffer.from(await wb.xlsx.writeBuffer()), sheetNames);
    expect(errorCells(typed)).toEqual([]);
    const shown = flagCells(plan).map((flag) => [`${flag.sheet}!${flag.address}`, shownIn(typed, typed.wb.getWorksheet(flag.sheet)!.getCell(flag.address))]);
    expect(shown).toEqual(flagCells(plan).map((flag) => [`${flag.sheet}!${flag.address}`, flag.expected(typed)]));
    // Every kind of verdict was met.
    const verdicts = shown.map(([, v]) => String(v));
    for (const start of ["Terminé", "Abandonné", "En retard de ", "Échéance aujourd'hui", "Échéance dans ", "Dans les temps", "Déficit de ", "Excédent de "])
      expect(verdicts.some((v) => v.startsWith(start))).toBe(true);
  });

  it("follows a population typed in the saved file: CPTS_Taille and CPTS_TotalACI change, as the workbook names are live formulas", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbookBuffer(plan)).buffer as never);
    namedCell(wb, "CPTS_Population").value = 30_000;
    // A probe: a bare CPTS.* call, as the flags were before their fallback, must be seen as an error.
    const probe = wb.addWorksheet("Sonde");
    probe.getCell("B2").value = { formula: toFileFormula("=CPTS.EQUILIBRE(1000,1300)") } as ExcelJS.CellFormulaValue;
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const after = await recalculate("cpts-30000", edited, [...sheetNames, "Sonde"]);
    expect(errorCells(after).filter((e) => !e.startsWith("Sonde"))).toEqual([]);
    expect(errorCells(after).filter((e) => e.startsWith("Sonde!"))).toEqual(["Sonde!B2"]);
    const funding = annualFunding(ACI_2019, 1, { missions: CHOICES.missions, snp: true }, 1);
    // Seed 004, taille 1: 50 000 + accès 40 000 + SNP 35 000 + parcours 50 000 + prévention 20 000 + qualité 15 000.
    expect(funding.total).toBe(210_000);
    expect(shownIn(after, namedCell(after.wb, "CPTS_Taille"))).toBe(1);
    expect(shownIn(after, namedCell(after.wb, "CPTS_TotalACI"))).toBe(funding.total);
    expect(shownIn(after, namedCell(after.wb, "CPTS_TotalRessources"))).toBe(funding.total);
  });
});
