/**
 * The French words of every input refusal, in one place for the three surfaces that parse user
 * input (task pane, CPTS.* functions, command line). A refusal is what was expected, as a noun
 * phrase (« un nombre entier d'habitants… »), plus what was received; each surface frames it:
 *   task pane     « Saisissez un nombre entier d'habitants… »           (the field shows the input)
 *   CPTS.*        « Population attendue : un nombre entier… (reçu : « 12a ») »
 *   command line  « --population : il faut un nombre entier… (reçu : « 12a »). »
 */
import { formatEuros } from "./frenchFormat";

/** "10 000 000": grouped like the amounts, without the euro sign. */
const grouped = (n: number): string => formatEuros(n).replace(/ €$/, "");

/** Above any French territory (the most populous département has about 2.6 M inhabitants): a typo, not a CPTS. */
export const MAX_POPULATION = 10_000_000;

export const INPUT_EXPECTED = {
  population: {
    notNumber: "un nombre entier d'habitants, par exemple 120 000 ou 120.000",
    notWhole:
      "un nombre entier d'habitants, sans décimale (la virgule, ou un point qui n'est pas suivi de 3 chiffres, marque des décimales : écrivez 80 500 ou 80.500)",
    badGrouping: "un nombre d'habitants aux milliers groupés par 3 chiffres, par exemple 1 250 000 ou 1.250.000",
    notPositive: "un nombre d'habitants supérieur à 0",
    tooLarge: `un nombre d'habitants d'au plus ${grouped(MAX_POPULATION)} (vérifiez la saisie)`,
    /** The whole rule at once, for the Paramètres sheet's data validation (Excel shows one error text). */
    range: `un nombre entier d'habitants, de 1 à ${grouped(MAX_POPULATION)}`,
  },
  taille: "1, 2, 3 ou 4",
  taux: {
    notNumber:
      "un taux de 0 à 100 % : « 80 % », « 80 » ou « 0,8 » (sans le signe %, un nombre de 0 à 1 est une fraction : 1 = 100 % ; écrivez « 1 % » pour 1 %)",
    outOfRange: "un taux compris entre 0 et 100 %",
  },
  date: {
    /** The task pane and the command line take text. */
    text: "une date jj/mm/aaaa ou aaaa-mm-jj",
    /** Excel also passes dates as serial numbers. */
    textOrSerial: "une date, un numéro de série Excel ou un texte jj/mm/aaaa ou aaaa-mm-jj",
    outOfRange: "une date du 01/03/1900 au 31/12/9999, le calendrier d'Excel",
  },
  mission: (keys: string) => `${keys}, ou le libellé de la mission`,
  missions: (keys: string) => `des missions parmi ${keys}, séparées par des virgules (clés ou libellés)`,
  snpWithoutAcces: "le volet supplémentaire SNP avec l'accès aux soins : ajoutez « acces » aux missions",
  version: (available: string) => `la grille ${available}`,
} as const;

/** « a, b ou c ». */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ou ${items[items.length - 1]}`;
}

/** What was received, in French: « texte », 5, vide, VRAI, une plage de 6 cellules. */
export function describeReceived(value: unknown): string {
  if (value === null || value === undefined) return "vide";
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return "vide";
    return `« ${text.length > 40 ? text.slice(0, 40) + "…" : text} »`;
  }
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "valeur non numérique";
    if (!Number.isFinite(value)) return value > 0 ? "+infini" : "-infini";
    return String(value).replace(".", ",");
  }
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if (Array.isArray(value)) return `une plage de ${value.flat(Infinity).length} cellules`;
  return "valeur non reconnue";
}

/** The task pane's sentence for a refusal: « Saisissez un nombre entier d'habitants… ». */
export function paneMessage(expected: string): string {
  return `Saisissez ${expected}.`;
}

/** The command line's sentence: « --population : il faut … (reçu : « x »). ». */
export function optionMessage(option: string, expected: string, received: string): string {
  return `${option} : il faut ${expected} (reçu : « ${received} »).`;
}
