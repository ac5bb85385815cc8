/**
 * The sheets look as planned (roles → fills and fonts, number formats, widths, frozen panes, tables,
 * validations, conditional formats, chart), and a regeneration leaves exactly the new plan's
 * objects: nothing from the old layout lingers, nothing is duplicated.
 */
import { generateWorkbook } from "../../src/excel/generate";
import { columnWidthPoints } from "../../src/excel/columnWidth";
import { SHEET_KEYS, SHEET_NAMES, WorkbookChoices } from "../../src/sheets/plan";
import { ROLE_STYLES } from "../../src/sheets/styles";
import { planWorkbook } from "../../src/sheets/workbook";
import type { WorkbookDouble } from "../double";
import { choicesFor, newWorkbook } from "./fixtures";
import { columnLetter } from "./userData";

function lookProblems(double: WorkbookDouble, choices: WorkbookChoices): string[] {
  const problems: string[] = [];
  for (const plan of planWorkbook(choices).sheets) {
    const sheet = double.sheet(SHEET_NAMES[plan.key]);
    plan.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        if (!cell) return;
        const at = `${plan.name}!${columnLetter(c)}${r + 1}`;
        const f = double.cellFormat(plan.name, `${columnLetter(c)}${r + 1}`);
        const style = cell.role ? ROLE_STYLES[cell.role] : undefined;
        if (f["fill.color"] !== style?.fill) problems.push(`${at} fond ${String(f["fill.color"])} ≠ ${String(style?.fill)}`);
        if ((f["font.bold"] ?? false) !== (cell.bold ?? style?.bold ?? false)) problems.push(`${at} gras`);
        if ((f.numberFormat ?? undefined) !== cell.format) problems.push(`${at} format ${String(f.numberFormat)} ≠ ${String(cell.format)}`);
        if (style?.border && f["borders.EdgeTop.style"] !== "Continuous") problems.push(`${at} bordure`);
      }),
    );
    plan.columns.forEach((col, c) => {
      if (sheet.columnWidths.get(c) !== columnWidthPoints(col.width)) problems.push(`${plan.name} largeur colonne ${c}`);
      if (sheet.hiddenColumns.has(c) !== Boolean(col.hidden)) problems.push(`${plan.name} colonne ${c} masquée ?`);
    });
    if (JSON.stringify(sheet.freeze) !== JSON.stringify(plan.freeze ?? { rows: 0, columns: 0 })) problems.push(`${plan.name} volets figés`);
    const tables = sheet.tables.map((t) => [t.name, `${columnLetter(t.rect.c0)}${t.rect.r0 + 1}:${columnLetter(t.rect.c1)}${t.rect.r1 + 1}`]);
    if (JSON.stringify(tables) !== JSON.stringify(plan.tables.map((t) => [t.name, t.range]))) problems.push(`${plan.name} tableaux ${JSON.stringify(tables)}`);
    if (sheet.validations.length !== plan.validations.length)
      problems.push(`${plan.name} validations ${sheet.validations.length} ≠ ${plan.validations.length}`);
    const cfs = sheet.conditionalFormats.map((cf) => cf.formula);
    if (JSON.stringify(cfs) !== JSON.stringify(plan.conditionalFormats.map((cf) => cf.formula))) problems.push(`${plan.name} mises en forme conditionnelles`);
    const charts = sheet.charts.map((ch) => [ch.name, ch.title, ch.series.map((s) => s.name)]);
    if (JSON.stringify(charts) !== JSON.stringify(plan.charts.map((ch) => [ch.name, ch.title, ch.series.map((s) => s.name)])))
      problems.push(`${plan.name} graphiques ${JSON.stringify(charts)}`);
  }
  return problems;
}

describe("the look of the generated sheets", () => {
  it("follows the plans: roles, formats, widths, panes, tables, validations, conditional formats, chart", async () => {
    const double = newWorkbook();
    const choices = choicesFor();
    await generateWorkbook(choices, {}, double.run);
    expect(lookProblems(double, choices)).toEqual([]);
    expect(double.sheet("Budget prévisionnel").charts).toHaveLength(1);
    // Inputs are visibly distinct from computed cells.
    expect(ROLE_STYLES.input.fill).not.toBe(ROLE_STYLES.computed.fill);
  });

  it("after regenerating with fewer missions, only the new plan's objects remain", async () => {
    const double = newWorkbook();
    await generateWorkbook(choicesFor({ missions: ["acces", "parcours", "prevention", "qualite", "accompagnement"], snp: true }), {}, double.run);
    const after = choicesFor({ missions: ["parcours"] });
    await generateWorkbook(after, {}, double.run);
    expect(lookProblems(double, after)).toEqual([]);
    // Nothing beyond the new layout: each sheet's used range is the plan's extent.
    for (const plan of planWorkbook(after).sheets) {
      const used = double.usedRect(SHEET_NAMES[plan.key], true)!;
      expect([plan.key, used.r1 + 1]).toEqual([plan.key, plan.rows.length]);
    }
    expect(double.sheetNames()).toEqual(["Feuil1", ...SHEET_KEYS.map((k) => SHEET_NAMES[k])]);
  });
});
