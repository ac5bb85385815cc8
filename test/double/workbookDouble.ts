/**
 * An in-memory Excel for tests and the browser harness: `double.run` stands for `Excel.run`, with
 * office-js load/sync semantics, formulas evaluated by HyperFormula, every sync counted and its
 * payload measured, failures injectable at any sync or operation, and helpers standing for what a
 * person does in Excel (type in a cell, rename a sheet, add a sheet). Only the subset of the API the
 * add-in uses is modelled; anything else throws "not implemented in the workbook double".
 */
import type { ConfigParams } from "hyperformula";
import { CellRect, formatRect, localRect, quoteSheetName } from "./a1";
import { BatchExecutor, DoubleRequestContext, QueuedOperation, SyncRecord, strict } from "./context";
import { DoubleExcelError, NotImplementedInDouble } from "./errors";
import { CellContent, FormatProps, SheetModel, WorkbookModel } from "./model";
import { DoublePlatform, answerSync } from "./responseSize";
import { DoubleApplication, DoubleWorkbook } from "./workbook";
import { ChangedHandler, EventRegistry } from "./worksheet";
import { CalculatedHandler, takeCalculatedEvents } from "./events";
import { insideRun } from "./runScope";

/**
 * Excel on the web rejects requests (and responses) of 5 MB and more: "Excel add-ins in Excel on the
 * web have a maximum payload size limit of 5 MB for requests and responses"
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The desktop platforms document no such limit.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Where the add-in runs: behaviours that differ by platform are modelled per platform. */
export type Platform = "windows" | "mac" | "web";
export const PLATFORMS: readonly Platform[] = ["windows", "mac", "web"];

export interface WorkbookDoubleOptions {
  /** HyperFormula configuration (e.g. hyperFormulaConfig() with the CPTS plugin's translations registered). */
  hyperFormula?: Partial<ConfigParams>;
  /** false: the add-in's CPTS.* functions are not loaded (a workbook opened without the add-in) — their cells show #NAME?. */
  customFunctionsLoaded?: boolean;
  /** The platform whose documented limits apply (responseSize.ts); default "web", the strictest. */
  platform?: DoublePlatform;
}

export interface InjectedFailure {
  code: string;
  message?: string;
  /** Fail the n-th sync (1-based, counted from creation or the last resetStats). */
  sync?: number;
  /** With `sync`: how many of its operations are applied before the failure (default 0: none). */
  afterOperations?: number;
  /** Fail the first operation whose label matches (e.g. /^Range\.formulas$/). */
  operation?: RegExp;
}

