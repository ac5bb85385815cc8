/**
 * The LibreOffice driver (scripts/xlsx-recalc.js) without LibreOffice: a stand-in `soffice` records
 * how it is called, so these tests show what the driver asks of LibreOffice (a private profile that
 * recalculates on load, an xlsx then a per-sheet CSV conversion) and how it fails (no soffice, a
 * failed conversion, a conversion that writes nothing). test/xlsx/libreoffice.test.ts runs the real one.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { CSV_FILTER, MISSING_SOFFICE, findSoffice, recalculate } from "../../scripts/xlsx-recalc";

const DRIVER = path.resolve(__dirname, "../../scripts/xlsx-recalc.js");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "cpts-recalc-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Writes an executable stand-in for soffice into BIN: it appends each call's arguments and the
 * profile's registry file to LOG, then runs `behaviour` (shell) with $outdir and $base set.
 */
function fakeSoffice(bin: string, log: string, behaviour: string): string {
  mkdirSync(bin, { recursive: true });
  const file = path.join(bin, "soffice");
  writeFileSync(
    file,
    `#!/bin/bash
PATH=/usr/bin:/bin
printf '%s\\n' "$@" >>"${log}"
echo "@@" >>"${log}"
for a in "$@"; do case "$a" in -env:UserInstallation=file://*) cat "\${a#-env:UserInstallation=file://}/user/registrymodifications.xcu" >>"${log}.xcu";; esac; done
while [ $# -gt 0 ]; do case "$1" in --outdir) outdir=$2; shift;; --convert-to) target=$2; shift;; *) input=$1;; esac; shift; done
base=$(basename "$input" .xlsx)
${behaviour}
`,
  );
  chmodSync(file, 0o755);
  return file;
}

/** A soffice that does its job: the workbook, then one CSV per sheet of a two-sheet workbook. */
const WORKS = `case "$target" in xlsx) echo recalculated >"$outdir/$base.xlsx";; csv*) echo a >"$outdir/$base-Paramètres.csv"; echo b >"$outdir/$base-Budget prévisionnel.csv";; esac`;

function input(): string {
  const file = path.join(dir, "cpts.xlsx");
  writeFileSync(file, "not read by the stand-in");
  return file;
}

describe("finding soffice", () => {
  it("takes soffice or libreoffice from PATH, only when executable", () => {
    const bin = path.join(dir, "bin");
    expect(findSoffice({ PATH: bin })).toBeNull();
    mkdirSync(bin);
    writeFileSync(path.join(bin, "soffice"), "");
    expect(findSoffice({ PATH: bin })).toBeNull();
    writeFileSync(path.join(bin, "libreoffice"), "#!/bin/sh\n");
    chmodSync(path.join(bin, "libreoffice"), 0o755);
    expect(findSoffice({ PATH: `/nonexistent${path.delimiter}${bin}` })).toBe(path.join(bin, "libreoffice"));
    chmodSync(path.join(bin, "soffice"), 0o755);
    expect(findSoffice({ PATH: bin })).toBe(path.join(bin, "soffice"));
  });

  it("prefers $SOFFICE, and does not fall back to PATH when $SOFFICE names nothing", () => {
    const bin = path.join(dir, "bin");
    const onPath = fakeSoffice(bin, path.join(dir, "log"), "");
    const elsewhere = fakeSoffice(path.join(dir, "Applications"), path.join(dir, "log"), "");
    expect(findSoffice({ PATH: bin, SOFFICE: elsewhere })).toBe(elsewhere);
    expect(findSoffice({ PATH: bin, SOFFICE: path.join(dir, "missing") })).toBeNull();
    expect(findSoffice({ PATH: bin })).toBe(onPath);
  });
});

