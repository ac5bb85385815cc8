/**
 * The Indicateurs sheet's columns and the formulas of one indicator row, the same for the rows the
 * add-in plans and the rows the user adds (SheetBuilder's addedRowCells), so an added indicator
 * computes like the others.
 *
 * Measures: 2 columns per contract year (the year's two follow-up meetings), 10 in all, so a
 * measure typed in year 2 keeps its own cell when the followed year (CPTS_AnneeContrat) moves to
 * year 3: nothing is overwritten, and the followed year's columns are highlighted by a conditional
 * format. « Mesure retenue » picks the latest measure of the followed year with CHOOSE.
 */
import { CONTRACT_YEARS, LATENESS } from "../domain";
import { a1, a1ColAbs, columnRange, rangeA1 } from "./addresses";
import type { Cells } from "./builder";
import { INDICATEURS_LABELS as L } from "./indicateursLabels";
import { PalierCells, blankAsText, nativeAttainment, nativePaliersAttainment } from "./nativeAttainment";
import { retardVerdictFormula } from "./nativeVerdicts";
import { excelString } from "./references";
import { EURO_FORMAT, PERCENT_FORMAT } from "./styles";

/** Paliers per indicator: three progressive levels (e.g. 50 %, 75 %, 100 %) fit the contracts' « niveaux d'atteinte ». */
export const PALIERS = 3;

export const COL = {
  mission: 1,
  indicateur: 2,
  nature: 3,
  financier: 4,
  sens: 5,
  depart: 6,
  cible: 7,
  part: 8,
  regle: 9,
  palier1: 10,
  mesure1: 10 + 2 * PALIERS,
  retenue: 10 + 2 * PALIERS + 2 * CONTRACT_YEARS,
  atteinte: 11 + 2 * PALIERS + 2 * CONTRACT_YEARS,
  ponderee: 12 + 2 * PALIERS + 2 * CONTRACT_YEARS,
  montant: 13 + 2 * PALIERS + 2 * CONTRACT_YEARS,
  controle: 14 + 2 * PALIERS + 2 * CONTRACT_YEARS,
  suivi: 15 + 2 * PALIERS + 2 * CONTRACT_YEARS,
} as const;

/** Column of a palier's seuil (k = 1…PALIERS); its part is the next column. */
export const seuilCol = (k: number): number => COL.palier1 + 2 * (k - 1);
/** Column of the measure of a contract year (1–5) at its 1st or 2nd follow-up meeting. */
export const measureCol = (year: number, meeting: 1 | 2): number => COL.mesure1 + 2 * (year - 1) + meeting - 1;
export const YEARS: readonly number[] = Array.from({ length: CONTRACT_YEARS }, (_, i) => i + 1);

/** Months from the signature to a follow-up meeting: 6 and 12 months into each contract year. */
export const meetingMonths = (year: number, meeting: 1 | 2): number => 12 * (year - 1) + 6 * meeting;

const yes = excelString("Oui");

/** The value of the followed year's column among the 5 years' (CHOOSE on CPTS_AnneeContrat). */
function followed(meeting: 1 | 2, row: number, absoluteRow = false): string {
  const cells = YEARS.map((y) => (absoluteRow ? a1(measureCol(y, meeting), row, true) : a1(measureCol(y, meeting), row)));
  return `CHOOSE(CPTS_AnneeContrat,${cells.join(",")})`;
}

/** The latest measure of the followed year: the 2nd meeting's when typed, else the 1st's, else "". */
export function retenueFormula(row: number): string {
  const second = followed(2, row);
  const first = followed(1, row);
  return `=IFERROR(IF(ISNUMBER(${second}),${second},IF(ISNUMBER(${first}),${first},"")),"")`;
}

/** The row's attainment: blank while départ or cible is, else CPTS.ATTEINTE with its native twin. */
export function atteinteFormula(row: number): string {
  const d = a1(COL.depart, row);
  const c = a1(COL.cible, row);
  const m = a1(COL.retenue, row);
  const paliers: PalierCells[] = Array.from({ length: PALIERS }, (_, i) => ({ seuil: a1(seuilCol(i + 1), row), part: a1(seuilCol(i + 1) + 1, row) }));
  const range = rangeA1(COL.palier1, row, seuilCol(PALIERS) + 1, row);
  const byRule = excelString(L.rules[1]);
  const regle = a1(COL.regle, row);
  const args = `${blankAsText(d)},${blankAsText(c)},${blankAsText(m)}`;
  const live = `IF(${regle}=${byRule},CPTS.ATTEINTE(${args},${range}),CPTS.ATTEINTE(${args}))`;
  const twin = `IF(${regle}=${byRule},${nativePaliersAttainment(d, c, m, paliers)},${nativeAttainment(d, c, m)})`;
  return `=IF(OR(${d}="",${c}=""),"",IFERROR(${live},${twin}))`;
}

