/**
 * `npm run classeur`: writes the CPTS workbook as an .xlsx file from the same sheet plans as the
 * add-in, for consultants preparing files in batch and machines without Excel.
 * Exit codes: 0 written, 1 could not write, 2 bad options (nothing written).
 */
import { existsSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { annualFunding, findGridVersion, formatEuros, mission, tailleFromPopulation } from "../domain";
import { runDepuis } from "./depuis";
import { runLot } from "./lot";
import { CLASSEUR_MESSAGES as M } from "./messages";
import { ClasseurOptions, parseClasseurArgs } from "./parseArgs";

export interface ClasseurIO {
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
  /** A line the next one replaces (the --lot progress bar); given only when stdout is a terminal. */
  status?: (line: string) => void;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** The lines that tell what was written, with the annual ACI computed by the domain (the value CPTS_TotalACI shows). */
function summary(options: ClasseurOptions, file: string): string[] {
  const { choices } = options;
  const version = findGridVersion(choices.versionId)!;
  const taille = choices.tailleOverride ?? tailleFromPopulation(choices.population!)!;
  const funding = annualFunding(version, taille, { missions: choices.missions, snp: choices.snp }, choices.taux);
  const labels = choices.missions.map((k) => mission(k).shortLabel).join(", ") + (choices.snp ? " + volet supplémentaire SNP" : "");
  const lines = [
    M.written(file),
    M.tailleSummary(taille, choices.population, choices.tailleOverride !== null),
    M.missionsRetained(labels),
    M.totalAci(formatEuros(funding.total), `${Math.round(choices.taux * 1000) / 10} %`.replace(".", ",")),
  ];
  if (funding.unfunded.length > 0) lines.push(M.unfunded(funding.unfunded.map((k) => mission(k).shortLabel).join(", "), version.id));
  return lines;
}

export async function runClasseur(argv: readonly string[], io: ClasseurIO): Promise<number> {
  // --lot: one workbook per line of a CSV file (lot.ts), with its own options.
  if (argv.some((a) => a === "--lot" || a.startsWith("--lot="))) return runLot(argv, io);
  // --depuis: regenerates a client's workbook from its file (depuis.ts), keeping what they typed.
  if (argv.some((a) => a === "--depuis" || a.startsWith("--depuis="))) return runDepuis(argv, io);
  const command = parseClasseurArgs(argv);
  if (command.kind === "help") {
    io.out(M.usage);
    return EXIT.ok;
  }
  if (command.kind === "error") {
    io.err(command.message);
    io.err(M.seeHelp);
    return EXIT.usage;
  }
  const { options } = command;
  const file = path.resolve(io.cwd, options.out);
  const dir = path.dirname(file);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    io.err(M.outDirMissing(dir));
    return EXIT.usage;
  }
  if (existsSync(file) && !options.force) {
    io.err(M.exists(file));
    return EXIT.usage;
  }
  // Loaded only once the options are good: a refusal answers without loading the planners and ExcelJS.
  const [{ planWorkbook }, { writeWorkbookBuffer }] = await Promise.all([import("../sheets/workbook"), import("../xlsx/writeWorkbook")]);
  const { buffer, skippedCharts } = await writeWorkbookBuffer(planWorkbook(options.choices));
  try {
    // "wx" refuses a file created since the check above, unless --force.
    writeFileSync(file, buffer, { flag: options.force ? "w" : "wx" });
  } catch (error) {
    io.err(M.writeFailed(file, (error as Error).message));
    return EXIT.failed;
  }
  for (const line of summary(options, file)) io.out(line);
  for (const { sheet, chart } of skippedCharts) io.out(M.chartSkipped(chart.title, sheet));
  return EXIT.ok;
}
