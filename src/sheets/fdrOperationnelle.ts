/**
 * FdR Opérationnelle: Fiche 3's phase opérationnelle, pre-filled per retained mission with the
 * seeds' example actions, deadlines as EDATE formulas from CPTS_Signature (calendrier de
 * déploiement, seeds 004/001), and a 36-month Gantt band drawn by conditional formatting.
 */
import { AVANCEMENTS, MISSIONS, Mission, ROADMAP_COLUMN_HINTS } from "../domain";
import { a1, a1ColAbs, a1RowAbs, columnRange, rangeA1 } from "./addresses";
import { Cells, SheetBuilder, sheetPlanFrom } from "./builder";
import { COMMON_LABELS as C, FDR_OPERATIONNELLE_LABELS as L } from "./labels";
import { CellPlan, ControlPlan, SHEET_NAMES, SheetCarryOver, SheetPlan, WorkbookChoices, sheetMarker } from "./plan";
import { lateConditionFormula, retardFormula } from "./roadmapFlags";
import { CF_COLORS, DATE_FORMAT, EURO_FORMAT, MONTH_FORMAT, TAB_COLORS } from "./styles";

const COL = {
  mission: 1,
  objectif: 2,
  action: 3,
  demarrage: 4,
  deploiement: 5,
  responsable: 6,
  moyens: 7,
  budget: 8,
  indicateurs: 9,
  avancement: 10,
  commentaires: 11,
  alerte: 12,
  gantt: 13,
} as const;
export const GANTT_MONTHS = 36;

/** Row key of a mission's example action (1-based index): stable across regenerations. */
export function operationalRowKey(mission: Mission["key"], index: number): string {
  return `op:${mission}:${index}`;
}

function deadlineCell(months: number | null): CellPlan {
  return months === null
    ? { value: L.noDeadline, role: "computed", wrap: true }
    : { formula: `=EDATE(CPTS_Signature,${months})`, role: "computed", format: DATE_FORMAT };
}

