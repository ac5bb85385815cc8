/**
 * The Suivi budgétaire of an exported file, recalculated by LibreOffice after a user typed prévus in
 * the Budget prévisionnel and réalisés in several years' months: every line, block and synthesis row
 * shows what src/domain/followUp.ts computes from the same values, the verdicts included (native
 * formulas), and no cell of the sheet shows an error. Same driver as test/xlsx/libreoffice.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { findSoffice, MISSING_SOFFICE, recalculate as recalculateInLibreOffice } from "../../scripts/xlsx-recalc";
import { edate } from "../../src/domain";
import { MONTHS_PER_YEAR, elapsedMonths, followUp, followUpVerdict } from "../../src/domain/followUp";
import { SUIVI_COL } from "../../src/sheets/suiviBlocks";
import { monthColumn } from "../../src/sheets/suiviFormulas";
import { planWorkbook } from "../../src/sheets/workbook";
import { writeWorkbookBuffer } from "../../src/xlsx/writeWorkbook";
import { parseCsv } from "./csv";
import { EXPORT_CHOICES } from "./fixtures";

const ERROR_TEXT = /^(#(NAME\?|VALUE!|DIV\/0!|REF!|N\/A|NUM!|NULL!)|Err:\d+)$/;
// Year 2, five months closed: the projection has a pace, year 1 is entirely past.
const DATE_REF = edate(EXPORT_CHOICES.signature, 17) + 9;
const CHOICES = { ...EXPORT_CHOICES, dateReference: DATE_REF };

let dir: string;
beforeAll(() => {
  if (!findSoffice()) throw new Error(MISSING_SOFFICE);
  dir = mkdtempSync(path.join(os.tmpdir(), "cpts-lo-suivi-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("LibreOffice recalculation of the Suivi budgétaire", () => {
  const plan = planWorkbook(CHOICES);
  const suivi = plan.sheets.find((s) => s.key === "suivi")!;
  const budget = plan.sheets.find((s) => s.key === "budget")!;
  const rowOf = (sheet: typeof suivi, key: string): number => sheet.rows.findIndex((r) => r.key === key) + 1;
  const lineKeys = suivi.rows.map((r) => r.key).filter((k) => /^suivi:[^:]+:dep:/.test(k));
  const blocks = suivi.rows.map((r) => /^suivi:synth:(.+)$/.exec(r.key)?.[1]).filter((k): k is string => !!k && !["titre", "entetes", "total"].includes(k));
  /** What the user typed: prévu per line, réalisé per line and month (years 1 and 2, one in year 4). */
  const prevu = new Map<string, number>();
  const realise = new Map<string, Map<number, number>>();
  let csv: string[][];
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbookBuffer(plan)).buffer as never);
    const budgetWs = wb.getWorksheet(budget.name)!;
    const suiviWs = wb.getWorksheet(suivi.name)!;
    lineKeys.forEach((key, i) => {
      const amount = i % 5 === 4 ? 0 : 1_000 * ((i * 7) % 13) + 250;
      prevu.set(key, amount);
      budgetWs.getCell(rowOf(budget, key.replace(/^suivi:/, "budget:")), 4).value = amount;
      const months = new Map<number, number>();
      for (let k = 0; k < 24; k += 1 + (i % 4)) months.set(k, Math.round(((i + 1) * 37.5 + k * 11.25) * 100) / 100);
      if (i === 3) months.set(3 * MONTHS_PER_YEAR + 6, 4_321);
      realise.set(key, months);
      for (const [k, v] of months) suiviWs.getCell(rowOf(suivi, key), monthColumn(SUIVI_COL.firstMonth, 1, 1) + k + 1).value = v;
    });
    const input = path.join(dir, "suivi.xlsx");
    const outDir = path.join(dir, "suivi-out");
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    recalculateInLibreOffice(input, outDir, { timeoutMs: 15 * 60_000 });
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(outDir, "suivi.xlsx"));
    ws = out.getWorksheet(suivi.name)!;
    csv = parseCsv(readFileSync(path.join(outDir, `suivi-${suivi.name}.csv`), "utf8"));
  });

  /** A cell's shown value: the cached result, else (ExcelJS reads a cached 0 as none) the CSV's text. */
  function shown(row: number, col: number): unknown {
    const v = ws.getCell(row, col + 1).value;
    if (v !== null && typeof v === "object" && "result" in v && v.result !== undefined) return v.result;
    const text = (csv[row - 1]?.[col] ?? "").trim();
    if (/^-?0([,.]0+)?( €| %)?$/.test(text)) return 0;
    return text;
  }

  function expectedFor(keys: readonly string[]) {
    const year = 2;
    const monthly = Array.from({ length: MONTHS_PER_YEAR }, (_, m) => {
      const typed = keys.map((k) => realise.get(k)!.get(MONTHS_PER_YEAR * (year - 1) + m)).filter((v): v is number => v !== undefined);
      return typed.length ? typed.reduce((s, v) => s + v, 0) : null;
    });
    const f = followUp(
      keys.reduce((s, k) => s + prevu.get(k)!, 0),
      monthly,
      elapsedMonths(CHOICES.signature, year, DATE_REF),
    );
    return { ...f, verdict: followUpVerdict(f.prevu, f.cumul, f.projection) };
  }

  function expectRow(row: number, want: ReturnType<typeof expectedFor>, verdict: boolean): void {
    const near = (col: number, value: number): void => expect(Math.abs((shown(row, col) as number) - value)).toBeLessThan(1e-6);
    near(SUIVI_COL.prevu, want.prevu);
    near(SUIVI_COL.cumul, want.cumul);
    near(SUIVI_COL.reste, want.reste);
    near(SUIVI_COL.projection, want.projection);
    near(SUIVI_COL.ecart, want.ecart);
    if (want.percent !== null) near(SUIVI_COL.percent, want.percent);
    if (verdict) expect(shown(row, SUIVI_COL.verdict)).toBe(want.verdict);
  }

  it("follows year 2 with five closed months, for the 6 counted blocks", () => {
    expect(blocks).toEqual(["fonctionnement", "1A", "1B", "parcours", "prevention", "qualite"]);
    expect(elapsedMonths(CHOICES.signature, 2, DATE_REF)).toBe(5);
    expect(shown(rowOf(suivi, "suivi:ecoules"), SUIVI_COL.prevu)).toBe(5);
  });

  it("shows the domain's figures on every line, block and synthesis row, and its verdicts", () => {
    for (const key of lineKeys) expectRow(rowOf(suivi, key), expectedFor([key]), false);
    const verdicts: string[] = [];
    for (const block of blocks) {
      const want = expectedFor(lineKeys.filter((k) => k.startsWith(`suivi:${block}:`)));
      expectRow(rowOf(suivi, `suivi:${block}:total`), want, true);
      expectRow(rowOf(suivi, `suivi:synth:${block}`), want, true);
      verdicts.push(want.verdict);
    }
    expectRow(rowOf(suivi, "suivi:synth:total"), expectedFor(lineKeys), true);
    // The typed figures meet both kinds of verdict.
    expect(verdicts.some((v) => v.startsWith("Dépassement"))).toBe(true);
    expect(verdicts.some((v) => v.startsWith("Consommé à"))).toBe(true);
  });

  it("keeps year 1 and year 4 in the multi-year synthesis", () => {
    const fonctionnement = lineKeys.filter((k) => k.startsWith("suivi:fonctionnement:"));
    const yearTotal = (year: number): number =>
      fonctionnement.reduce((s, k) => s + [...realise.get(k)!].filter(([m]) => Math.floor(m / MONTHS_PER_YEAR) === year - 1).reduce((t, [, v]) => t + v, 0), 0);
    const row = rowOf(suivi, "suivi:pluri:fonctionnement");
    for (const year of [1, 2, 4]) expect(Math.abs((shown(row, SUIVI_COL.cumul + year - 1) as number) - yearTotal(year))).toBeLessThan(1e-6);
    expect(yearTotal(4)).toBe(4_321);
  });

  it("shows no error on the sheet", () => {
    const errors: string[] = [];
    csv.forEach((cells, r) => cells.forEach((text, c) => ERROR_TEXT.test(text.trim()) && errors.push(`ligne ${r + 1} colonne ${c + 1} = ${text}`)));
    expect(errors).toEqual([]);
  });
});
