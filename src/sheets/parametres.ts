/**
 * Paramètres: the CPTS's parameters and the missions table. Every other sheet reads them through
 * workbook names (CPTS_Taille, CPTS_Signature, …) or the absolute cells exported here.
 */
import { GRID_VERSIONS, INPUT_EXPECTED, MAX_POPULATION, MISSIONS, MissionKey, TAILLE_THRESHOLDS, findGridVersion, isFunded, paneMessage } from "../domain";
import { a1, columnRange, rangeA1 } from "./addresses";
import { SheetBuilder, sheetPlanFrom } from "./builder";
import { COMMON_LABELS as C, PARAMETRES_LABELS as L } from "./labels";
import { CellPlan, NamePlan, SHEET_NAMES, SheetCarryOver, SheetPlan, WorkbookChoices, sheetMarker } from "./plan";
import { excelString } from "./references";
import { heightForLines } from "./rowHeights";
import { CF_COLORS, DATE_FORMAT, EURO_FORMAT, INTEGER_FORMAT, PERCENT_FORMAT, TAB_COLORS } from "./styles";

// The help texts sit right of the missions table's last column, so their width does not stretch it.
const COL = { label: 1, value: 2, input: 3, alert: 4, help: 5 } as const;
const MISSION_COL = { label: 1, category: 2, retained: 3, snp: 4 } as const;

/** Fixed layout: rows of each parameter (other planners and tests rely on them through names). */
const ROW = { nom: 4, population: 5, taille: 6, signature: 7, version: 8, taux: 9, dateReference: 10, totalAci: 11, missionsHeader: 14 } as const;
const FIRST_MISSION_ROW = ROW.missionsHeader + 1;
/** The « Année suivie » block, after the missions table and its two notes. */
const FOLLOW_UP_ROW = (() => {
  const title = FIRST_MISSION_ROW + MISSIONS.length + 3;
  return { title, annee: title + 1, crise: title + 2, avance: title + 3 };
})();

export const PARAMETRES_NAMES = {
  CPTS_Nom: a1(COL.value, ROW.nom, true),
  CPTS_Population: a1(COL.value, ROW.population, true),
  CPTS_Taille: a1(COL.value, ROW.taille, true),
  CPTS_TailleForcee: a1(COL.input, ROW.taille, true),
  CPTS_Signature: a1(COL.value, ROW.signature, true),
  CPTS_Version: a1(COL.value, ROW.version, true),
  CPTS_TauxAtteinte: a1(COL.value, ROW.taux, true),
  CPTS_DateReference: a1(COL.value, ROW.dateReference, true),
  CPTS_DateReferenceSaisie: a1(COL.input, ROW.dateReference, true),
  CPTS_AnneeContrat: a1(COL.value, FOLLOW_UP_ROW.annee, true),
  CPTS_AnneeContratSaisie: a1(COL.input, FOLLOW_UP_ROW.annee, true),
  CPTS_CriseReconnue: a1(COL.value, FOLLOW_UP_ROW.crise, true),
  CPTS_BaseAvance: a1(COL.value, FOLLOW_UP_ROW.avance, true),
} as const;

/** « Enveloppe fixe », the default reading of the 75 % advance (CPTS_BaseAvance). */
export const ADVANCE_ON_FIXED = L.baseAvanceChoices[0];

/**
 * The contract year (1–5) as a formula: the override when typed, else the year the date de référence
 * falls in, counted with EDATE like the Versements (contractYearAt in src/domain/payments.ts). Cells
 * of this sheet, not names: a name pointing at an empty cell reads 0 in some engines, and an empty
 * signature must show #N/A, never year 5.
 */
export function contractYearFormula(overrideCell: string): string {
  const signature = a1(COL.value, ROW.signature);
  const reference = a1(COL.value, ROW.dateReference);
  const anniversaries = [1, 2, 3, 4].map((n) => `(EDATE(${signature},${12 * n})<=${reference})`).join("+");
  return `=IF(ISNUMBER(${overrideCell}),${overrideCell},IF(ISNUMBER(${signature}),1+${anniversaries},NA()))`;
}

function missionRow(key: MissionKey): number {
  const index = MISSIONS.findIndex((m) => m.key === key);
  if (index < 0) throw new Error(`Unknown mission ${key}`);
  return FIRST_MISSION_ROW + index;
}

/** Absolute address (on Paramètres) of a mission's "Retenue" Oui/Non cell. */
export function missionRetainedAddress(key: MissionKey): string {
  return a1(MISSION_COL.retained, missionRow(key), true);
}

/** Absolute address (on Paramètres) of the volet supplémentaire SNP Oui/Non cell. */
export function snpAddress(): string {
  return a1(MISSION_COL.snp, missionRow("acces"), true);
}

/**
 * The Excel formula of the taille: the override when typed, else the thresholds of seeds 004/001.
 * Without either it is #N/A, never a silent taille 1: every amount downstream then shows the error.
 */
