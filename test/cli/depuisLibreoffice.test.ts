/**
 * `classeur --depuis` in LibreOffice: a client-filled file regenerated with another taille and
 * missions computes the right totals outside Excel — the new taille's grid, the user's expenses
 * (typed amounts, a formula, an added row) and resources.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { recalculate } from "../../scripts/xlsx-recalc";
import { annualFunding, findGridVersion } from "../../src/domain";
import { SHEET_NAMES } from "../../src/sheets/plan";
import { BASE, clientEdits, fillAsClient, named, readOk, run, storedChoices } from "./depuisClient";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "depuis-lo-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it(
  "a regenerated client file computes the new taille's totals with the user's amounts in LibreOffice",
  async () => {
    expect((await run(dir, [...BASE, "--out", "client.xlsx"])).code).toBe(0);
    const filled = await fillAsClient(dir, "client.xlsx", clientEdits(), SHEET_NAMES);
    const r = await run(dir, ["--depuis", filled, "--taille", "4", "--missions", "acces,parcours,prevention,crise", "--out", "client-2027.xlsx"]);
    expect(r.code).toBe(0);
    const after = await readOk(dir, "client-2027.xlsx");
    // Totals recalculated outside Excel.
    const outDir = path.join(dir, "recalc");
    recalculate(path.join(dir, "client-2027.xlsx"), outDir, { timeoutMs: 15 * 60_000 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(outDir, "client-2027.xlsx"));
    const version = findGridVersion(storedChoices(after)!.versionId)!;
    const aci = annualFunding(version, 4, { missions: ["acces", "parcours", "prevention", "crise"], snp: false }, 1).total;
    expect(named(wb, "CPTS_Taille")).toBe(4);
    expect(named(wb, "CPTS_TotalACI")).toBe(aci);
    expect(named(wb, "CPTS_TotalDepenses")).toBe(42_000 + 12_500 + 10_000 + 3_000);
    expect(named(wb, "CPTS_TotalRessources")).toBe(aci + 8_000);
  },
  20 * 60_000,
);
