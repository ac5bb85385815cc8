/**
 * Every French word the sheets show, one object per sheet, so the wording of a sheet can be
 * reviewed in one place. Domain wording (mission labels, grid lines, seed rows) comes from src/domain.
 */
import { COMMISSAIRE_AUX_COMPTES_THRESHOLD, TAILLE_THRESHOLDS, formatEuros } from "../domain";

const thousands = (n: number): string => formatEuros(n).replace(" €", "");

export const COMMON_LABELS = {
  yes: "Oui",
  no: "Non",
  notApplicable: "Sans objet",
  missionDropped: "Mission non retenue",
  missionDroppedNote: "Mission non retenue : lignes conservées car elles contiennent vos saisies ; exclues des totaux.",
  orphanRows: "Lignes reprises de l'ancienne version du classeur (à reclasser ou supprimer)",
  /** How CPTS.RETARD's late verdicts start (LATENESS.late in src/domain/status.ts). */
  latePrefix: "En retard",
  addedAction: (row: number) => `Action ajoutée (ligne ${row})`,
  inputLegend: "Les cellules jaunes sont à saisir ; les autres sont calculées (formules Excel).",
  listError: "Choisissez une valeur dans la liste.",
  amountError: "Saisissez un montant positif en euros.",
  dateError: "Saisissez une date (jj/mm/aaaa).",
} as const;

export const PARAMETRES_LABELS = {
  title: "Paramètres de la CPTS",
  headers: ["Paramètre", "Valeur retenue", "Saisie / forçage", "Alerte", "Aide"],
  nom: "Nom de la CPTS",
  population: "Population du territoire (habitants)",
  populationHelp: "Nombre d'habitants du territoire couvert par la CPTS.",
  taille: "Taille de la CPTS",
  tailleHelp:
    `Calculée depuis la population : taille 1 sous ${thousands(TAILLE_THRESHOLDS.taille2From)} habitants ; ` +
    `taille 2 de ${thousands(TAILLE_THRESHOLDS.taille2From)} à ${thousands(TAILLE_THRESHOLDS.taille3From - 1)} ; ` +
    `taille 3 de ${thousands(TAILLE_THRESHOLDS.taille3From)} à ${thousands(TAILLE_THRESHOLDS.taille3UpTo)} inclus ; taille 4 au-delà. ` +
    "Les fourchettes des textes se chevauchent à leurs bornes : c'est notre lecture. Saisissez une taille (1 à 4) dans la colonne « Saisie / forçage » pour la forcer.",
  /** Beside the taille when it cannot be computed (#N/A): short, the column is narrow. */
  populationMissing: "Population ou taille à saisir",
  signatureMissing: "Date à saisir",
  tailleOverridePrompt: "Laissez vide pour calculer la taille depuis la population, ou saisissez 1, 2, 3 ou 4.",
  tailleOverrideError: "La taille est un nombre entier de 1 à 4.",
  signature: "Date de signature de l'ACI",
  signatureHelp: "Point de départ des échéances de déploiement et des versements.",
  version: "Version de la grille ACI",
  versionHelp: "Après un changement de version, régénérez le classeur depuis le complément pour mettre à jour la grille.",
  taux: "Taux d'atteinte des résultats",
  tauxHelp:
    "Appliqué à tous les volets variables. 100 % par défaut (budget « pour un taux d'atteinte des résultats de 100 % »). " +
    "Les financeurs conseillent de bâtir le budget sur 0 % (parts fixes seulement) et de traiter le variable comme un bonus.",
  tauxError: "Saisissez un taux entre 0 % et 100 %.",
  dateReference: "Date de référence des alertes",
  dateReferenceHelp: "Laissez vide pour utiliser la date du jour ; saisissez une date pour simuler l'état des alertes à cette date.",
  totalAci: "Financement ACI annuel (missions retenues)",
  missionsTitle: "Missions",
  missionHeaders: ["Mission", "Catégorie", "Retenue", "Volet supplémentaire SNP"],
  categorySocle: "Socle",
  categoryComplementaire: "Complémentaire",
  snpHelp: "Le volet supplémentaire (traitement et orientation des demandes de soins non programmés) ne concerne que l'accès aux soins.",
  absentFromGrid: (versionId: string) => `Montant non disponible dans la grille ${versionId}`,
  regenerateNote: "Changer « Retenue » met à jour les montants ; régénérez le classeur pour ajouter ou retirer les blocs de mission.",
  followUpTitle: "Année suivie",
  anneeContrat: "Année du contrat suivie (1 à 5)",
  anneeContratHelp:
    "Calculée depuis la date de signature et la date de référence : l'année n commence au (n − 1)e anniversaire de la signature. " +
    "Saisissez 1 à 5 dans la colonne « Saisie / forçage » pour suivre une autre année (indicateurs, suivi budgétaire, trésorerie).",
  anneeContratPrompt: "Laissez vide pour l'année en cours, ou saisissez une année du contrat de 1 à 5.",
  anneeContratError: "L'année du contrat est un nombre entier de 1 à 5.",
  criseReconnue: "Crise sanitaire reconnue par l'ARS",
  criseReconnueHelp:
    "Oui : le complément de la mission crise sanitaire « si crise reconnue par l'ARS » (montant du contrat, saisi dans la Grille ACI) est compté dans les totaux, le budget et les versements.",
  baseAvance: "Avance de 75 % calculée sur",
  baseAvanceHelp:
    "« Enveloppe fixe » (par défaut : contrat type de l'ACI, art. 6.2) : la part variable est versée avec le solde, après l'évaluation des indicateurs. " +
    "« Montant total des missions » : l'avance porte aussi sur la part variable estimée.",
  baseAvanceChoices: ["Enveloppe fixe", "Montant total des missions"],
} as const;

