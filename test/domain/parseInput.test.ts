/**
 * The shared parsers of user input (src/domain/parseNumber.ts, parseInput.ts): the French number
 * rules, each input's decisions (« 80.5 » inhabitants, « 1 » as a taux), and fast-check properties —
 * any formatting of a valid value reads back to it, anything else is refused in French, never thrown.
 */
import fc from "fast-check";
import {
  INPUT_EXPECTED,
  MAX_POPULATION,
  formatDateFr,
  parseDate,
  parseFundedTarget,
  parseGridVersion,
  parseMissionList,
  parsePopulation,
  parseTaille,
  parseTaux,
  readFrenchNumber,
  serialFromDate,
} from "../../src/domain";

const value = <T>(result: { ok: true; value: T } | { ok: false; expected: string }): T | string => (result.ok ? result.value : `refusé : ${result.expected}`);

describe("readFrenchNumber", () => {
  test.each([
    ["80000", 80_000],
    ["80 000", 80_000],
    ["80\u00a0000", 80_000],
    ["80\u202f000", 80_000],
    ["80\u2009000", 80_000],
    ["80.000", 80_000],
    ["1.250.000", 1_250_000],
    ["1 250 000", 1_250_000],
    ["1 250,50", 1250.5],
    ["1.250,50", 1250.5],
    ["0,8", 0.8],
    [",5", 0.5],
    ["0.8", 0.8],
    ["0.125", 0.125],
    ["72.5", 72.5],
    ["80.5", 80.5],
    ["-1 250", -1250],
    ["+3", 3],
    ["  12  ", 12],
    ["007", 7],
    ["-0", 0],
  ])("%j → %d", (text, expected) => {
    expect(readFrenchNumber(text)).toEqual({ kind: "number", value: expected });
  });

  test.each(["8 0000", "80 00", "1.250.5", "1 2 3", "80  000"])("%j: badly grouped thousands", (text) => {
    expect(readFrenchNumber(text)).toEqual({ kind: "badGrouping" });
  });

  test.each(["", " ", "abc", "8e4", "1,2,3", "12a", "€", ".", ",", "--5", "0x10", "Infinity", "1/2"])("%j is not a number", (text) => {
    expect(readFrenchNumber(text)).toEqual({ kind: "notNumber" });
  });
});

describe("population: « 80 000 », « 80.000 », « 80000 » and 80000 are the same", () => {
  test.each([80_000, "80000", "80 000", "80\u00a0000", "80\u202f000", "80.000", " 80 000 "])("%j → 80 000", (input) => {
    expect(value(parsePopulation(input))).toBe(80_000);
  });

  test("« 80.5 » and « 80,5 » read 80,5 inhabitants and are refused for their decimals, saying how thousands are written", () => {
    for (const input of ["80.5", "80,5", 80.5, "80.50", "80 000,5"])
      expect(value(parsePopulation(input))).toBe(`refusé : ${INPUT_EXPECTED.population.notWhole}`);
    expect(INPUT_EXPECTED.population.notWhole).toContain("80 500 ou 80.500");
  });

  test("the 10 000 000 ceiling, 1 the floor", () => {
    expect(value(parsePopulation(MAX_POPULATION))).toBe(MAX_POPULATION);
    expect(value(parsePopulation("10.000.000"))).toBe(MAX_POPULATION);
    expect(value(parsePopulation(MAX_POPULATION + 1))).toBe(`refusé : ${INPUT_EXPECTED.population.tooLarge}`);
    expect(value(parsePopulation("1"))).toBe(1);
    expect(value(parsePopulation(0))).toBe(`refusé : ${INPUT_EXPECTED.population.notPositive}`);
    expect(value(parsePopulation("-80 000"))).toBe(`refusé : ${INPUT_EXPECTED.population.notPositive}`);
  });
});

describe("taux: « 80 % », « 80 », « 0,8 » and 0.8 are the same; 1 is 100 %", () => {
  test.each([0.8, 80, "80 %", "80%", "80\u00a0%", "80", "0,8", "0.8", " 80,0 % "])("%j → 80 %", (input) => {
    expect(value(parseTaux(input))).toBeCloseTo(0.8, 12);
  });

  test.each([
    [1, 1],
    ["1", 1],
    ["1,0", 1],
    ["100", 1],
    ["100 %", 1],
    ["1 %", 0.01],
    ["0,5 %", 0.005],
    ["0,5", 0.5],
    [1.5, 0.015],
    [0, 0],
    ["0 %", 0],
  ])("%j → %d (a number from 0 to 1 without % is a fraction)", (input, expected) => {
    expect(value(parseTaux(input))).toBeCloseTo(expected, 12);
  });

  test.each([101, "120 %", "-5 %", -0.1, "100,5"])("%j is out of 0–100 %", (input) => {
    expect(value(parseTaux(input))).toBe(`refusé : ${INPUT_EXPECTED.taux.outOfRange}`);
  });
});

