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
  realises: fc.array(
    fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 0, max: 9_000 }), { nil: null })),
    {
      maxLength: 30,
    },
  ),
  /** Days after the signature: before it, inside the contract, after its end. */
  dateRef: fc.integer({ min: -40, max: 5 * 366 + 60 }),
  yearOverride: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
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
        fc.property(typed, ({ prevus, realises, dateRef, yearOverride }) => {
          for (const [i, amount] of prevus) typePrevu(book, lineKeys[i % lineKeys.length].replace(/^suivi:/, "budget:"), amount);
          for (const [i, year, month, amount] of realises) typeRealise(book, lineKeys[i % lineKeys.length], year, month, amount);
          const ref = SIGNATURE + dateRef;
          setDateReference(book, ref, yearOverride);
          const followed = book.getNamed("CPTS_AnneeContrat") as number;
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
          // Clean slate for the next run.
          for (const [i, year, month] of realises) typeRealise(book, lineKeys[i % lineKeys.length], year, month, null);
          for (const [i] of prevus) typePrevu(book, lineKeys[i % lineKeys.length].replace(/^suivi:/, "budget:"), null);
        }),
        { numRuns: addIn ? 25 : 10 },
      );
      expect(book.errors().filter((e) => e.startsWith("Suivi"))).toEqual([]);
    });
  });
}
