/**
 * Builds the browser-test harness (webpack.harness.config.js) once per set of inputs: skipped when
 * test-output/harness holds a stamp of the same sources. Concurrent jest workers wait on a lock.
 */
import { spawn } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const HARNESS_DIR = path.join(ROOT, "test-output", "harness");
export const HARNESS_BUILD_TIMEOUT_MS = 300_000;

const CONFIG = path.join(ROOT, "test", "browser", "webpack.harness.config.js");
const STAMP = path.join(HARNESS_DIR, ".harness-stamp");
const LOCK = path.join(ROOT, "test-output", ".harness-build.lock");
const INPUTS = ["src", "test/double", "test/browser/harness", "test/browser/webpack.harness.config.js", "webpack.config.js", "package-lock.json", "tsconfig.test.json"];

function files(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

function inputsKey(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap((p) => files(path.join(ROOT, p)))) {
    const stat = fs.statSync(file);
    hash.update(`${path.relative(ROOT, file)}\t${stat.size}\t${stat.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

function runWebpack(): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "--config", CONFIG], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`Construction du banc de test navigateur échouée (code ${code}) :\n${output.slice(-8000)}`)),
    );
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves to the harness directory, building it when its sources changed. */
export async function ensureHarness(): Promise<string> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + HARNESS_BUILD_TIMEOUT_MS;
  for (;;) {
    const key = inputsKey();
    if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === key) return HARNESS_DIR;
    try {
      fs.mkdirSync(LOCK);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      if (Date.now() > deadline) throw new Error(`Verrou de construction du banc toujours pris : ${LOCK}`);
      // A lock older than a build's timeout was left by a killed run.
      if (Date.now() - fs.statSync(LOCK).mtimeMs > HARNESS_BUILD_TIMEOUT_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      await runWebpack();
      fs.writeFileSync(STAMP, key);
      return HARNESS_DIR;
    } finally {
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
