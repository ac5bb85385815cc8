/** ACI amounts and annual totals computed from a grid version. */
import { AciGridVersion, FundedItem, Volet, gridLine, isVariable } from "./aciGrid";
import type { MissionKey } from "./missions";
import type { Taille } from "./tailles";

/** "total" = every volet of the item counted in the grid's own totals (all but the volet supplémentaire). */
export type VoletOrTotal = Volet | "total";

const VOLETS_IN_TOTAL: readonly Volet[] = ["fixe", "variable", "compensation"];

/** Amount in € for one grid cell or an item's total; undefined when the grid has no such figure. */
export function aciAmount(version: AciGridVersion, taille: Taille, item: FundedItem, volet: VoletOrTotal = "total"): number | undefined {
  if (volet !== "total") return gridLine(version, item, volet)?.amounts[taille];
  const lines = version.lines.filter((l) => l.item === item && VOLETS_IN_TOTAL.includes(l.volet));
  if (lines.length === 0) return undefined;
  return lines.reduce((sum, l) => sum + l.amounts[taille], 0);
}

/** Whether the version funds the item at all (crise has no figure in ACI 2019). */
export function isFunded(version: AciGridVersion, item: FundedItem): boolean {
  return version.lines.some((l) => l.item === item);
}

export interface MissionSelection {
  missions: readonly MissionKey[];
  /** The optional volet supplémentaire for SNP (only meaningful with accès aux soins). */
  snp: boolean;
}

export interface AnnualFunding {
  fonctionnement: number;
  /** Fixed volets of the retained missions (fixe + compensation), volet supplémentaire excluded. */
  fixe: number;
  /** Variable volets after the taux d'atteinte. */
  variable: number;
  supplementaire: number;
  total: number;
  /** Retained missions the version has no figure for: they add nothing, and the UI says so. */
  unfunded: MissionKey[];
}

/**
 * Annual ACI for a selection: fonctionnement + fixed volets + variable × taux (+ volet supplémentaire
 * when retained with accès aux soins). The taux is the taux d'atteinte des résultats (1 = 100 %).
 */
export function annualFunding(version: AciGridVersion, taille: Taille, selection: MissionSelection, taux = 1): AnnualFunding {
  const fonctionnement = aciAmount(version, taille, "fonctionnement", "fixe") ?? 0;
  let fixe = 0;
  let variable = 0;
  const unfunded: MissionKey[] = [];
  for (const key of new Set(selection.missions)) {
    if (!isFunded(version, key)) {
      unfunded.push(key);
      continue;
    }
    for (const line of version.lines) {
      if (line.item !== key || line.volet === "supplementaire") continue;
      if (isVariable(line.volet)) variable += line.amounts[taille] * taux;
      else fixe += line.amounts[taille];
    }
  }
  const supplementaire = selection.snp && selection.missions.includes("acces") ? (aciAmount(version, taille, "acces", "supplementaire") ?? 0) : 0;
  return { fonctionnement, fixe, variable, supplementaire, total: fonctionnement + fixe + variable + supplementaire, unfunded };
}

/** The grid's "Financement total possible": fonctionnement + every volet of every mission, supplémentaire excluded. */
export function maxFunding(version: AciGridVersion, taille: Taille): number {
  return version.lines.filter((l) => l.volet !== "supplementaire").reduce((sum, l) => sum + l.amounts[taille], 0);
}

/** The ceiling with the volet supplémentaire SNP. */
export function maxFundingWithSupplement(version: AciGridVersion, taille: Taille): number {
  return version.lines.reduce((sum, l) => sum + l.amounts[taille], 0);
}
