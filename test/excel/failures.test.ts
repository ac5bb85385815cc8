/**
 * A failure injected at each step of a regeneration (each sync, points inside the write sync, given
 * operations — among them the row inserts and deletes that resize our tables): the error is a French
 * WorkbookError carrying Excel's code, no value the user typed is lost, the sheets being written
 * are not presented as finished, and the next generation completes with every value and total right.
 * A sheet too large for one request is refused before anything is written.
 */
import { WorkbookError } from "../../src/excel/api";
import { generateWorkbook } from "../../src/excel/generate";
import { SHEET_KEYS, SheetKey, WorkbookChoices, parseSheetMarker } from "../../src/sheets/plan";
import { planWorkbook } from "../../src/sheets/workbook";
import type { InjectedFailure, WorkbookDouble } from "../double";
import { evaluatePlan } from "../support/evaluatePlan";
import { POPULATION_FOR, TODAY, TOTAL_NAMES, choicesFor, newWorkbook } from "./fixtures";
import { Typed, addUserRow, columnLetter, expectedCarryOver, fillUserCells, missingAddedRows, missingUserCells } from "./userData";

const BEFORE = choicesFor({ missions: ["acces", "parcours", "prevention", "accompagnement"] });
// Parcours dropped (its filled rows stay), crise added before accompagnement (rows move), taille changed.
const AFTER = choicesFor({ population: POPULATION_FOR[4], missions: ["acces", "prevention", "crise", "accompagnement"] });

/**
 * Another regeneration, where our tables shrink: a mission whose roadmap rows hold nothing of the
 * user's is dropped, so the roadmap table loses rows (whole-row deletes).
 */
const SHRINK = {
  before: choicesFor({ missions: ["acces", "parcours", "prevention", "accompagnement"] }),
  after: choicesFor({ missions: ["acces", "parcours", "prevention"] }),
  filled: SHEET_KEYS.filter((k) => k !== "fdrOperationnelle"),
};

interface Scenario {
  before: WorkbookChoices;
  after: WorkbookChoices;
  filled: readonly SheetKey[];
}
const MOVE: Scenario = { before: BEFORE, after: AFTER, filled: SHEET_KEYS };

async function prepared(scenario: Scenario = MOVE): Promise<{ double: WorkbookDouble; names: Record<SheetKey, string>; typed: Typed }> {
  const double = newWorkbook();
  const first = await generateWorkbook(scenario.before, {}, double.run);
  const names = Object.fromEntries(first.sheets.map((s) => [s.key, s.name])) as Record<SheetKey, string>;
  const typed = fillUserCells(double, planWorkbook(scenario.before), names, [...scenario.filled]);
  addUserRow(double, names.fdrOperationnelle, "op:accompagnement:1", { 3: "Soirée d'accueil des internes", 6: "Mme Durand" }, typed, "fdrOperationnelle");
  addUserRow(double, names.budget, "budget:accompagnement:dep:materiel", { 1: "Buffet", 3: 800 }, typed, "budget");
  double.resetStats();
  return { double, names, typed };
}

/**
 * Rows the retry made up: a key twice, or more rows without a key than the user added (a partial write
 * read back as the user's rows would show so).
 */
