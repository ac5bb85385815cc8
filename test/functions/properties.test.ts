/**
 * Property-based checks of the six CPTS.* functions with fast-check, over more than 10 000 random
 * inputs in all: garbage of every kind never throws and yields either a plausible value or an
 * error value with a French message; valid inputs in any accepted spelling give the domain's value.
 */
import fc from "fast-check";
import {
  ACI_2019,
  AVANCEMENTS,
  FundedItem,
  MissionKey,
  TAILLES,
  Taille,
  VoletOrTotal,
  aciAmount,
  annualFunding,
  balanceStatus,
  deadline,
  isValidSerial,
  latenessStatus,
  serialFromDate,
  tailleFromPopulation,
} from "../../src/domain";
import { aci, echeance, equilibre, retard, taille, total } from "../../src/functions/cpts";
import { FunctionError, isFunctionError } from "../../src/functions/result";

let inputsChecked = 0;
const GARBAGE_RUNS = 1_000;
const VALID_RUNS = 700;

// ---------- arbitraries ----------

const KEYWORDS = [
  "acces",
  "accès",
  "Accès aux soins",
  "snp",
  "Volet supplémentaire",
  "parcours",
  "Parcours pluriprofessionnels",
  "prevention",
  "Prévention",
  "crise",
  "Gestion de crise sanitaire",
  "qualite",
  "Qualité et pertinence des soins",
  "accompagnement",
  "fonctionnement",
  "fixe",
  "variable",
  "compensation",
  "total",
  "demarrage",
  "Déploiement",
  "Terminé",
  "Abandonné",
  "En cours",
  "Non démarré",
  "ACI 2019",
  "2019",
  "ACI 2022",
  "80 %",
  "0,8",
  "Taille 3",
  "acces,parcours",
  "snp;acces",
  "31/02/2025",
  "29/02/2024",
];
const stripAccents = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
/** A known word in any case, with or without accents, with stray spaces. */
const spelling = (words: readonly string[]) =>
  fc
    .tuple(fc.mixedCase(fc.constantFrom(...words)), fc.boolean(), fc.constantFrom("", " ", "  "))
    .map(([w, strip, pad]) => pad + (strip ? stripAccents(w) : w) + pad);

