/** A plan's data validation (the render contract, src/sheets/renderedValidation.ts) in ExcelJS's words. */
import type { DataValidation, Worksheet } from "exceljs";
import type { ValidationPlan } from "../sheets/plan";
import { renderValidation } from "../sheets/renderedValidation";

/** An inline list is a quoted formula: "Oui,Non", a quote inside doubled. */
function listFormula(values: readonly string[]): string {
  return `"${values.map((v) => v.replace(/"/g, '""')).join(",")}"`;
}

export function toDataValidation(plan: ValidationPlan): DataValidation {
  const v = renderValidation(plan);
  const common = {
    allowBlank: v.allowBlank,
    showErrorMessage: true,
    errorStyle: v.error.style,
    errorTitle: v.error.title,
    error: v.error.message,
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message } : {}),
  } as const;
  const { rule } = v;
  if (rule.type === "list") return { ...common, type: "list", formulae: [listFormula(rule.values)] };
  // Date bounds are ISO dates: ExcelJS writes a date rule's formula as utils.dateToExcel(new Date(formula)), the date's serial.
  const formulae = rule.operator === "between" ? [rule.formula1, rule.formula2] : [rule.formula1];
  return { ...common, type: rule.type, operator: rule.operator, formulae };
}

/** ExcelJS 4.4 has range validations (worksheet.dataValidations) but its typings omit them. */
interface WithRangeValidations {
  dataValidations: { add(range: string, validation: DataValidation): DataValidation };
}

export function addValidation(ws: Worksheet, plan: ValidationPlan): void {
  const validation = toDataValidation(plan);
  (ws as unknown as WithRangeValidations).dataValidations.add(plan.range.replace(/\$/g, ""), validation);
}
