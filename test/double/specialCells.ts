/**
 * `Range.getSpecialCells(OrNullObject)` (ExcelApi 1.9) and the RangeAreas it returns, for the one use
 * the add-in makes of them: finding the constants of a single column (the hidden key column A), so a
 * read of the keyed rows does not grow with the rows the user added (their column A is empty).
 *
 * Documented (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcells-member(1)):
 * "Gets the RangeAreas object, comprising one or more rectangular ranges, that represents all the
 * cells that match the specified type and value. If no special cells are found, an ItemNotFound error
 * will be thrown"; the OrNullObject variant returns a null object instead. SpecialCellType.constants
 * is "Cells containing constants" (https://learn.microsoft.com/javascript/api/excel/excel.specialcelltype).
 * Hidden cells count (only `visible` filters on visibility) — à vérifier dans Excel, since column A is hidden.
 * How Excel splits the cells into areas is not documented: the double uses runs of consecutive
 * rows, and the add-in must not depend on the split (it reads every area's rowIndex and values).
 */
import { CellRect, formatRect, quoteSheetName } from "./a1";
import { DoubleCollection, DoubleObject, DoubleRequestContext } from "./context";
import { NotImplementedInDouble, invalidArgument } from "./errors";
import { isFormula } from "./model";
import type { SheetModel } from "./model";
import type { DoubleRange, RangeTarget } from "./range";

/** Builds a resolved Range proxy (given by range.ts, which imports this module). */
export type RangeMaker = (target: RangeTarget) => DoubleRange;

export interface AreasTarget {
  sheet: SheetModel;
  rects: CellRect[];
}

const VALUE_TYPES: Record<string, (v: unknown) => boolean> = {
  All: () => true,
  Text: (v) => typeof v === "string",
  Numbers: (v) => typeof v === "number",
  Logical: (v) => typeof v === "boolean",
};

/** The constants of a one-column range, as runs of consecutive rows; null when there are none. */
function constantsOf(context: DoubleRequestContext, t: RangeTarget, valueType: string): AreasTarget | null {
  if (t.rect.c0 !== t.rect.c1) throw new NotImplementedInDouble("getSpecialCells on more than one column (Excel's split into areas is not documented)");
  const keep = VALUE_TYPES[valueType];
  if (!keep) throw new NotImplementedInDouble(`getSpecialCells(…, "${valueType}")`);
  const model = context._model;
  const used = model.usedRect(t.sheet, true);
  const rects: CellRect[] = [];
  if (used && t.rect.c0 >= used.c0 && t.rect.c0 <= used.c1) {
    const c = t.rect.c0;
    for (let r = Math.max(t.rect.r0, used.r0); r <= Math.min(t.rect.r1, used.r1); r++) {
      const content = model.formulaAt(t.sheet, r, c);
      const constant = content !== null && content !== "" && !isFormula(content) && keep(content);
      if (!constant) continue;
      const last = rects[rects.length - 1];
      if (last && last.r1 === r - 1) last.r1 = r;
      else rects.push({ r0: r, r1: r, c0: c, c1: c });
    }
  }
  return rects.length > 0 ? { sheet: t.sheet, rects } : null;
}

export function specialCells(range: DoubleRange, cellType: string, valueType: string | undefined, nullable: boolean, makeRange: RangeMaker): DoubleRangeAreas {
  return new DoubleRangeAreas(
    makeRange,
    range.context,
    () => {
      if (cellType !== "Constants") throw new NotImplementedInDouble(`getSpecialCells("${cellType}")`);
      if (valueType !== undefined && typeof valueType !== "string") throw invalidArgument("Type de valeur non valide.");
      return constantsOf(range.context, range._target(), valueType ?? "All");
    },
    nullable,
    { label: `Range.getSpecialCells${nullable ? "OrNullObject" : ""}`, args: [cellType, valueType ?? null] },
  );
}

export class DoubleRangeAreas extends DoubleObject<AreasTarget> {
  constructor(
    private readonly _makeRange: RangeMaker,
    context: DoubleRequestContext,
    resolver: () => AreasTarget | null,
    nullable: boolean,
    creation?: { label: string; args: unknown },
  ) {
    super(context, "RangeAreas", resolver, nullable, creation);
  }

  override _read(prop: string, t: AreasTarget): unknown {
    switch (prop) {
      case "address":
        return t.rects.map((r) => `${quoteSheetName(t.sheet.name)}!${formatRect(r)}`).join(",");
      case "areaCount":
        return t.rects.length;
      default:
        throw new NotImplementedInDouble(`RangeAreas.load("${prop}")`);
    }
  }

  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get areas(): DoubleRangeCollection {
    return new DoubleRangeCollection(this._makeRange, this.context, () => {
      const t = this._target();
      return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
    });
  }
}

export class DoubleRangeCollection extends DoubleCollection<RangeTarget[], DoubleRange> {
  override readonly _defaultItemProps = ["address", "values", "formulas", "rowCount", "columnCount", "rowIndex", "columnIndex"];

  constructor(
    private readonly _makeRange: RangeMaker,
    context: DoubleRequestContext,
    resolver: () => RangeTarget[],
  ) {
    super(context, "RangeCollection", resolver, false);
  }

  override _itemsOf(targets: RangeTarget[]): DoubleRange[] {
    return targets.map(this._makeRange);
  }
}
