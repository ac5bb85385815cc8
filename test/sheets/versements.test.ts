/**
 * The Versements evaluated by HyperFormula against the domain (paymentSchedule, expectedPayments,
 * paymentStatus, nextPayment): the issue's figures, both readings of the advance, the late flag
 * following the date de référence and the receipts, and random workbooks (fast-check).
 */
import fc from "fast-check";
import { DetailedCellError } from "hyperformula";
import {
  ACI_2019,
  MISSIONS,
  MissionKey,
  PAYMENT_KINDS,
  PaymentReceipt,
  TAILLES,
  annualFunding,
  expectedPayments,
  isLatePayment,
  nextPayment,
  paymentSchedule,
  paymentStatus,
  serialFromDate,
} from "../../src/domain";
import { PARAMETRES_NAMES, planWorkbook } from "../../src/sheets";
import { PARAMETRES_LABELS } from "../../src/sheets/labels";
import { missionRetainedAddress, snpAddress } from "../../src/sheets/parametres";
import { NEXT_KEYS, RECEIPT_COL, paymentKey } from "../../src/sheets/versementsReceipts";
import { VERSEMENTS_LABELS } from "../../src/sheets/versementsLabels";
import { YEAR_COL, planVersements } from "../../src/sheets/versements";
import { planGrille } from "../../src/sheets/grille";
import { EvaluatedWorkbook, evaluatePlan } from "../support/evaluatePlan";
import { POPULATION_FOR, choicesFor } from "./fixtures";

const P = Object.fromEntries(Object.entries(PARAMETRES_NAMES).map(([n, a]) => [n, a.replace(/\$/g, "")])) as Record<keyof typeof PARAMETRES_NAMES, string>;
const d = (day: number, month: number, year: number) => serialFromDate({ year, month, day });
const [ON_FIXED, ON_MISSIONS] = PARAMETRES_LABELS.baseAvanceChoices;
const PAYMENT_ROWS = [1, 2, 3, 4, 5].flatMap((year) => PAYMENT_KINDS.map((kind) => paymentKey(year, kind)));

const num = (v: unknown): number => {
  if (typeof v !== "number") throw new Error(`Expected a number, got ${v instanceof DetailedCellError ? `${v.value} ${v.message}` : JSON.stringify(v)}`);
  return v;
};
const at = (wb: EvaluatedWorkbook, key: string, col: number): string => `${String.fromCharCode(65 + col)}${wb.rowOf("versements", key)}`;
const type = (wb: EvaluatedWorkbook, key: string, col: number, value: number | null): void => wb.setCell("versements", at(wb, key, col), value);

