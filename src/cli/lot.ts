/**
 * `npm run classeur -- --lot clients.csv --dossier sortie/`: one workbook per CSV line. A bad line is
 * reported with its line number and the others are still written; a file that cannot be a batch
 * (unreadable, no header, a required column missing) is refused before anything is written.
 * Exit codes, as the single-file command's: 0 every line written, 1 at least one line failed,
 * 2 bad options or a CSV refused as a whole (nothing written).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CsvRow, readCsv } from "./csvTable";
import { CLASSEUR_MESSAGES as C } from "./messages";
import { readHeader } from "./lotColumns";
import { parseLotArgs } from "./lotArgs";
import { fileNamesFor } from "./lotFileNames";
import { cell, readLine } from "./lotLine";
import { LOT_MESSAGES as M } from "./lotMessages";

export interface LotIO {
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
  /**
   * Shows a line that the next call replaces (a progress bar), and "" clears it. Given only when
   * stdout is a terminal: otherwise (a log, a pipe) each workbook gets its own plain line.
   */
  status?: (line: string) => void;
}

/** The single-file command's codes (classeur.ts EXIT), which this command shares. */
const LOT_EXIT = { ok: 0, failed: 1, usage: 2 } as const;

type Work = { kind: "row"; row: CsvRow; file: string } | { kind: "problem"; line: number; message: string };

/** The CSV's lines in file order: rows to write, and lines csv-parse could not split. */
function workList(rows: readonly CsvRow[], problems: ReturnType<typeof readCsv>["problems"], files: readonly string[]): Work[] {
  const work: Work[] = rows.map((row, i) => ({ kind: "row", row, file: files[i] }));
  for (const p of problems) work.push({ kind: "problem", line: p.line, message: p.kind === "quoteNotClosed" ? M.quoteNotClosed : M.unreadableLine(p.detail) });
  return work.sort((a, b) => (a.kind === "row" ? a.row.line : a.line) - (b.kind === "row" ? b.row.line : b.line));
}

export async function runLot(argv: readonly string[], io: LotIO): Promise<number> {
  const command = parseLotArgs(argv);
  if (command.kind === "help") {
    io.out(C.usage);
    return LOT_EXIT.ok;
  }
  if (command.kind === "error") {
    io.err(command.message);
    io.err(C.seeHelp);
    return LOT_EXIT.usage;
  }
  const { options } = command;
  const csvFile = path.resolve(io.cwd, options.lot);
  const dir = path.resolve(io.cwd, options.dossier);
  if (!existsSync(csvFile)) {
    io.err(M.csvMissing(csvFile));
    return LOT_EXIT.usage;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(csvFile);
  } catch (error) {
    io.err(M.csvUnreadable(csvFile, (error as Error).message));
    return LOT_EXIT.usage;
  }
  const table = readCsv(bytes);
  if (table.header.every((h) => h.trim() === "")) {
    io.err(M.csvEmpty(csvFile));
    return LOT_EXIT.usage;
  }
  const header = readHeader(table.header, csvFile);
  if (!header.ok) {
    io.err(header.message);
    return LOT_EXIT.usage;
  }
  // Lines Excel leaves with separators only (;;;;) are not clients.
  const rows = table.rows.filter((r) => r.values.some((v) => v.trim() !== ""));
  if (rows.length === 0 && table.problems.length === 0) {
    io.err(M.noDataLine(csvFile));
    return LOT_EXIT.usage;
  }
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    io.err(M.dossierNotFolder(dir));
    return LOT_EXIT.usage;
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    io.err(M.dossierFailed(dir, (error as Error).message));
    return LOT_EXIT.usage;
  }
  if (table.encoding === "windows-1252") io.err(M.windows1252(csvFile));
  if (header.unknown.length > 0) io.err(M.unknownColumns(header.unknown.join(", ")));

  // Names over every line, good or bad, so that a line fixed later keeps the name it would have had.
  const files = fileNamesFor(rows.map((r) => cell(r.values, header.columns, "nom")));
  const work = workList(rows, table.problems, files);
  // Loaded once the file is accepted: a refusal answers without loading the planners and ExcelJS.
  const [{ planWorkbook }, { writeWorkbookBuffer }] = await Promise.all([import("../sheets/workbook"), import("../xlsx/writeWorkbook")]);

  let written = 0;
  const failedLines: number[] = [];
  const skippedCharts = new Map<string, string>();
  const fail = (line: number, nom: string | null, message: string) => {
    io.status?.("");
    io.err(M.line(line, nom, message));
    failedLines.push(line);
  };
  for (const [index, item] of work.entries()) {
    if (item.kind === "problem") {
      fail(item.line, null, item.message);
      continue;
    }
    const { row, file: name } = item;
    // On one line in messages and the progress bar, whatever line breaks the quoted value holds.
    const nom = cell(row.values, header.columns, "nom").replace(/\s+/g, " ") || null;
    io.status?.(M.progress(index, work.length, nom ?? ""));
    const reading = readLine(row.values, header.columns, table.header, table.separator, name);
    if (!reading.ok) {
      fail(row.line, nom, reading.message);
      continue;
    }
    const file = path.join(dir, name);
    if (existsSync(file) && !options.force) {
      fail(row.line, nom, M.exists(file));
      continue;
    }
    try {
      const result = await writeWorkbookBuffer(planWorkbook(reading.options.choices));
      // "wx" refuses a file created since the check above, unless --force.
      writeFileSync(file, result.buffer, { flag: options.force ? "w" : "wx" });
      for (const { sheet, chart } of result.skippedCharts) skippedCharts.set(`${sheet}\0${chart.title}`, C.chartSkipped(chart.title, sheet));
    } catch (error) {
      // One line that cannot be written (disk full, a name the file system refuses) does not stop the others.
      fail(row.line, nom, M.writeFailed(file, (error as Error).message));
      continue;
    }
    written++;
    if (io.status) io.status(M.progress(index + 1, work.length, nom ?? ""));
    else io.out(M.written(row.line, file, index + 1, work.length));
  }
  io.status?.("");
  // Every workbook lacks the same charts: said once for the batch.
  for (const line of skippedCharts.values()) io.out(line);
  io.out(M.summary(written, dir, failedLines));
  return failedLines.length > 0 ? LOT_EXIT.failed : LOT_EXIT.ok;
}