describe("recalculating", () => {
  it("without soffice: a French message saying what to install, and nothing written", () => {
    const out = path.join(dir, "out");
    expect(() => recalculate(input(), out, { env: { PATH: path.join(dir, "empty") } })).toThrow(MISSING_SOFFICE);
    expect(MISSING_SOFFICE).toMatch(/libreoffice-calc-nogui/);
    expect(MISSING_SOFFICE).toMatch(/SOFFICE/);
    expect(existsSync(out)).toBe(false);
  });

  it("from the command line without soffice: exit 1 and the same message, no installation attempted", () => {
    const log = path.join(dir, "apt-log");
    // An apt-get that records being called: the driver must never reach for it.
    const bin = path.join(dir, "bin");
    mkdirSync(bin);
    writeFileSync(path.join(bin, "apt-get"), `#!/bin/sh\necho called >"${log}"\n`);
    chmodSync(path.join(bin, "apt-get"), 0o755);
    const run = spawnSync(process.execPath, [DRIVER, input(), path.join(dir, "out")], { env: { PATH: bin }, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(MISSING_SOFFICE);
    expect(existsSync(log)).toBe(false);
  });

  it("runs soffice twice with a private profile that recalculates OOXML and ODF files on load, then removes the profile", () => {
    const log = path.join(dir, "log");
    const soffice = fakeSoffice(path.join(dir, "bin"), log, WORKS);
    const out = path.join(dir, "out");
    const result = recalculate(input(), out, { soffice });
    expect(result).toEqual({ xlsx: path.join(out, "cpts.xlsx"), csv: [path.join(out, "cpts-Budget prévisionnel.csv"), path.join(out, "cpts-Paramètres.csv")] });

    const calls = readFileSync(log, "utf8")
      .split("@@\n")
      .filter((c) => c !== "")
      .map((c) => c.trim().split("\n"));
    expect(calls).toHaveLength(2);
    const [xlsxCall, csvCall] = calls;
    const profileArg = xlsxCall[0];
    expect(profileArg).toMatch(/^-env:UserInstallation=file:\/\//);
    expect(csvCall[0]).toBe(profileArg);
    for (const call of [xlsxCall, csvCall]) {
      expect(call).toEqual(expect.arrayContaining(["--headless", "--norestore"]));
      expect(call[call.indexOf("--outdir") + 1]).toBe(out);
      expect(call[call.length - 1]).toBe(path.join(dir, "cpts.xlsx"));
    }
    expect(xlsxCall[xlsxCall.indexOf("--convert-to") + 1]).toBe("xlsx");
    expect(csvCall[csvCall.indexOf("--convert-to") + 1]).toBe(CSV_FILTER);
    // Every sheet, each to its own file: the filter's 12th token.
    expect(CSV_FILTER.split(":")[2].split(",")[11]).toBe("-1");

    // The profile both calls saw: Calc's Formula/Load settings, recalculation mode 0 ("always").
    const xcu = readFileSync(`${log}.xcu`, "utf8");
    const items = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xcu.split("<?xml").slice(0, 2).join("<?xml"))["oor:items"].item;
    const settings = Object.fromEntries(
      (items as { "oor:path": string; prop: { "oor:name": string; value: number } }[]).map((i) => [`${i["oor:path"]}/${i.prop["oor:name"]}`, i.prop.value]),
    );
    expect(settings).toEqual({ "/org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode": 0, "/org.openoffice.Office.Calc/Formula/Load/ODFRecalcMode": 0 });
    expect(existsSync(decodeURIComponent(profileArg.replace("-env:UserInstallation=file://", "")))).toBe(false);
  });

  it("reports soffice's own output when a conversion fails, and still removes the profile", () => {
    const log = path.join(dir, "log");
    const soffice = fakeSoffice(path.join(dir, "bin"), log, `echo "Error: source file could not be loaded" >&2; exit 77`);
    expect(() => recalculate(input(), path.join(dir, "out"), { soffice })).toThrow(/code 77[\s\S]*source file could not be loaded/);
    const profileArg = readFileSync(log, "utf8").split("\n")[0];
    expect(existsSync(profileArg.replace("-env:UserInstallation=file://", ""))).toBe(false);
  });

  it("fails when soffice exits 0 without writing the workbook or the CSVs", () => {
    const silent = fakeSoffice(path.join(dir, "a"), path.join(dir, "log-a"), `echo "Error: source file could not be loaded"`);
    expect(() => recalculate(input(), path.join(dir, "out-a"), { soffice: silent })).toThrow(/n'a pas écrit .*cpts\.xlsx[\s\S]*could not be loaded/);
    const noCsv = fakeSoffice(path.join(dir, "b"), path.join(dir, "log-b"), `[ "$target" = xlsx ] && echo ok >"$outdir/$base.xlsx"; true`);
    expect(() => recalculate(input(), path.join(dir, "out-b"), { soffice: noCsv })).toThrow(/aucun CSV/);
  });

  it("refuses to write the result over its input, and says when the input is missing", () => {
    const soffice = fakeSoffice(path.join(dir, "bin"), path.join(dir, "log"), WORKS);
    expect(() => recalculate(input(), dir, { soffice })).toThrow(/dossier de sortie/);
    expect(() => recalculate(path.join(dir, "absent.xlsx"), path.join(dir, "out"), { soffice })).toThrow(/introuvable/);
    expect(existsSync(path.join(dir, "log"))).toBe(false);
  });

  it("prints the files written, from the command line", () => {
    const soffice = fakeSoffice(path.join(dir, "bin"), path.join(dir, "log"), WORKS);
    const out = path.join(dir, "out");
    const printed = execFileSync(process.execPath, [DRIVER, input(), out], { env: { PATH: "", SOFFICE: soffice }, encoding: "utf8" });
    expect(printed.trim().split("\n")).toEqual([
      path.join(out, "cpts.xlsx"),
      path.join(out, "cpts-Budget prévisionnel.csv"),
      path.join(out, "cpts-Paramètres.csv"),
    ]);
  });
});
