/** A plan cell's look (the render contract, src/sheets/cellLook.ts) in ExcelJS's words. */
import type { Alignment, Border, Fill, Font, Style } from "exceljs";
import type { CellPlan } from "../sheets/plan";
import { cellLook } from "../sheets/cellLook";
import { argb } from "./color";

function solidFill(color: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(color) }, bgColor: { argb: argb(color) } };
}

export function cellStyle(cell: CellPlan): Partial<Style> {
  const look = cellLook(cell);
  const style: Partial<Style> = {};
  const font: Partial<Font> = { name: look.font.name, size: look.font.size, bold: look.font.bold, italic: look.font.italic };
  if (look.font.color) font.color = { argb: argb(look.font.color) };
  style.font = font;
  if (look.fill) style.fill = solidFill(look.fill);
  if (look.border) {
    const thin: Partial<Border> = { style: "thin", color: { argb: argb(look.border) } };
    style.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (look.numberFormat) style.numFmt = look.numberFormat;
  // "general" horizontal alignment is ExcelJS's default: left unset.
  const alignment: Partial<Alignment> = { vertical: look.verticalAlignment };
  if (look.wrap) alignment.wrapText = true;
  style.alignment = alignment;
  return style;
}
