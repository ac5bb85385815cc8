/**
 * Webpack entry of the CPTS.* custom functions. custom-functions-metadata reads the JSDoc below
 * to write functions.json (ids after @customfunction; the CPTS namespace comes from the manifest),
 * so the French descriptions here are what Excel shows. Every id is associated at load: an id in
 * functions.json without its function shows as #NAME? in Excel.
 */
import { aci, atteinte, echeance, equilibre, taille, total } from "./cpts";
import { DayClock } from "./dayClock";
import { createStreamingRetard, toExcel } from "./excelAdapter";

/** One day clock shared by every live CPTS.RETARD cell. */
const dayClock = new DayClock();
const streamingRetard = createStreamingRetard(dayClock);

/**
 * Montant annuel ACI (€) d'une mission pour une taille de CPTS, d'après la grille de l'accord (ACI 2019 par défaut).
 * @customfunction ACI
 * @param taille Taille de la CPTS : 1, 2, 3 ou 4.
 * @param mission Mission : fonctionnement, acces, snp (volet supplémentaire), parcours, prevention, crise, qualite ou accompagnement (clé ou libellé, sans tenir compte des accents ni des majuscules).
 * @param [volet] Volet : fixe, variable, compensation (accès aux soins seulement) ou total (par défaut).
 * @param [version] Version de la grille, par exemple « ACI 2019 » (par défaut : la plus récente).
 * @returns Le montant annuel en euros.
 */
export function aciFunction(taille: unknown, mission: unknown, volet?: unknown, version?: unknown): number | CustomFunctions.Error {
  return toExcel(aci(taille, mission, volet, version));
}

/**
 * Taille de la CPTS (1 à 4) selon la population du territoire : 1 sous 40 000 habitants, 2 de 40 000 à 79 999, 3 de 80 000 à 175 000, 4 au-delà.
 * @customfunction TAILLE
 * @param population Nombre d'habitants du territoire de la CPTS.
 * @returns La taille de la CPTS, de 1 à 4.
 */
export function tailleFunction(population: unknown): number | CustomFunctions.Error {
  return toExcel(taille(population));
}

/**
 * Financement ACI annuel (€) : fonctionnement + tous les volets des missions retenues, volets variables multipliés par le taux d'atteinte.
 * @customfunction TOTAL
 * @param taille Taille de la CPTS : 1, 2, 3 ou 4.
 * @param missions Missions retenues : une plage de clés ou de libellés, ou un texte « acces,parcours ». Ajoutez « snp » pour le volet supplémentaire.
 * @param [taux] Taux d'atteinte : 80 %, 80 ou 0,8 (1 = 100 %). Vide ou omis : 0 %, la seule part fixe.
 * @param [version] Version de la grille, par exemple « ACI 2019 » (par défaut : la plus récente).
 * @returns Le financement annuel en euros.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- custom-functions-metadata writes a matrix parameter for any[][]: it is how functions.json declares a range argument
export function totalFunction(taille: unknown, missions: any[][], taux?: unknown, version?: unknown): number | CustomFunctions.Error {
  return toExcel(total(taille, missions, taux, version));
}

/**
 * Date limite de démarrage ou de déploiement d'une mission, comptée en mois depuis la signature du contrat ACI.
 * @customfunction ECHEANCE
 * @param signature Date de signature du contrat ACI (date ou texte jj/mm/aaaa).
 * @param mission Mission : acces, parcours, prevention ou crise (qualite et accompagnement n'ont pas d'échéance).
 * @param [jalon] demarrage ou deploiement (par défaut).
 * @returns La date limite (numéro de série Excel, à afficher au format date).
 */
export function echeanceFunction(signature: unknown, mission: unknown, jalon?: unknown): number | CustomFunctions.Error {
  return toExcel(echeance(signature, mission, jalon));
}

/**
 * État d'une échéance : Terminé, Abandonné, Échéance à fixer, En retard de N j, Échéance aujourd'hui, Échéance dans N j ou Dans les temps. Sans date de référence, se met à jour seul chaque jour.
 * @customfunction RETARD
 * @param echeance Date d'échéance de l'action (vide si elle reste à fixer).
 * @param avancement État d'avancement : Non démarré, En cours, Terminé ou Abandonné.
 * @param [date_ref] Date de référence (par défaut : aujourd'hui).
 * @param invocation Appel de fonction en continu (fourni par Excel).
 */
export function retardFunction(echeance: unknown, avancement: unknown, date_ref: unknown, invocation: CustomFunctions.StreamingInvocation<string>): void {
  streamingRetard(echeance, avancement, date_ref, invocation);
}

/**
 * Contrôle « Dépenses = Ressources » : Équilibré, ou le déficit ou l'excédent en euros.
 * @customfunction EQUILIBRE
 * @param depenses Dépenses : un montant ou une plage (les cellules vides comptent 0).
 * @param ressources Ressources : un montant ou une plage (les cellules vides comptent 0).
 * @param [tolerance] Écart toléré en euros (par défaut 0).
 * @returns Équilibré, Déficit de … € ou Excédent de … €.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- custom-functions-metadata writes a matrix parameter for any[][]: it is how functions.json declares a range argument
export function equilibreFunction(depenses: any[][], ressources: any[][], tolerance?: unknown): string | CustomFunctions.Error {
  return toExcel(equilibre(depenses, ressources, tolerance));
}

/**
 * Taux d'atteinte d'un indicateur (0 à 1) : linéaire entre la valeur de départ et la cible, dans le sens de l'indicateur (hausse ou baisse), borné à 0 et 100 % ; ou, avec des paliers, la part du dernier palier atteint.
 * @customfunction ATTEINTE
 * @param depart Valeur de départ de l'indicateur (un nombre, 0 compris).
 * @param cible Cible de l'indicateur : au-dessus du départ pour une hausse, en dessous pour une baisse.
 * @param mesure Mesure relevée à la réunion de suivi ; 0 est une mesure, "" une mesure manquante (cellule qui peut être vide : SI(D5="";"";D5)).
 * @param [paliers] Paliers progressifs : une plage de 2 colonnes, seuil | part, ou une ligne seuil 1 | part 1 | seuil 2 | part 2… (part de 0 à 100 %), seuils croissants dans le sens de l'indicateur.
 * @returns Le taux d'atteinte, de 0 à 1 (à afficher au format pourcentage).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- custom-functions-metadata writes a matrix parameter for any[][]: it is how functions.json declares a range argument
export function atteinteFunction(depart: unknown, cible: unknown, mesure: unknown, paliers?: any[][]): number | CustomFunctions.Error {
  return toExcel(atteinte(depart, cible, mesure, paliers));
}

// Outside Excel (Node tests, a plain browser) there is no CustomFunctions global: nothing to register.
if (typeof CustomFunctions !== "undefined") {
  CustomFunctions.associate("ACI", aciFunction);
  CustomFunctions.associate("TAILLE", tailleFunction);
  CustomFunctions.associate("TOTAL", totalFunction);
  CustomFunctions.associate("ECHEANCE", echeanceFunction);
  CustomFunctions.associate("RETARD", retardFunction);
  CustomFunctions.associate("EQUILIBRE", equilibreFunction);
  CustomFunctions.associate("ATTEINTE", atteinteFunction);
}
