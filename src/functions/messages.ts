/**
 * Every French message the CPTS.* functions show in Excel's error tooltip, in one place so the
 * wording can be reviewed at once. Each names what was expected and what was received. What a user
 * input must look like (population, taille, taux, dates, missions, version) is worded once for
 * every surface in src/domain/parseMessages.ts; these messages frame it for a tooltip.
 */
import { attainmentMessage } from "../domain/attainment";

export const FUNCTION_MESSAGES = {
  /** « Population attendue : un nombre entier d'habitants… (reçu : « 12a ») ». */
  expected: (head: string, expected: string, got: string) => `${head} : ${expected} (reçu : ${got})`,
  /** The subject of each input refusal. */
  heads: {
    population: "Population attendue",
    taille: "Taille attendue",
    taux: "Taux d'atteinte attendu",
    mission: "Mission attendue",
    version: "Version de grille attendue",
    date: (role: string) => `${role} attendue`,
  },
  missions: (got: string) =>
    `Missions attendues : une plage ou un texte « acces,parcours » de clés acces, snp, parcours, prevention, crise, qualite, accompagnement (reçu : ${got})`,
  snpWithoutAcces: "Le volet supplémentaire SNP complète l'accès aux soins : ajoutez « acces » aux missions",
  volet: (got: string) => `Volet attendu : fixe, variable, compensation ou total (reçu : ${got})`,
  compensationOnlyAcces: (label: string) =>
    `Le volet « compensation » n'existe que pour l'accès aux soins (mission reçue : ${label}) : volet attendu fixe, variable ou total`,
  fonctionnementSingleVolet: (got: string) => `Le fonctionnement n'a qu'un montant fixe : volet attendu fixe ou total (reçu : ${got})`,
  snpSingleVolet: (got: string) => `Le volet supplémentaire SNP n'a qu'un montant : volet attendu total ou vide (reçu : ${got})`,
  absentFromVersion: (versionId: string, label: string) => `Montant absent de la grille « ${versionId} » : « ${label} » ne figure pas dans cette version`,
  /**
   * An empty cell reaches Excel for Windows' custom functions as 0 and Excel on the web's as null
   * (OfficeDev/office-js#4702), and both read the same: the message cannot tell which was typed.
   */
  emptyOrZero: "vide ou 0",
  deadlineOutOfRange: "Échéance hors du calendrier d'Excel (du 01/03/1900 au 31/12/9999)",
  jalon: (got: string) => `Jalon attendu : demarrage ou deploiement (reçu : ${got})`,
  noDeadline: (label: string) => `Pas d'échéance fixée par l'ACI pour « ${label} »`,
  fonctionnementNoDeadline: "Le fonctionnement général n'a pas d'échéance : indiquez une mission (acces, parcours, prevention ou crise)",
  avancement: (got: string) => `État d'avancement attendu : Non démarré, En cours, Terminé, Abandonné ou vide (reçu : ${got})`,
  amounts: (role: string, got: string) => `${role} attendues : des montants en euros ou des cellules vides (reçu : ${got})`,
  amountsTooLarge: (role: string) => `${role} : montant hors limites (au-delà de 1 000 milliards d'euros)`,
  /**
   * CPTS.ATTEINTE: cible = départ, mesure manquante, paliers non croissants, parts hors limites,
   * non-numeric values. Worded in src/domain/attainment.ts, because the Indicateurs sheet's
   * controls and the task pane say the same thing.
   */
  attainment: attainmentMessage,
  tolerance: (got: string) => `Tolérance attendue : un montant positif ou nul en euros (reçu : ${got})`,
} as const;

/** How each argument is named in messages. */
export const ARGUMENT_ROLES = {
  signature: "Date de signature",
  echeance: "Échéance",
  dateRef: "Date de référence",
  depenses: "Dépenses",
  ressources: "Ressources",
} as const;
