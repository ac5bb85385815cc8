/** Shared choices for the sheet tests: a CPTS signed on 15/03/2024, looked at on 10/01/2025. */
import { DEFAULT_MISSIONS, MissionKey, Taille, serialFromDate } from "../../src/domain";
import type { WorkbookChoices } from "../../src/sheets";

export const SIGNATURE = serialFromDate({ year: 2024, month: 3, day: 15 });
export const DATE_REFERENCE = serialFromDate({ year: 2025, month: 1, day: 10 });

/** A population inside each taille's range (seed 004: < 40 000; 40–80 000; 80–175 000; > 175 000). */
export const POPULATION_FOR: Record<Taille, number> = { 1: 30_000, 2: 60_000, 3: 95_000, 4: 200_000 };

export function choicesFor(overrides: Partial<WorkbookChoices> = {}): WorkbookChoices {
  return {
    nom: "CPTS du Val de Test",
    population: 95_000,
    tailleOverride: null,
    signature: SIGNATURE,
    versionId: "ACI 2019",
    taux: 1,
    missions: [...DEFAULT_MISSIONS],
    snp: false,
    dateReference: DATE_REFERENCE,
    ...overrides,
  };
}

/** Mission selections the tests sweep: none, the 2019 socles, everything (crise unfunded in 2019), partial ones. */
export const SELECTIONS: { label: string; missions: MissionKey[]; snp: boolean }[] = [
  { label: "aucune mission", missions: [], snp: false },
  { label: "missions socles 2019", missions: ["acces", "parcours", "prevention"], snp: false },
  { label: "toutes les missions + SNP", missions: ["acces", "parcours", "prevention", "crise", "qualite", "accompagnement"], snp: true },
  { label: "accès aux soins + SNP", missions: ["acces"], snp: true },
  { label: "parcours + complémentaires", missions: ["parcours", "qualite", "accompagnement"], snp: false },
  { label: "accès, prévention, qualité", missions: ["acces", "prevention", "qualite"], snp: false },
  // The volet supplémentaire belongs to accès aux soins: without it, the flag pays nothing.
  { label: "prévention + SNP sans accès aux soins", missions: ["prevention"], snp: true },
];

/** The workbook names other tools rely on (docs/guide/feuilles.md). */
export const DOCUMENTED_NAMES = [
  "CPTS_Nom",
  "CPTS_Population",
  "CPTS_Taille",
  "CPTS_Signature",
  "CPTS_TauxAtteinte",
  "CPTS_TotalACI",
  "CPTS_TotalDepenses",
  "CPTS_TotalRessources",
  "CPTS_TotalContrat",
];
/** Those the add-in computes (the others are inputs). */
export const COMPUTED_NAMES: readonly string[] = ["CPTS_Taille", "CPTS_TotalACI", "CPTS_TotalDepenses", "CPTS_TotalRessources", "CPTS_TotalContrat"];