export const GRILLE_LABELS = {
  title: "Grille de financement ACI",
  source: (source: string) => `Source : ${source}`,
  headers: ["Mission / volet", "Type de volet", "Taille 1", "Taille 2", "Taille 3", "Taille 4", "Montant du contrat", "Retenu", "Montant retenu", "Note"],
  contractHelp: "Montant du contrat : par défaut le montant de la grille pour la taille retenue ; remplacez-le par le montant négocié de votre contrat.",
  voletTypes: { fixe: "Fixe", variable: "Variable", compensation: "Fixe (compensation SNP)", supplementaire: "Supplémentaire" },
  fonctionnement: "Fonctionnement de la CPTS",
  missionTotal: "Total de la mission (hors volet supplémentaire)",
  absent: (versionId: string) => `Montant non disponible dans la grille ${versionId}`,
  /** Lines of a mission the version does not fund: the usual volets, named as the grid names them. */
  absentLine: {
    fixe: "Volet fixe mise en œuvre",
    variable: "Volet variable actions et résultats",
    compensation: "Volet fixe compensation SNP",
    supplementaire: "Volet supplémentaire",
  },
  categorySocle: "Mission socle",
  categoryComplementaire: "Mission complémentaire",
  supplementNote: "Hors « Financement total possible » ; versé seulement si le volet est retenu.",
  variableNote: "Montant du contrat × atteinte de la mission (Indicateurs), à défaut le taux d'atteinte global (Paramètres).",
  totalsTitle: "Totaux annuels",
  totalFonctionnement: "Fonctionnement",
  totalFixe: "Volets fixes des missions retenues",
  totalVariable: "Volets variables (× atteinte de chaque mission)",
  totalSupplement: "Volet supplémentaire SNP",
  totalAci: "Total ACI annuel retenu",
  maxFunding: "Financement total possible",
  maxFundingNote: "Fonctionnement + tous les volets de toutes les missions, hors volet supplémentaire.",
  contractError: "Saisissez un montant positif en euros.",
} as const;

export const FDR_ELABORATION_LABELS = {
  title: "Feuille de route — phase d'élaboration",
  headers: ["Étape", "Chantier", "Actions", "Responsable", "Échéance", "Moyens nécessaires", "Points de vigilance", "État d'avancement", "Alerte"],
  alertNote:
    "Alerte : colonne calculée par CPTS.RETARD, ou par une formule équivalente sans le complément ; le fond rouge (mise en forme conditionnelle) signale les retards.",
  avancementPrompt: "Choisissez l'état d'avancement.",
  defaultAvancement: "Non démarré",
} as const;

export const FDR_OPERATIONNELLE_LABELS = {
  title: "Feuille de route — phase opérationnelle",
  headers: [
    "Mission",
    "Objectif",
    "Action",
    "Démarrage au plus tard",
    "Déploiement au plus tard",
    "Responsable",
    "Moyens nécessaires",
    "Budget",
    "Indicateurs d'évaluation",
    "État d'avancement",
    "Commentaires",
    "Alerte",
  ],
  noDeadline: "Pas de délai particulier",
  ganttTitle: "Calendrier sur 36 mois (du démarrage au déploiement)",
  ganttNote: "Les mois entre le démarrage et le déploiement au plus tard sont colorés.",
  noMission: "Aucune mission retenue : cochez des missions dans Paramètres puis régénérez le classeur.",
} as const;

export const BUDGET_LABELS = {
  title: "Budget prévisionnel",
  tauxLine: "Pour un taux d'atteinte des résultats de ",
  tauxMeasured: " (missions aux indicateurs mesurés : leur taux, feuille Indicateurs)",
  rule: "Règle : Dépenses = Ressources, pour chaque bloc et pour la synthèse.",
  part1: "Partie 1 - Fonctionnement général",
  part2: "Partie 2 - Missions retenues",
  headers: ["Poste", "Précision", "Montant"],
  depenses: "Dépenses",
  ressources: "Ressources",
  totalDepenses: "Total dépenses",
  totalRessources: "Total ressources",
  fir: "Ressources complémentaires - FIR",
  firHint: "Fonds d'intervention régional (ARS)",
  autres: "Ressources complémentaires - autres",
  autresHint: "Facultatif : collectivités, autres financeurs...",
  ecart: "Écart (ressources - dépenses)",
  equilibre: "Équilibre",
  synthesisTitle: "Synthèse",
  synthesisHeaders: ["Bloc", "Dépenses", "Ressources", "Écart", "Contrôle"],
  synthesisTotal: "Total",
  chartTitle: "Dépenses et ressources par bloc",
  controlsTitle: "Contrôles",
  controlsHeaders: ["Contrôle", "Détail", "Montant", "Résultat"],
  envelope: (title: string) => `Enveloppe : ${title}`,
  envelopeDetail: "Dépassement des charges sur l'enveloppe ACI + ressources complémentaires",
  repartition: "Répartition accès aux soins 1A + 1B",
  repartitionDetail:
    "Écart entre les ressources ACI de 1A + 1B et le montant du contrat accès aux soins (fixe + variable × taux + compensation + supplémentaire)",
  socle: "Missions socles",
  auditor: "Commissaire aux comptes",
  auditorDetail: `ACI annuel + FIR, seuil de ${formatEuros(COMMISSAIRE_AUX_COMPTES_THRESHOLD)} (art. L.612-4 du Code de commerce)`,
  amountPrompt: "Montant annuel en euros.",
} as const;
