/**
 * The regeneration property of issue 8, shared by regenerate.fuzz.test.ts: what people really type
 * (inputArb), random choices before and after (choicesArb), and `check`, which fills a workbook,
 * regenerates it and lists every value not found back identical in formula text and type.
 */
import fc from "fast-check";
import { GRID_VERSIONS, MISSION_KEYS, MissionKey, serialFromDate } from "../../src/domain";
import { generateWorkbook } from "../../src/excel/generate";
import { isUserOwned } from "../../src/sheets/builder";
import { SHEET_KEYS, SheetKey, WorkbookChoices } from "../../src/sheets/plan";
import { planWorkbook } from "../../src/sheets/workbook";
import type { Platform } from "../double";
import { POPULATION_FOR, choicesFor, newWorkbook } from "./fixtures";
import { columnLetter, rowsByKey } from "./userData";
import type { TypedInput } from "./userValues";
/** Sheets whose user cells and added rows are filled (Paramètres' inputs are the pane's choices, which win). */
const FILLED: SheetKey[] = ["grille", "versements", "fdrElaboration", "fdrOperationnelle", "budget"];
/** Sheets where a person adds rows of their own. */
const WITH_ADDED_ROWS: SheetKey[] = ["fdrElaboration", "fdrOperationnelle", "budget"];

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
const text = (t: string): TypedInput => ({ typed: `'${t}`, formula: t, type: "String" });
const words = fc.array(
  fc.constantFrom(
    "action",
    "réunion",
    "équipe",
    "pharmacien",
    "Dr Élise Müller",
    "à prévoir",
    "CPTS",
    "ARS",
    "œuvre",
    "été",
    "🩺",
    "📅",
    "✅",
    "—",
    "«",
    "»",
    "'",
    '"',
    "%",
    "€",
    "&",
  ),
  {
    minLength: 1,
    maxLength: 8,
  },
);

/** What a person types in a cell (null: leaves it empty / clears it). */
export const inputArb: fc.Arbitrary<TypedInput | null> = fc.oneof(
  digits(9).map((d) => text(`0${d}`)),
  digits(8).map((d) => text(`0${d.slice(0, 1)} ${d.slice(1, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}0`)),
  digits(4).map((d) => text(`0${d}`)),
  digits(5).map((d) => text(d)),
  fc
    .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2035 }))
    .map(([d, m, y]) => text(`${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`)),
  fc.tuple(fc.integer({ min: 0, max: 100 }), fc.boolean()).map(([p, space]) => text(`${p}${space ? " " : ""}%`)),
  words.map((w) => text(`=${w.join(" ")}`)),
  words.map((w) => text(`=SOMME(${w.join(";")})`)),
  digits(9).map((d) => text(`+33 ${d}`)),
  words.map((w) => text(`- ${w.join(" ")}`)),
  words.map((w) => text(`@${w.join(" ")}`)),
  words.map((w) => text(`'${w.join(" ")}`)),
  fc.constantFrom("TRUE", "FALSE", "vrai", "1,5", "3/4", "10:30", "1e5", "#N/A", "Jan 3").map(text),
  // Typed without an apostrophe (a person's plain text: the double's type() keeps it text).
  words.filter((w) => w[0] !== "'").map((w) => ({ typed: w.join(" "), formula: w.join(" "), type: "String" as const })),
  fc
    .string({ minLength: 200, maxLength: 2_000 })
    .filter((s) => /\S/.test(s))
    .map(text),
  // Amounts in euros and cents, rates: what people type (Excel keeps 15 significant digits, "Excel
  // specifications and limits"; the double's HyperFormula rounds further, so no 17-digit doubles here).
  fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }).map((cents): TypedInput => ({ typed: cents / 100, formula: cents / 100, type: "Double" })),
  fc.integer({ min: 0, max: 1000 }).map((n): TypedInput => ({ typed: n / 1000, formula: n / 1000, type: "Double" })),
  fc.integer({ min: -100_000, max: 10_000_000 }).map((n): TypedInput => ({ typed: n, formula: n, type: "Double" })),
  fc
    .integer({ min: serialFromDate({ year: 2020, month: 1, day: 1 }), max: serialFromDate({ year: 2035, month: 12, day: 31 }) })
    .map((n): TypedInput => ({ typed: n, formula: n, type: "Double" })),
  fc.boolean().map((b): TypedInput => ({ typed: b, formula: b, type: "Boolean" })),
  fc.constant(null),
);

export const choicesArb: fc.Arbitrary<WorkbookChoices> = fc
  .record({
    taille: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
    forced: fc.boolean(),
    missions: fc.subarray([...MISSION_KEYS] as MissionKey[]),
    snp: fc.boolean(),
    signature: fc.integer({ min: serialFromDate({ year: 2020, month: 1, day: 1 }), max: serialFromDate({ year: 2027, month: 12, day: 31 }) }),
    versionId: fc.constantFrom(...GRID_VERSIONS.map((v) => v.id)),
    taux: fc.integer({ min: 0, max: 20 }).map((n) => n / 20),
  })
  .map((r) =>
    choicesFor({
      population: r.forced ? null : POPULATION_FOR[r.taille],
      tailleOverride: r.forced ? r.taille : null,
      missions: r.missions,
      snp: r.snp,
      signature: r.signature,
      versionId: r.versionId,
      taux: r.taux,
    }),
  );

