/** The cash rule (src/domain/cash.ts) on hand-made cases, and its invariants on random ones (fast-check). */
import fc from "fast-check";
import { edate, formatEuros, serialFromDate } from "../../src/domain";
import {
  CASH_MONTHS,
  CASH_STATUS,
  CashInputs,
  cashPosition,
  cashStatus,
  countedReceipt,
  excelRound,
  firstNegativeMonth,
  frenchMonthYear,
  receiptsBetween,
  spreadShare,
} from "../../src/domain/cash";

const START = serialFromDate({ year: 2027, month: 1, day: 15 });
const base = (over: Partial<CashInputs> = {}): CashInputs => ({
  yearStart: START,
  opening: 0,
  payments: [],
  realise: Array(CASH_MONTHS).fill(0),
  entries: Array(CASH_MONTHS).fill(0),
  prevuAnnual: 0,
  planned: Array(CASH_MONTHS).fill(null),
  ...over,
});

describe("cash position", () => {
  it("quotes the first negative month in French: « Trésorerie négative en mars 2027 : −4 200 € »", () => {
    const months = cashPosition(
      base({ yearStart: serialFromDate({ year: 2027, month: 1, day: 1 }), opening: 5_000, planned: [1_000, 1_000, 7_200, ...Array(9).fill(0)] }),
    );
    expect(months.map((m) => m.closing).slice(0, 3)).toEqual([4_000, 3_000, -4_200]);
    expect(cashStatus(months)).toBe("Trésorerie négative en mars 2027 : −4 200 €");
    expect(cashStatus(cashPosition(base({ opening: 10 })))).toBe(CASH_STATUS.positive);
  });

  it("months run from anniversary to anniversary; a payment dated on the next month's first day belongs to it", () => {
    const months = cashPosition(base({ payments: [{ expectedDate: edate(START, 1), expectedAmount: 500, receivedDate: null, receivedAmount: null }] }));
    expect(months[0]).toMatchObject({ start: START, end: edate(START, 1), receipts: 0 });
    expect(months[1].receipts).toBe(500);
    expect(frenchMonthYear(months[11].start)).toBe("décembre 2027");
  });

  it("a payment received counts what arrived when it arrived; without a reception date, on its expected date", () => {
    const p = { expectedDate: START, expectedAmount: 33_750, receivedDate: edate(START, 2) + 3, receivedAmount: 30_000 };
    expect(countedReceipt(p)).toEqual({ date: p.receivedDate, amount: 30_000 });
    expect(countedReceipt({ ...p, receivedDate: null })).toEqual({ date: START, amount: 30_000 });
    expect(countedReceipt({ ...p, receivedDate: null, receivedAmount: null })).toEqual({ date: START, amount: 33_750 });
    expect(receiptsBetween([p], START, edate(START, 1))).toBe(0);
    expect(receiptsBetween([p], edate(START, 2), edate(START, 3))).toBe(30_000);
  });

  it("spending: the réalisé once typed, else the month planned, else the rest of the prévu spread", () => {
    const planned: (number | null)[] = Array(CASH_MONTHS).fill(null);
    planned[0] = 3_000;
    const entries = Array(CASH_MONTHS).fill(0);
    entries[1] = 2;
    const realise = Array(CASH_MONTHS).fill(0);
    realise[1] = 450;
    const months = cashPosition(base({ prevuAnnual: 14_000, planned, entries, realise }));
    expect(spreadShare(14_000, planned)).toBe(1_000);
    expect(months.map((m) => [m.source, m.spending]).slice(0, 3)).toEqual([
      ["planned", 3_000],
      ["realise", 450],
      ["spread", 1_000],
    ]);
    expect(spreadShare(1_000, Array(CASH_MONTHS).fill(500))).toBe(0);
    expect(spreadShare(1_000, [5_000, ...Array(11).fill(null)])).toBe(0);
  });

  it("invariants on random inputs: balances chain, the year adds up, the alert names the first negative month", () => {
    const amount = fc.integer({ min: 0, max: 5_000_000 }).map((c) => c / 100);
    const inputs = fc.record({
      yearStart: fc.integer({ min: serialFromDate({ year: 2019, month: 1, day: 1 }), max: serialFromDate({ year: 2035, month: 1, day: 1 }) }),
      opening: fc.option(fc.integer({ min: -5_000_000, max: 5_000_000 }).map((c) => c / 100)),
      payments: fc.array(
        fc.record({
          expectedDate: fc.option(fc.integer({ min: 43_000, max: 50_000 })),
          expectedAmount: fc.option(amount),
          receivedDate: fc.option(fc.integer({ min: 43_000, max: 50_000 })),
          receivedAmount: fc.option(amount),
        }),
        { maxLength: 12 },
      ),
      realise: fc.array(amount, { minLength: CASH_MONTHS, maxLength: CASH_MONTHS }),
      entries: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: CASH_MONTHS, maxLength: CASH_MONTHS }),
      prevuAnnual: amount,
      planned: fc.array(fc.option(amount), { minLength: CASH_MONTHS, maxLength: CASH_MONTHS }),
    });
    fc.assert(
      fc.property(inputs, (i) => {
        const months = cashPosition(i);
        expect(months[0].opening).toBe(i.opening ?? 0);
        months.forEach((m, k) => {
          if (k > 0) expect(m.opening).toBe(months[k - 1].closing);
          expect(m.closing).toBe(m.opening + m.receipts - m.spending);
          expect(m.end).toBe(k < CASH_MONTHS - 1 ? months[k + 1].start : edate(i.yearStart, 12));
        });
        // Every payment dated inside the year is counted exactly once.
        const inYear = i.payments.map(countedReceipt).filter((r) => r.date !== null && r.date >= i.yearStart && r.date < edate(i.yearStart, 12));
        expect(months.reduce((s, m) => s + m.receipts, 0)).toBeCloseTo(
          inYear.reduce((s, r) => s + r.amount, 0),
          6,
        );
        // Without réalisé, the year spends the prévu or what was planned, whichever is more.
        if (i.entries.every((e) => e === 0) && i.planned.some((p) => p === null)) {
          const planned = i.planned.reduce<number>((s, p) => s + (p ?? 0), 0);
          expect(months.reduce((s, m) => s + m.spending, 0)).toBeCloseTo(Math.max(i.prevuAnnual, planned), 6);
        }
        const first = firstNegativeMonth(months);
        const status = cashStatus(months);
        if (!first) expect(status).toBe(CASH_STATUS.positive);
        else {
          expect(months.slice(0, first.month - 1).every((m) => excelRound(m.closing * 100) >= 0)).toBe(true);
          expect(status).toBe(`Trésorerie négative en ${frenchMonthYear(first.start)} : −${formatEuros(Math.abs(first.closing))}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
