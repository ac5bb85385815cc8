/**
 * The `classeur` command's options, parsed and checked without touching the disk: the command
 * either gets complete WorkbookChoices or one French message naming what was expected.
 */
import { parseArgs } from "node:util";
import {
  DEFAULT_GRID_VERSION,
  DEFAULT_MISSIONS,
  InputResult,
  MissionKey,
  optionMessage,
  parseDate,
  parseGridVersion,
  parseMissionList,
  parsePopulation,
  parseTaille,
  parseTaux,
} from "../domain";
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

/**
 * An option's value through the domain's shared parser (the task pane and CPTS.* read the same
 * spellings the same way); a refusal names the option, what was expected and what was received.
 */
function option<T>(name: string, text: string, result: InputResult<T>): T {
  if (!result.ok) fail(optionMessage(name, result.expected, text));
  return result.value;
}

/** Keys or French labels, comma-separated; "snp" among them retains the volet supplémentaire. */
function parseMissions(text: string): { missions: MissionKey[]; snp: boolean } {
  const result = parseMissionList([text]);
  if (!result.ok) fail(result.part === null ? M.snpWithoutAcces : M.missions(result.part));
  if (result.value.missions.length === 0) fail(M.missionsEmpty);
  return result.value;
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
    const population = values.population === undefined ? null : option("--population", values.population, parsePopulation(values.population));
    const tailleOverride = values.taille === undefined ? null : option("--taille", values.taille, parseTaille(values.taille));
    if (values.signature === undefined) fail(M.signatureMissing);
    const signature = option("--signature", values.signature, parseDate(values.signature, { serials: false }));
    const { missions, snp: snpInList } = values.missions === undefined ? { missions: [...DEFAULT_MISSIONS], snp: false } : parseMissions(values.missions);
    const snp = snpInList || values.snp === true;
    if (snp && !missions.includes("acces")) fail(M.snpWithoutAcces);
    const taux = values.taux === undefined ? 1 : option("--taux", values.taux, parseTaux(values.taux));
    const versionId = values.version === undefined ? DEFAULT_GRID_VERSION.id : option("--version", values.version, parseGridVersion(values.version)).id;
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
