/**
 * Column width: characters (the plan's unit, Excel's column width unit) to points (office-js's
 * RangeFormat.columnWidth), for Calibri 11 (the render contract's font, src/sheets/cellLook.ts):
 * 7-pixel digits plus 5 pixels of padding, 0.75 point per pixel.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
