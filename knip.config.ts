/**
 * Dead-code check, run by `npm run lint`: files nothing imports, exports and types nothing uses,
 * dependencies nothing needs. knip's jest, eslint, prettier and webpack plugins read those tools'
 * configurations; the entries below are the ones no configuration names.
 */
import type { KnipConfig } from "knip";
import { TEST_PROD_BASE_URL } from "./scripts/manifest-transform";

// knip reads webpack.config.js in production mode too, which refuses to run without the URL the
// production manifest points at; knip only lists its entries and loaders, so the tests' reserved
// URL does (as for the tests' production build, test/support/build.ts).
process.env.ADDIN_PROD_URL ||= TEST_PROD_BASE_URL;

const config: KnipConfig = {
  entry: [
    // `npm run classeur`: scripts/classeur.js loads src/cli/classeur.ts through the TypeScript API.
    "src/cli/classeur.ts!",
    // Node scripts run by package.json, .ci/run or by hand (scripts/render-sheets.sh).
    "scripts/*.js!",
    // `npm run bench` (scripts/bench.js) loads every bench/*.bench.ts by its file name.
    "bench/*.bench.ts",
    // ESLint's Node API in a child Node, spawned by test/lint/eslint.ts.
    "test/lint/eslintApi.mjs",
  ],
  project: ["src/**/*.{ts,tsx}!", "scripts/**/*.js!", "test/**/*.{ts,tsx,js,mjs}", "bench/**/*.ts"],
  // The add-in (functions.ts, taskpane/index.tsx) and the browser tests' harness.
  webpack: { config: ["webpack.config.js", "test/browser/webpack.harness.config.js"] },
  // An export its own file uses is not dead code, only a wider door than needed: not reported.
  ignoreExportsUsedInFile: true,
  // Break rules on purpose; test/lint/*.test.ts lints them through ESLint's API.
  ignore: ["test/lint/fixtures/**"],
  // office.js itself, served from node_modules by the browser tests in place of Microsoft's CDN.
  // acorn: test/build.test.ts parses the bundles with webpack's own acorn, resolved from webpack's folder.
  ignoreDependencies: ["@microsoft/office-js", "acorn"],
};

export default config;