export function planFdrOperationnelle(
  choices: WorkbookChoices,
  carry?: SheetCarryOver,
): { sheet: SheetPlan; controls: ControlPlan[]; missionsShown: Mission["key"][] } {
  const b = new SheetBuilder(carry);
  b.row(sheetMarker("fdrOperationnelle"), [{ value: L.title, role: "title" }]);
  b.row("op:note", [{ value: L.ganttNote, role: "note" }]);
  const hints: Cells = [];
  hints[COL.responsable - 1] = { value: ROADMAP_COLUMN_HINTS.responsable, role: "note", wrap: true };
  hints[COL.moyens - 1] = { value: ROADMAP_COLUMN_HINTS.moyens, role: "note", wrap: true };
  hints[COL.budget - 1] = { value: ROADMAP_COLUMN_HINTS.budget, role: "note", wrap: true };
  hints[COL.indicateurs - 1] = { value: ROADMAP_COLUMN_HINTS.indicateurs, role: "note", wrap: true };
  // The Gantt's title as one bar over its 36 month columns (the text runs over the empty cells).
  for (let n = 0; n < GANTT_MONTHS; n++) hints[COL.gantt - 1 + n] = { value: n === 0 ? L.ganttTitle : null, role: "subtitle" };
  b.row("op:consignes", hints, { height: 45 });
  const headerRow = b.nextRow;
  const monthHeaders: Cells = Array.from({ length: GANTT_MONTHS }, (_, n) => ({
    formula: `=EDATE(CPTS_Signature,${n})`,
    role: "header" as const,
    format: MONTH_FORMAT,
  }));
  b.row("op:entetes", [...L.headers.map((h) => ({ value: h, role: "header" as const, wrap: true })), ...monthHeaders], { height: 30 });

  const alertOnly = (row: number): Cells => {
    const cells: Cells = [];
    cells[COL.alerte - 1] = { formula: retardFormula(COL.deploiement, COL.avancement, row), role: "flag" };
    return cells;
  };
  const shown: Mission["key"][] = [];
  for (const m of MISSIONS) {
    const retained = choices.missions.includes(m.key);
    const before = b.mark();
    // Late milestones of a dropped mission are not the treasurer's concern: no control for them.
    const lateControl = (row: number, subject: string): void => {
      if (retained)
        b.controls.push({ kind: "retard", level: "warning", sheet: "fdrOperationnelle", address: a1(COL.alerte, row), subject, problemPrefix: C.latePrefix });
    };
    m.exampleActions.forEach((action, i) => {
      const row = b.nextRow;
      lateControl(row, `${m.shortLabel} : ${action.action}`);
      b.row(
        operationalRowKey(m.key, i + 1),
        [
          retained ? { value: m.shortLabel, role: "label", wrap: true } : { value: `${m.shortLabel} — ${C.missionDropped}`, role: "warning", wrap: true },
          { value: action.objectif, role: "label", wrap: true },
          { value: action.action, role: "label", wrap: true },
          deadlineCell(m.deadlineMonths.demarrage),
          deadlineCell(m.deadlineMonths.deploiement),
          { value: null, role: "input", wrap: true },
          { value: action.moyens ?? null, role: "input", wrap: true },
          { value: null, role: "input", format: EURO_FORMAT },
          { value: action.indicateur ?? null, role: "input", wrap: true },
          { value: AVANCEMENTS[0], role: "input" },
          { value: i === 0 && m.deadlineNote ? m.deadlineNote : null, role: "input", wrap: true },
          { formula: retardFormula(COL.deploiement, COL.avancement, row), role: "flag" },
        ],
        { addedRowCells: alertOnly, onAddedRow: (added) => lateControl(added, `${m.shortLabel} : ${C.addedAction(added)}`) },
      );
    });
    // A mission dropped from the selection keeps its rows only when they hold the user's data.
    if (!retained && !b.userDataSince(before)) b.rollback(before);
    else if (b.lastRow > before.rows) shown.push(m.key);
  }
  if (b.lastRow === headerRow) b.row("op:aucune", [{ value: L.noMission, role: "note" }]);
  const first = headerRow + 1;
  const last = b.lastRow;
  b.flushOrphans(C.orphanRows);

  b.validations.push(
    { range: columnRange(COL.avancement, first, last), type: "list", values: AVANCEMENTS, error: C.listError },
    { range: columnRange(COL.budget, first, last), type: "decimal", min: 0, error: C.amountError },
  );
  const lastGantt = COL.gantt + GANTT_MONTHS - 1;
  const month = a1RowAbs(COL.gantt, headerRow);
  const start = a1ColAbs(COL.demarrage, first);
  const end = a1ColAbs(COL.deploiement, first);
  b.conditionalFormats.push(
    {
      range: rangeA1(COL.gantt, first, lastGantt, last),
      // A month is coloured when it overlaps [démarrage, déploiement).
      formula: `=AND(ISNUMBER(${start}),ISNUMBER(${end}),${month}<${end},EDATE(${month},1)>${start})`,
      fill: CF_COLORS.ganttFill,
    },
    {
      range: rangeA1(COL.deploiement, first, COL.alerte, last),
      formula: lateConditionFormula(COL.deploiement, COL.avancement, first),
      fill: CF_COLORS.alertFill,
      fontColor: CF_COLORS.alertFont,
    },
  );
  const sheet = sheetPlanFrom(b, {
    key: "fdrOperationnelle",
    name: SHEET_NAMES.fdrOperationnelle,
    columns: [
      { width: 4, hidden: true },
      { width: 24 },
      { width: 32 },
      { width: 42 },
      { width: 15 },
      { width: 15 },
      { width: 20 },
      { width: 30 },
      { width: 13 },
      { width: 36 },
      { width: 16 },
      { width: 30 },
      { width: 22 },
      ...Array.from({ length: GANTT_MONTHS }, () => ({ width: 6 })),
    ],
    freeze: { rows: headerRow, columns: COL.action + 1 },
    tables: [{ name: "CPTS_FdrOperationnelle", range: rangeA1(COL.mission, headerRow, COL.alerte, last), style: "TableStyleLight9" }],
    tabColor: TAB_COLORS.roadmap,
  });
  return { sheet, controls: b.controls, missionsShown: shown };
}
