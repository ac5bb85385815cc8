import fc from "fast-check";
import { edate, serialFromDate } from "../../src/domain";
import { FOLLOW_UP, elapsedMonths, followUp, followUpVerdict, isFollowUpProblem, roundHalfAway } from "../../src/domain/followUp";

const none = (): (number | null)[] => Array.from({ length: 12 }, () => null);

describe("elapsedMonths", () => {
  const signature = serialFromDate({ year: 2026, month: 3, day: 15 });
  it("counts the closed months of the followed year only", () => {
    expect(elapsedMonths(signature, 1, signature)).toBe(0);
    expect(elapsedMonths(signature, 1, edate(signature, 1) - 1)).toBe(0);
    expect(elapsedMonths(signature, 1, edate(signature, 1))).toBe(1);
    expect(elapsedMonths(signature, 1, edate(signature, 5) + 10)).toBe(5);
    expect(elapsedMonths(signature, 1, edate(signature, 40))).toBe(12);
    expect(elapsedMonths(signature, 2, edate(signature, 5))).toBe(0);
    expect(elapsedMonths(signature, 3, edate(signature, 27))).toBe(3);
  });
});

describe("followUp", () => {
  it("projects the closed months' pace over the months still open", () => {
    const monthly = none();
    monthly[0] = 1000;
    monthly[1] = 3000;
    monthly[2] = 500; // the month under way: spent, not a pace yet
    const f = followUp(24000, monthly, 2);
    expect(f.cumul).toBe(4500);
    expect(f.percent).toBeCloseTo(4500 / 24000);
    expect(f.reste).toBe(19500);
    expect(f.projection).toBe(4500 + 2000 * 10);
    expect(f.ecart).toBe(500);
  });
  it("has no pace before the first month closes, and none left once the year is over", () => {
    const monthly = none();
    monthly[5] = 800;
    expect(followUp(1000, monthly, 0).projection).toBe(800);
    expect(followUp(1000, monthly, 12).projection).toBe(800);
  });
  it("has no percentage without a prévu", () => {
    expect(followUp(0, none(), 3).percent).toBeNull();
  });
  it("refuses a year that is not 12 months", () => {
    expect(() => followUp(0, [1, 2], 1)).toThrow("12 mois");
  });
});

describe("followUpVerdict", () => {
  it("says the overspend, the projected one, or the consumption", () => {
    expect(followUpVerdict(10000, 12300, 12300)).toBe("Dépassement de 2 300 €");
    expect(followUpVerdict(10000, 4500, 11200.5)).toBe("Dépassement projeté de 1 200,50 €");
    expect(followUpVerdict(10000, 4500, 9000)).toBe("Consommé à 45 %");
    expect(followUpVerdict(10000, 0, 0)).toBe("Consommé à 0 %");
    expect(followUpVerdict(0, 0, 0)).toBe(FOLLOW_UP.noBudget);
    expect(followUpVerdict(0, 10, 10)).toBe("Dépassement de 10 €");
    // To the cent, like the Équilibre: a sub-cent overshoot is none.
    expect(followUpVerdict(100, 100.004, 100.004)).toBe("Consommé à 100 %");
  });
  it("rounds the percentage half away from zero, like Excel's ROUND", () => {
    expect(roundHalfAway(12.5)).toBe(13);
    expect(roundHalfAway(-12.5)).toBe(-13);
    expect(followUpVerdict(200, 1, 1)).toBe("Consommé à 1 %");
  });
  it("flags exactly the overspent blocks and those consumed ahead of the calendar", () => {
    const amount = fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100);
    fc.assert(
      fc.property(
        amount,
        fc.array(fc.option(amount, { nil: null }), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 0, max: 12 }),
        (prevu, monthly, elapsed) => {
          const f = followUp(prevu, monthly, elapsed);
          const verdict = followUpVerdict(f.prevu, f.cumul, f.projection);
          const over = Math.round((f.cumul - prevu) * 100) > 0 || Math.round((f.projection - prevu) * 100) > 0;
          expect(isFollowUpProblem(verdict)).toBe(over);
          expect(f.projection).toBeGreaterThanOrEqual(f.cumul);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
