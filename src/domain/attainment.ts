/**
 * Attainment of the ACI's indicators: how much of an indicator's share of the variable volet is
 * earned, and a mission's rate from its financial indicators. Pure: CPTS.ATTEINTE, the Indicateurs
 * sheet and the task pane read the same rule.
 *
 * Vocabulary of the seeds (« Focus sur l'évaluation », « La contractualisation de l'ACI »): each
 * indicator has a valeur de départ, a cible and measures taken at the follow-up meetings (2 per
 * year); the contract negotiates « les niveaux d'atteinte (qui pourront être progressifs) » and
 * distinguishes the indicators that condition the funding (financiers) from those followed
 * « sans impact financier ». No figure here comes from a contract: the rule only.
 *
 * The rule, decided here once:
 * - sens: hausse when cible > départ (« Progression de la patientèle avec médecin traitant »),
 *   baisse when cible < départ (« Baisse du nombre de recours aux urgences »); cible = départ has no
 *   sens and is refused.
 * - linear (no paliers): (mesure − départ) / (cible − départ), clamped to 0–100 %: a measure at or
 *   beyond the cible earns 100 %, a measure at or behind the départ 0 %.
 * - paliers (progressive levels): rows seuil | part, seuils strictly increasing in the sens
 *   (increasing for a hausse, decreasing for a baisse), parts from 0 to 100 % and never decreasing.
 *   The measure earns the part of the last palier it reaches (at or beyond its seuil in the sens),
 *   0 % before the first. Départ and cible give the sens; the seuils need not lie between them.
 * - mission: the share-weighted rate of its financial indicators that have a measure; none
 *   measured → undefined, so the caller keeps the global taux d'atteinte.
 */
import { parseTaux } from "./parseInput";
import { readFrenchNumber } from "./parseNumber";

export type Sens = "hausse" | "baisse";

/** One progressive level: reaching `seuil` earns `part` (0–1) of the indicator's share. */
export interface Palier {
  readonly seuil: number;
  readonly part: number;
}

/** Why an attainment cannot be computed; `message` is the French sentence shown to the user. */
export type AttainmentProblem =
  | { readonly kind: "cibleEgaleDepart" }
  | { readonly kind: "mesureManquante" }
  | { readonly kind: "valeurManquante"; readonly role: "depart" | "cible" }
  | { readonly kind: "nonNumerique"; readonly role: IndicatorValueRole; readonly received: string }
  | { readonly kind: "paliersNonCroissants"; readonly sens: Sens; readonly rank: number }
  | { readonly kind: "partHorsLimites"; readonly rank: number; readonly received: string }
  | { readonly kind: "partsDecroissantes"; readonly rank: number }
  | { readonly kind: "paliersForme"; readonly received: string };

export type AttainmentResult = { readonly ok: true; readonly rate: number; readonly sens: Sens } | { readonly ok: false; readonly problem: AttainmentProblem };

export type IndicatorValueRole = "depart" | "cible" | "mesure" | "seuil";

const ROLE_LABEL: Record<IndicatorValueRole, string> = {
  depart: "Valeur de départ",
  cible: "Cible",
  mesure: "Mesure",
  seuil: "Seuil de palier",
};

/** French wording of each problem, for the function's tooltip, the sheet's controls and the pane. */
export function attainmentMessage(problem: AttainmentProblem): string {
  switch (problem.kind) {
    case "cibleEgaleDepart":
      return "La cible est égale à la valeur de départ : ni hausse ni baisse à mesurer, indiquez une cible différente";
    case "mesureManquante":
      return "Mesure manquante : l'indicateur n'a pas encore été mesuré";
    case "valeurManquante":
      return `${ROLE_LABEL[problem.role]} manquante : un nombre est attendu`;
    case "nonNumerique":
      return `${ROLE_LABEL[problem.role]} attendue : un nombre, par exemple « 1 250 », « 12,5 » ou « 85 % » (reçu : ${problem.received})`;
    case "paliersNonCroissants":
      return problem.sens === "hausse"
        ? `Paliers non croissants : pour un indicateur en hausse, chaque seuil doit dépasser le précédent (palier ${problem.rank})`
        : `Paliers non décroissants : pour un indicateur en baisse, chaque seuil doit être inférieur au précédent (palier ${problem.rank})`;
    case "partHorsLimites":
      return `Part du palier ${problem.rank} attendue : de 0 à 100 %, « 50 % », « 50 » ou « 0,5 » (reçu : ${problem.received})`;
    case "partsDecroissantes":
      return `Parts des paliers décroissantes : la part du palier ${problem.rank} est inférieure à celle du palier précédent`;
    case "paliersForme":
      return `Paliers attendus : une plage de 2 colonnes, seuil | part, ou une ligne seuil 1 | part 1 | seuil 2 | part 2… (reçu : ${problem.received})`;
  }
}

