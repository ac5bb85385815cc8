/**
 * A webpack build shared by every jest worker of a run, and across runs while its inputs are
 * unchanged: skipped when the output holds a stamp of the same inputs (path, size and mtime of every
 * input file, plus any extra key such as an environment variable). Workers building concurrently are
 * serialised by a lock directory holding the builder's pid; a lock whose builder is gone (or which
 * is older than the timeout) is taken over.
 */
import { spawn } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");

export interface CachedBuild {
  /** French, for error messages: « webpack --mode production », « banc de test navigateur ». */
  label: string;
  /** Files and folders (relative to ROOT) the build reads. */
  inputs: readonly string[];
  /** Whatever else the output depends on (e.g. "ADDIN_PROD_URL=…"). */
  extraKey?: string;
  /** webpack-cli arguments. */
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Stamp file, inside the output folder (webpack's output.clean deletes it on any other build). */
  stamp: string;
  lock: string;
  timeoutMs: number;
}

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)));
}

/** A hash of everything the build reads. */
export function inputsKey(build: Pick<CachedBuild, "inputs" | "extraKey">): string {
  const hash = createHash("sha256");
  if (build.extraKey !== undefined) hash.update(`${build.extraKey}\n`);
  for (const file of build.inputs.flatMap((p) => listFiles(path.join(ROOT, p)))) {
    const stat = fs.statSync(file);
    hash.update(`${path.relative(ROOT, file)}\t${stat.size}\t${stat.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

function isUpToDate(build: CachedBuild, key: string): boolean {
  return fs.existsSync(build.stamp) && fs.readFileSync(build.stamp, "utf8") === key;
}

function runWebpack(build: CachedBuild): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...build.args], { cwd: ROOT, env: build.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${build.label} a échoué (code ${code}) :\n${output.slice(-8000)}`));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function lockHolderIsGone(build: CachedBuild): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(build.lock, "pid"), "utf8"));
    process.kill(pid, 0);
    return false;
  } catch (e) {
    // No pid file yet (holder just created the lock) counts as alive unless the lock is old.
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return Date.now() - fs.statSync(build.lock).mtimeMs > build.timeoutMs;
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** Runs the build unless its stamp matches the current inputs. */
export async function runCachedBuild(build: CachedBuild): Promise<void> {
  fs.mkdirSync(path.dirname(build.lock), { recursive: true });
  const deadline = Date.now() + build.timeoutMs;
  for (;;) {
    const key = inputsKey(build);
    if (isUpToDate(build, key)) return;
    try {
      fs.mkdirSync(build.lock);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      if (lockHolderIsGone(build)) fs.rmSync(build.lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`Verrou de construction toujours pris : ${build.lock}`);
      else await sleep(250);
      continue;
    }
    try {
      fs.writeFileSync(path.join(build.lock, "pid"), String(process.pid));
      // Another worker may have finished the same build while this one waited for the lock.
      if (!isUpToDate(build, key)) {
        await runWebpack(build);
        fs.writeFileSync(build.stamp, key);
      }
      return;
    } finally {
      fs.rmSync(build.lock, { recursive: true, force: true });
    }
  }
}
