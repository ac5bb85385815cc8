/** The workbook object, its names and the application (calculation and screen-updating suspension). */
import { parseAddress, splitSheetAddress } from "./a1";
import { DoubleCollection, DoubleObject, DoubleRequestContext, strict } from "./context";
import { DoubleExcelError, NotImplementedInDouble, invalidArgument } from "./errors";
import type { NameModel, SheetModel } from "./model";
import { DoubleRange, RangeTarget } from "./range";
import { DoubleWorksheetCollection, EventRegistry } from "./worksheet";
import { recalculate } from "./events";

/** A name's reference: a Range proxy, or "=Sheet!$C$5" (a single sheet reference; other formulas are not modelled). */
function referenceTarget(context: DoubleRequestContext, reference: string | DoubleRange): RangeTarget {
  if (typeof reference !== "string") return reference._target();
  if (!reference.startsWith("=")) throw invalidArgument(`Référence de nom non valide : ${reference}.`);
  const { sheet, address } = splitSheetAddress(reference);
  if (sheet === undefined) throw new NotImplementedInDouble(`names without a sheet reference (${reference})`);
  const model: SheetModel | undefined = context._model.findSheet(sheet);
  if (!model) throw new DoubleExcelError("InvalidReference", `Feuille « ${sheet} » introuvable pour le nom.`);
  return { sheet: model, rect: parseAddress(address) };
}

export class DoubleNamedItem extends DoubleObject<NameModel> {
  constructor(context: DoubleRequestContext, resolver: () => NameModel | null, nullable: boolean, creation?: { label: string; args: unknown }) {
    super(context, "NamedItem", resolver, nullable, creation);
  }

  override _read(prop: string, n: NameModel): unknown {
    const m = this.context._model;
    switch (prop) {
      case "name":
        return n.name;
      case "formula":
        return m.nameFormula(n);
      case "type":
        return "Range";
      case "comment":
        return n.comment;
      case "visible":
        return true;
      default:
        throw new NotImplementedInDouble(`NamedItem.load("${prop}")`);
    }
  }

  get name(): string {
    return this._get("name");
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(formula: string) {
    this._op("formula", formula, (n) => {
      const t = referenceTarget(this.context, formula);
      this.context._model.changeName(n, t.sheet, t.rect);
    });
  }
  get type(): string {
    return this._get("type");
  }
  get comment(): string {
    return this._get("comment");
  }

  getRange(): DoubleRange {
    return new DoubleRange(
      this.context,
      () => {
        const n = this._target();
        return { sheet: n.sheet, rect: n.rect };
      },
      false,
      { label: "NamedItem.getRange", args: null },
    );
  }

  getRangeOrNullObject(): DoubleRange {
    return new DoubleRange(
      this.context,
      () => {
        const n = this._resolveNow();
        return n ? { sheet: n.sheet, rect: n.rect } : null;
      },
      true,
      { label: "NamedItem.getRangeOrNullObject", args: null },
    );
  }

  delete(): void {
    this._op("delete", null, (n) => this.context._model.deleteName(n));
  }
}

export class DoubleNamedItemCollection extends DoubleCollection<NameModel[], DoubleNamedItem> {
  override readonly _defaultItemProps = ["name", "formula", "type", "comment", "visible"];

  constructor(context: DoubleRequestContext) {
    super(context, "NamedItemCollection", () => context._model.names, false);
  }

  override _itemsOf(names: NameModel[]): DoubleNamedItem[] {
    return names.map((n) => new DoubleNamedItem(this.context, () => n, false)._markResolved());
  }

  add(name: string, reference: string | DoubleRange, comment?: string): DoubleNamedItem {
    return new DoubleNamedItem(
      this.context,
      () => {
        const t = referenceTarget(this.context, reference);
        return this.context._model.addName(name, t.sheet, t.rect, comment ?? "");
      },
      false,
      { label: "NamedItemCollection.add", args: [name, typeof reference === "string" ? reference : "<Range>", comment ?? null] },
    );
  }

  getItem(name: string): DoubleNamedItem {
    return new DoubleNamedItem(this.context, () => this.context._model.findName(name) ?? null, false, { label: "NamedItemCollection.getItem", args: name });
  }

  getItemOrNullObject(name: string): DoubleNamedItem {
    return new DoubleNamedItem(this.context, () => this.context._model.findName(name) ?? null, true, {
      label: "NamedItemCollection.getItemOrNullObject",
      args: name,
    });
  }
}

export class DoubleApplication {
  constructor(private readonly _context: DoubleRequestContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this._context._calculationSuspended = true;
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._context._screenUpdatingSuspended = true;
  }
  /**
   * Application.calculate(type) (ExcelApi 1.1). After suspendApiCalculationUntilNextSync (ExcelApi 1.6)
   * "it is the developer's responsibility to re-calc the workbook, to ensure that any dependencies
   * are propagated" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)).
   * HyperFormula keeps every result current, so the double only checks the type and records, per
   * sync, whether a calculation followed the last write (SyncRecord.recalculated).
   */
  calculate(type: string): void {
    this._context._enqueue("Application.calculate", type, () => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(type)) throw invalidArgument(`Type de calcul inconnu : ${type}.`);
      recalculate(this._context._model);
    });
  }
}

export class DoubleWorkbook {
  constructor(
    private readonly _context: DoubleRequestContext,
    private readonly _events: EventRegistry,
  ) {}

  get worksheets(): DoubleWorksheetCollection {
    return new DoubleWorksheetCollection(this._context, this._events);
  }
  get names(): DoubleNamedItemCollection {
    return new DoubleNamedItemCollection(this._context);
  }
  get application(): DoubleApplication {
    return strict(new DoubleApplication(this._context), "Application");
  }
}
