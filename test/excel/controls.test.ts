/**
 * The Contrôles refresh reads a bounded set of values (src/excel/controls.ts, boundedRead.ts): its
 * responses stay small and do not grow with the rows a user adds, and on Excel on the web (5 MB
 * limit on responses, test/double/responseSize.ts) it keeps working where a whole-sheet read fails.
 */
import { createWorkbookApi } from "../../src/excel";
import { readWorkbook } from "../../src/excel/locate";
import type { Platform } from "../double";
import { RESPONSE_LIMIT_BYTES, WorkbookDouble } from "../double";
import { choicesFor, newWorkbook } from "./fixtures";
import { rowsByKey } from "./userData";

/** What the add-in read after every edit before: formulas and values of every used range. */
async function wholeSheetRead(double: WorkbookDouble): Promise<void> {
  await double.run(async (context) => {
    await readWorkbook(context, { content: () => true, values: () => true }, async () => {
      await context.sync();
    });
  });
}

/** The user's own rows: `count` rows inserted inside the budget and the operational roadmap, each with a long note. */
function addUserRows(double: WorkbookDouble, count: number, noteLength: number): void {
  const note = (i: number) => `Ligne ${i} : ${"détail de la dépense, devis et commentaires ".repeat(noteLength / 43 + 1).slice(0, noteLength)}`;
  for (const [sheet, after] of [
    ["Budget prévisionnel", "budget:fonctionnement:dep:materiel"],
    ["FdR Opérationnelle", "op:entetes"],
  ] as const) {
    const row = rowsByKey(double, sheet).get(after);
    if (row === undefined) throw new Error(`pas de ligne ${after} sur ${sheet}`);
    double.insertRows(sheet, row + 1, count);
    double.type(
      sheet,
      `B${row + 1}`,
      Array.from({ length: count }, (_, i) => [note(i), 100 + i, note(i + count)]),
    );
  }
}

async function refresh(double: WorkbookDouble) {
  double.resetStats();
  const controls = await createWorkbookApi(double.run).readControls();
  return { controls, syncs: double.syncs.length, largestResponse: double.largestResponseBytes };
}

describe("the Contrôles refresh is bounded", () => {
  it("answers the same few kilobytes with 10 or 2 000 rows of the user's own, where a whole-sheet read grows", async () => {
    const few = newWorkbook();
    const many = newWorkbook();
    for (const d of [few, many]) await createWorkbookApi(d.run).generateWorkbook(choicesFor());
    addUserRows(few, 10, 200);
    addUserRows(many, 2_000, 200);
    const a = await refresh(few);
    const b = await refresh(many);
    console.log(
      `Contrôles : ${a.syncs} synchronisations, plus grande réponse ${a.largestResponse} o (10 lignes ajoutées) / ${b.largestResponse} o (2 000 lignes)`,
    );
    expect(b.controls.map((c) => c.message)).toEqual(a.controls.map((c) => c.message));
    expect(a.syncs).toBe(4);
    expect(a.largestResponse).toBeLessThan(32 * 1024);
    // Rows inserted in one place add nothing to the key column's constants: only the row numbers
    // after them take more digits (30 → 2030), a few bytes per block of keyed rows.
    expect(b.largestResponse - a.largestResponse).toBeGreaterThanOrEqual(0);
    expect(b.largestResponse - a.largestResponse).toBeLessThan(100);

    // The measure does see growth: the read the refresh used to make.
    few.resetStats();
    await wholeSheetRead(few);
    many.resetStats();
    await wholeSheetRead(many);
    console.log(`Lecture des feuilles entières : ${few.largestResponseBytes} o / ${many.largestResponseBytes} o`);
    expect(many.largestResponseBytes).toBeGreaterThan(few.largestResponseBytes + 2_000 * 2 * 400);
  });
});

describe("Excel on the web's 5 MB response limit", () => {
  /** A budget holding more than 5 MB of the user's notes. */
  async function heavyWorkbook(platform: Platform) {
    const double = newWorkbook({ platform });
    await createWorkbookApi(double.run).generateWorkbook(choicesFor());
    addUserRows(double, 700, 4_000);
    return double;
  }

  it("on the web, a whole-sheet read of it fails with ResponsePayloadSizeLimitExceeded; the Contrôles refresh still works", async () => {
    const double = await heavyWorkbook("web");
    await expect(wholeSheetRead(double)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(double.syncs.at(-1)!.responseBytes).toBeGreaterThanOrEqual(RESPONSE_LIMIT_BYTES);
    const { controls, largestResponse } = await refresh(double);
    expect(controls.length).toBeGreaterThan(0);
    expect(largestResponse).toBeLessThan(32 * 1024);
  });

  it("on Windows, where no response limit is documented, the same read goes through", async () => {
    const double = await heavyWorkbook("windows");
    await wholeSheetRead(double);
    expect(double.largestResponseBytes).toBeGreaterThanOrEqual(RESPONSE_LIMIT_BYTES);
  });
});
