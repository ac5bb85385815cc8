/** Shared set-up of the Office-layer tests: a double evaluating CPTS.* like the add-in, and choices. */
import { MissionKey, Taille, serialFromDate } from "../../src/domain";
import type { WorkbookChoices } from "../../src/sheets/plan";
import { WorkbookDouble, WorkbookDoubleOptions } from "../double";
import { hyperFormulaConfig, registerCptsPlugin } from "../support/cptsPlugin";

/** A contract signed on 15/03/2024, looked at on 10/01/2025. */
export const SIGNATURE = serialFromDate({ year: 2024, month: 3, day: 15 });
export const TODAY = serialFromDate({ year: 2025, month: 1, day: 10 });

/** A population inside each taille's range (seed 004: < 40 000; 40–80 000; 80–175 000; > 175 000). */
export const POPULATION_FOR: Record<Taille, number> = { 1: 30_000, 2: 60_000, 3: 95_000, 4: 200_000 };

export function choicesFor(overrides: Partial<WorkbookChoices> = {}): WorkbookChoices {
  return {
    nom: "CPTS du Val de Test",
    population: POPULATION_FOR[3],
    tailleOverride: null,
    signature: SIGNATURE,
    versionId: "ACI 2019",
    taux: 1,
    missions: ["acces", "parcours", "prevention"],
    snp: false,
    dateReference: null,
    ...overrides,
  };
}

export const SELECTIONS: { label: string; missions: MissionKey[]; snp: boolean }[] = [
  { label: "missions socles 2019", missions: ["acces", "parcours", "prevention"], snp: false },
  { label: "toutes les missions + SNP", missions: ["acces", "parcours", "prevention", "crise", "qualite", "accompagnement"], snp: true },
  { label: "accès aux soins + SNP", missions: ["acces"], snp: true },
  { label: "parcours + complémentaires", missions: ["parcours", "qualite", "accompagnement"], snp: false },
];

/** A fresh workbook as Excel opens one: a single empty "Feuil1", today fixed for CPTS.RETARD. */
export function newWorkbook(options: WorkbookDoubleOptions = {}): WorkbookDouble {
  registerCptsPlugin({ today: () => TODAY });
  const double = new WorkbookDouble({ hyperFormula: hyperFormulaConfig(), ...options });
  double.addSheet("Feuil1");
  return double;
}

/** The computed workbook names (totals and taille), as the sheet tests list them. */
export { COMPUTED_NAMES as TOTAL_NAMES } from "../sheets/fixtures";
