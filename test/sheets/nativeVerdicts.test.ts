/**
 * The flags read right without the add-in: each CPTS.EQUILIBRE / CPTS.RETARD cell
 * falls back to a native formula giving the domain's French verdict (src/domain/status.ts). Checked in
 * HyperFormula on the formulas alone, then on the whole planned workbook, without the CPTS plugin
 * (CPTS.* is #NAME? there, as in Excel without the add-in) and with it (the live path).
 */
import { a1 } from "../../src/sheets/addresses";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { balanceStatus, latenessStatus, serialFromDate } from "../../src/domain";
import { PARAMETRES_NAMES, SheetKey, WorkbookPlan, planWorkbook } from "../../src/sheets";
import { equilibreFormula, nativeBalanceStatus, nativeLatenessStatus, retardVerdictFormula } from "../../src/sheets/nativeVerdicts";
import { hyperFormulaConfig } from "../support/cptsPlugin";
import { EvaluatedWorkbook, evaluatePlan } from "../support/evaluatePlan";
import { choicesFor } from "./fixtures";

/** Deterministic pseudo-random numbers (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An amount in euros with cents, below `max`. */
const amount = (rnd: () => number, max: number): number => Math.round(rnd() * max * 100) / 100;

/** The spellings of État d'avancement a user may type, the list's own first. */
const SPELLINGS: (string | null)[] = [
  "Non démarré",
  "En cours",
  "Terminé",
  "Abandonné",
  null,
  "",
  "termine",
  " TERMINÉ ",
  "Termine",
  "terminé  ",
  "abandonne",
  "ABANDONNÉ",
  "  Abandonne",
  "en cours",
  "Bloqué",
];

/** What CPTS.RETARD reads as the échéance: a number other than 0, else none. */
const echeanceOf = (value: unknown): number | null => (typeof value === "number" && value !== 0 ? value : null);

const REF = serialFromDate({ year: 2025, month: 1, day: 10 });

/** Evaluates `formula(row)` on rows of inputs in one HyperFormula sheet (no CPTS plugin involved). */
function evaluateRows(rows: (number | string | null)[][], formula: (row: number) => string): unknown[] {
  const hf = HyperFormula.buildFromArray(
    rows.map((r, i) => [...r, formula(i + 1)]),
    hyperFormulaConfig(),
  );
  try {
    const width = rows[0].length;
    return rows.map((_, i) => hf.getCellValue({ sheet: 0, col: width, row: i }));
  } finally {
    hf.destroy();
  }
}

describe("the native twin of CPTS.EQUILIBRE", () => {
  test("the seed's and the guide's wordings", () => {
    const cases: [number, number, string][] = [
      [2250, 1000, "Déficit de 1 250 €"],
      [1000, 1300, "Excédent de 300 €"],
      [2250.5, 1000, "Déficit de 1 250,50 €"],
      [1000, 1000.01, "Excédent de 0,01 €"],
      [1_234_567, 0, "Déficit de 1 234 567 €"],
      [1000, 1000, "Équilibré"],
      [0.1 + 0.2, 0.3, "Équilibré"],
    ];
    const got = evaluateRows(
      cases.map(([d, r]) => [d, r]),
      (row) => `=${nativeBalanceStatus(`A${row}`, `B${row}`)}`,
    );
    expect(got).toEqual(cases.map(([, , expected]) => expected));
  });

  // Random cents up to 10^10 €: beyond 10^11 €, HyperFormula (not Excel nor LibreOffice, which keep 15
  // digits) zeroes a subtraction below 10^-13 of its operands, so a few cents of such amounts read 0 there.
  test("equals balanceStatus for random amounts with cents, small to 10^10 €, and every group boundary to 10^12 €", () => {
    const rnd = random(2025);
    const pairs: [number, number][] = [];
    for (const max of [10, 1_000, 100_000, 10_000_000, 1e9, 1e10]) {
      for (let i = 0; i < 300; i++) pairs.push([amount(rnd, max), amount(rnd, max)]);
    }
    // Gaps on each side of a digit group and of the cents.
    for (const gap of [
      0,
      0.01,
      0.09,
      0.1,
      0.99,
      1,
      9.99,
      10,
      999,
      999.99,
      1000,
      1000.01,
      100_000.5,
      999_999.99,
      1e6,
      1_000_001,
      1e9 - 0.01,
      1e9,
      1e9 + 1,
      1e12 - 1000.01,
      1e12 - 1,
      1e12,
    ]) {
      pairs.push([1000, 1000 + gap], [1000 + gap, 1000]);
    }
    const got = evaluateRows(pairs, (row) => `=${nativeBalanceStatus(`A${row}`, `B${row}`)}`);
    const expected = pairs.map(([d, r]) => balanceStatus(d, r));
    expect(got).toEqual(expected);
    // All three verdicts were met.
    expect(expected.filter((s) => s === "Équilibré").length).toBeGreaterThan(0);
    expect(expected.filter((s) => s.startsWith("Déficit de ")).length).toBeGreaterThan(800);
    expect(expected.filter((s) => s.startsWith("Excédent de ")).length).toBeGreaterThan(800);
  });

  test("an error in the totals stays an error (never a verdict on a broken input)", () => {
    const [got] = evaluateRows([["=NA()", 5]], () => `=${nativeBalanceStatus("A1", "B1")}`);
    expect(got).toBeInstanceOf(DetailedCellError);
  });
});

