/**
 * Load/sync semantics of office-js: every call on a proxy queues an operation; `context.sync()`
 * sends the queue (its JSON size is measured) and applies it in order; a property is readable only
 * after it was loaded and synced (otherwise PropertyNotLoaded, like Excel). Objects returned by
 * methods are resolved when their operation runs, so `*OrNullObject` proxies learn `isNullObject`
 * at sync time. Any member the double does not model throws "not implemented in the workbook double".
 */
import { DoubleExcelError, NotImplementedInDouble } from "./errors";
import type { WorkbookModel } from "./model";
import { answeredBytes } from "./responseSize";
import { checkInsideRun } from "./runScope";

export interface QueuedOperation {
  /** e.g. "Range.formulas" — what failure injection matches on. */
  label: string;
  /** JSON length of what the operation sends (its arguments and written data). */
  payloadBytes: number;
  /** A load answers the JSON size of what it returns (responseSize.ts); other operations answer nothing. */
  run(): unknown;
}

export interface SyncRecord {
  index: number;
  operations: number;
  payloadBytes: number;
  /** JSON size of what the sync's loads returned (responseSize.ts). */
  responseBytes?: number;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
  /** An Application.calculate ran after the sync's last write. */
  recalculated?: boolean;
  failed?: string;
}

/** What the double's host (WorkbookDouble) does with a batch. */
export interface BatchExecutor {
  readonly model: WorkbookModel;
  executeBatch(operations: QueuedOperation[], flags: { calculationSuspended: boolean; screenUpdatingSuspended: boolean }): Promise<void>;
}

/** Props tools (jest's printer, promise resolution) probe on any object: answering undefined is not "using" the API. */
const PROBES = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "tagName",
  "constructor",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
  "_isMockFunction",
  "inspect",
]);

/** Wraps a proxy so any member it lacks fails loudly instead of silently returning undefined. */
export function strict<T extends object>(target: T, typeName: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === "symbol" || prop in obj || PROBES.has(prop)) return Reflect.get(obj, prop, receiver);
      throw new NotImplementedInDouble(`${typeName}.${prop}`);
    },
    set(obj, prop, value, receiver) {
      if (typeof prop === "symbol" || prop in obj || prop.startsWith("_")) return Reflect.set(obj, prop, value, receiver);
      throw new NotImplementedInDouble(`setting ${typeName}.${prop}`);
    },
  });
}

export function payloadOf(label: string, args: unknown): number {
  return JSON.stringify({ o: label, a: args ?? null }).length;
}

export class DoubleRequestContext {
  _queue: QueuedOperation[] = [];
  _calculationSuspended = false;
  _screenUpdatingSuspended = false;
  // Set by the workbook double after construction (circular: the workbook proxy needs the context).
  workbook: unknown = undefined;
  application: unknown = undefined;

  constructor(readonly _host: BatchExecutor) {}

  get _model(): WorkbookModel {
    return this._host.model;
  }

  _enqueue(label: string, args: unknown, run: () => unknown): void {
    this._queue.push({ label, payloadBytes: payloadOf(label, args), run });
  }

  async sync(): Promise<void> {
    checkInsideRun(this);
    const operations = this._queue;
    const flags = { calculationSuspended: this._calculationSuspended, screenUpdatingSuspended: this._screenUpdatingSuspended };
    this._queue = [];
    this._calculationSuspended = false;
    this._screenUpdatingSuspended = false;
    await this._host.executeBatch(operations, flags);
  }
}

