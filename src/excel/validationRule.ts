/** A plan's data validation (the render contract, src/sheets/renderedValidation.ts) in office-js's words. */
import type { ValidationPlan } from "../sheets/plan";
import { renderValidation, type RenderedRule } from "../sheets/renderedValidation";
import type { WriteBatch } from "./writeBatch";

interface OfficeValidation {
  rule: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
}

const OPERATORS = { between: "Between", greaterThanOrEqual: "GreaterThanOrEqualTo", lessThanOrEqual: "LessThanOrEqualTo" } as const;

function officeRule(rule: RenderedRule): Excel.DataValidationRule {
  if (rule.type === "list") return { list: { inCellDropDown: true, source: rule.values.join(",") } };
  const operator = OPERATORS[rule.operator] as Excel.DataValidationOperator;
  // Numbers for BasicDataValidation (formula1: string | number | Range); for DateTimeDataValidation
  // (formula1: string | Date | Range) ISO 8601 date strings, as its page documents:
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.datetimedatavalidation
  const criteria = rule.operator === "between" ? { operator, formula1: rule.formula1, formula2: rule.formula2 } : { operator, formula1: rule.formula1 };
  switch (rule.type) {
    case "date":
      return { date: criteria as Excel.DateTimeDataValidation };
    case "decimal":
      return { decimal: criteria as Excel.BasicDataValidation };
    case "whole":
      return { wholeNumber: criteria as Excel.BasicDataValidation };
  }
}

export function officeValidation(plan: ValidationPlan): OfficeValidation {
  const v = renderValidation(plan);
  return {
    rule: officeRule(v.rule),
    // ignoreBlanks is left at its documented default, true (DataValidation.ignoreBlanks): the contract's allowBlank.
    ...(v.prompt ? { prompt: { showPrompt: true, title: v.prompt.title, message: v.prompt.message } } : {}),
    errorAlert: { showAlert: true, style: "Stop" as Excel.DataValidationAlertStyle, title: v.error.title, message: v.error.message },
  };
}

/** Rule first: Excel keeps prompt and alert on the validation the rule created. */
export async function queueValidation(batch: Pick<WriteBatch, "add">, ws: Excel.Worksheet, plan: ValidationPlan): Promise<void> {
  const written = officeValidation(plan);
  await batch.add(written, () => {
    const validation = ws.getRange(plan.range).dataValidation;
    validation.rule = written.rule;
    if (written.prompt) validation.prompt = written.prompt;
    validation.errorAlert = written.errorAlert;
  });
}
