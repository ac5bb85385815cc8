/**
 * A CSV file as Excel saves it, read into a header and numbered rows: the bytes decoded (UTF-8 with
 * or without BOM; Windows-1252 when they are not UTF-8), the separator found on the header line
 * (`;` or `,`), fields split by csv-parse (quoted fields, doubled quotes, line breaks inside quotes,
 * LF or CRLF). Reading never throws: what cannot be read is a numbered problem beside the rows.
 */
import { parse } from "csv-parse/sync";

export interface CsvRow {
  /** Line of the file where the row starts (1 = the header), as a text editor numbers it. */
  line: number;
  values: string[];
}

export interface CsvTable {
  separator: ";" | ",";
  /** "windows-1252" when the bytes were not UTF-8 (the caller says so: accents may be wrong). */
  encoding: "utf-8" | "utf-16" | "windows-1252";
  header: string[];
  rows: CsvRow[];
  /** Lines that could not be split into fields, e.g. a quote never closed. */
  problems: { line: number; kind: "quoteNotClosed" | "unreadable"; detail: string }[];
}

/**
 * Windows-1252's 0x80–0x9F (the rest is Latin-1). Node's TextDecoder("windows-1252") decodes these
 * bytes as C1 controls (Latin-1), so « € » and « œ » would be lost: mapped here. Undefined bytes
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are. https://www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT
 */
const CP1252_HIGH = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ";

/**
 * Excel's « CSV UTF-8 » writes a BOM; its plain « CSV (séparateur : point-virgule) » writes the
 * Windows code page of the machine, Windows-1252 on a French Windows
 * (https://donatstudios.com/CSV-An-Encoding-Nightmare). Bytes that are not valid UTF-8 are read as
 * Windows-1252: a French CSV is then read with its accents instead of U+FFFD marks.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvTable["encoding"] } {
  // Excel's « Texte Unicode » is UTF-16 LE with a BOM (and tabs): read as such, its header then says what is wrong.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16" };
  try {
    // ignoreBOM: false (the default) drops a leading UTF-8 BOM.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    let text = "";
    for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    return { text, encoding: "windows-1252" };
  }
}

/** The header line's separator: the more frequent of `;` and `,` outside quotes; `;` (French Excel's) on a tie. */
export function detectSeparator(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\n") break;
    else if (!quoted && ch === ";") semicolons++;
    else if (!quoted && ch === ",") commas++;
  }
  return commas > semicolons ? "," : ";";
}

const newlines = (value: string): number => value.split("\n").length - 1;

export function readCsv(bytes: Uint8Array): CsvTable {
  const { text: decoded, encoding } = decodeCsvBytes(bytes);
  // One line ending for csv-parse and for the line numbers; a CRLF inside a quoted value becomes LF too.
  const text = decoded.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const separator = detectSeparator(text);
  const records: CsvRow[] = [];
  const problems: CsvTable["problems"] = [];
  let lastLine = 0;
  const lines = text.split("\n");
  /** A record csv-parse could not read starts on the first non-blank line after the last one read. */
  const problem = (error: Error & { code?: string; lines?: number }) => {
    let start = lastLine + 1;
    while (start < lines.length && lines[start - 1].trim() === "") start++;
    problems.push({ line: start, kind: error.code === "CSV_QUOTE_NOT_CLOSED" ? "quoteNotClosed" : "unreadable", detail: error.message });
    if (typeof error.lines === "number") lastLine = Math.max(lastLine, error.lines);
  };
  try {
    parse(text, {
      delimiter: separator,
      record_delimiter: "\n",
      // A line with more or fewer values than the header is the caller's to report, with its number.
      relax_column_count: true,
      // A quote inside an unquoted value (CPTS "Nord") is kept as typed.
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      // Also where a quote is never closed (it swallows the rest of the file): the rows before it are kept.
      on_skip: (error) => {
        if (error) problem(error);
        return undefined;
      },
      on_record: (record, context) => {
        // context.lines is the line the record ends on; line breaks inside quoted values push it down.
        const end = context.lines;
        records.push({ line: end - record.reduce((n, v) => n + newlines(v), 0), values: record });
        lastLine = end;
        return record;
      },
    });
  } catch (error) {
    // skip_records_with_error reports through on_skip; anything csv-parse still throws ends the reading here.
    problem(error as Error & { code?: string; lines?: number });
  }
  const [headerRow, ...rows] = records;
  return { separator, encoding, header: headerRow ? headerRow.values : [], rows, problems };
}
