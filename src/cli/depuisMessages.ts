/** The French words of `classeur --depuis` (regenerating a client's workbook from its file). */
export const DEPUIS_MESSAGES = {
  depuisMissing: "--depuis : le classeur .xlsx du client est attendu (par exemple --depuis client.xlsx).",
  notXlsxName: (got: string) =>
    /\.xls$/i.test(got)
      ? `--depuis : « ${got} » est au format Excel 97-2003 (.xls) : ouvrez-le dans Excel et enregistrez-le au format « Classeur Excel (.xlsx) », puis relancez la commande.`
      : `--depuis : un classeur .xlsx est attendu (reçu : « ${got} »).`,
  inputMissing: (file: string) => `Le classeur ${file} est introuvable : vérifiez le chemin donné à --depuis.`,
  inputUnreadable: (file: string, reason: string) => `Lecture impossible de ${file} : ${reason}`,
  refused: (file: string, reason: string) => `${file} : ${reason} Rien n'a été écrit.`,
  sameAsInput: (file: string) =>
    `--out désigne le classeur lu (${file}) : la régénération écrit toujours un nouveau fichier ; choisissez un autre --out (par exemple client-2027.xlsx).`,
  noStoredChoices:
    "Les paramètres du classeur (feuille Paramètres : date de signature…) sont illisibles : donnez-les avec --population ou --taille et --signature.",
  read: (file: string) => `Classeur lu : ${file}`,
  keptSheet: (name: string, planName: string, cells: number, rows: number) =>
    `Feuille « ${name} »${name === planName ? "" : ` (${planName})`} : ${cells} cellule${cells > 1 ? "s" : ""} saisie${cells > 1 ? "s" : ""} et ${rows} ligne${rows > 1 ? "s" : ""} ajoutée${rows > 1 ? "s" : ""} reprises.`,
  orphans: (name: string, rows: number, heading: string) =>
    `Feuille « ${name} » : ${rows} ligne${rows > 1 ? "s" : ""} d'une mise en page que le complément ne connaît plus, reprise${rows > 1 ? "s" : ""} en fin de feuille sous « ${heading} » : à reclasser.`,
  addedSheet: (name: string) => `Feuille « ${name} » : absente du classeur lu, ajoutée.`,
  clientSheets: (names: string[]) => `Feuilles du client gardées telles quelles : ${names.map((n) => `« ${n} »`).join(", ")}.`,
  notKept: (what: string[]) =>
    `Non repris (la bibliothèque ExcelJS qui écrit le fichier hors d'Excel ne sait pas les réécrire) : ${what.join(", ")}. ` +
    "Ouvrez le classeur d'origine dans Excel pour les recopier si besoin.",
  lostOnSheet: (sheet: string, images: number, notes: number) =>
    `Feuille « ${sheet} » : ${[images > 0 ? `${images} image${images > 1 ? "s" : ""}` : "", notes > 0 ? `${notes} note${notes > 1 ? "s" : ""} de cellule` : ""].filter(Boolean).join(" et ")} ` +
    "non reprises : les feuilles du complément sont réécrites et seules les valeurs et formules des cellules sont reprises ; placez-les dans une feuille à vous.",
  formatsNote:
    "Sur les feuilles du complément, les valeurs, formules et lignes ajoutées sont reprises ; leur mise en forme est celle du complément (une mise en forme ajoutée à la main n'est pas reprise).",
} as const;