function strayRows(double: WorkbookDouble, names: Record<SheetKey, string>, typed: Typed): string[] {
  const found: string[] = [];
  for (const key of SHEET_KEYS) {
    const used = double.usedRect(names[key]);
    if (!used) continue;
    const rows = double.formulas(names[key], `A1:${columnLetter(used.c1)}${used.r1 + 1}`);
    const keys = rows.map((r) => r[0]).filter((k) => k !== "");
    const twice = [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
    if (twice.length) found.push(`${names[key]}: clés en double ${twice.join(", ")}`);
    const keyless = rows.filter((r) => r[0] === "" && r.slice(1).some((v) => v !== "")).length;
    const added = typed.added[key]?.length ?? 0;
    if (keyless !== added) found.push(`${names[key]}: ${keyless} lignes sans clé pour ${added} ajoutées`);
  }
  return found;
}

/** What went wrong with one injected failure, or nothing. */
async function tryFailure(failure: InjectedFailure, scenario: Scenario = MOVE): Promise<string[]> {
  const { double, names, typed } = await prepared(scenario);
  const AFTER = scenario.after;
  double.inject(failure);
  const where = JSON.stringify({ ...failure, operation: failure.operation?.source });
  const problems: string[] = [];
  try {
    await generateWorkbook(AFTER, {}, double.run);
    problems.push(`${where}: la génération n'a pas échoué`);
  } catch (error) {
    if (!(error instanceof WorkbookError)) problems.push(`${where}: pas une WorkbookError: ${String(error)}`);
    else {
      if (error.code !== failure.code) problems.push(`${where}: code ${error.code}`);
      if (!/^La génération du classeur a échoué pendant « .+ » \(code Excel : \w+\)\. /.test(error.message))
        problems.push(`${where}: message ${error.message}`);
    }
  }
  problems.push(...missingUserCells(double, names, typed).map((m) => `${where} après l'échec: ${m}`));
  problems.push(...missingAddedRows(double, names, typed).map((m) => `${where} après l'échec: ${m}`));
  // Every sheet is still recognised as ours; none shows the finished marker unless it was finished.
  for (const key of SHEET_KEYS) {
    const marker = double.value(names[key], "A1");
    if (parseSheetMarker(marker)?.key !== key) problems.push(`${where}: ${names[key]} n'est plus reconnue (${String(marker)})`);
  }
  double.clearFailures();
  await generateWorkbook(AFTER, {}, double.run);
  problems.push(...missingUserCells(double, names, typed).map((m) => `${where} après reprise: ${m}`));
  problems.push(...missingAddedRows(double, names, typed).map((m) => `${where} après reprise: ${m}`));
  problems.push(...strayRows(double, names, typed).map((m) => `${where} après reprise: ${m}`));
  const expected = evaluatePlan(planWorkbook(AFTER, expectedCarryOver(typed)), { today: TODAY });
  for (const name of TOTAL_NAMES)
    if (double.nameValue(name) !== expected.getNamed(name)) problems.push(`${where} après reprise: ${name} = ${String(double.nameValue(name))}`);
  for (const key of SHEET_KEYS)
    if (double.value(names[key], "A1") !== `CPTS-ADDIN|${key}|1`) problems.push(`${where}: ${names[key]} non finalisée après reprise`);
  expected.destroy();
  return problems;
}

/** The syncs of a clean regeneration, to aim failures at each of them. */
async function cleanRun(): Promise<number[]> {
  const { double } = await prepared();
  await generateWorkbook(AFTER, {}, double.run);
  return double.syncs.map((s) => s.operations);
}

function pointsIn(operations: number, count: number): number[] {
  const points = new Set([0, 1, operations - 1]);
  for (let i = 1; i < count; i++) points.add(Math.floor((operations * i) / count));
  return [...points].filter((p) => p >= 0 && p < operations).sort((a, b) => a - b);
}

describe("a failure part-way through a regeneration loses nothing", () => {
  it("at each sync, and at points all along the write", async () => {
    const syncs = await cleanRun();
    expect(syncs.length).toBeLessThanOrEqual(4);
    const problems: string[] = [];
    for (const [i, operations] of syncs.entries())
      for (const afterOperations of i === syncs.length - 1 ? pointsIn(operations, 10) : [0])
        problems.push(...(await tryFailure({ sync: i + 1, afterOperations, code: "GeneralException" })));
    expect(problems).toEqual([]);
  });

  it("at given operations: content, table, chart, validation, name", async () => {
    const problems: string[] = [];
    const operations = [
      /^Range\.formulas$/,
      /^Range\.insert$/,
      /^ConditionalFormat\.delete$/,
      /^Chart\.delete$/,
      /^ChartCollection\.add$/,
      /^Range\.DataValidation\.rule$/,
      /^NamedItem\.formula$/,
      /^Application\.calculate$/,
    ];
    for (const operation of operations) problems.push(...(await tryFailure({ operation, code: "InvalidArgument" })));
    expect(problems).toEqual([]);
  });

  it("at the row deletes that shrink our roadmap table, and at each point of that write", async () => {
    const problems: string[] = [];
    problems.push(...(await tryFailure({ operation: /^Range\.delete$/, code: "InvalidArgument" }, SHRINK)));
    const { double } = await prepared(SHRINK);
    await generateWorkbook(SHRINK.after, {}, double.run);
    const write = double.syncs.length;
    for (const afterOperations of pointsIn(double.syncs[write - 1].operations, 6))
      problems.push(...(await tryFailure({ sync: write, afterOperations, code: "GeneralException" }, SHRINK)));
    expect(problems).toEqual([]);
  });

  it("a sheet whose content alone passes the request budget is refused in French, before anything is written", async () => {
    const { double, names } = await prepared();
    const before = Object.values(names).map((name) => double.formulas(name, "A1:Z300"));
    // Smaller than the roadmap's and the budget's contents.
    const error = await generateWorkbook(AFTER, { payloadBudgetBytes: 6_000 }, double.run).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).message).toMatch(
      /^La feuille « .+ » est trop volumineuse pour être écrite en une fois \(.+ Mo, limite 0,006 Mo par envoi à Excel\)\. Le classeur n'a pas été modifié\./,
    );
    expect(double.syncs.every((s) => !s.calculationSuspended)).toBe(true);
    expect(Object.values(names).map((name) => double.formulas(name, "A1:Z300"))).toEqual(before);
  });
});
