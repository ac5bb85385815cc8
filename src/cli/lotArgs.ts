/**
 * The options of `classeur --lot clients.csv --dossier sortie/ [--force]`, checked without touching
 * the disk. The per-workbook values come from the CSV's columns, so the single-file options are
 * refused here with a sentence saying where those values go.
 */
import { parseArgs } from "node:util";
import { CLASSEUR_MESSAGES as C } from "./messages";
import { LOT_MESSAGES as M } from "./lotMessages";

export interface LotOptions {
  /** The CSV path as given (relative to the working directory). */
  lot: string;
  dossier: string;
  force: boolean;
}

export type LotCommand = { kind: "help" } | { kind: "run"; options: LotOptions } | { kind: "error"; message: string };

const OPTIONS = {
  lot: { type: "string" },
  dossier: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const PER_LINE = new Set(["--nom", "--population", "--taille", "--signature", "--missions", "--snp", "--taux", "--version", "--out"]);

/** node's parseArgs errors are English: the same in French (codes: https://nodejs.org/api/errors.html#err_parse_args_unknown_option). */
function frenchError(error: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const option = quoted.split("=")[0];
      return M.unknownOption(option, PER_LINE.has(option));
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const option = /--[a-z]+/.exec(error.message)?.[0] ?? quoted;
      if (/does not take an argument/.test(error.message)) return C.noValueExpected(option);
      if (/ambiguous/.test(error.message)) return C.dashValue(option);
      return C.missingValue(option);
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return C.unexpectedArgument(quoted);
    default:
      return C.badOptions(error.message);
  }
}

export function parseLotArgs(argv: readonly string[]): LotCommand {
  let values: { lot?: string; dossier?: string; force?: boolean; help?: boolean };
  try {
    values = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return { kind: "error", message: frenchError(error as Error & { code?: string }) };
  }
  if (values.help) return { kind: "help" };
  for (const name of Object.keys(OPTIONS)) {
    const option = `--${name}`;
    if (argv.filter((a) => a === option || a.startsWith(`${option}=`)).length > 1) return { kind: "error", message: C.repeated(option) };
  }
  const lot = values.lot?.trim() ?? "";
  if (lot === "") return { kind: "error", message: M.lotMissing };
  if (!/\.csv$/i.test(lot)) return { kind: "error", message: M.notCsv(lot) };
  const dossier = values.dossier?.trim() ?? "";
  if (dossier === "") return { kind: "error", message: M.dossierMissing };
  return { kind: "run", options: { lot, dossier, force: values.force === true } };
}
