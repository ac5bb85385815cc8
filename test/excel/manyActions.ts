/**
 * A workbook whose operational roadmap holds N actions: generated, then N rows of the user's own
 * typed under the last action (column A empty), so that regenerating carries N actions over. Shared
 * by the sync-count test and bench/excel.bench.ts.
 */
import { generateWorkbook } from "../../src/excel/generate";
import type { WorkbookChoices } from "../../src/sheets/plan";
import type { WorkbookDouble } from "../double";
import { choicesFor, newWorkbook } from "./fixtures";
import { rowsByKey } from "./userData";

export const ROADMAP = "FdR Opérationnelle";

export async function workbookWithActions(n: number, choices: WorkbookChoices = choicesFor()): Promise<WorkbookDouble> {
  const double = newWorkbook();
  await generateWorkbook(choices, {}, double.run);
  const lastAction = Math.max(...[...rowsByKey(double, ROADMAP).entries()].filter(([key]) => key.startsWith("op:")).map(([, row]) => row));
  // Columns B–L: mission, objectif, action, démarrage, déploiement, responsable, moyens, budget, indicateurs, avancement, commentaires.
  const rows = Array.from({ length: n }, (_, i) => [
    "",
    "Accès aux soins",
    "Objectif local",
    `Action ${i + 1} du territoire`,
    "",
    "",
    `Responsable ${i + 1}`,
    "Salle, secrétariat",
    100 + i,
    "Indicateur de suivi",
    i % 2 === 0 ? "En cours" : "Non démarré",
    `Commentaire ${i + 1}`,
  ]);
  double.type(ROADMAP, `A${lastAction + 1}`, rows);
  double.resetStats();
  return double;
}
