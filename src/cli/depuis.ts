/**
 * `classeur --depuis client.xlsx [changes] --out client-2027.xlsx`: regenerates a client's workbook
 * from its file, like « Générer le classeur » in the add-in. Our sheets are found by their A1 marker
 * whatever their names, the choices are read back from Paramètres, the changes given on the command
 * line are applied through the same options and parsers as a new workbook (parseClasseurArgs), the
 * user's cells and rows are carried by the add-in's own pure carry-over (src/sheets/carryOver/), and
 * the client's other sheets are left as they are. Always a new file: never the input, never an
 * existing file without --force. Every refusal is a French sentence and writes nothing.
 */
import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dateFromSerial } from "../domain";
import { COMMON_LABELS } from "../sheets/labels";
import type { WorkbookChoices } from "../sheets/plan";
import type { ClasseurIO } from "./classeur";
import { DEPUIS_MESSAGES as D } from "./depuisMessages";
import { CLASSEUR_MESSAGES as M } from "./messages";
import { parseClasseurArgs } from "./parseArgs";

const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** The --depuis value and the other arguments (the changes). */
function splitDepuis(argv: readonly string[]): { depuis: string | undefined; rest: string[]; repeated: boolean } {
  const rest: string[] = [];
  const found: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--depuis") {
      const next = argv[i + 1];
      found.push(next !== undefined && !next.startsWith("--") ? next : "");
      if (next !== undefined && !next.startsWith("--")) i++;
    } else if (arg.startsWith("--depuis=")) found.push(arg.slice("--depuis=".length));
    else rest.push(arg);
  }
  return { depuis: found[0]?.trim() || undefined, rest, repeated: found.length > 1 };
}

const given = (argv: readonly string[], option: string): boolean => argv.some((a) => a === option || a.startsWith(`${option}=`));

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/**
 * The stored choices spelled as the command's options, for those the user did not give: the
 * command's parser then reads the stored values and the changes alike (one parser, one set of checks).
 */
