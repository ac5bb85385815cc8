/**
 * A stand-in for Excel's CustomFunctions global: associate() records ids, Error and ErrorCode
 * behave like the runtime's. Anything else it is asked for throws, so code relying on an
 * unimplemented part of the runtime fails loudly instead of passing by accident.
 */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class StandInError {
  constructor(
    public readonly code: string,
    public readonly message?: string,
  ) {
    if (!Object.values(ERROR_CODES).includes(code as never)) throw new Error(`stand-in CustomFunctions.Error: unknown code ${code}`);
  }
}

/** Throws on any string property the object does not have (symbols pass: inspection by Node/Jest). */
export function strict<T extends object>(target: T, name: string): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === "string" && !(prop in t)) throw new Error(`stand-in ${name} does not implement « ${prop} »`);
      return Reflect.get(t, prop, receiver);
    },
  });
}

export interface CustomFunctionsStandIn {
  global: object;
  /** id → function, in association order. */
  associated: Map<string, (...args: unknown[]) => unknown>;
}

export function createCustomFunctionsStandIn(): CustomFunctionsStandIn {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const add = (id: unknown, fn: unknown) => {
    if (typeof id !== "string" || typeof fn !== "function") throw new Error(`associate(${String(id)}): an id and a function are expected`);
    if (associated.has(id)) throw new Error(`associate: id ${id} associated twice`);
    associated.set(id, fn as (...args: unknown[]) => unknown);
  };
  const target = {
    associate(idOrMappings: unknown, fn?: unknown) {
      if (typeof idOrMappings === "object" && idOrMappings !== null) Object.entries(idOrMappings).forEach(([id, f]) => add(id, f));
      else add(idOrMappings, fn);
    },
    Error: StandInError,
    ErrorCode: strict({ ...ERROR_CODES }, "CustomFunctions.ErrorCode"),
  };
  return { global: strict(target, "CustomFunctions"), associated };
}

/** A streaming invocation that records every result; reading an unimplemented member throws. */
export function createStreamingInvocation(): { invocation: CustomFunctions.StreamingInvocation<string>; results: unknown[] } {
  const results: unknown[] = [];
  const target: { setResult: (v: unknown) => void; onCanceled?: () => void } = {
    setResult: (v) => results.push(v),
    onCanceled: undefined,
  };
  return { invocation: strict(target, "StreamingInvocation") as unknown as CustomFunctions.StreamingInvocation<string>, results };
}
