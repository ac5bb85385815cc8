/**
 * The lateness flag both roadmap sheets show: CPTS.RETARD for the wording, and a native conditional
 * format on the same condition so a late milestone still shows red without the add-in.
 */
import { AVANCEMENTS } from "../domain";
import { a1, a1ColAbs } from "./addresses";
import { excelString } from "./references";

const [, , DONE, ABANDONED] = AVANCEMENTS;

/** =CPTS.RETARD(échéance, avancement, CPTS_DateReference); a text échéance ("Pas de délai particulier") counts as none. */
export function retardFormula(echeanceCol: number, avancementCol: number, row: number): string {
  const echeance = a1(echeanceCol, row);
  return `=CPTS.RETARD(IF(ISNUMBER(${echeance}),${echeance},""),${a1(avancementCol, row)},CPTS_DateReference)`;
}

/** Native twin of CPTS.RETARD's "En retard": échéance passed and the action neither done nor abandoned. */
export function lateConditionFormula(echeanceCol: number, avancementCol: number, firstRow: number): string {
  const echeance = a1ColAbs(echeanceCol, firstRow);
  const avancement = a1ColAbs(avancementCol, firstRow);
  return `=AND(ISNUMBER(${echeance}),${echeance}<CPTS_DateReference,${avancement}<>${excelString(DONE)},${avancement}<>${excelString(ABANDONED)})`;
}