export function storedAsArgs(stored: WorkbookChoices, changes: readonly string[]): string[] {
  const args: string[] = [];
  const add = (option: string, value: string | null): void => {
    if (!given(changes, option) && value !== null) args.push(`${option}=${value}`);
  };
  add("--nom", stored.nom.trim() === "" ? null : stored.nom);
  add("--population", stored.population === null ? null : String(stored.population));
  // A taille forced in the file stays forced (as in Paramètres) unless the command gives --taille.
  add("--taille", stored.tailleOverride === null ? null : String(stored.tailleOverride));
  const { year, month, day } = dateFromSerial(stored.signature);
  add("--signature", `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
  // New missions given: SNP only if they say so (in the list or with --snp).
  if (!given(changes, "--missions")) {
    args.push(`--missions=${stored.missions.join(",")}`);
    if (stored.snp && !given(changes, "--snp")) args.push("--snp");
  }
  // In percent with a decimal comma: parseTaux reads a dot as a thousands separator.
  add("--taux", `${String(Math.round(stored.taux * 1e8) / 1e6).replace(".", ",")}%`);
  add("--version", stored.versionId);
  return args;
}

function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return existsSync(b) && realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

export async function runDepuis(argv: readonly string[], io: ClasseurIO): Promise<number> {
  const usage = (message: string): number => {
    io.err(message);
    io.err(M.seeHelp);
    return EXIT.usage;
  };
  const { depuis, rest, repeated } = splitDepuis(argv);
  if (repeated) return usage(M.repeated("--depuis"));
  if (depuis === undefined) return usage(D.depuisMissing);
  if (!/\.xlsx$/i.test(depuis)) return usage(D.notXlsxName(depuis));
  const input = path.resolve(io.cwd, depuis);
  if (!existsSync(input) || !statSync(input).isFile()) return usage(D.inputMissing(input));
  // The options alone first: a bad option answers before the file is read.
  const alone = parseClasseurArgs(rest.some((a) => a === "--help" || a === "-h") ? ["--help"] : rest);
  if (alone.kind === "help") {
    io.out(M.usage);
    return EXIT.ok;
  }
  // Population and signature may come from the file: only their absence waits for it.
  if (alone.kind === "error" && alone.message !== M.populationOrTaille && alone.message !== M.signatureMissing) return usage(alone.message);

  let buffer: Buffer;
  try {
    buffer = readFileSync(input);
  } catch (error) {
    io.err(D.inputUnreadable(input, (error as Error).message));
    return EXIT.failed;
  }
  // Loaded only once the options are good (see classeur.ts).
  const [
    { readWorkbookFile },
    { choicesFromParametres, parametresAddresses },
    { planCarryOver },
    { planWorkbook },
    { writePlanInto, lostOnOurSheets, workbookBuffer },
  ] = await Promise.all([
    import("../xlsx/readWorkbook"),
    import("../sheets/carryOver/choices"),
    import("../sheets/carryOver/planCarryOver"),
    import("../sheets/workbook"),
    import("../xlsx/writeInto"),
  ]);
  const result = await readWorkbookFile(buffer);
  if (!result.ok) {
    io.err(D.refused(input, result.message));
    return EXIT.failed;
  }
  const { read } = result;
  const parametres = read.ours.parametres;
  const stored = parametres ? choicesFromParametres(parametres.values ?? parametres.formulas, parametresAddresses(read.names, parametres.name)) : null;

  const command = parseClasseurArgs(stored ? [...storedAsArgs(stored, rest), ...rest] : rest);
  if (command.kind === "error") return usage(stored ? command.message : `${D.noStoredChoices} (${command.message})`);
  if (command.kind === "help") {
    io.out(M.usage);
    return EXIT.ok;
  }
  const { options } = command;
  // The reference date typed in Paramètres is no option of the command: it stays as the client left it.
  const choices: WorkbookChoices = { ...options.choices, dateReference: stored?.dateReference ?? null };
  const file = path.resolve(io.cwd, options.out);
  if (sameFile(input, file)) return usage(D.sameAsInput(file));
  const dir = path.dirname(file);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return usage(M.outDirMissing(dir));
  if (existsSync(file) && !options.force) return usage(M.exists(file));

  const keys = Object.keys(read.ours) as (keyof typeof read.ours)[];
  const carried = planCarryOver(read.ours, stored, keys, choices);
  const plan = planWorkbook(choices, carried.carryOver);
  const lost = lostOnOurSheets(read);
  const written = writePlanInto(read, plan);
  let data: Buffer;
  try {
    data = await workbookBuffer(read.workbook);
    writeFileSync(file, data, { flag: options.force ? "w" : "wx" });
  } catch (error) {
    io.err(M.writeFailed(file, (error as Error).message));
    return EXIT.failed;
  }

  io.out(D.read(input));
  io.out(M.written(file));
  for (const sheetPlan of plan.sheets) {
    const name = written.names[sheetPlan.key];
    const carry = carried.carryOver[sheetPlan.key];
    if (!carry) io.out(D.addedSheet(name));
    else {
      const cells = Object.values(carry.cells).reduce((n, values) => n + Object.keys(values).length, 0);
      io.out(D.keptSheet(name, sheetPlan.name, cells, carry.addedRows.length));
      // Rows whose key the new layout does not have: the planner re-emits them under a warning line.
      const planned = new Set(sheetPlan.rows.map((row) => row.key));
      const orphans = Object.entries(carry.cells).filter(([key, values]) => !planned.has(key) && Object.keys(values).length > 0).length;
      if (orphans > 0) io.out(D.orphans(name, orphans, COMMON_LABELS.orphanRows));
    }
  }
  const ourNames = new Set(Object.values(read.ours).map((s) => s.name));
  const clientSheets = read.sheets.map((s) => s.name).filter((n) => !ourNames.has(n));
  if (clientSheets.length > 0) io.out(D.clientSheets(clientSheets));
  io.out(D.formatsNote);
  if (read.notKept.length > 0) io.err(D.notKept(read.notKept));
  for (const { sheet, images, notes } of lost) io.err(D.lostOnSheet(sheet, images, notes));
  for (const { sheet, chart } of written.skippedCharts) io.out(M.chartSkipped(chart.title, sheet));
  return EXIT.ok;
}
