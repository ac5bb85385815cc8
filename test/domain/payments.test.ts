/**
 * Seed 004, « Les modalités de versement »: an advance of 75 % of the year's amount at each
 * anniversary of the contract, the balance with the next year's payment; the contract lasts 5 years.
 */
import { ADVANCE_RATE, CONTRACT_YEARS, contractTotal, paymentSchedule, serialFromDate } from "../../src/domain";

const d = (day: number, month: number, year: number) => serialFromDate({ year, month, day });

describe("paymentSchedule", () => {
  // Taille 3, fonctionnement 75 000 € (seed 004) and 200 000 € of missions a year.
  const schedule = paymentSchedule(d(15, 1, 2024), 75_000, 200_000);

  test("5 contract years, advance rate 75 %", () => {
    expect(CONTRACT_YEARS).toBe(5);
    expect(ADVANCE_RATE).toBe(0.75);
    expect(schedule.map((y) => y.year)).toEqual([1, 2, 3, 4, 5]);
  });

  test("each year starts at an anniversary; the advance is paid then, the balance one year later", () => {
    expect(schedule.map((y) => y.start)).toEqual([d(15, 1, 2024), d(15, 1, 2025), d(15, 1, 2026), d(15, 1, 2027), d(15, 1, 2028)]);
    for (const y of schedule) expect(y.advanceDate).toBe(y.start);
    expect(schedule.map((y) => y.balanceDate)).toEqual([d(15, 1, 2025), d(15, 1, 2026), d(15, 1, 2027), d(15, 1, 2028), d(15, 1, 2029)]);
  });

  test("advance 150 000 € (75 % of 200 000), balance 50 000 €, due 275 000 € a year", () => {
    for (const y of schedule) {
      expect(y.advance).toBe(150_000);
      expect(y.balance).toBe(50_000);
      expect(y.due).toBe(275_000);
      expect(y.fonctionnement).toBe(75_000);
    }
  });

  test("cumulative received grows by the year's due, to 1 375 000 € over the contract", () => {
    expect(schedule.map((y) => y.cumulative)).toEqual([275_000, 550_000, 825_000, 1_100_000, 1_375_000]);
    expect(contractTotal(schedule)).toBe(1_375_000);
  });

  test("a 29/02 signature keeps its anniversaries on the last day of February", () => {
    const leap = paymentSchedule(d(29, 2, 2024), 50_000, 0);
    expect(leap.map((y) => y.start)).toEqual([d(29, 2, 2024), d(28, 2, 2025), d(28, 2, 2026), d(28, 2, 2027), d(29, 2, 2028)]);
    expect(leap[4].balanceDate).toBe(d(28, 2, 2029));
  });
});
