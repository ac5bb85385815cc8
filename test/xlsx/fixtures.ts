/** The workbook the export tests write: taille 3 (95 000 habitants), signed 01/03/2026, socles + qualité, SNP. */
import { serialFromDate } from "../../src/domain";
import type { WorkbookChoices } from "../../src/sheets";
import { choicesFor } from "../sheets/fixtures";

export const EXPORT_CHOICES: WorkbookChoices = choicesFor({
  nom: "CPTS du test",
  signature: serialFromDate({ year: 2026, month: 3, day: 1 }),
  missions: ["acces", "parcours", "prevention", "qualite"],
  snp: true,
  dateReference: null,
});