const fail = (problem: AttainmentProblem): AttainmentResult => ({ ok: false, problem });

/** The sens given by départ and cible; undefined when they are equal (or not finite). */
export function sensOf(depart: number, cible: number): Sens | undefined {
  if (!Number.isFinite(depart) || !Number.isFinite(cible) || cible === depart) return undefined;
  return cible > depart ? "hausse" : "baisse";
}

/** Whether `value` is at or beyond `seuil` in the sens. */
function reaches(value: number, seuil: number, sens: Sens): boolean {
  return sens === "hausse" ? value >= seuil : value <= seuil;
}

/** The first problem of a list of paliers for an indicator going in `sens`; undefined when they are valid. */
export function paliersProblem(paliers: readonly Palier[], sens: Sens): AttainmentProblem | undefined {
  for (let i = 0; i < paliers.length; i++) {
    const { seuil, part } = paliers[i];
    const rank = i + 1;
    if (!Number.isFinite(part) || part < 0 || part > 1) return { kind: "partHorsLimites", rank, received: String(part).replace(".", ",") };
    if (!Number.isFinite(seuil)) return { kind: "nonNumerique", role: "seuil", received: String(seuil) };
    if (i === 0) continue;
    const previous = paliers[i - 1];
    // Strictly: two paliers at one seuil would pay two parts for one measure.
    if (reaches(previous.seuil, seuil, sens)) return { kind: "paliersNonCroissants", sens, rank };
    if (part < previous.part) return { kind: "partsDecroissantes", rank };
  }
  return undefined;
}

/**
 * Attainment (0–1) of one indicator. `mesure` null means not measured yet. Without paliers (or an
 * empty list) the rule is linear; with paliers, the part of the last palier reached.
 */
export function attainment(depart: number, cible: number, mesure: number | null, paliers: readonly Palier[] = []): AttainmentResult {
  const sens = sensOf(depart, cible);
  if (sens === undefined) return fail({ kind: "cibleEgaleDepart" });
  if (paliers.length > 0) {
    const problem = paliersProblem(paliers, sens);
    if (problem) return fail(problem);
  }
  if (mesure === null) return fail({ kind: "mesureManquante" });
  if (!Number.isFinite(mesure)) return fail({ kind: "nonNumerique", role: "mesure", received: String(mesure) });
  if (paliers.length > 0) {
    let rate = 0;
    for (const p of paliers) if (reaches(mesure, p.seuil, sens)) rate = p.part;
    return { ok: true, rate, sens };
  }
  const progress = (mesure - depart) / (cible - depart);
  // + 0 turns −0 into 0, so a measure at the départ shows 0 %, not -0 %.
  return { ok: true, rate: Math.min(1, Math.max(0, progress)) + 0, sens };
}

/** One indicator as a mission's rate reads it. */
export interface WeightedIndicator {
  /** Whether it conditions the funding (« financier » Oui); the others are followed without financial impact. */
  readonly financier: boolean;
  /** Its share of the mission's variable volet, in € (or any unit common to the mission's indicators). */
  readonly part: number;
  /** Its attainment 0–1, undefined while it has no measure (or cannot be computed). */
  readonly rate: number | undefined;
}

