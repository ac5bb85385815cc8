/**
 * The Indicateurs sheet of an exported file, recalculated by LibreOffice (no add-in: every
 * CPTS.ATTEINTE and CPTS.RETARD answers through its native twin) after a user typed indicators:
 * each attainment, each mission's rate (CPTS_Atteinte<Mission>) and estimated variable part equal
 * the domain's, the late measure's verdict is CPTS.RETARD's, no cell of the sheet shows an error;
 * then one measure changed in the saved file moves its mission's rate and amount at the next
 * recalculation. Same driver as test/xlsx/libreoffice.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { findSoffice, MISSING_SOFFICE, recalculate as recalculateInLibreOffice } from "../../scripts/xlsx-recalc";
import { edate, latenessStatus } from "../../src/domain";
import { attainment, missionAttainment } from "../../src/domain/attainment";
import { parseA1 } from "../../src/sheets/addresses";
import { COL, measureCol, seuilCol } from "../../src/sheets/indicateursFormulas";
import { missionAttainmentName } from "../../src/sheets/missionRates";
import { planWorkbook } from "../../src/sheets/workbook";
import { writeWorkbookBuffer } from "../../src/xlsx/writeWorkbook";
import { parseCsv } from "./csv";
import { EXPORT_CHOICES } from "./fixtures";

const ERROR_TEXT = /^(#(NAME\?|VALUE!|DIV\/0!|REF!|N\/A|NUM!|NULL!)|Err:\d+)$/;
// Eight months into year 1: the 1st follow-up meeting (6 months) is past, the 2nd (12 months) to come.
const DATE_REF = edate(EXPORT_CHOICES.signature, 8);
const CHOICES = { ...EXPORT_CHOICES, dateReference: DATE_REF };

/** What the user types, by row key: column → value. */
const TYPED: Record<string, Record<number, number | string>> = {
  // Progression de la patientèle: 40 → 60, measured 55 at the 1st meeting: 75 %.
  "ind:acces:1": { [COL.depart]: 40, [COL.cible]: 60, [COL.part]: 3000, [measureCol(1, 1)]: 55 },
  // Recours aux urgences, by paliers 95 | 50 %, 85 | 100 %: 100 → 80, measured 90 at the 2nd meeting: 50 %.
  "ind:acces:7": {
    [COL.depart]: 100,
    [COL.cible]: 80,
    [COL.part]: 1000,
    [COL.regle]: "Paliers",
    [seuilCol(1)]: 95,
    [seuilCol(1) + 1]: 0.5,
    [seuilCol(2)]: 85,
    [seuilCol(2) + 1]: 1,
    [measureCol(1, 2)]: 90,
  },
  // Not measured yet although its 1st meeting is past: left out of the rate, late.
  "ind:acces:3": { [COL.depart]: 30, [COL.cible]: 20, [COL.part]: 2000 },
  // A means indicator the user made financial: 0 → 10, measured 10: 100 %.
  "ind:prevention:1": { [COL.financier]: "Oui", [COL.depart]: 0, [COL.cible]: 10, [COL.part]: 500, [measureCol(1, 1)]: 10 },
};

