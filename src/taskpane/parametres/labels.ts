/** Every French word of the Paramètres section, in one place for review. */
import { TAILLE_THRESHOLDS } from "../../domain";

const n = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");

export const PARAMETRES_LABELS = {
  title: "Paramètres",
  nom: "Nom de la CPTS",
  nomPlaceholder: "CPTS du Pays de …",
  population: "Population du territoire (habitants)",
  populationPlaceholder: "ex. 120 000",
  taille: "Taille de la CPTS",
  tailleAuto: "Automatique (d'après la population)",
  tailleOption: (t: number) => `Taille ${t} (choix manuel)`,
  tailleComputed: (label: string) => `Taille retenue : ${label}`,
  tailleOverridden: (label: string) => `Taille retenue (choix manuel) : ${label}`,
  tailleUnknown: "Taille retenue : indiquez la population ou choisissez une taille.",
  tailleHelp:
    `Seuils lus dans le guide ACI 2019 (ses fourchettes se chevauchent à leurs bornes) : ` +
    `taille 1 sous ${n(TAILLE_THRESHOLDS.taille2From)} habitants ; ` +
    `taille 2 de ${n(TAILLE_THRESHOLDS.taille2From)} à ${n(TAILLE_THRESHOLDS.taille3From - 1)} ; ` +
    `taille 3 de ${n(TAILLE_THRESHOLDS.taille3From)} à ${n(TAILLE_THRESHOLDS.taille3UpTo)} inclus ; ` +
    `taille 4 au-delà de ${n(TAILLE_THRESHOLDS.taille3UpTo)}.`,
  signature: "Date de signature du contrat ACI",
  dateReference: "Date de référence des retards",
  dateReferenceHint: "Laisser vide pour la date du jour.",
  version: "Version de la grille ACI",
  taux: "Taux d'atteinte des résultats (%)",
  tauxHint:
    "S'applique à chaque volet variable. 80, « 80 % » ou 0,8 : sans le signe %, un nombre de 0 à 1 est une fraction (1 = 100 %). Les financeurs conseillent de budgéter sur la seule part fixe.",
  tauxZero: "0 % — part variable en bonus",
  tauxFull: "100 %",
  missionsSocles: "Missions socles",
  missionsComplementaires: "Missions complémentaires",
  missionAmount: (amount: string) => `${amount} par an`,
  missionUnfunded: (versionId: string) => `montant non disponible dans la grille ${versionId}`,
  missionNoTaille: "montant selon la taille",
  snp: "Volet supplémentaire soins non programmés (traitement et orientation des demandes)",
  snpAmount: (amount: string) => `${amount} par an, hors « financement total possible »`,
  fundingTitle: "Financement ACI annuel",
  fundingFonctionnement: "Fonctionnement",
  fundingFixe: "Volets fixes des missions",
  fundingVariable: (taux: string) => `Volets variables à ${taux}`,
  fundingSupplementaire: "Volet supplémentaire SNP",
  fundingMax: (amount: string) => `Financement total possible pour cette taille : ${amount}`,
  fundingUnfunded: (labels: string, versionId: string) => `Non compté, faute de montant dans la grille ${versionId} : ${labels}.`,
  fundingNoTaille: "Indiquez la population ou la taille pour calculer le financement.",
  socleMissing: (labels: string) => `Mission socle non retenue : ${labels}. Elle est obligatoire dans l'ACI, avec un délai de démarrage.`,
} as const;

/**
 * Validation messages, shown beside the field as the user types. Population, dates and taux are
 * refused in the shared parsers' words (src/domain/parseMessages.ts), the same as CPTS.* and the command line.
 */
export const VALIDATION_MESSAGES = {
  nomRequired: "Indiquez le nom de la CPTS.",
  nomTooLong: "Le nom ne doit pas dépasser 100 caractères.",
  populationRequired: "Indiquez la population, ou choisissez la taille manuellement.",
  signatureRequired: "Indiquez la date de signature du contrat ACI.",
  versionUnknown: "Version de grille inconnue : choisissez-en une dans la liste.",
  missionsRequired: "Retenez au moins une mission.",
} as const;
