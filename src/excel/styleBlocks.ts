/**
 * A sheet plan's look (the render contract, src/sheets/cellLook.ts) in office-js's words, written as
 * few rectangles as possible, one property at a time: cells sharing a value of that property (fill,
 * font, border, number format, wrap, alignment…) are merged into runs along a row, then runs
 * repeated on consecutive rows into one rectangle. A 1 000-row table costs a handful of format
 * operations per property, not one per cell.
 */
import { cellLook } from "../sheets/cellLook";
import type { CellPlan, SheetPlan } from "../sheets/plan";
import type { WriteBatch } from "./writeBatch";

type StyleValue = string | number | boolean;

/** 0-based, bounds included. */
interface StyleBlock<V extends StyleValue = StyleValue> {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  value: V;
}

/**
 * Each formatted property of a cell, from its render contract; undefined = leave the cell at Excel's
 * default after the sheet's formats were cleared (no fill, not bold, not wrapped, General). Font name
 * and size are always written: the workbook's default font is not ours to assume.
 */
const STYLE_PROPERTIES = {
  fill: (cell: CellPlan) => cellLook(cell).fill,
  fontName: (cell: CellPlan) => cellLook(cell).font.name,
  fontSize: (cell: CellPlan) => cellLook(cell).font.size,
  fontColor: (cell: CellPlan) => cellLook(cell).font.color,
  bold: (cell: CellPlan) => cellLook(cell).font.bold || undefined,
  italic: (cell: CellPlan) => cellLook(cell).font.italic || undefined,
  border: (cell: CellPlan) => cellLook(cell).border,
  wrap: (cell: CellPlan) => cellLook(cell).wrap || undefined,
  numberFormat: (cell: CellPlan) => cellLook(cell).numberFormat,
  verticalAlignment: (cell: CellPlan) => cellLook(cell).verticalAlignment,
} satisfies Record<string, (cell: CellPlan) => StyleValue | undefined>;

type StyleProperty = keyof typeof STYLE_PROPERTIES;

function styleBlocks(sheet: SheetPlan, property: StyleProperty): StyleBlock[] {
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

/** The contract's words in office-js's: "top" is Excel.VerticalAlignment "Top". */
const VERTICAL: Record<string, Excel.VerticalAlignment> = { top: "Top" as Excel.VerticalAlignment };

/** One format write on a rectangle of the sheet. */
function applyBlock(range: Excel.Range, property: StyleProperty, value: StyleValue, rows: number, cols: number): void {
  const format = range.format;
  switch (property) {
    case "numberFormat":
      range.numberFormat = Array.from({ length: rows }, () => new Array<string>(cols).fill(value as string));
      return;
    case "border": {
      // A thin continuous line on every edge of every cell: the outline plus the inside lines.
      const sides = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", ...(rows > 1 ? ["InsideHorizontal"] : []), ...(cols > 1 ? ["InsideVertical"] : [])];
      for (const side of sides) {
        const border = format.borders.getItem(side as Excel.BorderIndex);
        border.style = "Continuous";
        border.weight = "Thin";
        border.color = value as string;
      }
      return;
    }
    case "fill":
      format.fill.color = value as string;
      return;
    case "fontName":
      format.font.name = value as string;
      return;
    case "fontSize":
      format.font.size = value as number;
      return;
    case "fontColor":
      format.font.color = value as string;
      return;
    case "bold":
      format.font.bold = value as boolean;
      return;
    case "italic":
      format.font.italic = value as boolean;
      return;
    case "wrap":
      format.wrapText = value as boolean;
      return;
    case "verticalAlignment":
      format.verticalAlignment = VERTICAL[value as string];
      return;
  }
}

/** Each formatted property, as rectangles of equal value; one range object per rectangle. */
export async function queueStyles(batch: Pick<WriteBatch, "add">, ws: Excel.Worksheet, plan: SheetPlan): Promise<void> {
  for (const property of Object.keys(STYLE_PROPERTIES) as StyleProperty[]) {
    for (const block of styleBlocks(plan, property)) {
      const rows = block.r1 - block.r0 + 1;
      const cols = block.c1 - block.c0 + 1;
      // The payload estimate counts a number-format matrix cell by cell, like the request does.
      const payload = property === "numberFormat" ? Array.from({ length: rows }, () => new Array<StyleValue>(cols).fill(block.value)) : block.value;
      await batch.add(payload, () => applyBlock(ws.getRangeByIndexes(block.r0, block.c0, rows, cols), property, block.value, rows, cols));
    }
  }
}
