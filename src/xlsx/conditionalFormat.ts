/** A plan's formula-based conditional format as an ExcelJS "expression" rule with a differential style. */
import type { ConditionalFormattingOptions, Fill, Font, Style } from "exceljs";
import type { ConditionalFormatPlan } from "../sheets/plan";
import { argb } from "./color";
import { toFileFormula } from "./fileFormula";

export function toConditionalFormatting(plan: ConditionalFormatPlan, priority: number): ConditionalFormattingOptions {
  const style: Partial<Style> = {};
  if (plan.fill) {
    // A differential (dxf) solid fill takes its colour from bgColor; fgColor too for readers that look there.
    const fill: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(plan.fill) }, bgColor: { argb: argb(plan.fill) } };
    style.fill = fill;
  }
  const font: Partial<Font> = {};
  if (plan.fontColor) font.color = { argb: argb(plan.fontColor) };
  if (plan.bold) font.bold = true;
  if (Object.keys(font).length > 0) style.font = font;
  if (!style.fill && !style.font) throw new Error(`Mise en forme conditionnelle sans effet visible sur ${plan.range}`);
  return { ref: plan.range, rules: [{ type: "expression", priority, formulae: [toFileFormula(plan.formula)], style }] };
}
