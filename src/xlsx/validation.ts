/** A plan's data validation as ExcelJS writes it: French prompt and error, a stop on bad input. */
import type { DataValidation, Worksheet } from "exceljs";
import type { ValidationPlan } from "../sheets/plan";
import { dateFromExcelSerial } from "./serialDate";

/** Excel refuses an inline list longer than this (the list formula's limit). */
const MAX_INLINE_LIST = 255;
const ERROR_TITLE = "Valeur non valide";
const PROMPT_TITLE = "Saisie";

function listFormula(values: readonly string[]): string {
  for (const v of values) {
    // Inline lists are comma-separated with no escape: a comma would split the value.
    if (v.includes(",")) throw new Error(`Valeur de liste de validation contenant une virgule : « ${v} »`);
  }
  const joined = values.map((v) => v.replace(/"/g, '""')).join(",");
  if (joined.length > MAX_INLINE_LIST) throw new Error(`Liste de validation trop longue pour Excel (${joined.length} > ${MAX_INLINE_LIST} caractères)`);
  return `"${joined}"`;
}

type Bound = number | Date;

/** Operator and formulae for optional bounds; with none, any number of the type is accepted. */
function bounds(min: Bound | undefined, max: Bound | undefined, unbounded: [Bound, Bound]): Pick<DataValidation, "operator" | "formulae"> {
  if (min !== undefined && max !== undefined) return { operator: "between", formulae: [min, max] };
  if (min !== undefined) return { operator: "greaterThanOrEqual", formulae: [min] };
  if (max !== undefined) return { operator: "lessThanOrEqual", formulae: [max] };
  return { operator: "between", formulae: unbounded };
}

/** Excel's limits on validation messages: longer ones make a file Excel must repair. */
const MAX_ERROR = 225;
const MAX_PROMPT = 255;

export function toDataValidation(plan: ValidationPlan): DataValidation {
  if (plan.error.length > MAX_ERROR) throw new Error(`Message d'erreur de validation trop long pour Excel (${plan.range}, ${plan.error.length} > ${MAX_ERROR} caractères)`);
  if (plan.prompt && plan.prompt.length > MAX_PROMPT) throw new Error(`Aide de saisie trop longue pour Excel (${plan.range}, ${plan.prompt.length} > ${MAX_PROMPT} caractères)`);
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: ERROR_TITLE,
    error: plan.error,
    ...(plan.prompt ? { showInputMessage: true, promptTitle: PROMPT_TITLE, prompt: plan.prompt } : {}),
  } as const;
  switch (plan.type) {
    case "list":
      return { ...common, type: "list", formulae: [listFormula(plan.values)] };
    case "decimal":
    case "whole":
      return { ...common, type: plan.type, ...bounds(plan.min, plan.max, [-9.99e307, 9.99e307]) };
    case "date": {
      const toDate = (s: number | undefined) => (s === undefined ? undefined : dateFromExcelSerial(s));
      return { ...common, type: "date", ...bounds(toDate(plan.min), toDate(plan.max), [dateFromExcelSerial(1), dateFromExcelSerial(2_958_465)]) };
    }
  }
}

/** ExcelJS 4.4 has range validations (worksheet.dataValidations) but its typings omit them. */
interface WithRangeValidations {
  dataValidations: { add(range: string, validation: DataValidation): DataValidation };
}

export function addValidation(ws: Worksheet, plan: ValidationPlan): void {
  (ws as unknown as WithRangeValidations).dataValidations.add(plan.range.replace(/\$/g, ""), toDataValidation(plan));
}
