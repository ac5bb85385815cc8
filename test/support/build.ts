/**
 * The webpack builds some tests need: the production build (dist/, `npm run build`) and the browser
 * tests' harness (test-output/harness). Each is built once per jest run, before any test file runs,
 * by the globalSetup of the jest projects that need it (jest.config.js), and from webpack's
 * filesystem cache (node_modules/.cache/webpack): webpack rebuilds only the modules whose sources,
 * configuration or packages changed (https://webpack.js.org/configuration/cache/).
 *
 *   import { BUILD_TIMEOUT_MS, ensureProductionBuild } from "./support/build";
 *   let dist: string;
 *   beforeAll(async () => { dist = await ensureProductionBuild(); }, BUILD_TIMEOUT_MS);
 *
 * A failed build fails the test files that need it, with webpack's output; the other files run.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { TEST_PROD_BASE_URL } from "../../scripts/manifest-transform";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST_DIR = path.join(ROOT, "dist");
export const HARNESS_DIR = path.join(ROOT, "test-output", "harness");
/** A test file's wait for a build that globalSetup already made: reading a status, no building. */
export const BUILD_TIMEOUT_MS = 10_000;
/** A cold production build on a slow CI machine (ts-loader type-checks every bundled file). */
const WEBPACK_TIMEOUT_MS = 600_000;

export interface TestBuild {
  /** Key of the build's status in process.env, and of its webpack cache. */
  key: string;
  /** French, for error messages. */
  label: string;
  /** webpack-cli arguments. */
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  output: string;
}

export const PRODUCTION_BUILD: TestBuild = {
  key: "production",
  label: "webpack --mode production",
  args: ["--mode", "production"],
  // The production build requires ADDIN_PROD_URL; without one, the tests build on a reserved name
  // that `npm run validate -- --prod` refuses, so this dist/ is never shipped (manifest-transform.js).
  env: { ...process.env, NODE_ENV: "production", ADDIN_PROD_URL: process.env.ADDIN_PROD_URL || TEST_PROD_BASE_URL },
  output: DIST_DIR,
};

export const HARNESS_BUILD: TestBuild = {
  key: "harness",
  label: "La construction du banc de test navigateur",
  args: ["--config", path.join(ROOT, "test", "browser", "webpack.harness.config.js")],
  env: process.env,
  output: HARNESS_DIR,
};

/** Where globalSetup leaves a build's outcome for the test files (jest's workers inherit its environment). */
const statusVariable = (build: TestBuild) => `CPTS_TEST_BUILD_${build.key.toUpperCase()}`;

interface BuildStatus {
  ok: boolean;
  error?: string;
}

function runWebpack(build: TestBuild): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  // webpack-cli adds the configuration file (and what it requires) to the cache's build dependencies.
  const args = [cli, ...build.args, "--cache-type", "filesystem", "--cache-name", `tests-${build.key}`];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: build.env, stdio: ["ignore", "pipe", "pipe"], timeout: WEBPACK_TIMEOUT_MS });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${build.label} a échoué (${signal ?? `code ${code}`}) :\n${output.slice(-8000)}`));
    });
  });
}

/**
 * For globalSetup: runs the build once per jest run (a second project asking for it in the same run
 * finds its status) and records the outcome instead of throwing, so that only the files needing it fail.
 */
export async function buildForTests(build: TestBuild): Promise<void> {
  const variable = statusVariable(build);
  if (process.env[variable] !== undefined) return;
  let status: BuildStatus;
  try {
    await runWebpack(build);
    status = { ok: true };
  } catch (e) {
    status = { ok: false, error: (e as Error).message };
  }
  process.env[variable] = JSON.stringify(status);
}

/** For test files: the build's output folder, once globalSetup built it this run. */
export async function builtOutput(build: TestBuild): Promise<string> {
  const recorded = process.env[statusVariable(build)];
  if (recorded === undefined) {
    throw new Error(
      `${build.label} n'a pas été lancé : ce fichier de test doit appartenir à un projet jest dont le globalSetup le construit (jest.config.js).`,
    );
  }
  const status = JSON.parse(recorded) as BuildStatus;
  if (!status.ok) throw new Error(status.error);
  return build.output;
}

/** dist/, as `npm run build` writes it (built by the "build" and "browser" projects' globalSetup). */
export function ensureProductionBuild(): Promise<string> {
  return builtOutput(PRODUCTION_BUILD);
}

/** A built file's text (dist/<name>). */
export function readDist(name: string): string {
  return fs.readFileSync(path.join(DIST_DIR, name), "utf8");
}