export interface Case {
  before: WorkbookChoices;
  after: WorkbookChoices;
  /** Which user cells get an input: indexes into the plan's user cells (wrapped). */
  cells: { pick: number; input: TypedInput | null }[];
  added: { sheet: number; anchor: number; values: (TypedInput | null)[] }[];
}

export const caseArb: fc.Arbitrary<Case> = fc.record({
  before: choicesArb,
  after: choicesArb,
  cells: fc.array(fc.record({ pick: fc.nat(), input: inputArb }), { minLength: 10, maxLength: 60 }),
  added: fc.array(fc.record({ sheet: fc.nat(), anchor: fc.nat(), values: fc.array(inputArb, { minLength: 1, maxLength: 11 }) }), { maxLength: 3 }),
});

interface Placed {
  sheet: SheetKey;
  key: string;
  col: number;
  input: TypedInput;
}

export const counts = { workbooks: 0, cells: 0, addedRows: 0 };

export async function check(platform: Platform, c: Case): Promise<void> {
  const double = newWorkbook({ platform });
  const first = await generateWorkbook(c.before, {}, double.run);
  const names = Object.fromEntries(first.sheets.map((s) => [s.key, s.name])) as Record<SheetKey, string>;
  const plan = planWorkbook(c.before);
  const userCells = plan.sheets
    .filter((s) => FILLED.includes(s.key))
    .flatMap((s) => s.rows.flatMap((row, r) => (row.key ? row.cells.map((cell, col) => ({ sheet: s.key, key: row.key, row: r + 1, col, cell })) : [])))
    .filter((x) => x.col > 0 && x.cell !== undefined && isUserOwned(x.cell));
  // The last input typed in a cell is what it holds.
  const placed = new Map<string, Placed>();
  for (const { pick, input } of c.cells) {
    const target = userCells[pick % userCells.length];
    double.type(names[target.sheet], `${columnLetter(target.col)}${target.row}`, input === null ? "" : input.typed);
    const id = `${target.sheet}|${target.key}|${target.col}`;
    if (input === null) placed.delete(id);
    else placed.set(id, { sheet: target.sheet, key: target.key, col: target.col, input });
  }
  // Rows of the person's own, inserted right under a keyed row.
  const addedRows: { sheet: SheetKey; after: string; values: Map<number, TypedInput> }[] = [];
  for (const a of c.added) {
    const sheet = WITH_ADDED_ROWS[a.sheet % WITH_ADDED_ROWS.length];
    const keyed = [...rowsByKey(double, names[sheet]).entries()].filter(([key]) => !key.startsWith("CPTS-ADDIN"));
    const [after, row] = keyed[a.anchor % keyed.length];
    const values = new Map<number, TypedInput>();
    a.values.forEach((input, i) => {
      if (input !== null) values.set(i + 1, input);
    });
    if (values.size === 0) continue;
    double.insertRows(names[sheet], row + 1);
    for (const [col, input] of values) double.type(names[sheet], `${columnLetter(col)}${row + 1}`, input.typed);
    // Rows inserted under the same row end up above the earlier ones: they are all found after it.
    addedRows.push({ sheet, after, values });
  }

  await generateWorkbook(c.after, {}, double.run);

  const problems: string[] = [];
  const where = new Map(SHEET_KEYS.map((k) => [k, rowsByKey(double, names[k])]));
  for (const p of placed.values()) {
    const row = where.get(p.sheet)!.get(p.key);
    const address = `${columnLetter(p.col)}${row}`;
    const found = row === undefined ? "(ligne absente)" : [double.formula(names[p.sheet], address), double.valueType(names[p.sheet], address)];
    if (JSON.stringify(found) !== JSON.stringify([p.input.formula, p.input.type]))
      problems.push(
        `${names[p.sheet]} ${p.key} col ${p.col}: tapé ${JSON.stringify(p.input.typed)}, attendu ${JSON.stringify([p.input.formula, p.input.type])}, trouvé ${JSON.stringify(found)}`,
      );
  }
  for (const a of addedRows) {
    const name = names[a.sheet];
    const used = double.usedRect(name)!;
    const rows = double.formulas(name, `A1:${columnLetter(used.c1)}${used.r1 + 1}`);
    const anchor = rows.findIndex((r) => r[0] === a.after);
    const same = (r: number): boolean =>
      rows[r][0] === "" &&
      [...a.values].every(([col, input]) => rows[r][col] === input.formula && double.valueType(name, `${columnLetter(col)}${r + 1}`) === input.type);
    let found = false;
    // Right after its row; or, when the new plan no longer has that row, among the rows re-emitted under the warning line.
    if (anchor >= 0) for (let r = anchor + 1; !found && r < rows.length && rows[r][0] === ""; r++) found = same(r);
    else found = rows.some((_, r) => same(r));
    if (!found) {
      const near =
        anchor < 0
          ? "(ligne d'ancrage absente)"
          : JSON.stringify(
              rows
                .slice(anchor, anchor + 3)
                .map((r, i) => r.slice(0, 12).map((v, col) => [v, double.valueType(name, `${columnLetter(col)}${anchor + i + 1}`)])),
            );
      problems.push(
        `${name}: ligne ajoutée après ${a.after} ${JSON.stringify([...a.values].map(([col, i]) => [col, i.typed]))} introuvable à l'identique ; lignes trouvées : ${near}`,
      );
    }
  }
  counts.workbooks++;
  counts.cells += placed.size;
  counts.addedRows += addedRows.length;
  expect(problems).toEqual([]);
}
