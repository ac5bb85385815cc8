/** Every French word of `classeur --lot` (the batch from a CSV file), in one place. */
import { formatEuros } from "../domain";

/** "1 200": grouped like the amounts, without the euro sign. */
const count = (n: number): string => formatEuros(n).replace(/ €$/, "");

/** French plural: 0 and 1 take the singular. */
const plural = (n: number, one: string, many: string): string => `${count(n)} ${n > 1 ? many : one}`;

/** « 4, 7 et 12 », at most 20 numbers then « … ». */
function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, 20).map(String);
  const text = shown.length <= 1 ? shown.join("") : `${shown.slice(0, -1).join(", ")} et ${shown[shown.length - 1]}`;
  return lines.length > 20 ? `${shown.join(", ")}…` : text;
}

export const LOT_MESSAGES = {
  unknownOption: (option: string, perLine: boolean) =>
    perLine
      ? `${option} ne s'emploie pas avec --lot : chaque ligne du fichier CSV donne ses valeurs dans ses colonnes.`
      : `Option inconnue : ${option}. Avec --lot, options attendues : --lot, --dossier, --force, --help.`,
  lotMissing: "Il faut --lot : le fichier CSV des CPTS, une ligne par classeur.",
  dossierMissing: "Il faut --dossier : le dossier où écrire les classeurs.",
  notCsv: (got: string) => `--lot : un fichier .csv est attendu (reçu : « ${got} »).`,
  csvMissing: (file: string) => `Le fichier ${file} n'existe pas.`,
  csvUnreadable: (file: string, reason: string) => `Lecture impossible de ${file} : ${reason}`,
  csvEmpty: (file: string) => `Le fichier ${file} est vide : la première ligne doit nommer les colonnes (nom;population;signature;missions…).`,
  noDataLine: (file: string) => `Le fichier ${file} ne contient que la ligne d'en-tête : aucun classeur à écrire.`,
  missingColumns: (file: string, missing: string, header: string) =>
    `Colonnes obligatoires absentes de ${file} : ${missing}. En-tête lu : « ${header} ». ` +
    "Colonnes obligatoires : nom, population ou taille, signature, missions ; facultatives : snp, taux, version. Aucun classeur écrit.",
  duplicateColumn: (name: string, first: number, second: number) =>
    `La colonne « ${name} » apparaît deux fois dans l'en-tête (colonnes ${first} et ${second}) : gardez-en une seule. Aucun classeur écrit.`,
  dossierNotFolder: (dir: string) => `${dir} existe et n'est pas un dossier : choisissez un autre --dossier.`,
  dossierFailed: (dir: string, reason: string) => `Création impossible du dossier ${dir} : ${reason}`,
  windows1252: (file: string) =>
    `Attention : ${file} n'est pas en UTF-8 ; il est lu comme un CSV Windows (Windows-1252). ` +
    "Si des accents sont faux, enregistrez-le depuis Excel au format « CSV UTF-8 ».",
  unknownColumns: (names: string) =>
    `Attention : colonne(s) ignorée(s) : ${names}. Colonnes reconnues : nom, population, taille, signature, missions, snp, taux, version.`,
  line: (line: number, nom: string | null, message: string) => `Ligne ${line}${nom ? ` (${nom})` : ""} : ${message}`,
  missingValues: (columns: string) => `valeur manquante : ${columns}.`,
  populationOrTaille: "valeur manquante : population ou taille (au moins l'une des deux).",
  tooManyValues: (got: number, expected: number, separator: string) =>
    `${got} valeurs pour ${expected} colonnes : une valeur qui contient « ${separator} » doit être entre guillemets.`,
  snpExpected: "oui ou non (aussi vrai/faux, 1/0, x ou vide)",
  quoteNotClosed: "un guillemet ouvert n'est jamais fermé : la suite du fichier n'a pas pu être lue.",
  unreadableLine: (detail: string) => `ligne illisible (${detail}).`,
  exists: (file: string) => `le fichier ${file} existe déjà : ajoutez --force pour le remplacer.`,
  writeFailed: (file: string, reason: string) => `écriture impossible de ${file} : ${reason}`,
  written: (line: number, file: string, position: number, total: number) => `Classeur écrit (${position}/${total}, ligne ${line}) : ${file}`,
  progress: (done: number, total: number, nom: string) => {
    const width = 24;
    const filled = Math.round((done / total) * width);
    return `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} ${nom.length > 30 ? nom.slice(0, 29) + "…" : nom}`;
  },
  summary: (written: number, dir: string, failedLines: readonly number[]) =>
    `${plural(written, "classeur écrit", "classeurs écrits")} dans ${dir} ; ` +
    (failedLines.length === 0
      ? "aucune ligne en erreur."
      : `${plural(failedLines.length, "ligne en erreur", "lignes en erreur")} (${failedLines.length > 1 ? "lignes" : "ligne"} ${lineList(failedLines)}).`),
} as const;
