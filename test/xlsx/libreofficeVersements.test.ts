/**
 * The Versements of an exported file, recalculated by LibreOffice after receipts were typed into the
 * saved file as a user would: the advance on the enveloppe fixe (the taille-3 CPTS with
 * parcours only at 80 %: 33 750 €, then 11 250 + 36 000 €), each payment's écart and state, and the
 * next payment, exactly as the domain computes them; the late flag comes and goes with the date de
 * référence typed in Paramètres. Fails with the driver's message when soffice is missing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { MISSING_SOFFICE, findSoffice, recalculate as recalculateInLibreOffice } from "../../scripts/xlsx-recalc";
import { PaymentReceipt, expectedPayments, nextPayment, paymentSchedule, paymentStatus, serialFromDate } from "../../src/domain";
import { PARAMETRES_NAMES } from "../../src/sheets/parametres";
import type { SheetPlan } from "../../src/sheets/plan";
import { SHEET_NAMES } from "../../src/sheets/plan";
import { planWorkbook } from "../../src/sheets/workbook";
import { NEXT_KEYS, RECEIPT_COL, paymentKey } from "../../src/sheets/versementsReceipts";
import { writeWorkbookBuffer } from "../../src/xlsx/writeWorkbook";
import { choicesFor } from "../sheets/fixtures";
import { parseCsv } from "./csv";

const d = (day: number, month: number, year: number) => serialFromDate({ year, month, day });
const SIGNATURE = d(15, 3, 2024);
const plan = planWorkbook(
  choicesFor({ population: 95_000, missions: ["parcours"], snp: false, taux: 0.8, signature: SIGNATURE, dateReference: d(27, 3, 2025) }),
);
const versements = plan.sheets.find((s) => s.key === "versements") as SheetPlan;
const rowOf = (key: string): number => versements.rows.findIndex((r) => r.key === key) + 1;
const KEYS = [1, 2, 3, 4, 5].flatMap((year) => (["fonctionnement", "avance", "solde"] as const).map((kind) => paymentKey(year, kind)));
// Domain: taille 3 fonctionnement 75 000 €, parcours 45 000 € fixe + 45 000 € × 80 % variable (seed 004).
const PAYMENTS = expectedPayments(paymentSchedule(SIGNATURE, 75_000, { fixed: 45_000, variable: 36_000 }));

/** What the treasurer typed: year 1 paid (the advance short of 3 750 €), year 1's balance missing, a date without its amount. */
const RECEIPTS: PaymentReceipt[] = KEYS.map(() => ({ date: null, amount: null }));
RECEIPTS[0] = { date: d(2, 4, 2024), amount: 75_000 };
RECEIPTS[1] = { date: d(2, 4, 2024), amount: 30_000 };
RECEIPTS[3] = { date: d(20, 3, 2025), amount: null };

let dir: string;
beforeAll(() => {
  if (!findSoffice()) throw new Error(MISSING_SOFFICE);
  dir = mkdtempSync(path.join(os.tmpdir(), "cpts-lo-versements-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The saved file with the receipts and a date de référence typed, recalculated: the Versements' CSV rows. */
async function typedAndRecalculated(name: string, dateReference: number): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbookBuffer(plan)).buffer as never);
  wb.getWorksheet(SHEET_NAMES.parametres)!.getCell(PARAMETRES_NAMES.CPTS_DateReferenceSaisie.replace(/\$/g, "")).value = dateReference;
  const ws = wb.getWorksheet(SHEET_NAMES.versements)!;
  KEYS.forEach((key, i) => {
    const { date, amount } = RECEIPTS[i];
    if (date !== null) ws.getCell(rowOf(key), RECEIPT_COL.receivedDate + 1).value = date;
    if (amount !== null) ws.getCell(rowOf(key), RECEIPT_COL.receivedAmount + 1).value = amount;
  });
  const input = path.join(dir, `${name}.xlsx`);
  writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
  recalculateInLibreOffice(input, path.join(dir, `${name}-out`), { timeoutMs: 15 * 60_000 });
  return parseCsv(readFileSync(path.join(dir, `${name}-out`, `${name}-${SHEET_NAMES.versements}.csv`), "utf8"));
}

/** A CSV cell as the sheet shows it: a number when it reads as one; a date cell (the CSV writes it MM/DD/YYYY) as its serial. */
const shown = (csv: string[][], row: number, col: number): string | number => {
  const text = csv[row - 1]?.[col] ?? "";
  const date = /^(\d\d)\/(\d\d)\/(\d{4})$/.exec(text);
  if (date) return d(Number(date[2]), Number(date[1]), Number(date[3]));
  return text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
};

describe.each([
  ["late", d(27, 3, 2025)],
  ["not due yet", d(5, 3, 2025)],
])("receipts typed into the saved file, date de référence %s", (label, dateReference) => {
  let csv: string[][];
  beforeAll(async () => {
    csv = await typedAndRecalculated(`versements-${label.replace(/ /g, "-")}`, dateReference);
  });

  it("shows each payment's amount, écart and state as the domain computes them", () => {
    KEYS.forEach((key, i) => {
      const p = PAYMENTS[i];
      const r = RECEIPTS[i];
      expect([key, shown(csv, rowOf(key), RECEIPT_COL.date), shown(csv, rowOf(key), RECEIPT_COL.amount)]).toEqual([key, p.date, p.amount]);
      expect([key, shown(csv, rowOf(key), RECEIPT_COL.gap)]).toEqual([key, r.amount === null ? "" : r.amount - p.amount]);
      expect([key, shown(csv, rowOf(key), RECEIPT_COL.status)]).toEqual([key, paymentStatus(p.date, p.amount, r, dateReference)]);
    });
    // The figures: 33 750 € advanced at each anniversary, 11 250 + 36 000 € with the next one.
    expect(shown(csv, rowOf(paymentKey(1, "avance")), RECEIPT_COL.amount)).toBe(33_750);
    expect(shown(csv, rowOf(paymentKey(1, "solde")), RECEIPT_COL.amount)).toBe(11_250 + 36_000);
    expect(shown(csv, rowOf(paymentKey(1, "avance")), RECEIPT_COL.status)).toBe("Reçu en partie");
    expect(shown(csv, rowOf(paymentKey(1, "solde")), RECEIPT_COL.status)).toBe(label === "late" ? "Versement attendu depuis 12 j" : "Attendu dans 10 j");
  });

  it("shows the next payment expected as the domain finds it", () => {
    const next = nextPayment(PAYMENTS, RECEIPTS, dateReference)!;
    expect(shown(csv, rowOf(NEXT_KEYS.date), 2)).toBe(next.date);
    expect(shown(csv, rowOf(NEXT_KEYS.amount), 2)).toBe(next.amount);
  });
});
