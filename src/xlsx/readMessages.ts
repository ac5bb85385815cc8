/** The French words of reading a client's .xlsx (refusals, and what ExcelJS cannot write back). */
export const READ_MESSAGES = {
  oldFormat:
    "Ce fichier est au format Excel 97-2003 (.xls) : ouvrez-le dans Excel et enregistrez-le au format « Classeur Excel (.xlsx) », puis relancez la commande.",
  encrypted:
    "Ce classeur est protégé par un mot de passe (chiffré) : il ne peut pas être lu hors d'Excel. Ouvrez-le dans Excel, retirez le mot de passe (Fichier > Informations > Protéger le classeur), enregistrez, puis relancez la commande.",
  notXlsx: "Ce fichier n'est pas un classeur .xlsx (contenu non reconnu) : vérifiez le fichier donné à --depuis.",
  damaged: (detail: string) =>
    `Ce classeur est endommagé ou illisible (${detail}) : ouvrez-le dans Excel pour le réparer et l'enregistrer, puis relancez la commande.`,
  date1904:
    "Ce classeur utilise le calendrier depuis 1904 (option Excel pour Mac) : ses dates seraient décalées de quatre ans. Décochez « Utiliser le calendrier depuis 1904 » dans Excel, enregistrez, puis relancez la commande.",
  notOurs:
    "Ce classeur ne contient aucune feuille du complément CPTS (aucun repère CPTS-ADDIN en A1) : il ne peut pas être régénéré. Pour un nouveau classeur, lancez la commande sans --depuis.",
  charts: "les graphiques",
  pivotTables: "les tableaux croisés dynamiques",
  slicers: "les segments (slicers)",
  timelines: "les chronologies",
  formControls: "les contrôles de formulaire",
  activeX: "les contrôles ActiveX",
  externalLinks: "les liaisons vers d'autres classeurs",
  notesOnEmptyCells: "les notes posées sur une cellule vide, s'il y en a (ExcelJS ne les relit pas ; les notes des cellules remplies sont gardées)",
  threadedComments: "les commentaires en fil de discussion (les notes simples sont gardées)",
} as const;
