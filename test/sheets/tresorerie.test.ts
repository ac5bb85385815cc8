/**
 * The Trésorerie sheet computes the domain's cash position (src/domain/cash.ts): evaluated with
 * HyperFormula on a synthetic workbook (tresorerieFixture.ts), every month's opening, receipts,
 * spending and closing, the first negative month, its alert and the year-end balance equal the
 * domain's on random scenarios, with the add-in and without it (the sheet calls no CPTS.* function:
 * both must agree).
 */
import fc from "fast-check";
import { DetailedCellError } from "hyperformula";
import { CONTRACT_YEARS, serialFromDate } from "../../src/domain";
import { CASH_MONTHS, CASH_NEGATIVE_PREFIX, CashPayment, cashPosition, cashStatus, firstNegativeMonth } from "../../src/domain/cash";
import { a1 } from "../../src/sheets/addresses";
import { TRESORERIE_COL as COL, TRESORERIE_KEYS as K } from "../../src/sheets/tresorerie";
import { TRESORERIE_INPUT_KEYS } from "../../src/sheets/tresorerieInputs";
import { EvaluatedWorkbook, evaluatePlan } from "../support/evaluatePlan";
import { CashScenario, cashInputsOf, cellAt, expectSheetMatchesDomain, syntheticPlan, typeScenario } from "./tresorerieFixture";

const PAYMENT_ROWS = 8;
const plan = syntheticPlan(PAYMENT_ROWS);
const evaluated: Record<"with" | "without", EvaluatedWorkbook> = {
  with: evaluatePlan(plan),
  without: evaluatePlan(plan, { addIn: false }),
};
afterAll(() => Object.values(evaluated).forEach((ev) => ev.destroy()));

const empty = (): CashScenario => ({
  signature: serialFromDate({ year: 2025, month: 1, day: 1 }),
  year: 3,
  payments: Array.from({ length: PAYMENT_ROWS }, () => ({ expectedDate: null, expectedAmount: null, receivedDate: null, receivedAmount: null })),
  realise: Array(CASH_MONTHS).fill(0),
  entries: Array(CASH_MONTHS).fill(0),
  prevu: 0,
  opening: Array(CONTRACT_YEARS).fill(null),
  planned: Array.from({ length: CONTRACT_YEARS }, () => Array(CASH_MONTHS).fill(null)),
});

const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
// Days 1–28: HyperFormula's EDATE clamps 31/01 + 1 month to 28/02 even in leap years, Excel does not.
const signature = fc
  .record({ year: fc.integer({ min: 2019, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(serialFromDate);

const scenario: fc.Arbitrary<CashScenario> = signature.chain((sig) => {
  const around = fc.integer({ min: sig - 60, max: sig + 5 * 366 + 60 });
  const payment: fc.Arbitrary<CashPayment> = fc.record({
    expectedDate: fc.option(around, { freq: 6 }),
    expectedAmount: fc.option(cents(60_000), { freq: 6 }),
    receivedDate: fc.option(around, { freq: 2 }),
    receivedAmount: fc.option(cents(60_000), { freq: 2 }),
  });
  return fc.record({
    signature: fc.constant(sig),
    year: fc.integer({ min: 1, max: CONTRACT_YEARS }),
    payments: fc.array(payment, { minLength: PAYMENT_ROWS, maxLength: PAYMENT_ROWS }),
    realise: fc.array(cents(20_000), { minLength: CASH_MONTHS, maxLength: CASH_MONTHS }),
    entries: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 })), { minLength: CASH_MONTHS, maxLength: CASH_MONTHS }),
    prevu: cents(150_000),
    opening: fc.array(fc.option(fc.integer({ min: -2_000_000, max: 30_000_000 }).map((c) => c / 100)), {
      minLength: CONTRACT_YEARS,
      maxLength: CONTRACT_YEARS,
    }),
    planned: fc.array(fc.array(fc.option(cents(30_000), { freq: 3 }), { minLength: CASH_MONTHS, maxLength: CASH_MONTHS }), {
      minLength: CONTRACT_YEARS,
      maxLength: CONTRACT_YEARS,
    }),
  });
});

