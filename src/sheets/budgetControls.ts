/**
 * The Contrôles area under the budget's synthesis: the checks treasurers need beyond "dépenses =
 * ressources" (SPEC section 2), each a native formula with a conditional format, and listed as a
 * ControlPlan for the task pane.
 */
import { AciGridVersion, COMMISSAIRE_AUX_COMPTES_THRESHOLD, mission } from "../domain";
import { a1, columnRange } from "./addresses";
import type { SheetBuilder } from "./builder";
import type { BudgetBlockCells } from "./budget";
import type { GrilleAnchors } from "./grille";
import { BUDGET_LABELS as L, COMMON_LABELS as C } from "./labels";
import { missionRetainedAddress, snpAddress } from "./parametres";
import type { CellPlan, ColumnPlan, ControlPlan } from "./plan";
import { excelString, sheetRef } from "./references";
import { heightForTexts } from "./rowHeights";
import { CF_COLORS, EURO_FORMAT } from "./styles";

const COL = { label: 1, detail: 2, amount: 3, control: 4 } as const;
const euro = (formula: string): CellPlan => ({ formula, role: "computed", format: EURO_FORMAT });

/**
 * Writes the controls for the blocks counted in the totals (dropped blocks kept for their data are not
 * checked). `columns` are the sheet's widths: each row is as tall as its detail or its longest verdict.
 */
export function planBudgetControls(b: SheetBuilder, counted: readonly BudgetBlockCells[], grille: GrilleAnchors, version: AciGridVersion, columns: readonly ColumnPlan[]): void {
  const control = (c: Omit<ControlPlan, "sheet">): void => {
    b.controls.push({ ...c, sheet: "budget" });
  };
  const height = (detail: string, verdicts: readonly string[]): { height: number } => ({
    height: heightForTexts([
      { text: detail, width: columns[COL.detail].width },
      ...verdicts.map((text) => ({ text, width: columns[COL.control].width, bold: true })),
    ]),
  });
  b.row("ctrl:titre", [{ value: L.controlsTitle, role: "title" }]);
  b.row("ctrl:entetes", L.controlsHeaders.map((h) => ({ value: h, role: "header" as const })));
  const alert = (row: number, condition: string): void => {
    b.conditionalFormats.push({ range: columnRange(COL.control, row, row), formula: condition, fill: CF_COLORS.alertFill, fontColor: CF_COLORS.alertFont, bold: true });
  };
  for (const block of counted) {
    const r = b.nextRow;
    const excess = a1(COL.amount, r);
    b.row(
      `ctrl:enveloppe:${block.key}`,
      [
        { value: L.envelope(block.title), role: "label", wrap: true },
        { value: L.envelopeDetail, role: "note", wrap: true },
        euro(`=MAX(0,${block.totalDepenses}-${block.totalRessources})`),
        { formula: `=IF(${excess}>0,${excelString(L.envelopeKo)},${excelString(L.envelopeOk)})`, role: "flag", wrap: true },
      ],
      height(L.envelopeDetail, [L.envelopeKo, L.envelopeOk]),
    );
    alert(r, `=${a1(COL.amount, r, true)}>0`);
    control({ kind: "enveloppe", level: "warning", address: a1(COL.control, r), subject: block.title, okVerdicts: [L.envelopeOk] });
  }
  const b1A = counted.find((x) => x.key === "1A");
  const b1B = counted.find((x) => x.key === "1B");
  if (b1A && b1B) {
    const ref = (item: "acces", volet: "fixe" | "variable" | "compensation" | "supplementaire"): string | undefined => {
      const address = grille.contract(item, volet);
      return address ? sheetRef("grille", address) : undefined;
    };
    const contractParts = [ref("acces", "fixe"), ref("acces", "variable") && `${ref("acces", "variable")}*CPTS_TauxAtteinte`, ref("acces", "compensation")].filter(Boolean);
    const sup = ref("acces", "supplementaire");
    if (sup) contractParts.push(`IF(${sheetRef("parametres", snpAddress())}=${excelString(C.yes)},${sup},0)`);
    const allocated = [b1A.aciFixed, b1A.aciVariable, b1B.aciFixed, b1B.aciVariable].filter(Boolean).join("+");
    const r = b.nextRow;
    b.row(
      "ctrl:repartition",
      [
        { value: L.repartition, role: "label" },
        { value: L.repartitionDetail, role: "note", wrap: true },
        euro(`=(${allocated})-(${contractParts.join("+") || "0"})`),
        { formula: `=IF(ABS(${a1(COL.amount, r)})<0.005,${excelString(L.repartitionOk)},${excelString(L.repartitionKo)})`, role: "flag", wrap: true },
      ],
      height(L.repartitionDetail, [L.repartitionOk, L.repartitionKo]),
    );
    alert(r, `=ABS(${a1(COL.amount, r, true)})>=0.005`);
    control({ kind: "repartition", level: "error", address: a1(COL.control, r), subject: L.repartition, okVerdicts: [L.repartitionOk] });
  }
  for (const key of version.socles) {
    const label = mission(key).shortLabel;
    const r = b.nextRow;
    const retainedCell = sheetRef("parametres", missionRetainedAddress(key));
    b.row(
      `ctrl:socle:${key}`,
      [
        { value: L.socle, role: "label" },
        { value: label, role: "note", wrap: true },
        undefined,
        { formula: `=IF(${retainedCell}=${excelString(C.yes)},${excelString(L.socleRetained(label))},${excelString(L.socleMissing(label))})`, role: "flag", wrap: true },
      ],
      height(label, [L.socleRetained(label), L.socleMissing(label)]),
    );
    alert(r, `=${retainedCell}<>${excelString(C.yes)}`);
    control({ kind: "socle", level: "warning", address: a1(COL.control, r), subject: label, okVerdicts: [L.socleRetained(label)] });
  }
  const rAuditor = b.nextRow;
  const firCells = counted.map((x) => x.fir);
  b.row(
    "ctrl:commissaire",
    [
      { value: L.auditor, role: "label" },
      { value: L.auditorDetail, role: "note", wrap: true },
      euro(`=CPTS_TotalACI${firCells.map((c) => `+${c}`).join("")}`),
      {
        formula: `=IF(${a1(COL.amount, rAuditor)}>${COMMISSAIRE_AUX_COMPTES_THRESHOLD},${excelString(L.auditorRequired)},${excelString(L.auditorNotRequired)})`,
        role: "flag",
        wrap: true,
      },
    ],
    height(L.auditorDetail, [L.auditorRequired, L.auditorNotRequired]),
  );
  alert(rAuditor, `=${a1(COL.amount, rAuditor, true)}>${COMMISSAIRE_AUX_COMPTES_THRESHOLD}`);
  control({ kind: "commissaire", level: "warning", address: a1(COL.control, rAuditor), subject: L.auditor, okVerdicts: [L.auditorNotRequired] });
}
