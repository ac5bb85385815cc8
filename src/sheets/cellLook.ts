/**
 * The render contract of a planned cell: everything a writer needs to draw it (font, fill, border,
 * number format, wrap, alignment), resolved once here from the cell's role (styles.ts) and its own
 * flags. The office-js writer (src/excel/styleBlocks.ts) and the ExcelJS writer
 * (src/xlsx/cellStyle.ts) only translate it into their API's words, so the add-in's sheets and the
 * exported file look the same (test/render/bothWriters.test.ts compares them cell by cell).
 */
import type { CellPlan } from "./plan";
import { ROLE_STYLES } from "./styles";

/**
 * Written on every planned cell rather than left to the workbook's default, which differs between
 * Excel versions (Aptos in recent Microsoft 365 workbooks, Calibri before): the column widths
 * (src/excel/columnWidth.ts) and the wrapped-text row heights (rowHeights.ts) are computed for Calibri 11.
 */
const FONT_NAME = "Calibri";
export const FONT_SIZE = 11;
/** Thin light-grey lines: they separate the cells without competing with the fills. */
const BORDER_COLOR = "#BFBFBF";

interface CellFont {
  name: string;
  /** Points. */
  size: number;
  /** "#RRGGBB"; undefined = automatic (the theme's text colour). */
  color?: string;
  bold: boolean;
  italic: boolean;
}

export interface CellLook {
  /** Solid fill "#RRGGBB"; undefined = no fill. */
  fill?: string;
  font: CellFont;
  /** A thin border of this colour on the four sides; undefined = none. */
  border?: string;
  /** Excel number format; undefined = General. */
  numberFormat?: string;
  wrap: boolean;
  /** Top everywhere: a wrapped cell and its one-line neighbours then read on the same line. */
  verticalAlignment: "top";
  /** Excel's General: text to the left, numbers to the right. Writers leave it at the default. */
  horizontalAlignment: "general";
}

export function cellLook(cell: CellPlan): CellLook {
  const role = cell.role ? ROLE_STYLES[cell.role] : undefined;
  if (cell.role && !role) throw new Error(`Rôle de cellule inconnu de la table des styles : ${cell.role}`);
  return {
    fill: role?.fill,
    font: {
      name: FONT_NAME,
      size: role?.size ?? FONT_SIZE,
      color: role?.fontColor,
      bold: cell.bold ?? role?.bold ?? false,
      italic: role?.italic ?? false,
    },
    border: role?.border ? BORDER_COLOR : undefined,
    numberFormat: cell.format,
    wrap: cell.wrap ?? false,
    verticalAlignment: "top",
    horizontalAlignment: "general",
  };
}
