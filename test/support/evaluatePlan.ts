/**
 * Evaluates a WorkbookPlan with HyperFormula (test-only, GPL): each plan sheet becomes a sheet with
 * its values and formulas, each NamePlan a named expression, and CPTS.* comes from the same plugin
 * as the functions' tests. Tests then read names and cells, change an input and read again.
 * With `addIn: false` the workbook is evaluated as someone without the add-in opens it: CPTS.* is
 * unknown (#NAME?) in that instance, and stays so after the plugin is registered again for the others.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import type { CellPlan, SheetKey, SheetPlan, WorkbookPlan } from "../../src/sheets/plan";
import { KEY_COLUMN_INDEX } from "../../src/sheets/plan";
import { parseA1, a1 } from "../../src/sheets/addresses";
import { quoteSheetName } from "../../src/sheets/references";
import { hyperFormulaConfig, registerCptsPlugin } from "./cptsPlugin";

export type Evaluated = number | string | boolean | null | DetailedCellError;

export interface EvaluatedWorkbook {
  readonly hf: HyperFormula;
  readonly plan: WorkbookPlan;
  getNamed(name: string): Evaluated;
  getCell(sheet: SheetKey, address: string): Evaluated;
  /** A literal, or a formula when the string starts with "=". */
  setCell(sheet: SheetKey, address: string, content: number | string | boolean | null): void;
  /** Row number of a planned row key on a sheet; throws when absent. */
  rowOf(sheet: SheetKey, key: string): number;
  /** Value of the cell at column `col` (0 = A) of the row with that key. */
  getByKey(sheet: SheetKey, key: string, col: number): Evaluated;
  /** Evaluates a conditional format's formula (written for `topLeft`) as it applies to `cell`. */
  evaluateCondition(sheet: SheetKey, formula: string, topLeft: string, cell: string): Evaluated;
  /** Every cell holding an error, as "Sheet!A1: #ERR message". */
  errors(): string[];
  destroy(): void;
}

function cellContent(cell: CellPlan | undefined): number | string | boolean | null {
  if (!cell) return null;
  if (cell.formula !== undefined) {
    if (!cell.formula.startsWith("=")) throw new Error(`Formula without "=": ${cell.formula}`);
    return cell.formula;
  }
  const v = cell.value;
  return v === undefined ? null : v;
}

function sheetData(sheet: SheetPlan): (number | string | boolean | null)[][] {
  return sheet.rows.map((row) => {
    const out: (number | string | boolean | null)[] = row.cells.map(cellContent);
    if (out.length === 0) out.push(null);
    // Column A: the row key (A1 holds the sheet marker as row 1's key).
    if (row.cells[KEY_COLUMN_INDEX] !== undefined) throw new Error(`Planner wrote in the key column of ${sheet.key} row ${row.key}`);
    out[KEY_COLUMN_INDEX] = row.key === "" ? null : row.key;
    return out;
  });
}

/** Shifts the relative parts of A1 references by (dRow, dCol), as Excel does for a conditional format's other cells. */
function shiftFormula(formula: string, dCol: number, dRow: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.!'])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
            (_m, colAbs: string, letters: string, rowAbs: string, digits: string) => {
              const { col, row } = parseA1(`${letters}${digits}`);
              const newCol = colAbs ? col : col + dCol;
              const newRow = rowAbs ? row : row + dRow;
              const shifted = a1(newCol, newRow);
              const m = /^([A-Z]+)(\d+)$/.exec(shifted)!;
              return `${colAbs}${m[1]}${rowAbs}${m[2]}`;
            },
          ),
    )
    .join("");
}

/**
 * Builds an instance without the CPTS plugin: HyperFormula's function registry is global, but each
 * instance keeps the functions registered when it was built, so the plugin is restored right after.
 */
function buildWithoutAddIn(build: () => HyperFormula): HyperFormula {
  const plugin = HyperFormula.getFunctionPlugin("CPTS.ACI");
  if (!plugin) throw new Error("CPTS plugin expected to be registered before it is removed");
  HyperFormula.unregisterFunctionPlugin(plugin);
  try {
    return build();
  } finally {
    HyperFormula.registerFunctionPlugin(plugin, { enGB: Object.fromEntries(Object.keys(plugin.implementedFunctions).map((n) => [n, n])) });
  }
}

export function evaluatePlan(plan: WorkbookPlan, options: { today?: number; addIn?: boolean } = {}): EvaluatedWorkbook {
  registerCptsPlugin(options.today !== undefined ? { today: () => options.today! } : {});
  const sheets: Record<string, (number | string | boolean | null)[][]> = {};
  for (const sheet of plan.sheets) sheets[sheet.name] = sheetData(sheet);
  const build = (): HyperFormula => HyperFormula.buildFromSheets(sheets, hyperFormulaConfig());
  const hf = options.addIn === false ? buildWithoutAddIn(build) : build();
  for (const name of plan.names) {
    const sheet = plan.sheets.find((s) => s.key === name.sheet);
    if (!sheet) throw new Error(`Name ${name.name} points at a missing sheet ${name.sheet}`);
    hf.addNamedExpression(name.name, `=${quoteSheetName(sheet.name)}!${name.address}`);
  }
  const sheetId = (key: SheetKey): number => {
    const sheet = plan.sheets.find((s) => s.key === key);
    const id = sheet ? hf.getSheetId(sheet.name) : undefined;
    if (id === undefined) throw new Error(`No sheet ${key}`);
    return id;
  };
  const at = (key: SheetKey, address: string) => {
    const { col, row } = parseA1(address);
    return { sheet: sheetId(key), col, row: row - 1 };
  };
  const rowOf = (key: SheetKey, rowKey: string): number => {
    const sheet = plan.sheets.find((s) => s.key === key)!;
    const index = sheet.rows.findIndex((r) => r.key === rowKey);
    if (index < 0) throw new Error(`No row ${rowKey} on ${key}`);
    return index + 1;
  };
  const getCell = (key: SheetKey, address: string): Evaluated => hf.getCellValue(at(key, address)) as Evaluated;
  return {
    hf,
    plan,
    getNamed(name) {
      const value = hf.getNamedExpressionValue(name);
      if (value === undefined) throw new Error(`Name ${name} is not defined`);
      return value as Evaluated;
    },
    getCell,
    setCell(key, address, content) {
      hf.setCellContents(at(key, address), [[content]]);
    },
    rowOf,
    getByKey(key, rowKey, col) {
      return getCell(key, a1(col, rowOf(key, rowKey)));
    },
    evaluateCondition(key, formula, topLeft, cell) {
      const from = parseA1(topLeft);
      const to = parseA1(cell);
      return hf.calculateFormula(shiftFormula(formula, to.col - from.col, to.row - from.row), sheetId(key)) as Evaluated;
    },
    errors() {
      const found: string[] = [];
      for (const sheet of plan.sheets) {
        const values = hf.getSheetValues(sheetId(sheet.key));
        values.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v instanceof DetailedCellError) found.push(`${sheet.name}!${a1(c, r + 1)}: ${v.value} ${v.message}`);
          }),
        );
      }
      return found;
    },
    destroy() {
      hf.destroy();
    },
  };
}
