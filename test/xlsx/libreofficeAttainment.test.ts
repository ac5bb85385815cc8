/**
 * The part variable outside Excel: a file exported by the command line, filled as a treasurer would
 * with ExcelJS (measures of prévention's indicators on the Indicateurs sheet, the crise complement's
 * contract amount and « Oui » on Paramètres), recalculated by LibreOffice (scripts/xlsx-recalc.js):
 * prévention's variable amount and CPTS_TotalACI are the domain's; changing one measure in the saved
 * file moves prévention's amount after recalculation; the complement counts only with « Oui ».
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { findSoffice, MISSING_SOFFICE, recalculate } from "../../scripts/xlsx-recalc";
import { runClasseur } from "../../src/cli/classeur";
import { ACI_2019, MissionKey, annualFunding } from "../../src/domain";
import { attainment, missionAttainment } from "../../src/domain/attainment";
import { PARAMETRES_NAMES, gridLineKey } from "../../src/sheets";
import { CRISE_COMPLEMENT_KEY } from "../../src/sheets/criseComplement";
import { COL, measureCol } from "../../src/sheets/indicateursFormulas";
import { missionAttainmentName } from "../../src/sheets/missionRates";
import { SHEET_NAMES } from "../../src/sheets/plan";

const MISSIONS: MissionKey[] = ["acces", "parcours", "prevention", "crise"];
const SEL = { missions: MISSIONS, snp: false };
const GRID_CONTRACT = 8; // ExcelJS columns are 1-based: Grille H
const GRID_AMOUNT = 10; // Grille J
const COMPLEMENT = 67_500;

let dir: string;
beforeAll(() => {
  if (!findSoffice()) throw new Error(MISSING_SOFFICE);
  dir = mkdtempSync(path.join(os.tmpdir(), "cpts-lo-atteinte-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rowOfKey = (ws: ExcelJS.Worksheet, key: string): number => {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === key) return r;
  throw new Error(`no row ${key} on ${ws.name}`);
};

/** A defined name's single cell, e.g. "'Paramètres'!$C$30". */
function namedCell(wb: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const range = model.find((n) => n.name === name)?.ranges[0];
  const m = range ? /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range) : null;
  if (!m) throw new Error(`name ${name} is missing or not a single cell (${range})`);
  return wb.getWorksheet(m[1].replace(/''/g, "'"))!.getCell(`${m[2]}${m[3]}`);
}

/** A formula's cached result (LibreOffice writes one for every cell it recalculated), or the literal. */
function shown(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v !== null && typeof v === "object" && "formula" in v) return (v as { result?: unknown }).result ?? 0;
  if (v !== null && typeof v === "object" && "sharedFormula" in v) return (v as { result?: unknown }).result ?? 0;
  return v;
}

const plain = (address: string): string => address.replace(/\$/g, "");

interface Filled {
  /** Measures of prévention's two indicators at the year's 1st meeting. */
  measures: [number, number];
  reconnue: boolean;
}

const INDICATORS = [
  { depart: 0, cible: 10, part: 10_000 },
  { depart: 0, cible: 4, part: 7_500 },
];

/** Fills the exported file as a treasurer would, saves it as NAME.xlsx and returns LibreOffice's recalculation of it. */
async function fillAndRecalculate(exported: string, name: string, f: Filled): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(exported);
  const ind = wb.getWorksheet(SHEET_NAMES.indicateurs)!;
  INDICATORS.forEach((x, i) => {
    const r = rowOfKey(ind, `ind:prevention:${i + 1}`);
    ind.getCell(r, COL.financier + 1).value = "Oui";
    ind.getCell(r, COL.depart + 1).value = x.depart;
    ind.getCell(r, COL.cible + 1).value = x.cible;
    ind.getCell(r, COL.part + 1).value = x.part;
    ind.getCell(r, measureCol(1, 1) + 1).value = f.measures[i];
  });
  const param = wb.getWorksheet(SHEET_NAMES.parametres)!;
  // Year 1 followed whatever today's date: the measures are year 1's.
  param.getCell(plain(PARAMETRES_NAMES.CPTS_AnneeContratSaisie)).value = 1;
  param.getCell(plain(PARAMETRES_NAMES.CPTS_CriseReconnue)).value = f.reconnue ? "Oui" : "Non";
  const grille = wb.getWorksheet(SHEET_NAMES.grille)!;
  grille.getCell(rowOfKey(grille, CRISE_COMPLEMENT_KEY), GRID_CONTRACT).value = COMPLEMENT;
  const input = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(input);
  const outDir = path.join(dir, `${name}-out`);
  recalculate(input, outDir, { timeoutMs: 15 * 60_000 });
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(path.join(outDir, `${name}.xlsx`));
  return out;
}

/** The domain's view of the same file: prévention's attainment and the year's ACI. */
function expected(f: Filled): { rate: number; total: number } {
  const rate = missionAttainment(
    INDICATORS.map((x, i) => {
      const result = attainment(x.depart, x.cible, f.measures[i]);
      return { financier: true, part: x.part, rate: result.ok ? result.rate : undefined };
    }),
  )!;
  const total = annualFunding(ACI_2019, 3, SEL, 1, { rates: { prevention: rate }, criseComplement: { amount: COMPLEMENT, reconnue: f.reconnue } }).total;
  return { rate, total };
}

it(
  "measures typed in a saved file give prévention's amount and CPTS_TotalACI as the domain computes them; a changed measure moves them; the complement counts only with « Oui »",
  async () => {
    const out: string[] = [];
    const code = await runClasseur(
      ["--population", "95000", "--signature", "2026-03-01", "--missions", MISSIONS.join(","), "--nom", "CPTS du test", "--out", "atteinte.xlsx"],
      { cwd: dir, out: (l) => out.push(l), err: (l) => out.push(l) },
    );
    expect({ code, out }).toEqual({ code: 0, out: expect.any(Array) });
    const exported = path.join(dir, "atteinte.xlsx");

    const first: Filled = { measures: [4, 3], reconnue: false };
    const second: Filled = { measures: [9, 3], reconnue: true };
    for (const [name, f] of [
      ["premiere", first],
      ["seconde", second],
    ] as const) {
      const wb = await fillAndRecalculate(exported, name, f);
      const { rate, total } = expected(f);
      const grille = wb.getWorksheet(SHEET_NAMES.grille)!;
      expect(shown(namedCell(wb, missionAttainmentName("prevention")))).toBeCloseTo(rate, 9);
      expect(shown(grille.getCell(rowOfKey(grille, gridLineKey("prevention", "variable")), GRID_AMOUNT))).toBeCloseTo(17_500 * rate, 6);
      // Parcours has nothing measured: the global taux (100 %) pays it.
      expect(shown(grille.getCell(rowOfKey(grille, gridLineKey("parcours", "variable")), GRID_AMOUNT))).toBe(45_000);
      expect(shown(grille.getCell(rowOfKey(grille, CRISE_COMPLEMENT_KEY), GRID_AMOUNT))).toBe(f.reconnue ? COMPLEMENT : 0);
      expect(shown(namedCell(wb, "CPTS_TotalACI"))).toBeCloseTo(total, 6);
    }
    // The two files differ by prévention's measure (4 → 9 of 10) and the recognition.
    expect(expected(second).total - expected(first).total).toBeCloseTo(10_000 * 0.5 + COMPLEMENT, 6);
  },
  20 * 60_000,
);
