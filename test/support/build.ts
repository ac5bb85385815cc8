/**
 * One production build (`webpack --mode production` into dist/) shared by every test file that
 * needs the bundles, in all jest workers of a run and across runs while the inputs are unchanged
 * (see cachedBuild.ts: a stamp of every file under src/, the build configuration, the manifest,
 * the icons, package-lock.json, and ADDIN_PROD_URL).
 *
 *   import { ensureProductionBuild } from "./support/build";
 *   let dist: string;
 *   beforeAll(async () => { dist = await ensureProductionBuild(); }, BUILD_TIMEOUT_MS);
 *
 * webpack's `output.clean` deletes the stamp whenever anything else rebuilds dist/ (`npm run
 * build:dev` included), so a stale dist is never reused.
 */
import * as fs from "fs";
import * as path from "path";
import { CachedBuild, ROOT, runCachedBuild } from "./cachedBuild";

export { ROOT };
export const DIST_DIR = path.join(ROOT, "dist");
/** Generous: ts-loader type-checks the whole bundled source on a cold CI machine. */
export const BUILD_TIMEOUT_MS = 300_000;

const productionBuild = (): CachedBuild => ({
  label: "webpack --mode production",
  inputs: [
    "src",
    "assets",
    "manifest.xml",
    "webpack.config.js",
    "scripts/manifest-transform.js",
    "scripts/validate-manifest.js",
    "tsconfig.json",
    "tsconfig.base.json",
    "package-lock.json",
  ],
  extraKey: `ADDIN_PROD_URL=${process.env.ADDIN_PROD_URL ?? ""}`,
  args: ["--mode", "production"],
  env: { ...process.env, NODE_ENV: "production" },
  stamp: path.join(DIST_DIR, ".production-build-stamp"),
  lock: path.join(ROOT, "test-output", ".production-build.lock"),
  timeoutMs: BUILD_TIMEOUT_MS,
});

let pending: Promise<string> | undefined;

/** Builds dist/ in production mode unless it is already built from the current inputs; resolves to dist/. */
export function ensureProductionBuild(): Promise<string> {
  pending ??= runCachedBuild(productionBuild()).then(
    () => DIST_DIR,
    (e) => {
      pending = undefined;
      throw e;
    },
  );
  return pending;
}

/** A built file's text (dist/<name>). */
export function readDist(name: string): string {
  return fs.readFileSync(path.join(DIST_DIR, name), "utf8");
}
