/**
 * Round trips: a full generation costs a small constant number of syncs whatever
 * the number of actions, no request and no response comes near Excel on the web's 5 MB limit, and
 * the workbook is recalculated after the writes (calculation is suspended during them).
 */
import { generateWorkbook } from "../../src/excel/generate";
import { PAYLOAD_BUDGET_BYTES } from "../../src/excel/writeBatch";
import { choicesFor, newWorkbook } from "./fixtures";
import { ROADMAP, workbookWithActions } from "./manyActions";
import { keylessRows } from "./userData";

describe("syncs of a full generation", () => {
  it("an empty workbook: 3 (sheet list, A1 markers, one write), recalculated at the end of the write", async () => {
    const double = newWorkbook();
    const report = await generateWorkbook(
      choicesFor({ missions: ["acces", "parcours", "prevention", "crise", "qualite", "accompagnement"], snp: true }),
      {},
      double.run,
    );
    expect(report.syncs).toBe(3);
    expect(double.syncs).toHaveLength(3);
    expect(double.syncs.map((s) => s.recalculated)).toEqual([false, false, true]);
  });

  it("a regeneration: 4 (sheet list, A1 markers with contents, tables' ranges and formats' rules, one write), recalculated", async () => {
    const double = await workbookWithActions(10);
    const report = await generateWorkbook(choicesFor(), {}, double.run);
    expect(report.syncs).toBe(4);
    expect(double.syncs[3].recalculated).toBe(true);
  });

  it("the same count, at most 4, for 10, 100 and 1 000 operational actions, every request under 4 MB", async () => {
    const counts: number[] = [];
    for (const n of [10, 100, 1000]) {
      const double = await workbookWithActions(n);
      const report = await generateWorkbook(choicesFor(), {}, double.run);
      expect(keylessRows(double, ROADMAP)).toBe(n);
      expect(double.syncs).toHaveLength(report.syncs);
      expect(double.largestPayloadBytes).toBeLessThan(PAYLOAD_BUDGET_BYTES);
      expect(double.largestResponseBytes).toBeLessThan(PAYLOAD_BUDGET_BYTES);
      counts.push(report.syncs);
    }
    expect(counts[0]).toBeLessThanOrEqual(4);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });

  it("writes are never cell by cell: operations grow far slower than cells", async () => {
    const small = await workbookWithActions(10);
    await generateWorkbook(choicesFor(), {}, small.run);
    const large = await workbookWithActions(1000);
    await generateWorkbook(choicesFor(), {}, large.run);
    const ops = (d: typeof small) => d.syncs.reduce((sum, s) => sum + s.operations, 0);
    // 990 more rows of 11 cells each: fewer than 100 more operations (a style rectangle per column, not per cell).
    expect(ops(large) - ops(small)).toBeLessThan(100);
  });
});
