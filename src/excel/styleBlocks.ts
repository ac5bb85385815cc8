/**
 * A sheet plan's look as few rectangles as possible: cells sharing one style (role, bold, wrap,
 * number format) are merged into runs along a row, then runs repeated on consecutive rows into one
 * rectangle, so a 1 000-row table costs a handful of format operations, not one per cell.
 */
import type { CellPlan, SheetPlan } from "../sheets/plan";
import { ROLE_STYLES } from "../sheets/styles";

export interface CellStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  border?: boolean;
  wrap?: boolean;
  numberFormat?: string;
}

/** 0-based, bounds included. */
export interface StyleBlock {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  style: CellStyle;
}

export function cellStyle(cell: CellPlan | undefined): CellStyle | undefined {
  if (!cell) return undefined;
  const style: CellStyle = {};
  if (cell.role) {
    const role = ROLE_STYLES[cell.role];
    if (role.fill) style.fill = role.fill;
    style.fontColor = role.fontColor;
    if (role.bold) style.bold = true;
    if (role.italic) style.italic = true;
    if (role.size) style.size = role.size;
    if (role.border) style.border = true;
  }
  if (cell.bold !== undefined) style.bold = cell.bold;
  if (cell.wrap) style.wrap = true;
  if (cell.format) style.numberFormat = cell.format;
  return Object.keys(style).length > 0 ? style : undefined;
}

export function styleBlocks(sheet: SheetPlan): StyleBlock[] {
  const done: StyleBlock[] = [];
  // Rectangles still growing downwards, by "signature|c0|c1".
  let open = new Map<string, StyleBlock>();
  sheet.rows.forEach((row, r) => {
    const next = new Map<string, StyleBlock>();
    let c = 0;
    while (c < row.cells.length) {
      const style = cellStyle(row.cells[c]);
      if (!style) {
        c++;
        continue;
      }
      const signature = JSON.stringify(style);
      let end = c;
      while (end + 1 < row.cells.length && JSON.stringify(cellStyle(row.cells[end + 1]) ?? null) === signature) end++;
      const id = `${signature}|${c}|${end}`;
      const above = open.get(id);
      if (above && above.r1 === r - 1) {
        above.r1 = r;
        next.set(id, above);
        open.delete(id);
      } else {
        next.set(id, { r0: r, c0: c, r1: r, c1: end, style });
      }
      c = end + 1;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}
