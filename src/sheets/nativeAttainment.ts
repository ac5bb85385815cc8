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

/** One palier's two cells on the sheet. */
export interface PalierCells {
  readonly seuil: string;
  readonly part: string;
}

/**
 * Native twin of attainment(depart, cible, mesure, paliers) with the paliers in fixed cells, as an
 * expression without "=". The domain's reading of a paliers range, spelled with IF, AND, OR, MAX:
 * - a blank cell reads 0 and a palier reading 0 | 0 is unused (readPaliers); no palier used → the
 *   linear rule;
 * - a part reads like a taux (parseTaux): above 1 it is a percentage (50 → 50 %), below 0 or above
 *   100 it is refused;
 * - seuils strictly increasing in the sens: (seuil − previous seuil) × (cible − départ) > 0 between
 *   consecutive used paliers, whatever unused slots lie between them; parts never decreasing;
 * - refused paliers, cible = départ, a blank départ or cible → #N/A, where the domain says #VALUE!
 *   with its message (the sheet's Contrôle column says why);
 * - a measure reaches a seuil when (mesure − seuil) × (cible − départ) ≥ 0 (at or beyond it in the
 *   sens); with valid paliers the reached ones come first and their parts never decrease, so the
 *   part of the last palier reached is the largest part reached (MAX), 0 before the first.
 */
export function nativePaliersAttainment(depart: string, cible: string, mesure: string, paliers: readonly PalierCells[]): string {
  const direction = `(${cible}-${depart})`;
  const used = paliers.map((p) => `OR(${p.seuil}<>0,${p.part}<>0)`);
  const unused = (i: number): string => `AND(${paliers[i].seuil}=0,${paliers[i].part}=0)`;
  const part = (i: number): string => `IF(${paliers[i].part}>1,${paliers[i].part}/100,${paliers[i].part})`;
  const refused: string[] = paliers.map((p, i) => `AND(${used[i]},OR(${p.part}<0,${p.part}>100))`);
  for (let j = 1; j < paliers.length; j++) {
    for (let i = 0; i < j; i++) {
      const between = Array.from({ length: j - i - 1 }, (_, k) => unused(i + 1 + k));
      const order = `OR((${paliers[j].seuil}-${paliers[i].seuil})*${direction}<=0,${part(j)}<${part(i)})`;
      refused.push(`AND(${[used[i], used[j], ...between, order].join(",")})`);
    }
  }
  const reached = paliers.map((p, i) => `IF(AND(${used[i]},(${mesure}-${p.seuil})*${direction}>=0),${part(i)},0)`);
  const linear = `IF(${mesure}="","",MIN(1,MAX(0,(${mesure}-${depart})/${direction})))`;
  return (
    `IF(OR(${depart}="",${cible}="",${cible}=${depart}),NA(),` +
    `IF(OR(${used.join(",")}),IF(OR(${refused.join(",")}),NA(),IF(${mesure}="","",MAX(0,${reached.join(",")}))),${linear}))`
  );
}