export function tailleFormula(populationCell: string, overrideCell: string): string {
  const { taille2From, taille3From, taille3UpTo } = TAILLE_THRESHOLDS;
  const p = populationCell;
  return `=IF(ISNUMBER(${overrideCell}),${overrideCell},IF(ISNUMBER(${p}),IF(${p}<${taille2From},1,IF(${p}<${taille3From},2,IF(${p}<=${taille3UpTo},3,4))),NA()))`;
}

/** A French alert beside a parameter: empty while `okCondition` holds. */
function alertCell(okCondition: string, message: string): CellPlan {
  return { formula: `=IF(${okCondition},"",${excelString(message)})`, role: "flag", wrap: true };
}

const yesNo = (flag: boolean): string => (flag ? C.yes : C.no);

export function planParametres(choices: WorkbookChoices, carry?: SheetCarryOver): { sheet: SheetPlan; names: NamePlan[] } {
  const b = new SheetBuilder(carry);
  const version = findGridVersion(choices.versionId);
  const versionId = version?.id ?? choices.versionId;
  const win = { choicesWin: true };

  b.row(sheetMarker("parametres"), [{ value: L.title, role: "title" }]);
  b.row("param:legende", [{ value: C.inputLegend, role: "note" }]);
  b.row(
    "param:entetes",
    L.headers.map((h) => ({ value: h, role: "header" as const })),
  );
  b.row(
    "param:nom",
    [
      { value: L.nom, role: "label" },
      { value: choices.nom, role: "input" },
    ],
    win,
  );
  b.row(
    "param:population",
    [
      { value: L.population, role: "label" },
      { value: choices.population, role: "input", format: INTEGER_FORMAT },
      undefined,
      undefined,
      { value: L.populationHelp, role: "note", wrap: true },
    ],
    win,
  );
  const pop = a1(COL.value, ROW.population);
  const override = a1(COL.input, ROW.taille);
  const taille = a1(COL.value, ROW.taille);
  const signature = a1(COL.value, ROW.signature);
  b.row(
    "param:taille",
    [
      { value: L.taille, role: "label" },
      { formula: tailleFormula(pop, override), role: "computed", format: INTEGER_FORMAT },
      { value: choices.tailleOverride, role: "input", format: INTEGER_FORMAT },
      alertCell(`ISNUMBER(${taille})`, L.populationMissing),
      { value: L.tailleHelp, role: "note", wrap: true },
    ],
    { ...win, height: heightForLines(2) },
  );
  b.row(
    "param:signature",
    [
      { value: L.signature, role: "label" },
      { value: choices.signature, role: "input", format: DATE_FORMAT },
      undefined,
      alertCell(`ISNUMBER(${signature})`, L.signatureMissing),
      { value: L.signatureHelp, role: "note", wrap: true },
    ],
    win,
  );
  b.row(
    "param:version",
    [{ value: L.version, role: "label" }, { value: versionId, role: "input" }, undefined, undefined, { value: L.versionHelp, role: "note", wrap: true }],
    win,
  );
  b.row(
    "param:taux",
    [
      { value: L.taux, role: "label" },
      { value: choices.taux, role: "input", format: PERCENT_FORMAT },
      undefined,
      undefined,
      { value: L.tauxHelp, role: "note", wrap: true },
    ],
    win,
  );
  const refInput = a1(COL.input, ROW.dateReference);
  b.row(
    "param:dateReference",
    [
      { value: L.dateReference, role: "label" },
      { formula: `=IF(ISBLANK(${refInput}),TODAY(),${refInput})`, role: "computed", format: DATE_FORMAT },
      { value: choices.dateReference, role: "input", format: DATE_FORMAT },
      undefined,
      { value: L.dateReferenceHelp, role: "note", wrap: true },
    ],
    win,
  );
  b.row("param:totalAci", [
    { value: L.totalAci, role: "label" },
    { formula: "=CPTS_TotalACI", role: "total", format: EURO_FORMAT },
  ]);
  b.blank();
  b.row("param:missions", [{ value: L.missionsTitle, role: "subtitle" }]);
  const headerRow = b.row(
    "param:missions:entetes",
    L.missionHeaders.map((h) => ({ value: h, role: "header" as const, wrap: true })),
    { height: heightForLines(2) },
  );
  if (headerRow !== ROW.missionsHeader) throw new Error("Paramètres layout drifted");

  for (const m of MISSIONS) {
    const funded = version ? isFunded(version, m.key) : true;
    const retained = choices.missions.includes(m.key);
    b.row(
      `param:mission:${m.key}`,
      [
        { value: m.shortLabel, role: "label" },
        { value: m.category === "socle" ? L.categorySocle : L.categoryComplementaire, role: "label" },
        { value: yesNo(retained), role: "input" },
        m.key === "acces" ? { value: yesNo(choices.snp), role: "input" } : { value: C.notApplicable, role: "computed" },
        funded ? undefined : { value: L.absentFromGrid(versionId), role: "note" },
      ],
      win,
    );
  }
  const lastMissionRow = b.lastRow;
  b.row("param:missions:snp", [{ value: L.snpHelp, role: "note" }]);
  b.row("param:missions:regenerer", [{ value: L.regenerateNote, role: "note" }]);
  b.blank();
  const followUpTitle = b.row("param:suivi", [{ value: L.followUpTitle, role: "subtitle" }]);
  if (followUpTitle !== FOLLOW_UP_ROW.title) throw new Error("Paramètres layout drifted");
  const yearOverride = a1(COL.input, FOLLOW_UP_ROW.annee);
  b.row(
    "param:anneeContrat",
    [
      { value: L.anneeContrat, role: "label" },
      { formula: contractYearFormula(yearOverride), role: "computed", format: INTEGER_FORMAT },
      { value: null, role: "input", format: INTEGER_FORMAT },
      undefined,
      { value: L.anneeContratHelp, role: "note", wrap: true },
    ],
    { height: heightForLines(2) },
  );
  b.row(
    "param:criseReconnue",
    [{ value: L.criseReconnue, role: "label" }, { value: C.no, role: "input" }, undefined, undefined, { value: L.criseReconnueHelp, role: "note", wrap: true }],
    { height: heightForLines(2) },
  );
  b.row(
    "param:baseAvance",
    [
      { value: L.baseAvance, role: "label" },
      { value: ADVANCE_ON_FIXED, role: "input" },
      undefined,
      undefined,
      { value: L.baseAvanceHelp, role: "note", wrap: true },
    ],
    { height: heightForLines(2) },
  );
  b.flushOrphans(C.orphanRows);

  b.conditionalFormats.push(
    // Without a population nor a forced taille, the taille cell and its alert turn red.
    {
      range: rangeA1(COL.value, ROW.taille, COL.value, ROW.taille),
      formula: `=NOT(ISNUMBER(${taille}))`,
      fill: CF_COLORS.alertFill,
      fontColor: CF_COLORS.alertFont,
      bold: true,
    },
    {
      range: columnRange(COL.alert, ROW.taille, ROW.signature),
      formula: `=LEN(${a1(COL.alert, ROW.taille)})>0`,
      fill: CF_COLORS.alertFill,
      fontColor: CF_COLORS.alertFont,
    },
  );
  b.validations.push(
    // The shared population rule (src/domain/parseInput.ts): a whole number from 1 to 10 000 000, as in the pane, CPTS.TAILLE and --population.
    {
      range: a1(COL.value, ROW.population),
      type: "whole",
      min: 1,
      max: MAX_POPULATION,
      prompt: L.populationHelp,
      error: paneMessage(INPUT_EXPECTED.population.range),
    },
    { range: a1(COL.input, ROW.taille), type: "whole", min: 1, max: 4, prompt: L.tailleOverridePrompt, error: L.tailleOverrideError },
    { range: a1(COL.value, ROW.signature), type: "date", prompt: L.signatureHelp, error: C.dateError },
    { range: a1(COL.value, ROW.version), type: "list", values: GRID_VERSIONS.map((v) => v.id), error: C.listError },
    { range: a1(COL.value, ROW.taux), type: "decimal", min: 0, max: 1, error: L.tauxError },
    { range: a1(COL.input, ROW.dateReference), type: "date", prompt: L.dateReferenceHelp, error: C.dateError },
    { range: columnRange(MISSION_COL.retained, FIRST_MISSION_ROW, lastMissionRow), type: "list", values: [C.yes, C.no], error: C.listError },
    { range: snpAddress().replace(/\$/g, ""), type: "list", values: [C.yes, C.no], error: C.listError },
    { range: yearOverride, type: "whole", min: 1, max: 5, prompt: L.anneeContratPrompt, error: L.anneeContratError },
    { range: a1(COL.value, FOLLOW_UP_ROW.crise), type: "list", values: [C.yes, C.no], error: C.listError },
    { range: a1(COL.value, FOLLOW_UP_ROW.avance), type: "list", values: L.baseAvanceChoices, error: C.listError },
  );

  const sheet = sheetPlanFrom(b, {
    key: "parametres",
    name: SHEET_NAMES.parametres,
    columns: [{ width: 4, hidden: true }, { width: 42 }, { width: 22 }, { width: 22 }, { width: 20 }, { width: 100 }],
    freeze: { rows: 3, columns: 0 },
    tables: [{ name: "CPTS_Missions", range: `B${ROW.missionsHeader}:E${lastMissionRow}`, style: "TableStyleLight9" }],
    tabColor: TAB_COLORS.parametres,
  });
  const names: NamePlan[] = Object.entries(PARAMETRES_NAMES).map(([name, address]) => ({ name, sheet: "parametres", address }));
  return { sheet, names };
}
