/**
 * Office writer: a full regeneration through the workbook double (HyperFormula evaluating every
 * formula) for 10 / 100 / 1 000 / 2 000 operational actions — syncs, largest request, largest
 * response, operations, time. Measures and prints; the limits are checked by test/excel/syncs.test.ts.
 */
import { generateWorkbook } from "../src/excel/generate";
import { PAYLOAD_BUDGET_BYTES } from "../src/excel/writeBatch";
import { PAYLOAD_LIMIT_BYTES } from "../test/double";
import { choicesFor } from "../test/excel/fixtures";
import { workbookWithActions } from "../test/excel/manyActions";

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} Kio`;

export async function run(): Promise<void> {
  console.log(`budget par requête ${kb(PAYLOAD_BUDGET_BYTES)}, limite d'Excel sur le web ${kb(PAYLOAD_LIMIT_BYTES)}`);
  console.log("actions | syncs | plus grosse requête | plus grosse réponse | opérations | temps (double + HyperFormula)");
  for (const n of [10, 100, 1000, 2000]) {
    const double = await workbookWithActions(n);
    const start = performance.now();
    const report = await generateWorkbook(choicesFor(), {}, double.run);
    const ms = performance.now() - start;
    const operations = double.syncs.reduce((sum, s) => sum + s.operations, 0);
    const largest = double.largestPayloadBytes;
    const response = double.largestResponseBytes;
    const verdict = (bytes: number): string => (bytes < PAYLOAD_BUDGET_BYTES ? "< 4 Mo" : "DÉPASSE 4 Mo");
    console.log(
      `${String(n).padStart(7)} | ${String(report.syncs).padStart(5)} | ${kb(largest).padStart(12)} (${verdict(largest)}) | ${kb(response).padStart(12)} (${verdict(response)}) | ${String(operations).padStart(10)} | ${ms.toFixed(0)} ms`,
    );
  }
}
