/**
 * The Trésorerie of an exported file, recalculated by LibreOffice after a treasurer typed into the
 * saved file: an opening balance, receipts in the Versements (« Date de réception », « Montant reçu »)
 * and réalisé in the Suivi budgétaire. Every month's balances and the alert equal the domain's cash
 * position (src/domain/cash.ts) computed from what LibreOffice shows on those sheets, and a large
 * réalisé typed in one month turns the alert to that month. Fails with the driver's message when
 * soffice is missing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { MISSING_SOFFICE, findSoffice, recalculate as recalculateInLibreOffice } from "../../scripts/xlsx-recalc";
import { edate, serialFromDate } from "../../src/domain";
import { CASH_MONTHS, CASH_NEGATIVE_PREFIX, CASH_STATUS, CashInputs, cashPosition, cashStatus } from "../../src/domain/cash";
import { parseA1 } from "../../src/sheets/addresses";
import { planBudget } from "../../src/sheets/budget";
import { planGrille } from "../../src/sheets/grille";
import type { SheetKey, WorkbookChoices } from "../../src/sheets/plan";
import { SHEET_NAMES } from "../../src/sheets/plan";
import { planSuivi } from "../../src/sheets/suivi";
import { SUIVI_COL } from "../../src/sheets/suiviBlocks";
import { monthColumn } from "../../src/sheets/suiviFormulas";
import { TRESORERIE_COL as COL, TRESORERIE_KEYS as K } from "../../src/sheets/tresorerie";
import { TRESORERIE_INPUT_KEYS, tresorerieInputColumn } from "../../src/sheets/tresorerieInputs";
import { cellsOf } from "../../src/sheets/tresorerieReceipts";
import { planVersements } from "../../src/sheets/versements";
import { planWorkbook } from "../../src/sheets/workbook";
import { writeWorkbookBuffer } from "../../src/xlsx/writeWorkbook";
import { choicesFor } from "../sheets/fixtures";
import { parseCsv } from "./csv";

const d = (day: number, month: number, year: number) => serialFromDate({ year, month, day });
// Taille 3, parcours only at 80 % (the CPTS), signed 15/03/2024, looked at on 01/06/2025: year 2.
const CHOICES: WorkbookChoices = choicesFor({
  population: 95_000,
  missions: ["parcours"],
  snp: false,
  taux: 0.8,
  signature: d(15, 3, 2024),
  dateReference: d(1, 6, 2025),
});
const plan = planWorkbook(CHOICES);
const versements = planVersements(planGrille(CHOICES).anchors).anchors;
const suivi = planSuivi(CHOICES, planBudget(CHOICES, planGrille(CHOICES).anchors).blocks).anchors;
const YEAR = 2;
const YEAR_START = edate(CHOICES.signature, 12);

const rowOf = (sheet: SheetKey, key: string): number => plan.sheets.find((s) => s.key === sheet)!.rows.findIndex((r) => r.key === key) + 1;
/** The Suivi's réalisé input cells (row, col 0-based) of month m of year 2. */
const realiseCells = (m: number): { row: number; col: number }[] => {
  const col = monthColumn(SUIVI_COL.firstMonth, YEAR, m);
  const rows = plan.sheets.find((s) => s.key === "suivi")!.rows;
  return rows.flatMap((r, i) => (r.cells[col]?.role === "input" ? [{ row: i + 1, col }] : []));
};

interface Typing {
  opening: number;
  /** Payment row index → what arrived. */
  receipts: Record<number, { date: number; amount: number }>;
  /** Month → réalisé amounts typed on the first lines. */
  realise: Record<number, number[]>;
}

