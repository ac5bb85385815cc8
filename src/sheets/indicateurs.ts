/**
 * Indicateurs (issue 10): per retained mission, the indicators negotiated with the Assurance Maladie
 * (pre-filled with the seeds' examples, src/domain/indicators.ts), their measures at each contract
 * year's two follow-up meetings, each indicator's attainment and the amount it earns, and each
 * mission's attainment, published as CPTS_Atteinte<Mission> (missionRates.ts): the Grille ACI and
 * the budget pay the mission's variable volet with it instead of the global taux.
 * The columns and row formulas are in indicateursFormulas.ts, the mission summary in indicateursSummary.ts.
 */
import { MISSIONS, Mission } from "../domain";
import { EXAMPLE_INDICATORS, ExampleIndicator } from "../domain/indicators";
import { a1, columnRange, rangeA1 } from "./addresses";
import { Cells, SheetBuilder, sheetPlanFrom } from "./builder";
import type { GrilleAnchors } from "./grille";
import { COL, PALIERS, YEARS, computedCells, controleAlert, measureCol, meetingMonths, seuilCol, suiviAlert } from "./indicateursFormulas";
import { INDICATEURS_LABELS as L } from "./indicateursLabels";
import { planMissionSummary } from "./indicateursSummary";
import { COMMON_LABELS as C } from "./labels";
import { missionAttainmentName } from "./missionRates";
import { ColumnPlan, ControlPlan, NamePlan, SHEET_NAMES, SheetCarryOver, SheetPlan, SummaryPlan, WorkbookChoices, sheetMarker } from "./plan";
import { heightForTexts } from "./rowHeights";
import { CF_COLORS, DATE_FORMAT, EURO_FORMAT, PERCENT_FORMAT, TAB_COLORS } from "./styles";

const COLUMNS: readonly ColumnPlan[] = [
  { width: 4, hidden: true },
  { width: 22 },
  { width: 50 },
  { width: 12 },
  { width: 10 },
  { width: 9 },
  { width: 11 },
  { width: 11 },
  { width: 13 },
  { width: 10 },
  ...Array.from({ length: 2 * PALIERS }, () => ({ width: 9 })),
  ...YEARS.flatMap(() => [{ width: 11 }, { width: 11 }]),
  { width: 11 },
  { width: 10 },
  { width: 13 },
  { width: 13 },
  { width: 36 },
  { width: 29 },
];

/** Row key of a mission's example indicator (1-based), or of its empty row when the seeds give none. */
export function indicatorRowKey(mission: Mission["key"], index: number | "libre"): string {
  return `ind:${mission}:${index}`;
}

const LONGEST_VERDICT = Object.values(L.verdicts).reduce((a, b) => (b.length > a.length ? b : a));

function headerCells(): Cells {
  const h = L.headers;
  const texts: string[] = [h.mission, h.indicateur, h.nature, h.financier, h.sens, h.depart, h.cible, h.part, h.regle];
  for (let k = 1; k <= PALIERS; k++) texts.push(h.seuil(k), h.partPalier(k));
  for (const y of YEARS) texts.push(h.mesure(y, 1), h.mesure(y, 2));
  texts.push(h.retenue, h.atteinte, h.ponderee, h.montant, h.controle, h.suivi);
  return texts.map((value) => ({ value, role: "header" as const, wrap: true }));
}

function datesCells(): Cells {
  const cells: Cells = [];
  cells[COL.indicateur - 1] = { value: L.datesLabel, role: "label" };
  for (const y of YEARS) {
    for (const meeting of [1, 2] as const) {
      cells[measureCol(y, meeting) - 1] = { formula: `=EDATE(CPTS_Signature,${meetingMonths(y, meeting)})`, role: "input", format: DATE_FORMAT };
    }
  }
  return cells;
}

