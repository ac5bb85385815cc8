/**
 * Fiche 3 – Feuille de route CPTS (seed 000): the élaboration phase's ten chantiers, verbatim,
 * and the instructions the template prints in its header row.
 */
export interface ElaborationRow {
  key: string;
  etape: string;
  chantier: string;
  actions: string;
  pointsDeVigilance: string;
}

export const ELABORATION_ROWS: readonly ElaborationRow[] = [
  {
    key: "emergence-territoire",
    etape: "Emergence du projet de CPTS",
    chantier: "Définition du territoire d'intervention",
    actions: "Identifier le territoire",
    pointsDeVigilance:
      "- Le territoire couvert ne devra pas être trop étendu, au risque de rencontrer des difficultés à fédérer les professionnels. - Il conviendra de s'assurer qu'il n'y ait pas de concurrence entre plusieurs projets de CPTS sur un même territoire",
  },
  {
    key: "emergence-besoins",
    etape: "Emergence du projet de CPTS",
    chantier: "Identification des besoins et des ressources du territoire",
    actions: "-Réaliser un diagnostic territorial -Explorer également la vision et les besoins des acteurs de terrain",
    pointsDeVigilance: "Le diagnostic sera réalisé à partir de documents existants ou demander un diagnostic à l'Assurance Maladie",
  },
  {
    key: "emergence-mobilisation",
    etape: "Emergence du projet de CPTS",
    chantier: "Mobilisation des acteurs de santé sur le territoire",
    actions:
      "- Informer les professionnels du territoire dès l'initiative de la démarche - Communiquer sur la démarche - Fédérer autour des priorités de santé du territoire",
    pointsDeVigilance: "En cas de difficultés de mobilisation : - se concentrer sur les liens existants - ne pas chercher à convaincre les moins motivés",
  },
  {
    key: "emergence-lettre",
    etape: "Emergence du projet de CPTS",
    chantier: "Rédaction et transmission de la lettre d'intention",
    actions: "Rédiger et transmettre la lettre d'intention Présenter la lettre d'intention en comité DD",
    pointsDeVigilance: "",
  },
  {
    key: "projet-objectifs",
    etape: "Le projet de santé",
    chantier: "Organisation des objectifs généraux et opérationnels",
    actions:
      "- Les objectifs généraux devront être priorisés puis déclinés en objectifs plus opérationnels. - Les objectifs opérationnels préciseront les types d'actions à mener pour atteindre ces objectifs.",
    pointsDeVigilance:
      "Ces objectifs doivent être définis en fonction des besoins de santé identifiés et en lien avec les missions socles obligatoires et les missions complémentaires présentées dans l'A.C.I.",
  },
  {
    key: "projet-redaction",
    etape: "Le projet de santé",
    chantier: "Rédaction du projet de santé CPTS",
    actions: "Rédiger le projet de santé CPTS",
    pointsDeVigilance: "",
  },
  {
    key: "projet-gouvernance",
    etape: "Le projet de santé",
    chantier: "Organisation de la gouvernance",
    actions: "- Formaliser l'organisation de la gouvernance - Créer la structure juridique",
    pointsDeVigilance: "",
  },
  {
    key: "projet-transmission",
    etape: "Le projet de santé",
    chantier: "Transmission et présentation du projet de santé",
    actions: "Transmettre pour validation à l'ARS le projet de santé et présenter en DD",
    pointsDeVigilance: "",
  },
  {
    key: "aci-indicateurs",
    etape: "ACI",
    chantier: "Elaboration des indicateurs d'évaluation",
    actions:
      "Négocier avec l'Assurance Maladie les indicateurs d'actions et de résultats pour le suivi et le financement variable de chaque mission déployée par la CPTS",
    pointsDeVigilance: "",
  },
  {
    key: "aci-conventionnement",
    etape: "ACI",
    chantier: "Conventionnement ARS AM",
    actions: "Contractualiser ACI avec ARS et AM",
    pointsDeVigilance: "",
  },
];

/** The template's guidance for the columns the coordinator fills (seed 000, header rows). */
export const ROADMAP_COLUMN_HINTS = {
  responsable: "Nommer un responsable par action",
  echeance: "Prévoir un rétroplanning par action",
  moyens: "Lister les moyens techniques, humains, financiers nécessaires à la réalisation de chaque action",
  budget: "Partir du volet fixe proposé par l'ACI",
  indicateurs: "Lister les indicateurs d'évaluation définis avec l'Assurance Maladie",
} as const;
