/** The project's ESLint configuration applied to fixtures, through ESLint's Node API in a child Node (eslintApi.mjs). */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");

export interface Finding {
  ruleId: string | null;
  message: string;
  line: number;
}

export interface LintRequest {
  /** Relative to the repository. */
  file: string;
  /** Lint the file's text as if it lived at this path (relative to the repository). */
  as?: string;
}

export interface Answer {
  /** The findings for each file, in order. */
  lint: Finding[][];
  /** The rules ESLint applies to a file at the path `configFor`. */
  rules?: Record<string, unknown>;
}

/** One child Node for all of a test file's questions (loading the configuration takes seconds). */
export function ask(request: { lint?: LintRequest[]; configFor?: string }): Answer {
  const run = spawnSync(process.execPath, [path.join(__dirname, "eslintApi.mjs")], {
    cwd: ROOT,
    input: JSON.stringify(request),
    encoding: "utf8",
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`ESLint a échoué (code ${run.status}) :\n${run.stderr}`);
  return JSON.parse(run.stdout) as Answer;
}

/** The findings for each request, in order. */
export function lintFiles(requests: LintRequest[]): Finding[][] {
  return ask({ lint: requests }).lint;
}

/** The fixture files, relative to the repository. */
export function fixture(name: string): string {
  if (!readdirSync(path.join(__dirname, "fixtures")).includes(name)) throw new Error(`pas de fixture ${name}`);
  return path.posix.join("test", "lint", "fixtures", name);
}
