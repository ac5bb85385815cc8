/**
 * The `classeur` command's options, parsed and checked without touching the disk: the command
 * either gets complete WorkbookChoices or one French message naming what was expected.
 */
import { parseArgs } from "node:util";
import { DEFAULT_GRID_VERSION, DEFAULT_MISSIONS, GRID_VERSIONS, MissionKey, Taille, isTaille, parseDateText } from "../domain";
import { parsePopulation, parseTarget, parseTaux, parseVersion } from "../functions/args";
import { isFunctionError } from "../functions/result";
import type { WorkbookChoices } from "../sheets/plan";
import { CLASSEUR_MESSAGES as M } from "./messages";

export interface ClasseurOptions {
  choices: WorkbookChoices;
  /** The .xlsx path as given (relative to the working directory). */
  out: string;
  force: boolean;
}

export type ClasseurCommand = { kind: "help" } | { kind: "run"; options: ClasseurOptions } | { kind: "error"; message: string };

const OPTIONS = {
  population: { type: "string" },
  taille: { type: "string" },
  signature: { type: "string" },
  missions: { type: "string" },
  snp: { type: "boolean" },
  taux: { type: "string" },
  nom: { type: "string" },
  version: { type: "string" },
  out: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const DEFAULT_NOM = "CPTS";

class OptionError extends Error {}

function fail(message: string): never {
  throw new OptionError(message);
}

/** node's parseArgs errors are English: say the same in French, naming the option at fault. */
function frenchParseError(error: Error & { code?: string }, argv: readonly string[]): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return M.unknownOption(quoted || argv.find((a) => a.startsWith("-")) || "?");
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const option = /--[a-z]+/.exec(error.message)?.[0] ?? quoted;
      if (/does not take an argument/.test(error.message)) return M.noValueExpected(option);
      if (/ambiguous/.test(error.message)) return M.dashValue(option);
      return M.missingValue(option);
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return M.unexpectedArgument(quoted);
    default:
      return M.badOptions(error.message);
  }
}

function parsePopulationOption(text: string): number {
  const parsed = parsePopulation(text);
  if (isFunctionError(parsed) || !Number.isInteger(parsed.value)) fail(M.population(text));
  return parsed.value;
}

function parseTailleOption(text: string): Taille {
  const n = Number(text.trim());
  if (text.trim() === "" || !isTaille(n)) fail(M.taille(text));
  return n;
}

/** Keys or French labels, comma-separated; "snp" among them retains the volet supplémentaire. */
function parseMissions(text: string): { missions: MissionKey[]; snp: boolean } {
  const missions: MissionKey[] = [];
  let snp = false;
  for (const part of text.split(",")) {
    if (part.trim() === "") continue;
    const target = parseTarget(part);
    if (isFunctionError(target) || target.value === "fonctionnement") fail(M.missions(part.trim()));
    if (target.value === "snp") snp = true;
    else if (!missions.includes(target.value)) missions.push(target.value);
  }
  if (missions.length === 0) fail(M.missionsEmpty);
  return { missions, snp };
}

function parseTauxOption(text: string): number {
  // "80%" and "80 %" are percentages; "0.8" and "0,8" fractions.
  const parsed = parseTaux(text);
  if (isFunctionError(parsed) || text.trim() === "") fail(M.taux(text));
  return parsed.value;
}

function parseVersionOption(text: string): string {
  const parsed = parseVersion(text);
  if (isFunctionError(parsed) || text.trim() === "") fail(M.version(GRID_VERSIONS.map((v) => v.id).join(" ou "), text));
  return parsed.value.id;
}

export function parseClasseurArgs(argv: readonly string[]): ClasseurCommand {
  let values: { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]["type"] extends "string" ? string : boolean };
  try {
    values = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return { kind: "error", message: frenchParseError(error as Error & { code?: string }, argv) };
  }
  if (values.help) return { kind: "help" };
  // parseArgs keeps the last of a repeated option silently; a repeated option is more likely a typo.
  for (const name of Object.keys(OPTIONS)) {
    const option = `--${name}`;
    if (argv.filter((a) => a === option || a.startsWith(`${option}=`)).length > 1) return { kind: "error", message: M.repeated(option) };
  }
  try {
    if (values.population === undefined && values.taille === undefined) fail(M.populationOrTaille);
    const population = values.population === undefined ? null : parsePopulationOption(values.population);
    const tailleOverride = values.taille === undefined ? null : parseTailleOption(values.taille);
    if (values.signature === undefined) fail(M.signatureMissing);
    const signature = parseDateText(values.signature);
    if (signature === undefined) fail(M.signature(values.signature));
    const { missions, snp: snpInList } = values.missions === undefined ? { missions: [...DEFAULT_MISSIONS], snp: false } : parseMissions(values.missions);
    const snp = snpInList || values.snp === true;
    if (snp && !missions.includes("acces")) fail(M.snpWithoutAcces);
    const taux = values.taux === undefined ? 1 : parseTauxOption(values.taux);
    const versionId = values.version === undefined ? DEFAULT_GRID_VERSION.id : parseVersionOption(values.version);
    const nom = values.nom === undefined ? DEFAULT_NOM : values.nom.trim();
    if (nom === "") fail(M.nom);
    if (values.out === undefined) fail(M.outMissing);
    if (!/\.xlsx$/i.test(values.out.trim()) || /^\.xlsx$/i.test(values.out.trim().split(/[\\/]/).pop() ?? "")) fail(M.out(values.out));
    return {
      kind: "run",
      options: {
        choices: { nom, population, tailleOverride, signature, versionId, taux, missions, snp, dateReference: null },
        out: values.out.trim(),
        force: values.force === true,
      },
    };
  } catch (error) {
    if (error instanceof OptionError) return { kind: "error", message: error.message };
    throw error;
  }
}
