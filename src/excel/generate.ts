/**
 * "Générer le classeur": reads our sheets (by identity) and the user's data in them, plans the
 * workbook with that carry-over, and writes it — reads in two to four syncs (locate.ts), writes in as
 * few as the payload allows (one below 4 MB), calculation and screen updating suspended, then asks
 * Excel to recalculate. Each sheet's content is one request: a sheet whose content alone passes the
 * request budget is refused, in French, before anything is written (1 000 actions make about 1 MB).
 * Every sheet being written shows an "incomplete" marker in A1 until the last operation replaces it.
 */
import { planCarryOver } from "../sheets/carryOver/planCarryOver";
import { SHEET_KEYS, SheetKey, WorkbookChoices, WorkbookPlan, sheetMarker } from "../sheets/plan";
import { parseA1 } from "../sheets/addresses";
import { quoteSheetName, renameSheetReferences } from "../sheets/references";
import { planWorkbook } from "../sheets/workbook";
import { GenerationProgress, GenerationReport, WorkbookError } from "./api";
import { storedChoices } from "./choicesFromSheet";
import { readWorkbook } from "./locate";
import { OFFICE_MESSAGES as M } from "./messages";
import { ExcelRun, defaultExcelRun, excelErrorCode } from "./run";
import { nameSheets } from "../sheets/carryOver/sheetNaming";
import { PAYLOAD_BUDGET_BYTES, WriteBatch, estimateBytes } from "./writeBatch";
import { OwnedObjects, conditionalFormatSignature, queueSheet, sheetContent } from "./writeSheet";

/** Refusal of a sheet too large for one request (the generation changes nothing). */
export const sheetTooLarge = (sheet: string, megabytes: string, limit: string): string =>
  `La feuille « ${sheet} » est trop volumineuse pour être écrite en une fois (${megabytes} Mo, limite ${limit} Mo par envoi à Excel). ` +
  `Le classeur n'a pas été modifié. Réduisez le nombre de lignes ajoutées à cette feuille (ou déplacez-les dans une feuille à vous), puis relancez la génération.`;

const megabytes = (bytes: number): string => (bytes / 1_000_000).toLocaleString("fr-FR", { maximumFractionDigits: bytes < 100_000 ? 3 : 1 });

/** What the add-in owns on one sheet, from every plan it may have been generated with (see OwnedObjects). */
function ownedObjects(key: SheetKey, plans: WorkbookPlan[], renames: Record<string, string>): OwnedObjects {
  const sheets = plans.map((p) => p.sheets.find((s) => s.key === key)).filter((s) => s !== undefined);
  return {
    tableNames: new Set(sheets.flatMap((s) => s.tables.map((t) => t.name))),
    chartNames: new Set(sheets.flatMap((s) => s.charts.map((c) => c.name))),
    conditionalFormats: new Set(
      sheets.flatMap((s) => s.conditionalFormats.map((cf) => conditionalFormatSignature(renameSheetReferences(cf.formula, renames)))),
    ),
    validations: sheets.flatMap((s) =>
      s.validations.map((v) => {
        const [from, to = from] = v.range.replace(/\$/g, "").split(":");
        return { r0: parseA1(from).row - 1, c0: parseA1(from).col, c1: parseA1(to).col };
      }),
    ),
  };
}

export interface GenerateOptions {
  /** Only these sheets (those missing from the workbook are always generated: the others' formulas need them). */
  sheets?: SheetKey[];
  onProgress?: (progress: GenerationProgress) => void;
  /** Request size above which the writes are sent in several parts (tests lower it). */
  payloadBudgetBytes?: number;
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
      const snapshot = await readWorkbook(context, { content: (k) => requested.has(k), values: (k) => k === "parametres", details: true }, sync);
      const toWrite = SHEET_KEYS.filter((k) => requested.has(k) || !snapshot.ours[k]);

      progress(0.1, M.planning);
      // The pure carry-over (src/sheets/carryOver/), fed the grids read above.
      const carried = planCarryOver(snapshot.ours, storedChoices(snapshot), toWrite, choices);
      const plan = planWorkbook(choices, carried.carryOver);
      const existing: Partial<Record<SheetKey, string>> = {};
      for (const key of SHEET_KEYS) if (snapshot.ours[key]) existing[key] = snapshot.ours[key]!.name;
      const naming = nameSheets(existing, snapshot.sheetNames);

      // Each sheet's content goes in one request: refuse, before writing anything, a sheet too large for one.
      const budget = options.payloadBudgetBytes ?? PAYLOAD_BUDGET_BYTES;
      for (const key of toWrite) {
        const bytes = estimateBytes(
          sheetContent(
            plan.sheets.find((s) => s.key === key)!,
            naming.renames,
          ).matrix,
        );
        if (bytes > budget) throw new WorkbookError(sheetTooLarge(naming.names[key], megabytes(bytes), megabytes(budget)), "RequestPayloadSizeLimitExceeded");
      }

      const batch = new WriteBatch(context, sync, budget, (part) => progress(done, M.sending(part)));
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
        const previous = found
          ? {
              used: found.used,
              tables: found.tables,
              chartNames: found.chartNames,
              conditionalFormats: found.conditionalFormats,
              userRows: carried.userRows[key] ?? new Set<number>(),
            }
          : undefined;
        await queueSheet(batch, worksheets[key], sheetPlan, naming.renames, previous, ownedObjects(key, [...carried.references, plan], naming.renames));
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
      // Calculation was suspended for the writes, which leaves recalculation to the caller
      // (Application.suspendApiCalculationUntilNextSync, ExcelApi 1.6); a full one also covers a workbook
      // in manual calculation mode, so the Contrôles read next are current (Application.calculate, ExcelApi 1.1).
      await batch.add("Full", () => context.workbook.application.calculate("Full" as Excel.CalculationType));
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
