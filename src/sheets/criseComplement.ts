/**
 * The crise sanitaire mission's complement « si crise reconnue par l'ARS » on the Grille ACI: a line
 * of the crise block with no grid figure (no version we hold gives one: the contract's amount is the
 * only amount), retained only when the mission is retained AND Paramètres says the ARS recognised a
 * crisis this year (CPTS_CriseReconnue). Its own totals line keeps it apart from the fixed volets:
 * the 75 % advance on the « enveloppe fixe » does not anticipate it (see docs/reference/regles.md).
 */
import { CRISE_COMPLEMENT_LABEL } from "../domain";
import { COMMON_LABELS as C } from "./labels";
import { excelString } from "./references";

export const CRISE_COMPLEMENT_KEY = "grid:crise:complement";
export const CRISE_COMPLEMENT_TOTAL_KEY = "grid:totaux:complement";

export const CRISE_COMPLEMENT_LABELS = {
  line: CRISE_COMPLEMENT_LABEL,
  type: "Fixe, si crise reconnue",
  note: "Aucune grille ne le chiffre : saisissez le montant du contrat. Compté si « Crise sanitaire reconnue par l'ARS » = Oui (Paramètres) ; versé avec le solde.",
  total: "Complément crise sanitaire (si crise reconnue par l'ARS)",
} as const;

/** « Oui » when the crise mission is retained (its Paramètres cell, a reference) and the crisis recognised. */
export function complementRetainedFormula(missionRetained: string): string {
  const yes = excelString(C.yes);
  return `=IF(AND(${missionRetained}=${yes},CPTS_CriseReconnue=${yes}),${yes},${excelString(C.no)})`;
}
