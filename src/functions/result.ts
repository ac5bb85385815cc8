/**
 * What a CPTS.* function returns, independent of Office: a value or an error value with a French
 * message. Excel (excelAdapter.ts) and HyperFormula (test/support/cptsPlugin.ts) each map the
 * error to their own error type, so bad input never throws and never yields a wrong number.
 */

/** #VALUE!: the input is not what the function expects. #N/A: the input is valid but nothing applies. */
export type FunctionErrorCode = "#VALUE!" | "#N/A";

export interface FunctionError {
  readonly error: FunctionErrorCode;
  readonly message: string;
}

export type FunctionResult<T> = T | FunctionError;

/** A parsed argument: wrapped so that a parsed value can never be mistaken for an error. */
export type Parsed<T> = { readonly value: T } | FunctionError;

export function invalidValue(message: string): FunctionError {
  return { error: "#VALUE!", message };
}

export function notAvailable(message: string): FunctionError {
  return { error: "#N/A", message };
}

export function ok<T>(value: T): Parsed<T> {
  return { value };
}

export function isFunctionError(x: unknown): x is FunctionError {
  return typeof x === "object" && x !== null && !Array.isArray(x) && "error" in x && "message" in x;
}

type ParsedTuple<T extends readonly unknown[]> = { readonly [K in keyof T]: Parsed<T[K]> };

/**
 * Runs `body` with the parsed values when every argument parsed, else returns the first
 * argument's error: argument checking happens once, here, not in each function.
 */
export function withArgs<T extends readonly unknown[], R>(parsed: ParsedTuple<T>, body: (...args: T) => FunctionResult<R>): FunctionResult<R> {
  const values: unknown[] = [];
  for (const p of parsed as readonly Parsed<unknown>[]) {
    if (isFunctionError(p)) return p;
    values.push(p.value);
  }
  return body(...(values as unknown as T));
}
