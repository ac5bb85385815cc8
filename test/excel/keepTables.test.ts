/**
 * keepTables.ts: the whole-row inserts and deletes that bring one of our tables to its new place and
 * size without converting it, never deleting a row that holds the user's data.
 */
import { netRows, tableRowOperations } from "../../src/excel/keepTables";

const rect = (r0: number, r1: number) => ({ r0, r1, c0: 1, c1: 11 });
const none = new Set<number>();

describe("tableRowOperations", () => {
  it("grows a table by inserting rows at its last body row (inside the table)", () => {
    expect(tableRowOperations(rect(10, 20), rect(10, 25), none)).toEqual([{ kind: "insert", row: 20, count: 5 }]);
  });

  it("shrinks it by deleting free body rows from the bottom, runs bottom-up, skipping the user's rows", () => {
    const ops = tableRowOperations(rect(10, 20), rect(10, 16), new Set([19, 20]));
    expect(ops).toEqual([{ kind: "delete", row: 15, count: 4 }]);
    expect(tableRowOperations(rect(10, 20), rect(10, 17), new Set([18]))).toEqual([
      { kind: "delete", row: 19, count: 2 },
      { kind: "delete", row: 17, count: 1 },
    ]);
  });

  it("moves it down by inserting rows at its header row, up by deleting free rows above it", () => {
    expect(tableRowOperations(rect(10, 20), rect(13, 23), none)).toEqual([{ kind: "insert", row: 10, count: 3 }]);
    // Row 9 is the user's: rows 8 and 7 go, in one run.
    expect(tableRowOperations(rect(10, 20), rect(8, 18), new Set([9]))).toEqual([{ kind: "delete", row: 7, count: 2 }]);
  });

  it("refuses (undefined) when only the user's rows could go, or the columns differ; never deletes row 1", () => {
    expect(tableRowOperations(rect(10, 12), rect(10, 11), new Set([11, 12]))).toBeUndefined();
    expect(tableRowOperations(rect(2, 5), rect(0, 3), none)).toBeUndefined();
    expect(tableRowOperations(rect(10, 20), { ...rect(10, 20), c1: 12 }, none)).toBeUndefined();
  });

  it("counts the rows the sheet gains", () => {
    // 8 more body rows, 2 more above the header.
    expect(netRows(tableRowOperations(rect(10, 20), rect(12, 30), none)!)).toBe(10);
  });
});
