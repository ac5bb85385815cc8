/**
 * One parser per user input — population, taille, taux d'atteinte, dates, mission keys, grid
 * version — shared by the task pane, the CPTS.* functions (src/functions/args.ts) and the command
 * line (src/cli/parseArgs.ts), so that a spelling means the same thing everywhere. Each takes a
 * scalar as a cell or a text field holds it (number or text; anything else is refused) and returns
 * the value or what was expected (INPUT_EXPECTED, French). What an empty or omitted input means is
 * each surface's decision (a default, an error, or Excel's 0 for an empty cell): these parsers
 * refuse it.
 *
 * Decisions, documented here once:
 * - population: a whole number from 1 to 10 000 000. Thousands may be grouped by spaces or dots
 *   (parseNumber.ts): « 80 000 », « 80.000 », « 80000 » and 80000 are the same. « 80,5 » and
 *   « 80.5 » both read 80,5 (comma = decimal; a dot not followed by 3 digits = decimal point) and are
 *   refused for their decimals (« 80.50 » too), with a message showing how thousands are written;
 *   « 8 0000 » or « 1.250.5 » are refused as badly grouped.
 * - taux: « 80 % », « 80 », « 0,8 » and 0.8 are all 80 %. With a % sign the number is in percent;
 *   without, a number from 0 to 1 is a fraction and a number above 1 is in percent. So « 1 » and 1
 *   are 100 % — as Excel stores a cell formatted « 100 % » as 1 (entries in percent cells are divided
 *   by 100: https://learn.microsoft.com/office/vba/api/excel.application.autopercententry), the value
 *   CPTS.TOTAL receives — and 1 % is written « 1 % » (or 0,01). Beyond 100 % or below 0 is refused.
 * - dates: dd/mm/yyyy (also with - or .) and ISO yyyy-mm-dd as text; Excel serials where the
 *   surface passes numbers (the functions; the time of day is dropped); within Excel's calendar
 *   from 01/03/1900 to 31/12/9999.
 * - mission keys: the key or the French label, case-, accent- and punctuation-insensitive.
 */
import { AciGridVersion, FundedItem, GRID_VERSIONS, findGridVersion } from "./aciGrid";
import { isValidSerial, parseDateText } from "./calendar";
import { MISSIONS, MissionKey, mission } from "./missions";
import { INPUT_EXPECTED as E, MAX_POPULATION, orList } from "./parseMessages";
import { readFrenchNumber } from "./parseNumber";
import { normalizeText } from "./status";
import { Taille, isTaille } from "./tailles";

export type InputResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly expected: string };

const accept = <T>(value: T): InputResult<T> => ({ ok: true, value });
const refuse = <T>(expected: string): InputResult<T> => ({ ok: false, expected });

/** Population (inhabitants), from a number or a French text. */
export function parsePopulation(input: unknown): InputResult<number> {
  let n: number;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return refuse(E.population.notNumber);
    n = input;
  } else if (typeof input === "string") {
    const reading = readFrenchNumber(input);
    if (reading.kind === "badGrouping") return refuse(E.population.badGrouping);
    if (reading.kind === "notNumber") return refuse(E.population.notNumber);
    n = reading.value;
  } else {
    return refuse(E.population.notNumber);
  }
  if (n <= 0) return refuse(E.population.notPositive);
  if (!Number.isInteger(n)) return refuse(E.population.notWhole);
  if (n > MAX_POPULATION) return refuse(E.population.tooLarge);
  return accept(n);
}

/** Taille 1 to 4: a number, « 3 » or « Taille 3 ». */
export function parseTaille(input: unknown): InputResult<Taille> {
  let n: number | undefined;
  if (typeof input === "number") n = input;
  else if (typeof input === "string") {
    const reading = readFrenchNumber(input.trim().replace(/^taille\s*/i, ""));
    n = reading.kind === "number" ? reading.value : undefined;
  }
  return n !== undefined && isTaille(n) ? accept(n) : refuse(E.taille);
}

/** The rule for a number without a % sign: a fraction up to 1, percent points above. */
function rateFromPlainNumber(n: number): number {
  return n <= 1 ? n : n / 100;
}

