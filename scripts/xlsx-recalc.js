#!/usr/bin/env node
/**
 * xlsx-recalc IN.xlsx OUTDIR — recalculates a workbook in LibreOffice Calc, outside Excel.
 *
 * Opens IN.xlsx in a headless LibreOffice whose private profile forces a full recalculation of
 * every formula on load, and writes into OUTDIR:
 *   - IN's name .xlsx: the recalculated workbook (formulas kept, cached results filled in);
 *   - IN's name-SHEET.csv: one CSV per sheet (UTF-8, comma-separated, each cell's value: a
 *     number unformatted, a text as is — the formula's result, not the formula).
 *
 * Why a private profile: by default Calc trusts the cached results of an OOXML file and only
 * recalculates on request, so an exported file (which carries no cached results) would read back
 * as zeros. The profile's two settings make Calc recalculate on load; a fresh profile per run
 * also keeps parallel runs (and the user's own LibreOffice) from sharing one lock.
 *
 * It never installs anything: LibreOffice comes from the machine (Debian's libreoffice-calc-nogui,
 * installed by .ci/run) or from the SOFFICE environment variable (the full path of `soffice`, e.g.
 * /Applications/LibreOffice.app/Contents/MacOS/soffice on a Mac). Used by
 * test/xlsx/libreoffice.test.ts and scripts/render-sheets.sh.
 */
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { pathToFileURL } = require("node:url");

/** Calc's registry settings: 0 = "always recalculate" for OOXML and ODF files opened. */
const RECALC_PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * The CSV export filter's tokens, in LibreOffice's order: 44 = comma separator, 34 = double-quote
 * text delimiter, UTF8, from row 1, no column formats, language 0; false = do not quote every text
 * cell; true = special numbers; false = "save cell contents as shown" off (numbers come out raw, so
 * the tests can compare them); false = results, not formulas; false = keep spaces; -1 = every sheet
 * to its own NAME-SHEET.csv file (LibreOffice 7.2 and later).
 * https://help.libreoffice.org/latest/en-US/text/shared/guide/csv_params.html
 */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1";

const MISSING_SOFFICE =
  "LibreOffice (soffice) est introuvable. Installez LibreOffice Calc (Debian : apt-get install libreoffice-calc-nogui ; " +
  ".ci/run le fait) ou donnez le chemin complet de soffice dans la variable d'environnement SOFFICE.";

/** True when `file` exists and can be executed. */
function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The soffice to run: $SOFFICE when set (it must then exist), else `soffice` or `libreoffice`
 * found on $PATH; null when there is none.
 */
function findSoffice(env = process.env) {
  if (env.SOFFICE) return isExecutable(env.SOFFICE) ? env.SOFFICE : null;
  for (const dir of (env.PATH || "").split(path.delimiter)) {
    if (!dir) continue;
    for (const name of ["soffice", "libreoffice"]) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

/** Creates a LibreOffice user profile (UserInstallation) that recalculates on load; returns its directory. */
function makeRecalcProfile(parent = os.tmpdir()) {
  const profile = fs.mkdtempSync(path.join(parent, "cpts-lo-profile-"));
  fs.mkdirSync(path.join(profile, "user"));
  fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE_XCU);
  return profile;
}

/** One soffice conversion; throws with soffice's own output when it fails. */
function convert(soffice, profile, target, input, outDir, timeoutMs) {
  const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", target, "--outdir", outDir, input];
  const run = spawnSync(soffice, args, { encoding: "utf8", timeout: timeoutMs });
  if (run.error) throw new Error(`LibreOffice n'a pas pu convertir ${input} (${target}) : ${run.error.message}`);
  if (run.status !== 0) {
    throw new Error(`LibreOffice a échoué (code ${run.status}) en convertissant ${input} (${target}) :\n${run.stdout}${run.stderr}`);
  }
  return `${run.stdout}${run.stderr}`;
}

/**
 * Recalculates `input` (an .xlsx file) into `outDir`; returns the recalculated workbook's path and
 * the CSV files written, sorted. Throws a French message when soffice is missing or a conversion
 * wrote nothing (soffice may exit 0 after "Error: source file could not be loaded").
 */
function recalculate(input, outDir, options = {}) {
  const soffice = options.soffice !== undefined ? options.soffice : findSoffice(options.env);
  if (!soffice) throw new Error(MISSING_SOFFICE);
  if (!fs.existsSync(input)) throw new Error(`Classeur introuvable : ${input}`);
  const timeoutMs = options.timeoutMs || 10 * 60_000;
  const source = path.resolve(input);
  const out = path.resolve(outDir);
  const base = path.basename(source, path.extname(source));
  const xlsx = path.join(out, `${base}.xlsx`);
  if (xlsx === source) throw new Error(`Le dossier de sortie ne doit pas être celui du classeur : ${outDir}`);
  fs.mkdirSync(out, { recursive: true });
  const profile = makeRecalcProfile();
  try {
    const said = convert(soffice, profile, "xlsx", source, out, timeoutMs);
    if (!fs.existsSync(xlsx)) throw new Error(`LibreOffice n'a pas écrit ${xlsx} :\n${said}`);
    const saidCsv = convert(soffice, profile, CSV_FILTER, source, out, timeoutMs);
    const csv = fs
      .readdirSync(out)
      .filter((f) => f.startsWith(`${base}-`) && f.endsWith(".csv"))
      .sort()
      .map((f) => path.join(out, f));
    if (csv.length === 0) throw new Error(`LibreOffice n'a écrit aucun CSV dans ${out} :\n${saidCsv}`);
    return { xlsx, csv };
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

module.exports = { CSV_FILTER, MISSING_SOFFICE, findSoffice, recalculate };

if (require.main === module) {
  const [input, outDir] = process.argv.slice(2);
  if (!input || !outDir) {
    console.error("usage : node scripts/xlsx-recalc.js CLASSEUR.xlsx DOSSIER_DE_SORTIE");
    process.exit(2);
  }
  try {
    const { xlsx, csv } = recalculate(input, outDir);
    for (const file of [xlsx, ...csv]) console.log(file);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
