import ExcelJS from "exceljs";
import { serialFromDate } from "../../src/domain";
import { SHEET_NAMES, parseSheetMarker } from "../../src/sheets/plan";
import { ROLE_STYLES } from "../../src/sheets/styles";
import { argb } from "../../src/xlsx/color";
import { wrappedLines } from "../../src/sheets/rowHeights";
import { writeWorkbookBuffer } from "../../src/xlsx/writeWorkbook";
import { SIGNATURE_SERIAL, fixturePlan } from "./fixturePlan";

async function roundTrip() {
  const { buffer, skippedCharts } = await writeWorkbookBuffer(fixturePlan());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as never);
  return { wb, skippedCharts, buffer };
}

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value as { formula?: string } | null;
  return v && typeof v === "object" && "formula" in v ? v.formula : undefined;
}

describe("writeWorkbookBuffer on a hand-made plan", () => {
  let wb: ExcelJS.Workbook;
  let skipped: Awaited<ReturnType<typeof roundTrip>>["skippedCharts"];
  beforeAll(async () => {
    const r = await roundTrip();
    wb = r.wb;
    skipped = r.skippedCharts;
  });

  it("writes every sheet in plan order, with its marker in A1 and column A hidden", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEET_NAMES.parametres, SHEET_NAMES.versements]);
    expect(parseSheetMarker(wb.getWorksheet("Paramètres")!.getCell("A1").value)).toEqual({ key: "parametres", version: 1 });
    expect(parseSheetMarker(wb.getWorksheet("Versements")!.getCell("A1").value)).toEqual({ key: "versements", version: 1 });
    for (const ws of wb.worksheets) expect(ws.getColumn(1).hidden).toBe(true);
  });

  it("writes row keys in column A and leaves spacer rows' column A empty", () => {
    const ws = wb.getWorksheet("Paramètres")!;
    expect(ws.getCell("A3").value).toBe("population");
    expect(ws.getCell("A9").value).toBe("mission:acces");
    expect(ws.getCell("A7").value).toBeNull();
  });

  it("writes formulas as formulas with no cached result, and literals as values", () => {
    const ws = wb.getWorksheet("Paramètres")!;
    expect(formulaOf(ws.getCell("C4"))).toBe("IF(C3<40000,1,IF(C3<80000,2,IF(C3<=175000,3,4)))");
    expect((ws.getCell("C4").value as { result?: unknown }).result).toBeUndefined();
    expect(formulaOf(ws.getCell("D11"))).toBe('SUMIFS(D9:D10,C9:C10,"Oui")*CPTS_TauxAtteinte');
    expect(ws.getCell("C3").value).toBe(95000);
    // ExcelJS reads a number under a date format back as a Date: 01/03/2026 is the serial written.
    expect(ws.getCell("C5").value).toEqual(new Date(Date.UTC(2026, 2, 1)));
    expect(SIGNATURE_SERIAL).toBe(serialFromDate({ year: 2026, month: 3, day: 1 }));
  });

  it("stores CPTS.* calls as Excel does and prefixes newer functions", () => {
    const ws = wb.getWorksheet("Versements")!;
    expect(formulaOf(ws.getCell("D3"))).toBe('_xlfn.IFNA(_xldudf_CPTS_RETARD(C3,"En cours"),"")');
    expect(formulaOf(ws.getCell("C4"))).toBe("'Paramètres'!D11*5");
  });

  it("applies number formats, role fills and fonts from the shared style table", () => {
    const ws = wb.getWorksheet("Paramètres")!;
    expect(ws.getCell("C5").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("C6").numFmt).toBe("0 %");
    expect(ws.getCell("D9").numFmt).toBe('#,##0 "€"');
    const fillOf = (a: string) => (ws.getCell(a).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(fillOf("C3")).toBe(argb(ROLE_STYLES.input.fill!));
    expect(fillOf("C4")).toBe(argb(ROLE_STYLES.computed.fill!));
    expect(fillOf("B2")).toBe(argb(ROLE_STYLES.header.fill!));
    expect(fillOf("C3")).not.toBe(fillOf("C4"));
    expect(ws.getCell("B2").font.color?.argb).toBe(argb(ROLE_STYLES.header.fontColor));
    expect(ws.getCell("B2").font.bold).toBe(true);
    expect(ws.getCell("B1").font.size).toBe(ROLE_STYLES.title.size);
    expect(ws.getCell("B12").alignment.wrapText).toBe(true);
    expect(ws.getCell("B12").font.italic).toBe(true);
    expect(ws.getCell("C3").border.top?.style).toBe("thin");
  });

  it("sets column widths, row heights, frozen panes and tab colours", () => {
    const ws = wb.getWorksheet("Paramètres")!;
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.getRow(1).height).toBe(24);
    // The wrapped note needs more lines of its 30-wide column than the planned 30 points hold.
    const noteLines = wrappedLines(ws.getCell("B12").value as string, 30);
    expect(noteLines).toBeGreaterThan(1);
    expect(ws.getRow(12).height).toBe(noteLines * 15 + 2);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:2" });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(wb.getWorksheet("Versements")!.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 2 });
    expect(ws.properties.tabColor).toEqual({ argb: "FFFFC000" });
  });

  it("defines workbook-level names on single cells", () => {
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    const byName = Object.fromEntries(names.map((n) => [n.name, n.ranges]));
    expect(byName.CPTS_Taille).toEqual(["'Paramètres'!$C$4"]);
    expect(byName.CPTS_Signature).toEqual(["'Paramètres'!$C$5"]);
    expect(byName.CPTS_TauxAtteinte).toEqual(["'Paramètres'!$C$6"]);
    expect(byName.CPTS_TotalContrat).toEqual(["Versements!$C$4"]);
  });

  it("writes data validations of each type with French messages", () => {
    const ws = wb.getWorksheet("Paramètres")!;
    expect(ws.getCell("C9").dataValidation).toMatchObject({ type: "list", formulae: ['"Oui,Non"'], error: "Choisissez Oui ou Non.", showErrorMessage: true });
    expect(ws.getCell("C10").dataValidation).toMatchObject({ type: "list" });
    expect(ws.getCell("C3").dataValidation).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [0],
      prompt: "Nombre d'habitants du territoire",
    });
    expect(ws.getCell("C6").dataValidation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 1] });
    const date = ws.getCell("C5").dataValidation;
    expect(date).toMatchObject({ type: "date", operator: "greaterThanOrEqual" });
    // 367 is 01/01/1901.
    expect((date.formulae[0] as Date).toISOString().slice(0, 10)).toBe("1901-01-01");
    expect(ws.getCell("C4").dataValidation).toBeUndefined();
  });

  it("writes formula conditional formats with their fill and font", () => {
    const ws = wb.getWorksheet("Paramètres")! as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
    expect(ws.conditionalFormattings).toHaveLength(1);
    const [cf] = ws.conditionalFormattings;
    expect(cf.ref).toBe("B9:D10");
    const rule = cf.rules[0] as ExcelJS.ExpressionRuleType;
    expect(rule.type).toBe("expression");
    expect(rule.formulae).toEqual(['$C9="Oui"']);
    expect((rule.style!.fill as ExcelJS.FillPattern).bgColor?.argb).toBe("FFC6EFCE");
    expect(rule.style!.font).toMatchObject({ bold: true, color: { argb: "FF006100" } });
  });

  it("declares the plan's tables over the written cells", () => {
    const ws = wb.getWorksheet("Paramètres")!;
    const table = ws.getTable("CPTS_Missions") as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect(table.table.tableRef).toBe("B8:D10");
    expect(table.table.columns.map((c) => c.name)).toEqual(["Mission", "Retenue", "Montant"]);
    // The table keeps the cells' own content and look.
    expect(ws.getCell("C9").value).toBe("Oui");
    expect((ws.getCell("C9").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb(ROLE_STYLES.input.fill!));
  });

  it("reports the charts it cannot write instead of faking them", () => {
    expect(skipped.map((s) => [s.sheet, s.chart.name])).toEqual([["Versements", "Graphique"]]);
  });
});

describe("writer errors on plans it cannot write faithfully", () => {
  it("refuses a table without data rows, a list value with a comma, a cell in the key column", async () => {
    const noRows = fixturePlan();
    noRows.sheets[0].tables = [{ name: "T", range: "B8:D8" }];
    await expect(writeWorkbookBuffer(noRows)).rejects.toThrow(/pas de ligne de données/);

    const comma = fixturePlan();
    comma.sheets[0].validations = [{ range: "C9", type: "list", values: ["Oui, bien sûr", "Non"], error: "x" }];
    await expect(writeWorkbookBuffer(comma)).rejects.toThrow(/virgule/);

    const keyCell = fixturePlan();
    keyCell.sheets[1].rows[2].cells[0] = { value: "x" };
    await expect(writeWorkbookBuffer(keyCell)).rejects.toThrow(/colonne A/);
  });

  it("refuses a name pointing at a sheet the plan does not have", async () => {
    const plan = fixturePlan();
    plan.names.push({ name: "CPTS_TotalDepenses", sheet: "budget", address: "$C$5" });
    await expect(writeWorkbookBuffer(plan)).rejects.toThrow(/CPTS_TotalDepenses/);
  });
});
