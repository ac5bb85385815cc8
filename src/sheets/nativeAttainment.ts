/**
 * The native twin of CPTS.ATTEINTE's linear rule (src/domain/attainment.ts, no paliers), in the
 * style of nativeVerdicts.ts: the sheet writes =IFERROR(CPTS.ATTEINTE(…),twin), so the file
 * computes the same attainment with the add-in, in Excel without it, in LibreOffice and in the
 * exported file. Only IF, OR, MIN, MAX and arithmetic: they exist and agree in Excel, LibreOffice
 * and HyperFormula.
 *
 * What the twin gives where the domain refuses (IFERROR also lands here when CPTS.ATTEINTE
 * returns its error, so these are what the cell shows with the add-in loaded too):
 * - mesure blank → "" (the domain's #N/A « Mesure manquante »): an indicator not measured yet shows
 *   an empty rate, and the mission keeps the global taux (missionAttainment);
 * - départ or cible blank, or cible = départ → #N/A (NA()), where the domain says #VALUE! with a
 *   message: the sheet's controls say why.
 * Known differences, outside what the sheet's number cells hold: a value typed as text (« 12,5 »)
 * is converted by the spreadsheet's own locale rules here, by parseNumber.ts in the function; an
 * error in an argument propagates.
 */

/**
 * A cell reference as CPTS.ATTEINTE must receive it: an empty cell reaches Excel for Windows'
 * custom functions as 0, a real measure of 0 too (https://github.com/OfficeDev/office-js/issues/4702);
 * "" arrives as blank text everywhere, so the function can tell « not measured » from 0.
 */
export function blankAsText(cell: string): string {
  return `IF(${cell}="","",${cell})`;
}

/** Native twin of attainment(depart, cible, mesure) without paliers, as an expression without "=". */
export function nativeAttainment(depart: string, cible: string, mesure: string): string {
  return `IF(OR(${depart}="",${cible}="",${cible}=${depart}),NA(),` + `IF(${mesure}="","",MIN(1,MAX(0,(${mesure}-${depart})/(${cible}-${depart})))))`;
}

/** =CPTS.ATTEINTE(départ, cible, mesure) falling back to the same rate computed natively (linear rule). */
export function atteinteFormula(depart: string, cible: string, mesure: string): string {
  return `=IFERROR(CPTS.ATTEINTE(${blankAsText(depart)},${blankAsText(cible)},${blankAsText(mesure)}),${nativeAttainment(depart, cible, mesure)})`;
}
