#!/usr/bin/env node
/**
 * Entry of `npm run bench`: runs every bench/*.bench.ts (or .bench.js), in name order, straight
 * from the sources. TypeScript is transpiled on load with the project's own `typescript` (no type
 * check, no build step, no ts-node). Benchmarks measure and print; they are not tests and never fail
 * on a time.
 *
 * Adding a benchmark: create bench/<name>.bench.ts. It may do its work when loaded, or export a
 * function `run()` (sync or async) that the runner awaits. `npm run bench -- <word>` runs only the
 * files whose name contains <word>.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const root = path.resolve(__dirname, "..");
const benchDir = path.join(root, "bench");
const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
  jsx: ts.JsxEmit.ReactJSX,
  inlineSourceMap: true,
  inlineSources: true,
};

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
// Stack traces point at the .ts lines.
process.setSourceMapsEnabled(true);

async function main() {
  const filter = process.argv[2] || "";
  const files = fs
    .readdirSync(benchDir)
    .filter((f) => /\.bench\.(ts|js)$/.test(f) && f.includes(filter))
    .sort();
  if (files.length === 0) throw new Error(`Aucun banc d'essai dans ${benchDir}${filter ? ` contenant « ${filter} »` : ""}`);
  for (const file of files) {
    console.log(`\n== ${file}`);
    const exported = require(path.join(benchDir, file));
    if (typeof exported.run === "function") await exported.run();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
