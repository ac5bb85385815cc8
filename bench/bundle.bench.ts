/**
 * Size of what the task pane page downloads from the add-in's host: every production JavaScript
 * file of dist/ (taskpane.js and functions.js, both loaded by the shared-runtime page), raw and
 * gzip, per file and in total, then the packages each file carries (read from webpack's source
 * maps) with the bytes of minified code that come from each. office.js comes from Microsoft's CDN
 * and is not counted.
 *
 * Budget: ≤ 151 300 B gzip in total, 0.9 × Microsoft's React task pane template, whose production
 * build measures 168 058 B (issue 9). It was 134 000 B (0.8 ×) until issues 10 and 11: their three
 * sheets, the Versements receipts and CPTS.ATTEINTE grew the planners the pane bundles to write the
 * workbook, and the pane gained its Indicateurs and Suivi sections — measured in test/build.test.ts. The pane runs on react-dom, which Fluent UI v9 supports, so
 * the report says whether react-dom is in the bundle and that preact is not (the build also fails
 * on preact: FORBIDDEN_IN_BUNDLE in webpack.config.js). Builds dist/ first, as the tests do.
 */
import * as fs from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import { PRODUCTION_BUILD, buildForTests, builtOutput } from "../test/support/build";

export const GZIP_BUDGET_BYTES = 151_300;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

const gzipSize = (content: Buffer | string) => gzipSync(content, { level: 9 }).length;

export function measure(dist: string): FileSize[] {
  return fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .sort()
    .map((file) => {
      const content = fs.readFileSync(path.join(dist, file));
      return { file, raw: content.length, gzip: gzipSize(content) };
    });
}

/** "react-dom", "@fluentui/react-select", or "(projet)" for our own sources and webpack's runtime. */
export function packageOf(source: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source.replace(/\\/g, "/"));
  return match ? match[1] : "(projet)";
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The numbers of one source-map segment (base64 VLQ, https://tc39.es/ecma426/#sec-mappings). */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * The minified code of `file`, split by the package its source map attributes each stretch to:
 * a segment's code runs to the next segment of the line. Code no segment maps (webpack's glue) is
 * counted under "(projet)".
 */
export function codeByPackage(dist: string, file: string): Map<string, string> {
  const code = fs.readFileSync(path.join(dist, file), "utf8").split("\n");
  const map = JSON.parse(fs.readFileSync(path.join(dist, `${file}.map`), "utf8")) as { sources: string[]; mappings: string };
  const parts = new Map<string, string[]>();
  const add = (pkg: string, text: string) => {
    if (!parts.has(pkg)) parts.set(pkg, []);
    parts.get(pkg)!.push(text);
  };
  let sourceIndex = 0;
  map.mappings.split(";").forEach((line, lineNumber) => {
    const text = code[lineNumber] ?? "";
    let column = 0;
    let pkg = "(projet)";
    let previous = 0;
    for (const segment of line.split(",").filter(Boolean)) {
      const [columnDelta, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      add(pkg, text.slice(previous, column));
      previous = column;
      if (sourceDelta === undefined) {
        pkg = "(projet)";
      } else {
        sourceIndex += sourceDelta;
        pkg = packageOf(map.sources[sourceIndex]);
      }
    }
    add(pkg, text.slice(previous));
  });
  return new Map([...parts].map(([pkg, texts]) => [pkg, texts.join("")]));
}

const n = (value: number) => value.toLocaleString("fr-FR").padStart(10);

export async function run(): Promise<void> {
  // The tests' production build (webpack's filesystem cache makes an unchanged rebuild quick).
  await buildForTests(PRODUCTION_BUILD);
  const dist = await builtOutput(PRODUCTION_BUILD);
  const sizes = measure(dist);
  const total = sizes.reduce((t, s) => ({ file: "total", raw: t.raw + s.raw, gzip: t.gzip + s.gzip }), { file: "total", raw: 0, gzip: 0 });
  console.log(`${"fichier".padEnd(16)}${"brut (o)".padStart(10)}${"gzip (o)".padStart(10)}`);
  for (const s of [...sizes, total]) console.log(`${s.file.padEnd(16)}${n(s.raw)}${n(s.gzip)}`);

  const packages = new Map<string, string>();
  for (const { file } of sizes) {
    if (!fs.existsSync(path.join(dist, `${file}.map`))) continue;
    for (const [pkg, text] of codeByPackage(dist, file)) packages.set(pkg, (packages.get(pkg) ?? "") + text);
  }
  // A package's gzip alone is more than its share of the whole (no shared dictionary): an upper bound.
  console.log(`\n${"paquet".padEnd(40)}${"brut (o)".padStart(10)}${"gzip seul".padStart(10)}`);
  for (const [pkg, text] of [...packages].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${pkg.padEnd(40)}${n(Buffer.byteLength(text))}${n(gzipSize(text))}`);
  }

  const present = (pkg: string) => (packages.has(pkg) ? "présent" : "absent");
  console.log(`\nreact-dom : ${present("react-dom")} ; preact : ${present("preact")}.`);
  const verdict = total.gzip <= GZIP_BUDGET_BYTES ? "budget tenu" : "budget DÉPASSÉ";
  console.log(`Budget : ≤ ${n(GZIP_BUDGET_BYTES).trim()} o gzip au total — ${verdict} (${n(total.gzip).trim()} o).`);
}
