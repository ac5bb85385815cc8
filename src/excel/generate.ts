/**
 * "Générer le classeur": reads our sheets (by identity) and the user's data in them, plans the
 * workbook with that carry-over, and writes it — reads in one to three syncs, writes in as few as
 * the payload allows (one below 4 MB), calculation and screen updating suspended. Every sheet being
 * written shows an "incomplete" marker in A1 until the last operation of the generation replaces it.
 */
import { MISSION_KEYS } from "../domain";
import { CarryOver, SHEET_KEYS, SheetKey, WorkbookChoices, WorkbookPlan, sheetMarker } from "../sheets/plan";
import { quoteSheetName } from "../sheets/references";
import { planWorkbook } from "../sheets/workbook";
import { GenerationProgress, GenerationReport, WorkbookError } from "./api";
import { CarryOrigins, PlanSheet, readSheetCarryOver, relocateUserFormulas } from "./carryOver";
import { storedChoices } from "./choicesFromSheet";
import { WorkbookSnapshot, readWorkbook } from "./locate";
import { OFFICE_MESSAGES as M } from "./messages";
import { ExcelRun, defaultExcelRun, excelErrorCode } from "./run";
import { nameSheets } from "./sheetNaming";
import { PAYLOAD_BUDGET_BYTES, WriteBatch } from "./writeBatch";
import { queueSheet } from "./writeSheet";

export interface GenerateOptions {
  /** Only these sheets (those missing from the workbook are always generated: the others' formulas need them). */
  sheets?: SheetKey[];
  onProgress?: (progress: GenerationProgress) => void;
  /** Request size above which the writes are sent in several parts (tests lower it). */
  payloadBudgetBytes?: number;
}

/**
 * The carry-over of every sheet about to be rewritten, its formulas moved with their rows. Ownership
 * comes from the plans of the stored choices and of the full catalogue (see carryOver.ts).
 */
function carryOverFor(snapshot: WorkbookSnapshot, keys: SheetKey[], choices: WorkbookChoices): CarryOver {
  const reference = storedChoices(snapshot) ?? choices;
  const references: WorkbookPlan[] = [planWorkbook(reference), planWorkbook({ ...reference, missions: [...MISSION_KEYS], snp: true })];
  const planSheet: PlanSheet = (key, carry) => planWorkbook(reference, { [key]: carry }).sheets.find((s) => s.key === key);
  const carryOver: CarryOver = {};
  const origins: Partial<Record<SheetKey, CarryOrigins>> = {};
  for (const key of keys) {
    const found = snapshot.ours[key];
    if (!found || found.formulas.length === 0) continue;
    const read = readSheetCarryOver({ key, name: found.name, formulas: found.formulas, incomplete: found.incomplete }, references, planSheet);
    carryOver[key] = read.carry;
    origins[key] = read.origins;
  }
  // Plan once to learn where each carried row lands, then move the user's formulas with their rows.
  const layout = planWorkbook(choices, carryOver);
  const relocated: CarryOver = {};
  for (const key of Object.keys(carryOver) as SheetKey[])
    relocated[key] = relocateUserFormulas(carryOver[key]!, origins[key]!, layout.sheets.find((s) => s.key === key)!);
  return relocated;
}

export async function generateWorkbook(choices: WorkbookChoices, options: GenerateOptions = {}, run: ExcelRun = defaultExcelRun): Promise<GenerationReport> {
  let doing: string = M.reading;
  let syncs = 0;
  let done = 0;
  const progress = (fraction: number, message: string): void => {
    doing = message;
    done = Math.max(done, fraction);
    options.onProgress?.({ fraction: done, message });
  };
  try {
    return await run(async (context) => {
      const sync = async (): Promise<void> => {
        syncs++;
        await context.sync();
      };
      progress(0, M.reading);
      const requested = new Set<SheetKey>(options.sheets ?? SHEET_KEYS);
      const snapshot = await readWorkbook(context, { content: (k) => requested.has(k), values: (k) => k === "parametres" }, sync);
      const toWrite = SHEET_KEYS.filter((k) => requested.has(k) || !snapshot.ours[k]);

      progress(0.1, M.planning);
      const plan = planWorkbook(choices, carryOverFor(snapshot, toWrite, choices));
      const existing: Partial<Record<SheetKey, string>> = {};
      for (const key of SHEET_KEYS) if (snapshot.ours[key]) existing[key] = snapshot.ours[key]!.name;
      const naming = nameSheets(existing, snapshot.sheetNames);

      const batch = new WriteBatch(context, sync, options.payloadBudgetBytes ?? PAYLOAD_BUDGET_BYTES, (part) => progress(done, M.sending(part)));
      // Every new sheet exists before any formula is written, so cross-sheet references resolve.
      const worksheets = {} as Record<SheetKey, Excel.Worksheet>;
      for (const key of toWrite) {
        const found = snapshot.ours[key];
        if (found) worksheets[key] = found.worksheet;
        else await batch.add(naming.names[key], () => (worksheets[key] = context.workbook.worksheets.add(naming.names[key])));
      }
      for (const [i, key] of toWrite.entries()) {
        progress(0.15 + (0.7 * i) / toWrite.length, M.writingSheet(naming.names[key]));
        const found = snapshot.ours[key];
        const sheetPlan = plan.sheets.find((s) => s.key === key)!;
        await queueSheet(batch, worksheets[key], sheetPlan, naming.renames, found ? { used: found.used, tableNames: found.tableNames, chartNames: found.chartNames } : undefined);
      }

      progress(0.85, M.writingNames);
      const present = new Set<SheetKey>([...toWrite, ...(Object.keys(snapshot.ours) as SheetKey[])]);
      for (const name of plan.names) {
        if (!present.has(name.sheet)) continue;
        const reference = `=${quoteSheetName(naming.names[name.sheet])}!${name.address}`;
        await batch.add(reference, () => {
          if (snapshot.names.has(name.name)) context.workbook.names.getItem(name.name).formula = reference;
          else context.workbook.names.add(name.name, reference, name.comment);
        });
      }
      // Last: the markers that present each sheet as finished.
      for (const key of toWrite) await batch.add(sheetMarker(key), () => (worksheets[key].getRange("A1").values = [[sheetMarker(key)]]));
      progress(0.95, M.finishing);
      await batch.finish();
      progress(1, M.done);
      return { sheets: toWrite.map((key) => ({ key, name: naming.names[key] })), syncs };
    });
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError(M.generationFailed(doing, excelErrorCode(error), error instanceof Error ? error.message : String(error)), excelErrorCode(error));
  }
}
