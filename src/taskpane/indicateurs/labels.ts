/** Every French word of the Indicateurs section (the figures' own labels come from the sheet's plan). */
import type { SummarySectionLabels } from "../summaries/SummarySection";

export const INDICATEURS_LABELS = {
  title: "Indicateurs",
  intro:
    "Par mission : le taux d'atteinte de ses indicateurs financiers et la part variable qu'il laisse attendre. " +
    "Une mission sans mesure garde le taux d'atteinte global des Paramètres.",
  missing: "Ce classeur n'a pas encore de feuille Indicateurs : générez-le à nouveau pour l'ajouter (vos saisies sont conservées).",
  notGenerated: "Générez le classeur pour suivre l'atteinte de chaque mission.",
} as const satisfies SummarySectionLabels & { title: string };