/** The share counted in the mission's rate: a financial indicator's part once it has an attainment. */
export function pondereeFormula(row: number): string {
  const part = a1(COL.part, row);
  return `=IF(AND(${a1(COL.financier, row)}=${yes},ISNUMBER(${part}),ISNUMBER(${a1(COL.atteinte, row)})),IF(${part}>=0,${part},""),"")`;
}

export function montantFormula(row: number): string {
  const counted = a1(COL.ponderee, row);
  return `=IF(ISNUMBER(${counted}),${counted}*${a1(COL.atteinte, row)},"")`;
}

/** Whether the user has started to fill the indicator: a départ, a part or a measure. */
function inUse(row: number): string {
  return `OR(${a1(COL.depart, row)}<>"",${a1(COL.part, row)}<>"",COUNT(${rangeA1(COL.mesure1, row, measureCol(CONTRACT_YEARS, 2), row)})>0)`;
}

/** The row's data check, quiet ("") until the indicator is in use. */
export function controleFormula(row: number): string {
  const V = L.verdicts;
  const s = excelString;
  const d = a1(COL.depart, row);
  const c = a1(COL.cible, row);
  const fin = `${a1(COL.financier, row)}=${yes}`;
  const part = a1(COL.part, row);
  const sens = a1(COL.sens, row);
  const both = `ISNUMBER(${d}),ISNUMBER(${c})`;
  const checks: [string, string][] = [
    [`AND(${fin},${c}="")`, V.cible],
    [`AND(${fin},${d}="")`, V.depart],
    [`AND(${a1(COL.financier, row)}<>${yes},ISNUMBER(${part}),${part}>0)`, V.partNonFinanciere],
    [`AND(${both},${c}=${d})`, V.cibleEgale],
    [`AND(${both},${sens}=${s(L.sensList[0])},${c}<${d})`, V.hausseContredite],
    [`AND(${both},${sens}=${s(L.sensList[1])},${c}>${d})`, V.baisseContredite],
    [`ISERROR(${a1(COL.atteinte, row)})`, V.nonCalculable],
  ];
  const chain = checks.reduceRight((rest, [condition, verdict]) => `IF(${condition},${s(verdict)},${rest})`, s(V.ok));
  return `=IF(${inUse(row)},${chain},"")`;
}

/**
 * The next measure of the followed year, through CPTS.RETARD (and its native twin): the 1st
 * meeting's while it has no measure, then the 2nd's; « En retard de n j » once its date is past.
 */
export function suiviFormula(row: number, datesRow: number): string {
  const retard = (meeting: 1 | 2): string => retardVerdictFormula(followed(meeting, datesRow, true), excelString("Non démarré"), "CPTS_DateReference").slice(1);
  const body = `IF(ISNUMBER(${followed(2, row)}),${excelString(L.verdicts.mesuresSaisies)},IF(ISNUMBER(${followed(1, row)}),${retard(2)},${retard(1)}))`;
  return `=IF(${inUse(row)},${body},"")`;
}

/** The add-in cells of an indicator row (mission label and every computed column), planned or added. */
export function computedCells(row: number, datesRow: number, mission: string): Cells {
  const cells: Cells = [];
  cells[COL.mission - 1] = { value: mission, role: "label", wrap: true };
  cells[COL.retenue - 1] = { formula: retenueFormula(row), role: "computed" };
  cells[COL.atteinte - 1] = { formula: atteinteFormula(row), role: "computed", format: PERCENT_FORMAT };
  cells[COL.ponderee - 1] = { formula: pondereeFormula(row), role: "computed", format: EURO_FORMAT };
  cells[COL.montant - 1] = { formula: montantFormula(row), role: "computed", format: EURO_FORMAT };
  cells[COL.controle - 1] = { formula: controleFormula(row), role: "flag", wrap: true };
  cells[COL.suivi - 1] = { formula: suiviFormula(row, datesRow), role: "flag", wrap: true };
  return cells;
}

/** A mission's attainment over its rows: Σ montant / Σ part mesurée, "" when nothing is measured (domain missionAttainment). */
export function missionAttainmentFormula(first: number, last: number): string {
  const weight = `SUM(${columnRange(COL.ponderee, first, last)})`;
  return `=IF(${weight}>0,MIN(1,SUM(${columnRange(COL.montant, first, last)})/${weight}),"")`;
}

/** Conditions of the alert fills, written for the first row of `range`. */
export function controleAlert(row: number): string {
  const cell = a1ColAbs(COL.controle, row);
  return `=AND(${cell}<>"",${cell}<>${excelString(L.verdicts.ok)})`;
}

export function suiviAlert(row: number): string {
  const late = LATENESS.late(1).split("1")[0].trim();
  return `=LEFT(${a1ColAbs(COL.suivi, row)},${late.length})=${excelString(late)}`;
}
