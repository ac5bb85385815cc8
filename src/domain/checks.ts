/**
 * The checks a treasurer needs beyond "dépenses = ressources": each verdict the
 * budget sheet's Contrôles area shows is decided here. A rule is a pure function over numbers plus
 * the data the sheet's formula is built from (src/sheets/budgetControls.ts): the threshold, the
 * comparison, the level and the French verdicts. test/sheets/budgetControls.test.ts evaluates the
 * generated formulas in HyperFormula against these functions on many inputs.
 */
import type { AciGridVersion } from "./aciGrid";
import { formatEuros } from "./frenchFormat";
import type { MissionKey } from "./missions";

/** Art. L.612-4 Code de commerce: above 153 000 € of public subsidies a year, a commissaire aux comptes is mandatory. */
export const COMMISSAIRE_AUX_COMPTES_THRESHOLD = 153_000;

/** Amounts are kept to the cent: a gap under half a cent is floating-point noise, not a difference. */
const HALF_CENT = 0.005;

export type CheckLevel = "ok" | "warning" | "error";

export interface CheckResult {
  level: CheckLevel;
  message: string;
}

/**
 * A rule that fails when a measured amount passes a threshold: `|x|` when `absolute`, compared with
 * `>` or `>=`. The sheet spells the same comparison as a formula (budgetControls.ts, ruleCondition).
 */
export interface ThresholdRule {
  readonly absolute: boolean;
  readonly operator: ">" | ">=";
  readonly threshold: number;
  /** The level of the control when the rule fails. */
  readonly level: Exclude<CheckLevel, "ok">;
}

/** Charges of a block beyond its ACI envelope and other resources: any excess (to the cent) is a warning. */
export const ENVELOPE_RULE: ThresholdRule = { absolute: false, operator: ">", threshold: 0, level: "warning" };
/** ACI resources allotted to 1A + 1B minus accès aux soins' contract amount: half a cent either way is an error. */
export const REPARTITION_RULE: ThresholdRule = { absolute: true, operator: ">=", threshold: HALF_CENT, level: "error" };
/** Public subsidies (ACI + FIR) strictly above the threshold call for a commissaire aux comptes. */
export const AUDITOR_RULE: ThresholdRule = { absolute: false, operator: ">", threshold: COMMISSAIRE_AUX_COMPTES_THRESHOLD, level: "warning" };
/** A socle mission not retained is a warning (the ACI makes it mandatory, with a start deadline). */
export const SOCLE_LEVEL: Exclude<CheckLevel, "ok"> = "warning";

/** Whether `amount` fails `rule`. */
export function breaches(rule: ThresholdRule, amount: number): boolean {
  const x = rule.absolute ? Math.abs(amount) : amount;
  return rule.operator === ">" ? x > rule.threshold : x >= rule.threshold;
}

export const CHECK_MESSAGES = {
  envelopeOk: "Charges couvertes par l'enveloppe ACI et les autres ressources",
  envelopeExceeded: "Charges supérieures à l'enveloppe ACI + ressources complémentaires : voir le dépassement",
  repartitionOk: "Répartition conforme au contrat",
  repartitionKo: "Les ressources ACI de 1A et 1B ne correspondent plus au montant du contrat accès aux soins",
  socleRetained: (label: string) => `Mission socle retenue : ${label}`,
  socleMissing: (label: string) => `Mission socle non retenue : ${label} (obligatoire dans l'ACI, avec un délai de démarrage)`,
  auditorRequired: `Subventions publiques (ACI + FIR) au-delà de ${formatEuros(COMMISSAIRE_AUX_COMPTES_THRESHOLD)} par an : nomination d'un commissaire aux comptes obligatoire (art. L.612-4 du Code de commerce)`,
  auditorNotRequired: `Subventions publiques sous le seuil de ${formatEuros(COMMISSAIRE_AUX_COMPTES_THRESHOLD)} : pas de commissaire aux comptes obligatoire`,
} as const;

const ok = (message: string): CheckResult => ({ level: "ok", message });

/** Charges of a block beyond its resources (ACI envelope + other resources), to the cent; 0 when covered. */
export function envelopeExcess(charges: number, resources: number): number {
  return Math.max(0, Math.round((charges - resources) * 100) / 100);
}

export function envelopeCheck(charges: number, resources: number): CheckResult {
  return breaches(ENVELOPE_RULE, envelopeExcess(charges, resources))
    ? { level: ENVELOPE_RULE.level, message: CHECK_MESSAGES.envelopeExceeded }
    : ok(CHECK_MESSAGES.envelopeOk);
}

/** `gap` = ACI resources of 1A + 1B − the accès aux soins contract (fixe + variable × taux + compensation + supplément). */
export function repartitionCheck(gap: number): CheckResult {
  return breaches(REPARTITION_RULE, gap) ? { level: REPARTITION_RULE.level, message: CHECK_MESSAGES.repartitionKo } : ok(CHECK_MESSAGES.repartitionOk);
}

export function socleCheck(label: string, retained: boolean): CheckResult {
  return retained ? ok(CHECK_MESSAGES.socleRetained(label)) : { level: SOCLE_LEVEL, message: CHECK_MESSAGES.socleMissing(label) };
}

/** Socle missions of the version that are not retained. */
export function missingSocles(version: AciGridVersion, retained: readonly MissionKey[]): MissionKey[] {
  return version.socles.filter((k) => !retained.includes(k));
}

/** Whether the association must appoint a commissaire aux comptes (strictly above the threshold). */
export function auditorRequired(publicSubsidies: number): boolean {
  return breaches(AUDITOR_RULE, publicSubsidies);
}

export function auditorCheck(publicSubsidies: number): CheckResult {
  return auditorRequired(publicSubsidies) ? { level: AUDITOR_RULE.level, message: CHECK_MESSAGES.auditorRequired } : ok(CHECK_MESSAGES.auditorNotRequired);
}
