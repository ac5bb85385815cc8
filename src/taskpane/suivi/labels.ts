/** Every French word of the Suivi section (the figures' own labels come from the sheets' plans). */
import type { SummarySectionLabels } from "../summaries/SummarySection";

export const SUIVI_LABELS = {
  title: "Suivi",
  intro: "Consommation du budget par bloc, prochain versement attendu et trésorerie de l'année suivie, mis à jour à chaque modification.",
  missing: "Ce classeur n'a pas encore les feuilles Suivi budgétaire et Trésorerie : générez-le à nouveau pour les ajouter (vos saisies sont conservées).",
  notGenerated: "Générez le classeur pour suivre le budget, les versements et la trésorerie.",
} as const satisfies SummarySectionLabels & { title: string };
