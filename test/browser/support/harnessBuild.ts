/**
 * Builds the browser-test harness (webpack.harness.config.js) once per set of inputs, shared by
 * the jest workers (see test/support/cachedBuild.ts).
 */
import * as path from "path";
import { ROOT, runCachedBuild } from "../../support/cachedBuild";

export { ROOT };
export const HARNESS_DIR = path.join(ROOT, "test-output", "harness");
export const HARNESS_BUILD_TIMEOUT_MS = 300_000;

/** Resolves to the harness directory, building it when its sources changed. */
export async function ensureHarness(): Promise<string> {
  await runCachedBuild({
    label: "La construction du banc de test navigateur",
    inputs: ["src", "test/double", "test/browser/harness", "test/browser/webpack.harness.config.js", "package-lock.json", "tsconfig.test.json"],
    args: ["--config", path.join(ROOT, "test", "browser", "webpack.harness.config.js")],
    stamp: path.join(HARNESS_DIR, ".harness-stamp"),
    lock: path.join(ROOT, "test-output", ".harness-build.lock"),
    timeoutMs: HARNESS_BUILD_TIMEOUT_MS,
  });
  return HARNESS_DIR;
}
