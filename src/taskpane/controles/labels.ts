/** Every French word of the Contrôles section. */
import type { ControlKind } from "../../excel/api";

export const CONTROLES_LABELS = {
  title: "Contrôles",
  intro: "Déséquilibres du budget, jalons en retard et autres points à vérifier, mis à jour à chaque modification du classeur.",
  refresh: "Actualiser les contrôles",
  loading: "Lecture des contrôles…",
  none: "Aucun problème détecté : budget équilibré et jalons dans les temps.",
  notGenerated: "Générez le classeur pour voir ses contrôles.",
  error: (message: string) => `Impossible de lire les contrôles : ${message}`,
  errorWhatToDo: "Quittez la cellule en cours de modification (touche Échap), puis actualisez.",
  count: (n: number) => (n === 1 ? "1 point à vérifier" : `${n} points à vérifier`),
  level: { error: "Erreur", warning: "Attention" } as const,
  kind: {
    desequilibre: "Équilibre du budget",
    retard: "Jalon en retard",
    enveloppe: "Enveloppe de mission",
    socle: "Mission socle",
    commissaire: "Commissaire aux comptes",
    repartition: "Répartition accès aux soins",
    indicateur: "Indicateur",
    partsIndicateurs: "Parts des indicateurs",
    suivi: "Suivi budgétaire",
    versement: "Versement attendu",
    tresorerie: "Trésorerie",
  } satisfies Record<ControlKind, string>,
  cell: (sheetName: string, address: string) => `${sheetName}, cellule ${address}`,
  goTo: (message: string, sheetName: string, address: string) => `${message} — aller à ${sheetName}, cellule ${address}`,
} as const;
