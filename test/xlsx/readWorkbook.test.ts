/**
 * Reading a client's .xlsx into the grid the pure carry-over reads: formulas in the add-in's spelling,
 * values typed as office-js gives them, our sheets by marker whatever their name, the names, what
 * ExcelJS cannot write back, and the refusals (not ours, damaged, encrypted, .xls).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { DEFAULT_GRID_VERSION, serialFromDate } from "../../src/domain";
import { planCarryOver } from "../../src/sheets/carryOver/planCarryOver";
import { SheetKey, WorkbookChoices, sheetMarker } from "../../src/sheets/plan";
import { planWorkbook } from "../../src/sheets/workbook";
import { READ_MESSAGES as M } from "../../src/xlsx/readMessages";
import { ReadWorkbook, formulaFromFile, readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { workbookBuffer, writePlanInto } from "../../src/xlsx/writeInto";
import { writeWorkbookBuffer } from "../../src/xlsx/writeWorkbook";

async function bufferOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A workbook with one of our sheets (renamed by its user) and one of the user's. */
function clientWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ours = wb.addWorksheet("Mon budget");
  ours.getCell("A1").value = sheetMarker("budget");
  ours.getCell("A2").value = "budget:1A:dep:salaires";
  ours.getCell("B2").value = "0612345678";
  ours.getCell("C2").value = "=SOMME à prévoir";
  ours.getCell("D2").value = 1234.5;
  ours.getCell("E2").value = new Date(Date.UTC(2026, 2, 1));
  ours.getCell("E2").numFmt = "dd/mm/yyyy";
  ours.getCell("F2").value = true;
  // A formula whose cached result is 0: ExcelJS reads it back without a result.
  ours.getCell("G2").value = { formula: "D2-D2", result: 0 } as ExcelJS.CellFormulaValue;
  ours.getCell("H2").value = { formula: "_xldudf_CPTS_RETARD(E2,E2)" } as ExcelJS.CellFormulaValue;
  ours.getCell("B3").value = { richText: [{ text: "Dr " }, { font: { bold: true }, text: "Martin" }] };
  ours.getCell("D3").value = { formula: "D2*2", result: 2469 } as ExcelJS.CellFormulaValue;
  ours.getCell("D4").value = { sharedFormula: "D3", result: 2469 } as ExcelJS.CellSharedFormulaValue;
  const theirs = wb.addWorksheet("Budget prévisionnel");
  theirs.getCell("A1").value = "Mes propres calculs";
  wb.definedNames.add("'Mon budget'!$D$2", "CPTS_Test");
  return wb;
}

describe("readWorkbookFile", () => {
  it("reads formulas in the add-in's spelling and values typed like office-js, our sheet found by its marker under any name", async () => {
    const result = await readWorkbookFile(await bufferOf(clientWorkbook()));
    if (!result.ok) throw new Error(result.message);
    const { read } = result;
    expect(read.sheets.map((s) => s.name)).toEqual(["Mon budget", "Budget prévisionnel"]);
    // The sheet bearing our name without our marker is the user's.
    expect(Object.keys(read.ours)).toEqual(["budget"]);
    const budget = read.ours.budget!;
    expect(budget.name).toBe("Mon budget");
    expect(budget.formulas[1].slice(0, 8)).toEqual([
      "budget:1A:dep:salaires",
      "0612345678",
      "=SOMME à prévoir",
      1234.5,
      serialFromDate({ year: 2026, month: 3, day: 1 }),
      true,
      "=D2-D2",
      "=CPTS.RETARD(E2,E2)",
    ]);
    // A text reading "=…" has the same text as value; a formula's value is its result (null when the file has none).
    expect(budget.values![1][2]).toBe("=SOMME à prévoir");
    expect(budget.values![1][6]).toBeNull();
    expect(budget.formulas[2][1]).toBe("Dr Martin");
    expect(budget.formulas[2][3]).toBe("=D2*2");
    expect(budget.values![2][3]).toBe(2469);
    // A shared formula reads as its own, translated to its row.
    expect(budget.formulas[3][3]).toBe("=D3*2");
    expect(read.names.get("CPTS_Test")).toBe("='Mon budget'!$D$2");
    expect(read.notKept).toEqual([]);
  });

  it("turns a file's spelling of functions back into the add-in's", () => {
    expect(formulaFromFile("_xlfn.XLOOKUP(A1,B:B,C:C)")).toBe("=XLOOKUP(A1,B:B,C:C)");
    expect(formulaFromFile('IFERROR(_xldudf_CPTS_RETARD(A1),"_xlfn.X")')).toBe('=IFERROR(CPTS.RETARD(A1),"_xlfn.X")');
  });

  it("names what ExcelJS will not write back (a chart part in the package)", async () => {
    const zip = await JSZip.loadAsync(await bufferOf(clientWorkbook()));
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
    const result = await readWorkbookFile(await zip.generateAsync({ type: "nodebuffer" }));
    if (!result.ok) throw new Error(result.message);
    expect(result.read.notKept).toEqual([M.charts, M.pivotTables]);
  });

  it("refuses a workbook without any of our markers", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Feuil1").getCell("A1").value = "CPTS-ADDIN|inconnue|1";
    expect(await readWorkbookFile(await bufferOf(wb))).toEqual({ ok: false, message: M.notOurs });
  });

  it("refuses an .xls, an encrypted workbook, a file that is no workbook and a damaged one, each with its reason", async () => {
    const compound = Buffer.alloc(1024);
    compound.writeUInt32BE(0xd0cf11e0, 0);
    compound.writeUInt32BE(0xa1b11ae1, 4);
    expect(await readWorkbookFile(compound)).toEqual({ ok: false, message: M.oldFormat });
    const encrypted = Buffer.concat([compound, Buffer.from("EncryptedPackage", "utf16le")]);
    expect(await readWorkbookFile(encrypted)).toEqual({ ok: false, message: M.encrypted });
    expect(await readWorkbookFile(Buffer.from("nom;population\n"))).toEqual({ ok: false, message: M.notXlsx });
    const whole = await bufferOf(clientWorkbook());
    const damaged = await readWorkbookFile(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) expect(damaged.message).toMatch(/^Ce classeur est endommagé ou illisible \(.+\)/);
  });
});

