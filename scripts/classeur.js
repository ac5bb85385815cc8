#!/usr/bin/env node
/**
 * Entry of `npm run classeur`: runs src/cli/classeur.ts straight from the sources. TypeScript files
 * are transpiled on load with the project's own `typescript` (no type check, no build step) using
 * tsconfig.cli.json's options, so a fresh clone works right after `npm ci`. Transpiled files are
 * cached under node_modules/.cache, keyed by their content: later runs skip loading TypeScript.
 * Type checking of the command is `npx tsc -p tsconfig.cli.json` (and the test suite).
 */
"use strict";
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const cacheDir = path.join(root, "node_modules", ".cache", "cpts-classeur");

let compiler;
/** TypeScript and the compiler options, loaded on the first cache miss only. */
function getCompiler() {
  if (compiler) return compiler;
  let ts;
  try {
    ts = require("typescript");
  } catch (error) {
    throw new Error(`TypeScript est introuvable : installez les dépendances du projet avec « npm ci » (sans --omit=dev). ${error.message}`);
  }
  const config = ts.readConfigFile(path.join(root, "tsconfig.cli.json"), ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  compiler = { ts, options: { ...options, module: ts.ModuleKind.CommonJS, noEmit: false, sourceMap: false, inlineSourceMap: true, inlineSources: true } };
  return compiler;
}

function transpile(source, filename) {
  const tsconfig = fs.readFileSync(path.join(root, "tsconfig.cli.json"), "utf8");
  const tsVersion = require("typescript/package.json").version;
  const key = createHash("sha256").update(`${tsVersion}\0${tsconfig}\0${filename}\0${source}`).digest("hex");
  const cached = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(cached, "utf8");
  } catch {
    // Not cached yet.
  }
  const { ts, options } = getCompiler();
  const { outputText } = ts.transpileModule(source, { compilerOptions: options, fileName: filename });
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, outputText);
    fs.renameSync(tmp, cached);
  } catch {
    // A read-only install still runs, only slower.
  }
  return outputText;
}

require.extensions[".ts"] = (module, filename) => {
  module._compile(transpile(fs.readFileSync(filename, "utf8"), filename), filename);
};
// Stack traces point at the .ts lines.
process.setSourceMapsEnabled(true);

// `npm run` starts scripts in the package root; the user's directory is INIT_CWD, set by npm for this run only.
const cwd = process.env.npm_lifecycle_event === "classeur" && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();

const { runClasseur } = require(path.join(root, "src/cli/classeur.ts"));
runClasseur(process.argv.slice(2), {
  cwd,
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
  // The --lot progress bar, redrawn in place (\r, then ESC [2K erases the line): on a terminal only.
  status: process.stdout.isTTY ? (line) => process.stdout.write("\r\x1b[2K" + line) : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`Erreur inattendue : ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
