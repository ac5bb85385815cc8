/** Every French word the `classeur` command prints, in one place. */
import { MISSION_KEYS, formatEuros } from "../domain";

/** "95 000": grouped like the amounts (formatEuros), without the euro sign. */
const inhabitants = (n: number): string => formatEuros(n).replace(/ €$/, "");

const missionList = MISSION_KEYS.join(", ");

export const CLASSEUR_MESSAGES = {
  usage: [
    "Usage : npm run classeur -- --population N --signature AAAA-MM-JJ --out fichier.xlsx [options]",
    "",
    "Écrit le classeur CPTS (paramètres, grille ACI, versements, feuilles de route, budget) dans un fichier .xlsx,",
    "avec des formules Excel natives : il se calcule dans Excel comme dans LibreOffice.",
    "",
    "Obligatoires :",
    '  --population N        nombre d\'habitants du territoire : 95000, "95 000" ou 95.000 (la taille en est déduite)',
    "  ou --taille N         taille de la CPTS, de 1 à 4 (force la taille ; avec --population, la taille saisie l'emporte)",
    "  --signature DATE      date de signature de l'ACI : AAAA-MM-JJ ou JJ/MM/AAAA",
    "  --out FICHIER         fichier .xlsx à écrire",
    "",
    "Facultatives :",
    `  --missions LISTE      missions retenues, séparées par des virgules : ${missionList}`,
    "                        (libellés français acceptés ; par défaut les missions socles acces,parcours,prevention)",
    "  --snp                 retient le volet supplémentaire SNP (avec la mission acces)",
    "  --taux T              taux d'atteinte des résultats : 80%, 80, 0,8 ou 0.8 ; sans %, 1 = 100 % (100 % par défaut)",
    '  --nom "CPTS …"        nom de la CPTS',
    "  --version V           version de la grille ACI (par défaut la plus récente connue)",
    "  --force               remplace le fichier s'il existe déjà",
    "  --help                affiche cette aide",
    "",
    "Exemple : npm run classeur -- --population 95000 --signature 2026-03-01 --missions acces,parcours,prevention --out cpts.xlsx",
    "",
    "Par lot : npm run classeur -- --lot clients.csv --dossier sortie/ [--force]",
    "  --lot FICHIER.csv     un classeur par ligne ; colonnes (séparées par ; ou ,) : nom, population ou taille,",
    "                        signature, missions (obligatoires) ; snp, taux, version (facultatives) — mêmes valeurs",
    "                        que les options ci-dessus (voir docs/guide/lot.md et docs/guide/exemple-lot.csv)",
    "  --dossier DOSSIER     dossier des classeurs, créé s'il n'existe pas ; un fichier par nom de CPTS",
    "  --force               remplace les classeurs qui existent déjà",
    "",
    "Depuis le classeur d'un client : npm run classeur -- --depuis client.xlsx [options] --out client-2027.xlsx",
    "  --depuis FICHIER.xlsx reprend les paramètres du classeur (feuille Paramètres) et tout ce que le client y a saisi",
    "                        (valeurs, formules, lignes ajoutées, feuilles renommées) ; ses autres feuilles restent telles quelles ;",
    "                        les options ci-dessus (--taille, --missions, --signature, --taux, --version…) changent ce qu'elles nomment ;",
    "                        écrit toujours un nouveau fichier (voir docs/guide/depuis.md)",
  ].join("\n"),
  seeHelp: "Aide : npm run classeur -- --help",
  unknownOption: (option: string) =>
    `Option inconnue : ${option}. Options attendues : --population, --taille, --signature, --missions, --snp, --taux, --nom, --version, --out, --force, --help.`,
  missingValue: (option: string) => `Valeur manquante pour ${option}.`,
  noValueExpected: (option: string) => `${option} s'emploie seul, sans valeur.`,
  dashValue: (option: string) => `Valeur manquante pour ${option} (la valeur suivante commence par « - » ; écrivez ${option}=-… si c'est voulu).`,
  unexpectedArgument: (arg: string) => `Argument inattendu : « ${arg} ». Chaque valeur suit son option (par exemple --out cpts.xlsx).`,
  badOptions: (detail: string) => `Options non valides : ${detail}`,
  repeated: (option: string) => `L'option ${option} est donnée plusieurs fois : donnez-la une seule fois.`,
  populationOrTaille: "Il faut --population (nombre d'habitants) ou --taille (1 à 4).",
  signatureMissing: "Il faut --signature : la date de signature de l'ACI, AAAA-MM-JJ ou JJ/MM/AAAA.",
  missions: (got: string) => `--missions : mission inconnue « ${got} » ; missions attendues, séparées par des virgules : ${missionList}.`,
  missionsEmpty: `--missions : au moins une mission attendue parmi ${missionList}.`,
  snpWithoutAcces: "--snp : le volet supplémentaire SNP complète l'accès aux soins ; ajoutez acces à --missions.",
  nom: "--nom : un nom non vide est attendu.",
  outMissing: "Il faut --out : le fichier .xlsx à écrire.",
  out: (got: string) => `--out : un nom de fichier se terminant par .xlsx est attendu (reçu : « ${got} »).`,
  exists: (file: string) => `Le fichier ${file} existe déjà : ajoutez --force pour le remplacer, ou choisissez un autre --out.`,
  outDirMissing: (dir: string) => `Le dossier ${dir} n'existe pas : créez-le ou choisissez un autre --out.`,
  writeFailed: (file: string, reason: string) => `Écriture impossible de ${file} : ${reason}`,
  written: (file: string) => `Classeur écrit : ${file}`,
  tailleSummary: (taille: number, population: number | null, forced: boolean) =>
    `Taille : ${taille}` +
    (population === null ? " (saisie)" : forced ? ` (forcée ; population ${inhabitants(population)} habitants)` : ` (${inhabitants(population)} habitants)`),
  missionsRetained: (labels: string) => `Missions retenues : ${labels}`,
  totalAci: (amount: string, taux: string) => `Financement ACI annuel (CPTS_TotalACI, taux d'atteinte ${taux}) : ${amount}`,
  unfunded: (labels: string, version: string) => `Sans montant dans la grille ${version} : ${labels} (à compléter avec le montant du contrat).`,
  chartSkipped: (title: string, sheet: string) =>
    `Graphique « ${title} » (feuille ${sheet}) non exporté : le format .xlsx écrit hors d'Excel ne contient pas de graphiques ; ` +
    "ouvrez le classeur avec le complément et régénérez la feuille pour l'obtenir.",
} as const;
