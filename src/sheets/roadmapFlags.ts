/**
 * The lateness flag both roadmap sheets show: CPTS.RETARD for the wording (with its native twin when
 * the add-in is absent, see nativeVerdicts.ts), and a native conditional format on the same condition
 * so a late milestone shows red everywhere.
 */
import { AVANCEMENTS } from "../domain";
import { a1, a1ColAbs } from "./addresses";
import { retardVerdictFormula } from "./nativeVerdicts";
import { excelString } from "./references";

const [, , DONE, ABANDONED] = AVANCEMENTS;

/** CPTS.RETARD(échéance, avancement, CPTS_DateReference), or the same verdict natively without the add-in. */
export function retardFormula(echeanceCol: number, avancementCol: number, row: number): string {
  return retardVerdictFormula(a1(echeanceCol, row), a1(avancementCol, row), "CPTS_DateReference");
}

/** Native twin of CPTS.RETARD's "En retard": échéance passed and the action neither done nor abandoned. */
export function lateConditionFormula(echeanceCol: number, avancementCol: number, firstRow: number): string {
  const echeance = a1ColAbs(echeanceCol, firstRow);
  const avancement = a1ColAbs(avancementCol, firstRow);
  return `=AND(ISNUMBER(${echeance}),${echeance}<CPTS_DateReference,${avancement}<>${excelString(DONE)},${avancement}<>${excelString(ABANDONED)})`;
}
