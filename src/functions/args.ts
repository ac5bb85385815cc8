/**
 * The one place where CPTS.* arguments are read and checked, like HyperFormula's argument
 * types: each parser takes what Excel (or HyperFormula) hands over — number, text, boolean,
 * empty, or a range as nested arrays — and returns the domain value or a French error.
 * Function bodies (cpts.ts) never look at a raw argument.
 */
import {
  AVANCEMENTS,
  AciGridVersion,
  Avancement,
  DEFAULT_GRID_VERSION,
  FundedItem,
  GRID_VERSIONS,
  Jalon,
  MISSIONS,
  MissionKey,
  Taille,
  VoletOrTotal,
  findGridVersion,
  isTaille,
  isValidSerial,
  mission,
  normalizeText,
  parseDateText,
} from "../domain";
import { ARGUMENT_ROLES, FUNCTION_MESSAGES as M, describeReceived } from "./messages";
import { Parsed, invalidValue, ok } from "./result";

/** What a mission argument names: fonctionnement, a mission, or accès aux soins' volet supplémentaire SNP. */
export type FundedTarget = FundedItem | "snp";

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

/** A blank cell, an omitted optional argument, or text of spaces only. */
function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Blank, for an argument where 0 means nothing: Excel on Windows passes an empty cell as 0 (Excel on
 * the web as null), and 0 is neither a date (00/01/1900), a mission, a volet nor an état d'avancement.
 * Not used where 0 is a real value (taux, tolérance, amounts).
 */
function isBlankOrZero(value: unknown): boolean {
  return value === 0 || isBlank(value);
}

/** An omitted date, a blank cell (0 on Excel for Windows), or a one-cell range holding one. */
export function isEmptyDateArg(value: unknown): boolean {
  return isBlankOrZero(single(value));
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

/** Numbers typed as text the French way: "80 000", "1 250,50 €", "0,8". */
function numberFromText(text: string): number | undefined {
  const s = text.replace(/[\s\u00a0\u202f]/g, "").replace(/€$/, "");
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) return undefined;
  return Number(s.replace(",", "."));
}

function finiteNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") return numberFromText(value);
  return undefined;
}

