/**
 * The workbook double behaves as Microsoft documents Excel (each source is cited beside its model in
 * test/double/ and listed in docs/excel-behaviours.md), on every platform setting.
 */
import { PAYLOAD_LIMIT_BYTES, PLATFORMS, WorkbookDouble } from "../double";

const inSheet = async (double: WorkbookDouble, batch: (sheet: Excel.Worksheet, context: Excel.RequestContext) => Promise<void>): Promise<void> =>
  double.run(async (context) => batch(context.workbook.worksheets.getItem("S"), context));

describe.each(PLATFORMS)("Excel as documented, on %s", (platform) => {
  const fresh = (): WorkbookDouble => {
    const double = new WorkbookDouble({ platform });
    double.addSheet("S");
    return double;
  };

  it("range.formulas and range.values drop a text's apostrophe (office-js#6687)", async () => {
    const double = fresh();
    double.type("S", "A1", [["'=SOMME à prévoir", "'0612345678"]]);
    await inSheet(double, async (ws, context) => {
      const range = ws.getRange("A1:B1");
      range.load("formulas, values, valueTypes");
      await context.sync();
      expect(range.formulas).toEqual([["=SOMME à prévoir", "0612345678"]]);
      expect(range.values).toEqual([["=SOMME à prévoir", "0612345678"]]);
      expect(range.valueTypes).toEqual([["String", "String"]]);
    });
  });

  it("strings written through values or formulas are read as en-US input (office-js#1559)", async () => {
    const double = fresh();
    await inSheet(double, async (ws, context) => {
      ws.getRange("A1:H1").values = [["0612345678", "01/03/2026", "75001", "TRUE", "50%", "1,234.5", "13/03/2026", "+33612345678"]];
      ws.getRange("A2:C2").formulas = [["'0612345678", "'01/03/2026", "'TRUE"]];
      await context.sync();
    });
    // 01/03/2026 is 3 January 2026 (serial 46025); 13/03/2026 is no en-US date and stays text.
    expect(double.formulas("S", "A1:H1")).toEqual([[612345678, 46025, 75001, true, 0.5, 1234.5, "13/03/2026", 33612345678]]);
    expect(double.formulas("S", "A2:C2")).toEqual([["0612345678", "01/03/2026", "TRUE"]]);
  });

  it("a text starting with - or @ written without its apostrophe is a formula, refused when it does not parse (office-js#3256)", async () => {
    for (const text of ["- Le territoire couvert", "@équipe soignante", "=SOMME à prévoir"]) {
      const double = fresh();
      await expect(
        inSheet(double, async (ws, context) => {
          ws.getRange("A1").formulas = [[text]];
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one fresh double and one run per case: each case must fail on its own
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("a cell formatted as Text keeps what is written as text", async () => {
    const double = fresh();
    await inSheet(double, async (ws, context) => {
      ws.getRange("A1:B1").numberFormat = [["@", "@"]];
      ws.getRange("A1:B1").values = [["0612345678", "=1+1"]];
      await context.sync();
    });
    expect(double.formulas("S", "A1:B1")).toEqual([["0612345678", "=1+1"]]);
    expect(double.values("S", "A1:B1")).toEqual([["0612345678", "=1+1"]]);
  });

  it("a structured reference follows its table when rows are inserted in the body, and becomes A1 when the table is converted", async () => {
    const double = fresh();
    double.addSheet("Client");
    double.type("S", "B2", [
      ["Action", "Budget"],
      ["a", 10],
      ["b", 20],
    ]);
    await inSheet(double, async (ws, context) => {
      ws.tables.add("B2:C4", true).name = "T_Test";
      await context.sync();
    });
    double.type("Client", "A1", "=SUM(T_Test[Budget])");
    expect(double.value("Client", "A1")).toBe(30);
    await inSheet(double, async (ws, context) => {
      // Whole rows inserted at the table's last row: inside its body, so the table grows.
      ws.getRange("4:5").insert("Down");
      await context.sync();
    });
    double.type("S", "C4:C5", [[5], [7]]);
    expect(double.formula("Client", "A1")).toBe("=SUM(T_Test[Budget])");
    expect(double.value("Client", "A1")).toBe(42);
    await inSheet(double, async (ws, context) => {
      ws.getRange("5:5").delete("Up");
      await context.sync();
    });
    expect(double.value("Client", "A1")).toBe(35);
    await inSheet(double, async (ws, context) => {
      ws.tables.getItem("T_Test").convertToRange();
      await context.sync();
    });
    expect(double.formula("Client", "A1")).toBe("=SUM(S!$C$3:$C$5)");
    double.type("S", "B6:C6", [["c", 100]]);
    expect(double.value("Client", "A1")).toBe(35);
  });

  it("Table.resize (ExcelApi 1.13) is refused: above the add-in's requirement set", async () => {
    const double = fresh();
    double.type("S", "A1", [["h"], [1]]);
    await expect(
      inSheet(double, async (ws, context) => {
        const t = ws.tables.add("A1:A2", true);
        await context.sync();
        (t as unknown as { resize(a: string): void }).resize("A1:A3");
      }),
    ).rejects.toThrow(/not implemented in the workbook double: Table\.resize/);
  });

  it("clearAll on the whole sheet removes every conditional format, the client's too; on a range, only there", async () => {
    const double = fresh();
    await inSheet(double, async (ws, context) => {
      ws.getRange("A1:A10").conditionalFormats.add("Custom" as Excel.ConditionalFormatType).custom.rule.formula = "=A1>1";
      ws.getRange("C1:C3").conditionalFormats.add("Custom" as Excel.ConditionalFormatType).custom.rule.formula = "=C1>1";
      await context.sync();
      ws.getRange("A5:A6").conditionalFormats.clearAll();
      const all = ws.getRange().conditionalFormats;
      all.load("items/id,items/type");
      await context.sync();
      expect(all.items.map((cf) => cf.type)).toEqual(["Custom", "Custom", "Custom"]);
      ws.getRange().conditionalFormats.clearAll();
      await context.sync();
    });
    expect(double.sheet("S").conditionalFormats).toEqual([]);
  });

  it("a data validation cleared on part of its range keeps the rest", async () => {
    const double = fresh();
    await inSheet(double, async (ws, context) => {
      ws.getRange("B1:B10").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } } as Excel.DataValidationRule;
      await context.sync();
      ws.getRange("B4:B5").dataValidation.clear();
      await context.sync();
    });
    expect(double.sheet("S").validations.map((v) => [v.rect.r0, v.rect.r1])).toEqual([
      [0, 2],
      [5, 9],
    ]);
  });

  it(`a request of 5 MB is refused on the web only (${PAYLOAD_LIMIT_BYTES} bytes)`, async () => {
    const double = fresh();
    const big = [["x".repeat(32_000)]];
    const attempt = inSheet(double, async (ws, context) => {
      for (let r = 1; r <= 170; r++) ws.getRange(`A${r}`).values = big;
      await context.sync();
    });
    if (platform === "web") await expect(attempt).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    else await expect(attempt).resolves.toBeUndefined();
  });
});
