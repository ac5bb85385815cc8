/**
 * globalSetup of the jest project "browser": the harness the pane's tests open, and the production
 * build the simulator test opens outside Excel, once per run (the production build is shared with
 * the "build" project when both run).
 */
import { buildForTests, HARNESS_BUILD, PRODUCTION_BUILD } from "./build";

export default async function globalSetup(): Promise<void> {
  await buildForTests(HARNESS_BUILD);
  await buildForTests(PRODUCTION_BUILD);
}