describe("the native twin of CPTS.RETARD", () => {
  test("equals latenessStatus for échéances from −400 to +400 days around the date de référence, for every spelling", () => {
    const rows: (number | string | null)[][] = [];
    for (let offset = -400; offset <= 400; offset++) {
      for (const spelling of SPELLINGS) rows.push([REF + offset, spelling, REF]);
    }
    const got = evaluateRows(rows, (row) => `=${nativeLatenessStatus(`A${row}`, `B${row}`, `C${row}`)}`);
    const expected = rows.map(([e, a, ref]) => latenessStatus(echeanceOf(e), a as string | null, ref as number));
    expect(got).toEqual(expected);
    for (const wording of [
      "En retard de 400 j",
      "En retard de 1 j",
      "Échéance aujourd'hui",
      "Échéance dans 1 j",
      "Échéance dans 30 j",
      "Dans les temps",
      "Terminé",
      "Abandonné",
    ]) {
      expect(expected).toContain(wording);
    }
  });

  test("times of day are ignored; no échéance (empty, 0, text, error) is « Échéance à fixer »", () => {
    const rows: (number | string | null)[][] = [
      [REF + 0.2, "En cours", REF + 0.9],
      [REF + 0.2, "En cours", REF + 1.1],
      [REF + 31.9, null, REF + 0.5],
      [REF + 30.1, null, REF + 0.99],
      [null, "En cours", REF],
      [0, "En cours", REF],
      ["Pas de délai particulier", "En cours", REF],
      ["=NA()", "Non démarré", REF],
      ["=NA()", "Terminé", REF],
    ];
    const got = evaluateRows(rows, (row) => `=${nativeLatenessStatus(`A${row}`, `B${row}`, `C${row}`)}`);
    expect(got).toEqual([
      "Échéance aujourd'hui",
      "En retard de 1 j",
      "Dans les temps",
      "Échéance dans 30 j",
      "Échéance à fixer",
      "Échéance à fixer",
      "Échéance à fixer",
      "Échéance à fixer",
      "Terminé",
    ]);
  });
});

describe("the flag formulas keep the live function and fall back natively", () => {
  /** Function names a formula calls (outside string literals). */
  const calledFunctions = (formula: string): Set<string> =>
    new Set(formula.split(/"(?:[^"]|"")*"/).flatMap((part) => [...part.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
  const PORTABLE = ["IF", "IFERROR", "ISNUMBER", "ROUND", "ABS", "INT", "RIGHT", "LOWER", "TRIM", "SUBSTITUTE"];

  test("CPTS.EQUILIBRE and CPTS.RETARD are called first, inside IFERROR, the fallback uses portable functions only", () => {
    const eq = equilibreFormula("D20", "D30");
    const late = retardVerdictFormula("F12", "I12", "CPTS_DateReference");
    expect(eq.startsWith("=IFERROR(CPTS.EQUILIBRE(D20,D30),")).toBe(true);
    expect(late.startsWith('=IFERROR(CPTS.RETARD(IF(ISNUMBER(F12),F12,""),I12,CPTS_DateReference),')).toBe(true);
    for (const formula of [eq, late]) {
      const fallback = [...calledFunctions(formula)].filter((f) => !f.startsWith("CPTS."));
      expect(fallback.filter((f) => !PORTABLE.includes(f))).toEqual([]);
      expect([...calledFunctions(formula)].filter((f) => f.startsWith("CPTS."))).toHaveLength(1);
    }
    // Within Excel's 8 192 characters a formula may hold.
    expect(eq.length).toBeLessThan(8192);
    expect(late.length).toBeLessThan(8192);
  });
});

