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

/**
 * Each mission's measured attainment (0–1) where one is known; a mission absent here is paid at the
 * global taux d'atteinte (scenario planning stays one click).
 */
export type MissionRates = Partial<Record<MissionKey, number>>;

/**
 * The crise sanitaire mission's complement « si crise reconnue par l'ARS ». Real contracts pay it on
 * top of the mission's fixed part; no grid we hold gives a figure, so it is always the contract's
 * amount, typed by the user, and it counts only for a retained crise mission in a year the ARS
 * recognised a crisis.
 */
export interface CriseComplement {
  /** The contract's amount in €. */
  amount: number;
  reconnue: boolean;
}

/** The complement's line, as the Grille ACI shows it (the contracts' wording). */
export const CRISE_COMPLEMENT_LABEL = "Complément si crise reconnue par l'ARS";

export interface FundingOptions {
  rates?: MissionRates;
  criseComplement?: CriseComplement;
}

export interface AnnualFunding {
  fonctionnement: number;
  /** Fixed volets of the retained missions (fixe + compensation), volet supplémentaire excluded. */
  fixe: number;
  /** Variable volets, each after its mission's attainment (the global taux when none is measured). */
  variable: number;
  supplementaire: number;
  /** The crise complement when it counts (crise retained and reconnue), else 0; outside the fixed volets. */
  complement: number;
  total: number;
  /** Retained missions the version has no figure for: they add nothing, and the UI says so. */
  unfunded: MissionKey[];
}

/**
 * Annual ACI for a selection: fonctionnement + fixed volets + each variable volet × its mission's
 * attainment (`options.rates`, else the global taux) + volet supplémentaire when retained with accès
 * aux soins + the crise complement when it counts. Rates are taux d'atteinte des résultats (1 = 100 %).
 */
export function annualFunding(version: AciGridVersion, taille: Taille, selection: MissionSelection, taux = 1, options: FundingOptions = {}): AnnualFunding {
  const fonctionnement = aciAmount(version, taille, "fonctionnement", "fixe") ?? 0;
  let fixe = 0;
  let variable = 0;
  const unfunded: MissionKey[] = [];
  for (const key of new Set(selection.missions)) {
    if (!isFunded(version, key)) {
      unfunded.push(key);
      continue;
    }
    const rate = options.rates?.[key] ?? taux;
    for (const line of version.lines) {
      if (line.item !== key || line.volet === "supplementaire") continue;
      if (isVariable(line.volet)) variable += line.amounts[taille] * rate;
      else fixe += line.amounts[taille];
    }
  }
  const supplementaire = selection.snp && selection.missions.includes("acces") ? (aciAmount(version, taille, "acces", "supplementaire") ?? 0) : 0;
  const crise = options.criseComplement;
  const complement = crise?.reconnue && selection.missions.includes("crise") ? crise.amount : 0;
  return { fonctionnement, fixe, variable, supplementaire, complement, total: fonctionnement + fixe + variable + supplementaire + complement, unfunded };
}

/** The grid's "Financement total possible": fonctionnement + every volet of every mission, supplémentaire excluded. */
export function maxFunding(version: AciGridVersion, taille: Taille): number {
  return version.lines.filter((l) => l.volet !== "supplementaire").reduce((sum, l) => sum + l.amounts[taille], 0);
}

/** The ceiling with the volet supplémentaire SNP. */
export function maxFundingWithSupplement(version: AciGridVersion, taille: Taille): number {
  return version.lines.reduce((sum, l) => sum + l.amounts[taille], 0);
}