describe("Trésorerie: the sheet is the domain's cash position", () => {
  it.each(["with", "without"] as const)("a quoted case, %s the add-in: « Trésorerie négative en mars 2027 : −4 200 € »", (addIn) => {
    const ev = evaluated[addIn];
    const s = empty();
    s.opening[2] = 5_000;
    s.opening[1] = 999_999; // year 2's figure: not the followed year's
    s.planned[2] = [1_000, 1_000, 7_200, ...Array(9).fill(0)];
    typeScenario(ev, s);
    expect(cellAt(ev, K.alert, COL.value)).toBe("Trésorerie négative en mars 2027 : −4 200 €");
    expect(cashStatus(cashPosition(cashInputsOf(s)))).toBe("Trésorerie négative en mars 2027 : −4 200 €");
    expectSheetMatchesDomain(ev, cashInputsOf(s));
  });

  it("receipts: received on their date, else expected on theirs; a payment received late moves to its month", () => {
    const ev = evaluated.with;
    const s = empty();
    const start = serialFromDate({ year: 2027, month: 1, day: 1 });
    s.opening[2] = 0;
    s.prevu = 12_000;
    s.payments[0] = { expectedDate: start, expectedAmount: 33_750, receivedDate: null, receivedAmount: null };
    typeScenario(ev, s);
    expect(cellAt(ev, K.month(1), COL.receipts)).toBe(33_750);
    expect(cellAt(ev, K.month(1), COL.spending)).toBe(1_000);
    // Typed as a user would: 30 000 arrived on 10 March.
    s.payments[0] = { ...s.payments[0], receivedDate: serialFromDate({ year: 2027, month: 3, day: 10 }), receivedAmount: 30_000 };
    typeScenario(ev, s);
    expect(cellAt(ev, K.month(1), COL.receipts)).toBe(0);
    expect(cellAt(ev, K.month(3), COL.receipts)).toBe(30_000);
    expect(cellAt(ev, K.alert, COL.value)).toBe("Trésorerie négative en janvier 2027 : −1 000 €");
    expectSheetMatchesDomain(ev, cashInputsOf(s));
  });

  it("switching the followed year reads that year's inputs and keeps the others", () => {
    const ev = evaluated.with;
    const s = empty();
    s.opening = [100, 200, 300, 400, 500];
    s.planned[3][0] = 50;
    for (const year of [2, 4, 3]) {
      typeScenario(ev, { ...s, year });
      expect(cellAt(ev, K.opening, COL.value)).toBe(100 * year);
      expect(cellAt(ev, K.month(1), COL.spending)).toBe(year === 4 ? 50 : 0);
      expectSheetMatchesDomain(ev, cashInputsOf({ ...s, year }));
    }
  });

  it.each(["with", "without"] as const)("random receipts, actuals and plans, %s the add-in (fast-check)", (addIn) => {
    const ev = evaluated[addIn];
    const seen = { negative: 0, positive: 0 };
    fc.assert(
      fc.property(scenario, (s) => {
        typeScenario(ev, s);
        expectSheetMatchesDomain(ev, cashInputsOf(s));
        seen[firstNegativeMonth(cashPosition(cashInputsOf(s))) ? "negative" : "positive"]++;
      }),
      { numRuns: 50 },
    );
    // The generator reaches both verdicts, so the comparison covers the alert's wording too.
    expect(seen.negative).toBeGreaterThan(5);
    expect(seen.positive).toBeGreaterThan(5);
  });

  it("rows the user added among the months and the inputs change nothing: formulas name their rows", () => {
    const numbers = { 1: "Note", 2: 999, 3: 999, 4: 999, 5: 999, 6: 999 };
    const carried = syntheticPlan(PAYMENT_ROWS, {
      cells: {},
      addedRows: [K.month(3), K.month(12), TRESORERIE_INPUT_KEYS.opening, TRESORERIE_INPUT_KEYS.planned(5)].map((after) => ({ after, values: numbers })),
    });
    const ev = evaluatePlan(carried);
    try {
      const s = empty();
      s.opening[2] = 2_500;
      s.prevu = 24_000;
      s.planned[2][4] = 6_000;
      s.payments[0] = { expectedDate: serialFromDate({ year: 2027, month: 2, day: 1 }), expectedAmount: 10_000, receivedDate: null, receivedAmount: null };
      typeScenario(ev, s);
      expect(ev.rowOf("tresorerie", K.month(4))).toBe(ev.rowOf("tresorerie", K.month(3)) + 2);
      expectSheetMatchesDomain(ev, cashInputsOf(s));
    } finally {
      ev.destroy();
    }
  });

  it("the conditional format marks the first negative month's row only", () => {
    const ev = evaluated.with;
    const s = empty();
    s.opening[2] = 1_000;
    s.planned[2] = [0, 600, 600, 600, ...Array(8).fill(0)];
    typeScenario(ev, s);
    const sheet = plan.sheets.find((x) => x.key === "tresorerie")!;
    const rowFormat = sheet.conditionalFormats.find((cf) => cf.range.startsWith(a1(COL.month, ev.rowOf("tresorerie", K.month(1)))))!;
    const topLeft = rowFormat.range.split(":")[0];
    const marked = Array.from({ length: CASH_MONTHS }, (_, i) =>
      ev.evaluateCondition("tresorerie", rowFormat.formula, topLeft, a1(COL.closing, ev.rowOf("tresorerie", K.month(i + 1)))),
    );
    expect(marked).toEqual(Array.from({ length: CASH_MONTHS }, (_, i) => i === 2));
  });

  it("the control and the pane's figures point at the alert and the year-end balance", () => {
    const sheetControls = plan.controls!.filter((c) => c.kind === "tresorerie");
    expect(sheetControls).toEqual([
      expect.objectContaining({
        sheet: "tresorerie",
        address: a1(COL.value, evaluated.with.rowOf("tresorerie", K.alert)),
        problemPrefix: CASH_NEGATIVE_PREFIX,
      }),
    ]);
    expect(plan.summaries!.map((x) => [x.section, x.address, x.format])).toEqual([
      ["suivi", a1(COL.value, evaluated.with.rowOf("tresorerie", K.alert)), "text"],
      ["suivi", a1(COL.value, evaluated.with.rowOf("tresorerie", K.yearEnd)), "euro"],
    ]);
    const chart = plan.sheets.find((x) => x.key === "tresorerie")!.charts[0];
    expect(chart).toMatchObject({
      type: "line",
      series: [{ values: `F${evaluated.with.rowOf("tresorerie", K.month(1))}:F${evaluated.with.rowOf("tresorerie", K.month(12))}` }],
    });
  });

  it("a text typed where a number or date belongs is ignored, not an error", () => {
    const ev = evaluated.with;
    const s = empty();
    s.opening[2] = 0;
    typeScenario(ev, s);
    ev.setCell("versements", "B2", "bientôt");
    ev.setCell("versements", "C2", 1_000);
    ev.setCell("versements", "E3", "reçu");
    ev.setCell("versements", "B3", serialFromDate({ year: 2027, month: 1, day: 5 }));
    ev.setCell("versements", "C3", 500);
    expect(ev.errors()).toEqual([]);
    expect(cellAt(ev, K.month(1), COL.receipts)).toBe(500);
    expect(cellAt(ev, K.alert, COL.value)).not.toBeInstanceOf(DetailedCellError);
  });
});
