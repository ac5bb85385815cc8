/**
 * The one place where CPTS.* arguments are read and checked, like HyperFormula's argument
 * types: each parser takes what Excel (or HyperFormula) hands over — number, text, boolean,
 * empty, or a range as nested arrays — and returns the domain value or a French error.
 * The user-input rules themselves (population, taille, taux, dates, mission keys, version) are the
 * domain's shared parsers (src/domain/parseInput.ts), so a spelling means here what it means in the
 * task pane and on the command line. Function bodies (cpts.ts) never look at a raw argument.
 *
 * Empty arguments — one rule: every argument reads null and 0 the same way.
 * - An omitted optional argument arrives as null: « When no value is specified for an optional
 *   parameter, Excel assigns it the value null » (Custom functions parameter options,
 *   https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options#optional-parameters).
 * - A reference to an empty cell arrives as null in Excel on the web and as 0 in Excel for Windows
 *   (https://github.com/OfficeDev/office-js/issues/4702: Microsoft answers that it « was changed as
 *   a bug fix » with no requirement set to detect it, so 0 may be an empty cell on a build without
 *   the fix or a real 0; https://github.com/OfficeDev/office-js/issues/5262: empty cells of a range
 *   passed as 0).
 * So null cannot tell an omitted argument from an empty cell, and 0 cannot tell an empty cell from
 * a typed 0. Giving null and 0 one meaning per argument is the only way an empty cell gives the
 * same result on every platform:
 * - where 0 is not a value (dates, mission, volet, jalon, version, avancement, taille, population),
 *   null and 0 are « empty »: the default, or « vide ou 0 » refused;
 * - where 0 is a value (taux, tolérance, amounts), null is 0: an empty taux is 0 % (as an empty
 *   cell counts 0 in any Excel formula), an omitted taux too — write 1 or « 100 % » for 100 %.
 * One exception, CPTS.ATTEINTE's départ, cible and mesure (parseIndicatorValue): 0 is a real
 * measure there and a missing one must not be paid or lost silently, so 0 is a value and only null
 * or blank text is « missing »; the sheet passes a cell that may be empty as IF(D5="","",D5).
 * test/functions/cpts.test.ts calls every function with 0 and with null in each position.
 */
import {
  AVANCEMENTS,
  AciGridVersion,
  Avancement,
  DEFAULT_GRID_VERSION,
  FundedItem,
  FundedTarget,
  InputResult,
  Jalon,
  MissionKey,
  Taille,
  VoletOrTotal,
  describeReceived,
  lookupKey,
  readFrenchNumber,
  targetLabel,
} from "../domain";
import { AttainmentProblem, IndicatorValueRole, Palier, readIndicatorNumber, readPaliers } from "../domain/attainment";
import * as input from "../domain/parseInput";
import { ARGUMENT_ROLES, FUNCTION_MESSAGES as M } from "./messages";
import { FunctionError, Parsed, invalidValue, notAvailable, ok } from "./result";

/** One cell of the grid, as aciAmount reads it. */
export interface GridCell {
  item: FundedItem;
  volet: VoletOrTotal;
}

/** Amounts beyond this are typos or overflow, not budgets; refusing them keeps statuses to the cent. */
const MAX_AMOUNT = 1e12;

/**
 * functions.json allows data types for "any" parameters (the metadata generator's default), so Excel
 * may hand over a cell value object (formatted number, entity…): its basicValue is what the cell shows.
 */
function plain(value: unknown): unknown {
  if (typeof value === "object" && value !== null && !Array.isArray(value) && "basicValue" in value) {
    return (value as { basicValue: unknown }).basicValue;
  }
  return value;
}

/** A range of one cell stands for its value (Excel passes [[x]] for a one-cell reference to a matrix parameter). */
function single(value: unknown): unknown {
  let v = value;
  while (Array.isArray(v) && v.length === 1) v = Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v[0];
  return plain(v);
}

/** Nothing, as Excel hands it over: null, undefined, 0 (an empty cell on Excel for Windows), or text of spaces only. */
function isEmptyArg(value: unknown): boolean {
  return value === null || value === undefined || value === 0 || (typeof value === "string" && value.trim() === "");
}

/** What was received, for messages; empty (null or 0) is said once, the same whichever way it came. */
function received(value: unknown): string {
  return isEmptyArg(value) ? M.emptyOrZero : describeReceived(value);
}

/** An omitted date, a blank cell (0 on Excel for Windows), or a one-cell range holding one. */
export function isEmptyDateArg(value: unknown): boolean {
  return isEmptyArg(single(value));
}

/** Every cell of a range of any shape or nesting, in reading order. */
function cells(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [plain(value)];
  const out: unknown[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else out.push(plain(v));
  };
  visit(value);
  return out;
}

/** A domain parse result as a function argument: refusals become #VALUE! with `head` (« Population attendue »). */
function fromInput<T>(result: InputResult<T>, head: string, value: unknown): Parsed<T> {
  return result.ok ? ok(result.value) : invalidValue(M.expected(head, result.expected, received(value)));
}

