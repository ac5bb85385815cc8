/** FdR Élaboration: Fiche 3's phase d'élaboration (seed 000), its ten chantiers verbatim, with follow-up columns. */
import { AVANCEMENTS, ELABORATION_ROWS, ROADMAP_COLUMN_HINTS } from "../domain";
import { a1, columnRange, rangeA1 } from "./addresses";
import { SheetBuilder, sheetPlanFrom } from "./builder";
import { COMMON_LABELS as C, FDR_ELABORATION_LABELS as L } from "./labels";
import { ControlPlan, SHEET_NAMES, SheetCarryOver, SheetPlan, sheetMarker } from "./plan";
import { lateConditionFormula, retardFormula } from "./roadmapFlags";
import { CF_COLORS, DATE_FORMAT, TAB_COLORS } from "./styles";

const COL = { etape: 1, chantier: 2, actions: 3, responsable: 4, echeance: 5, moyens: 6, vigilance: 7, avancement: 8, alerte: 9 } as const;

export function planFdrElaboration(carry?: SheetCarryOver): { sheet: SheetPlan; controls: ControlPlan[] } {
  const b = new SheetBuilder(carry);
  b.row(sheetMarker("fdrElaboration"), [{ value: L.title, role: "title" }]);
  b.row("elab:note", [{ value: L.alertNote, role: "note" }]);
  const hints: (string | undefined)[] = [];
  hints[COL.responsable - 1] = ROADMAP_COLUMN_HINTS.responsable;
  hints[COL.echeance - 1] = ROADMAP_COLUMN_HINTS.echeance;
  hints[COL.moyens - 1] = ROADMAP_COLUMN_HINTS.moyens;
  b.row(
    "elab:consignes",
    Array.from({ length: COL.alerte }, (_, i) => (hints[i] ? { value: hints[i]!, role: "note" as const, wrap: true } : undefined)),
    { height: 45 },
  );
  const header = b.row(
    "elab:entetes",
    L.headers.map((h) => ({ value: h, role: "header" as const, wrap: true })),
    { height: 30 },
  );

  const alertCells = (row: number) => {
    const cells = Array<undefined | { formula: string; role: "flag" }>(COL.alerte).fill(undefined);
    cells[COL.alerte - 1] = { formula: retardFormula(COL.echeance, COL.avancement, row), role: "flag" };
    return cells;
  };
  const lateControl = (row: number, subject: string): void => {
    b.controls.push({ kind: "retard", level: "warning", sheet: "fdrElaboration", address: a1(COL.alerte, row), subject, problemPrefix: C.latePrefix });
  };
  for (const r of ELABORATION_ROWS) {
    const row = b.nextRow;
    lateControl(row, r.chantier);
    b.row(
      `elab:${r.key}`,
      [
        { value: r.etape, role: "label", wrap: true },
        { value: r.chantier, role: "label", wrap: true },
        { value: r.actions, role: "label", wrap: true },
        { value: null, role: "input", wrap: true },
        { value: null, role: "input", format: DATE_FORMAT },
        { value: null, role: "input", wrap: true },
        { value: r.pointsDeVigilance, role: "label", wrap: true },
        { value: L.defaultAvancement, role: "input" },
        { formula: retardFormula(COL.echeance, COL.avancement, row), role: "flag" },
      ],
      { addedRowCells: alertCells, onAddedRow: (added) => lateControl(added, C.addedAction(added)) },
    );
  }
  const first = header + 1;
  const last = b.lastRow;
  b.flushOrphans(C.orphanRows);

  b.validations.push(
    { range: columnRange(COL.echeance, first, last), type: "date", prompt: ROADMAP_COLUMN_HINTS.echeance, error: C.dateError },
    { range: columnRange(COL.avancement, first, last), type: "list", values: AVANCEMENTS, prompt: L.avancementPrompt, error: C.listError },
  );
  b.conditionalFormats.push({
    range: rangeA1(COL.echeance, first, COL.alerte, last),
    formula: lateConditionFormula(COL.echeance, COL.avancement, first),
    fill: CF_COLORS.alertFill,
    fontColor: CF_COLORS.alertFont,
  });
  const sheet = sheetPlanFrom(b, {
    key: "fdrElaboration",
    name: SHEET_NAMES.fdrElaboration,
    columns: [
      { width: 4, hidden: true },
      { width: 28 },
      { width: 32 },
      { width: 48 },
      { width: 22 },
      { width: 14 },
      { width: 32 },
      { width: 44 },
      { width: 16 },
      { width: 22 },
    ],
    freeze: { rows: header, columns: 0 },
    tables: [{ name: "CPTS_FdrElaboration", range: rangeA1(COL.etape, header, COL.alerte, last), style: "TableStyleLight9" }],
    tabColor: TAB_COLORS.roadmap,
  });
  return { sheet, controls: b.controls };
}