const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.integer({ min: -10, max: 10 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.5, 5, 39_999, 40_000, 175_000, 175_001, 45_900, 60, 61, 2_958_465, 1e12, 1e13, 1e308, -1e308),
);
const dateText = fc.tuple(fc.date({ noInvalidDate: true, min: new Date(1850, 0, 1), max: new Date(10_050, 0, 1) }), fc.boolean()).map(([d, iso]) => {
  const [y, m, day] = [d.getFullYear(), String(d.getMonth() + 1).padStart(2, "0"), String(d.getDate()).padStart(2, "0")];
  return iso ? `${y}-${m}-${day}` : `${day}/${m}/${y}`;
});
const numericText = fc.oneof(
  anyNumber.map(String),
  fc.integer().map((n) => n.toLocaleString("fr-FR")),
  anyNumber.map((n) => `${n} %`),
);
const scalar = fc.oneof(
  fc.constantFrom(null, undefined, "", "   "),
  anyNumber,
  fc.boolean(),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  spelling(KEYWORDS),
  dateText,
  numericText,
  fc.object({ maxDepth: 1 }),
  fc.constantFrom({ basicValue: 3 }, { type: "FormattedNumber", basicValue: 45_900 }, { basicValue: "acces" }),
);
/** Ranges of any shape and nesting depth, as well as scalars. */
const { cell } = fc.letrec((tie) => ({
  cell: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("cell"), { maxLength: 4 })),
}));
const matrix = fc.array(fc.array(scalar, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
const arg = fc.oneof(scalar, scalar, matrix, cell);
const optionalArg = fc.oneof(fc.constant(undefined), arg);

// ---------- checks ----------

/** Free text the user typed is quoted « … » in messages: checks apply to our own wording only. */
const ownWording = (message: string) => message.replace(/«[^»]*»/g, "");

function expectFrenchError(result: FunctionError): void {
  expect(["#VALUE!", "#N/A"]).toContain(result.error);
  expect(typeof result.message).toBe("string");
  expect(result.message.length).toBeGreaterThan(10);
  expect(result.message).toMatch(/^[A-ZÉÈÀ]/);
  expect(result.message).toMatch(/attendu|absent|échéance|hors|complète|n'existe|n'a qu'un|montant/i);
  expect(ownWording(result.message)).not.toMatch(/undefined|NaN|Infinity|\[object|null/);
}

const GRID_VALUES = new Set<number>();
for (const t of TAILLES)
  for (const item of ["fonctionnement", "acces", "parcours", "prevention", "qualite", "accompagnement"] as const)
    for (const v of ["fixe", "variable", "compensation", "supplementaire", "total"] as const) {
      const amount = aciAmount(ACI_2019, t, item, v);
      if (amount !== undefined) GRID_VALUES.add(amount);
    }

const STATUS = /^(Terminé|Abandonné|Échéance à fixer|Échéance aujourd'hui|Dans les temps|En retard de [1-9]\d* j|Échéance dans ([1-9]|[12]\d|30) j)$/;
const BALANCE = /^(Équilibré|(Déficit|Excédent) de \d{1,3}( \d{3})*(,\d{2})? €)$/;

function check<T>(result: T | FunctionError, onValue: (value: T) => void): void {
  inputsChecked++;
  if (isFunctionError(result)) expectFrenchError(result);
  else onValue(result);
}

describe("garbage in: no throw, a plausible value or a French error value", () => {
  const runs = { numRuns: GARBAGE_RUNS };

  test("CPTS.ACI", () => {
    fc.assert(
      fc.property(arg, arg, optionalArg, optionalArg, (t, m, v, ver) => check(aci(t, m, v, ver), (value) => expect(GRID_VALUES.has(value)).toBe(true))),
      runs,
    );
  });

  test("CPTS.TAILLE", () => {
    fc.assert(
      fc.property(arg, (population) =>
        check(taille(population), (value) => {
          expect([1, 2, 3, 4]).toContain(value);
          if (typeof population === "number") expect(value).toBe(tailleFromPopulation(population));
        }),
      ),
      runs,
    );
  });

  test("CPTS.TOTAL", () => {
    fc.assert(
      fc.property(arg, arg, optionalArg, optionalArg, (t, m, rate, ver) =>
        check(total(t, m, rate, ver), (value) => {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(50_000);
          expect(value).toBeLessThanOrEqual(450_000);
        }),
      ),
      runs,
    );
  });

  test("CPTS.ECHEANCE", () => {
    fc.assert(
      fc.property(arg, arg, optionalArg, (s, m, j) =>
        check(echeance(s, m, j), (value) => {
          expect(Number.isInteger(value)).toBe(true);
          expect(isValidSerial(value)).toBe(true);
        }),
      ),
      runs,
    );
  });

  test("CPTS.RETARD", () => {
    fc.assert(
      fc.property(arg, arg, optionalArg, fc.integer({ min: 61, max: 2_958_465 }), (e, a, ref, today) =>
        check(retard(e, a, ref, today), (value) => expect(value).toMatch(STATUS)),
      ),
      runs,
    );
  });

  test("CPTS.EQUILIBRE", () => {
    fc.assert(
      fc.property(arg, arg, optionalArg, (d, r, tol) => check(equilibre(d, r, tol), (value) => expect(value).toMatch(BALANCE))),
      runs,
    );
  });
});

// ---------- valid inputs, any accepted spelling ----------

const tailleArg = fc
  .constantFrom(...TAILLES)
  .chain((t) => fc.tuple(fc.constant(t), fc.constantFrom<unknown>(t, String(t), ` ${t} `, `${t},0`, [[t]], `Taille ${t}`, `taille ${t}`)));

type Target = FundedItem | "snp";
const TARGET_SPELLINGS: Record<Target, string[]> = {
  fonctionnement: ["fonctionnement", "Fonctionnement général"],
  acces: ["acces", "Accès aux soins", "Missions en faveur de l'amélioration de l'accès aux soins"],
  snp: ["snp", "Volet supplémentaire", "volet supplémentaire SNP"],
  parcours: ["parcours", "Parcours pluriprofessionnels"],
  prevention: ["prevention", "Prévention"],
  crise: ["crise", "Gestion de crise sanitaire", "Participation à la gestion de crise sanitaire"],
  qualite: ["qualite", "Qualité et pertinence des soins"],
  accompagnement: ["accompagnement", "Accompagnement des professionnels"],
};
const VOLETS_OF: Record<Target, VoletOrTotal[]> = {
  fonctionnement: ["fixe", "total"],
  acces: ["fixe", "variable", "compensation", "total"],
  snp: ["total"],
  parcours: ["fixe", "variable", "total"],
  prevention: ["fixe", "variable", "total"],
  crise: ["fixe", "variable", "total"],
  qualite: ["fixe", "variable", "total"],
  accompagnement: ["fixe", "variable", "total"],
};
const targetArg = fc
  .constantFrom(...(Object.keys(TARGET_SPELLINGS) as Target[]))
  .chain((target) => fc.tuple(fc.constant(target), spelling(TARGET_SPELLINGS[target])));
const versionArg = fc.constantFrom<unknown>(undefined, null, "", "ACI 2019", "aci 2019", 2019, "2019", [["ACI 2019"]]);

const datePair = fc.date({ noInvalidDate: true, min: new Date(1901, 0, 1), max: new Date(9990, 11, 31) }).chain((d) => {
  const serial = serialFromDate({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
  const [y, m, day] = [d.getFullYear(), String(d.getMonth() + 1).padStart(2, "0"), String(d.getDate()).padStart(2, "0")];
  return fc.tuple(fc.constant(serial), fc.constantFrom<unknown>(serial, serial + 0.25, `${day}/${m}/${y}`, `${y}-${m}-${day}`, [[serial]]));
});

describe("valid input in any accepted spelling = the domain's value", () => {
  const runs = { numRuns: VALID_RUNS };

  test("CPTS.ACI", () => {
    fc.assert(
      fc.property(tailleArg, targetArg, versionArg, fc.nat(), ([t, tRaw], [target, mRaw], ver, pick) => {
        inputsChecked++;
        const volets = VOLETS_OF[target];
        const volet = volets[pick % volets.length];
        const voletRaw = volet === "total" && pick % 2 === 0 ? undefined : volet.toUpperCase();
        const result = aci(tRaw, mRaw, voletRaw, ver);
        const cellItem: FundedItem = target === "snp" ? "acces" : target;
        const expected = aciAmount(ACI_2019, t, cellItem, target === "snp" ? "supplementaire" : volet);
        if (target === "crise") expect(result).toMatchObject({ error: "#N/A" });
        else expect(result).toBe(expected);
      }),
      runs,
    );
  });

  test("CPTS.TAILLE", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1, max: 10_000_000 }), fc.constantFrom(39_999, 40_000, 79_999, 80_000, 175_000, 175_001)), fc.nat(2), (p, how) => {
        inputsChecked++;
        const raw = how === 0 ? p : how === 1 ? p.toLocaleString("fr-FR") : [[String(p)]];
        expect(taille(raw)).toBe(tailleFromPopulation(p));
      }),
      runs,
    );
  });

  const FUNDED: MissionKey[] = ["acces", "parcours", "prevention", "qualite", "accompagnement"];
  test("CPTS.TOTAL", () => {
    fc.assert(
      fc.property(
        tailleArg,
        fc.subarray(FUNDED),
        fc.boolean(),
        fc.oneof(
          fc.integer({ min: 0, max: 100 }).map((p) => [p / 100, `${p} %`] as const),
          fc.double({ min: 0, max: 1, noNaN: true }).map((r) => [r, r] as const),
        ),
        fc.nat(3),
        ([t, tRaw], missions, snpWanted, [rate, rateRaw], shape) => {
          inputsChecked++;
          const snp = snpWanted && missions.includes("acces");
          const keys = snp ? [...missions, "snp"] : [...missions];
          const raw =
            shape === 0 ? keys.join(",") : shape === 1 ? keys.map((k) => [k, null]) : shape === 2 ? [keys.map((k) => k.toUpperCase())] : keys.join(" ; ");
          const expected = Math.round(annualFunding(ACI_2019, t as Taille, { missions, snp }, rate).total * 100) / 100;
          expect(total(tRaw, raw, rateRaw)).toBe(expected);
        },
      ),
      runs,
    );
  });

  test("CPTS.ECHEANCE", () => {
    const withDeadline: MissionKey[] = ["acces", "parcours", "prevention", "crise"];
    fc.assert(
      fc.property(
        datePair,
        fc.constantFrom(...withDeadline),
        fc.constantFrom<[unknown, "demarrage" | "deploiement"]>(
          [undefined, "deploiement"],
          ["", "deploiement"],
          ["Déploiement", "deploiement"],
          ["DEMARRAGE", "demarrage"],
          ["démarrage", "demarrage"],
        ),
        ([serial, raw], key, [jalonRaw, jalon]) => {
          inputsChecked++;
          const expected = deadline(serial, key, jalon)!;
          const result = echeance(raw, spellingOf(key), jalonRaw);
          if (isValidSerial(expected)) expect(result).toBe(expected);
          else expect(result).toMatchObject({ error: "#VALUE!" });
        },
      ),
      runs,
    );
  });

  test("CPTS.RETARD", () => {
    fc.assert(
      fc.property(
        fc.option(datePair, { nil: null }),
        fc.option(fc.constantFrom(...AVANCEMENTS), { nil: null }),
        fc.option(datePair, { nil: null }),
        fc.integer({ min: 61, max: 2_958_465 }),
        fc.boolean(),
        (e, avancement, ref, today, upper) => {
          inputsChecked++;
          const avancementRaw = avancement && upper ? avancement.toUpperCase() : avancement;
          const expected = latenessStatus(e ? e[0] : null, avancement, ref ? ref[0] : today);
          expect(retard(e ? e[1] : null, avancementRaw, ref ? ref[1] : undefined, today)).toBe(expected);
        },
      ),
      runs,
    );
  });

  test("CPTS.EQUILIBRE", () => {
    const amounts = fc.array(
      fc.oneof(
        fc.integer({ min: -10_000_000, max: 100_000_000 }).map((c) => c / 100),
        fc.constant(null),
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(
        amounts,
        amounts,
        fc.option(
          fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100),
          { nil: undefined },
        ),
        (d, r, tol) => {
          inputsChecked++;
          const sum = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);
          expect(
            equilibre(
              [d],
              r.map((x) => [x]),
              tol,
            ),
          ).toBe(balanceStatus(sum(d), sum(r), tol ?? 0));
        },
      ),
      runs,
    );
  });
});

