#!/usr/bin/env node
/**
 * Entry of `npm run classeur`: runs src/cli/classeur.ts straight from the sources. TypeScript files
 * are transpiled on load with the project's own `typescript` (no type check, no build step), with the
 * options of tsconfig.cli.json, so a fresh clone works right after `npm ci`.
 * Type checking of the command is `npx tsc -p tsconfig.cli.json` (and the test suite).
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const root = path.resolve(__dirname, "..");
const configPath = path.join(root, "tsconfig.cli.json");
const config = ts.readConfigFile(configPath, ts.sys.readFile);
if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
const compilerOptions = { ...options, module: ts.ModuleKind.CommonJS, noEmit: false, sourceMap: false, inlineSourceMap: true, inlineSources: true };

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
// Stack traces point at the .ts lines.
process.setSourceMapsEnabled(true);

const { runClasseur } = require(path.join(root, "src/cli/classeur.ts"));
runClasseur(process.argv.slice(2), {
  cwd: process.env.INIT_CWD || process.cwd(),
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`Erreur inattendue : ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
