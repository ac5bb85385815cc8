/** A1 addresses for planners: columns are 0-based indexes (0 = A, the key column), rows are 1-based. */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function colLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new Error(`Invalid column index ${index}`);
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" → 0, "AA" → 26. */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new Error(`Invalid column letters ${letters}`);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** Relative (default) or absolute A1 address of one cell: a1(2, 5) = "C5", a1(2, 5, true) = "$C$5". */
export function a1(col: number, row: number, absolute = false): string {
  if (!Number.isInteger(row) || row < 1) throw new Error(`Invalid row ${row}`);
  return absolute ? `$${colLetter(col)}$${row}` : `${colLetter(col)}${row}`;
}

/** Column absolute, row relative ("$C5"): conditional formats that test one column along rows. */
export function a1ColAbs(col: number, row: number): string {
  return `$${colLetter(col)}${row}`;
}

/** Row absolute, column relative ("C$4"): conditional formats that test a header along columns. */
export function a1RowAbs(col: number, row: number): string {
  return `${colLetter(col)}$${row}`;
}

/** "C5:F9" (or "$C$5:$F$9"); a single cell gives "C5:C5" so every range has the same shape. */
export function rangeA1(col1: number, row1: number, col2: number, row2: number, absolute = false): string {
  return `${a1(Math.min(col1, col2), Math.min(row1, row2), absolute)}:${a1(Math.max(col1, col2), Math.max(row1, row2), absolute)}`;
}

/** A range down one column. */
export function columnRange(col: number, row1: number, row2: number, absolute = false): string {
  return rangeA1(col, row1, col, row2, absolute);
}

/** Parses "C5" or "$C$5" into 0-based column and 1-based row. */
export function parseA1(address: string): { col: number; row: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Invalid A1 address ${address}`);
  return { col: colIndex(m[1]), row: Number(m[2]) };
}
