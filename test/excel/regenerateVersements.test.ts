/**
 * Receipts typed in the Versements survive a regeneration, on each platform: the « Date de
 * réception » and « Montant reçu » of keyed payment rows, and a payment row the person added, come back
 * in the same payments after the taille, the missions and the date de référence (the followed year)
 * changed; the écart and the state follow the new expected amounts.
 */
import { PAYMENT_STATUS, serialFromDate } from "../../src/domain";
import { generateWorkbook } from "../../src/excel/generate";
import { SHEET_NAMES } from "../../src/sheets/plan";
import { RECEIPT_COL, paymentKey } from "../../src/sheets/versementsReceipts";
import { PLATFORMS } from "../double";
import { POPULATION_FOR, choicesFor, newWorkbook } from "./fixtures";
import { columnLetter, rowsByKey } from "./userData";

const SHEET = SHEET_NAMES.versements;
const d = (day: number, month: number, year: number) => serialFromDate({ year, month, day });
const col = (c: number): string => columnLetter(c);

/** Receipts of year 1 (signature 15/03/2024) and year 2's fonctionnement. */
const RECEIPTS = [
  { key: paymentKey(1, "fonctionnement"), date: d(2, 4, 2024), amount: 75_000 },
  { key: paymentKey(1, "avance"), date: d(2, 4, 2024), amount: 30_000 },
  { key: paymentKey(1, "solde"), date: d(20, 3, 2025), amount: 12_345.67 },
  { key: paymentKey(2, "fonctionnement"), date: null, amount: 75_000 },
];

describe.each(PLATFORMS)("Versements receipts survive a regeneration, on %s", (platform) => {
  it("after the taille, the missions and the date de référence changed", async () => {
    const double = newWorkbook({ platform });
    await generateWorkbook(choicesFor({ dateReference: d(10, 1, 2025) }), {}, double.run);
    const before = rowsByKey(double, SHEET);
    for (const r of RECEIPTS) {
      const row = before.get(r.key)!;
      if (r.date !== null) double.type(SHEET, `${col(RECEIPT_COL.receivedDate)}${row}`, r.date);
      double.type(SHEET, `${col(RECEIPT_COL.receivedAmount)}${row}`, r.amount);
    }
    // An unplanned payment the person records under year 1's balance.
    const balanceRow = before.get(paymentKey(1, "solde"))!;
    double.insertRows(SHEET, balanceRow + 1);
    double.type(SHEET, `${col(RECEIPT_COL.label)}${balanceRow + 1}`, "Régularisation CPAM");
    double.type(SHEET, `${col(RECEIPT_COL.receivedDate)}${balanceRow + 1}`, d(1, 5, 2025));
    double.type(SHEET, `${col(RECEIPT_COL.receivedAmount)}${balanceRow + 1}`, 1_200);

    // Taille 3 → 2, qualité added, a year later.
    await generateWorkbook(
      choicesFor({ population: POPULATION_FOR[2], missions: ["acces", "parcours", "prevention", "qualite"], dateReference: d(10, 1, 2026) }),
      {},
      double.run,
    );
    const after = rowsByKey(double, SHEET);
    for (const r of RECEIPTS) {
      const row = after.get(r.key)!;
      expect(double.value(SHEET, `${col(RECEIPT_COL.receivedDate)}${row}`)).toBe(r.date ?? "");
      expect(double.value(SHEET, `${col(RECEIPT_COL.receivedAmount)}${row}`)).toBe(r.amount);
      const expected = double.value(SHEET, `${col(RECEIPT_COL.amount)}${row}`) as number;
      expect(double.value(SHEET, `${col(RECEIPT_COL.gap)}${row}`)).toBeCloseTo(r.amount - expected, 6);
    }
    // Taille 2: fonctionnement 60 000 €, so the 75 000 € received is « Reçu », with 15 000 € more.
    const fonct = after.get(paymentKey(1, "fonctionnement"))!;
    expect(double.value(SHEET, `${col(RECEIPT_COL.amount)}${fonct}`)).toBe(60_000);
    expect(double.value(SHEET, `${col(RECEIPT_COL.status)}${fonct}`)).toBe(PAYMENT_STATUS.received);
    expect(double.value(SHEET, `${col(RECEIPT_COL.gap)}${fonct}`)).toBe(15_000);
    // Year 2's advance (15/03/2025) was not typed: late on 10/01/2026.
    const advance2 = after.get(paymentKey(2, "avance"))!;
    expect(double.value(SHEET, `${col(RECEIPT_COL.status)}${advance2}`)).toBe(PAYMENT_STATUS.late(d(10, 1, 2026) - d(15, 3, 2025)));

    const added = after.get(paymentKey(1, "solde"))! + 1;
    expect(double.formula(SHEET, `A${added}`)).toBe("");
    expect(double.value(SHEET, `${col(RECEIPT_COL.label)}${added}`)).toBe("Régularisation CPAM");
    expect(double.value(SHEET, `${col(RECEIPT_COL.receivedAmount)}${added}`)).toBe(1_200);
    expect(double.value(SHEET, `${col(RECEIPT_COL.receivedDate)}${added}`)).toBe(d(1, 5, 2025));
    // The add-in's cells of the person's row compute too: nothing was expected there, 1 200 € came.
    expect(double.value(SHEET, `${col(RECEIPT_COL.gap)}${added}`)).toBe(1_200);
    expect(double.value(SHEET, `${col(RECEIPT_COL.status)}${added}`)).toBe(PAYMENT_STATUS.received);
  });
});
