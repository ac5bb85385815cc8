/** The French wording of the Office layer: progress, errors, controls. */
export const OFFICE_MESSAGES = {
  outsideExcel: "Excel n'est pas disponible : ouvrez ce complément dans Excel pour agir sur le classeur.",
  failed: (doing: string, code: string | undefined, detail: string) => `Échec pendant « ${doing} »${code ? ` (code Excel : ${code})` : ""} : ${detail}`,
  generationFailed: (doing: string, code: string | undefined, detail: string) =>
    `La génération du classeur a échoué pendant « ${doing} »${code ? ` (code Excel : ${code})` : ""}. ` +
    `Les feuilles en cours restent marquées « génération incomplète » ; vos saisies sont conservées. ` +
    `Relancez la génération. Détail : ${detail}`,
  reading: "Lecture du classeur",
  planning: "Préparation des feuilles",
  writingSheet: (name: string) => `Écriture de la feuille ${name}`,
  writingNames: "Définition des noms du classeur",
  sending: (part: number) => `Envoi à Excel (partie ${part})`,
  finishing: "Finalisation",
  done: "Classeur généré",
  readingState: "Lecture des paramètres du classeur",
  readingFigures: "Lecture des contrôles et des indicateurs",
  selecting: (sheet: string, address: string) => `Sélection de ${sheet}!${address}`,
  repairing: "Réécriture des formules CPTS",
  subscribing: "Suivi des modifications du classeur",
  recalculating: "Recalcul du classeur au changement de jour",
  sheetMissing: (sheet: string) => `La feuille « ${sheet} » n'existe pas dans ce classeur.`,
  // Controls.
  late: (action: string, status: string) => `${action} : ${status}`,
  envelope: (block: string, excess: string) => `${block} : charges supérieures à l'enveloppe ACI + ressources complémentaires (dépassement de ${excess})`,
} as const;
