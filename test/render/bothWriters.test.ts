/**
 * One render contract, two writers: for every planned cell of the whole workbook, the look the
 * office-js writer leaves in the workbook double and the look the ExcelJS writer leaves in the
 * exported file (read back with ExcelJS) are the same, and both are the contract's
 * (src/sheets/cellLook.ts); likewise every planned validation, cell by cell
 * (src/sheets/renderedValidation.ts).
 */
import ExcelJS from "exceljs";
import { generateWorkbook } from "../../src/excel/generate";
import { parseA1 } from "../../src/sheets/addresses";
import { cellLook, type CellLook } from "../../src/sheets/cellLook";
import type { SheetPlan, ValidationPlan, WorkbookPlan } from "../../src/sheets/plan";
import { renderValidation } from "../../src/sheets/renderedValidation";
import { planWorkbook } from "../../src/sheets/workbook";
import { writeWorkbookBuffer } from "../../src/xlsx/writeWorkbook";
import type { WorkbookDouble } from "../double";
import type { FormatProps, ValidationModel } from "../double/model";
import { newWorkbook } from "../excel/fixtures";
import { columnLetter } from "../excel/userData";
import { EXPORT_CHOICES } from "../xlsx/fixtures";

/** A cell's look in neutral words, whichever writer drew it; defaults spelled out (Excel's General, bottom). */
interface SeenLook {
  fill?: string;
  font: { name?: string; size?: number; color?: string; bold: boolean; italic: boolean };
  border: { top?: string; bottom?: string; left?: string; right?: string };
  numberFormat: string;
  wrap: boolean;
  vertical: string;
  horizontal: string;
}

function expectedLook(look: CellLook): SeenLook {
  const side = look.border;
  return {
    fill: look.fill,
    font: { name: look.font.name, size: look.font.size, color: look.font.color, bold: look.font.bold, italic: look.font.italic },
    border: { top: side, bottom: side, left: side, right: side },
    numberFormat: look.numberFormat ?? "General",
    wrap: look.wrap,
    vertical: look.verticalAlignment,
    horizontal: look.horizontalAlignment,
  };
}

/** The double keeps each cell's format as the office-js properties set on it (test/double/range.ts). */
function lookInDouble(f: FormatProps): SeenLook {
  const side = (edge: string): string | undefined =>
    f[`borders.${edge}.style`] === "Continuous" && f[`borders.${edge}.weight`] === "Thin" ? String(f[`borders.${edge}.color`]).toUpperCase() : undefined;
  const color = (v: unknown) => (v === undefined ? undefined : String(v).toUpperCase());
  return {
    fill: color(f["fill.color"]),
    font: {
      name: f["font.name"] as string | undefined,
      size: f["font.size"] as number | undefined,
      color: color(f["font.color"]),
      bold: f["font.bold"] === true,
      italic: f["font.italic"] === true,
    },
    border: { top: side("EdgeTop"), bottom: side("EdgeBottom"), left: side("EdgeLeft"), right: side("EdgeRight") },
    numberFormat: (f.numberFormat as string | undefined) ?? "General",
    wrap: f.wrapText === true,
    vertical: String(f.verticalAlignment ?? "Bottom").toLowerCase(),
    horizontal: String(f.horizontalAlignment ?? "General").toLowerCase(),
  };
}

const hex = (argb: string | undefined) => (argb === undefined ? undefined : `#${argb.slice(2).toUpperCase()}`);

function lookInFile(cell: ExcelJS.Cell): SeenLook {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const side = (b: Partial<ExcelJS.Border> | undefined) => (b?.style === "thin" ? hex(b.color?.argb) : undefined);
  return {
    fill: fill?.pattern === "solid" ? hex(fill.fgColor?.argb) : undefined,
    font: {
      name: cell.font?.name,
      size: cell.font?.size,
      color: hex(cell.font?.color?.argb),
      bold: cell.font?.bold === true,
      italic: cell.font?.italic === true,
    },
    border: { top: side(cell.border?.top), bottom: side(cell.border?.bottom), left: side(cell.border?.left), right: side(cell.border?.right) },
    numberFormat: cell.numFmt ?? "General",
    wrap: cell.alignment?.wrapText === true,
    vertical: cell.alignment?.vertical ?? "bottom",
    horizontal: cell.alignment?.horizontal ?? "general",
  };
}

