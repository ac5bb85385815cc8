import type { RowPlan } from "../../src/sheets/plan";
import { rowHeight } from "../../src/xlsx/rowHeight";
import { wrappedLines } from "../../src/sheets/rowHeights";

describe("wrappedLines", () => {
  it("wraps at word boundaries", () => {
    expect(wrappedLines("abc def ghi", 7)).toBe(2);
    expect(wrappedLines("abc def ghi", 11)).toBe(1);
    expect(wrappedLines("abc def ghi", 3)).toBe(3);
  });

  it("counts explicit line breaks and breaks words longer than a line", () => {
    expect(wrappedLines("un\ndeux\ntrois", 40)).toBe(3);
    expect(wrappedLines("abcdefghij", 4)).toBe(3);
    expect(wrappedLines("ab abcdefghij", 4)).toBe(4);
  });
});

describe("rowHeight", () => {
  const columns = [{ width: 4, hidden: true }, { width: 20 }, { width: 10 }];
  const long = "Les cellules jaunes sont à saisir ; les autres sont calculées par des formules Excel.";

  it("leaves rows without wrapped text at the default height, or at the plan's", () => {
    expect(rowHeight({ key: "a", cells: [undefined, { value: long }] }, columns)).toBeUndefined();
    expect(rowHeight({ key: "a", cells: [undefined, { value: "court", wrap: true }] }, columns)).toBeUndefined();
    expect(rowHeight({ key: "a", cells: [undefined, { value: "x" }], height: 40 }, columns)).toBe(40);
  });

  it("grows a row to the lines of its tallest wrapped text, by its column's width", () => {
    const row: RowPlan = { key: "a", cells: [undefined, { value: long, wrap: true }] };
    const lines = wrappedLines(long, 20);
    expect(lines).toBeGreaterThanOrEqual(5);
    expect(rowHeight(row, columns)).toBe(lines * 15 + 2);
    // The same text in the narrower column takes more lines.
    const narrow: RowPlan = { key: "a", cells: [undefined, undefined, { value: long, wrap: true }] };
    expect(rowHeight(narrow, columns)!).toBeGreaterThan(rowHeight(row, columns)!);
    // A planned height is a minimum.
    expect(rowHeight({ ...row, height: 200 }, columns)).toBe(200);
    expect(rowHeight({ ...row, height: 20 }, columns)).toBe(lines * 15 + 2);
  });

  it("ignores formulas, whose text is unknown until computed", () => {
    expect(rowHeight({ key: "a", cells: [undefined, { formula: `="${long}"`, wrap: true }] }, columns)).toBeUndefined();
  });
});