/** Taux d'atteinte as a fraction 0–1, from a number or a text with or without %. */
export function parseTaux(input: unknown): InputResult<number> {
  let rate: number;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return refuse(E.taux.notNumber);
    rate = rateFromPlainNumber(input);
  } else if (typeof input === "string") {
    const percent = /^(.*?)\s*%$/.exec(input.trim());
    const reading = readFrenchNumber(percent ? percent[1] : input);
    if (reading.kind !== "number") return refuse(E.taux.notNumber);
    rate = percent ? reading.value / 100 : rateFromPlainNumber(reading.value);
  } else {
    return refuse(E.taux.notNumber);
  }
  return rate >= 0 && rate <= 1 ? accept(rate === 0 ? 0 : rate) : refuse(E.taux.outOfRange);
}

/**
 * A date as an Excel serial: text dd/mm/yyyy or yyyy-mm-dd, or, when `serials` (Excel hands dates
 * over as numbers), a serial whose time of day is dropped.
 */
export function parseDate(input: unknown, options: { serials: boolean }): InputResult<number> {
  const expected = options.serials ? E.date.textOrSerial : E.date.text;
  if (typeof input === "number" && options.serials) {
    if (!Number.isFinite(input)) return refuse(expected);
    return isValidSerial(input) ? accept(Math.floor(input)) : refuse(E.date.outOfRange);
  }
  if (typeof input !== "string") return refuse(expected);
  const serial = parseDateText(input);
  return serial !== undefined ? accept(serial) : refuse(expected);
}

/** What a mission argument names: fonctionnement, a mission, or accès aux soins' volet supplémentaire SNP. */
export type FundedTarget = FundedItem | "snp";

/** Case-, accent- and punctuation-insensitive key: "Accès aux soins" → "acces aux soins". */
export function lookupKey(text: string): string {
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

/** The keys users type, for messages. */
const TARGET_KEYS = orList(["fonctionnement", "acces", "snp", ...MISSIONS.map((m) => m.key).filter((k) => k !== "acces")]);
const MISSION_LIST_KEYS = ["acces", "snp", ...MISSIONS.map((m) => m.key).filter((k) => k !== "acces")].join(", ");

/** French label of a target, for messages. */
export function targetLabel(target: FundedTarget): string {
  if (target === "fonctionnement") return "Fonctionnement général";
  if (target === "snp") return "Volet supplémentaire SNP";
  return mission(target).shortLabel;
}

/** One mission key or label. */
export function parseFundedTarget(input: unknown): InputResult<FundedTarget> {
  const target = typeof input === "string" ? TARGET_ALIASES.get(lookupKey(input)) : undefined;
  return target ? accept(target) : refuse(E.mission(TARGET_KEYS));
}

/** A refused part of a mission list, to name what was received. */
export type MissionListResult = { ok: true; value: { missions: MissionKey[]; snp: boolean } } | { ok: false; expected: string; part: string | null };

/**
 * Missions from texts (cells of a range, or one text): each text lists keys or labels separated by
 * commas or semicolons; blank parts are skipped; « snp » retains accès aux soins' volet
 * supplémentaire; « fonctionnement » is always counted, so naming it changes nothing. Keys keep the
 * order of their first mention.
 */
export function parseMissionList(texts: readonly string[]): MissionListResult {
  const missions: MissionKey[] = [];
  let snp = false;
  for (const text of texts) {
    for (const part of text.split(/[,;]/)) {
      if (part.trim() === "") continue;
      const target = TARGET_ALIASES.get(lookupKey(part));
      if (!target) return { ok: false, expected: E.missions(MISSION_LIST_KEYS), part: part.trim() };
      if (target === "snp") snp = true;
      else if (target !== "fonctionnement" && !missions.includes(target)) missions.push(target);
    }
  }
  if (snp && !missions.includes("acces")) return { ok: false, expected: E.snpWithoutAcces, part: null };
  return { ok: true, value: { missions, snp } };
}

/** Grid version by id (« ACI 2019 »), or its year alone (« 2019 », 2019). */
export function parseGridVersion(input: unknown): InputResult<AciGridVersion> {
  const text = typeof input === "number" && Number.isInteger(input) ? String(input) : input;
  const found = typeof text === "string" && text.trim() !== "" ? (findGridVersion(text) ?? findGridVersion(`ACI ${text.trim()}`)) : undefined;
  return found ? accept(found) : refuse(E.version(orList(GRID_VERSIONS.map((v) => v.id))));
}
