/**
 * The ACI funding grid as versioned data: one table per version, keyed by
 * funded item (fonctionnement or a mission) × volet × taille. Each figure appears once;
 * totals are computed (see funding.ts), never typed.
 */
import type { MissionKey } from "./missions";
import type { Taille } from "./tailles";

/** What a grid line funds: the CPTS's general running costs, or one mission. */
export type FundedItem = "fonctionnement" | MissionKey;

/**
 * fixe: "volet fixe mise en œuvre" (fonctionnement has only this one);
 * variable: "volet variable actions et résultats", scaled by the taux d'atteinte;
 * compensation: accès aux soins' fixed "organisation des soins non programmés – compensation des professionnels";
 * supplementaire: accès aux soins' optional "volet supplémentaire" for treating and orienting SNP requests,
 * outside the grid's totals.
 */
export type Volet = "fixe" | "variable" | "compensation" | "supplementaire";

export interface GridLine {
  item: FundedItem;
  volet: Volet;
  /** The line's label in the source table. */
  label: string;
  /** Annual amount in euros for tailles 1, 2, 3, 4. */
  amounts: Readonly<Record<Taille, number>>;
}

export interface AciGridVersion {
  /** Identifier shown to users and typed in CPTS.* functions, e.g. "ACI 2019". */
  id: string;
  /** Where the figures come from. */
  source: string;
  /** Missions the version makes mandatory (a socle not retained is a warning). */
  socles: readonly MissionKey[];
  lines: readonly GridLine[];
}

const t = (t1: number, t2: number, t3: number, t4: number): Record<Taille, number> => ({ 1: t1, 2: t2, 3: t3, 4: t4 });

/**
 * Seed 004, table "Montants alloués par l'Assurance Maladie" (ACI 2019).
 * Mission 4 (gestion de crise sanitaire) came with the 2021–2022 avenant: it has no figure here.
 */
export const ACI_2019: AciGridVersion = {
  id: "ACI 2019",
  source: "Accord conventionnel interprofessionnel 2019 — guide CPTS Occitanie, « Montants alloués par l'Assurance Maladie »",
  socles: ["acces", "parcours", "prevention"],
  lines: [
    { item: "fonctionnement", volet: "fixe", label: "Financement du fonctionnement", amounts: t(50_000, 60_000, 75_000, 90_000) },
    { item: "acces", volet: "fixe", label: "Volet fixe mise en œuvre", amounts: t(15_000, 17_500, 25_000, 30_000) },
    { item: "acces", volet: "variable", label: "Volet variable actions et résultats", amounts: t(15_000, 17_500, 25_000, 30_000) },
    {
      item: "acces",
      volet: "compensation",
      label: "Volet fixe lié à l'organisation des soins non programmés – Compensation des professionnels de santé",
      amounts: t(10_000, 12_000, 15_000, 20_000),
    },
    {
      item: "acces",
      volet: "supplementaire",
      label: "Volet supplémentaire — financement spécifique pour le traitement et l'orientation des demandes de soins non programmés",
      amounts: t(35_000, 45_000, 55_000, 70_000),
    },
    { item: "parcours", volet: "fixe", label: "Volet fixe mise en œuvre", amounts: t(25_000, 35_000, 45_000, 50_000) },
    { item: "parcours", volet: "variable", label: "Volet variable actions et résultats", amounts: t(25_000, 35_000, 45_000, 50_000) },
    { item: "prevention", volet: "fixe", label: "Volet fixe mise en œuvre", amounts: t(10_000, 15_000, 17_500, 20_000) },
    { item: "prevention", volet: "variable", label: "Volet variable actions et résultats", amounts: t(10_000, 15_000, 17_500, 20_000) },
    { item: "qualite", volet: "fixe", label: "Volet fixe mise en œuvre", amounts: t(7_500, 10_000, 15_000, 20_000) },
    { item: "qualite", volet: "variable", label: "Volet variable actions et résultats", amounts: t(7_500, 10_000, 15_000, 20_000) },
    { item: "accompagnement", volet: "fixe", label: "Volet fixe mise en œuvre", amounts: t(5_000, 7_500, 10_000, 15_000) },
    { item: "accompagnement", volet: "variable", label: "Volet variable actions et résultats", amounts: t(5_000, 7_500, 10_000, 15_000) },
  ],
};

/**
 * Every version we hold, oldest first. The 2021–2022 avenant (mission 4 and new amounts) is not
 * here because its figures are not in our sources: a figure we cannot source is absent, never guessed.
 */
export const GRID_VERSIONS: readonly AciGridVersion[] = [ACI_2019];

/** The newest sourced version. */
export const DEFAULT_GRID_VERSION: AciGridVersion = GRID_VERSIONS[GRID_VERSIONS.length - 1];

export function findGridVersion(id: string): AciGridVersion | undefined {
  const wanted = id.trim().toLowerCase().replace(/\s+/g, " ");
  return GRID_VERSIONS.find((v) => v.id.toLowerCase() === wanted);
}

export function gridLine(version: AciGridVersion, item: FundedItem, volet: Volet): GridLine | undefined {
  return version.lines.find((l) => l.item === item && l.volet === volet);
}

/** Volets paid whatever the results; the variable volet is the only one scaled by the taux. */
export function isVariable(volet: Volet): boolean {
  return volet === "variable";
}