describe("the issue's CPTS: taille 3, parcours only (45 000 fixe + 45 000 variable), taux 80 %", () => {
  const wb = evaluatePlan(planWorkbook(choicesFor({ population: POPULATION_FOR[3], missions: ["parcours"], snp: false, taux: 0.8 })));
  afterAll(() => wb.destroy());

  test("advance 33 750 at each anniversary, then 11 250 + 36 000 with the next one", () => {
    expect(wb.getNamed("CPTS_BaseAvance")).toBe(ON_FIXED);
    for (let year = 1; year <= 5; year++) {
      expect(wb.getByKey("versements", `pay:annee:${year}`, YEAR_COL.advance)).toBe(33_750);
      expect(wb.getByKey("versements", `pay:annee:${year}`, YEAR_COL.balance)).toBeCloseTo(11_250 + 36_000, 6);
      expect(wb.getByKey("versements", paymentKey(year, "avance"), RECEIPT_COL.amount)).toBe(33_750);
      expect(wb.getByKey("versements", paymentKey(year, "solde"), RECEIPT_COL.amount)).toBeCloseTo(47_250, 6);
      expect(wb.getByKey("versements", paymentKey(year, "fonctionnement"), RECEIPT_COL.amount)).toBe(75_000);
    }
    expect(wb.errors()).toEqual([]);
  });

  test("« Montant total des missions »: 60 750 advanced, 20 250 with the balance; back to the default", () => {
    wb.setCell("parametres", P.CPTS_BaseAvance, ON_MISSIONS);
    expect(wb.getByKey("versements", "pay:annee:1", YEAR_COL.advance)).toBeCloseTo(60_750, 6);
    expect(wb.getByKey("versements", paymentKey(2, "solde"), RECEIPT_COL.amount)).toBeCloseTo(20_250, 6);
    wb.setCell("parametres", P.CPTS_BaseAvance, ON_FIXED);
    expect(wb.getByKey("versements", "pay:annee:1", YEAR_COL.advance)).toBe(33_750);
  });

  test("the late flag appears and disappears with the date de référence, and goes when the payment is typed", () => {
    const key = paymentKey(2, "avance"); // due 15/03/2025
    const status = () => wb.getByKey("versements", key, RECEIPT_COL.status);
    const statusCell = at(wb, key, RECEIPT_COL.status);
    const cf = wb.plan.sheets.find((s) => s.key === "versements")!.conditionalFormats[0];
    const lateFormat = () => wb.evaluateCondition("versements", cf.formula, cf.range.split(":")[0], statusCell);
    wb.setCell("parametres", P.CPTS_DateReferenceSaisie, d(27, 3, 2025));
    expect(status()).toBe("Versement attendu depuis 12 j");
    expect(lateFormat()).toBe(true);
    wb.setCell("parametres", P.CPTS_DateReferenceSaisie, d(5, 3, 2025));
    expect(status()).toBe("Attendu dans 10 j");
    expect(lateFormat()).toBe(false);
    wb.setCell("parametres", P.CPTS_DateReferenceSaisie, d(27, 3, 2025));
    type(wb, key, RECEIPT_COL.receivedDate, d(20, 3, 2025));
    expect(status()).toBe("Montant reçu à saisir");
    type(wb, key, RECEIPT_COL.receivedAmount, 30_000);
    expect(status()).toBe("Reçu en partie");
    expect(wb.getByKey("versements", key, RECEIPT_COL.gap)).toBe(-3_750);
    expect(lateFormat()).toBe(false);
    type(wb, key, RECEIPT_COL.receivedAmount, 33_750);
    expect(status()).toBe("Reçu");
    expect(wb.getByKey("versements", key, RECEIPT_COL.gap)).toBe(0);
    type(wb, key, RECEIPT_COL.receivedDate, null);
    type(wb, key, RECEIPT_COL.receivedAmount, null);
  });

  test("the next payment expected: the anniversary's three payments together, then none after the contract", () => {
    wb.setCell("parametres", P.CPTS_DateReferenceSaisie, d(10, 1, 2025));
    expect(wb.getByKey("versements", NEXT_KEYS.date, 2)).toBe(d(15, 3, 2025));
    expect(wb.getByKey("versements", NEXT_KEYS.amount, 2)).toBeCloseTo(47_250 + 75_000 + 33_750, 6);
    wb.setCell("parametres", P.CPTS_DateReferenceSaisie, d(1, 1, 2030));
    expect(wb.getByKey("versements", NEXT_KEYS.date, 2)).toBe(VERSEMENTS_LABELS.nextNone);
    expect(wb.getByKey("versements", NEXT_KEYS.amount, 2)).toBe(0);
  });

  test("the Trésorerie's anchors are the payment rows' columns", () => {
    const first = wb.rowOf("versements", PAYMENT_ROWS[0]);
    const last = wb.rowOf("versements", PAYMENT_ROWS[14]);
    expect(last - first).toBe(14);
    const anchors = planVersements(planGrille(choicesFor()).anchors).anchors;
    expect(anchors).toEqual({
      expectedDates: `$C$${first}:$C$${last}`,
      expectedAmounts: `$D$${first}:$D$${last}`,
      receivedDates: `$E$${first}:$E$${last}`,
      receivedAmounts: `$F$${first}:$F$${last}`,
    });
  });
});

