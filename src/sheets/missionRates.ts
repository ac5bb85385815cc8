/**
 * Each mission's attainment as the Indicateurs sheet publishes it (a workbook name per mission,
 * holding the share-weighted rate of its measured financial indicators, or "" while none is
 * measured), and the one formula every sheet uses to pay a mission's variable volet: that rate when
 * there is one, else the global taux d'atteinte (CPTS_TauxAtteinte: scenario planning stays one click).
 */
import type { MissionKey } from "../domain";

/** "CPTS_AtteinteParcours" for parcours. */
export function missionAttainmentName(key: MissionKey): string {
  return `CPTS_Atteinte${key.charAt(0).toUpperCase()}${key.slice(1)}`;
}

/** The rate paying a mission's variable volet, as an expression without "=". */
export function missionRateFormula(key: MissionKey): string {
  const name = missionAttainmentName(key);
  return `IF(ISNUMBER(${name}),${name},CPTS_TauxAtteinte)`;
}
