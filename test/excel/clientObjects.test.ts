/**
 * Point 3 of issue 8: what the client built on and around our sheets survives a regeneration. A
 * client sheet sums our roadmap table through a structured reference; the client added a chart, a
 * conditional format and a data validation of their own on our roadmap sheet. After a regeneration
 * that adds a mission (the table grows), our table is still a table, the structured reference still
 * reads as typed and follows the table (it counts the new rows), and the client's chart,
 * conditional format and validation are all still there.
 */
import { generateWorkbook } from "../../src/excel/generate";
import { PLATFORMS, WorkbookDouble } from "../double";
import { choicesFor, newWorkbook } from "./fixtures";
import { rowsByKey } from "./userData";

const ROADMAP = "FdR Opérationnelle";
const CLIENT = "Synthèse du bureau";
const TABLE = "CPTS_FdrOperationnelle";
const ACTION_ROW = /^op:[a-z]+:\d+$/;

/** Rows (1-based) of the roadmap's actions, in order. */
const actionRows = (double: WorkbookDouble): number[] =>
  [...rowsByKey(double, ROADMAP).entries()]
    .filter(([key]) => ACTION_ROW.test(key))
    .map(([, row]) => row)
    .sort((a, b) => a - b);

async function clientBuilds(double: WorkbookDouble): Promise<void> {
  const rows = actionRows(double);
  const [first, last] = [rows[0], rows[rows.length - 1]];
  // Budgets typed by the client in every action row: 100 € each.
  for (const r of rows) double.type(ROADMAP, `I${r}`, 100);
  double.addSheet(CLIENT);
  double.type(CLIENT, "A1:A2", [[`=SUM(${TABLE}[Budget])`], [`=COUNTA(${TABLE}[Action])`]]);
  await double.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(ROADMAP);
    const chart = ws.charts.add("ColumnClustered" as Excel.ChartType, ws.getRange(`I${first}:I${last}`), "Columns" as Excel.ChartSeriesBy);
    chart.name = "Budget par action (client)";
    const cf = ws.getRange(`G${first}:G${last}`).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    cf.custom.rule.formula = `=G${first}="À recruter"`;
    cf.custom.format.fill.color = "#FFFF00";
    ws.getRange(`G${first}:G${last}`).dataValidation.rule = { list: { inCellDropDown: true, source: "Dr Martin,Mme Durand,À recruter" } };
    await context.sync();
  });
}

async function regenerated(platform: (typeof PLATFORMS)[number]): Promise<{ double: WorkbookDouble; before: number; rows: number[] }> {
  const double = newWorkbook({ platform });
  await generateWorkbook(choicesFor(), {}, double.run);
  await clientBuilds(double);
  const before = actionRows(double).length;
  expect(double.value(CLIENT, "A1")).toBe(100 * before);
  // No table of ours is converted to a range on the way (the budget's synthesis table moves down, the roadmap's grows).
  double.inject({ operation: /^Table\.convertToRange$/, code: "InvalidOperation", message: "Un tableau a été converti en plage." });
  await generateWorkbook(choicesFor({ missions: ["acces", "parcours", "prevention", "qualite"] }), {}, double.run);
  double.clearFailures();
  return { double, before, rows: actionRows(double) };
}

describe.each(PLATFORMS)("the client's objects survive a regeneration, on %s", (platform) => {
  it("our table stays a table and the client's structured reference follows it as it grows", async () => {
    const { double, before, rows } = await regenerated(platform);
    expect(rows.length).toBeGreaterThan(before);
    const table = double.sheet(ROADMAP).tables.find((t) => t.name === TABLE);
    expect(table).toBeDefined();
    // Header row, then exactly the action rows.
    expect([table!.rect.r0 + 2, table!.rect.r1 + 1]).toEqual([rows[0], rows[rows.length - 1]]);
    expect(double.formulas(CLIENT, "A1:A2")).toEqual([[`=SUM(${TABLE}[Budget])`], [`=COUNTA(${TABLE}[Action])`]]);
    expect(double.value(CLIENT, "A2")).toBe(rows.length);
    for (const r of rows) double.type(ROADMAP, `I${r}`, 100);
    expect(double.value(CLIENT, "A1")).toBe(100 * rows.length);
  });

  it("the client's chart, conditional format and data validation are still there", async () => {
    const { double } = await regenerated(platform);
    const sheet = double.sheet(ROADMAP);
    expect(sheet.charts.map((c) => c.name)).toContain("Budget par action (client)");
    expect(sheet.conditionalFormats.filter((cf) => cf.formula?.includes("À recruter")).length).toBeGreaterThan(0);
    expect(sheet.validations.filter((v) => JSON.stringify(v.rule).includes("À recruter")).length).toBeGreaterThan(0);
  });
});
