/**
 * One input, one meaning: the same spelling of a population, a taux or a date gives the same value
 * through CPTS.* (Excel), the task pane's Paramètres form and the `classeur` command line, because
 * all three call the domain's shared parsers (src/domain/parseInput.ts). Before, « 80.000 » was
 * taille 3 in the pane and 80 inhabitants (taille 1) in CPTS.TAILLE and --population.
 */
import fc from "fast-check";
import { ACI_2019, MAX_POPULATION, annualFunding, formatDateFr, serialFromDate, tailleFromPopulation } from "../../src/domain";
import { parseClasseurArgs } from "../../src/cli/parseArgs";
import { echeance, taille, total } from "../../src/functions/cpts";
import { isFunctionError } from "../../src/functions/result";
import { initialForm } from "../../src/taskpane/parametres/form";
import { validateParametres } from "../../src/taskpane/parametres/validation";

const TODAY = serialFromDate({ year: 2026, month: 3, day: 15 });
const BASE = ["--signature", "2026-03-01", "--out", "cpts.xlsx"];

/** What each surface makes of a typed population: the taille it leads to, or its French refusal. */
function populationEverywhere(text: string): { fonction: unknown; volet: unknown; cli: unknown } {
  const fn = taille(text);
  const view = validateParametres({ ...initialForm(TODAY), nom: "CPTS", population: text });
  const cli = parseClasseurArgs(["--population", text, ...BASE]);
  return {
    fonction: isFunctionError(fn) ? "refusé" : fn,
    volet: view.allErrors.population ? "refusé" : view.computedTaille,
    cli: cli.kind === "run" ? tailleFromPopulation(cli.options.choices.population!) : "refusé",
  };
}

/** The taux each surface retains for a typed text (CPTS.TOTAL read back through the funding it computes). */
function tauxEverywhere(text: string): { fonction: unknown; volet: unknown; cli: unknown } {
  const fn = total(3, "acces,parcours,prevention", text);
  const view = validateParametres({ ...initialForm(TODAY), nom: "CPTS", population: "95 000", taux: text });
  const cli = parseClasseurArgs(["--population", "95000", "--taux", text, ...BASE]);
  const fundingAt = (rate: number) => annualFunding(ACI_2019, 3, { missions: ["acces", "parcours", "prevention"], snp: false }, rate).total;
  return {
    fonction: isFunctionError(fn) ? "refusé" : fn,
    volet: view.choices ? Math.round(fundingAt(view.choices.taux) * 100) / 100 : "refusé",
    cli: cli.kind === "run" ? Math.round(fundingAt(cli.options.choices.taux) * 100) / 100 : "refusé",
  };
}

describe("CPTS.TAILLE, the pane's population field and --population agree", () => {
  test.each([
    ["80.000", 3],
    ["80 000", 3],
    ["80\u00a0000", 3],
    ["80\u202f000", 3],
    ["80000", 3],
    ["39.999", 1],
    ["175.000", 3],
    ["175.001", 4],
    ["1.250.000", 4],
    ["10 000 000", 4],
  ])("%j → taille %d on all three surfaces", (text, expected) => {
    expect(populationEverywhere(text)).toEqual({ fonction: expected, volet: expected, cli: expected });
  });

  test.each(["80.5", "80,5", "8 0000", "10 000 001", "0", "-5", "beaucoup", "1e5"])("%j is refused on all three surfaces", (text) => {
    expect(populationEverywhere(text)).toEqual({ fonction: "refusé", volet: "refusé", cli: "refusé" });
  });

  test("the three refusals carry the same French words", () => {
    const fn = taille("80,5");
    const view = validateParametres({ ...initialForm(TODAY), population: "80,5" });
    const cli = parseClasseurArgs(["--population", "80,5", ...BASE]);
    const words = "un nombre entier d'habitants, sans décimale";
    expect(isFunctionError(fn) && fn.message).toContain(words);
    expect(view.allErrors.population).toContain(words);
    expect(cli.kind === "error" && cli.message).toContain(words);
  });
});