interface FlagCell {
  sheet: SheetKey;
  address: string;
  /** The verdict the domain gives for the cell's inputs as they are now. */
  expected(wb: EvaluatedWorkbook): string;
}

/** Every planned cell calling CPTS.*, with the domain's verdict for its inputs; throws on any other use. */
function flagCells(plan: WorkbookPlan): FlagCell[] {
  const cells: FlagCell[] = [];
  for (const sheet of plan.sheets) {
    sheet.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        if (!cell?.formula?.includes("CPTS.")) return;
        // The Indicateurs' cells (attainments, the next measure's lateness through the RETARD twin for the
        // followed year) are checked against the domain by test/sheets/indicateurs*.test.ts.
        if (sheet.key === "indicateurs") return;
        const address = a1(c, r + 1);
        const eq = /^=IFERROR\(CPTS\.EQUILIBRE\(([A-Z]+\d+),([A-Z]+\d+)\),/.exec(cell.formula);
        const late = /^=IFERROR\(CPTS\.RETARD\(IF\(ISNUMBER\(([A-Z]+\d+)\),\1,""\),([A-Z]+\d+),CPTS_DateReference\),/.exec(cell.formula);
        if (eq) {
          cells.push({
            sheet: sheet.key,
            address,
            expected: (wb) => balanceStatus(wb.getCell(sheet.key, eq[1]) as number, wb.getCell(sheet.key, eq[2]) as number),
          });
        } else if (late) {
          cells.push({
            sheet: sheet.key,
            address,
            expected: (wb) =>
              latenessStatus(
                echeanceOf(wb.getCell(sheet.key, late[1])),
                wb.getCell(sheet.key, late[2]) as string | null,
                wb.getNamed("CPTS_DateReference") as number,
              ),
          });
        } else throw new Error(`Unexpected CPTS formula in ${sheet.name}!${address}: ${cell.formula}`);
      }),
    );
  }
  return cells;
}

const CHOICES = choicesFor({ missions: ["acces", "parcours", "prevention", "crise", "qualite", "accompagnement"], snp: true });

/** Budget amounts the user types: every input cell of column D (dépenses, ACI overwritten, FIR, autres). */
function budgetInputs(plan: WorkbookPlan): string[] {
  const budget = plan.sheets.find((s) => s.key === "budget")!;
  return budget.rows.flatMap((row, r) => (row.cells[3]?.role === "input" ? [`D${r + 1}`] : []));
}

/** Cells of a roadmap column holding an input on rows whose Alerte calls CPTS.RETARD. */
function roadmapCells(plan: WorkbookPlan, sheet: SheetKey, col: number): string[] {
  const s = plan.sheets.find((x) => x.key === sheet)!;
  return s.rows.flatMap((row, r) =>
    row.cells.some((c) => c?.formula?.includes("CPTS.RETARD")) && row.cells[col]?.role === "input" ? [`${String.fromCharCode(65 + col)}${r + 1}`] : [],
  );
}

function checkAll(wb: EvaluatedWorkbook, cells: FlagCell[]): void {
  const mismatches = cells.flatMap((cell) => {
    const got = wb.getCell(cell.sheet, cell.address);
    const want = cell.expected(wb);
    return got === want
      ? []
      : [`${cell.sheet}!${cell.address}: ${got instanceof DetailedCellError ? `${got.value} ${got.message}` : JSON.stringify(got)} ≠ ${want}`];
  });
  expect(mismatches).toEqual([]);
}