export function parseTaille(raw: unknown): Parsed<Taille> {
  const value = single(raw);
  return fromInput(isEmptyArg(value) ? input.parseTaille(null) : input.parseTaille(value), M.heads.taille, value);
}

export function parsePopulation(raw: unknown): Parsed<number> {
  const value = single(raw);
  // 0 and null are refused alike: no territory has 0 inhabitants, and either may be an empty cell.
  return fromInput(isEmptyArg(value) ? input.parsePopulation(0) : input.parsePopulation(value), M.heads.population, value);
}

export function parseTarget(raw: unknown): Parsed<FundedTarget> {
  const value = single(raw);
  return fromInput(input.parseFundedTarget(isEmptyArg(value) ? null : value), M.heads.mission, value);
}

const VOLET_ALIASES: ReadonlyMap<string, VoletOrTotal> = new Map<string, VoletOrTotal>([
  ["fixe", "fixe"],
  ["variable", "variable"],
  ["compensation", "compensation"],
  ["total", "total"],
]);

/** Volet fixe, variable, compensation or total (the default). */
export function parseVolet(raw: unknown): Parsed<VoletOrTotal> {
  const value = single(raw);
  if (isEmptyArg(value)) return ok("total");
  const volet = typeof value === "string" ? VOLET_ALIASES.get(lookupKey(value).replace(/^volet /, "")) : undefined;
  return volet ? ok(volet) : invalidValue(M.volet(received(value)));
}

/** Which grid cell a (target, volet) pair reads; the pairs the grid cannot have are input errors. */
export function gridCell(target: FundedTarget, volet: VoletOrTotal): Parsed<GridCell> {
  if (target === "snp") return volet === "total" ? ok({ item: "acces", volet: "supplementaire" }) : invalidValue(M.snpSingleVolet(volet));
  if (target === "fonctionnement" && volet !== "fixe" && volet !== "total") return invalidValue(M.fonctionnementSingleVolet(volet));
  if (volet === "compensation" && target !== "acces") return invalidValue(M.compensationOnlyAcces(targetLabel(target)));
  return ok({ item: target, volet });
}

/** Grid version by id ("ACI 2019", or just "2019"); the newest sourced one when omitted. */
export function parseVersion(raw: unknown): Parsed<AciGridVersion> {
  const value = single(raw);
  if (isEmptyArg(value)) return ok(DEFAULT_GRID_VERSION);
  return fromInput(input.parseGridVersion(value), M.heads.version, value);
}

/**
 * Missions of CPTS.TOTAL: a range of keys or labels (any shape, blank cells skipped) or a text
 * "acces,parcours" (commas or semicolons). Fonctionnement is always counted, so naming it changes nothing.
 */
export function parseMissionList(raw: unknown): Parsed<{ missions: MissionKey[]; snp: boolean }> {
  const texts: string[] = [];
  for (const cell of cells(raw)) {
    if (isEmptyArg(cell)) continue;
    if (typeof cell !== "string") return invalidValue(M.missions(describeReceived(cell)));
    texts.push(cell);
  }
  const result = input.parseMissionList(texts);
  if (result.ok) return ok(result.value);
  return invalidValue(result.part === null ? M.snpWithoutAcces : M.missions(describeReceived(result.part)));
}

/** Taux d'atteinte as a fraction 0–1 (domain rule: « 80 % », 80, « 0,8 », 0.8; 1 = 100 %); empty or omitted = 0 %. */
export function parseTaux(raw: unknown): Parsed<number> {
  const value = single(raw);
  if (isEmptyArg(value)) return ok(0);
  return fromInput(input.parseTaux(value), M.heads.taux, value);
}

/** A date as an Excel serial (the time of day is dropped) or a text dd/mm/yyyy or yyyy-mm-dd. */
export function parseDate(raw: unknown, role: keyof typeof ARGUMENT_ROLES): Parsed<number> {
  const value = single(raw);
  return fromInput(input.parseDate(isEmptyArg(value) ? null : value, { serials: true }), M.heads.date(ARGUMENT_ROLES[role]), value);
}

/** Like parseDate, but an empty cell means "no date" (null). */
export function parseOptionalDate(raw: unknown, role: keyof typeof ARGUMENT_ROLES): Parsed<number | null> {
  return isEmptyDateArg(raw) ? ok(null) : parseDate(raw, role);
}

/** Jalon of CPTS.ECHEANCE: démarrage or déploiement (the default). */
export function parseJalon(raw: unknown): Parsed<Jalon> {
  const value = single(raw);
  if (isEmptyArg(value)) return ok("deploiement");
  const key = typeof value === "string" ? lookupKey(value) : "";
  if (key === "demarrage") return ok("demarrage");
  if (key === "deploiement") return ok("deploiement");
  return invalidValue(M.jalon(received(value)));
}

const AVANCEMENT_BY_KEY: ReadonlyMap<string, Avancement> = new Map(AVANCEMENTS.map((a) => [lookupKey(a), a]));