let dir: string;
beforeAll(() => {
  if (!findSoffice()) throw new Error(MISSING_SOFFICE);
  dir = mkdtempSync(path.join(os.tmpdir(), "cpts-lo-tresorerie-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Csv = Map<string, string[][]>;

async function typedAndRecalculated(name: string, t: Typing): Promise<Csv> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbookBuffer(plan)).buffer as never);
  wb.getWorksheet(SHEET_NAMES.tresorerie)!.getCell(rowOf("tresorerie", TRESORERIE_INPUT_KEYS.opening), tresorerieInputColumn(YEAR) + 1).value = t.opening;
  const v = wb.getWorksheet(SHEET_NAMES.versements)!;
  const [dates, amounts] = [cellsOf(versements.receivedDates), cellsOf(versements.receivedAmounts)];
  for (const [i, r] of Object.entries(t.receipts)) {
    v.getCell(dates[Number(i)].replace(/\$/g, "")).value = r.date;
    v.getCell(amounts[Number(i)].replace(/\$/g, "")).value = r.amount;
  }
  const s = wb.getWorksheet(SHEET_NAMES.suivi)!;
  for (const [m, values] of Object.entries(t.realise)) {
    const cells = realiseCells(Number(m));
    values.forEach((value, k) => (s.getCell(cells[k].row, cells[k].col + 1).value = value));
  }
  const input = path.join(dir, `${name}.xlsx`);
  writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
  recalculateInLibreOffice(input, path.join(dir, `${name}-out`), { timeoutMs: 15 * 60_000 });
  const sheets = [SHEET_NAMES.tresorerie, SHEET_NAMES.versements, SHEET_NAMES.suivi];
  return new Map(sheets.map((sh) => [sh, parseCsv(readFileSync(path.join(dir, `${name}-out`, `${name}-${sh}.csv`), "utf8"))]));
}

/** A CSV cell as the sheet shows it: a number when it reads as one, a MM/DD/YYYY date as its serial, "" as null. */
function shown(csv: Csv, sheet: string, row: number, col: number): string | number | null {
  const text = csv.get(sheet)?.[row - 1]?.[col] ?? "";
  const date = /^(\d\d)\/(\d\d)\/(\d{4})$/.exec(text);
  if (date) return d(Number(date[2]), Number(date[1]), Number(date[3]));
  if (text.trim() === "") return null;
  return Number.isFinite(Number(text)) ? Number(text) : text;
}
const at = (csv: Csv, sheet: string, address: string) => {
  const { col, row } = parseA1(address);
  return shown(csv, sheet, row, col);
};
const numberAt = (csv: Csv, sheet: string, address: string): number | null => {
  const v = at(csv, sheet, address);
  return typeof v === "number" ? v : null;
};

/** The domain's inputs from what LibreOffice shows on the Versements and the Suivi, and the opening typed. */
function inputsShown(csv: Csv, t: Typing): CashInputs {
  const column = (range: string) => cellsOf(range).map((c) => numberAt(csv, SHEET_NAMES.versements, c));
  const [ed, ea, rd, ra] = [versements.expectedDates, versements.expectedAmounts, versements.receivedDates, versements.receivedAmounts].map(column);
  const months = Array.from({ length: CASH_MONTHS }, (_, i) => i + 1);
  return {
    yearStart: YEAR_START,
    opening: t.opening,
    payments: ed.map((_, i) => ({ expectedDate: ed[i], expectedAmount: ea[i], receivedDate: rd[i], receivedAmount: ra[i] })),
    realise: months.map((m) => numberAt(csv, SHEET_NAMES.suivi, suivi.monthRealise(m)) ?? 0),
    entries: months.map((m) => numberAt(csv, SHEET_NAMES.suivi, suivi.monthEntries(m)) ?? 0),
    prevuAnnual: numberAt(csv, SHEET_NAMES.suivi, suivi.prevuAnnual) ?? 0,
    planned: months.map(() => null),
  };
}

const T = SHEET_NAMES.tresorerie;
const trez = (csv: Csv, key: string, col: number) => shown(csv, T, rowOf("tresorerie", key), col);

function expectDomain(csv: Csv, t: Typing): string {
  const inputs = inputsShown(csv, t);
  const months = cashPosition(inputs);
  for (const m of months) {
    for (const [col, value] of [
      [COL.opening, m.opening],
      [COL.receipts, m.receipts],
      [COL.spending, m.spending],
      [COL.closing, m.closing],
    ] as const) {
      expect([m.month, col, trez(csv, K.month(m.month), col)]).toEqual([m.month, col, expect.closeTo(value, 6)]);
    }
  }
  const status = cashStatus(months);
  expect(trez(csv, K.alert, COL.value)).toBe(status);
  return status;
}

// Year 1's balance arrived late and short, year 2's fonctionnement on time; réalisé in months 1–3.
const BASE: Typing = {
  opening: 20_000,
  receipts: { 2: { date: d(10, 5, 2025), amount: 40_000 }, 3: { date: d(20, 3, 2025), amount: 75_000 } },
  realise: { 1: [8_000.5, 1_200], 2: [9_500], 3: [4_000] },
};

describe("Trésorerie of a saved file, recalculated by LibreOffice", () => {
  it("receipts and réalisé typed move every month's balance as the domain computes it", async () => {
    const csv = await typedAndRecalculated("tresorerie-base", BASE);
    expect(expectDomain(csv, BASE)).toBe(CASH_STATUS.positive);
    // The typed figures reached the sheet: the opening balance and month 1's réalisé.
    expect(trez(csv, K.opening, COL.value)).toBe(20_000);
    expect(trez(csv, K.month(1), COL.spending)).toBeCloseTo(9_200.5, 6);
  });

  it("a large réalisé in month 2 turns the alert to that month, quoted in French", async () => {
    const typing: Typing = { ...BASE, realise: { ...BASE.realise, 2: [9_500, 400_000] } };
    const csv = await typedAndRecalculated("tresorerie-negative", typing);
    const status = expectDomain(csv, typing);
    expect(status.startsWith(CASH_NEGATIVE_PREFIX)).toBe(true);
    expect(status).toMatch(/^Trésorerie négative en (avril|mai) 2025 : −[\d ]+(,\d\d)? €$/);
  });
});
