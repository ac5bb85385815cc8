/**
 * The Contrôles area under the budget's synthesis: the checks treasurers need beyond "dépenses =
 * ressources", each a native formula with a conditional format, and listed as a
 * ControlPlan for the task pane. The rules are the domain's (src/domain/checks.ts): each verdict and
 * its conditional format are built from the rule's comparison, threshold, level and French verdicts,
 * never retyped here; test/sheets/budgetControls.test.ts evaluates them against the domain functions.
 */
import { AUDITOR_RULE, AciGridVersion, CHECK_MESSAGES as V, ENVELOPE_RULE, REPARTITION_RULE, SOCLE_LEVEL, ThresholdRule, mission } from "../domain";
import { a1, columnRange } from "./addresses";
import type { SheetBuilder } from "./builder";
import type { BudgetBlockCells } from "./budget";
import type { GrilleAnchors } from "./grille";
import { BUDGET_LABELS as L, COMMON_LABELS as C } from "./labels";
import { missionRateFormula } from "./missionRates";
import { missionRetainedAddress, snpAddress } from "./parametres";
import type { CellPlan, ColumnPlan, ControlPlan } from "./plan";
import { excelString, sheetRef } from "./references";
import { heightForTexts } from "./rowHeights";
import { CF_COLORS, EURO_FORMAT } from "./styles";

const COL = { label: 1, detail: 2, amount: 3, control: 4 } as const;
const euro = (formula: string): CellPlan => ({ formula, role: "computed", format: EURO_FORMAT });

/** When `rule` fails for the amount in `ref`, as a formula expression: the domain's comparison (breaches) spelled for Excel. */
export function ruleCondition(rule: ThresholdRule, ref: string): string {
  return `${rule.absolute ? `ABS(${ref})` : ref}${rule.operator}${rule.threshold}`;
}

/** A socle mission is not retained when its Paramètres cell is anything but « Oui ». */
export function socleMissingCondition(retainedCell: string): string {
  return `${retainedCell}<>${excelString(C.yes)}`;
}

/** The verdict cell: the failing verdict when `condition` holds, else the passing one. */
export function verdictFormula(condition: string, failing: string, passing: string): string {
  return `=IF(${condition},${excelString(failing)},${excelString(passing)})`;
}

/**
 * When a block or the synthesis is not « Équilibré » (balanceStatus with no tolerance): the gap to
 * the cent is not 0 — the comparison of the verdict's native twin (nativeVerdicts.ts), so the red
 * fill and the words agree; a sub-cent gap is balanced in both.
 */
export function unbalancedCondition(depenses: string, ressources: string): string {
  return `ROUND(ABS(${ressources}-${depenses})*100,0)<>0`;
}

/** envelopeExcess(charges, resources) of the domain: the excess to the cent, 0 when covered. */
export function envelopeExcessFormula(charges: string, resources: string): string {
  return `=MAX(0,ROUND(${charges}-${resources},2))`;
}

/**
 * Writes the controls for the blocks counted in the totals (dropped blocks kept for their data are not
 * checked). `columns` are the sheet's widths: each row is as tall as its detail or its longest verdict.
 */
export function planBudgetControls(
  b: SheetBuilder,
  counted: readonly BudgetBlockCells[],
  grille: GrilleAnchors,
  version: AciGridVersion,
  columns: readonly ColumnPlan[],
): void {
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
  b.row(
    "ctrl:entetes",
    L.controlsHeaders.map((h) => ({ value: h, role: "header" as const })),
  );
  /** The conditional format shows the same condition as the verdict, on the row's absolute amount. */
  const alert = (row: number, condition: string): void => {
    b.conditionalFormats.push({
      range: columnRange(COL.control, row, row),
      formula: `=${condition}`,
      fill: CF_COLORS.alertFill,
      fontColor: CF_COLORS.alertFont,
      bold: true,
    });
  };
  for (const block of counted) {
    const r = b.nextRow;
    const excess = a1(COL.amount, r);
    b.row(
      `ctrl:enveloppe:${block.key}`,
      [
        { value: L.envelope(block.title), role: "label", wrap: true },
        { value: L.envelopeDetail, role: "note", wrap: true },
        euro(envelopeExcessFormula(block.totalDepenses, block.totalRessources)),
        { formula: verdictFormula(ruleCondition(ENVELOPE_RULE, excess), V.envelopeExceeded, V.envelopeOk), role: "flag", wrap: true },
      ],
      height(L.envelopeDetail, [V.envelopeExceeded, V.envelopeOk]),
    );
    alert(r, ruleCondition(ENVELOPE_RULE, a1(COL.amount, r, true)));
    control({ kind: "enveloppe", level: ENVELOPE_RULE.level, address: a1(COL.control, r), subject: block.title, okVerdicts: [V.envelopeOk] });
  }
  const b1A = counted.find((x) => x.key === "1A");
  const b1B = counted.find((x) => x.key === "1B");
  if (b1A && b1B) {
    const ref = (item: "acces", volet: "fixe" | "variable" | "compensation" | "supplementaire"): string | undefined => {
      const address = grille.contract(item, volet);
      return address ? sheetRef("grille", address) : undefined;
    };
    const contractParts = [
      ref("acces", "fixe"),
      ref("acces", "variable") && `${ref("acces", "variable")}*${missionRateFormula("acces")}`,
      ref("acces", "compensation"),
    ].filter(Boolean);
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
        { formula: verdictFormula(ruleCondition(REPARTITION_RULE, a1(COL.amount, r)), V.repartitionKo, V.repartitionOk), role: "flag", wrap: true },
      ],
      height(L.repartitionDetail, [V.repartitionOk, V.repartitionKo]),
    );
    alert(r, ruleCondition(REPARTITION_RULE, a1(COL.amount, r, true)));
    control({ kind: "repartition", level: REPARTITION_RULE.level, address: a1(COL.control, r), subject: L.repartition, okVerdicts: [V.repartitionOk] });
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
        { formula: verdictFormula(socleMissingCondition(retainedCell), V.socleMissing(label), V.socleRetained(label)), role: "flag", wrap: true },
      ],
      height(label, [V.socleRetained(label), V.socleMissing(label)]),
    );
    alert(r, socleMissingCondition(retainedCell));
    control({ kind: "socle", level: SOCLE_LEVEL, address: a1(COL.control, r), subject: label, okVerdicts: [V.socleRetained(label)] });
  }
  const rAuditor = b.nextRow;
  const firCells = counted.map((x) => x.fir);
  b.row(
    "ctrl:commissaire",
    [
      { value: L.auditor, role: "label" },
      { value: L.auditorDetail, role: "note", wrap: true },
      euro(`=CPTS_TotalACI${firCells.map((c) => `+${c}`).join("")}`),
      { formula: verdictFormula(ruleCondition(AUDITOR_RULE, a1(COL.amount, rAuditor)), V.auditorRequired, V.auditorNotRequired), role: "flag", wrap: true },
    ],
    height(L.auditorDetail, [V.auditorRequired, V.auditorNotRequired]),
  );
  alert(rAuditor, ruleCondition(AUDITOR_RULE, a1(COL.amount, rAuditor, true)));
  control({ kind: "commissaire", level: AUDITOR_RULE.level, address: a1(COL.control, rAuditor), subject: L.auditor, okVerdicts: [V.auditorNotRequired] });
}