/** État d'avancement from the roadmap's list; empty = not started. */
export function parseAvancement(raw: unknown): Parsed<Avancement | null> {
  const value = single(raw);
  if (isEmptyArg(value)) return ok(null);
  const found = typeof value === "string" ? AVANCEMENT_BY_KEY.get(lookupKey(value)) : undefined;
  return found ? ok(found) : invalidValue(M.avancement(received(value)));
}

/** An amount: a number, or a French text (« 1 250,50 € », « 1.250 »). */
function amountOf(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const reading = readFrenchNumber(value.trim().replace(/\s*€$/, ""));
  return reading.kind === "number" ? reading.value : undefined;
}

/** Sum of a range of amounts (any shape); blank cells count 0, anything else that is not an amount is an error. */
export function parseAmountSum(raw: unknown, role: "depenses" | "ressources"): Parsed<number> {
  const name = ARGUMENT_ROLES[role];
  let sum = 0;
  for (const cell of cells(raw)) {
    if (isEmptyArg(cell)) continue;
    const n = amountOf(cell);
    if (n === undefined) return invalidValue(M.amounts(name, describeReceived(cell)));
    if (Math.abs(n) > MAX_AMOUNT) return invalidValue(M.amountsTooLarge(name));
    sum += n;
  }
  return Math.abs(sum) > MAX_AMOUNT ? invalidValue(M.amountsTooLarge(name)) : ok(sum);
}

/** Tolerance of CPTS.EQUILIBRE in euros; 0 when omitted or empty. */
export function parseTolerance(raw: unknown): Parsed<number> {
  const value = single(raw);
  if (isEmptyArg(value)) return ok(0);
  const n = amountOf(value);
  return n !== undefined && n >= 0 && n <= MAX_AMOUNT ? ok(n) : invalidValue(M.tolerance(received(value)));
}

/** An attainment problem as an error value: a measure not taken yet is #N/A (valid, nothing to compute yet), the rest #VALUE!. */
export function attainmentError(problem: AttainmentProblem): FunctionError {
  return problem.kind === "mesureManquante" ? notAvailable(M.attainment(problem)) : invalidValue(M.attainment(problem));
}

/**
 * Départ, cible or mesure of CPTS.ATTEINTE: a number or a French text (« 1 250 », « 12,5 »,
 * « 85 % »). Unlike the other arguments, 0 is NOT read as empty here: 0 recours aux urgences or a
 * départ of 0 consultations are real values, and reading 0 as « missing » would make them
 * impossible to enter. Blank (null, omitted, text of spaces) is missing: a départ or cible missing
 * is #VALUE!, a measure missing is #N/A (« Mesure manquante »). The price, documented in
 * docs/guide/fonctions.md: Excel for Windows hands a direct reference to an EMPTY cell as 0
 * (office-js#4702 above), where it would count as a measure of 0. So a formula reading a measure
 * cell that may be empty passes it as `SI(D5="";"";D5)`: "" arrives as blank text on every
 * platform, so the missing measure is #N/A everywhere (the Indicateurs sheet will write it so).
 */
export function parseIndicatorValue(raw: unknown, role: Exclude<IndicatorValueRole, "seuil">): Parsed<number | null> {
  const reading = readIndicatorNumber(single(raw), role, describeReceived);
  if (!reading.ok) return attainmentError(reading.problem);
  if (reading.value === null && role !== "mesure") return attainmentError({ kind: "valeurManquante", role });
  return ok(reading.value);
}

/**
 * One row of an even number of cells, seuil 1 | part 1 | seuil 2 | part 2 | … (how the Indicateurs
 * sheet lays an indicator's paliers beside it), as the 2-column rows readPaliers reads; any other
 * shape is left as it is (readPaliers says what it expected).
 */
function pairsOfOneRow(rows: unknown[][]): unknown[][] {
  if (rows.length !== 1 || rows[0].length <= 2 || rows[0].length % 2 !== 0) return rows;
  const row = rows[0];
  return Array.from({ length: row.length / 2 }, (_, i) => [row[2 * i], row[2 * i + 1]]);
}

/**
 * Paliers of CPTS.ATTEINTE: a range of 2 columns, seuil | part, or one row seuil 1 | part 1 |
 * seuil 2 | part 2 | … (domain readPaliers: blank cells
 * read 0 and 0 | 0 rows are skipped, so an empty range is the linear rule). Omitted, or a range
 * of blank cells (null, or 0 on Windows): no paliers.
 */
export function parsePaliers(raw: unknown): Parsed<Palier[]> {
  const value = plain(raw);
  // All blank, whatever its shape (a matrix parameter wraps one cell as [[x]]): the linear rule.
  if (cells(value).every(isEmptyArg)) return ok([]);
  if (!Array.isArray(value)) return attainmentError({ kind: "paliersForme", received: describeReceived(value) });
  const rows = value.map((row: unknown) => (Array.isArray(row) ? row.map(plain) : [plain(row)]));
  const reading = readPaliers(pairsOfOneRow(rows), describeReceived);
  return reading.ok ? ok(reading.value) : attainmentError(reading.problem);
}
