/**
 * The mission catalogue: what a CPTS can take on under the ACI, with the seeds' deadlines,
 * example actions and indicators (seeds 000, 001, 004). Pure data.
 */
export type MissionKey = "acces" | "parcours" | "prevention" | "crise" | "qualite" | "accompagnement";
export type MissionCategory = "socle" | "complementaire";
export type Jalon = "demarrage" | "deploiement";

export interface ExampleAction {
  /** Objective (seed 000's second column, seed 004's mission sub-heading). */
  objectif: string;
  action: string;
  moyens?: string;
  indicateur?: string;
}

export interface Mission {
  key: MissionKey;
  /** Full French label, as in the ACI grid of seed 004. */
  label: string;
  /** Short French label for tables and the task pane. */
  shortLabel: string;
  /** Number in the projet de santé template (seed 001): "1", "2", "3", "4"; complementary: undefined. */
  number?: string;
  category: MissionCategory;
  /** Months after the contract's signature (seed 004 "Calendrier de déploiement", seed 001 "Planification"); null = no deadline. */
  deadlineMonths: Record<Jalon, number | null>;
  /** Why the deadline is conditional, when it is (crise: subject to the national template). */
  deadlineNote?: string;
  exampleActions: readonly ExampleAction[];
}

export const MISSIONS: readonly Mission[] = [
  {
    key: "acces",
    label: "Missions en faveur de l'amélioration de l'accès aux soins",
    shortLabel: "Accès aux soins",
    number: "1",
    category: "socle",
    deadlineMonths: { demarrage: 6, deploiement: 18 },
    exampleActions: [
      // Seed 000, "Exemple de feuille de route".
      {
        objectif: "Faciliter l'accès à un médecin traitant",
        action: "Recenser les patients sans médecin traitant",
        moyens: "Recueil des données de l'Assurance maladie",
        indicateur: "Progression de la patientèle avec MT",
      },
      {
        objectif: "Améliorer la prise en charge des SNP de ville",
        action: "Assurer la continuité et la permanence des soins 24h/24h 365 jours par an",
        moyens: "- Protocolisation des appels - Tableau d'astreinte - Communication",
        indicateur: "Augmentation du nombre de consultations enregistrées dans le cadre de l'organisation de régulation territoriale",
      },
      // Seed 004, "Exemples d'actions" and "Exemples d'indicateurs".
      {
        objectif: "Faciliter l'accès à un médecin traitant",
        action: "Répertorier, parmi les médecins du territoire, les médecins traitants en capacité de prendre de nouveaux patients",
        indicateur: "Part des patients en ALD (ou de plus de 70 ans) avec médecin traitant sur le nombre de patients en ALD (ou de plus de 70 ans)",
      },
      {
        objectif: "Améliorer la prise en charge des SNP de ville",
        action: "Mettre en place un dispositif téléphonique de traitement et d'orientation des demandes de SNP",
        indicateur: "Baisse du nombre de recours aux urgences",
      },
    ],
  },
  {
    key: "parcours",
    label: "Missions en faveur de l'organisation de parcours pluriprofessionnels autour du patient",
    shortLabel: "Parcours pluriprofessionnels",
    number: "2",
    category: "socle",
    deadlineMonths: { demarrage: 12, deploiement: 24 },
    exampleActions: [
      // Seed 004.
      {
        objectif: "Éviter les ruptures de parcours et favoriser le maintien à domicile",
        action: "Organiser un parcours de soins coordonnés pour les personnes âgées à domicile",
        indicateur: "Evaluation de la satisfaction des patients",
      },
      {
        objectif: "Éviter les ruptures de parcours et favoriser le maintien à domicile",
        action: "Favoriser le lien entre le 1er et le 2nd recours",
      },
    ],
  },
  {
    key: "prevention",
    label: "Missions en faveur du développement des actions territoriales de prévention",
    shortLabel: "Prévention",
    number: "3",
    category: "socle",
    deadlineMonths: { demarrage: 12, deploiement: 24 },
    exampleActions: [
      // Seed 000.
      {
        objectif: "Développement des actions territoriales de prévention",
        action: "Programmer des campagnes de dépistage et de prévention",
        moyens: "- Site Internet - Lieux d'exposition - Affiches et flyers",
        indicateur: "Nombre de campagnes de prévention réalisées",
      },
      // Seed 004.
      {
        objectif: "Décliner localement les politiques nationales de prévention",
        action: "Promouvoir la vaccination et les recommandations sanitaires en cas de risque particulier (canicule, pollution atmosphérique...)",
        indicateur: "Nombre d'actions de prévention ou dépistage déployées",
      },
    ],
  },
  {
    key: "crise",
    label: "Participation à la gestion de crise sanitaire",
    shortLabel: "Gestion de crise sanitaire",
    number: "4",
    category: "socle",
    deadlineMonths: { demarrage: 6, deploiement: 18 },
    // Seed 001: deadlines "sous réserve de la mise à disposition de la trame nationale".
    deadlineNote: "Délais sous réserve de la mise à disposition de la trame nationale.",
    exampleActions: [
      // Seed 001, "4 - Participation à la gestion de crise sanitaire".
      {
        objectif: "Apporter une réponse en cas de crise sanitaire grave",
        action: "Rédiger le plan d'action de crise sanitaire selon la trame nationale, puis le mettre à jour annuellement",
      },
    ],
  },
  {
    key: "qualite",
    label: "Actions en faveur du développement de la qualité et de la pertinence des soins",
    shortLabel: "Qualité et pertinence des soins",
    category: "complementaire",
    deadlineMonths: { demarrage: null, deploiement: null },
    exampleActions: [
      // Seed 004.
      {
        objectif: "Engager des démarches d'amélioration et d'harmonisation de la coordination pluriprofessionnelle",
        action: "Organiser des concertations autour de cas patients (notamment cas complexes)",
        indicateur: "Nombre de professionnels de santé participant aux groupes d'analyse de pratiques pluriprofessionnelles",
      },
    ],
  },
  {
    key: "accompagnement",
    label: "Actions en faveur de l'accompagnement des professionnels de santé sur le territoire",
    shortLabel: "Accompagnement des professionnels",
    category: "complementaire",
    deadlineMonths: { demarrage: null, deploiement: null },
    exampleActions: [
      // Seed 004.
      {
        objectif: "Favoriser et faciliter l'installation des professionnels de santé",
        action: "Accompagner les jeunes professionnels en formation ou jeunes diplômés en mettant en avant le caractère attractif du territoire",
      },
    ],
  },
];

export const MISSION_KEYS: readonly MissionKey[] = MISSIONS.map((m) => m.key);

/** The socle missions of the ACI 2019: crise was added as a socle by the 2021–2022 avenant. */
export const DEFAULT_MISSIONS: readonly MissionKey[] = ["acces", "parcours", "prevention"];

const BY_KEY = new Map(MISSIONS.map((m) => [m.key, m]));

export function mission(key: MissionKey): Mission {
  const found = BY_KEY.get(key);
  if (!found) throw new Error(`Unknown mission ${key}`);
  return found;
}
