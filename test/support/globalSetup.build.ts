/** globalSetup of the jest project "build": the production build (dist/), once per run. */
import { buildForTests, PRODUCTION_BUILD } from "./build";

export default async function globalSetup(): Promise<void> {
  await buildForTests(PRODUCTION_BUILD);
}
