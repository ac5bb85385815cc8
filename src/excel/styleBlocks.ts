/**
 * A sheet plan's look as few rectangles as possible, one property at a time: cells sharing a value
 * of that property (fill, font colour, bold, number format, border…) are merged into runs along a
 * row, then runs repeated on consecutive rows into one rectangle. A 1 000-row table costs a handful
 * of format operations per property, not one per cell.
 */
import type { CellPlan, SheetPlan } from "../sheets/plan";
import { ROLE_STYLES } from "../sheets/styles";

export type StyleValue = string | number | boolean;

/** 0-based, bounds included. */
export interface StyleBlock<V extends StyleValue = StyleValue> {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  value: V;
}

/** How each formatted property of a cell is derived from its plan (role style, then the cell's own flags). */
export const STYLE_PROPERTIES = {
  fill: (cell: CellPlan) => (cell.role ? ROLE_STYLES[cell.role].fill : undefined),
  fontColor: (cell: CellPlan) => (cell.role ? ROLE_STYLES[cell.role].fontColor : undefined),
  bold: (cell: CellPlan) => (cell.bold ?? (cell.role ? ROLE_STYLES[cell.role].bold : false)) || undefined,
  italic: (cell: CellPlan) => (cell.role ? ROLE_STYLES[cell.role].italic : undefined) || undefined,
  size: (cell: CellPlan) => (cell.role ? ROLE_STYLES[cell.role].size : undefined),
  border: (cell: CellPlan) => (cell.role ? ROLE_STYLES[cell.role].border : false) || undefined,
  wrap: (cell: CellPlan) => cell.wrap || undefined,
  numberFormat: (cell: CellPlan) => cell.format,
} satisfies Record<string, (cell: CellPlan) => StyleValue | undefined>;

export type StyleProperty = keyof typeof STYLE_PROPERTIES;

export function styleBlocks(sheet: SheetPlan, property: StyleProperty): StyleBlock[] {
  const valueOf = (cell: CellPlan | undefined): StyleValue | undefined => (cell ? STYLE_PROPERTIES[property](cell) : undefined);
  const done: StyleBlock[] = [];
  // Rectangles still growing downwards, by "value|c0|c1".
  let open = new Map<string, StyleBlock>();
  sheet.rows.forEach((row, r) => {
    const next = new Map<string, StyleBlock>();
    let c = 0;
    while (c < row.cells.length) {
      const value = valueOf(row.cells[c]);
      if (value === undefined) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < row.cells.length && valueOf(row.cells[end + 1]) === value) end++;
      const id = `${JSON.stringify(value)}|${c}|${end}`;
      const above = open.get(id);
      if (above && above.r1 === r - 1) {
        above.r1 = r;
        next.set(id, above);
        open.delete(id);
      } else {
        next.set(id, { r0: r, c0: c, r1: r, c1: end, value });
      }
      c = end + 1;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}