describe("CPTS.TOTAL's taux, the pane's taux field and --taux agree", () => {
  test.each([
    ["80 %", 247_500],
    ["80%", 247_500],
    ["80", 247_500],
    ["0,8", 247_500],
    ["0.8", 247_500],
    ["1", 265_000],
    ["100", 265_000],
    ["1 %", 178_375],
    ["0", 177_500],
  ])("%j → %d € on all three surfaces", (text, expected) => {
    expect(tauxEverywhere(text)).toEqual({ fonction: expected, volet: expected, cli: expected });
  });

  test.each(["150", "120 %", "-1", "beaucoup"])("%j is refused on all three surfaces", (text) => {
    expect(tauxEverywhere(text)).toEqual({ fonction: "refusé", volet: "refusé", cli: "refusé" });
  });
});

describe("properties over the three surfaces", () => {
  const SEPARATORS = ["", " ", "\u00a0", "\u202f", "."];

  test("any French formatting of a valid population gives the same taille on all three", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_POPULATION }), fc.constantFrom(...SEPARATORS), (n, sep) => {
        const text = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
        const expected = tailleFromPopulation(n);
        expect(populationEverywhere(text)).toEqual({ fonction: expected, volet: expected, cli: expected });
        // Excel also hands the number itself to CPTS.TAILLE.
        expect(taille(n)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  test("any spelling of a valid taux gives the same funding on all three", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.nat(3), (tenths, how) => {
        const percent = tenths / 10;
        const comma = String(percent).replace(".", ",");
        const spellings = [`${comma} %`, `${comma}%`, String(percent / 100).replace(".", ","), percent > 1 ? comma : `${comma} %`];
        const result = tauxEverywhere(spellings[how]);
        expect(result.volet).toBe(result.fonction);
        expect(result.cli).toBe(result.fonction);
        expect(result.fonction).not.toBe("refusé");
      }),
      { numRuns: 300 },
    );
  });

  test("any date dd/mm/yyyy or ISO gives the same serial in CPTS.ECHEANCE, the pane and --signature", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: serialFromDate({ year: 1901, month: 1, day: 1 }), max: serialFromDate({ year: 9990, month: 1, day: 1 }) }),
        fc.boolean(),
        (serial, iso) => {
          const [d, m, y] = formatDateFr(serial).split("/");
          const text = iso ? `${y}-${m}-${d}` : `${d}/${m}/${y}`;
          const view = validateParametres({ ...initialForm(TODAY), nom: "CPTS", population: "95 000", signature: text });
          const cli = parseClasseurArgs(["--population", "95000", "--signature", text, "--out", "a.xlsx"]);
          expect(view.choices?.signature).toBe(serial);
          expect(cli.kind === "run" && cli.options.choices.signature).toBe(serial);
          // CPTS.ECHEANCE(signature; "acces"; "demarrage") is 6 months after the serial it read.
          expect(echeance(text, "acces", "demarrage")).toEqual(echeance(serial, "acces", "demarrage"));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("garbage never throws and gets a French message on all three surfaces", () => {
    const garbage = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom("80 00", "1e5", "--", "%", "80,5", "12 000 000", "1,2,3", "abc"));
    fc.assert(
      fc.property(garbage, (text) => {
        const fn = taille(text);
        const view = validateParametres({ ...initialForm(TODAY), nom: "CPTS", population: text, taux: text });
        const cli = parseClasseurArgs(["--population", text, "--taux", text, ...BASE]);
        if (isFunctionError(fn))
          // The message quotes what was received, line breaks included (dotAll).
          expect(fn.message).toMatch(/^Population attendue : (un|une) .*\(reçu : .*\)$/s);
        if (view.allErrors.population) expect(view.allErrors.population).toMatch(/^(Saisissez (un|une) .*|Indiquez la population, .*)\.$/);
        if (view.allErrors.taux) expect(view.allErrors.taux).toMatch(/^Saisissez (un|une) .*\.$/);
        if (cli.kind === "error") expect(cli.message).toMatch(/^(--population|--taux) : il faut |^Valeur manquante|^Argument inattendu|^Option/);
        // Agreement holds for garbage too: accepted or refused alike.
        const agreed = populationEverywhere(text);
        expect(agreed.volet).toEqual(agreed.fonction);
        expect(agreed.cli).toEqual(agreed.fonction);
      }),
      { numRuns: 1000 },
    );
  });
});
