/**
 * The attainment rule of src/domain/attainment.ts: linear in the indicator's sens and clamped,
 * paliers, the mission's share-weighted rate, and every refusal with its French message. The
 * figures are made up for the rule (no contract's figures): départ 40 → cible 60 and the like.
 */
import fc from "fast-check";
import { attainment, attainmentMessage, missionAttainment, paliersProblem, readIndicatorNumber, readPaliers, sensOf } from "../../src/domain/attainment";
import { describeReceived } from "../../src/domain";

const rateOf = (...args: Parameters<typeof attainment>) => {
  const r = attainment(...args);
  if (!r.ok) throw new Error(attainmentMessage(r.problem));
  return r.rate;
};
const problemOf = (...args: Parameters<typeof attainment>) => {
  const r = attainment(...args);
  if (r.ok) throw new Error(`attendu un refus, reçu ${r.rate}`);
  return r.problem;
};

describe("sens", () => {
  test("hausse when cible > départ, baisse when cible < départ, none when equal", () => {
    expect(sensOf(40, 60)).toBe("hausse");
    expect(sensOf(60, 40)).toBe("baisse");
    expect(sensOf(50, 50)).toBeUndefined();
  });
});

describe("linear rule", () => {
  test.each([
    [40, 60, 50, 0.5],
    [40, 60, 40, 0],
    [40, 60, 60, 1],
    [40, 60, 30, 0], // behind the départ: clamped to 0 %
    [40, 60, 75, 1], // beyond the cible: clamped to 100 %
    [0, 10, 0, 0], // a measure of 0 is a measure
    [0, 4, 1, 0.25],
  ])("hausse: départ %d, cible %d, mesure %d → %d", (d, c, m, expected) => {
    expect(rateOf(d, c, m)).toBeCloseTo(expected, 12);
  });

  test.each([
    [100, 80, 90, 0.5], // « Baisse du nombre de recours aux urgences »
    [100, 80, 80, 1],
    [100, 80, 70, 1],
    [100, 80, 100, 0],
    [100, 80, 120, 0],
    [10, 0, 0, 1], // down to 0: a measure of 0 reaches the cible
  ])("baisse: départ %d, cible %d, mesure %d → %d", (d, c, m, expected) => {
    expect(rateOf(d, c, m)).toBeCloseTo(expected, 12);
  });

  test("a measure at the départ gives 0, never -0", () => {
    expect(Object.is(rateOf(100, 80, 100), 0)).toBe(true);
    expect(Object.is(rateOf(40, 60, 40), 0)).toBe(true);
  });

  test("property: always within 0–1, monotone in the sens, 1 at the cible and 0 at the départ", () => {
    const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(finite, finite, finite, finite, (d, c, m1, m2) => {
        fc.pre(d !== c);
        const a = rateOf(d, c, m1);
        const b = rateOf(d, c, m2);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(1);
        const further = c > d ? m2 >= m1 : m2 <= m1;
        if (further) expect(b).toBeGreaterThanOrEqual(a);
        expect(rateOf(d, c, c)).toBe(1);
        expect(rateOf(d, c, d)).toBe(0);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("paliers", () => {
  const hausse = [
    { seuil: 45, part: 0.25 },
    { seuil: 50, part: 0.5 },
    { seuil: 60, part: 1 },
  ];
  test.each([
    [44.9, 0],
    [45, 0.25],
    [49, 0.25],
    [50, 0.5],
    [59.99, 0.5],
    [60, 1],
    [80, 1],
  ])("hausse 40 → 60, paliers 45 | 25 %, 50 | 50 %, 60 | 100 %: mesure %d → %d", (m, expected) => {
    expect(rateOf(40, 60, m, hausse)).toBe(expected);
  });

  const baisse = [
    { seuil: 95, part: 0.3 },
    { seuil: 85, part: 0.6 },
    { seuil: 80, part: 1 },
  ];
  test.each([
    [96, 0],
    [95, 0.3],
    [90, 0.3],
    [85, 0.6],
    [81, 0.6],
    [80, 1],
    [0, 1],
  ])("baisse 100 → 80, paliers 95 | 30 %, 85 | 60 %, 80 | 100 %: mesure %d → %d", (m, expected) => {
    expect(rateOf(100, 80, m, baisse)).toBe(expected);
  });

  test("an empty list of paliers is the linear rule", () => {
    expect(rateOf(40, 60, 50, [])).toBe(0.5);
  });

  test("seuils not strictly increasing in the sens are refused, with the palier's rank", () => {
    expect(
      problemOf(40, 60, 50, [
        { seuil: 50, part: 0.5 },
        { seuil: 45, part: 1 },
      ]),
    ).toEqual({ kind: "paliersNonCroissants", sens: "hausse", rank: 2 });
    expect(
      problemOf(40, 60, 50, [
        { seuil: 50, part: 0.5 },
        { seuil: 50, part: 1 },
      ]),
    ).toMatchObject({ kind: "paliersNonCroissants", rank: 2 });
    // Increasing seuils for a baisse are the wrong way round.
    expect(
      problemOf(100, 80, 90, [
        { seuil: 85, part: 0.5 },
        { seuil: 95, part: 1 },
      ]),
    ).toEqual({ kind: "paliersNonCroissants", sens: "baisse", rank: 2 });
  });

  test("parts out of 0–100 % and decreasing parts are refused", () => {
    expect(problemOf(40, 60, 50, [{ seuil: 45, part: 1.2 }])).toMatchObject({ kind: "partHorsLimites", rank: 1 });
    expect(problemOf(40, 60, 50, [{ seuil: 45, part: -0.1 }])).toMatchObject({ kind: "partHorsLimites", rank: 1 });
    expect(
      problemOf(40, 60, 50, [
        { seuil: 45, part: 0.6 },
        { seuil: 50, part: 0.5 },
      ]),
    ).toEqual({ kind: "partsDecroissantes", rank: 2 });
    expect(paliersProblem(hausse, "hausse")).toBeUndefined();
    expect(paliersProblem(baisse, "baisse")).toBeUndefined();
  });

  test("property: with valid paliers the rate is one of their parts or 0, and never decreases as the measure goes further", () => {
    const palierList = fc
      .uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 6 })
      .chain((seuils) =>
        fc.tuple(
          fc.constant([...seuils].sort((a, b) => a - b)),
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: seuils.length, maxLength: seuils.length }),
        ),
      );
    fc.assert(
      fc.property(palierList, fc.boolean(), fc.integer({ min: -1200, max: 1200 }), fc.integer({ min: -1200, max: 1200 }), ([seuils, parts], down, m1, m2) => {
        const sortedParts = [...parts].sort((a, b) => a - b);
        const ordered = down ? [...seuils].reverse() : seuils;
        const paliers = ordered.map((seuil, i) => ({ seuil, part: sortedParts[i] }));
        const [d, c] = down ? [2000, -2000] : [-2000, 2000];
        const a = rateOf(d, c, m1, paliers);
        expect([0, ...sortedParts]).toContain(a);
        const further = down ? m2 <= m1 : m2 >= m1;
        if (further) expect(rateOf(d, c, m2, paliers)).toBeGreaterThanOrEqual(a);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("refusals and their French messages", () => {
  test("cible = départ", () => {
    expect(problemOf(50, 50, 55)).toEqual({ kind: "cibleEgaleDepart" });
    expect(attainmentMessage({ kind: "cibleEgaleDepart" })).toBe(
      "La cible est égale à la valeur de départ : ni hausse ni baisse à mesurer, indiquez une cible différente",
    );
  });

  test("missing measure (cible = départ is said first: the indicator itself is wrong)", () => {
    expect(problemOf(40, 60, null)).toEqual({ kind: "mesureManquante" });
    expect(problemOf(50, 50, null)).toEqual({ kind: "cibleEgaleDepart" });
    expect(attainmentMessage({ kind: "mesureManquante" })).toBe("Mesure manquante : l'indicateur n'a pas encore été mesuré");
  });

  test("every message is French and names what is wrong", () => {
    expect(attainmentMessage({ kind: "paliersNonCroissants", sens: "hausse", rank: 2 })).toBe(
      "Paliers non croissants : pour un indicateur en hausse, chaque seuil doit dépasser le précédent (palier 2)",
    );
    expect(attainmentMessage({ kind: "paliersNonCroissants", sens: "baisse", rank: 3 })).toBe(
      "Paliers non décroissants : pour un indicateur en baisse, chaque seuil doit être inférieur au précédent (palier 3)",
    );
    expect(attainmentMessage({ kind: "partHorsLimites", rank: 1, received: "150" })).toBe(
      "Part du palier 1 attendue : de 0 à 100 %, « 50 % », « 50 » ou « 0,5 » (reçu : 150)",
    );
    expect(attainmentMessage({ kind: "partsDecroissantes", rank: 2 })).toBe(
      "Parts des paliers décroissantes : la part du palier 2 est inférieure à celle du palier précédent",
    );
    expect(attainmentMessage({ kind: "nonNumerique", role: "mesure", received: "« beaucoup »" })).toBe(
      "Mesure attendue : un nombre, par exemple « 1 250 », « 12,5 » ou « 85 % » (reçu : « beaucoup »)",
    );
    expect(attainmentMessage({ kind: "valeurManquante", role: "cible" })).toBe("Cible manquante : un nombre est attendu");
    expect(attainmentMessage({ kind: "paliersForme", received: "3 colonnes" })).toBe(
      "Paliers attendus : une plage de 2 colonnes, seuil | part, ou une ligne seuil 1 | part 1 | seuil 2 | part 2… (reçu : 3 colonnes)",
    );
  });
});

describe("reading typed values (the shared French number parser)", () => {
  const read = (v: unknown) => readIndicatorNumber(v, "mesure", describeReceived);
  test.each([
    [1250, 1250],
    ["1 250", 1250],
    ["1\u202f250", 1250],
    ["12,5", 12.5],
    ["0.8", 0.8],
    ["85 %", 0.85],
    ["-3", -3],
    [0, 0],
  ])("%p reads %p", (input, expected) => {
    expect(read(input)).toEqual({ ok: true, value: expected });
  });
  test.each([null, undefined, "", "   "])("%p is blank (null)", (input) => {
    expect(read(input)).toEqual({ ok: true, value: null });
  });
  test.each([
    ["beaucoup", "« beaucoup »"],
    [true, "VRAI"],
    [Number.NaN, "valeur non numérique"],
    ["8 0000", "« 8 0000 »"],
  ])("%p is refused", (input, received) => {
    expect(read(input)).toEqual({ ok: false, problem: { kind: "nonNumerique", role: "mesure", received } });
  });

  test("paliers from a 2-column range: parts like a taux, blank cells 0, blank rows skipped", () => {
    expect(
      readPaliers(
        [
          [45, "25 %"],
          ["50", 50],
          [60, 1],
          [null, null],
          [0, 0],
        ],
        describeReceived,
      ),
    ).toEqual({
      ok: true,
      value: [
        { seuil: 45, part: 0.25 },
        { seuil: 50, part: 0.5 },
        { seuil: 60, part: 1 },
      ],
    });
    expect(readPaliers([[45, 0.5, 1]], describeReceived)).toEqual({ ok: false, problem: { kind: "paliersForme", received: "3 colonnes" } });
    expect(readPaliers([[45, 150]], describeReceived)).toEqual({ ok: false, problem: { kind: "partHorsLimites", rank: 1, received: "150" } });
    expect(readPaliers([["x", 0.5]], describeReceived)).toMatchObject({ ok: false, problem: { kind: "nonNumerique", role: "seuil" } });
  });
});

describe("a mission's attainment", () => {
  test("share-weighted over its measured financial indicators", () => {
    expect(
      missionAttainment([
        { financier: true, part: 3000, rate: 1 },
        { financier: true, part: 1000, rate: 0.2 },
        { financier: false, part: 5000, rate: 0 }, // followed without financial impact
        { financier: true, part: 2000, rate: undefined }, // not measured yet
      ]),
    ).toBeCloseTo((3000 * 1 + 1000 * 0.2) / 4000, 12);
  });

  test("no measured financial indicator → undefined (the caller keeps the global taux)", () => {
    expect(missionAttainment([])).toBeUndefined();
    expect(missionAttainment([{ financier: true, part: 1000, rate: undefined }])).toBeUndefined();
    expect(missionAttainment([{ financier: false, part: 1000, rate: 0.5 }])).toBeUndefined();
    expect(missionAttainment([{ financier: true, part: 0, rate: 0.5 }])).toBeUndefined();
  });

  test("property: between the smallest and largest rate measured", () => {
    const indicator = fc.record({
      financier: fc.boolean(),
      part: fc.integer({ min: 0, max: 100_000 }),
      rate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(indicator, { maxLength: 8 }), (list) => {
        const counted = list.filter((i) => i.financier && i.part > 0 && i.rate !== undefined).map((i) => i.rate!);
        const rate = missionAttainment(list);
        if (counted.length === 0) expect(rate).toBeUndefined();
        else {
          expect(rate!).toBeGreaterThanOrEqual(Math.min(...counted) - 1e-12);
          expect(rate!).toBeLessThanOrEqual(Math.max(...counted) + 1e-12);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
