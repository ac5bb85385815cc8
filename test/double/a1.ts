/** A1 addresses: parsing and formatting, 0-based rows/columns internally, Excel's grid limits. */
import { invalidArgument } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based, bounds included. */
export interface CellRect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parsePart(part: string): { r?: number; c?: number } {
  let m = CELL.exec(part);
  if (m) return { c: columnIndex(m[1]), r: Number(m[2]) - 1 };
  if ((m = COLUMN.exec(part))) return { c: columnIndex(m[1]) };
  if ((m = ROW.exec(part))) return { r: Number(m[1]) - 1 };
  throw invalidArgument(`L'adresse « ${part} » n'est pas valide.`);
}

/** "B2", "B2:D5", "A:A", "A:C", "3:3" — no sheet prefix (the caller strips it). */
export function parseAddress(address: string): CellRect {
  const [first, second, extra] = address.trim().split(":");
  if (extra !== undefined || first === "") throw invalidArgument(`L'adresse « ${address} » n'est pas valide.`);
  const a = parsePart(first);
  const b = second === undefined ? a : parsePart(second);
  const wholeColumns = a.r === undefined && b.r === undefined && a.c !== undefined && b.c !== undefined;
  const wholeRows = a.c === undefined && b.c === undefined && a.r !== undefined && b.r !== undefined;
  if (second === undefined && (a.r === undefined || a.c === undefined)) throw invalidArgument(`L'adresse « ${address} » n'est pas valide.`);
  if (!wholeColumns && !wholeRows && (a.r === undefined || a.c === undefined || b.r === undefined || b.c === undefined))
    throw invalidArgument(`L'adresse « ${address} » n'est pas valide.`);
  const rect: CellRect = wholeColumns
    ? { r0: 0, r1: MAX_ROWS - 1, c0: a.c!, c1: b.c! }
    : wholeRows
      ? { r0: a.r!, r1: b.r!, c0: 0, c1: MAX_COLUMNS - 1 }
      : { r0: a.r!, r1: b.r!, c0: a.c!, c1: b.c! };
  const norm = { r0: Math.min(rect.r0, rect.r1), r1: Math.max(rect.r0, rect.r1), c0: Math.min(rect.c0, rect.c1), c1: Math.max(rect.c0, rect.c1) };
  if (norm.r1 >= MAX_ROWS || norm.c1 >= MAX_COLUMNS) throw invalidArgument(`L'adresse « ${address} » dépasse la grille.`);
  return norm;
}

/** Splits "'Grille ACI'!$D$5" into sheet name and local address; sheet undefined when absent. */
export function splitSheetAddress(reference: string): { sheet?: string; address: string } {
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { address: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: text.slice(bang + 1) };
}

export function formatCell(r: number, c: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(c)}${d}${r + 1}`;
}

export function formatRect(rect: CellRect, absolute = false): string {
  const a = formatCell(rect.r0, rect.c0, absolute);
  return rect.r0 === rect.r1 && rect.c0 === rect.c1 ? a : `${a}:${formatCell(rect.r1, rect.c1, absolute)}`;
}

/** Excel quotes a sheet name in an address when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectSize(rect: CellRect): { rows: number; columns: number } {
  return { rows: rect.r1 - rect.r0 + 1, columns: rect.c1 - rect.c0 + 1 };
}

export function intersects(a: CellRect, b: CellRect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function contains(outer: CellRect, r: number, c: number): boolean {
  return r >= outer.r0 && r <= outer.r1 && c >= outer.c0 && c <= outer.c1;
}

/** A local address on the given sheet; a prefix naming another sheet is refused. */
export function localRect(sheet: { name: string }, address: string): CellRect {
  const { sheet: prefix, address: local } = splitSheetAddress(address);
  if (prefix !== undefined && prefix.toLowerCase() !== sheet.name.toLowerCase())
    throw invalidArgument(`L'adresse « ${address} » désigne une autre feuille que « ${sheet.name} ».`);
  return parseAddress(local);
}

/** `a` minus `b`: up to four rectangles (above, below, left, right of the overlap); [a] when apart. */
export function subtractRect(a: CellRect, b: CellRect): CellRect[] {
  if (!intersects(a, b)) return [a];
  const out: CellRect[] = [];
  if (a.r0 < b.r0) out.push({ ...a, r1: b.r0 - 1 });
  if (a.r1 > b.r1) out.push({ ...a, r0: b.r1 + 1 });
  const r0 = Math.max(a.r0, b.r0);
  const r1 = Math.min(a.r1, b.r1);
  if (a.c0 < b.c0) out.push({ r0, r1, c0: a.c0, c1: b.c0 - 1 });
  if (a.c1 > b.c1) out.push({ r0, r1, c0: b.c1 + 1, c1: a.c1 });
  return out;
}
