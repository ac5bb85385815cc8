/**
 * CPTS.ATTEINTE(depart; cible; mesure; [paliers]): values for hausse, baisse and paliers, every
 * error with its French message, the empty-cell convention, more than 5 000 random inputs (never a
 * throw; valid inputs equal the domain), and in HyperFormula the function and its native twin
 * (src/sheets/nativeAttainment.ts) agree with the domain. The figures are made up for the rule.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { Palier, attainment, attainmentMessage } from "../../src/domain/attainment";
import { atteinte } from "../../src/functions/cpts";
import { isFunctionError } from "../../src/functions/result";
import { atteinteFormula, nativeAttainment } from "../../src/sheets/nativeAttainment";
import { hyperFormulaConfig, registerCptsPlugin } from "../support/cptsPlugin";

const valueError = (message: string) => ({ error: "#VALUE!", message });
const naError = (message: string) => ({ error: "#N/A", message });
const MISSING = "Mesure manquante : l'indicateur n'a pas encore été mesuré";
const SAME = "La cible est égale à la valeur de départ : ni hausse ni baisse à mesurer, indiquez une cible différente";

let inputsChecked = 0;

describe("values", () => {
  test.each([
    [40, 60, 50, 0.5],
    [40, 60, 60, 1],
    [40, 60, 70, 1],
    [40, 60, 35, 0],
    [0, 200, 0, 0],
    [0, 200, 50, 0.25],
  ])("hausse: CPTS.ATTEINTE(%p; %p; %p) = %p", (d, c, m, expected) => {
    expect(atteinte(d, c, m)).toBeCloseTo(expected, 12);
  });

  test.each([
    [100, 80, 90, 0.5],
    [100, 80, 80, 1],
    [100, 80, 60, 1],
    [100, 80, 110, 0],
    [12, 0, 0, 1], // a measure of 0 is a measure: down to 0 recours, cible reached
    [12, 0, 3, 0.75],
  ])("baisse: CPTS.ATTEINTE(%p; %p; %p) = %p", (d, c, m, expected) => {
    expect(atteinte(d, c, m)).toBeCloseTo(expected, 12);
  });

  test("numbers typed as text are read by the shared French parser", () => {
    expect(atteinte("1 000", "2 000", "1 250")).toBe(0.25);
    expect(atteinte("1\u202f000", "2.000", "1 500,0")).toBe(0.5);
    expect(atteinte("10", "20", "12,5")).toBe(0.25);
    expect(atteinte("40 %", "60 %", "50 %")).toBeCloseTo(0.5, 12);
    // A one-cell range stands for its value, as for the other functions.
    expect(atteinte([[40]], [[60]], [[50]])).toBe(0.5);
  });

  const hausse = [
    [45, 0.25],
    [50, "50 %"],
    [60, 1],
  ];
  test.each([
    [44, 0],
    [45, 0.25],
    [55, 0.5],
    [60, 1],
    [99, 1],
  ])("paliers, hausse 40 → 60 (45 | 25 %, 50 | 50 %, 60 | 100 %): mesure %p → %p", (m, expected) => {
    expect(atteinte(40, 60, m, hausse)).toBe(expected);
  });

  const baisse = [
    [95, 30],
    [85, 60],
    [80, 100],
  ];
  test.each([
    [100, 0],
    [95, 0.3],
    [86, 0.3],
    [85, 0.6],
    [80, 1],
  ])("paliers, baisse 100 → 80 (95 | 30, 85 | 60, 80 | 100): mesure %p → %p", (m, expected) => {
    expect(atteinte(100, 80, m, baisse)).toBe(expected);
  });

  test("paliers: omitted, null, an empty cell (0 on Windows) or a range of blank cells is the linear rule", () => {
    for (const none of [
      undefined,
      null,
      0,
      "",
      [[null, null]],
      [
        [0, 0],
        [0, 0],
      ],
      [[null]],
      [[0]],
    ])
      expect(atteinte(40, 60, 50, none)).toBe(0.5);
    // Blank rows (the unused end of a paliers range, null on the web, 0 on Windows) are skipped.
    expect(
      atteinte(40, 60, 55, [
        [45, 0.25],
        [50, 0.5],
        [null, null],
        [0, 0],
      ]),
    ).toBe(0.5);
    // A blank part reads 0 (as an empty cell counts 0), the same on every platform.
    expect(
      atteinte(40, 60, 47, [
        [45, null],
        [50, 0.5],
      ]),
    ).toBe(0);
    expect(
      atteinte(40, 60, 47, [
        [45, 0],
        [50, 0.5],
      ]),
    ).toBe(0);
  });
});

test("Excel data types (allowCustomDataForDataTypeAny): a cell value object counts as its basicValue, in the paliers too", () => {
  const double = (basicValue: number) => ({ type: "Double", basicValue });
  expect(atteinte(double(40), double(60), { type: "FormattedNumber", basicValue: 50, numberFormat: "0" })).toBe(0.5);
  expect(
    atteinte(40, 60, 55, [
      [double(45), double(0.25)],
      [double(50), double(0.5)],
    ]),
  ).toBe(0.5);
});

describe("errors, in French, never thrown", () => {
  test("cible = départ → #VALUE!", () => {
    expect(atteinte(50, 50, 55)).toEqual(valueError(SAME));
    expect(atteinte(0, 0, 0)).toEqual(valueError(SAME));
    expect(atteinte("1 000", 1000, 5)).toEqual(valueError(SAME));
  });

  test('missing measure → #N/A « Mesure manquante » (blank: null, "", spaces)', () => {
    for (const blank of [null, undefined, "", "  ", [[null]], [[""]]]) expect(atteinte(40, 60, blank)).toEqual(naError(MISSING));
  });

  test("0 is a measure, a départ and a cible (not « empty », unlike the other functions' arguments)", () => {
    expect(atteinte(40, 60, 0)).toBe(0);
    expect(atteinte(0, 10, 5)).toBe(0.5);
    expect(atteinte(10, 0, 5)).toBe(0.5);
  });

  test("missing départ or cible → #VALUE!", () => {
    expect(atteinte(null, 60, 50)).toEqual(valueError("Valeur de départ manquante : un nombre est attendu"));
    expect(atteinte(40, "", 50)).toEqual(valueError("Cible manquante : un nombre est attendu"));
  });

  test("non-numeric input → #VALUE! naming the argument and what was received", () => {
    expect(atteinte("beaucoup", 60, 50)).toEqual(
      valueError("Valeur de départ attendue : un nombre, par exemple « 1 250 », « 12,5 » ou « 85 % » (reçu : « beaucoup »)"),
    );
    expect(atteinte(40, true, 50)).toEqual(valueError("Cible attendue : un nombre, par exemple « 1 250 », « 12,5 » ou « 85 % » (reçu : VRAI)"));
    expect(atteinte(40, 60, "8 0000")).toEqual(valueError("Mesure attendue : un nombre, par exemple « 1 250 », « 12,5 » ou « 85 % » (reçu : « 8 0000 »)"));
    expect(atteinte(40, 60, Number.NaN)).toMatchObject({ error: "#VALUE!" });
    expect(atteinte(40, 60, [[1, 2]])).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("une plage de 2 cellules") });
  });

  test("paliers not increasing in the indicator's sens → #VALUE!", () => {
    expect(
      atteinte(40, 60, 50, [
        [50, 0.5],
        [45, 1],
      ]),
    ).toEqual(valueError("Paliers non croissants : pour un indicateur en hausse, chaque seuil doit dépasser le précédent (palier 2)"));
    expect(
      atteinte(40, 60, 50, [
        [50, 0.5],
        [50, 1],
      ]),
    ).toMatchObject({ error: "#VALUE!" });
    expect(
      atteinte(100, 80, 90, [
        [85, 0.5],
        [95, 1],
      ]),
    ).toEqual(valueError("Paliers non décroissants : pour un indicateur en baisse, chaque seuil doit être inférieur au précédent (palier 2)"));
  });

  test("parts out of 0–100 % or decreasing → #VALUE!", () => {
    expect(atteinte(40, 60, 50, [[45, 150]])).toEqual(valueError("Part du palier 1 attendue : de 0 à 100 %, « 50 % », « 50 » ou « 0,5 » (reçu : 150)"));
    expect(atteinte(40, 60, 50, [[45, -0.5]])).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("Part du palier 1") });
    expect(atteinte(40, 60, 50, [[45, "la moitié"]])).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("Part du palier 1") });
    expect(
      atteinte(40, 60, 50, [
        [45, 0.6],
        [50, 0.5],
      ]),
    ).toEqual(valueError("Parts des paliers décroissantes : la part du palier 2 est inférieure à celle du palier précédent"));
  });

  test("paliers on one row, seuil 1 | part 1 | seuil 2 | part 2 | …, read as the 2-column range; blank pairs skipped", () => {
    const row = [45, 0.25, 50, 0.5, 60, 1];
    for (const m of [44, 45, 52, 61]) {
      expect(atteinte(40, 60, m, [row])).toBe(
        atteinte(40, 60, m, [
          [45, 0.25],
          [50, 0.5],
          [60, 1],
        ]),
      );
    }
    expect(atteinte(40, 60, 52, [[45, 0.25, null, null, 60, 1]])).toBe(0.25);
    expect(atteinte(40, 60, 52, [[null, null, null, null]])).toBeCloseTo(0.6, 12);
  });

  test("paliers not in 2 columns → #VALUE!", () => {
    expect(atteinte(40, 60, 50, [[45], [50]])).toEqual(
      valueError("Paliers attendus : une plage de 2 colonnes, seuil | part, ou une ligne seuil 1 | part 1 | seuil 2 | part 2… (reçu : 1 colonne)"),
    );
    expect(atteinte(40, 60, 50, [[45, 0.5, 1]])).toEqual(
      valueError("Paliers attendus : une plage de 2 colonnes, seuil | part, ou une ligne seuil 1 | part 1 | seuil 2 | part 2… (reçu : 3 colonnes)"),
    );
    expect(atteinte(40, 60, 50, "45")).toMatchObject({ error: "#VALUE!" });
  });

  test("with bad paliers, a missing measure still says the paliers are wrong first (they are the indicator's definition)", () => {
    expect(
      atteinte(40, 60, null, [
        [50, 0.5],
        [45, 1],
      ]),
    ).toMatchObject({ error: "#VALUE!" });
  });
});

describe("property: more than 5 000 random inputs", () => {
  const garbage = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(""),
    fc.double(),
    fc.integer({ min: -100, max: 100 }),
    fc.boolean(),
    fc.string(),
    fc.constantFrom("1 250", "12,5", "85 %", "0.8", "8 0000", "1.250.000", "−3", "abc", "  ", "100 %", "1e3"),
    fc.array(fc.array(fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(null)), { maxLength: 3 }), { maxLength: 4 }),
    fc.object(),
  );

  test("garbage never throws and gives a rate 0–1 or a French #VALUE!/#N/A", () => {
    fc.assert(
      fc.property(garbage, garbage, garbage, garbage, (d, c, m, p) => {
        inputsChecked++;
        const result = atteinte(d, c, m, p);
        if (isFunctionError(result)) {
          expect(["#VALUE!", "#N/A"]).toContain(result.error);
          expect(result.message).toMatch(/[éèàùç]|attendu|manquante|palier/i);
        } else {
          expect(typeof result).toBe("number");
          expect(result).toBeGreaterThanOrEqual(0);
          expect(result).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 3_000 },
    );
  });

  test("valid numbers, as numbers or French texts, with or without paliers, equal the domain", () => {
    const value = fc.oneof(fc.integer({ min: -5_000, max: 5_000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    /** The way the value reaches the function: a number, or a text with a French decimal comma. */
    const spelled = (v: number, asText: boolean): unknown => (asText && Number.isInteger(v) ? String(v).replace("-", "−") : v);
    const paliers = fc.option(fc.array(fc.tuple(fc.integer({ min: -5_000, max: 5_000 }), fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 5 }), {
      nil: undefined,
    });
    fc.assert(
      fc.property(value, value, fc.option(value, { nil: null }), paliers, fc.boolean(), fc.boolean(), (d, c, m, rows, asText, oneRow) => {
        inputsChecked++;
        // Parts in percent points 0–100, as a user types them (50 = 50 %; 1 = 100 %, the taux rule).
        const domainPaliers: Palier[] | undefined = rows
          ?.filter(([s, p]) => s !== 0 || p !== 0)
          .map(([seuil, part]) => ({ seuil, part: part <= 1 ? part : part / 100 }));
        const expected = attainment(d, c, m, domainPaliers);
        // The same paliers as one row seuil 1 | part 1 | seuil 2 | part 2 | … (the Indicateurs sheet's layout).
        const given = oneRow && rows ? [rows.flat()] : rows;
        const result = atteinte(spelled(d, asText), spelled(c, asText), m === null ? null : spelled(m, asText), given);
        if (expected.ok) expect(result).toBe(expected.rate);
        else expect(result).toEqual({ error: expected.problem.kind === "mesureManquante" ? "#N/A" : "#VALUE!", message: attainmentMessage(expected.problem) });
      }),
      { numRuns: 2_500 },
    );
  });

  afterAll(() => {
    expect(inputsChecked).toBeGreaterThanOrEqual(5_000);
  });
});

