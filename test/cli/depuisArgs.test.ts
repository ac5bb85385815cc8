/**
 * The choices read from a client's file go through the command's own parser (parseClasseurArgs) as
 * options: for any stored choices, spelling them as options and parsing them back gives the same
 * choices, and an option given on the command line replaces exactly the stored value it names.
 */
import fc from "fast-check";
import { DEFAULT_GRID_VERSION, MISSION_KEYS, MissionKey, serialFromDate } from "../../src/domain";
import { storedAsArgs } from "../../src/cli/depuis";
import { parseClasseurArgs } from "../../src/cli/parseArgs";
import type { WorkbookChoices } from "../../src/sheets/plan";

const stored: fc.Arbitrary<WorkbookChoices> = fc
  .record({
    nom: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s !== "" && !s.startsWith("-")),
    population: fc.option(fc.integer({ min: 1, max: 2_000_000 }), { nil: null }),
    tailleOverride: fc.option(fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), { nil: null }),
    signature: fc.date({ min: new Date(Date.UTC(2019, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true }),
    // Rates as a workbook holds them: a fraction, possibly with many decimals.
    taux: fc.double({ min: 0, max: 1, noNaN: true }),
    missions: fc.subarray([...MISSION_KEYS] as MissionKey[], { minLength: 1 }),
    snp: fc.boolean(),
  })
  .filter((c) => c.population !== null || c.tailleOverride !== null)
  .map((c) => ({
    ...c,
    signature: serialFromDate({ year: c.signature.getUTCFullYear(), month: c.signature.getUTCMonth() + 1, day: c.signature.getUTCDate() }),
    snp: c.snp && c.missions.includes("acces"),
    versionId: DEFAULT_GRID_VERSION.id,
    dateReference: null,
  }));

const parse = (args: string[]) => {
  const command = parseClasseurArgs([...args, "--out", "x.xlsx"]);
  if (command.kind !== "run") throw new Error(command.kind === "error" ? command.message : "help");
  return command.options.choices;
};

it("stored choices spelled as options parse back to themselves (taux to a millionth of a percent)", () => {
  fc.assert(
    fc.property(stored, (choices) => {
      const back = parse(storedAsArgs(choices, []));
      expect({ ...back, taux: 0 }).toEqual({ ...choices, taux: 0 });
      expect(Math.abs(back.taux - choices.taux)).toBeLessThan(1e-8);
    }),
    { numRuns: 300 },
  );
});

it("a change given on the command line replaces only the stored value it names", () => {
  fc.assert(
    fc.property(stored, (choices) => {
      const changes = ["--taille", "4", "--missions", "parcours,crise"];
      const back = parse([...storedAsArgs(choices, changes), ...changes]);
      expect(back).toMatchObject({ tailleOverride: 4, missions: ["parcours", "crise"], snp: false, nom: choices.nom, signature: choices.signature });
      expect(back.population).toBe(choices.population);
    }),
    { numRuns: 100 },
  );
});
