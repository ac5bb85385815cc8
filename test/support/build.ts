/**
 * One production build (`webpack --mode production` into dist/) shared by every test file that
 * needs the bundles, in all jest workers of a run and across runs while the inputs are unchanged.
 *
 *   import { ensureProductionBuild } from "./support/build";
 *   let dist: string;
 *   beforeAll(async () => { dist = await ensureProductionBuild(); }, BUILD_TIMEOUT_MS);
 *
 * The build is skipped when dist/ holds a stamp written after a successful build from the same
 * inputs (path, size and mtime of every file under src/, the build configuration, the manifest,
 * the icons, package-lock.json, and ADDIN_PROD_URL). webpack's `output.clean` deletes the stamp
 * whenever anything else rebuilds dist/ (`npm run build:dev` included), so a stale dist is never
 * reused. Workers building concurrently are serialised by a lock directory.
 */
import { spawn } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST_DIR = path.join(ROOT, "dist");
/** Generous: ts-loader type-checks the whole bundled source on a cold CI machine. */
export const BUILD_TIMEOUT_MS = 300_000;

const STAMP_FILE = path.join(DIST_DIR, ".production-build-stamp");
const LOCK_DIR = path.join(ROOT, "test-output", ".production-build.lock");
const INPUTS = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "scripts/manifest-transform.js",
  "scripts/validate-manifest.js",
  "tsconfig.json",
  "tsconfig.base.json",
  "package-lock.json",
];

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)));
}

/** A hash of everything the production build reads. */
export function buildInputsKey(): string {
  const hash = createHash("sha256");
  hash.update(`ADDIN_PROD_URL=${process.env.ADDIN_PROD_URL ?? ""}\n`);
  for (const file of INPUTS.flatMap((p) => listFiles(path.join(ROOT, p)))) {
    const stat = fs.statSync(file);
    hash.update(`${path.relative(ROOT, file)}\t${stat.size}\t${stat.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

function isUpToDate(key: string): boolean {
  return fs.existsSync(STAMP_FILE) && fs.readFileSync(STAMP_FILE, "utf8") === key;
}

function runWebpack(): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "--mode", "production"], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`webpack --mode production a échoué (code ${code}) :\n${output.slice(-8000)}`));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function lockHolderIsGone(): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(LOCK_DIR, "pid"), "utf8"));
    process.kill(pid, 0);
    return false;
  } catch (e) {
    // No pid file yet (holder just created the lock) counts as alive unless the lock is old.
    if ((e as NodeJS.ErrnoException).code === "ENOENT") {
      return Date.now() - fs.statSync(LOCK_DIR).mtimeMs > BUILD_TIMEOUT_MS;
    }
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}

async function buildOnce(): Promise<string> {
  fs.mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    const key = buildInputsKey();
    if (isUpToDate(key)) return DIST_DIR;
    try {
      fs.mkdirSync(LOCK_DIR);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      if (lockHolderIsGone()) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`Verrou de build toujours pris : ${LOCK_DIR}`);
      else await sleep(250);
      continue;
    }
    try {
      fs.writeFileSync(path.join(LOCK_DIR, "pid"), String(process.pid));
      if (!isUpToDate(key)) {
        await runWebpack();
        fs.writeFileSync(STAMP_FILE, key);
      }
      return DIST_DIR;
    } finally {
      fs.rmSync(LOCK_DIR, { recursive: true, force: true });
    }
  }
}

let pending: Promise<string> | undefined;

/** Builds dist/ in production mode unless it is already built from the current inputs; resolves to dist/. */
export function ensureProductionBuild(): Promise<string> {
  pending ??= buildOnce().catch((e) => {
    pending = undefined;
    throw e;
  });
  return pending;
}

/** A built file's text (dist/<name>). */
export function readDist(name: string): string {
  return fs.readFileSync(path.join(DIST_DIR, name), "utf8");
}