/**
 * A mission's attainment: Σ part × rate / Σ part over its financial indicators that have a rate.
 * Undefined when none has (nothing measured yet, or only zero shares): the caller keeps the
 * global taux. Indicators not yet measured are left out rather than counted 0 %, so that the first
 * follow-up meeting's measures give an estimate of the year instead of a rate diluted by the
 * indicators still to measure. Shares that are negative or not finite weigh nothing (the sheet's
 * control on shares says so).
 */
export function missionAttainment(indicators: readonly WeightedIndicator[]): number | undefined {
  let weight = 0;
  let earned = 0;
  for (const { financier, part, rate } of indicators) {
    if (!financier || rate === undefined || !Number.isFinite(rate) || !Number.isFinite(part) || part <= 0) continue;
    weight += part;
    earned += part * Math.min(1, Math.max(0, rate));
  }
  return weight > 0 ? Math.min(1, earned / weight) : undefined;
}

/** A numeric indicator value as typed: a number, or a French text (« 1 250 », « 12,5 », « 85 % »); null when blank. */
export type IndicatorNumber = { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly problem: AttainmentProblem };

/**
 * Reads one value of an indicator (départ, cible, mesure, seuil) the way the other user inputs
 * read numbers (parseNumber.ts). Blank (null, undefined, text of spaces) is null: what it means
 * is the caller's decision. « 85 % » is 0,85, as Excel stores a cell formatted 85 %.
 */
export function readIndicatorNumber(input: unknown, role: IndicatorValueRole, received: (v: unknown) => string): IndicatorNumber {
  if (input === null || input === undefined || (typeof input === "string" && input.trim() === "")) return { ok: true, value: null };
  if (typeof input === "number") {
    return Number.isFinite(input) ? { ok: true, value: input + 0 } : { ok: false, problem: { kind: "nonNumerique", role, received: received(input) } };
  }
  if (typeof input === "string") {
    const percent = /^(.*?)\s*%$/.exec(input.trim());
    const reading = readFrenchNumber(percent ? percent[1] : input);
    if (reading.kind === "number") return { ok: true, value: percent ? reading.value / 100 : reading.value };
  }
  return { ok: false, problem: { kind: "nonNumerique", role, received: received(input) } };
}

export type PaliersReading = { readonly ok: true; readonly value: Palier[] } | { readonly ok: false; readonly problem: AttainmentProblem };

/**
 * Paliers from the rows of a 2-column range, seuil | part, as a sheet holds them. A part reads like
 * a taux d'atteinte (parseInput.ts: « 50 % », 50 or 0,5; 1 = 100 %). A blank cell reads 0, like an
 * empty cell in any formula — and because an empty cell of a range reaches Excel for Windows'
 * custom functions as 0 (https://github.com/OfficeDev/office-js/issues/5262), reading it 0 everywhere
 * gives one result on every platform. A row that reads 0 | 0 is skipped: it pays nothing, and it is
 * what the unused rows of a paliers range look like. So an all-blank range means « no paliers »:
 * the linear rule. The order and the parts are checked by attainment() (paliersProblem), which
 * knows the sens.
 */
export function readPaliers(rows: readonly (readonly unknown[])[], received: (v: unknown) => string): PaliersReading {
  const paliers: Palier[] = [];
  for (const row of rows) {
    if (row.length !== 2) return { ok: false, problem: { kind: "paliersForme", received: `${row.length} colonne${row.length > 1 ? "s" : ""}` } };
    const rank = paliers.length + 1;
    const seuil = readIndicatorNumber(row[0], "seuil", received);
    if (!seuil.ok) return seuil;
    const blankPart = row[1] === null || row[1] === undefined || (typeof row[1] === "string" && row[1].trim() === "");
    const part = blankPart ? { ok: true as const, value: 0 } : parseTaux(row[1]);
    if (!part.ok) return { ok: false, problem: { kind: "partHorsLimites", rank, received: received(row[1]) } };
    const palier = { seuil: seuil.value ?? 0, part: part.value };
    if (palier.seuil === 0 && palier.part === 0) continue;
    paliers.push(palier);
  }
  return { ok: true, value: paliers };
}
