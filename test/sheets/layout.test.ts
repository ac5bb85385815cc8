/** Structure every writer relies on: identity, names, formats, validations, tables, formulas that work everywhere. */
import { AVANCEMENTS, ELABORATION_ROWS, MISSIONS, edate } from "../../src/domain";
import {
  CellPlan,
  DATE_FORMAT,
  EURO_FORMAT,
  GANTT_MONTHS,
  PERCENT_FORMAT,
  SHEET_KEYS,
  SHEET_NAMES,
  SheetPlan,
  WorkbookPlan,
  colIndex,
  colLetter,
  parseA1,
  parseSheetMarker,
  planWorkbook,
} from "../../src/sheets";
import { evaluatePlan } from "../support/evaluatePlan";
import { COMPUTED_NAMES, DOCUMENTED_NAMES, SELECTIONS, SIGNATURE, choicesFor } from "./fixtures";

const plans: [string, WorkbookPlan][] = SELECTIONS.map((s) => [s.label, planWorkbook(choicesFor({ missions: s.missions, snp: s.snp }))]);

function cellAt(sheet: SheetPlan, address: string): CellPlan | undefined {
  const { col, row } = parseA1(address);
  return sheet.rows[row - 1]?.cells[col];
}

function inRange(address: string, range: string): boolean {
  const [from, to = from] = range.split(":");
  const a = parseA1(address);
  const f = parseA1(from);
  const t = parseA1(to);
  return a.col >= f.col && a.col <= t.col && a.row >= f.row && a.row <= t.row;
}

function* cells(sheet: SheetPlan): Generator<{ address: string; cell: CellPlan }> {
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    for (let c = 0; c < row.cells.length; c++) {
      const cell = row.cells[c];
      if (cell) yield { address: `${colLetter(c)}${r + 1}`, cell };
    }
  }
}

describe.each(plans)("%s", (_label, plan) => {
  test("every documented workbook name is defined once, on a single cell holding a live formula or an input", () => {
    const names = plan.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of plan.names) expect(name.name).toMatch(/^CPTS_[A-Za-z]+$/);
    for (const wanted of DOCUMENTED_NAMES) {
      const name = plan.names.find((n) => n.name === wanted);
      expect(name).toBeDefined();
      expect(name!.address).toMatch(/^\$[A-Z]+\$\d+$/);
      const cell = cellAt(
        plan.sheets.find((s) => s.key === name!.sheet)!,
        name!.address,
      );
      if (COMPUTED_NAMES.includes(wanted)) expect(cell?.formula).toMatch(/^=/);
      else expect(cell?.role).toBe("input");
    }
  });

  test("each sheet carries its identity in A1, a hidden key column, unique row keys and frozen headers", () => {
    expect(plan.sheets.map((s) => s.key)).toEqual(SHEET_KEYS);
    for (const sheet of plan.sheets) {
      expect(sheet.name).toBe(SHEET_NAMES[sheet.key]);
      expect(parseSheetMarker(sheet.rows[0].key)).toEqual({ key: sheet.key, version: 1 });
      expect(sheet.columns[0]).toMatchObject({ hidden: true });
      expect(sheet.freeze?.rows).toBeGreaterThan(0);
      const keys = sheet.rows.map((r) => r.key).filter((k) => k !== "");
      expect(new Set(keys).size).toBe(keys.length);
      for (const row of sheet.rows) expect(row.cells[0]).toBeUndefined();
      const widest = Math.max(...sheet.rows.map((r) => r.cells.length));
      expect(sheet.columns.length).toBeGreaterThanOrEqual(widest);
    }
  });

  test("formulas use only functions Excel, LibreOffice and HyperFormula share, plain A1 ranges and known sheets", () => {
    const names = new Set(plan.sheets.map((s) => s.name));
    for (const sheet of plan.sheets) {
      const formulas = [...[...cells(sheet)].map((x) => x.cell.formula), ...sheet.conditionalFormats.map((c) => c.formula)].filter((f): f is string => !!f);
      for (const f of formulas) {
        expect(f.startsWith("=")).toBe(true);
        const code = f.replace(/"(?:[^"]|"")*"/g, '""');
        expect(code).not.toMatch(/\b(LET|XLOOKUP|IFS|TEXTJOIN|FILTER|SORT|UNIQUE|SEQUENCE|LAMBDA)\(/);
        expect(code).not.toMatch(/\w\[/); // structured references
        expect(code).not.toMatch(/;/); // en-US separators
        for (const m of code.matchAll(/'((?:[^']|'')+)'!/g)) expect(names.has(m[1].replace(/''/g, "'"))).toBe(true);
      }
    }
  });

  test("every constrained input has a data validation, every table a text header row", () => {
    for (const sheet of plan.sheets) {
      for (const { address, cell } of cells(sheet)) {
        if (cell.role !== "input") continue;
        const constrained =
          [EURO_FORMAT, DATE_FORMAT, PERCENT_FORMAT].includes(cell.format ?? "") ||
          cell.value === "Oui" ||
          cell.value === "Non" ||
          (AVANCEMENTS as readonly unknown[]).includes(cell.value);
        if (constrained)
          expect({ sheet: sheet.key, address, validated: sheet.validations.some((v) => inRange(address, v.range)) }).toMatchObject({ validated: true });
      }
      for (const table of sheet.tables) {
        const [from, to] = table.range.split(":");
        const f = parseA1(from);
        const t = parseA1(to);
        expect(t.row).toBeGreaterThan(f.row);
        for (let c = f.col; c <= t.col; c++) {
          const header = sheet.rows[f.row - 1].cells[c];
          expect(typeof header?.value).toBe("string");
          expect(header?.formula).toBeUndefined();
        }
      }
    }
    const tables = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(new Set(tables).size).toBe(tables.length);
  });

  test("conditional formats evaluate without error where they start, and no cell holds an error", () => {
    const wb = evaluatePlan(plan);
    for (const sheet of plan.sheets) {
      for (const cf of sheet.conditionalFormats) {
        const topLeft = cf.range.split(":")[0];
        expect(typeof wb.evaluateCondition(sheet.key, cf.formula, topLeft, topLeft)).toBe("boolean");
      }
    }
    expect(wb.errors()).toEqual([]);
    wb.destroy();
  });
});

