/**
 * Random réalisés typed across the 5 years, random prévus, dates de référence and followed years: every
 * line, block and synthesis row of the Suivi shows what src/domain/followUp.ts computes from the same
 * values, with the add-in and without it (the verdicts are native formulas either way).
 */
import fc from "fast-check";
import { BUDGET_BLOCKS, edate } from "../../src/domain";
import { planWorkbook } from "../../src/sheets";
import { SUIVI_COL } from "../../src/sheets/suiviBlocks";
import { evaluatePlan } from "../support/evaluatePlan";
import { SIGNATURE, choicesFor } from "./fixtures";
import { expected, expectRowMatches, setDateReference, typePrevu, typeRealise } from "./suiviBook";

const typed = fc.record({
  prevus: fc.array(fc.tuple(fc.nat(40), fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: null })), { maxLength: 8 }),
  /** Line, year (0: the followed one, most of the time), month (early ones weigh more: closed in most draws, they make the pace), amount. */
  realises: fc.array(
    fc.tuple(
      fc.nat(40),
      fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 1 }),
      fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 12 })),
      fc.option(fc.integer({ min: 0, max: 9_000 }), { nil: null }),
    ),
    { minLength: 8, maxLength: 40 },
  ),
  /** The date de référence: a few days around a year of the contract (every count of closed months). */
  around: fc.integer({ min: 1, max: 5 }),
  days: fc.integer({ min: -20, max: 390 }),
  /** Whether the followed year is forced to that year in Paramètres, or follows the date. */
  forced: fc.boolean(),
});

for (const addIn of [true, false]) {
  describe(`Suivi budgétaire against the domain, ${addIn ? "with" : "without"} the add-in`, () => {
    const plan = planWorkbook(choicesFor({ missions: ["acces", "parcours"] }));
    const book = evaluatePlan(plan, { addIn });
    afterAll(() => book.destroy());
    const sheet = plan.sheets.find((s) => s.key === "suivi")!;
    const lineKeys = sheet.rows.map((r) => r.key).filter((k) => /^suivi:[^:]+:dep:/.test(k));
    const blocks = BUDGET_BLOCKS.map((x) => x.key).filter((k) => sheet.rows.some((r) => r.key === `suivi:${k}:total`));

    it("shows the domain's cumul, %, reste, projection, écart and verdict on every row", () => {
      fc.assert(
        fc.property(typed, ({ prevus, realises, around, days, forced }) => {
          const yearOverride = forced ? around : null;
          const ref = edate(SIGNATURE, 12 * (around - 1)) + days;
          setDateReference(book, ref, yearOverride);
          const followed = book.getNamed("CPTS_AnneeContrat") as number;
          const typedIn = (year: number): number => year || followed;
          const budgetKey = (i: number): string => lineKeys[i % lineKeys.length].replace(/^suivi:/, "budget:");
          // Typed in one batch (one recalculation), and cleared whatever happens, for the next draw and shrinking.
          const type = (clear: boolean): void => {
            book.hf.batch(() => {
              for (const [i, amount] of prevus) typePrevu(book, budgetKey(i), clear ? null : amount);
              for (const [i, year, month, amount] of realises) typeRealise(book, lineKeys[i % lineKeys.length], typedIn(year), month, clear ? null : amount);
            });
          };
          type(false);
          // HyperFormula's incremental recalculation (test engine only) sometimes left a CHOOSE over
          // CPTS_AnneeContrat stale after a change of the date and a batch of edits: recompute from
          // scratch, as Excel and LibreOffice do when a file opens.
          book.hf.rebuildAndRecalculate();
          try {
            // The followed year: the override, else the year the date falls in (5 after the contract).
            let year = 1;
            for (let n = 1; n < 5; n++) if (edate(SIGNATURE, 12 * n) <= ref) year = n + 1;
            expect(followed).toBe(yearOverride ?? year);
            for (const key of lineKeys) expectRowMatches(book, key, expected(book, [key], followed, SIGNATURE, ref), false);
            for (const block of blocks) {
              const lines = lineKeys.filter((k) => k.startsWith(`suivi:${block}:`));
              const want = expected(book, lines, followed, SIGNATURE, ref);
              expectRowMatches(book, `suivi:${block}:total`, want, true);
              expect(book.getByKey("suivi", `suivi:synth:${block}`, SUIVI_COL.verdict)).toBe(want.verdict);
            }
            const all = expected(book, lineKeys, followed, SIGNATURE, ref);
            expect(book.getByKey("suivi", "suivi:synth:total", SUIVI_COL.verdict)).toBe(all.verdict);
            expect(book.getByKey("suivi", "suivi:synth:total", SUIVI_COL.projection)).toBeCloseTo(all.projection, 6);
          } finally {
            type(true);
          }
        }),
        { numRuns: addIn ? 12 : 5 },
      );
      expect(book.errors().filter((e) => e.startsWith("Suivi"))).toEqual([]);
    });
  });
}
