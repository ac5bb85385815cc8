/**
 * The browser-test harness (webpack.harness.config.js), built once per jest run by the "browser"
 * project's globalSetup (see test/support/build.ts).
 */
import { builtOutput, HARNESS_BUILD, ROOT } from "../../support/build";

export { ROOT };
/** Resolves to the harness directory built for this run, or fails with webpack's output. */
export function ensureHarness(): Promise<string> {
  return builtOutput(HARNESS_BUILD);
}