describe("random workbooks: the sheet computes what the domain computes", () => {
  const wb = evaluatePlan(planWorkbook(choicesFor()));
  afterAll(() => wb.destroy());
  const euros = fc.integer({ min: 0, max: 20_000_000 }).map((c) => c / 100);
  const receipt = fc.oneof(
    { weight: 2, arbitrary: fc.constant<PaymentReceipt>({ date: null, amount: null }) },
    { weight: 1, arbitrary: fc.record({ date: fc.option(fc.integer({ min: 45_000, max: 48_000 }), { nil: null }), amount: fc.option(euros, { nil: null }) }) },
  );

  test("per-year table, payment amounts, écarts, states and the next payment (both readings)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TAILLES),
        fc.subarray(MISSIONS.map((m) => m.key) as MissionKey[]),
        fc.boolean(),
        fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
        fc.boolean(),
        fc.integer({ min: 44_000, max: 47_000 }),
        fc.integer({ min: 44_000, max: 48_500 }),
        fc.array(receipt, { minLength: 15, maxLength: 15 }),
        (taille, missions, snp, taux, onMissions, signature, dateRef, receipts) => {
          // One recalculation for all the inputs (HyperFormula recomputes the workbook on each change otherwise).
          wb.hf.batch(() => {
            wb.setCell("parametres", P.CPTS_Population, POPULATION_FOR[taille]);
            for (const m of MISSIONS) wb.setCell("parametres", missionRetainedAddress(m.key).replace(/\$/g, ""), missions.includes(m.key) ? "Oui" : "Non");
            wb.setCell("parametres", snpAddress().replace(/\$/g, ""), snp ? "Oui" : "Non");
            wb.setCell("parametres", P.CPTS_TauxAtteinte, taux);
            wb.setCell("parametres", P.CPTS_BaseAvance, onMissions ? ON_MISSIONS : ON_FIXED);
            wb.setCell("parametres", P.CPTS_Signature, signature);
            wb.setCell("parametres", P.CPTS_DateReferenceSaisie, dateRef);
            PAYMENT_ROWS.forEach((key, i) => {
              type(wb, key, RECEIPT_COL.receivedDate, receipts[i].date);
              type(wb, key, RECEIPT_COL.receivedAmount, receipts[i].amount);
            });
          });

          const f = annualFunding(ACI_2019, taille, { missions, snp }, taux);
          const years = paymentSchedule(
            signature,
            f.fonctionnement,
            { fixed: f.fixe + f.supplementaire, variable: f.variable, complement: f.complement },
            onMissions ? "missions" : "fixe",
          );
          for (const y of years) {
            const row = (col: number) => num(wb.getByKey("versements", `pay:annee:${y.year}`, col));
            expect(row(YEAR_COL.start)).toBe(y.start);
            expect(row(YEAR_COL.advance)).toBeCloseTo(y.advance, 6);
            expect(row(YEAR_COL.balance)).toBeCloseTo(y.balance, 6);
            expect(row(YEAR_COL.balanceDate)).toBe(y.balanceDate);
          }
          const payments = expectedPayments(years);
          payments.forEach((p, i) => {
            const key = PAYMENT_ROWS[i];
            expect(num(wb.getByKey("versements", key, RECEIPT_COL.date))).toBe(p.date);
            const amount = num(wb.getByKey("versements", key, RECEIPT_COL.amount));
            expect(amount).toBeCloseTo(p.amount, 6);
            const status = wb.getByKey("versements", key, RECEIPT_COL.status);
            // The domain is fed the sheet's expected amount: the same cents, whatever the float noise.
            expect(status).toBe(paymentStatus(p.date, amount, receipts[i], dateRef));
            const gap = wb.getByKey("versements", key, RECEIPT_COL.gap);
            if (receipts[i].amount === null) expect(gap).toBe("");
            else expect(num(gap)).toBeCloseTo(receipts[i].amount! - p.amount, 6);
            const cf = wb.plan.sheets.find((s) => s.key === "versements")!.conditionalFormats[0];
            const cell = at(wb, key, RECEIPT_COL.status);
            expect(wb.evaluateCondition("versements", cf.formula, cf.range.split(":")[0], cell)).toBe(isLatePayment(String(status)));
          });
          const next = nextPayment(payments, receipts, dateRef);
          const nextDate = wb.getByKey("versements", NEXT_KEYS.date, 2);
          if (next === null) expect(nextDate).toBe(VERSEMENTS_LABELS.nextNone);
          else {
            expect(nextDate).toBe(next.date);
            expect(num(wb.getByKey("versements", NEXT_KEYS.amount, 2))).toBeCloseTo(next.amount, 4);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
