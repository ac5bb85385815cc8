/**
 * Property (issue 8): whatever people type in the cells the add-in leaves to them and in rows of
 * their own, a regeneration with other choices (taille, missions, signature, version, taux) gives
 * every value back identical in formula text and in type (`range.formulas` and `range.valueTypes`),
 * on every platform setting. The inputs and the check: regenerateProperty.ts.
 *
 * FUZZ_RUNS (default 9) is the number of workbooks, shared evenly by the platforms; FUZZ_SEED
 * replays a run. `npm run test:fuzz` runs 1 000. Seed and counts are printed.
 */
import fc from "fast-check";
import { PLATFORMS } from "../double";
import { caseArb, check, counts } from "./regenerateProperty";

const RUNS = Math.max(PLATFORMS.length, Number(process.env.FUZZ_RUNS ?? 9));
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);

describe("regeneration keeps every typed value identical (property)", () => {
  afterAll(() => {
    console.log(
      `fuzz : graine ${SEED} (FUZZ_SEED=${SEED} pour rejouer), ${counts.workbooks} classeurs, ${counts.cells} cellules et ${counts.addedRows} lignes ajoutées vérifiées`,
    );
  });

  it.each(PLATFORMS)("on %s", async (platform) => {
    const numRuns = Math.ceil(RUNS / PLATFORMS.length);
    await fc.assert(
      fc.asyncProperty(caseArb, (c) => check(platform, c)),
      { numRuns, seed: SEED + PLATFORMS.indexOf(platform), endOnFailure: true },
    );
  });
});