// ---------- platform conventions for an empty cell ----------

/**
 * A referenced empty cell reaches a custom function as null in Excel on the web and as 0 in Excel
 * for Windows (https://github.com/OfficeDev/office-js/issues/4702, #5262); an omitted optional
 * argument is null (learn.microsoft.com custom-functions-parameter-options). Whatever the other
 * arguments, putting 0 or null in any one position gives the same result: the same empty cell reads
 * the same on every platform.
 */
describe("an empty cell reads the same whether Excel passes it as null (web) or 0 (Windows)", () => {
  const runs = { numRuns: 300 };
  const FUNCTIONS: [string, number, (...args: unknown[]) => unknown][] = [
    ["CPTS.ACI", 4, (t, m, v, ver) => aci(t, m, v, ver)],
    ["CPTS.TAILLE", 1, (p) => taille(p)],
    ["CPTS.TOTAL", 4, (t, m, rate, ver) => total(t, m, rate, ver)],
    ["CPTS.ECHEANCE", 3, (s, m, j) => echeance(s, m, j)],
    ["CPTS.RETARD", 3, (e, a, ref) => retard(e, a, ref, 45_900)],
    ["CPTS.EQUILIBRE", 3, (d, r, tol) => equilibre(d, r, tol)],
  ];
  /** Mostly valid arguments, so that the swapped one decides the result. */
  const plausible = fc.oneof(
    tailleArg.map(([, raw]) => raw),
    targetArg.map(([, raw]) => raw),
    datePair.map(([, raw]) => raw),
    fc.constantFrom<unknown>("80 %", 0.8, "fixe", "demarrage", "En cours", [[1000, 250]], "acces,parcours"),
    arg,
  );

  test.each(FUNCTIONS)("%s: 0 and null in each argument, alone or as a one-cell range, give the same result", (_name, arity, fn) => {
    fc.assert(
      fc.property(fc.array(plausible, { minLength: arity, maxLength: arity }), fc.nat({ max: arity - 1 }), fc.boolean(), (args, position, asRange) => {
        inputsChecked += 2;
        const withEmpty = (empty: unknown) => fn(...args.map((a, i) => (i === position ? (asRange ? [[empty]] : empty) : a)));
        expect(withEmpty(0)).toEqual(withEmpty(null));
      }),
      runs,
    );
  });

  test("inside ranges too: missions and amounts with empty cells as 0 or as null", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom<unknown>("acces", "parcours", "snp", "qualite"), fc.constant("EMPTY")), { maxLength: 6 }), (cells) => {
        inputsChecked += 2;
        const range = (empty: unknown) => cells.map((c) => [c === "EMPTY" ? empty : c]);
        expect(total(3, range(0), 1)).toEqual(total(3, range(null), 1));
      }),
      runs,
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.option(
            fc.integer({ min: -1_000_000, max: 1_000_000 }).map((c) => c / 100),
            { nil: undefined },
          ),
          { maxLength: 8 },
        ),
        fc.integer({ min: 0, max: 1_000_000 }),
        (cells, r) => {
          inputsChecked += 2;
          const range = (empty: unknown) => [cells.map((c) => (c === undefined ? empty : c))];
          expect(equilibre(range(0), r)).toEqual(equilibre(range(null), r));
        },
      ),
      runs,
    );
  });

  test("the taux: an empty or omitted taux is 0 % on both platforms; write 1 or « 100 % » for 100 %", () => {
    const socles = "acces,parcours,prevention";
    // Seed 004 taille 3: fixed volets and fonctionnement 177 500 €, variable volets 87 500 €.
    for (const empty of [0, null, undefined, "", [[0]], [[null]]]) expect(total(3, socles, empty)).toBe(177_500);
    for (const full of [1, "1", "100", "100 %", [[1]]]) expect(total(3, socles, full)).toBe(265_000);
  });
});

function spellingOf(key: MissionKey): string {
  const options = TARGET_SPELLINGS[key];
  return options[options.length - 1].toUpperCase();
}

test("at least 10 000 random inputs were checked across the six functions", () => {
  expect(inputsChecked).toBeGreaterThanOrEqual(10_000);
});
