/**
 * The budget prévisionnel's structure (seed 001, "4 - Budget prévisionnel"): part 1 fonctionnement
 * général, part 2 one block per retained mission, then a synthesis. Rule printed in the seed:
 * Dépenses = Ressources.
 */
import type { FundedItem, Volet } from "./aciGrid";
import type { MissionKey } from "./missions";

export type BudgetBlockKey = "fonctionnement" | "1A" | "1B" | "parcours" | "prevention" | "crise" | "qualite" | "accompagnement";

export interface AciShare {
  item: FundedItem;
  volet: Volet;
}

export interface BudgetBlock {
  key: BudgetBlockKey;
  /** Title as in the seed's synthesis ("Mission 1 A - Médecins traitant"). */
  title: string;
  subtitle: string;
  /** The mission whose retention decides whether the block exists; undefined for fonctionnement. */
  mission?: MissionKey;
  /** Grid volets that fund the block by default ("ACI - Fonctionnement" / "ACI - Résultat"). */
  aciFixed: readonly AciShare[];
  aciVariable: readonly AciShare[];
  /** Only with the volet supplémentaire SNP retained. */
  aciSupplement?: AciShare;
}

export interface BudgetLine {
  key: string;
  label: string;
  hint: string;
}

/** Expense lines of every block, seed 001's wording; part 1 says "Organisation, Pilotage, Construction du projet". */
export const EXPENSE_LINES: readonly BudgetLine[] = [
  { key: "indemnites", label: "Indemnités des professionnels", hint: "Organisation et réalisation de la mission" },
  { key: "salaires", label: "Salaires", hint: "Coordinateur, secrétariat..." },
  { key: "honoraires", label: "Honoraires consultant", hint: "Expertise, formation, comptabilité" },
  { key: "materiel", label: "Moyens matériels", hint: "Logiciel, location, publicité, formation..." },
];

export const FONCTIONNEMENT_INDEMNITES_HINT = "Organisation, Pilotage, Construction du projet";

/** Resource lines: ACI fixed part, ACI result (variable × taux), complementary resources (FIR, collectivités). */
export const RESOURCE_LINES = {
  aciFixed: { key: "aci_fixe", label: "ACI - Fonctionnement", hint: "En fonction de la taille de la CPTS" },
  aciVariable: { key: "aci_resultat", label: "ACI - Résultat", hint: "Fonction taille et atteinte des objectifs" },
  complementary: { key: "complementaires", label: "Ressources complémentaires", hint: "Facultatif : FIR, collectivités..." },
} as const;

/** Blocks in the seed's order. 1A and 1B share accès aux soins: 1A gets its fixe and variable volets, 1B the compensation (and the supplement). */
export const BUDGET_BLOCKS: readonly BudgetBlock[] = [
  {
    key: "fonctionnement",
    title: "Fonctionnement général",
    subtitle: "Elaboration, coordination, communication du projet",
    aciFixed: [{ item: "fonctionnement", volet: "fixe" }],
    aciVariable: [],
  },
  {
    key: "1A",
    title: "Mission 1 A - Médecins traitant",
    subtitle: "Moyens et résultats",
    mission: "acces",
    aciFixed: [{ item: "acces", volet: "fixe" }],
    aciVariable: [{ item: "acces", volet: "variable" }],
  },
  {
    key: "1B",
    title: "Mission 1 B - Soins non-programmés",
    subtitle: "Moyens et résultats",
    mission: "acces",
    aciFixed: [{ item: "acces", volet: "compensation" }],
    aciVariable: [],
    aciSupplement: { item: "acces", volet: "supplementaire" },
  },
  {
    key: "parcours",
    title: "Mission 2 - Pluriprofessionnel",
    subtitle: "Moyens et résultats",
    mission: "parcours",
    aciFixed: [{ item: "parcours", volet: "fixe" }],
    aciVariable: [{ item: "parcours", volet: "variable" }],
  },
  {
    key: "prevention",
    title: "Mission 3 - Prévention",
    subtitle: "Moyens et résultats",
    mission: "prevention",
    aciFixed: [{ item: "prevention", volet: "fixe" }],
    aciVariable: [{ item: "prevention", volet: "variable" }],
  },
  {
    key: "crise",
    title: "Mission 4 - Gestion de crise sanitaire",
    subtitle: "Moyens et résultats",
    mission: "crise",
    aciFixed: [{ item: "crise", volet: "fixe" }],
    aciVariable: [{ item: "crise", volet: "variable" }],
  },
  {
    key: "qualite",
    title: "Qualité et pertinence des soins",
    subtitle: "Mission complémentaire",
    mission: "qualite",
    aciFixed: [{ item: "qualite", volet: "fixe" }],
    aciVariable: [{ item: "qualite", volet: "variable" }],
  },
  {
    key: "accompagnement",
    title: "Accompagnement des professionnels de santé",
    subtitle: "Mission complémentaire",
    mission: "accompagnement",
    aciFixed: [{ item: "accompagnement", volet: "fixe" }],
    aciVariable: [{ item: "accompagnement", volet: "variable" }],
  },
];

/** The blocks a selection shows, in the seed's order; fonctionnement always. */
export function budgetBlocksFor(missions: readonly MissionKey[]): BudgetBlock[] {
  return BUDGET_BLOCKS.filter((b) => b.mission === undefined || missions.includes(b.mission));
}
