/**
 * The render contract of a planned data validation: its rule with every bound filled in, its list
 * checked, and its titles and messages already within Excel's limits. The office-js writer
 * (src/excel/validationRule.ts) and the ExcelJS writer (src/xlsx/validation.ts) only translate it,
 * so a cell accepts the same input, with the same prompt and alert, in the add-in and in the export.
 */
import { MAX_SERIAL, MIN_SERIAL, dateFromSerial } from "../domain/calendar";
import type { ValidationPlan } from "./plan";

/** French titles of the input prompt and of the error alert, the same on every validation. */
export const VALIDATION_TITLES = { prompt: "Saisie", error: "Valeur non valide" } as const;

/**
 * Excel's limits on validation texts, in characters: titles 32, error 225 ([MS-XLSB] 2.5.37
 * DValStrings, https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xlsb/b8894965-c186-4bba-8a0b-8ec2a37a1cbe),
 * prompt 255; in .xlsx files titles 32, prompt 255 and, stricter, error 224 ([MS-OI29500] 2.1.613,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/0114969a-4859-443e-ae3e-0c1fdebfcc64).
 * So 224 here: both writers stay within both. office-js's DataValidationPrompt / DataValidationErrorAlert
 * pages state no limit of their own.
 */
export const VALIDATION_TEXT_LIMITS = { title: 32, prompt: 255, error: 224 } as const;

/** An inline list longer than this is refused by Excel (Validation.Add: Formula1 "must not exceed 255 characters", https://learn.microsoft.com/en-us/office/vba/api/excel.validation.add). */
const MAX_INLINE_LIST = 255;

/**
 * "Any number": the largest number Excel accepts typed in a cell, ±9.99999999999999E+307 (Excel
 * specifications and limits, https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
export const LARGEST_NUMBER = 9.99999999999999e307;
/**
 * "Any date": 01/03/1900 (below it Excel's calendar is off by a day, src/domain/calendar.ts) to
 * 31/12/9999, the last date Excel knows (same specifications page).
 */
const UNBOUNDED = {
  number: { min: -LARGEST_NUMBER, max: LARGEST_NUMBER },
  date: { min: MIN_SERIAL, max: MAX_SERIAL },
} as const;

/**
 * Bounds are numbers for numbers and ISO 8601 dates ("2026-03-01") for dates: the form office-js
 * documents for DateTimeDataValidation.formula1/formula2 (string | Date | Range, "a stringified
 * date/time in ISO8601 format", https://learn.microsoft.com/en-us/javascript/api/excel/excel.datetimedatavalidation),
 * and one ExcelJS turns into the date's serial (new Date(iso) is UTC midnight, then utils.dateToExcel).
 */
export type RenderedRule =
  | { type: "list"; values: readonly string[] }
  | { type: "decimal" | "whole"; operator: "between"; formula1: number; formula2: number }
  | { type: "decimal" | "whole"; operator: "greaterThanOrEqual" | "lessThanOrEqual"; formula1: number }
  | { type: "date"; operator: "between"; formula1: string; formula2: string }
  | { type: "date"; operator: "greaterThanOrEqual" | "lessThanOrEqual"; formula1: string };

interface ValidationText {
  title: string;
  message: string;
}

export interface RenderedValidation {
  /** A1 range without "$". */
  range: string;
  rule: RenderedRule;
  /** Empty cells are valid: an input left blank is "not filled in yet", never an error. */
  allowBlank: true;
  prompt?: ValidationText;
  /** A "stop" alert: bad input is refused, not merely warned about. */
  error: ValidationText & { style: "stop" };
}

/** The serial's date as ISO 8601 "yyyy-mm-dd". */
export function isoDate(serial: number): string {
  const { year, month, day } = dateFromSerial(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The text cut to Excel's limit, an ellipsis saying it was cut (a safety net: the planned texts all fit, see the render test). */
function withinLimit(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function listValues(plan: Extract<ValidationPlan, { type: "list" }>): readonly string[] {
  for (const v of plan.values) {
    // An inline list is comma-separated with no escape (ListDataValidation.source: "a comma-separated …"): a comma would split the value.
    if (v.includes(",")) throw new Error(`Valeur de liste de validation contenant une virgule : « ${v} » (${plan.range})`);
  }
  if (plan.values.length === 0) throw new Error(`Liste de validation vide (${plan.range})`);
  const length = plan.values.join(",").length;
  if (length > MAX_INLINE_LIST) throw new Error(`Liste de validation trop longue pour Excel (${plan.range}, ${length} > ${MAX_INLINE_LIST} caractères)`);
  return plan.values;
}

function boundedRule<T>(min: T | undefined, max: T | undefined, unbounded: { min: T; max: T }) {
  if (min !== undefined && max !== undefined) return { operator: "between" as const, formula1: min, formula2: max };
  if (min !== undefined) return { operator: "greaterThanOrEqual" as const, formula1: min };
  if (max !== undefined) return { operator: "lessThanOrEqual" as const, formula1: max };
  return { operator: "between" as const, formula1: unbounded.min, formula2: unbounded.max };
}

function rule(plan: ValidationPlan): RenderedRule {
  switch (plan.type) {
    case "list":
      return { type: "list", values: listValues(plan) };
    case "decimal":
    case "whole":
      return { type: plan.type, ...boundedRule(plan.min, plan.max, UNBOUNDED.number) };
    case "date": {
      const iso = (s: number | undefined) => (s === undefined ? undefined : isoDate(s));
      return { type: "date", ...boundedRule(iso(plan.min), iso(plan.max), { min: isoDate(UNBOUNDED.date.min), max: isoDate(UNBOUNDED.date.max) }) };
    }
  }
}

export function renderValidation(plan: ValidationPlan): RenderedValidation {
  const { title, prompt, error } = VALIDATION_TEXT_LIMITS;
  return {
    range: plan.range.replace(/\$/g, ""),
    rule: rule(plan),
    allowBlank: true,
    ...(plan.prompt ? { prompt: { title: withinLimit(VALIDATION_TITLES.prompt, title), message: withinLimit(plan.prompt, prompt) } } : {}),
    error: { style: "stop", title: withinLimit(VALIDATION_TITLES.error, title), message: withinLimit(plan.error, error) },
  };
}
