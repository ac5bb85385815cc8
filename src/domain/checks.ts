/** The checks a treasurer needs beyond "dépenses = ressources" (SPEC section 2). */
import type { AciGridVersion } from "./aciGrid";
import type { MissionKey } from "./missions";

/** Art. L.612-4 Code de commerce: above 153 000 € of public subsidies a year, a commissaire aux comptes is mandatory. */
export const COMMISSAIRE_AUX_COMPTES_THRESHOLD = 153_000;

export type CheckLevel = "ok" | "warning" | "error";

export interface CheckResult {
  level: CheckLevel;
  message: string;
}

export const CHECK_MESSAGES = {
  envelopeOk: "Charges couvertes par l'enveloppe ACI et les autres ressources",
  envelopeExceeded: (excess: string) => `Charges supérieures à l'enveloppe ACI + ressources complémentaires (dépassement de ${excess})`,
  socleMissing: (label: string) => `Mission socle non retenue : ${label} (obligatoire dans l'ACI, avec un délai de démarrage)`,
  auditorRequired: "Subventions publiques (ACI + FIR) au-delà de 153 000 € par an : nomination d'un commissaire aux comptes obligatoire (art. L.612-4 du Code de commerce)",
  auditorNotRequired: "Subventions publiques sous le seuil de 153 000 € : pas de commissaire aux comptes obligatoire",
} as const;

/** Charges of a mission must not exceed its ACI envelope plus its other resources. */
export function envelopeExceeded(charges: number, aciEnvelope: number, otherResources: number): number {
  return Math.max(0, Math.round((charges - aciEnvelope - otherResources) * 100) / 100);
}

/** Socle missions of the version that are not retained. */
export function missingSocles(version: AciGridVersion, retained: readonly MissionKey[]): MissionKey[] {
  return version.socles.filter((k) => !retained.includes(k));
}

/** Whether the association must appoint a commissaire aux comptes (strictly above the threshold). */
export function auditorRequired(publicSubsidies: number): boolean {
  return publicSubsidies > COMMISSAIRE_AUX_COMPTES_THRESHOLD;
}
