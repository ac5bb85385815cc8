/** Every French word of the Actions section. */
export const ACTIONS_LABELS = {
  title: "Actions",
  generateAll: "Générer le classeur",
  sheetsGroup: "Générer une seule feuille",
  generateSheet: (name: string) => `Générer la feuille ${name}`,
  progressLabel: "Génération en cours…",
  progressStart: "Préparation du classeur…",
  successTitle: "Classeur généré",
  successBody: (count: number) =>
    count === 1 ? "1 feuille écrite. Cliquez dessus pour l'afficher :" : `${count} feuilles écrites. Cliquez sur une feuille pour l'afficher :`,
  sheetLink: (name: string) => `Afficher la feuille ${name}`,
  errorTitle: "La génération a échoué",
  errorWhatToDo:
    "Quittez la cellule en cours de modification (touche Échap), vérifiez que le classeur n'est ni protégé ni en lecture seule, puis relancez. " +
    "Ce que vous avez saisi dans les feuilles existantes est conservé.",
  errorCode: (code: string) => `Code d'erreur Excel : ${code}`,
  invalidTitle: "Paramètres à corriger",
  invalidBody: "Corrigez les champs signalés en rouge, puis relancez la génération.",
  selectError: (name: string) => `Impossible d'afficher la feuille ${name} : a-t-elle été supprimée ? Régénérez-la.`,
  repair: "Réparer les formules CPTS",
  repairHint: "Réécrit les formules du complément effacées ou cassées, sans toucher à vos saisies.",
  repairRunning: "Réparation des formules…",
  repairDoneCount: (count: number) => (count === 0 ? "Aucune formule à réparer." : count === 1 ? "1 formule réparée." : `${count} formules réparées.`),
  repairErrorTitle: "La réparation a échoué",
  repairWhatToDo: "Quittez la cellule en cours de modification (touche Échap), puis relancez. Si l'erreur persiste, régénérez le classeur.",
  existingSheets: (names: string) => `Feuilles du complément déjà présentes dans ce classeur : ${names}.`,
  noExistingSheets: "Ce classeur ne contient encore aucune feuille du complément.",
  loadedFromWorkbook: "Paramètres repris du classeur ouvert.",
  stateError: (message: string) => `Impossible de lire les paramètres du classeur : ${message}`,
} as const;