/** A validation in neutral words: date bounds as ISO dates, numbers as numbers. */
interface SeenValidation {
  type: string;
  operator?: string;
  bounds: (number | string)[];
  values?: string[];
  allowBlank: boolean;
  prompt?: { title: string; message: string };
  error: { style: string; title: string; message: string };
}

function expectedValidation(plan: ValidationPlan): SeenValidation {
  const v = renderValidation(plan);
  const rule = v.rule;
  return {
    type: rule.type,
    ...(rule.type === "list"
      ? { values: [...rule.values], bounds: [] }
      : { operator: rule.operator, bounds: rule.operator === "between" ? [rule.formula1, rule.formula2] : [rule.formula1] }),
    allowBlank: v.allowBlank,
    ...(v.prompt ? { prompt: v.prompt } : {}),
    error: v.error,
  };
}

const OFFICE_OPERATORS: Record<string, string> = { Between: "between", GreaterThanOrEqualTo: "greaterThanOrEqual", LessThanOrEqualTo: "lessThanOrEqual" };
const OFFICE_TYPES: Record<string, string> = { wholeNumber: "whole", decimal: "decimal", date: "date", list: "list" };

function validationInDouble(v: ValidationModel): SeenValidation {
  const [kind, body] = Object.entries(v.rule ?? {})[0] as [string, Record<string, unknown>];
  const prompt = v.prompt as { showPrompt?: boolean; title: string; message: string } | undefined;
  const alert = v.errorAlert as { showAlert: boolean; style: string; title: string; message: string };
  return {
    type: OFFICE_TYPES[kind] ?? kind,
    ...(kind === "list"
      ? { values: String(body.source).split(","), bounds: [] }
      : {
          operator: OFFICE_OPERATORS[String(body.operator)],
          bounds: [body.formula1, ...(body.formula2 === undefined ? [] : [body.formula2])] as (number | string)[],
        }),
    // DataValidation.ignoreBlanks is not set by the writer: its documented default is true.
    allowBlank: true,
    ...(prompt?.showPrompt ? { prompt: { title: prompt.title, message: prompt.message } } : {}),
    error: { style: alert.showAlert ? alert.style.toLowerCase() : "none", title: alert.title, message: alert.message },
  };
}

function validationInFile(dv: ExcelJS.DataValidation): SeenValidation {
  // ExcelJS reads a date rule's bound back as a Date (utils.excelToDate), a number rule's as a number.
  const bound = (f: unknown) => (f instanceof Date ? f.toISOString().slice(0, 10) : (f as number));
  const list = dv.type === "list" ? String(dv.formulae[0]) : undefined;
  return {
    type: dv.type,
    ...(list !== undefined
      ? { values: list.slice(1, -1).replace(/""/g, '"').split(","), bounds: [] }
      : { operator: dv.operator, bounds: (dv.formulae ?? []).map(bound) }),
    allowBlank: dv.allowBlank === true,
    ...(dv.showInputMessage ? { prompt: { title: dv.promptTitle ?? "", message: dv.prompt ?? "" } } : {}),
    error: { style: dv.showErrorMessage ? (dv.errorStyle ?? "stop") : "none", title: dv.errorTitle ?? "", message: dv.error ?? "" },
  };
}

function cellsOf(range: string): { col: number; row: number }[] {
  const [from, to = from] = range.replace(/\$/g, "").split(":");
  const tl = parseA1(from);
  const br = parseA1(to);
  const cells = [];
  for (let row = tl.row; row <= br.row; row++) for (let col = tl.col; col <= br.col; col++) cells.push({ col, row });
  return cells;
}

function doubleValidationAt(double: WorkbookDouble, sheet: SheetPlan, col: number, row: number): ValidationModel | undefined {
  return double.sheet(sheet.name).validations.find((v) => v.rect.r0 <= row - 1 && row - 1 <= v.rect.r1 && v.rect.c0 <= col && col <= v.rect.c1);
}

