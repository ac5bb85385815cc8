/** Worksheets: the collection (with its onChanged event), a worksheet, its freeze panes. */
import { MAX_COLUMNS, MAX_ROWS, localRect } from "./a1";
import { DoubleCollection, DoubleObject, DoubleRequestContext, strict } from "./context";
import { DoubleExcelError, NotImplementedInDouble, invalidArgument } from "./errors";
import type { SheetModel } from "./model";
import { DoubleRange, RangeTarget } from "./range";
import { DoubleChartCollection, DoubleTableCollection } from "./tablesCharts";
import { CalculatedHandler, calculatedEventHandlers } from "./events";

export type ChangedHandler = (args: {
  type: "WorksheetChanged";
  address: string;
  worksheetId: string;
  changeType: "RangeEdited";
  source: "Local";
}) => Promise<unknown>;

/** Where the host keeps registered handlers. */
export interface EventRegistry {
  handlers: Set<ChangedHandler>;
  /** onCalculated handlers (events.ts). */
  calculated: Set<CalculatedHandler>;
}

export class DoubleWorksheet extends DoubleObject<SheetModel> {
  constructor(context: DoubleRequestContext, resolver: () => SheetModel | null, nullable: boolean, creation?: { label: string; args: unknown }) {
    super(context, "Worksheet", resolver, nullable, creation);
  }

  override _read(prop: string, s: SheetModel): unknown {
    switch (prop) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this.context._model.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
      default:
        throw new NotImplementedInDouble(`Worksheet.load("${prop}")`);
    }
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._op("name", name, (s) => this.context._model.renameSheet(s, name));
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  set position(position: number) {
    this._op("position", position, (s) => this.context._model.setPosition(s, position));
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this._op("visibility", v, (s) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(v)) throw invalidArgument(`Visibilité non valide : ${v}.`);
      if (v !== "Visible" && this.context._model.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0)
        throw new DoubleExcelError("InvalidOperation", "Un classeur doit garder au moins une feuille visible.");
      s.visibility = v;
    });
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(color: string) {
    this._op("tabColor", color, (s) => {
      if (color !== "" && !/^#[0-9A-Fa-f]{6}$/.test(color)) throw invalidArgument(`Couleur d'onglet non valide : ${color}.`);
      s.tabColor = color;
    });
  }

  /** Without an address: the whole sheet. */
  getRange(address?: string): DoubleRange {
    return new DoubleRange(
      this.context,
      () => {
        const sheet = this._target();
        return { sheet, rect: address === undefined ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } : localRect(sheet, address) };
      },
      false,
      { label: "Worksheet.getRange", args: address ?? null },
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): DoubleRange {
    return new DoubleRange(
      this.context,
      () => {
        const ok =
          [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) && startRow >= 0 && startColumn >= 0 && rowCount > 0 && columnCount > 0;
        if (!ok || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS)
          throw invalidArgument(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) hors de la grille.`);
        return { sheet: this._target(), rect: { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 } };
      },
      false,
      { label: "Worksheet.getRangeByIndexes", args: [startRow, startColumn, rowCount, columnCount] },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): DoubleRange {
    return new DoubleRange(
      this.context,
      (): RangeTarget | null => {
        const sheet = this._target();
        const rect = this.context._model.usedRect(sheet, valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
      { label: "Worksheet.getUsedRangeOrNullObject", args: valuesOnly },
    );
  }

  get freezePanes(): DoubleFreezePanes {
    return strict(new DoubleFreezePanes(this), "WorksheetFreezePanes");
  }

  get tables(): DoubleTableCollection {
    return new DoubleTableCollection(this.context, () => this._target());
  }

  get charts(): DoubleChartCollection {
    return new DoubleChartCollection(this.context, () => this._target());
  }

  activate(): void {
    this._op("activate", null, (s) => {
      if (s.visibility !== "Visible") throw new DoubleExcelError("InvalidOperation", "Une feuille masquée ne peut pas être activée.");
      this.context._model.selection = { sheet: s, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }
}

export class DoubleFreezePanes {
  constructor(private readonly _sheet: DoubleWorksheet) {}

  private _set(label: string, args: unknown, rows: () => number, columns: () => number): void {
    this._sheet._op(`freezePanes.${label}`, args, (s) => {
      const r = rows();
      const c = columns();
      if (!Number.isInteger(r) || !Number.isInteger(c) || r < 0 || c < 0) throw invalidArgument(`freezePanes.${label} : nombre non valide.`);
      s.freeze = { rows: r, columns: c };
    });
  }

  freezeRows(count = 1): void {
    this._set(
      "freezeRows",
      count,
      () => count,
      () => 0,
    );
  }
  freezeColumns(count = 1): void {
    this._set(
      "freezeColumns",
      count,
      () => 0,
      () => count,
    );
  }
  /** Freezes the rows and columns of the given top-left range ("A1:B3" freezes 3 rows and 2 columns). */
  freezeAt(frozenRange: string | DoubleRange): void {
    if (typeof frozenRange !== "string") throw new NotImplementedInDouble("freezeAt(Range): pass an address");
    this._sheet._op("freezePanes.freezeAt", frozenRange, (s) => {
      const rect = localRect(s, frozenRange);
      if (rect.r0 !== 0 || rect.c0 !== 0) throw invalidArgument("freezeAt attend une plage commençant en A1.");
      s.freeze = { rows: rect.r1 + 1, columns: rect.c1 + 1 };
    });
  }
  unfreeze(): void {
    this._set(
      "unfreeze",
      null,
      () => 0,
      () => 0,
    );
  }
}

export class DoubleWorksheetCollection extends DoubleCollection<SheetModel[], DoubleWorksheet> {
  override readonly _defaultItemProps = ["name", "id", "position", "visibility", "tabColor"];

  constructor(
    context: DoubleRequestContext,
    private readonly _events: EventRegistry,
  ) {
    super(context, "WorksheetCollection", () => context._model.sheets, false);
  }

  override _itemsOf(sheets: SheetModel[]): DoubleWorksheet[] {
    return sheets.map((s) => new DoubleWorksheet(this.context, () => s, false)._markResolved());
  }

  getItem(name: string): DoubleWorksheet {
    return new DoubleWorksheet(this.context, () => this.context._model.findSheet(name) ?? null, false, { label: "WorksheetCollection.getItem", args: name });
  }

  getItemOrNullObject(name: string): DoubleWorksheet {
    return new DoubleWorksheet(this.context, () => this.context._model.findSheet(name) ?? null, true, {
      label: "WorksheetCollection.getItemOrNullObject",
      args: name,
    });
  }

  add(name?: string): DoubleWorksheet {
    return new DoubleWorksheet(this.context, () => this.context._model.addSheet(name), false, { label: "WorksheetCollection.add", args: name ?? null });
  }

  /** Modelled in events.ts. */
  get onCalculated() {
    return calculatedEventHandlers(this.context, this._events.calculated);
  }

  get onChanged(): { add(handler: ChangedHandler): { context: DoubleRequestContext; remove(): void } } {
    const context = this.context;
    const events = this._events;
    return strict(
      {
        add(handler: ChangedHandler) {
          context._enqueue("WorksheetCollection.onChanged.add", null, () => events.handlers.add(handler));
          return strict(
            {
              context,
              remove() {
                context._enqueue("WorksheetCollection.onChanged.remove", null, () => {
                  if (!events.handlers.delete(handler)) throw new DoubleExcelError("InvalidOperation", "Gestionnaire d'événement déjà retiré.");
                });
              },
            },
            "EventHandlerResult",
          );
        },
      },
      "EventHandlers",
    );
  }
}
