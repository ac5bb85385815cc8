/**
 * What office-js documents a date validation bound to be. DateTimeDataValidation.formula1 / formula2
 * are `string | Date | Range`: "a Date, a Range object, or a string formula (where the string is
 * either a stringified date/time in ISO8601 format, a cell reference like "=A1", or a formula like
 * "=MIN(A1, B1)")" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.datetimedatavalidation).
 * A number is none of these (it is BasicDataValidation's `string | number | Range`), so the double
 * refuses it as an invalid argument; what Excel itself does with one is « à vérifier dans Excel ».
 */
import { invalidArgument } from "./errors";

/** yyyy-mm-dd, optionally with a time and a zone: the ISO 8601 forms JavaScript's Date also reads. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function operandProblem(operand: unknown): string | undefined {
  if (operand instanceof Date) return Number.isNaN(operand.getTime()) ? "une date non valide" : undefined;
  if (typeof operand === "string") {
    if (operand.startsWith("=")) return undefined;
    return ISO_8601.test(operand) && !Number.isNaN(new Date(operand).getTime()) ? undefined : `« ${operand} », ni une date ISO 8601 ni une formule`;
  }
  // A Range object (the double's ranges carry their dataValidation like office-js's).
  if (typeof operand === "object" && operand !== null && "dataValidation" in operand) return undefined;
  return `${JSON.stringify(operand)} (${typeof operand})`;
}

/** Throws Excel's InvalidArgument when a date rule's bound is not a string, Date or Range. */
export function checkDateTimeOperands(body: Record<string, unknown>): void {
  for (const key of ["formula1", "formula2"] as const) {
    if (body[key] === undefined) continue;
    const problem = operandProblem(body[key]);
    if (problem) throw invalidArgument(`Validation de date : ${key} doit être une date ISO 8601, une formule, une Date ou une plage, pas ${problem}.`);
  }
}
