/**
 * One CSV line to the workbook's choices, through the single-file command itself: the line's values
 * become `--population=…` options read by parseClasseurArgs, so a value means in a batch exactly
 * what it means after an option (same domain parsers, same defaults, same checks such as SNP without
 * accès aux soins). Its refusals name the option; here they name the column, which has the same name.
 */
import { optionMessage } from "../domain";
import { LotColumn, LotColumns } from "./lotColumns";
import { LOT_MESSAGES as M } from "./lotMessages";
import { ClasseurOptions, parseClasseurArgs } from "./parseArgs";

export type LineReading = { ok: true; options: ClasseurOptions } | { ok: false; message: string };

/** The value of a column on a line, trimmed; "" when the column is absent or the line is short. */
export function cell(values: readonly string[], columns: LotColumns, column: LotColumn): string {
  const index = columns[column];
  return index === undefined ? "" : (values[index] ?? "").trim();
}

const YES = new Set(["oui", "o", "vrai", "true", "1", "x", "yes"]);
const NO = new Set(["non", "n", "faux", "false", "0", ""]);

/** « --population : il faut … » → « population : il faut … »: the columns bear the options' names. */
const asColumns = (message: string): string => message.replace(/--(nom|population|taille|signature|missions|snp|taux|version)\b/g, "$1");

/**
 * The line's choices, or the first thing wrong with it as a French sentence without the line
 * number (the caller adds it). `file` is the .xlsx name the line will be written to.
 */
export function readLine(values: readonly string[], columns: LotColumns, header: readonly string[], separator: string, file: string): LineReading {
  // Extra values that are not empty mean a separator inside an unquoted value: reading on would shift every column.
  const extra = values.slice(header.length);
  if (extra.some((v) => v.trim() !== "")) return { ok: false, message: M.tooManyValues(values.length, header.length, separator) };
  const missing = (["nom", "signature", "missions"] as const).filter((c) => cell(values, columns, c) === "");
  if (missing.length > 0) return { ok: false, message: M.missingValues(missing.join(", ")) };
  if (cell(values, columns, "population") === "" && cell(values, columns, "taille") === "") return { ok: false, message: M.populationOrTaille };

  // An optional value left empty is the option left out: the command's default applies.
  const argv: string[] = [];
  for (const column of ["nom", "population", "taille", "signature", "missions", "taux", "version"] as const) {
    const value = cell(values, columns, column);
    // --option=value: a value starting with « - » is a value, not an option.
    if (value !== "") argv.push(`--${column}=${value}`);
  }
  const snp = cell(values, columns, "snp");
  const snpKey = snp.toLowerCase();
  if (!YES.has(snpKey) && !NO.has(snpKey)) return { ok: false, message: optionMessage("snp", M.snpExpected, snp) };
  if (YES.has(snpKey)) argv.push("--snp");
  argv.push(`--out=${file}`);

  const command = parseClasseurArgs(argv);
  if (command.kind === "run") return { ok: true, options: command.options };
  // "help" cannot come from values passed as --option=value; say it plainly if it ever does.
  return { ok: false, message: command.kind === "error" ? asColumns(command.message) : M.unreadableLine("aide demandée") };
}
