/**
 * Structured references (`CPTS_FdrOperationnelle[Budget]`), which HyperFormula does not know: the
 * double keeps the formula as typed (what `range.formulas` returns) and hands HyperFormula its A1
 * translation, re-translated whenever a table moves or grows, so the reference follows the table
 * as in Excel ("The names in structured references adjust whenever you add or remove data from the
 * table", https://support.microsoft.com/en-us/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e).
 * Modelled: `Table[Column]` (the column's data rows), `Table[]` and a bare `Table` are not written
 * by anyone here; `Table[[#All],[Column]]` and other special items throw "not implemented".
 */
import type { HyperFormula } from "hyperformula";
import { CellRect, MAX_COLUMNS, formatRect, quoteSheetName } from "./a1";
import { NotImplementedInDouble } from "./errors";

/** What this module needs of a sheet and of the workbook model (model.ts owns both; no import back, no cycle). */
interface SheetModel {
  name: string;
  hfId: number;
}
interface Host {
  readonly hf: HyperFormula;
  findTable(name: string): { name: string; sheet: SheetModel; rect: CellRect } | undefined;
  allTables(): { name: string }[];
  formulaAt(sheet: SheetModel, r: number, c: number): unknown;
}

const REFERENCE = /([A-Za-z_\\][A-Za-z0-9_.]*)\[([^[\]]*)\]/g;

interface Entry {
  sheet: SheetModel;
  r: number;
  c: number;
  /** The formula as typed, with its structured references. */
  typed: string;
}

const cellKey = (r: number, c: number): number => r * MAX_COLUMNS + c;

export class StructuredReferences {
  private entries = new Map<SheetModel, Map<number, Entry>>();

  constructor(private readonly model: Host) {}

  /** Outside string literals only. */
  private static mapOutsideStrings(formula: string, replace: (part: string) => string): string {
    return formula
      .split('"')
      .map((part, i) => (i % 2 === 0 ? replace(part) : part))
      .join('"');
  }

  private static mentionsTable(formula: string, tableNames: Set<string>): boolean {
    let found = false;
    StructuredReferences.mapOutsideStrings(formula, (part) => {
      if (/[A-Za-z0-9_]\[\[/.test(part)) throw new NotImplementedInDouble(`structured reference with special items in ${formula}`);
      for (const m of part.matchAll(REFERENCE)) if (tableNames.has(m[1].toLowerCase())) found = true;
      return part;
    });
    return found;
  }

  /** The A1 translation of a formula's structured references (absolute, with the table's sheet). */
  translate(formula: string): string {
    return StructuredReferences.mapOutsideStrings(formula, (part) =>
      part.replace(REFERENCE, (whole, name: string, column: string) => {
        const table = this.model.findTable(name);
        if (!table) return whole;
        const { rect, sheet } = table;
        let c0 = rect.c0;
        let c1 = rect.c1;
        if (column !== "") {
          const wanted = column.trim().toLowerCase();
          const found = Array.from({ length: rect.c1 - rect.c0 + 1 }, (_, i) => rect.c0 + i).find(
            (c) => String(this.model.formulaAt(sheet, rect.r0, c)).toLowerCase() === wanted,
          );
          if (found === undefined) return "#REF!";
          c0 = c1 = found;
        }
        return `${quoteSheetName(sheet.name)}!${formatRect({ r0: rect.r0 + 1, r1: rect.r1, c0, c1 }, true)}`;
      }),
    );
  }

  /** Records a formula about to be entered at (r, c); returns what HyperFormula should store. */
  enter(sheet: SheetModel, r: number, c: number, formula: string): string {
    const names = new Set(this.model.allTables().map((t) => t.name.toLowerCase()));
    if (names.size === 0 || !StructuredReferences.mentionsTable(formula, names)) return formula;
    let onSheet = this.entries.get(sheet);
    if (!onSheet) this.entries.set(sheet, (onSheet = new Map()));
    onSheet.set(cellKey(r, c), { sheet, r, c, typed: formula });
    return this.translate(formula);
  }

  formulaAt(sheet: SheetModel, r: number, c: number): string | undefined {
    return this.entries.get(sheet)?.get(cellKey(r, c))?.typed;
  }

  /** The cells of `rect` no longer hold a typed structured formula (overwritten or cleared). */
  forget(sheet: SheetModel, rect: { r0: number; c0: number; r1: number; c1: number }): void {
    const onSheet = this.entries.get(sheet);
    if (!onSheet) return;
    for (const [k, e] of onSheet) if (e.r >= rect.r0 && e.r <= rect.r1 && e.c >= rect.c0 && e.c <= rect.c1) onSheet.delete(k);
  }

  moveRows(sheet: SheetModel, mapRow: (r: number) => number): void {
    const onSheet = this.entries.get(sheet);
    if (!onSheet) return;
    const moved = new Map<number, Entry>();
    for (const e of onSheet.values()) {
      const r = mapRow(e.r);
      if (r >= 0) moved.set(cellKey(r, e.c), { ...e, r });
    }
    this.entries.set(sheet, moved);
  }

  renameTable(from: string, to: string): void {
    const pattern = new RegExp(`(^|[^A-Za-z0-9_.])${from.replace(/[.\\]/g, "\\$&")}\\[`, "gi");
    for (const onSheet of this.entries.values())
      for (const e of onSheet.values()) e.typed = StructuredReferences.mapOutsideStrings(e.typed, (part) => part.replace(pattern, `$1${to}[`));
  }

  /** Converting the table to a range: its references become the fixed A1 text they stand for now. */
  freeze(tableName: string): void {
    const lower = tableName.toLowerCase();
    for (const onSheet of this.entries.values())
      for (const [k, e] of onSheet) {
        if (!StructuredReferences.mentionsTable(e.typed, new Set([lower]))) continue;
        const fixed = StructuredReferences.mapOutsideStrings(e.typed, (part) =>
          part.replace(REFERENCE, (whole, name: string) =>
            name.toLowerCase() === lower ? this.translate(`${name}[${whole.slice(name.length + 1, -1)}]`) : whole,
          ),
        );
        const others = new Set(
          this.model
            .allTables()
            .map((t) => t.name.toLowerCase())
            .filter((n) => n !== lower),
        );
        if (others.size > 0 && StructuredReferences.mentionsTable(fixed, others)) e.typed = fixed;
        else onSheet.delete(k);
        this.model.hf.setCellContents({ sheet: e.sheet.hfId, row: e.r, col: e.c }, [[this.translate(fixed)]]);
      }
  }

  /** Re-translates every typed structured formula (after tables or rows moved). */
  refresh(): void {
    for (const onSheet of this.entries.values())
      for (const e of onSheet.values()) this.model.hf.setCellContents({ sheet: e.sheet.hfId, row: e.r, col: e.c }, [[this.translate(e.typed)]]);
  }
}