describe("both writers draw the render contract", () => {
  let plan: WorkbookPlan;
  let double: WorkbookDouble;
  let file: ExcelJS.Workbook;

  beforeAll(async () => {
    plan = planWorkbook(EXPORT_CHOICES);
    double = newWorkbook();
    await generateWorkbook(EXPORT_CHOICES, {}, double.run);
    const { buffer } = await writeWorkbookBuffer(plan);
    file = new ExcelJS.Workbook();
    await file.xlsx.load(buffer as never);
  });

  it("every planned cell has the same style and number format in the add-in's sheets and in the exported file", () => {
    const differences: string[] = [];
    let compared = 0;
    for (const sheet of plan.sheets) {
      const ws = file.getWorksheet(sheet.name)!;
      sheet.rows.forEach((row, r) =>
        row.cells.forEach((cell, c) => {
          if (!cell) return;
          const address = `${columnLetter(c)}${r + 1}`;
          const expected = expectedLook(cellLook(cell));
          const office = lookInDouble(double.cellFormat(sheet.name, address));
          const exported = lookInFile(ws.getCell(address));
          compared++;
          if (JSON.stringify(office) !== JSON.stringify(expected))
            differences.push(`complément ${sheet.name}!${address} ${JSON.stringify(office)} ≠ ${JSON.stringify(expected)}`);
          if (JSON.stringify(exported) !== JSON.stringify(expected))
            differences.push(`export ${sheet.name}!${address} ${JSON.stringify(exported)} ≠ ${JSON.stringify(expected)}`);
        }),
      );
    }
    expect(differences.slice(0, 10)).toEqual([]);
    // The whole workbook, not a sample: every sheet's planned cells (about a thousand here).
    expect(compared).toBe(plan.sheets.reduce((n, s) => n + s.rows.reduce((m, row) => m + row.cells.filter(Boolean).length, 0), 0));
    expect(compared).toBeGreaterThan(500);
  });

  it("the contract is not the writers' defaults: fills, borders, bold, formats, wraps and top alignment all occur", () => {
    const looks = plan.sheets.flatMap((s) => s.rows.flatMap((row) => row.cells.filter((c) => c !== undefined).map((c) => cellLook(c!))));
    expect(looks.some((l) => l.fill)).toBe(true);
    expect(looks.some((l) => l.border)).toBe(true);
    expect(looks.some((l) => l.font.bold)).toBe(true);
    expect(looks.some((l) => l.font.italic)).toBe(true);
    expect(looks.some((l) => l.font.size !== 11)).toBe(true);
    expect(looks.some((l) => l.numberFormat)).toBe(true);
    expect(looks.some((l) => l.wrap)).toBe(true);
    expect(looks.every((l) => l.verticalAlignment === "top")).toBe(true);
  });

  it("every cell of every planned validation has the same rule, list, prompt and alert in both", () => {
    const differences: string[] = [];
    let compared = 0;
    for (const sheet of plan.sheets) {
      const ws = file.getWorksheet(sheet.name)!;
      for (const v of sheet.validations) {
        const expected = JSON.stringify(expectedValidation(v));
        for (const { col, row } of cellsOf(v.range)) {
          const at = `${sheet.name}!${columnLetter(col)}${row}`;
          const inDouble = doubleValidationAt(double, sheet, col, row);
          const dv = ws.getCell(row, col + 1).dataValidation;
          const office = inDouble ? JSON.stringify(validationInDouble(inDouble)) : "aucune";
          const exported = dv ? JSON.stringify(validationInFile(dv)) : "aucune";
          compared++;
          if (office !== expected) differences.push(`complément ${at} ${office} ≠ ${expected}`);
          if (exported !== expected) differences.push(`export ${at} ${exported} ≠ ${expected}`);
        }
      }
    }
    expect(differences.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(30);
  });

  it("cells outside the planned validations have none in either writer", () => {
    for (const sheet of plan.sheets) {
      const ws = file.getWorksheet(sheet.name)!;
      const planned = new Set(sheet.validations.flatMap((v) => cellsOf(v.range).map(({ col, row }) => `${col}:${row}`)));
      const inDouble = double
        .sheet(sheet.name)
        .validations.flatMap((v) => cellsOf(`${columnLetter(v.rect.c0)}${v.rect.r0 + 1}:${columnLetter(v.rect.c1)}${v.rect.r1 + 1}`));
      const model = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
      const inFile = Object.keys(model).map((address) => parseA1(address));
      expect([sheet.name, inDouble.filter(({ col, row }) => !planned.has(`${col}:${row}`))]).toEqual([sheet.name, []]);
      expect([sheet.name, inFile.filter(({ col, row }) => !planned.has(`${col}:${row}`))]).toEqual([sheet.name, []]);
    }
  });
});
