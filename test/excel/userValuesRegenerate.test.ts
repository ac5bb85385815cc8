/**
 * Points 1 and 2 of issue 8: every value a person typed in a cell the add-in leaves to them comes
 * back identical in type and text after a regeneration — texts that look like formulas, numbers,
 * dates, booleans or percentages stay texts; numbers, dates and booleans stay so — in keyed rows and
 * in rows the person added, on every platform setting.
 */
import { generateWorkbook } from "../../src/excel/generate";
import type { SheetKey } from "../../src/sheets/plan";
import { PLATFORMS } from "../double";
import { choicesFor, newWorkbook } from "./fixtures";
import { columnLetter, rowsByKey } from "./userData";
import { FORMULA_LIKE_TEXTS, PLAIN_INPUTS, TypedInput, VALUE_LIKE_TEXTS } from "./userValues";

const GROUPS: [string, readonly TypedInput[]][] = [
  ["texts that look like formulas ('=…, '+33…, '- …, '@…)", FORMULA_LIKE_TEXTS],
  ["texts that look like numbers, dates, booleans or percentages", VALUE_LIKE_TEXTS],
  ["plain texts, numbers, dates and booleans", PLAIN_INPUTS],
];

const ROADMAP = "FdR Opérationnelle";
/** Responsable, moyens, indicateurs, commentaires: free-text columns of the operational roadmap. */
const TEXT_COLUMNS = [6, 7, 9, 11];

describe.each(PLATFORMS)("typed values survive a regeneration, on %s", (platform) => {
  it.each(GROUPS)("%s, in keyed rows and in an added row: identical in formula text and value type", async (_label, inputs) => {
    const double = newWorkbook({ platform });
    await generateWorkbook(choicesFor(), {}, double.run);
    const rows = [...rowsByKey(double, ROADMAP).entries()].filter(([key]) => /^op:[a-z]+:\d+$/.test(key));
    const placed: { key: string; col: number; input: TypedInput }[] = [];
    inputs.forEach((input, i) => {
      const [key, row] = rows[i % rows.length];
      const col = TEXT_COLUMNS[Math.floor(i / rows.length) % TEXT_COLUMNS.length];
      double.type(ROADMAP, `${columnLetter(col)}${row}`, input.typed);
      placed.push({ key, col, input });
    });
    // A row of the person's own under the first action, holding every input across its columns.
    const firstRow = rows[0][1];
    double.insertRows(ROADMAP, firstRow + 1);
    const added = inputs.slice(0, 11);
    added.forEach((input, i) => double.type(ROADMAP, `${columnLetter(i + 1)}${firstRow + 1}`, input.typed));

    // A mission added before others: rows move; the values must follow them intact.
    const report = await generateWorkbook(choicesFor({ missions: ["acces", "parcours", "prevention", "qualite"] }), {}, double.run);
    expect(report.sheets.map((s) => s.key)).toContain<SheetKey>("fdrOperationnelle");

    const after = rowsByKey(double, ROADMAP);
    const found = placed.map(({ key, col, input }) => {
      const address = `${columnLetter(col)}${after.get(key)}`;
      return { typed: input.typed, formula: double.formula(ROADMAP, address), type: double.valueType(ROADMAP, address) };
    });
    expect(found).toEqual(placed.map(({ input }) => ({ typed: input.typed, formula: input.formula, type: input.type })));
    const addedRow = after.get(rows[0][0])! + 1;
    expect(double.formula(ROADMAP, `A${addedRow}`)).toBe("");
    expect(added.map((_, i) => double.formula(ROADMAP, `${columnLetter(i + 1)}${addedRow}`))).toEqual(added.map((input) => input.formula));
    expect(added.map((_, i) => double.valueType(ROADMAP, `${columnLetter(i + 1)}${addedRow}`))).toEqual(added.map((input) => input.type));
  });
});
