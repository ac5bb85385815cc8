/**
 * The Trésorerie alert's native pieces spell what the domain spells: amounts grouped like formatEuros
 * (nativeVerdicts.ts' frenchAmount, which the alert uses) and month names with CHOOSE, checked in
 * HyperFormula (fast-check).
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { formatEuros, serialFromDate } from "../../src/domain";
import { frenchMonthYear } from "../../src/domain/cash";
import { frenchAmount } from "../../src/sheets/nativeVerdicts";
import { nativeMonthYear } from "../../src/sheets/tresorerieNative";
import { hyperFormulaConfig } from "../support/cptsPlugin";

const hf = HyperFormula.buildEmpty(hyperFormulaConfig());
hf.addSheet("S");
afterAll(() => hf.destroy());
const calc = (formula: string): unknown => hf.calculateFormula(`=${formula}`, 0);

describe("Trésorerie: native wording", () => {
  it("amounts in cents are grouped as formatEuros writes them, cents included", () => {
    const cents = fc.oneof(
      fc.integer({ min: 0, max: 99_999 }),
      // Below 10^11 €: above, HyperFormula zeroes near-equal subtractions and drops cents (nativeVerdicts.ts).
      fc.integer({ min: 0, max: 9_999_999_999_999 }),
      fc.constantFrom(0, 5, 100, 100_000, 100_005, 99_999_999),
    );
    fc.assert(
      fc.property(cents, (c) => {
        expect(calc(frenchAmount(String(c)))).toBe(formatEuros(c / 100).replace(/ €$/, ""));
      }),
      { numRuns: 400 },
    );
  });

  it("month names in French, whatever the locale", () => {
    const date = fc
      .record({ year: fc.integer({ min: 1950, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
      .map(serialFromDate);
    fc.assert(
      fc.property(date, (d) => {
        expect(calc(nativeMonthYear(String(d)))).toBe(frenchMonthYear(d));
      }),
    );
    expect(calc(nativeMonthYear(String(serialFromDate({ year: 2027, month: 8, day: 1 }))))).toBe("août 2027");
  });
});