/** The batch function Excel.run takes. */
export type DoubleBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export class WorkbookDouble implements BatchExecutor {
  readonly model: WorkbookModel;
  readonly syncs: SyncRecord[] = [];
  private failures: InjectedFailure[] = [];
  private readonly events: EventRegistry = { handlers: new Set<ChangedHandler>(), calculated: new Set<CalculatedHandler>() };
  private pendingEvents: Promise<unknown>[] = [];

  readonly platform: DoublePlatform;

  constructor(options: WorkbookDoubleOptions = {}) {
    this.model = new WorkbookModel(options.hyperFormula, options.customFunctionsLoaded ?? true);
    this.platform = options.platform ?? "web";
  }

  /** Stands for Excel.run: a new context, or `run(object.context, batch)` re-entering one (events.ts). */
  run = async <T>(first: DoubleBatch<T> | OfficeExtension.ClientRequestContext, second?: DoubleBatch<T>): Promise<T> => {
    const reused = typeof first === "function" ? undefined : (first as unknown as DoubleRequestContext);
    const batch = (typeof first === "function" ? first : second)!;
    if (reused && !(reused instanceof DoubleRequestContext)) throw new NotImplementedInDouble("Excel.run(object, batch) with anything but a request context");
    const context = reused ?? new DoubleRequestContext(this);
    if (!reused) {
      context.workbook = strict(new DoubleWorkbook(context, this.events), "Workbook");
      context.application = strict(new DoubleApplication(context), "Application");
    }
    return insideRun(context, async () => {
      const result = await batch(context as unknown as Excel.RequestContext);
      // Excel.run syncs what is left in the queue when the batch returns.
      if (context._queue.length > 0) await context.sync();
      return result;
    });
  };

  // ---- batches ----

  async executeBatch(operations: QueuedOperation[], flags: { calculationSuspended: boolean; screenUpdatingSuspended: boolean }): Promise<void> {
    const record: SyncRecord = {
      index: this.syncs.length + 1,
      operations: operations.length,
      payloadBytes: operations.reduce((sum, op) => sum + op.payloadBytes + 1, 2),
      ...flags,
    };
    this.syncs.push(record);
    const fail = (failure: InjectedFailure, where: string): never => {
      record.failed = failure.code;
      this.failures.splice(this.failures.indexOf(failure), 1);
      throw new DoubleExcelError(failure.code, failure.message ?? `Erreur injectée (${failure.code}) ${where}.`, where);
    };
    // Whether the workbook was recalculated after this sync's last write (suspendApiCalculationUntilNextSync
    // "leaves it to the developer to re-calc the workbook", see workbook.ts).
    const lastWrite = operations.reduce((last, op, i) => (/^(Range\.(formulas|values|insert|delete|clear)|Table)/.test(op.label) ? i : last), -1);
    const lastCalc = operations.reduce((last, op, i) => (op.label === "Application.calculate" ? i : last), -1);
    record.recalculated = lastWrite >= 0 && lastCalc > lastWrite;
    if (this.platform === "web" && record.payloadBytes >= PAYLOAD_LIMIT_BYTES) {
      record.failed = "RequestPayloadSizeLimitExceeded";
      throw new DoubleExcelError("RequestPayloadSizeLimitExceeded", `La requête (${record.payloadBytes} octets) dépasse la limite d'Excel sur le web.`);
    }
    const atSync = this.failures.find((f) => f.sync === record.index);
    const changesBefore = this.model.changes.length;
    let responseBytes = 2;
    // HyperFormula keeps computing (its suspended mode forbids reading contents back); reading values
    // in a suspended sync is refused instead, since Excel would return stale results.
    this.model.calculationSuspended = flags.calculationSuspended;
    try {
      operations.forEach((op, i) => {
        if (atSync && i === (atSync.afterOperations ?? 0)) fail(atSync, `à l'opération ${i + 1} (${op.label}) de la synchronisation ${record.index}`);
        const byOperation = this.failures.find((f) => f.operation?.test(op.label));
        if (byOperation) fail(byOperation, `à l'opération ${op.label}`);
        try {
          const answered = op.run();
          if (typeof answered === "number") responseBytes += answered + 1;
        } catch (error) {
          record.failed = (error as { code?: string }).code ?? (error as Error).name;
          throw error;
        }
      });
      if (atSync) fail(atSync, `à la fin de la synchronisation ${record.index}`);
      answerSync(record, responseBytes, this.platform);
    } finally {
      this.model.calculationSuspended = false;
      this.emitChanges(changesBefore);
    }
  }

  private emitChanges(from: number): void {
    for (const calculated of takeCalculatedEvents(this.model))
      for (const handler of this.events.calculated) this.pendingEvents.push(Promise.resolve().then(() => handler(calculated)));
    const changes = this.model.changes.splice(from);
    if (this.events.handlers.size === 0) return;
    for (const change of changes)
      for (const handler of this.events.handlers)
        this.pendingEvents.push(
          Promise.resolve().then(() =>
            handler({ type: "WorksheetChanged", address: formatRect(change.rect), worksheetId: change.sheet.id, changeType: "RangeEdited", source: "Local" }),
          ),
        );
  }

  /** Waits for the change events already raised to be handled. */
  async flushEvents(): Promise<void> {
    const pending = this.pendingEvents;
    this.pendingEvents = [];
    await Promise.all(pending);
  }

  // ---- failure injection and statistics ----

  inject(failure: InjectedFailure): void {
    if (failure.sync === undefined && failure.operation === undefined) throw new Error("inject: give `sync` or `operation`");
    this.failures.push(failure);
  }

  clearFailures(): void {
    this.failures = [];
  }

  resetStats(): void {
    this.syncs.length = 0;
  }

  get largestPayloadBytes(): number {
    return this.syncs.reduce((max, s) => Math.max(max, s.payloadBytes), 0);
  }

  get largestResponseBytes(): number {
    return this.syncs.reduce((max, s) => Math.max(max, s.responseBytes ?? 0), 0);
  }

  // ---- what a person does in Excel (applied at once, raising change events) ----

  sheet(name: string): SheetModel {
    const sheet = this.model.findSheet(name);
    if (!sheet) throw new Error(`Pas de feuille « ${name} » dans le classeur (feuilles : ${this.sheetNames().join(", ")})`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  addSheet(name: string): void {
    this.model.addSheet(name);
  }

  renameSheet(from: string, to: string): void {
    this.model.renameSheet(this.sheet(from), to);
  }

  /**
   * Types into cells (a block starting at `address`), setting each cell exactly: numbers and booleans
   * as such, "=…" a formula, "'…" the text after the apostrophe (as a person types it), any other
   * string as text — as in a cell formatted Text. (The add-in's own writes go through `values` /
   * `formulas`, parsed as en-US input: see input.ts.)
   */
  type(sheetName: string, address: string, rows: CellContent[][] | CellContent): void {
    const sheet = this.sheet(sheetName);
    const rect = localRect(sheet, address);
    const block = Array.isArray(rows) ? rows : [[rows]];
    const from = this.model.changes.length;
    this.model.writeContents(sheet, rect.r0, rect.c0, block, "exact");
    this.emitChanges(from);
  }

  /**
   * Many single cells typed one after the other, as `type` each, with one recalculation at the end
   * (HyperFormula's batch): filling every input of nine sheets cell by cell otherwise recalculates
   * the whole workbook thousands of times. Each cell is reported as its own change, as typing does.
   */
  typeAll(cells: readonly { sheetName: string; address: string; value: CellContent }[]): void {
    const from = this.model.changes.length;
    this.model.hf.batch(() => {
      for (const { sheetName, address, value } of cells) {
        const sheet = this.sheet(sheetName);
        const rect = localRect(sheet, address);
        this.model.writeContents(sheet, rect.r0, rect.c0, [[value]], "exact");
      }
    });
    this.emitChanges(from);
  }

  /** Inserts `count` empty rows before row `rowNumber` (1-based), as Excel's "Insérer des lignes". */
  insertRows(sheetName: string, rowNumber: number, count = 1): void {
    const from = this.model.changes.length;
    this.model.insertRows(this.sheet(sheetName), rowNumber - 1, count);
    this.emitChanges(from);
  }

  /** The add-in's functions get registered (the add-in was installed); cells typed before keep #NAME? until re-entered. */
  loadCustomFunctions(): void {
    this.model.customFunctionsLoaded = true;
  }

  // ---- inspection ----

  private cells<V>(sheetName: string, address: string, cell: (sheet: SheetModel, r: number, c: number) => V): V[][] {
    const sheet = this.sheet(sheetName);
    const rect = localRect(sheet, address);
    return Array.from({ length: rect.r1 - rect.r0 + 1 }, (_, i) =>
      Array.from({ length: rect.c1 - rect.c0 + 1 }, (_, j) => cell(sheet, rect.r0 + i, rect.c0 + j)),
    );
  }

  values(sheetName: string, address: string): CellContent[][] {
    return this.cells(sheetName, address, (s, r, c) => this.model.valueAt(s, r, c));
  }

  value(sheetName: string, address: string): CellContent {
    return this.values(sheetName, address)[0][0];
  }

  formulas(sheetName: string, address: string): CellContent[][] {
    return this.cells(sheetName, address, (s, r, c) => this.model.formulaAt(s, r, c));
  }

  formula(sheetName: string, address: string): CellContent {
    return this.formulas(sheetName, address)[0][0];
  }

  /** What `range.valueTypes` says of one cell: "Empty", "String", "Double", "Boolean" or "Error". */
  valueType(sheetName: string, address: string): string {
    return this.cells(sheetName, address, (s, r, c) => this.model.valueTypeAt(s, r, c))[0][0];
  }

  cellFormat(sheetName: string, address: string): FormatProps {
    return this.cells(sheetName, address, (s, r, c) => this.model.cellFormat(s, r, c))[0][0];
  }

  /** The used range's address (content and formats), or undefined for an empty sheet. */
  usedRange(sheetName: string, valuesOnly = false): string | undefined {
    const rect = this.model.usedRect(this.sheet(sheetName), valuesOnly);
    return rect ? formatRect(rect) : undefined;
  }

  usedRect(sheetName: string, valuesOnly = false): CellRect | undefined {
    return this.model.usedRect(this.sheet(sheetName), valuesOnly);
  }

  /** The computed value of a workbook-level name pointing at one cell. */
  nameValue(name: string): CellContent {
    const n = this.model.findName(name);
    if (!n) throw new Error(`Pas de nom « ${name} » dans le classeur`);
    if (n.rect.r0 !== n.rect.r1 || n.rect.c0 !== n.rect.c1) throw new NotImplementedInDouble(`value of the multi-cell name ${name}`);
    return this.model.valueAt(n.sheet, n.rect.r0, n.rect.c0);
  }

  nameReference(name: string): string | undefined {
    const n = this.model.findName(name);
    return n ? `${quoteSheetName(n.sheet.name)}!${formatRect(n.rect, true)}` : undefined;
  }
}