describe.each([
  ["without the add-in (CPTS.* is #NAME?): the native fallback", false],
  ["with the add-in: the live functions", true],
])("every flag cell of the workbook, %s, gives the domain's verdict", (_label, addIn) => {
  const plan = planWorkbook(CHOICES);
  const cells = flagCells(plan);
  let wb: EvaluatedWorkbook;
  beforeAll(() => {
    wb = evaluatePlan(plan, { addIn });
  });
  afterAll(() => wb.destroy());

  test("the CPTS functions are known or not as intended, and no cell of the workbook shows an error", () => {
    const probe = wb.hf.calculateFormula("=CPTS.EQUILIBRE(1000,1300)", 0);
    if (addIn) expect(probe).toBe("Excédent de 300 €");
    else expect(probe).toMatchObject({ type: "NAME" });
    expect(wb.errors()).toEqual([]);
  });

  test("the flag cells: one per budget block and per synthesis line, the total, one per roadmap action", () => {
    const desequilibres = plan.controls!.filter((c) => c.kind === "desequilibre").length;
    const retards = plan.sheets
      .filter((s) => s.key === "fdrElaboration" || s.key === "fdrOperationnelle")
      .flatMap((s) => s.rows)
      .filter((r) => r.cells.some((c) => c?.formula?.includes("CPTS.RETARD"))).length;
    // Fonctionnement, 1A, 1B, parcours, prévention, crise, qualité, accompagnement.
    expect(desequilibres).toBe(8);
    expect(retards).toBeGreaterThan(10);
    expect(cells.filter((c) => c.sheet === "budget")).toHaveLength(2 * desequilibres + 1);
    expect(cells.filter((c) => c.sheet !== "budget")).toHaveLength(retards);
  });

  test("budget: random dépenses and ressources with cents, from nothing to millions", () => {
    const inputs = budgetInputs(plan);
    expect(inputs.length).toBeGreaterThan(30);
    const rnd = random(addIn ? 7 : 8);
    const seen = new Set<string>();
    for (let round = 0; round < 40; round++) {
      const max = [0, 100, 10_000, 1_000_000, 50_000_000][round % 5];
      wb.hf.batch(() => inputs.forEach((address) => wb.setCell("budget", address, amount(rnd, max))));
      checkAll(wb, cells);
      for (const cell of cells.filter((c) => c.sheet === "budget")) seen.add(String(wb.getCell(cell.sheet, cell.address)).split(" de ")[0]);
    }
    expect([...seen].sort()).toEqual(["Déficit", "Excédent", "Équilibré"]);
  });

  test("roadmaps: every spelling of avancement, dates de référence from −400 to +400 days around the échéances", () => {
    const avancements = [
      ...roadmapCells(plan, "fdrElaboration", 8).map((a) => ["fdrElaboration", a] as const),
      ...roadmapCells(plan, "fdrOperationnelle", 10).map((a) => ["fdrOperationnelle", a] as const),
    ];
    const echeances = roadmapCells(plan, "fdrElaboration", 5);
    expect(avancements.length).toBe(cells.filter((c) => c.sheet !== "budget").length);
    expect(echeances.length).toBeGreaterThan(5);
    const anchor = serialFromDate({ year: 2025, month: 9, day: 15 });
    const refInput = PARAMETRES_NAMES.CPTS_DateReferenceSaisie.replace(/\$/g, "");
    const offsets = [-400, -365, -31, -30, -29, -1, 0, 1, 29, 30, 31, 365, 400];
    for (let i = -400; i <= 400; i += 23) offsets.push(i);
    let spelling = 0;
    for (const offset of offsets) {
      wb.hf.batch(() => {
        wb.setCell("parametres", refInput, anchor - offset);
        // Each échéance a day apart around the anchor; some left empty or as text.
        echeances.forEach((address, i) => wb.setCell("fdrElaboration", address, i === 0 ? null : i === 1 ? "Pas de délai particulier" : anchor + i - 3));
        avancements.forEach(([sheet, address]) => wb.setCell(sheet, address, SPELLINGS[spelling++ % SPELLINGS.length]));
      });
      expect(wb.getNamed("CPTS_DateReference")).toBe(anchor - offset);
      checkAll(wb, cells);
    }
  });
});
