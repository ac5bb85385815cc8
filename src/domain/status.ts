/** The statuses the flags show: milestone lateness (CPTS.RETARD) and budget balance (CPTS.EQUILIBRE). */
import { formatEuros } from "./frenchFormat";

/** The "État d'avancement" list of the roadmap sheets. */
export const AVANCEMENTS = ["Non démarré", "En cours", "Terminé", "Abandonné"] as const;
export type Avancement = (typeof AVANCEMENTS)[number];

/** Days before an échéance from which it is announced ("Échéance dans N j"). */
export const DUE_SOON_DAYS = 30;

export const LATENESS = {
  done: "Terminé",
  abandoned: "Abandonné",
  noDeadline: "Échéance à fixer",
  today: "Échéance aujourd'hui",
  onTime: "Dans les temps",
  late: (days: number) => `En retard de ${days} j`,
  dueIn: (days: number) => `Échéance dans ${days} j`,
} as const;

/** Lower case without accents or surrounding spaces: "Terminé " and "termine" match. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");
}

/**
 * First rule that applies: Terminé; Abandonné; no échéance; late; due today; due within 30 days; on time.
 * Dates are Excel serials; the time of day is ignored.
 */
export function latenessStatus(echeance: number | null, avancement: string | null, dateRef: number): string {
  const state = avancement ? normalizeText(avancement) : "";
  if (state === "termine") return LATENESS.done;
  if (state === "abandonne") return LATENESS.abandoned;
  if (echeance === null) return LATENESS.noDeadline;
  const daysLeft = Math.floor(echeance) - Math.floor(dateRef);
  if (daysLeft < 0) return LATENESS.late(-daysLeft);
  if (daysLeft === 0) return LATENESS.today;
  if (daysLeft <= DUE_SOON_DAYS) return LATENESS.dueIn(daysLeft);
  return LATENESS.onTime;
}

/** Whether a status means the milestone needs attention now (late or due today). */
export function isLate(status: string): boolean {
  return status.startsWith("En retard");
}

export const BALANCE = {
  balanced: "Équilibré",
  deficit: (amount: number) => `Déficit de ${formatEuros(amount)}`,
  surplus: (amount: number) => `Excédent de ${formatEuros(amount)}`,
} as const;

/** "Équilibré" when |ressources − dépenses| ≤ tolerance, else the deficit or surplus in French. Compared to the cent. */
export function balanceStatus(depenses: number, ressources: number, tolerance = 0): string {
  const gapCents = Math.round((ressources - depenses) * 100);
  if (Math.abs(gapCents) <= Math.round(Math.abs(tolerance) * 100)) return BALANCE.balanced;
  return gapCents < 0 ? BALANCE.deficit(-gapCents / 100) : BALANCE.surplus(gapCents / 100);
}