/** Case-, accent- and punctuation-insensitive key: "Accès aux soins" → "acces aux soins". */
function lookupKey(text: string): string {
  return normalizeText(text.replace(/[’'`\-_.]/g, " "));
}

const TARGET_ALIASES: ReadonlyMap<string, FundedTarget> = (() => {
  const map = new Map<string, FundedTarget>();
  const add = (target: FundedTarget, ...names: string[]) => names.forEach((n) => map.set(lookupKey(n), target));
  add("fonctionnement", "fonctionnement", "fonctionnement général", "financement du fonctionnement");
  add("snp", "snp", "volet supplémentaire", "volet supplémentaire snp", "supplémentaire");
  for (const m of MISSIONS) add(m.key, m.key, m.label, m.shortLabel);
  add("acces", "accès aux soins");
  add("parcours", "parcours pluriprofessionnel", "parcours pluriprofessionnels");
  add("crise", "crise sanitaire", "gestion de crise sanitaire");
  add("qualite", "qualité et pertinence");
  add("accompagnement", "accompagnement des professionnels de santé");
  return map;
})();

function targetFromText(value: unknown): FundedTarget | undefined {
  return typeof value === "string" ? TARGET_ALIASES.get(lookupKey(value)) : undefined;
}

/** French label of a target, for messages. */
export function targetLabel(target: FundedTarget): string {
  if (target === "fonctionnement") return "Fonctionnement général";
  if (target === "snp") return "Volet supplémentaire SNP";
  return mission(target).shortLabel;
}

export function parseTaille(raw: unknown): Parsed<Taille> {
  const value = single(raw);
  const text = typeof value === "string" ? value.trim().replace(/^taille\s*/i, "") : value;
  const n = finiteNumber(text);
  return n !== undefined && isTaille(n) ? ok(n) : invalidValue(M.taille(describeReceived(value)));
}

export function parsePopulation(raw: unknown): Parsed<number> {
  const value = single(raw);
  const n = finiteNumber(value);
  // 0 is refused: it is how Excel for Windows passes an empty cell, and no territory has 0 inhabitants.
  return n !== undefined && n > 0 ? ok(n) : invalidValue(M.population(describeReceived(value)));
}

export function parseTarget(raw: unknown): Parsed<FundedTarget> {
  const value = single(raw);
  const target = targetFromText(value);
  return target ? ok(target) : invalidValue(M.mission(describeReceived(value)));
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
  if (isBlankOrZero(value)) return ok("total");
  const volet = typeof value === "string" ? VOLET_ALIASES.get(lookupKey(value).replace(/^volet /, "")) : undefined;
  return volet ? ok(volet) : invalidValue(M.volet(describeReceived(value)));
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
  if (isBlankOrZero(value)) return ok(DEFAULT_GRID_VERSION);
  const text = typeof value === "number" && Number.isInteger(value) ? String(value) : value;
  const found = typeof text === "string" ? findGridVersion(text) ?? findGridVersion(`ACI ${text.trim()}`) : undefined;
  const available = GRID_VERSIONS.map((v) => v.id).join(" ou ");
  return found ? ok(found) : invalidValue(M.version(available, describeReceived(value)));
}

export interface MissionList {
  missions: MissionKey[];
  snp: boolean;
}

/**
 * Missions of CPTS.TOTAL: a range of keys or labels (any shape, blank cells skipped) or a text
 * "acces,parcours" (commas or semicolons). Fonctionnement is always counted, so naming it changes nothing.
 */
export function parseMissionList(raw: unknown): Parsed<MissionList> {
  const missions = new Set<MissionKey>();
  let snp = false;
  for (const cell of cells(raw)) {
    if (isBlankOrZero(cell)) continue;
    if (typeof cell !== "string") return invalidValue(M.missions(describeReceived(cell)));
    for (const part of cell.split(/[,;]/)) {
      if (part.trim() === "") continue;
      const target = targetFromText(part);
      if (!target) return invalidValue(M.missions(describeReceived(part)));
      if (target === "snp") snp = true;
      else if (target !== "fonctionnement") missions.add(target);
    }
  }
  if (snp && !missions.has("acces")) return invalidValue(M.snpWithoutAcces);
  return ok({ missions: [...missions], snp });
}

/** Taux d'atteinte: a fraction 0–1 (a cell formatted 80 % holds 0.8) or a text "80 %"; 100 % when omitted. */
export function parseTaux(raw: unknown): Parsed<number> {
  const value = single(raw);
  if (isBlank(value)) return ok(1);
  let rate: number | undefined;
  if (typeof value === "number") rate = value;
  else if (typeof value === "string") {
    const percent = /^(.*?)\s*%$/.exec(value.trim());
    const n = numberFromText(percent ? percent[1] : value);
    rate = n === undefined ? undefined : percent ? n / 100 : n;
  }
  return rate !== undefined && Number.isFinite(rate) && rate >= 0 && rate <= 1 ? ok(rate) : invalidValue(M.taux(describeReceived(value)));
}

/** A date as an Excel serial (the time of day is dropped) or a text dd/mm/yyyy or yyyy-mm-dd. */
export function parseDate(raw: unknown, role: keyof typeof ARGUMENT_ROLES): Parsed<number> {
  const value = single(raw);
  const name = ARGUMENT_ROLES[role];
  if (value === 0) return invalidValue(M.date(name, M.emptyOrZero));
  if (typeof value === "number" && Number.isFinite(value)) {
    return isValidSerial(value) ? ok(Math.floor(value)) : invalidValue(M.dateOutOfRange(name));
  }
  const serial = typeof value === "string" ? parseDateText(value) : undefined;
  return serial !== undefined ? ok(serial) : invalidValue(M.date(name, describeReceived(value)));
}

/** Like parseDate, but an empty cell means "no date" (null). */
export function parseOptionalDate(raw: unknown, role: keyof typeof ARGUMENT_ROLES): Parsed<number | null> {
  return isEmptyDateArg(raw) ? ok(null) : parseDate(raw, role);
}

/** Jalon of CPTS.ECHEANCE: démarrage or déploiement (the default). */
export function parseJalon(raw: unknown): Parsed<Jalon> {
  const value = single(raw);
  if (isBlankOrZero(value)) return ok("deploiement");
  const key = typeof value === "string" ? lookupKey(value) : "";
  if (key === "demarrage") return ok("demarrage");
  if (key === "deploiement") return ok("deploiement");
  return invalidValue(M.jalon(describeReceived(value)));
}

const AVANCEMENT_BY_KEY: ReadonlyMap<string, Avancement> = new Map(AVANCEMENTS.map((a) => [lookupKey(a), a]));

/** État d'avancement from the roadmap's list; empty = not started. */
export function parseAvancement(raw: unknown): Parsed<Avancement | null> {
  const value = single(raw);
  if (isBlankOrZero(value)) return ok(null);
  const found = typeof value === "string" ? AVANCEMENT_BY_KEY.get(lookupKey(value)) : undefined;
  return found ? ok(found) : invalidValue(M.avancement(describeReceived(value)));
}

/** Sum of a range of amounts (any shape); blank cells count 0, anything else that is not an amount is an error. */
export function parseAmountSum(raw: unknown, role: "depenses" | "ressources"): Parsed<number> {
  const name = ARGUMENT_ROLES[role];
  let sum = 0;
  for (const cell of cells(raw)) {
    if (isBlank(cell)) continue;
    const n = typeof cell === "boolean" ? undefined : finiteNumber(cell);
    if (n === undefined) return invalidValue(M.amounts(name, describeReceived(cell)));
    if (Math.abs(n) > MAX_AMOUNT) return invalidValue(M.amountsTooLarge(name));
    sum += n;
  }
  return Math.abs(sum) > MAX_AMOUNT ? invalidValue(M.amountsTooLarge(name)) : ok(sum);
}

/** Tolerance of CPTS.EQUILIBRE in euros; 0 when omitted. */
export function parseTolerance(raw: unknown): Parsed<number> {
  const value = single(raw);
  if (isBlank(value)) return ok(0);
  const n = typeof value === "boolean" ? undefined : finiteNumber(value);
  return n !== undefined && n >= 0 && n <= MAX_AMOUNT ? ok(n) : invalidValue(M.tolerance(describeReceived(value)));
}
