/**
 * « Réparer les formules CPTS » on a workbook reopened without the add-in's metadata: its CPTS.*
 * formulas read back as `_xldudf_CPTS_…(` (OfficeDev/Excel-Custom-Functions#108,
 * OfficeDev/office-js#3558), modelled by test/double/udfSpelling.ts. Every spelling is re-entered as
 * `CPTS.X(`, counted, and computes again.
 */
import { createWorkbookApi } from "../../src/excel";
import { usesCptsFunction } from "../../src/sheets/formulaText";
import { SHEET_KEYS, SHEET_NAMES } from "../../src/sheets/plan";
import { PLATFORMS, WorkbookDouble } from "../double";
import { fileSpelling, reopenWithoutAddinMetadata } from "../double/udfSpelling";
import { choicesFor, newWorkbook } from "../excel/fixtures";
import { rowsByKey } from "../excel/userData";

const BUDGET = "Budget prévisionnel";

function ourFormulas(double: WorkbookDouble): string[] {
  return SHEET_KEYS.flatMap((k) => {
    const used = double.usedRange(SHEET_NAMES[k], true);
    return used
      ? double
          .formulas(SHEET_NAMES[k], used)
          .flat()
          .filter((f): f is string => typeof f === "string" && f.startsWith("="))
      : [];
  });
}

function ourValues(double: WorkbookDouble): unknown[] {
  return SHEET_KEYS.flatMap((k) => {
    const used = double.usedRange(SHEET_NAMES[k], true);
    return used ? double.values(SHEET_NAMES[k], used).flat() : [];
  });
}

const SPELLINGS: [string, (name: string) => string][] = [
  ["Excel's file spelling _xldudf_CPTS_ACI", fileSpelling],
  ["the prefix in capitals _XLDUDF_CPTS_ACI", (name) => `_XLDUDF_CPTS_${name.toUpperCase()}`],
  ["all lower case _xldudf_cpts_aci", (name) => `_xldudf_cpts_${name.toLowerCase()}`],
  ["typed in lower case cpts.aci", (name) => `cpts.${name.toLowerCase()}`],
];

describe("repairFormulas after a reopening without the add-in's metadata", () => {
  // Reported on Windows, Mac and Excel on the web alike (office-js#5865, #5611): Excel's own spelling on each platform, the others on the web.
  const cases = [
    ...PLATFORMS.map((platform) => ({ label: SPELLINGS[0][0], spell: SPELLINGS[0][1], platform })),
    ...SPELLINGS.slice(1).map(([label, spell]) => ({ label, spell, platform: "web" as const })),
  ];
  it.each(cases)("re-enters and counts every CPTS.* formula read back in $label, on $platform", async ({ spell, platform }) => {
    const double = newWorkbook({ platform });
    const api = createWorkbookApi(double.run);
    await api.generateWorkbook(choicesFor());
    // The user's own call in an amount cell, beside the flags the plan writes (CPTS.RETARD, CPTS.EQUILIBRE).
    const cell = `D${rowsByKey(double, BUDGET).get("budget:parcours:dep:salaires")}`;
    double.type(BUDGET, cell, '=CPTS.ACI(3,"parcours")');
    expect(double.value(BUDGET, cell)).toBe(90_000);
    const calls = ourFormulas(double).filter((f) => usesCptsFunction(f)).length;
    expect(calls).toBeGreaterThan(1);

    const reopened = reopenWithoutAddinMetadata(double, spell);
    expect(reopened).toBe(calls);
    expect(double.formula(BUDGET, cell)).toBe(`=${spell("ACI")}(3,"parcours")`);
    // The add-in then loads: Excel keeps #NAME? in those cells until they are re-entered (office-js#4487, #6611).
    double.loadCustomFunctions();
    expect(double.value(BUDGET, cell)).toBe("#NAME?");

    expect(await api.repairFormulas()).toBe(calls);
    expect(double.formula(BUDGET, cell)).toBe('=CPTS.ACI(3,"parcours")');
    expect(double.value(BUDGET, cell)).toBe(90_000);
    const after = ourFormulas(double);
    expect(after.filter((f) => /_xldudf_/i.test(f))).toEqual([]);
    expect(after.filter((f) => /(^|[^A-Za-z0-9_.])cpts\./.test(f))).toEqual([]);
    expect(ourValues(double).filter((v) => v === "#NAME?")).toEqual([]);
    // Repaired cells read as written: a second pass re-enters the same formulas, now canonical.
    expect(await api.repairFormulas()).toBe(calls);
  });

  it("regenerating such a workbook carries the user's call back as CPTS.X(, computing again", async () => {
    const double = newWorkbook();
    const api = createWorkbookApi(double.run);
    await api.generateWorkbook(choicesFor());
    const cellOf = () => `D${rowsByKey(double, BUDGET).get("budget:parcours:dep:salaires")}`;
    double.type(BUDGET, cellOf(), '=CPTS.ACI(3,"parcours")');
    reopenWithoutAddinMetadata(double);
    double.loadCustomFunctions();
    expect(double.formula(BUDGET, cellOf())).toBe('=_xldudf_CPTS_ACI(3,"parcours")');
    await api.generateWorkbook(choicesFor({ missions: ["parcours", "acces"] }));
    expect(double.formula(BUDGET, cellOf())).toBe('=CPTS.ACI(3,"parcours")');
    expect(double.value(BUDGET, cellOf())).toBe(90_000);
  });

  it("leaves alone a text that only mentions a spelling, and a workbook with nothing to repair", async () => {
    const double = newWorkbook();
    const api = createWorkbookApi(double.run);
    await api.generateWorkbook(choicesFor());
    const cell = `B${rowsByKey(double, BUDGET).get("budget:parcours:dep:salaires")}`;
    double.type(BUDGET, cell, '=LEN("_xldudf_CPTS_ACI(")');
    const calls = ourFormulas(double).filter((f) => usesCptsFunction(f)).length;
    reopenWithoutAddinMetadata(double);
    double.loadCustomFunctions();
    expect(await api.repairFormulas()).toBe(calls);
    expect(double.formula(BUDGET, cell)).toBe('=LEN("_xldudf_CPTS_ACI(")');
    expect(double.value(BUDGET, cell)).toBe(17);
  });
});
