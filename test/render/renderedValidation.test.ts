/**
 * The validation contract (src/sheets/renderedValidation.ts): texts within Excel's documented limits
 * whatever a planner writes, the same texts, bounds and list checks in both writers, one "unbounded",
 * and date bounds that are the planned dates to the day.
 */
import fc from "fast-check";
import { MAX_SERIAL, MIN_SERIAL, serialFromDate } from "../../src/domain/calendar";
import { officeValidation } from "../../src/excel/validationRule";
import type { ValidationPlan } from "../../src/sheets/plan";
import { LARGEST_NUMBER, VALIDATION_TEXT_LIMITS, VALIDATION_TITLES, isoDate, renderValidation } from "../../src/sheets/renderedValidation";
import { planWorkbook } from "../../src/sheets/workbook";
import { toDataValidation } from "../../src/xlsx/validation";
import { SELECTIONS, choicesFor } from "../excel/fixtures";

/** What people and planners write: accents, emoji, quotes, line breaks, and texts far past the limits. */
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 200, maxLength: 400 }),
  fc.constantFrom("É".repeat(300), "😀".repeat(130), "a\nb", '"quoted"'),
);

describe("validation texts", () => {
  it("are within Excel's limits (title 32, prompt 255, error 224) in both writers, and identical there", () => {
    fc.assert(
      fc.property(text, text, (prompt, error) => {
        const plan: ValidationPlan = { range: "C3", type: "decimal", min: 0, prompt: prompt || undefined, error };
        const v = renderValidation(plan);
        expect(v.error.message.length).toBeLessThanOrEqual(VALIDATION_TEXT_LIMITS.error);
        expect(v.error.title.length).toBeLessThanOrEqual(VALIDATION_TEXT_LIMITS.title);
        if (prompt) {
          expect(v.prompt!.message.length).toBeLessThanOrEqual(VALIDATION_TEXT_LIMITS.prompt);
          expect(v.prompt!.title.length).toBeLessThanOrEqual(VALIDATION_TEXT_LIMITS.title);
        } else expect(v.prompt).toBeUndefined();
        // A text that fits is kept as planned; a longer one keeps its beginning.
        if (error.length <= VALIDATION_TEXT_LIMITS.error) expect(v.error.message).toBe(error);
        else expect(error.startsWith(v.error.message.slice(0, -1))).toBe(true);
        const office = officeValidation(plan);
        const file = toDataValidation(plan);
        expect([office.errorAlert.title, office.errorAlert.message]).toEqual([v.error.title, v.error.message]);
        expect([file.errorTitle, file.error]).toEqual([v.error.title, v.error.message]);
        expect([office.prompt?.title, office.prompt?.message]).toEqual([v.prompt?.title, v.prompt?.message]);
        expect([file.promptTitle, file.prompt]).toEqual([v.prompt?.title, v.prompt?.message]);
      }),
      { numRuns: 300 },
    );
  });

  it("planned by the sheets all fit as written (the cut is a safety net, never used), for every mission selection", () => {
    let checked = 0;
    for (const { missions, snp } of SELECTIONS) {
      for (const sheet of planWorkbook(choicesFor({ missions, snp })).sheets) {
        for (const v of sheet.validations) {
          expect([sheet.name, v.range, v.error.length <= VALIDATION_TEXT_LIMITS.error]).toEqual([sheet.name, v.range, true]);
          if (v.prompt) expect([sheet.name, v.range, v.prompt.length <= VALIDATION_TEXT_LIMITS.prompt]).toEqual([sheet.name, v.range, true]);
          const rendered = renderValidation(v);
          expect(rendered.error.message).toBe(v.error);
          expect(rendered.prompt?.message).toBe(v.prompt);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it("carry one prompt title and one error title in both writers", () => {
    const plan: ValidationPlan = { range: "C3", type: "whole", min: 0, prompt: "Nombre d'habitants", error: "Saisissez un nombre entier." };
    expect(officeValidation(plan).prompt).toEqual({ showPrompt: true, title: VALIDATION_TITLES.prompt, message: "Nombre d'habitants" });
    expect(officeValidation(plan).errorAlert).toEqual({
      showAlert: true,
      style: "Stop",
      title: VALIDATION_TITLES.error,
      message: "Saisissez un nombre entier.",
    });
    expect(toDataValidation(plan)).toMatchObject({
      showInputMessage: true,
      promptTitle: VALIDATION_TITLES.prompt,
      errorTitle: VALIDATION_TITLES.error,
      errorStyle: "stop",
      allowBlank: true,
    });
  });
});

describe("validation rules", () => {
  it("refuse a list value with a comma, or a list too long for Excel, in both writers", () => {
    const comma: ValidationPlan = { range: "C9", type: "list", values: ["Oui, bien sûr", "Non"], error: "x" };
    expect(() => officeValidation(comma)).toThrow(/virgule/);
    expect(() => toDataValidation(comma)).toThrow(/virgule/);
    const long: ValidationPlan = { range: "C9", type: "list", values: Array.from({ length: 30 }, (_, i) => `Valeur numéro ${i}`), error: "x" };
    expect(() => officeValidation(long)).toThrow(/trop longue/);
    expect(() => toDataValidation(long)).toThrow(/trop longue/);
  });

  it("use one 'any number' and one 'any date' in both writers", () => {
    const number: ValidationPlan = { range: "C3", type: "decimal", error: "x" };
    expect(officeValidation(number).rule).toEqual({ decimal: { operator: "Between", formula1: -LARGEST_NUMBER, formula2: LARGEST_NUMBER } });
    expect(toDataValidation(number)).toMatchObject({ type: "decimal", operator: "between", formulae: [-LARGEST_NUMBER, LARGEST_NUMBER] });
    const date: ValidationPlan = { range: "C5", type: "date", error: "x" };
    expect(officeValidation(date).rule).toEqual({ date: { operator: "Between", formula1: "1900-03-01", formula2: "9999-12-31" } });
    expect(toDataValidation(date)).toMatchObject({ type: "date", operator: "between", formulae: ["1900-03-01", "9999-12-31"] });
  });

  it("keep one-sided bounds one-sided: at least, at most, between", () => {
    expect(officeValidation({ range: "C3", type: "whole", min: 0, error: "x" }).rule).toEqual({
      wholeNumber: { operator: "GreaterThanOrEqualTo", formula1: 0 },
    });
    expect(officeValidation({ range: "C3", type: "whole", max: 9, error: "x" }).rule).toEqual({ wholeNumber: { operator: "LessThanOrEqualTo", formula1: 9 } });
    expect(toDataValidation({ range: "C3", type: "whole", min: 1, max: 4, error: "x" })).toMatchObject({ operator: "between", formulae: [1, 4] });
  });

  it("send date bounds as ISO 8601 dates that are the planned serial to the day (office-js: string | Date | Range, never a number)", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_SERIAL, max: MAX_SERIAL }), (serial) => {
        const iso = isoDate(serial);
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(serialFromDate({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) })).toBe(serial);
        // ExcelJS writes new Date(iso) as its serial: UTC midnight of that day.
        expect(Math.round((new Date(iso).getTime() - Date.UTC(1899, 11, 30)) / 86_400_000)).toBe(serial);
        const rule = officeValidation({ range: "C5", type: "date", min: serial, error: "x" }).rule;
        expect(rule.date).toEqual({ operator: "GreaterThanOrEqualTo", formula1: iso });
      }),
      { numRuns: 500 },
    );
    // 01/03/2026 is serial 46082 (the seeds' signature date).
    expect(isoDate(46082)).toBe("2026-03-01");
  });
});
