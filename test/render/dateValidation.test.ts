/**
 * Date validations as office-js documents them: DateTimeDataValidation.formula1 / formula2 are
 * `string | Date | Range` (an ISO 8601 date, a formula, a Date or a Range), never a number
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.datetimedatavalidation). The double
 * refuses a number there (test/double/dateTimeOperands.ts), and the add-in sends ISO dates.
 */
import { generateWorkbook } from "../../src/excel/generate";
import { planWorkbook } from "../../src/sheets/workbook";
import { WorkbookDouble } from "../double";
import { choicesFor, newWorkbook } from "../excel/fixtures";

async function setDateRule(double: WorkbookDouble, rule: Record<string, unknown>): Promise<void> {
  await double.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("B2").dataValidation.rule = { date: rule } as unknown as Excel.DataValidationRule;
    await context.sync();
  });
}

describe("date validation bounds in the workbook double", () => {
  it("refuses a number, as formula1 or formula2, with Excel's InvalidArgument", async () => {
    const double = new WorkbookDouble();
    double.addSheet("S");
    await expect(setDateRule(double, { operator: "GreaterThanOrEqualTo", formula1: 46082 })).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(setDateRule(double, { operator: "Between", formula1: "2026-03-01", formula2: 2958465 })).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(setDateRule(double, { operator: "GreaterThanOrEqualTo", formula1: "01/03/2026" })).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(double.sheet("S").validations).toEqual([]);
  });

  it("accepts the documented forms: an ISO 8601 date or date-time, a formula, a Date", async () => {
    const double = new WorkbookDouble();
    double.addSheet("S");
    for (const formula1 of ["2026-03-01", "2026-03-01T00:00:00", "=A1", "=DATE(2026,3,1)", new Date(Date.UTC(2026, 2, 1))]) {
      await setDateRule(double, { operator: "GreaterThanOrEqualTo", formula1 });
      expect(double.sheet("S").validations.map((v) => v.rule)).toEqual([{ date: { operator: "GreaterThanOrEqualTo", formula1 } }]);
    }
  });
});

describe("the add-in's date validations", () => {
  it("send ISO dates for every bound, on every planned date validation", async () => {
    const double = newWorkbook();
    const choices = choicesFor();
    await generateWorkbook(choices, {}, double.run);
    const planned = planWorkbook(choices).sheets.flatMap((s) =>
      s.validations.filter((v) => v.type === "date").map((v) => [s.name, v.range.replace(/\$/g, "")]),
    );
    const written = planWorkbook(choices).sheets.flatMap((s) =>
      double
        .sheet(s.name)
        .validations.filter((v) => v.rule?.date !== undefined)
        .map((v) => v.rule!.date as Record<string, unknown>),
    );
    expect(planned.length).toBeGreaterThanOrEqual(3);
    expect(written).toHaveLength(planned.length);
    for (const rule of written) {
      for (const bound of [rule.formula1, rule.formula2].filter((b) => b !== undefined)) expect(bound).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
