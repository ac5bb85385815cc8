/**
 * The example indicators the Indicateurs sheet is pre-filled with, per mission. Pure data, the
 * wording of the seeds:
 * - seed 004, « Focus sur l'évaluation », « Exemples d'indicateurs » (the accès aux soins list, then
 *   one indicator per objective: médecin traitant, soins non programmés, parcours, prévention,
 *   qualité et pertinence);
 * - the indicators already on FdR Opérationnelle (missions.ts, exampleActions, from seeds 000 and
 *   004), listed once: « Progression de la patientèle avec MT » (seed 000) is seed 004's
 *   « Progression de la patientèle avec médecin traitant… », and seed 000's « …organisation de
 *   régulation territoriale » is seed 004's « …organisation de traitement et d'orientation
 *   territoriale »; seed 004's wording is kept.
 *
 * No figure: no seed gives a valeur de départ, a cible or a share of the variable volet, so the
 * sheet leaves them to the contract (départ, cible and part stay empty).
 *
 * Three readings are ours, not the seeds', and each is an input the user changes on the sheet:
 * - nature: « résultats » for what measures the population's care (patientèle, urgences,
 *   satisfaction), « moyens » for what counts the CPTS's own activity (campagnes, actions,
 *   participants) — seed 003 asks to distinguish them, without classifying its examples;
 * - financier: Oui for the result indicators, Non for the means indicators (seed 004: result
 *   indicators « dès la 2e année », the contract says which ones condition the variable volet);
 * - sens: from the wording — « Baisse… », « Réduction… » → baisse, else hausse; one exception,
 *   the « Taux de passages aux urgences … non suivis d'hospitalisation », whose aim in the accès
 *   aux soins mission is to fall (fewer avoidable passages), so baisse.
 * Crise sanitaire and accompagnement des professionnels have no example indicator in the seeds:
 * the sheet gives them an empty row to fill.
 */
import type { Sens } from "./attainment";
import type { MissionKey } from "./missions";

export type IndicatorNature = "moyens" | "résultats";
export const INDICATOR_NATURES: readonly IndicatorNature[] = ["moyens", "résultats"];
export const INDICATOR_SENS: readonly Sens[] = ["hausse", "baisse"];

export interface ExampleIndicator {
  readonly indicateur: string;
  readonly nature: IndicatorNature;
  /** Whether it conditions the variable volet (our reading: the result indicators). */
  readonly financier: boolean;
  readonly sens: Sens;
}

const result = (indicateur: string, sens: Sens = "hausse"): ExampleIndicator => ({ indicateur, nature: "résultats", financier: true, sens });
const means = (indicateur: string): ExampleIndicator => ({ indicateur, nature: "moyens", financier: false, sens: "hausse" });

export const EXAMPLE_INDICATORS: Readonly<Record<MissionKey, readonly ExampleIndicator[]>> = {
  acces: [
    // Seed 004, « Les indicateurs de suivi de la mission en faveur de l'amélioration de l'accès aux soins ».
    result("Progression de la patientèle avec médecin traitant dans la population couverte par la CPTS"),
    result(
      "Réduction du % de patients sans médecin traitant pour les patients en ALD, les patients âgés de plus de 70 ans et les patients couverts par la CMU-C",
      "baisse",
    ),
    result("Taux de passages aux urgences générales, pédiatriques et de gynécologie-obstétrique non suivis d'hospitalisation", "baisse"),
    result("Part des admissions directes en hospitalisation adressées par un professionnel de santé de ville"),
    result("Augmentation du nombre de consultations enregistrées dans le cadre de l'organisation de traitement et d'orientation territoriale"),
    // Seed 004, « Faciliter l'accès au médecin traitant » and « … à des plages de soins non programmés ».
    result("Part des patients en ALD (ou de plus de 70 ans) avec médecin traitant sur le nombre de patients en ALD (ou de plus de 70 ans)"),
    result("Baisse du nombre de recours aux urgences", "baisse"),
  ],
  // Seed 004, « Organiser des parcours ».
  parcours: [result("Evaluation de la satisfaction des patients")],
  prevention: [
    // Seed 000 (FdR Opérationnelle), then seed 004, « Actions de prévention ».
    means("Nombre de campagnes de prévention réalisées"),
    means("Nombre d'actions de prévention ou dépistage déployées"),
  ],
  crise: [],
  // Seed 004, « Qualité et pertinence ».
  qualite: [means("Nombre de professionnels de santé participant aux groupes d'analyse de pratiques pluriprofessionnelles")],
  accompagnement: [],
};

/** The sens a wording suggests (« Baisse… », « Réduction… » → baisse), for an indicator the user adds. */
export function sensFromWording(indicateur: string): Sens {
  return /^\s*(baisse|réduction|diminution)\b/i.test(indicateur) ? "baisse" : "hausse";
}
