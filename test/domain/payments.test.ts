/**
 * Seed 004, « Les modalités de versement »: an advance of 75 % « de la somme totale due » at each
 * anniversary of the contract, the balance with the next year's payment; the contract lasts 5 years.
 * The sum due at the anniversary is the fixed envelope (ACI model contract art. 6.2; Senate report
 * 2025: « 75 % du volet fixe est versé à chaque date anniversaire ») unless the other reading is chosen.
 */
import fc from "fast-check";
import {
  ADVANCE_RATE,
  CONTRACT_YEARS,
  PAYMENT_STATUS,
  contractTotal,
  expectedPayments,
  isLatePayment,
  nextPayment,
  paymentSchedule,
  paymentStatus,
  serialFromDate,
} from "../../src/domain";

const d = (day: number, month: number, year: number) => serialFromDate({ year, month, day });

describe("paymentSchedule", () => {
  // Taille 3, fonctionnement 75 000 € (seed 004); 150 000 € of fixed volets and 50 000 € of variable ones.
  const signature = d(15, 1, 2024);
  const schedule = paymentSchedule(signature, 75_000, { fixed: 150_000, variable: 50_000 });

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

  test("default reading: advance 112 500 € (75 % of the 150 000 € fixed envelope), balance 37 500 + 50 000 €", () => {
    for (const y of schedule) {
      expect(y.advanceBase).toBe(150_000);
      expect(y.advance).toBe(112_500);
      expect(y.balanceOfBase).toBe(37_500);
      expect(y.balanceBeyondBase).toBe(50_000);
      expect(y.balance).toBe(87_500);
      expect(y.due).toBe(275_000);
      expect(y.fonctionnement).toBe(75_000);
    }
  });

  test("« Montant total des missions »: advance 150 000 € (75 % of 200 000), balance 50 000 €", () => {
    for (const y of paymentSchedule(signature, 75_000, { fixed: 150_000, variable: 50_000 }, "missions")) {
      expect(y.advance).toBe(150_000);
      expect(y.balance).toBe(50_000);
      expect(y.due).toBe(275_000);
    }
  });

  test("the issue's CPTS: taille 3, parcours only (45 000 fixe + 45 000 variable) at 80 %: 33 750 at each anniversary, then 11 250 + 36 000", () => {
    const parcours = paymentSchedule(signature, 75_000, { fixed: 45_000, variable: 45_000 * 0.8 });
    for (const y of parcours) {
      expect(y.advance).toBe(33_750);
      expect(y.balanceOfBase).toBe(11_250);
      expect(y.balanceBeyondBase).toBe(36_000);
      expect(y.balance).toBe(11_250 + 36_000);
    }
    // The old reading advanced 75 % of 81 000 €: 60 750 €, 27 000 € more cash at each anniversary.
    expect(paymentSchedule(signature, 75_000, { fixed: 45_000, variable: 36_000 }, "missions")[0].advance).toBe(60_750);
  });

  test("the crise complement is paid with the balance, in both readings", () => {
    for (const base of ["fixe", "missions"] as const) {
      const [y] = paymentSchedule(signature, 0, { fixed: 10_000, variable: 4_000, complement: 2_000 }, base);
      expect(y.missions).toBe(16_000);
      expect(y.advance).toBe(base === "fixe" ? 7_500 : 10_500);
      expect(y.balance).toBe(16_000 - y.advance);
    }
  });

  test("cumulative received grows by the year's due, to 1 375 000 € over the contract", () => {
    expect(schedule.map((y) => y.cumulative)).toEqual([275_000, 550_000, 825_000, 1_100_000, 1_375_000]);
    expect(contractTotal(schedule)).toBe(1_375_000);
  });

  test("a 29/02 signature keeps its anniversaries on the last day of February", () => {
    const leap = paymentSchedule(d(29, 2, 2024), 50_000, { fixed: 0, variable: 0 });
    expect(leap.map((y) => y.start)).toEqual([d(29, 2, 2024), d(28, 2, 2025), d(28, 2, 2026), d(28, 2, 2027), d(29, 2, 2028)]);
    expect(leap[4].balanceDate).toBe(d(28, 2, 2029));
  });

  test("property: whatever the amounts and the reading, advance + balance = missions and the 15 payments add up to the contract", () => {
    const euros = fc.integer({ min: 0, max: 50_000_000 }).map((c) => c / 100);
    fc.assert(
      fc.property(euros, euros, euros, euros, fc.constantFrom("fixe" as const, "missions" as const), (fonct, fixed, variable, complement, base) => {
        const years = paymentSchedule(signature, fonct, { fixed, variable, complement }, base);
        const payments = expectedPayments(years);
        expect(payments).toHaveLength(15);
        for (const y of years) {
          expect(y.advance + y.balance).toBeCloseTo(y.missions, 6);
          expect(y.balanceOfBase + y.balanceBeyondBase).toBeCloseTo(y.balance, 6);
          expect(y.advance).toBeLessThanOrEqual(y.missions);
        }
        expect(payments.reduce((s, p) => s + p.amount, 0)).toBeCloseTo(contractTotal(years), 4);
        for (let i = 1; i < payments.length; i++) expect(payments[i].date).toBeGreaterThanOrEqual(payments[i - 1].date);
      }),
      { numRuns: 500 },
    );
  });
});

