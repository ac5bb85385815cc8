/**
 * Paramètres' « Année suivie » block: the followed contract year (CPTS_AnneeContrat) computed from the
 * signature and the date de référence as the domain's contractYearAt, the override, and the defaults of
 * the two new choices (crise reconnue, base of the 75 % advance).
 */
import fc from "fast-check";
import { CONTRACT_YEARS, contractYearAt, edate, serialFromDate } from "../../src/domain";
import { ADVANCE_ON_FIXED, PARAMETRES_NAMES } from "../../src/sheets/parametres";
import { planWorkbook } from "../../src/sheets/workbook";
import { evaluatePlan } from "../support/evaluatePlan";
import { SIGNATURE, choicesFor } from "./fixtures";

const FIRST = serialFromDate({ year: 2019, month: 1, day: 1 });
const LAST = serialFromDate({ year: 2035, month: 12, day: 31 });

describe("contractYearAt", () => {
  it("starts year n at the (n − 1)th anniversary, stays 1 before the signature and 5 after the fifth anniversary", () => {
    const signature = serialFromDate({ year: 2024, month: 3, day: 15 });
    expect(contractYearAt(signature, signature - 400)).toBe(1);
    expect(contractYearAt(signature, signature)).toBe(1);
    expect(contractYearAt(signature, serialFromDate({ year: 2025, month: 3, day: 14 }))).toBe(1);
    expect(contractYearAt(signature, serialFromDate({ year: 2025, month: 3, day: 15 }))).toBe(2);
    expect(contractYearAt(signature, serialFromDate({ year: 2028, month: 3, day: 15 }))).toBe(5);
    expect(contractYearAt(signature, serialFromDate({ year: 2031, month: 1, day: 1 }))).toBe(CONTRACT_YEARS);
  });

  it("counts a 29 February signature's anniversaries as EDATE does (28 February)", () => {
    const signature = serialFromDate({ year: 2024, month: 2, day: 29 });
    expect(edate(signature, 12)).toBe(serialFromDate({ year: 2025, month: 2, day: 28 }));
    expect(contractYearAt(signature, serialFromDate({ year: 2025, month: 2, day: 28 }))).toBe(2);
  });
});

describe("CPTS_AnneeContrat on Paramètres", () => {
  it("equals contractYearAt for any signature and date de référence", () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: FIRST, max: LAST }), (signature, reference) => {
        const book = evaluatePlan(planWorkbook(choicesFor({ signature, dateReference: reference })));
        try {
          expect(book.getNamed("CPTS_AnneeContrat")).toBe(contractYearAt(signature, reference));
        } finally {
          book.destroy();
        }
      }),
      { numRuns: 60 },
    );
  });

  it("takes the year typed in « Saisie / forçage », and is #N/A without a signature", () => {
    const book = evaluatePlan(planWorkbook(choicesFor()));
    try {
      book.setCell("parametres", PARAMETRES_NAMES.CPTS_AnneeContratSaisie.replace(/\$/g, ""), 4);
      expect(book.getNamed("CPTS_AnneeContrat")).toBe(4);
      book.setCell("parametres", PARAMETRES_NAMES.CPTS_AnneeContratSaisie.replace(/\$/g, ""), null);
      expect(book.getNamed("CPTS_AnneeContrat")).toBe(contractYearAt(SIGNATURE, choicesFor().dateReference!));
      book.setCell("parametres", PARAMETRES_NAMES.CPTS_Signature.replace(/\$/g, ""), null);
      expect(String(book.getNamed("CPTS_AnneeContrat"))).toMatch(/N\/A/);
    } finally {
      book.destroy();
    }
  });

  it("starts with the crise not recognised and the advance on the fixed envelope, both input cells with a list", () => {
    const plan = planWorkbook(choicesFor());
    const book = evaluatePlan(plan);
    try {
      expect(book.getNamed("CPTS_CriseReconnue")).toBe("Non");
      expect(book.getNamed("CPTS_BaseAvance")).toBe(ADVANCE_ON_FIXED);
    } finally {
      book.destroy();
    }
    const parametres = plan.sheets.find((s) => s.key === "parametres")!;
    for (const name of ["CPTS_CriseReconnue", "CPTS_BaseAvance"] as const) {
      const address = PARAMETRES_NAMES[name].replace(/\$/g, "");
      expect(parametres.validations.find((v) => v.range === address)).toMatchObject({ type: "list" });
    }
  });
});