export function propertyNotLoaded(typeName: string, prop: string): DoubleExcelError {
  return new DoubleExcelError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context. (${typeName})`,
  );
}

/** Parses load()'s argument: "a, b", ["a", "b"], or { select: "a,b" }. */
export function parseLoadArgument(option: unknown): string[] {
  if (option === undefined) return [];
  if (typeof option === "string")
    return option
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(option)) return option.flatMap((o) => parseLoadArgument(o));
  if (typeof option === "object" && option !== null && "select" in option) return parseLoadArgument((option as { select: unknown }).select);
  throw new NotImplementedInDouble(`load(${JSON.stringify(option)})`);
}

/**
 * Base of every proxy: a resolver run when the creating operation executes (in queue order),
 * loaded-property snapshots, and null-object semantics.
 */
export abstract class DoubleObject<T> {
  _loaded = new Map<string, unknown>();
  _resolved: T | null | undefined = undefined;
  _resolvedOnce = false;

  constructor(
    readonly context: DoubleRequestContext,
    readonly _typeName: string,
    readonly _resolver: () => T | null,
    readonly _nullable: boolean,
    /** Queue a creation operation (a method call); navigation to an already-resolved object does not. */
    creation?: { label: string; args: unknown },
  ) {
    if (creation) context._enqueue(creation.label, creation.args, () => this._resolveNow());
    // Subclasses keep their state in "_" fields so the strict wrapper lets them be assigned.
    return strict(this, _typeName);
  }

  /** For items of a loaded collection: the object is known already. */
  _markResolved(): this {
    this._resolveNow();
    return this;
  }

  _resolveNow(): T | null {
    if (!this._resolvedOnce) {
      const found = this._resolver();
      if (found === null && !this._nullable) throw new DoubleExcelError("ItemNotFound", `${this._typeName} introuvable.`);
      this._resolved = found;
      this._resolvedOnce = true;
    }
    return this._resolved as T | null;
  }

  /** The real object; using a null object for anything but load fails, as in Excel. */
  _target(): T {
    const found = this._resolveNow();
    if (found === null) throw new DoubleExcelError("ItemNotFound", `${this._typeName} : objet nul (isNullObject) utilisé.`);
    return found;
  }

  get isNullObject(): boolean {
    if (!this._resolvedOnce) throw propertyNotLoaded(this._typeName, "isNullObject");
    return this._resolved === null;
  }

  /** Queue an operation on this object. */
  _op(label: string, args: unknown, apply: (target: T) => void): void {
    this.context._enqueue(`${this._typeName}.${label}`, args, () => apply(this._target()));
  }

  _get<V>(prop: string): V {
    if (!this._loaded.has(prop)) throw propertyNotLoaded(this._typeName, prop);
    return this._loaded.get(prop) as V;
  }

  /** The value of one loadable property, read from the model at load time. */
  abstract _read(prop: string, target: T): unknown;

  load(option?: unknown): this {
    const props = parseLoadArgument(option);
    this.context._enqueue(`${this._typeName}.load`, props, () => {
      const found = this._resolveNow();
      if (found === null) return answeredBytes({ isNullObject: true });
      const answered: Record<string, unknown> = {};
      for (const prop of props) this._loaded.set(prop, (answered[prop] = this._read(prop, found)));
      return answeredBytes(answered);
    });
    return this;
  }
}

/** Collections: load("items/name"), load("name") or load("items") give `items`, each with those props loaded. */
export abstract class DoubleCollection<T, Item extends DoubleObject<unknown>> extends DoubleObject<T> {
  abstract _itemsOf(target: T): Item[];
  /** Props loaded when a bare "items" is asked for. */
  abstract readonly _defaultItemProps: string[];

  override _read(prop: string): unknown {
    throw new NotImplementedInDouble(`${this._typeName}.load("${prop}")`);
  }

  override load(option?: unknown): this {
    const props = parseLoadArgument(option);
    const itemProps = props.flatMap((p) => (p === "items" ? this._defaultItemProps : [p.startsWith("items/") ? p.slice(6) : p]));
    this.context._enqueue(`${this._typeName}.load`, props, () => {
      const items = this._itemsOf(this._target());
      let bytes = answeredBytes({ items: [] });
      for (const item of items) {
        const answered: Record<string, unknown> = {};
        for (const prop of itemProps) item._loaded.set(prop, (answered[prop] = item._read(prop, item._target())));
        bytes += answeredBytes(answered);
      }
      this._loaded.set("items", items);
      return bytes;
    });
    return this;
  }

  get items(): Item[] {
    return this._get<Item[]>("items");
  }
}
