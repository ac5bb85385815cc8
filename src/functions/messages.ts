/**
 * Every French message the CPTS.* functions show in Excel's error tooltip, in one place so the
 * wording can be reviewed at once. Each names what was expected and what was received.
 */
export const FUNCTION_MESSAGES = {
  taille: (got: string) => `Taille attendue : 1, 2, 3 ou 4 (reçu : ${got})`,
  population: (got: string) => `Population attendue : un nombre d'habitants supérieur à 0 (reçu : ${got})`,
  mission: (got: string) =>
    `Mission attendue : fonctionnement, acces, snp, parcours, prevention, crise, qualite ou accompagnement (reçu : ${got})`,
  missions: (got: string) =>
    `Missions attendues : une plage ou un texte « acces,parcours » de clés acces, snp, parcours, prevention, crise, qualite, accompagnement (reçu : ${got})`,
  snpWithoutAcces: "Le volet supplémentaire SNP complète l'accès aux soins : ajoutez « acces » aux missions",
  volet: (got: string) => `Volet attendu : fixe, variable, compensation ou total (reçu : ${got})`,
  compensationOnlyAcces: (label: string) =>
    `Le volet « compensation » n'existe que pour l'accès aux soins (mission reçue : ${label}) : volet attendu fixe, variable ou total`,
  fonctionnementSingleVolet: (got: string) => `Le fonctionnement n'a qu'un montant fixe : volet attendu fixe ou total (reçu : ${got})`,
  snpSingleVolet: (got: string) => `Le volet supplémentaire SNP n'a qu'un montant : volet attendu total ou vide (reçu : ${got})`,
  version: (available: string, got: string) => `Version de grille attendue : ${available} (reçu : ${got})`,
  absentFromVersion: (versionId: string, label: string) =>
    `Montant absent de la grille « ${versionId} » : « ${label} » ne figure pas dans cette version`,
  taux: (got: string) => `Taux d'atteinte attendu : entre 0 et 1, ou de 0 % à 100 % (reçu : ${got})`,
  date: (role: string, got: string) => `${role} attendue : une date, un numéro de série Excel ou un texte jj/mm/aaaa (reçu : ${got})`,
  /** An empty cell reaches Excel for Windows' custom functions as 0. */
  emptyOrZero: "vide ou 0",
  dateOutOfRange: (role: string) => `${role} hors du calendrier d'Excel (du 01/03/1900 au 31/12/9999)`,
  jalon: (got: string) => `Jalon attendu : demarrage ou deploiement (reçu : ${got})`,
  noDeadline: (label: string) => `Pas d'échéance fixée par l'ACI pour « ${label} »`,
  fonctionnementNoDeadline: "Le fonctionnement général n'a pas d'échéance : indiquez une mission (acces, parcours, prevention ou crise)",
  avancement: (got: string) => `État d'avancement attendu : Non démarré, En cours, Terminé, Abandonné ou vide (reçu : ${got})`,
  amounts: (role: string, got: string) => `${role} attendues : des montants en euros ou des cellules vides (reçu : ${got})`,
  amountsTooLarge: (role: string) => `${role} : montant hors limites (au-delà de 1 000 milliards d'euros)`,
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

/** What was received, in French: « texte », 5, vide, VRAI, une plage de 2 × 3 cellules. */
export function describeReceived(value: unknown): string {
  if (value === null || value === undefined) return "vide";
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return "vide";
    return `« ${text.length > 40 ? text.slice(0, 40) + "…" : text} »`;
  }
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "valeur non numérique";
    if (!Number.isFinite(value)) return value > 0 ? "+infini" : "-infini";
    return String(value).replace(".", ",");
  }
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if (Array.isArray(value)) return `une plage de ${value.flat(Infinity).length} cellules`;
  return "valeur non reconnue";
}