describe("in HyperFormula: the function and its native twin give the domain's rate", () => {
  beforeAll(() => registerCptsPlugin());

  const cell = (v: number | null | string) => v;

  test("=CPTS.ATTEINTE over cells and a paliers range", () => {
    const hf = HyperFormula.buildFromArray(
      [
        [40, 60, 50, "=CPTS.ATTEINTE(A1,B1,C1)", 45, 0.25],
        [100, 80, 90, "=CPTS.ATTEINTE(A2,B2,C2,E1:F3)", 50, 0.5],
        [40, 60, 55, "=CPTS.ATTEINTE(A3,B3,C3,E1:F3)", 60, 1],
        [40, 60, null, "=CPTS.ATTEINTE(A4,B4,C4)"],
      ] as never,
      hyperFormulaConfig(),
    );
    const at = (row: number) => hf.getCellValue({ sheet: 0, col: 3, row });
    expect(at(0)).toBe(0.5);
    // Increasing seuils for a baisse: refused, with the message.
    expect(at(1)).toMatchObject({ type: "VALUE", message: expect.stringContaining("Paliers non décroissants") });
    expect(at(2)).toBe(0.5);
    // A reference to an empty cell arrives as null, as in Excel on the web: missing measure.
    expect(at(3)).toMatchObject({ type: "NA", message: MISSING });
  });

  test("on 1 500 random rows (blanks, cible = départ, clamping), twin and IFERROR formula match the domain", () => {
    const num = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.double({ min: -1e5, max: 1e5, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
    );
    const maybe = fc.oneof({ weight: 8, arbitrary: num.map(cell) }, { weight: 1, arbitrary: fc.constant(null) });
    const rows = fc.sample(
      fc
        .tuple(
          maybe,
          maybe,
          maybe,
          fc.integer({ min: 0, max: 9 }).map((k) => k === 0),
        )
        .map(([d, c, m, same]) => [d, same ? d : c, m]),
      { numRuns: 1_500, seed: 10 },
    );
    const data = rows.map(([d, c, m], i) => {
      const r = i + 1;
      return [d, c, m, `=${nativeAttainment(`A${r}`, `B${r}`, `C${r}`)}`, atteinteFormula(`A${r}`, `B${r}`, `C${r}`)];
    });
    const hf = HyperFormula.buildFromArray(data as never, hyperFormulaConfig());
    let compared = 0;
    let blanks = 0;
    let refused = 0;
    rows.forEach(([d, c, m], row) => {
      const twin = hf.getCellValue({ sheet: 0, col: 3, row });
      const full = hf.getCellValue({ sheet: 0, col: 4, row });
      const expected = d === null || c === null ? undefined : attainment(d as number, c as number, m as number | null);
      if (expected?.ok) {
        // HyperFormula rounds the values it returns to 10 decimal places (its precisionRounding default).
        expect(twin).toBeCloseTo(expected.rate, 9);
        expect(full).toBeCloseTo(expected.rate, 9);
        compared++;
      } else if (expected?.problem.kind === "mesureManquante") {
        // Not measured yet: an empty rate with or without the add-in.
        expect(twin).toBe("");
        expect(full).toBe("");
        blanks++;
      } else {
        expect(twin).toMatchObject({ type: "NA" });
        expect(full).toMatchObject({ type: "NA" });
        refused++;
      }
    });
    // Every branch was exercised, not only the linear one.
    expect(compared).toBeGreaterThan(700);
    expect(blanks).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });
});