function indicatorCells(row: number, datesRow: number, missionLabel: string, example: ExampleIndicator | undefined): Cells {
  const cells = computedCells(row, datesRow, missionLabel);
  const input = (col: number, value: string | null, extra: { format?: string; wrap?: boolean } = {}): void => {
    cells[col - 1] = { value, role: "input", ...extra };
  };
  input(COL.indicateur, example?.indicateur ?? L.emptyRow, { wrap: true });
  input(COL.nature, example?.nature ?? L.natureList[0]);
  input(COL.financier, example?.financier === false ? C.no : C.yes);
  input(COL.sens, example?.sens ?? L.sensList[0]);
  input(COL.depart, null);
  input(COL.cible, null);
  input(COL.part, null, { format: EURO_FORMAT });
  input(COL.regle, L.rules[0]);
  for (let k = 1; k <= PALIERS; k++) {
    input(seuilCol(k), null);
    input(seuilCol(k) + 1, null, { format: PERCENT_FORMAT });
  }
  for (const y of YEARS) for (const meeting of [1, 2] as const) input(measureCol(y, meeting), null);
  return cells;
}

export function planIndicateurs(
  choices: WorkbookChoices,
  grille: GrilleAnchors,
  carry?: SheetCarryOver,
): { sheet: SheetPlan; names: NamePlan[]; controls: ControlPlan[]; summaries: SummaryPlan[] } {
  const b = new SheetBuilder(carry);
  b.row(sheetMarker("indicateurs"), [{ value: L.title, role: "title" }]);
  b.row("ind:intro", [{ value: L.intro, role: "note" }]);
  b.row("ind:regle", [{ value: L.rule, role: "note" }]);
  b.row("ind:legende", [{ value: L.legend, role: "note" }]);
  const datesRow = b.row("ind:dates", datesCells());
  const headerRow = b.row("ind:entetes", headerCells(), { height: 45 });

  const names: NamePlan[] = [];
  const summaries: SummaryPlan[] = [];
  const blocks: { first: number; last: number }[] = [];
  for (const m of MISSIONS) {
    const retained = choices.missions.includes(m.key);
    const before = b.mark();
    const title = `${m.number ? `Mission ${m.number} - ` : ""}${m.shortLabel}`;
    // A bar over the whole width, as the Grille's mission titles: the text runs over the empty cells.
    const bar: Cells = Array.from({ length: COL.suivi }, () => ({ value: null, role: retained ? ("subtitle" as const) : ("warning" as const) }));
    bar[0] = { value: retained ? title : `${title} — ${C.missionDropped}`, role: retained ? "subtitle" : "warning" };
    b.row(`ind:${m.key}`, bar);
    const label = retained ? m.shortLabel : `${m.shortLabel} — ${C.missionDropped}`;
    const examples: (ExampleIndicator | undefined)[] = EXAMPLE_INDICATORS[m.key].length ? [...EXAMPLE_INDICATORS[m.key]] : [undefined];
    const first = b.nextRow;
    examples.forEach((example, i) => {
      const row = b.nextRow;
      const subject = `${m.shortLabel} : ${example?.indicateur ?? L.emptyRow}`;
      const controls = (r: number, about: string): void => {
        if (!retained) return;
        // "" is an indicator not in use yet (no départ, part nor measure): nothing to check.
        b.controls.push(
          { kind: "indicateur", level: "warning", sheet: "indicateurs", address: a1(COL.controle, r), subject: about, okVerdicts: [L.verdicts.ok, ""] },
          { kind: "indicateur", level: "warning", sheet: "indicateurs", address: a1(COL.suivi, r), subject: about, problemPrefix: C.latePrefix },
        );
      };
      controls(row, subject);
      const height = heightForTexts([
        { text: example?.indicateur ?? L.emptyRow, width: COLUMNS[COL.indicateur].width },
        { text: label, width: COLUMNS[COL.mission].width },
        { text: LONGEST_VERDICT, width: COLUMNS[COL.controle].width, bold: true },
      ]);
      b.row(indicatorRowKey(m.key, example ? i + 1 : "libre"), indicatorCells(row, datesRow, label, example), {
        height,
        addedRowCells: (added) => computedCells(added, datesRow, label),
        onAddedRow: (added) => controls(added, `${m.shortLabel} : ${L.addedIndicator(added)}`),
      });
    });
    const last = b.lastRow;
    const summary = planMissionSummary(b, m, first, last, grille);
    if (retained) {
      b.controls.push({ ...summary.partsControl, sheet: "indicateurs" });
      summaries.push(
        {
          section: "indicateurs",
          sheet: "indicateurs",
          address: a1(summary.valueCol, summary.atteinteRow),
          label: L.summaryLabel(m.shortLabel, "atteinte"),
          format: "percent",
        },
        {
          section: "indicateurs",
          sheet: "indicateurs",
          address: a1(summary.valueCol, summary.estimeeRow),
          label: L.summaryLabel(m.shortLabel, "estimee"),
          format: "euro",
        },
      );
    }
    b.blank();
    // A dropped mission keeps its rows only when they hold the user's data (like the budget's blocks).
    if (!retained && !b.userDataSince(before)) {
      b.rollback(before);
      continue;
    }
    names.push({ name: missionAttainmentName(m.key), sheet: "indicateurs", address: a1(summary.valueCol, summary.atteinteRow, true) });
    blocks.push({ first, last });
  }
  const lastTableRow = b.lastRow;
  const missing = MISSIONS.filter((m) => !names.some((n) => n.name === missionAttainmentName(m.key)));
  if (missing.length) {
    // Missions without a block still need their name (the Grille reads it): "" = the global taux.
    const row = b.row("ind:nonretenues", [undefined, { value: L.notRetained, role: "note" }, { formula: '=""', role: "computed" }]);
    for (const m of missing) names.push({ name: missionAttainmentName(m.key), sheet: "indicateurs", address: a1(COL.nature, row, true) });
  }
  b.flushOrphans(C.orphanRows);

  for (const { first, last } of blocks) pushValidations(b, first, last);
  // The followed year's two measure columns in green: its dates and titles, and the indicator rows.
  for (const y of YEARS) {
    for (const [from, to] of [[datesRow, headerRow], ...blocks.map((x) => [x.first, x.last])]) {
      b.conditionalFormats.push({
        range: rangeA1(measureCol(y, 1), from, measureCol(y, 2), to),
        formula: `=CPTS_AnneeContrat=${y}`,
        fill: CF_COLORS.highlightFill,
        fontColor: CF_COLORS.highlightFont,
      });
    }
  }
  // The verdicts in red when they flag something (no mission block: no range to colour).
  const first = headerRow + 1;
  if (lastTableRow >= first) {
    b.conditionalFormats.push(
      { range: columnRange(COL.controle, first, lastTableRow), formula: controleAlert(first), fill: CF_COLORS.alertFill, fontColor: CF_COLORS.alertFont },
      { range: columnRange(COL.suivi, first, lastTableRow), formula: suiviAlert(first), fill: CF_COLORS.alertFill, fontColor: CF_COLORS.alertFont },
    );
  }
  b.validations.push({ range: rangeA1(COL.mesure1, datesRow, measureCol(YEARS.length, 2), datesRow), type: "date", error: L.validation.date });

  const sheet = sheetPlanFrom(b, {
    key: "indicateurs",
    name: SHEET_NAMES.indicateurs,
    columns: COLUMNS.map((c) => ({ ...c })),
    freeze: { rows: headerRow, columns: COL.indicateur + 1 },
    tabColor: TAB_COLORS.indicateurs,
  });
  return { sheet, names, controls: b.controls, summaries };
}

function pushValidations(b: SheetBuilder, first: number, last: number): void {
  const V = L.validation;
  const col = (c: number): string => columnRange(c, first, last);
  b.validations.push(
    { range: col(COL.nature), type: "list", values: L.natureList, error: V.nature },
    { range: col(COL.financier), type: "list", values: [C.yes, C.no], error: V.financier },
    { range: col(COL.sens), type: "list", values: L.sensList, error: V.sens },
    { range: col(COL.regle), type: "list", values: L.rules, error: V.regle },
    { range: rangeA1(COL.depart, first, COL.cible, last), type: "decimal", error: V.value },
    { range: col(COL.part), type: "decimal", min: 0, error: V.part },
    { range: rangeA1(COL.mesure1, first, measureCol(YEARS.length, 2), last), type: "decimal", error: V.value },
  );
  for (let k = 1; k <= PALIERS; k++) {
    b.validations.push(
      { range: col(seuilCol(k)), type: "decimal", prompt: V.seuilPrompt, error: V.value },
      { range: col(seuilCol(k) + 1), type: "decimal", min: 0, max: 1, error: V.partPalier },
    );
  }
}