let dir: string;
beforeAll(() => {
  if (!findSoffice()) throw new Error(MISSING_SOFFICE);
  dir = mkdtempSync(path.join(os.tmpdir(), "cpts-lo-ind-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("LibreOffice recalculation of the Indicateurs sheet", () => {
  const plan = planWorkbook(CHOICES);
  const sheet = plan.sheets.find((s) => s.key === "indicateurs")!;
  const rowOf = (key: string): number => sheet.rows.findIndex((r) => r.key === key) + 1;
  let ws: ExcelJS.Worksheet;
  let csv: string[][];
  /** The file as the user saved it (the export, with the typed indicators). */
  let saved: ExcelJS.Workbook;

  async function recalculate(name: string, wb: ExcelJS.Workbook): Promise<void> {
    const input = path.join(dir, `${name}.xlsx`);
    const outDir = path.join(dir, `${name}-out`);
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    recalculateInLibreOffice(input, outDir, { timeoutMs: 15 * 60_000 });
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(outDir, `${name}.xlsx`));
    ws = out.getWorksheet(sheet.name)!;
    csv = parseCsv(readFileSync(path.join(outDir, `${name}-${sheet.name}.csv`), "utf8"));
  }

  /** A cell's shown value: the cached result, else (ExcelJS reads a cached 0 as none) the CSV's text. */
  function shown(row: number, col: number): unknown {
    const v = ws.getCell(row, col + 1).value;
    if (v !== null && typeof v === "object" && "result" in v && v.result !== undefined) return v.result;
    if (v !== null && typeof v === "object" && "formula" in v) {
      const text = (csv[row - 1]?.[col] ?? "").trim();
      return /^-?0([,.]0+)?( €| %)?$/.test(text) ? 0 : text;
    }
    return v;
  }
  const named = (name: string): unknown => {
    const { address } = plan.names.find((n) => n.name === name)!;
    const { col, row } = parseA1(address.replace(/\$/g, ""));
    return shown(row, col);
  };
  const summary = (mission: string, item: string): number => shown(rowOf(`ind:${mission}:${item}`), COL.nature) as number;

  /** The domain's rate of a row from what was typed (paliers as the sheet lays them, parts as typed). */
  function domainRate(key: string): number | undefined {
    const t = TYPED[key];
    const measure = (t[measureCol(1, 2)] ?? t[measureCol(1, 1)] ?? null) as number | null;
    const paliers =
      t[COL.regle] === "Paliers"
        ? [1, 2, 3]
            .map((k) => ({ seuil: (t[seuilCol(k)] ?? 0) as number, part: (t[seuilCol(k) + 1] ?? 0) as number }))
            .filter((p) => p.seuil !== 0 || p.part !== 0)
        : [];
    const result = attainment(t[COL.depart] as number, t[COL.cible] as number, measure, paliers);
    return result.ok ? result.rate : undefined;
  }
  const accesRate = (): number | undefined =>
    missionAttainment(["ind:acces:1", "ind:acces:7", "ind:acces:3"].map((k) => ({ financier: true, part: TYPED[k][COL.part] as number, rate: domainRate(k) })));

  beforeAll(async () => {
    saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await writeWorkbookBuffer(plan)).buffer as never);
    const typedWs = saved.getWorksheet(sheet.name)!;
    for (const [key, cols] of Object.entries(TYPED))
      for (const [col, value] of Object.entries(cols)) typedWs.getCell(rowOf(key), Number(col) + 1).value = value;
    await recalculate("indicateurs", saved);
  });

  it("computes each indicator's attainment and each mission's rate as the domain", () => {
    for (const key of ["ind:acces:1", "ind:acces:7", "ind:prevention:1"]) expect(shown(rowOf(key), COL.atteinte)).toBeCloseTo(domainRate(key)!, 9);
    expect(shown(rowOf("ind:acces:3"), COL.atteinte)).toBe("");
    expect(accesRate()).toBeCloseTo((3000 * 0.75 + 1000 * 0.5) / 4000, 12);
    expect(named(missionAttainmentName("acces"))).toBeCloseTo(accesRate()!, 9);
    expect(named(missionAttainmentName("prevention"))).toBe(1);
    // Nothing measured: "" and the mission keeps the global taux (100 % here).
    expect(named(missionAttainmentName("parcours"))).toBe("");
    expect(summary("parcours", "taux")).toBe(1);
  });

  it("estimates each mission's variable part: the contract's variable volet × its rate", () => {
    const volet = summary("acces", "volet");
    expect(volet).toBeGreaterThan(0);
    expect(summary("acces", "estimee")).toBeCloseTo(volet * accesRate()!, 6);
    expect(summary("prevention", "estimee")).toBeCloseTo(summary("prevention", "volet"), 6);
  });

  it("says a measure is late through CPTS.RETARD's native twin", () => {
    const due = edate(CHOICES.signature, 6);
    expect(shown(rowOf("ind:acces:3"), COL.suivi)).toBe(latenessStatus(due, "Non démarré", DATE_REF));
    expect(String(shown(rowOf("ind:acces:3"), COL.suivi))).toMatch(/^En retard de \d+ j$/);
  });

  it("shows no error on the sheet", () => {
    const errors: string[] = [];
    csv.forEach((cells, r) => cells.forEach((text, c) => ERROR_TEXT.test(text.trim()) && errors.push(`ligne ${r + 1} colonne ${c + 1} = ${text}`)));
    expect(errors).toEqual([]);
  });

  it("moves the mission's rate and amount when one measure changes in the saved file", async () => {
    const before = summary("acces", "estimee");
    saved.getWorksheet(sheet.name)!.getCell(rowOf("ind:acces:1"), measureCol(1, 1) + 1).value = 60;
    TYPED["ind:acces:1"][measureCol(1, 1)] = 60;
    await recalculate("indicateurs-2", saved);
    expect(accesRate()).toBeCloseTo((3000 + 500) / 4000, 12);
    expect(named(missionAttainmentName("acces"))).toBeCloseTo(accesRate()!, 9);
    const after = summary("acces", "estimee");
    expect(after).toBeCloseTo(summary("acces", "volet") * accesRate()!, 6);
    expect(after).toBeGreaterThan(before);
  });
});
