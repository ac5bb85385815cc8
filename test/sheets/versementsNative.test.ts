/**
 * The Versements' native formulas against the domain on 5 000 random payments each, in HyperFormula:
 * the state equals paymentStatus, the late conditional format is true exactly when the state is late,
 * the next-payment candidate is the payment's date exactly when nextPayment would consider it. Cells
 * hold what a user may leave there: blanks, texts, fractional dates, cents; a non-number counts as not
 * typed, as the sheet hands null to the domain.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { PaymentReceipt, isLatePayment, nextPayment, paymentStatus } from "../../src/domain";
import { lateCondition, nextCandidateFormula, paymentStatusFormula, receivedCondition } from "../../src/sheets/versementsNative";
import { hyperFormulaConfig } from "../support/cptsPlugin";

const CELLS = { expectedDate: "A1", expectedAmount: "B1", receivedDate: "C1", receivedAmount: "D1" };
const DATE_REF = "E1";
/** Status, late format, received format and candidate, side by side in row 2. */
const FORMULAS = [paymentStatusFormula(CELLS, DATE_REF), lateCondition(CELLS, DATE_REF), receivedCondition(CELLS), nextCandidateFormula(CELLS, DATE_REF)];

let hf: HyperFormula;
beforeAll(() => {
  hf = HyperFormula.buildFromArray([[null, null, null, null, null], FORMULAS], hyperFormulaConfig());
});
afterAll(() => hf.destroy());

const cents = fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 100);
/** A date, or a date and time to the minute (a date de référence typed with NOW(), a time pasted with the date). */
const serial = fc.oneof(
  fc.integer({ min: 1, max: 80_000 }),
  fc.tuple(fc.integer({ min: 1, max: 80_000 }), fc.integer({ min: 0, max: 1_439 })).map(([day, minute]) => day + minute / 1_440),
);
/** What a « Date de réception » or « Montant reçu » cell may hold. */
const typed = (value: fc.Arbitrary<number>) => fc.oneof(fc.constant(null), value, fc.constantFrom("", "reçu", "15/03/2025", " "));

describe("native state, conditional formats and candidate = the domain", () => {
  test("5 000 random payments", () => {
    fc.assert(
      fc.property(serial, cents, typed(serial), typed(cents), serial, (expectedDate, expectedAmount, receivedDate, receivedAmount, dateRef) => {
        hf.setSheetContent(0, [[expectedDate, expectedAmount, receivedDate, receivedAmount, dateRef], FORMULAS]);
        const [inputs, [status, late, received, candidate]] = hf.getSheetValues(0);
        // What the cells hold once entered: a date typed as text (« 15/03/2025 ») is a date, as in Excel.
        const asNumber = (v: unknown): number | null => (typeof v === "number" ? v : null);
        const receipt: PaymentReceipt = { date: asNumber(inputs[2]), amount: asNumber(inputs[3]) };
        const expected = paymentStatus(expectedDate, expectedAmount, receipt, dateRef);
        expect(status).toBe(expected);
        expect(late).toBe(isLatePayment(expected));
        expect(received).toBe(expected === "Reçu" && receipt.amount !== null);
        const payment = { year: 1, kind: "avance" as const, date: expectedDate, amount: expectedAmount };
        const considered = nextPayment([payment], [receipt], dateRef) !== null;
        // HyperFormula rounds its results to 14 significant digits: the date, to that precision.
        if (considered) expect(candidate).toBeCloseTo(expectedDate, 6);
        else expect(candidate).toBe("");
      }),
      { numRuns: 5_000 },
    );
  });

  test("the wording is the domain's: « Versement attendu depuis 12 j », « Attendu dans 10 j »", () => {
    hf.setSheetContent(0, [[45_731, 33_750, null, null, 45_743], FORMULAS]);
    expect(hf.getSheetValues(0)[1][0]).toBe("Versement attendu depuis 12 j");
    hf.setSheetContent(0, [[45_731, 33_750, null, null, 45_721], FORMULAS]);
    expect(hf.getSheetValues(0)[1][0]).toBe("Attendu dans 10 j");
  });
});
