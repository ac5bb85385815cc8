/**
 * The CPTS.* functions as a HyperFormula function plugin, for tests that evaluate the workbook's
 * formulas without Excel. Each function calls the SAME pure implementation as the add-in
 * (src/functions/cpts.ts); only the value conversion differs. HyperFormula is GPL: test-only.
 *
 *   registerCptsPlugin();                       // once per process; safe to call again
 *   const hf = HyperFormula.buildEmpty(hyperFormulaConfig());
 *
 * CPTS.RETARD is not streaming here: without date_ref it reads `today` (Excel serial), which
 * tests fix with registerCptsPlugin({ today: () => serial }) or setCptsToday(); it is volatile,
 * so hf.rebuildAndRecalculate() (or any edit) re-reads it.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import type { ConfigParams } from "hyperformula";
import type { Ast, ProcedureAst } from "hyperformula/typings/parser";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { FunctionMetadata } from "hyperformula/typings/interpreter/plugin/FunctionPlugin";
import { todaySerial } from "../../src/domain";
import { aci, atteinte, echeance, equilibre, retard, taille, total } from "../../src/functions/cpts";
import { FunctionResult, isFunctionError } from "../../src/functions/result";

/**
 * Options that make HyperFormula compute like Excel, checked in test/functions/cptsPlugin.test.ts:
 * leapYear1900 with nullDate 31/12/1899 gives Excel's serials everywhere (DATE(1900,1,1) = 1,
 * the fictitious 29/02/1900 = 60, 01/03/1900 = 61); nullDate 30/12/1899 would shift every date by one.
 * Remaining difference: HyperFormula's EDATE clamps 31/01 + 1 month to the 28th even in leap years.
 */
export function hyperFormulaConfig(): Partial<ConfigParams> {
  return {
    licenseKey: "gpl-v3",
    functionArgSeparator: ",",
    decimalSeparator: ".",
    dateFormats: ["DD/MM/YYYY", "YYYY-MM-DD"],
    leapYear1900: true,
    nullDate: { year: 1899, month: 12, day: 31 },
    // Excel shows 0 for =A1 when A1 is empty.
    evaluateNullToZero: true,
  };
}

let today: () => number = () => todaySerial();

/** Where CPTS.RETARD without date_ref reads today's serial; undefined restores the system clock. */
export function setCptsToday(source: (() => number) | undefined): void {
  today = source ?? (() => todaySerial());
}

type RawArg = unknown;

/** HyperFormula's values → what Excel hands a custom function: plain scalars, null for empty, 2-D arrays for ranges. */
function toExcelLike(value: unknown): RawArg | CellError {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof SimpleRangeValue) {
    const rows: RawArg[][] = [];
    for (const row of value.data) {
      const out: RawArg[] = [];
      for (const cell of row) {
        const converted = toExcelLike(cell);
        // Like Excel, an error inside a range is the result.
        if (converted instanceof CellError) return converted;
        out.push(converted);
      }
      rows.push(out);
    }
    return rows;
  }
  // Dates, percents and currencies arrive as rich numbers inside ranges.
  if (typeof value === "object" && value !== null && !(value instanceof CellError) && "val" in value) return (value as { val: number }).val;
  return value;
}

function toHyperFormula(result: FunctionResult<number | string>): number | string | CellError {
  if (!isFunctionError(result)) return result;
  return new CellError(result.error === "#N/A" ? ErrorType.NA : ErrorType.VALUE, result.message);
}

/** Converts every argument, propagates the first error value, then calls the pure implementation. */
function call(impl: (...args: RawArg[]) => FunctionResult<number | string>) {
  return (...args: unknown[]): number | string | CellError => {
    const converted = args.map(toExcelLike);
    const error = converted.find((a): a is CellError => a instanceof CellError);
    return error ?? toHyperFormula(impl(...converted));
  };
}

const any = { argumentType: FunctionArgumentType.ANY };
const optional = { argumentType: FunctionArgumentType.ANY, optionalArg: true };

class CptsPlugin extends FunctionPlugin {
  static implementedFunctions = {
    "CPTS.ACI": { method: "aci", parameters: [any, any, optional, optional] },
    "CPTS.TAILLE": { method: "taille", parameters: [any] },
    "CPTS.TOTAL": { method: "total", parameters: [any, any, optional, optional] },
    "CPTS.ECHEANCE": { method: "echeance", parameters: [any, any, optional] },
    // Depends on today when date_ref is omitted, like TODAY().
    "CPTS.RETARD": { method: "retard", parameters: [any, any, optional], isVolatile: true },
    "CPTS.EQUILIBRE": { method: "equilibre", parameters: [any, any, optional] },
    "CPTS.ATTEINTE": { method: "atteinte", parameters: [any, any, any, optional] },
  };

  private run(
    name: keyof typeof CptsPlugin.implementedFunctions,
    ast: ProcedureAst,
    state: InterpreterState,
    impl: (...args: RawArg[]) => FunctionResult<number | string>,
  ) {
    return this.runFunction(ast.args as Ast[], state, this.metadata(name) as FunctionMetadata, call(impl));
  }

  aci(ast: ProcedureAst, state: InterpreterState) {
    return this.run("CPTS.ACI", ast, state, (t, m, v, ver) => aci(t, m, v, ver));
  }
  taille(ast: ProcedureAst, state: InterpreterState) {
    return this.run("CPTS.TAILLE", ast, state, (p) => taille(p));
  }
  total(ast: ProcedureAst, state: InterpreterState) {
    return this.run("CPTS.TOTAL", ast, state, (t, m, rate, ver) => total(t, m, rate, ver));
  }
  echeance(ast: ProcedureAst, state: InterpreterState) {
    return this.run("CPTS.ECHEANCE", ast, state, (s, m, j) => echeance(s, m, j));
  }
  retard(ast: ProcedureAst, state: InterpreterState) {
    return this.run("CPTS.RETARD", ast, state, (e, a, ref) => retard(e, a, ref, today()));
  }
  equilibre(ast: ProcedureAst, state: InterpreterState) {
    return this.run("CPTS.EQUILIBRE", ast, state, (d, r, tol) => equilibre(d, r, tol));
  }
  atteinte(ast: ProcedureAst, state: InterpreterState) {
    return this.run("CPTS.ATTEINTE", ast, state, (d, c, m, p) => atteinte(d, c, m, p));
  }
}

const NAMES = Object.keys(CptsPlugin.implementedFunctions);
/** Function names are never translated: the same in every language HyperFormula knows. */
const TRANSLATIONS = { enGB: Object.fromEntries(NAMES.map((n) => [n, n])) };

/**
 * Registers the CPTS.* functions with HyperFormula once per process (later calls do not register
 * again) and sets where CPTS.RETARD reads today: `options.today`, else the system clock, so a
 * `today` fixed by an earlier test never leaks into a later one.
 */
export function registerCptsPlugin(options: { today?: () => number } = {}): void {
  setCptsToday(options.today);
  if (HyperFormula.getFunctionPlugin("CPTS.ACI") === CptsPlugin) return;
  HyperFormula.registerFunctionPlugin(CptsPlugin, TRANSLATIONS);
}
