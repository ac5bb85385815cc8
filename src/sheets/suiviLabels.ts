/** Every French word of the « Suivi budgétaire » sheet (the verdicts' wording is the domain's, followUp.ts). */
import { FOLLOW_UP } from "../domain/followUp";

export const SUIVI_LABELS = {
  title: "Suivi budgétaire",
  yearLine: "Année de contrat suivie (Paramètres) : ",
  elapsed: "Mois clos de l'année suivie",
  rule:
    "Prévu : le montant annuel du Budget prévisionnel. Projection : le réalisé, plus le rythme des mois clos " +
    "(leur réalisé ÷ leur nombre) sur les mois restants. Écart : projection − prévu. Les 5 années du contrat " +
    "restent sur la feuille (60 colonnes de mois) : changer d'année ne perd aucune saisie.",
  legend: "Saisissez le réalisé de chaque mois dans les cellules jaunes (dépenses payées ou engagées, en euros).",
  headers: ["Poste", "Prévu (annuel)", "Réalisé cumulé", "% consommé", "Reste", "Projection fin d'année", "Écart projeté", "Verdict"],
  yearFormat: '"Année "0',
  closedRow: "Mois clos / ouverts",
  /** 1 = closed month, 0 = still open. */
  closedFormat: '"clos";"clos";"ouvert"',
  addedLine: "Ligne ajoutée au budget",
  blockTotal: "Total du bloc",
  synthesisTitle: "Synthèse de l'année suivie",
  synthesisHeaders: ["Bloc", "Prévu (annuel)", "Réalisé cumulé", "% consommé", "Reste", "Projection fin d'année", "Écart projeté", "Verdict"],
  synthesisTotal: "Total des blocs",
  multiYearTitle: "Synthèse pluriannuelle : réalisé par année de contrat",
  multiYearHeaders: ["Bloc", "Prévu (annuel)", "Année 1", "Année 2", "Année 3", "Année 4", "Année 5", "Réalisé sur le contrat"],
  followedTitle: "Année suivie mois par mois (lue par la Trésorerie)",
  followedMonth: "Mois",
  followedRealise: "Réalisé des blocs",
  followedEntries: "Montants saisis",
  chartTitle: "Prévu et réalisé par bloc (année suivie)",
  amountPrompt: "Réalisé du mois en euros : dépenses payées ou engagées.",
  consumedSummary: (title: string) => `${title} — consommé`,
  problemPrefix: FOLLOW_UP.problemPrefix,
} as const;