describe("dates, taille, missions, version", () => {
  const mars = serialFromDate({ year: 2026, month: 3, day: 1 });
  test.each(["01/03/2026", "1/3/2026", "01-03-2026", "01.03.2026", "2026-03-01", " 2026-3-1 "])("%j → 01/03/2026", (text) => {
    expect(value(parseDate(text, { serials: false }))).toBe(mars);
  });

  test("an Excel serial is a date only where the surface passes numbers (CPTS.*); its time of day is dropped", () => {
    expect(value(parseDate(mars + 0.7, { serials: true }))).toBe(mars);
    expect(value(parseDate(mars, { serials: false }))).toBe(`refusé : ${INPUT_EXPECTED.date.text}`);
    expect(value(parseDate(10, { serials: true }))).toBe(`refusé : ${INPUT_EXPECTED.date.outOfRange}`);
    expect(value(parseDate("31/02/2026", { serials: false }))).toBe(`refusé : ${INPUT_EXPECTED.date.text}`);
  });

  test("taille 1–4 from a number, « 3 » or « Taille 3 »", () => {
    expect([3, "3", " Taille 3 ", "3,0"].map((t) => value(parseTaille(t)))).toEqual([3, 3, 3, 3]);
    expect(value(parseTaille(5))).toBe(`refusé : ${INPUT_EXPECTED.taille}`);
  });

  test("missions by key or label, commas or semicolons, fonctionnement always counted, snp needs accès", () => {
    expect(value(parseFundedTarget("Accès aux soins"))).toBe("acces");
    expect(parseMissionList(["Accès aux soins; PARCOURS", "prévention,fonctionnement", "acces"])).toEqual({
      ok: true,
      value: { missions: ["acces", "parcours", "prevention"], snp: false },
    });
    expect(parseMissionList(["parcours,snp"])).toMatchObject({ ok: false, part: null, expected: INPUT_EXPECTED.snpWithoutAcces });
    expect(parseMissionList(["acces,urgences"])).toMatchObject({ ok: false, part: "urgences" });
  });

  test("version by id or year", () => {
    expect(["ACI 2019", "aci 2019", "2019", 2019].map((v) => (parseGridVersion(v).ok ? "ok" : "refusé"))).toEqual(["ok", "ok", "ok", "ok"]);
    expect(parseGridVersion("ACI 2030").ok).toBe(false);
  });
});

// ---------- properties ----------

const SPACES = ["", " ", "\u00a0", "\u202f", "\u2009"];
/** An integer written the French ways: plain, grouped by one of the spaces, or by dots. */
export const frenchInteger = (n: number): fc.Arbitrary<string> => fc.constantFrom(...SPACES, ".").map((sep) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep));

describe("properties", () => {
  test("any French formatting of a population from 1 to 10 000 000 reads back to it", () => {
    const population = fc.integer({ min: 1, max: MAX_POPULATION });
    fc.assert(
      fc.property(
        population.chain((n) => fc.tuple(fc.constant(n), fc.oneof(frenchInteger(n), fc.constant(n)), fc.constantFrom("", " ", "  "))),
        ([n, written, pad]) => {
          expect(value(parsePopulation(typeof written === "number" ? written : pad + written + pad))).toBe(n);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("any spelling of a taux in percent (up to 3 decimals) reads back to it", () => {
    const thousandths = fc.integer({ min: 0, max: 100_000 });
    fc.assert(
      fc.property(thousandths, fc.nat(5), fc.constantFrom(",", "."), fc.constantFrom("%", " %", "\u00a0%", "\u202f%"), (m, how, decimal, sign) => {
        const percent = m / 1000;
        // A dot followed by exactly 3 digits groups thousands (« 6.251 » is 6 251): there the comma is the decimal separator.
        const decimals = String(percent).split(".")[1] ?? "";
        const percentText = String(percent).replace(".", decimals.length === 3 ? "," : decimal);
        const fraction = percent / 100;
        const spellings: unknown[] = [`${percentText}${sign}`, fraction, String(fraction).replace(".", ",")];
        // Without a % sign, a number above 1 is in percent; up to 1 it is a fraction.
        if (percent > 1) spellings.push(percentText, percent);
        const input = spellings[how % spellings.length];
        const read = parseTaux(input);
        expect(read.ok).toBe(true);
        if (read.ok) expect(read.value).toBeCloseTo(fraction, 12);
      }),
      { numRuns: 1000 },
    );
  });

  test("any date from 1900 to 9999, dd/mm/yyyy or ISO, reads back to its serial", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), fc.boolean(), (serial, iso) => {
        const fr = formatDateFr(serial);
        const [d, m, y] = fr.split("/");
        expect(value(parseDate(iso ? `${y}-${m}-${d}` : fr, { serials: false }))).toBe(serial);
      }),
      { numRuns: 500 },
    );
  });

  test("garbage never throws: a value of the right kind, or a French refusal", () => {
    const garbage = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constantFrom(null, undefined, {}, [], "1e5", "80 00", "--1", "%", "1,2,3"),
    );
    const french = /^(un|une|des|le|la|1, 2, 3 ou 4|fonctionnement)/;
    fc.assert(
      fc.property(garbage, (input) => {
        for (const result of [
          parsePopulation(input),
          parseTaux(input),
          parseTaille(input),
          parseDate(input, { serials: true }),
          parseFundedTarget(input),
          parseGridVersion(input),
        ]) {
          if (result.ok) continue;
          expect(result.expected).toMatch(french);
          expect(result.expected).not.toMatch(/undefined|NaN|\[object|null/);
        }
        const population = parsePopulation(input);
        if (population.ok) expect(Number.isInteger(population.value) && population.value >= 1 && population.value <= MAX_POPULATION).toBe(true);
        const taux = parseTaux(input);
        if (taux.ok) expect(taux.value >= 0 && taux.value <= 1).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