describe("expectedPayments", () => {
  test("per year: fonctionnement and advance at the start, the balance at the next anniversary", () => {
    const payments = expectedPayments(paymentSchedule(d(15, 3, 2024), 75_000, { fixed: 45_000, variable: 36_000 }));
    expect(payments.slice(0, 4)).toEqual([
      { year: 1, kind: "fonctionnement", date: d(15, 3, 2024), amount: 75_000 },
      { year: 1, kind: "avance", date: d(15, 3, 2024), amount: 33_750 },
      { year: 1, kind: "solde", date: d(15, 3, 2025), amount: 47_250 },
      { year: 2, kind: "fonctionnement", date: d(15, 3, 2025), amount: 75_000 },
    ]);
  });
});

describe("paymentStatus", () => {
  const due = d(15, 3, 2025);
  const none = { date: null, amount: null };

  test("late, due today, due in N days, against the date de référence", () => {
    expect(paymentStatus(due, 33_750, none, d(27, 3, 2025))).toBe("Versement attendu depuis 12 j");
    expect(isLatePayment(paymentStatus(due, 33_750, none, d(27, 3, 2025)))).toBe(true);
    expect(paymentStatus(due, 33_750, none, due + 0.75)).toBe(PAYMENT_STATUS.today);
    expect(paymentStatus(due, 33_750, none, d(5, 3, 2025))).toBe("Attendu dans 10 j");
    expect(isLatePayment(PAYMENT_STATUS.dueIn(10))).toBe(false);
  });

  test("received: in full (to the cent, more included), in part, or a date without its amount", () => {
    const ref = d(1, 6, 2025);
    expect(paymentStatus(due, 33_750, { date: due, amount: 33_750 }, ref)).toBe("Reçu");
    expect(paymentStatus(due, 33_750, { date: null, amount: 40_000 }, ref)).toBe("Reçu");
    expect(paymentStatus(due, 33_750, { date: due, amount: 33_749.99 }, ref)).toBe("Reçu en partie");
    expect(paymentStatus(due, 33_750, { date: due, amount: null }, ref)).toBe("Montant reçu à saisir");
  });

  test("a payment of 0 € is never late", () => {
    expect(paymentStatus(due, 0, none, d(1, 6, 2026))).toBe("Aucun montant attendu");
  });
});

describe("nextPayment", () => {
  const payments = expectedPayments(paymentSchedule(d(15, 3, 2024), 75_000, { fixed: 45_000, variable: 36_000 }));
  const blank = payments.map(() => ({ date: null, amount: null }));

  test("the anniversary's payments together: last year's balance, the fonctionnement and the advance", () => {
    expect(nextPayment(payments, blank, d(1, 1, 2025))).toEqual({ date: d(15, 3, 2025), amount: 47_250 + 75_000 + 33_750 });
  });

  test("received payments and the past are left out; none after the last balance", () => {
    const receipts = blank.map((r, i) => (i === 2 ? { date: null, amount: 47_250 } : r));
    expect(nextPayment(payments, receipts, d(15, 3, 2025))).toEqual({ date: d(15, 3, 2025), amount: 75_000 + 33_750 });
    expect(nextPayment(payments, blank, d(16, 3, 2029))).toBeNull();
  });
});
