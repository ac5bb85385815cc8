/** The pane's own French words: title, host messages, section headings. */
export const APP_LABELS = {
  title: "CPTS — Feuille de route et budget",
  subtitle: "Grille ACI, budget prévisionnel et feuille de route (Fiche 3)",
  outsideExcelTitle: "Vous n'êtes pas dans Excel",
  outsideExcelBody:
    "Ce complément s'utilise dans Excel (bureau ou Excel sur le web) : ouvrez un classeur, puis le complément CPTS depuis l'onglet Accueil. " +
    "Ici, la page sert de simulateur : les montants se calculent, mais rien ne peut être écrit.",
  sectionParametres: "Paramètres",
  sectionActions: "Actions",
  sectionControles: "Contrôles",
  crashTitle: "Le complément a rencontré une erreur",
  crashBody: "Fermez puis rouvrez le volet du complément. Vos données dans le classeur ne sont pas modifiées.",
} as const;