describe("roadmap contents", () => {
  const plan = planWorkbook(choicesFor({ missions: MISSIONS.map((m) => m.key) }));
  const elab = plan.sheets.find((s) => s.key === "fdrElaboration")!;
  const op = plan.sheets.find((s) => s.key === "fdrOperationnelle")!;

  test("FdR Élaboration: Fiche 3's columns and seed 000's ten chantiers verbatim", () => {
    const header = elab.rows.find((r) => r.key === "elab:entetes")!;
    expect(header.cells.slice(1).map((c) => c?.value)).toEqual([
      "Étape",
      "Chantier",
      "Actions",
      "Responsable",
      "Échéance",
      "Moyens nécessaires",
      "Points de vigilance",
      "État d'avancement",
      "Alerte",
    ]);
    const rows = elab.rows.filter((r) => r.key.startsWith("elab:") && ELABORATION_ROWS.some((e) => `elab:${e.key}` === r.key));
    expect(rows).toHaveLength(10);
    rows.forEach((row, i) => {
      const seed = ELABORATION_ROWS[i];
      expect(row.cells.slice(1, 4).map((c) => c?.value)).toEqual([seed.etape, seed.chantier, seed.actions]);
      expect(row.cells[7]?.value).toBe(seed.pointsDeVigilance);
      // The live function first, its native twin when the add-in is absent (nativeVerdicts.ts).
      expect(row.cells[9]?.formula).toMatch(/^=IFERROR\(CPTS\.RETARD\(/);
    });
  });

  test("FdR Opérationnelle: one row per example action, stable keys, 36 month columns from the signature", () => {
    const keys = op.rows.map((r) => r.key).filter((k) => /^op:[a-z]+:\d+$/.test(k));
    expect(keys).toEqual(MISSIONS.flatMap((m) => m.exampleActions.map((_, i) => `op:${m.key}:${i + 1}`)));
    const wb = evaluatePlan(plan);
    const headerRow = op.rows.findIndex((r) => r.key === "op:entetes") + 1;
    const first = colIndex("N");
    for (let n = 0; n < GANTT_MONTHS; n++) expect(wb.getCell("fdrOperationnelle", `${colLetter(first + n)}${headerRow}`)).toBe(edate(SIGNATURE, n));
    expect(wb.errors()).toEqual([]);
    wb.destroy();
  });
});
