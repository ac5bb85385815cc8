/** The French words every summary section shares (Indicateurs, Suivi): empty and failed figures, links. */
export const SUMMARY_LABELS = {
  loading: "Lecture du classeur…",
  /** Shown in place of a figure whose cell is empty. */
  empty: "—",
  emptySpoken: "non renseigné",
  yes: "Oui",
  no: "Non",
  /** An Excel error value (#NAME?, #VALUE!…) read in a figure's cell. */
  error: (value: string) => `Erreur de calcul (${value})`,
  /** #NAME? (#NOM? in French): the add-in's functions are not known to the workbook. */
  errorHintName: "Les fonctions du complément ne sont pas reconnues : utilisez « Réparer les formules » (section Actions), puis actualisez.",
  errorHintOther: (sheetName: string) => `Une saisie de la feuille ${sheetName} empêche ce calcul : vérifiez les valeurs qu'il utilise.`,
  failed: "Chiffres indisponibles : la lecture du classeur a échoué (voir la section Contrôles).",
  alert: "Alerte",
  cell: (sheetName: string, address: string) => `${sheetName}, cellule ${address}`,
  goTo: (label: string, value: string, sheetName: string, address: string) => `${label} : ${value} — aller à ${sheetName}, cellule ${address}`,
} as const;
