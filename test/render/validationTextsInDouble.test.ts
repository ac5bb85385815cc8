/**
 * The double refuses validation texts Excel cannot store (test/double/validationTexts.ts: titles 32,
 * prompt 255, error 225, [MS-XLSB] DValStrings), and the add-in's texts, cut by the render contract,
 * always pass: a 240-character error (which the add-in used to cut at 255) goes in at 224.
 */
import { queueValidation } from "../../src/excel/validationRule";
import type { ValidationPlan } from "../../src/sheets/plan";
import { WorkbookDouble } from "../double";

function sheetDouble(): WorkbookDouble {
  const double = new WorkbookDouble();
  double.addSheet("S");
  return double;
}

async function setTexts(double: WorkbookDouble, prompt: Record<string, unknown>, errorAlert: Record<string, unknown>): Promise<void> {
  await double.run(async (context) => {
    const validation = context.workbook.worksheets.getItem("S").getRange("B2").dataValidation;
    validation.rule = { wholeNumber: { operator: "GreaterThanOrEqualTo", formula1: 0 } } as Excel.DataValidationRule;
    validation.prompt = prompt as unknown as Excel.DataValidationPrompt;
    validation.errorAlert = errorAlert as unknown as Excel.DataValidationErrorAlert;
    await context.sync();
  });
}

describe("validation texts in the workbook double", () => {
  it("refuses a title over 32, a prompt over 255, an error over 225 characters; accepts them at the limit", async () => {
    const ok = {
      prompt: { showPrompt: true, title: "t".repeat(32), message: "p".repeat(255) },
      error: { showAlert: true, style: "Stop", title: "t".repeat(32), message: "e".repeat(225) },
    };
    await expect(setTexts(sheetDouble(), ok.prompt, ok.error)).resolves.toBeUndefined();
    await expect(setTexts(sheetDouble(), { ...ok.prompt, title: "t".repeat(33) }, ok.error)).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(setTexts(sheetDouble(), { ...ok.prompt, message: "p".repeat(256) }, ok.error)).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(setTexts(sheetDouble(), ok.prompt, { ...ok.error, title: "t".repeat(33) })).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(setTexts(sheetDouble(), ok.prompt, { ...ok.error, message: "e".repeat(226) })).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("takes the add-in's validation whatever the length of its planned texts", async () => {
    const double = sheetDouble();
    const plan: ValidationPlan = { range: "B2", type: "decimal", min: 0, prompt: "p ".repeat(200), error: "e ".repeat(120) };
    await double.run(async (context) => {
      const batch = { add: async (_data: unknown, queue: () => void) => queue() };
      await queueValidation(batch, context.workbook.worksheets.getItem("S") as unknown as Excel.Worksheet, plan);
      await context.sync();
    });
    const [written] = double.sheet("S").validations;
    expect((written.errorAlert!.message as string).length).toBe(224);
    expect((written.prompt!.message as string).length).toBe(255);
  });
});
