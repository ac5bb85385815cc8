/** A plan cell's look in ExcelJS terms, from the shared style table (role → fill, font, border). */
import type { Alignment, Border, Fill, Font, Style } from "exceljs";
import type { CellPlan } from "../sheets/plan";
import { ROLE_STYLES } from "../sheets/styles";
import { argb } from "./color";

const THIN: Partial<Border> = { style: "thin", color: { argb: "FFBFBFBF" } };
const DEFAULT_FONT = { name: "Calibri", size: 11 } as const;

export function solidFill(color: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(color) }, bgColor: { argb: argb(color) } };
}

/** Style of one cell; a cell with no role keeps Excel's default look apart from its own bold / wrap / format. */
export function cellStyle(cell: CellPlan): Partial<Style> {
  const style: Partial<Style> = {};
  const role = cell.role ? ROLE_STYLES[cell.role] : undefined;
  if (cell.role && !role) throw new Error(`Rôle de cellule inconnu de la table des styles : ${cell.role}`);
  const font: Partial<Font> = { ...DEFAULT_FONT };
  if (role) {
    font.color = { argb: argb(role.fontColor) };
    font.bold = role.bold;
    if (role.italic) font.italic = true;
    if (role.size) font.size = role.size;
    if (role.fill) style.fill = solidFill(role.fill);
    if (role.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
  if (cell.bold !== undefined) font.bold = cell.bold;
  style.font = font;
  if (cell.format) style.numFmt = cell.format;
  // Top-aligned everywhere: a wrapped cell and its one-line neighbours then read on the same line.
  const alignment: Partial<Alignment> = { vertical: "top" };
  if (cell.wrap) alignment.wrapText = true;
  style.alignment = alignment;
  return style;
}
