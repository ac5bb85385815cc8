/**
 * The workbook double behaves like Excel where the writer depends on it: load/sync, null objects,
 * evaluated formulas, exact dimensions, failures, payload limit, and loud refusal of the rest.
 */
import { WorkbookDouble } from "../double";

describe("workbook double: load/sync semantics", () => {
  it("applies queued writes only at sync and refuses reads of unloaded properties", async () => {
    const double = new WorkbookDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Feuil1");
      const range = sheet.getRange("A1:B2");
      range.formulas = [
        [2, 3],
        ["=A1*B1", "=SUM(A1:A2)"],
      ];
      expect(double.sheetNames()).toEqual([]);
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- reading before load and sync on purpose: the double must throw PropertyNotLoaded like Excel
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(double.sheetNames()).toEqual(["Feuil1"]);
      // eslint-disable-next-line office-addins/load-object-before-read -- read after sync but without load on purpose: PropertyNotLoaded expected
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values, formulas");
      await context.sync();
      // `values` of a formula cell is its result; `formulas` of a literal is the literal.
      expect(range.values).toEqual([
        [2, 3],
        [6, 8],
      ]);
      expect(range.formulas).toEqual([
        [2, 3],
        ["=A1*B1", "=SUM(A1:A2)"],
      ]);
    });
    // add, getRange, formulas; then load.
    expect(double.syncs.map((s) => s.operations)).toEqual([3, 1]);
  });

  it("resolves *OrNullObject at sync: isNullObject first throws, then tells", async () => {
    const double = new WorkbookDouble();
    double.addSheet("Présente");
    await double.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Absente");
      const present = context.workbook.worksheets.getItemOrNullObject("présente");
      // eslint-disable-next-line office-addins/call-sync-before-read -- reading isNullObject before sync on purpose: PropertyNotLoaded expected
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      present.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Présente");
      // Using a null object for anything but load fails at sync.
      missing.getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("requires exact dimensions for values, formulas and number formats", async () => {
    const double = new WorkbookDouble();
    double.addSheet("S");
    await expect(
      double.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:C3").values = [[1, 2, 3]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      double.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B1").numberFormat = [["0"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("leaves null entries untouched and clears cells written with an empty string", async () => {
    const double = new WorkbookDouble();
    double.addSheet("S");
    double.type("S", "A1", [["garder", "effacer"]]);
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[null, ""]];
      await context.sync();
    });
    expect(double.values("S", "A1:B1")).toEqual([["garder", ""]]);
    expect(double.usedRange("S")).toBe("A1");
  });

  it("refuses an invalid formula as Excel does, keeping the operations before it", async () => {
    const double = new WorkbookDouble();
    double.addSheet("S");
    await expect(
      double.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("A1").values = [[1]];
        sheet.getRange("A2").formulas = [["=SUM(A1:"]];
        sheet.getRange("A3").values = [[3]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(double.values("S", "A1:A3")).toEqual([[1], [""], [""]]);
  });

  it("follows renamed sheets in formulas and names, as Excel does", async () => {
    const double = new WorkbookDouble();
    double.addSheet("Paramètres");
    double.addSheet("Budget");
    double.type("Paramètres", "C5", 3);
    await double.run(async (context) => {
      context.workbook.names.add("CPTS_Taille", "='Paramètres'!$C$5");
      context.workbook.worksheets.getItem("Budget").getRange("B2:B3").formulas = [["='Paramètres'!C5*10"], ["=CPTS_Taille+1"]];
      await context.sync();
    });
    double.renameSheet("Paramètres", "Mes paramètres");
    expect(double.formula("Budget", "B2")).toBe("='Mes paramètres'!C5*10");
    expect(double.values("Budget", "B2:B3")).toEqual([[30], [4]]);
    expect(double.nameReference("CPTS_Taille")).toBe("'Mes paramètres'!$C$5");
  });

  it("keeps cells when a table is converted to a range, and loses them when it is deleted (as Excel)", async () => {
    const double = new WorkbookDouble();
    double.addSheet("S");
    double.type("S", "B2", [
      ["Nom", "Montant"],
      ["a", 1],
      ["b", 2],
    ]);
    await double.run(async (context) => {
      const tables = context.workbook.worksheets.getItem("S").tables;
      const table = tables.add("B2:C4", true);
      table.name = "T_Essai";
      await context.sync();
      table.convertToRange();
      const again = tables.add("B2:C4", true);
      await context.sync();
      again.delete();
      await context.sync();
    });
    expect(double.values("S", "B2:C4")).toEqual([
      ["", ""],
      ["", ""],
      ["", ""],
    ]);
  });

  it("refuses a table whose header row is empty or duplicated (Excel would invent headers)", async () => {
    const double = new WorkbookDouble();
    double.addSheet("S");
    double.type("S", "A1", [
      ["X", "X"],
      [1, 2],
    ]);
    await expect(
      double.run(async (context) => {
        context.workbook.worksheets.getItem("S").tables.add("A1:B2", true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("shows #NAME? for CPTS.* cells written before the add-in's functions are loaded, until they are re-entered", async () => {
    const double = new WorkbookDouble({ customFunctionsLoaded: false });
    double.addSheet("S");
    double.type("S", "A1", [['=CPTS.ACI(3,"parcours")', '=LEN("CPTS.ACI(")']]);
    expect(double.values("S", "A1:B1")).toEqual([["#NAME?", 9]]);
    expect(double.formula("S", "A1")).toBe('=CPTS.ACI(3,"parcours")');
    double.loadCustomFunctions();
    expect(double.value("S", "A1")).toBe("#NAME?");
  });

  it("throws loudly on anything it does not implement", async () => {
    const double = new WorkbookDouble();
    double.addSheet("S");
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S") as unknown as Record<string, unknown>;
      expect(() => sheet.protection).toThrow("not implemented in the workbook double: Worksheet.protection");
      const range = context.workbook.worksheets.getItem("S").getRange("A1") as unknown as Record<string, unknown>;
      expect(() => (range.hyperlink = "x")).toThrow("not implemented in the workbook double: setting Range.hyperlink");
      await context.sync();
    });
  });
});

describe("workbook double: syncs, payload and injected failures", () => {
  it("counts syncs and measures their payload", async () => {
    const double = new WorkbookDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.add("S");
      sheet.getRange("A1:A1000").values = Array.from({ length: 1000 }, (_, i) => [`ligne ${i}`]);
      await context.sync();
    });
    expect(double.syncs).toHaveLength(1);
    // 1 000 strings of 8 to 10 characters, quoted, with separators: more than 11 000 bytes.
    expect(double.largestPayloadBytes).toBeGreaterThan(11_000);
    expect(double.largestPayloadBytes).toBeLessThan(20_000);
  });

  it("rejects a request of 5 MB or more, applying nothing", async () => {
    const double = new WorkbookDouble();
    double.addSheet("S");
    const big = Array.from({ length: 6000 }, () => ["x".repeat(1000)]);
    await expect(
      double.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A6000").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(double.usedRange("S")).toBeUndefined();
  });

  it("fails the k-th sync after a given number of its operations, applying those before", async () => {
    const double = new WorkbookDouble();
    double.addSheet("S");
    double.inject({ sync: 2, afterOperations: 2, code: "GeneralException" });
    await expect(
      double.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        await context.sync();
        sheet.getRange("A1").values = [[1]];
        sheet.getRange("A2").values = [[2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(double.values("S", "A1:A2")).toEqual([[1], [""]]);
  });

  it("fails a given operation", async () => {
    const double = new WorkbookDouble();
    double.addSheet("S");
    double.inject({ operation: /^Range\.numberFormat$/, code: "AccessDenied" });
    await expect(
      double.run(async (context) => {
        const r = context.workbook.worksheets.getItem("S").getRange("A1");
        r.values = [[1]];
        r.numberFormat = [["0"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(double.value("S", "A1")).toBe(1);
    expect(double.syncs[0].failed).toBe("AccessDenied");
  });

  it("raises onChanged for edits, and stops after the handler is removed", async () => {
    const double = new WorkbookDouble();
    double.addSheet("S");
    const seen: string[] = [];
    const registration = await double.run(async (context) => {
      const r = context.workbook.worksheets.onChanged.add(async (e) => void seen.push(e.address));
      await context.sync();
      return r;
    });
    double.type("S", "B3", 5);
    await double.flushEvents();
    expect(seen).toEqual(["B3"]);
    // As the events guide does: inside Excel.run on the context the handler was added in.
    await double.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    double.type("S", "B4", 5);
    await double.flushEvents();
    expect(seen).toEqual(["B3"]);
  });
});