/** Regenerates a file through the command line's path (read, pure carry-over, plan, write into the loaded workbook). */
async function regenerateFile(buffer: Buffer, choices: WorkbookChoices): Promise<ReadWorkbook> {
  const first = await readWorkbookFile(buffer);
  if (!first.ok) throw new Error(first.message);
  const keys = Object.keys(first.read.ours) as SheetKey[];
  const carried = planCarryOver(first.read.ours, choices, keys, choices);
  writePlanInto(first.read, planWorkbook(choices, carried.carryOver));
  const second = await readWorkbookFile(await workbookBuffer(first.read.workbook));
  if (!second.ok) throw new Error(second.message);
  return second.read;
}

describe("whatever a user types survives a regeneration of the file", () => {
  const choices: WorkbookChoices = {
    nom: "CPTS",
    population: 95_000,
    tailleOverride: null,
    signature: serialFromDate({ year: 2026, month: 3, day: 1 }),
    versionId: DEFAULT_GRID_VERSION.id,
    taux: 1,
    missions: ["acces", "parcours", "prevention"],
    snp: false,
    dateReference: null,
  };
  const KEY = "elab:projet-redaction";
  const COL = 4;
  // Texts Excel would read as something else when typed, and anything else.
  const typedText = fc
    .tuple(fc.constantFrom("", "=", "'", "''", "0", "00", "+", "-", "@", "#N/A", "TRUE", "1/2", "Jan 5", "12,5 %", " "), fc.string({ maxLength: 12 }))
    .map(([prefix, rest]) => prefix + rest)
    // XML 1.0 cannot hold control characters: Excel cannot store them either.
    .filter((s) => s.trim() !== "" && ![...s].some((ch) => ch.charCodeAt(0) < 0x20 || ch === "\ufffe" || ch === "\uffff"));
  const typed = fc.oneof(typedText, fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.boolean());

  it("texts (leading zeros, =, ', +, dates and numbers spelled as text), numbers and booleans, in a keyed row and in an added row", async () => {
    const base = (await writeWorkbookBuffer(planWorkbook(choices))).buffer;
    await fc.assert(
      fc.asyncProperty(typed, typed, async (inCell, inAddedRow) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(base as unknown as ExcelJS.Buffer);
        const ws = wb.getWorksheet("FdR Élaboration")!;
        let row = 1;
        while (ws.getCell(row, 1).value !== KEY) row++;
        ws.getCell(row, COL + 1).value = inCell;
        ws.spliceRows(row + 1, 0, []);
        ws.getCell(row + 1, 2).value = inAddedRow;
        const read = await regenerateFile(await bufferOf(wb), choices);
        const grid = read.ours.fdrElaboration!.formulas;
        const at = grid.findIndex((r) => r[0] === KEY);
        const number = (v: unknown) => (typeof v === "number" ? (Object.is(v, -0) ? 0 : v) : v);
        expect([grid[at][COL], grid[at + 1][1]]).toEqual([number(inCell), number(inAddedRow)]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
