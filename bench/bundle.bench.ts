/**
 * Size of what the task pane page downloads from the add-in's host: every production JavaScript
 * file of dist/ (taskpane.js and functions.js, both loaded by the shared-runtime page), raw and
 * gzip, per file and in total. office.js comes from Microsoft's CDN and is not counted.
 * Goal: ≤ 110 000 bytes gzip in total. Builds dist/ first when it is missing or stale.
 */
import * as fs from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import { ensureProductionBuild } from "../test/support/build";

export const GZIP_GOAL_BYTES = 110_000;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export function measure(dist: string): FileSize[] {
  return fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .sort()
    .map((file) => {
      const content = fs.readFileSync(path.join(dist, file));
      return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
    });
}

const n = (value: number) => value.toLocaleString("fr-FR").padStart(10);

export async function run(): Promise<void> {
  const dist = await ensureProductionBuild();
  const sizes = measure(dist);
  const total = sizes.reduce((t, s) => ({ file: "total", raw: t.raw + s.raw, gzip: t.gzip + s.gzip }), { file: "total", raw: 0, gzip: 0 });
  console.log(`${"fichier".padEnd(16)}${"brut (o)".padStart(10)}${"gzip (o)".padStart(10)}`);
  for (const s of [...sizes, total]) console.log(`${s.file.padEnd(16)}${n(s.raw)}${n(s.gzip)}`);
  const verdict = total.gzip <= GZIP_GOAL_BYTES ? "objectif tenu" : "objectif DÉPASSÉ";
  console.log(`Objectif : ≤ ${n(GZIP_GOAL_BYTES).trim()} o gzip au total — ${verdict} (${n(total.gzip).trim()} o).`);
}
