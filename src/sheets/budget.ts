/**
 * Budget prévisionnel (seed 001, "4 - Budget prévisionnel"): part 1 fonctionnement général, part 2
 * one block per retained mission, a synthesis, a chart and the treasurer's controls. ACI resources
 * are formulas on the Grille ACI's contract amounts that the user may overwrite (another 1A / 1B split).
 */
import {
  AciShare,
  BALANCE,
  BUDGET_BLOCKS,
  BudgetBlock,
  BudgetBlockKey,
  EXPENSE_LINES,
  FONCTIONNEMENT_INDEMNITES_HINT,
  MISSIONS,
  RESOURCE_LINES,
  findGridVersion,
} from "../domain";
import { a1, columnRange, rangeA1 } from "./addresses";
import { SheetBuilder, sheetPlanFrom } from "./builder";
import type { GrilleAnchors } from "./grille";
import { BUDGET_LABELS as L, COMMON_LABELS as C } from "./labels";
import { planBudgetControls, unbalancedCondition } from "./budgetControls";
import { missionAttainmentName, missionRateFormula } from "./missionRates";
import { equilibreFormula } from "./nativeVerdicts";
import { snpAddress } from "./parametres";
import { CellPlan, ChartPlan, ControlPlan, NamePlan, SHEET_NAMES, SheetCarryOver, SheetPlan, WorkbookChoices, sheetMarker } from "./plan";
import { excelString, sheetRef } from "./references";
import { CF_COLORS, EURO_FORMAT, TAB_COLORS } from "./styles";

const COL = { label: 1, hint: 2, amount: 3, control: 4, extra: 5 } as const;
// The Contrôle column is wide enough for a verdict on two lines (the controls' rows are sized from it).
const COLUMNS = [{ width: 4, hidden: true }, { width: 46 }, { width: 44 }, { width: 18 }, { width: 50 }, { width: 26 }] as const;

/** Where a planned block's figures are, for the synthesis, the controls and the tests. */
export interface BudgetBlockCells {
  key: BudgetBlockKey;
  title: string;
  /** False for a dropped mission kept because it holds user data: excluded from totals. */
  retained: boolean;
  totalDepenses: string;
  totalRessources: string;
  aciFixed: string;
  aciVariable?: string;
  fir: string;
  equilibre: string;
  /** The dépenses lines, in sheet order, user-added lines included (the Suivi budgétaire follows each). */
  depenses: BudgetLineCells[];
}

/** One dépenses line of a block: its cells, and where it sits among the keyed lines. */
export interface BudgetLineCells {
  /** The row key; "" for a line the user added. */
  key: string;
  /** The keyed expense line (EXPENSE_LINES key) it is, or the user's line follows. */
  line: string;
  /** 0 for the keyed line; 1, 2… for the user's lines added after it, in order. */
  rank: number;
  /** Absolute addresses on this sheet of the line's label and amount. */
  label: string;
  amount: string;
}

export function budgetRowKey(block: BudgetBlockKey, line: string): string {
  return `budget:${block}:${line}`;
}

const euro = (formula: string, role: CellPlan["role"] = "computed"): CellPlan => ({ formula, role, format: EURO_FORMAT });
const amountInput = (): CellPlan => ({ value: null, role: "input", format: EURO_FORMAT });

function aciFormula(shares: readonly AciShare[], grille: GrilleAnchors, supplement?: AciShare): string {
  const refs = shares
    .map((s) => grille.contract(s.item, s.volet))
    .filter((a): a is string => a !== undefined)
    .map((a) => sheetRef("grille", a));
  const supplementRef = supplement ? grille.contract(supplement.item, supplement.volet) : undefined;
  const terms = refs.length ? [refs.join("+")] : ["0"];
  if (supplementRef) terms.push(`IF(${sheetRef("parametres", snpAddress())}=${excelString(C.yes)},${sheetRef("grille", supplementRef)},0)`);
  // The block funded by the crise mission also receives its complement « si crise reconnue par l'ARS »: the
  // Grille's retained amount, which already says 0 unless the crisis is recognised (and ignores a text typed).
  if (shares.some((s) => s.item === "crise")) terms.push(sheetRef("grille", grille.criseComplementAmount));
  return `=${terms.join("+")}`;
}

/** Each share's contract amount × its mission's attainment (Indicateurs), the global taux when none is measured. */
function variableFormula(shares: readonly AciShare[], grille: GrilleAnchors): string {
  const terms = shares.flatMap((s) => {
    const address = grille.contract(s.item, s.volet);
    if (address === undefined) return [];
    const rate = s.item === "fonctionnement" ? "CPTS_TauxAtteinte" : missionRateFormula(s.item);
    return [`${sheetRef("grille", address)}*${rate}`];
  });
  return terms.length ? `=${terms.join("+")}` : "=0";
}

function emitBlock(b: SheetBuilder, block: BudgetBlock, retained: boolean, grille: GrilleAnchors): BudgetBlockCells {
  const k = (line: string): string => budgetRowKey(block.key, line);
  b.row(k("titre"), [
    { value: block.title, role: "subtitle" },
    { value: block.subtitle, role: "subtitle" },
    { value: null, role: "subtitle" },
    retained ? undefined : { value: C.missionDroppedNote, role: "warning", wrap: true },
  ]);
  // The block's verdict (Équilibre) sits in the Montant column: the headers stop there.
  const header = (first: string): CellPlan[] => [first, L.headers[1], L.headers[2]].map((value) => ({ value, role: "header" as const }));
  b.row(k("depenses"), header(L.depenses));
  const firstDep = b.nextRow;
  const depenses: BudgetLineCells[] = [];
  for (const line of EXPENSE_LINES) {
    const hint = block.key === "fonctionnement" && line.key === "indemnites" ? FONCTIONNEMENT_INDEMNITES_HINT : line.hint;
    const r = b.row(k(`dep:${line.key}`), [{ value: line.label, role: "label" }, { value: hint, role: "note" }, amountInput()]);
    // The rows after it up to now are the user's, re-emitted by the builder right after the keyed row.
    for (let row = r; row <= b.lastRow; row++) {
      depenses.push({
        key: row === r ? k(`dep:${line.key}`) : "",
        line: line.key,
        rank: row - r,
        label: a1(COL.label, row, true),
        amount: a1(COL.amount, row, true),
      });
    }
  }
  const lastDep = b.lastRow;
  const depRow = b.row(k("total_dep"), [
    { value: L.totalDepenses, role: "total" },
    { value: null, role: "total" },
    euro(`=SUM(${columnRange(COL.amount, firstDep, lastDep)})`, "total"),
  ]);
  b.row(k("ressources"), header(L.ressources));
  const firstRes = b.nextRow;
  const fixedRow = b.row(k("res:aci_fixe"), [
    { value: RESOURCE_LINES.aciFixed.label, role: "label" },
    { value: RESOURCE_LINES.aciFixed.hint, role: "note" },
    { formula: aciFormula(block.aciFixed, grille, block.aciSupplement), role: "input", format: EURO_FORMAT },
  ]);
  const variableRow =
    block.aciVariable.length > 0
      ? b.row(k("res:aci_resultat"), [
          { value: RESOURCE_LINES.aciVariable.label, role: "label" },
          { value: RESOURCE_LINES.aciVariable.hint, role: "note" },
          { formula: variableFormula(block.aciVariable, grille), role: "input", format: EURO_FORMAT },
        ])
      : undefined;
  const firRow = b.row(k("res:fir"), [{ value: L.fir, role: "label" }, { value: L.firHint, role: "note" }, amountInput()]);
  b.row(k("res:autres"), [{ value: L.autres, role: "label" }, { value: L.autresHint, role: "note" }, amountInput()]);
  const lastRes = b.lastRow;
  const resRow = b.row(k("total_res"), [
    { value: L.totalRessources, role: "total" },
    { value: null, role: "total" },
    euro(`=SUM(${columnRange(COL.amount, firstRes, lastRes)})`, "total"),
  ]);
  const dep = a1(COL.amount, depRow);
  const res = a1(COL.amount, resRow);
  b.row(k("ecart"), [{ value: L.ecart, role: "label" }, undefined, euro(`=${res}-${dep}`)]);
  const eqRow = b.row(k("equilibre"), [{ value: L.equilibre, role: "label" }, undefined, { formula: equilibreFormula(dep, res), role: "flag" }]);
  b.blank();

  b.validations.push(
    { range: columnRange(COL.amount, firstDep, lastDep), type: "decimal", min: 0, prompt: L.amountPrompt, error: C.amountError },
    { range: columnRange(COL.amount, firstRes, lastRes), type: "decimal", min: 0, prompt: L.amountPrompt, error: C.amountError },
  );
  b.conditionalFormats.push({
    range: a1(COL.amount, eqRow),
    formula: `=${unbalancedCondition(a1(COL.amount, depRow, true), a1(COL.amount, resRow, true))}`,
    fill: CF_COLORS.alertFill,
    fontColor: CF_COLORS.alertFont,
    bold: true,
  });
  return {
    key: block.key,
    title: block.title,
    retained,
    totalDepenses: a1(COL.amount, depRow, true),
    totalRessources: a1(COL.amount, resRow, true),
    aciFixed: a1(COL.amount, fixedRow, true),
    ...(variableRow ? { aciVariable: a1(COL.amount, variableRow, true) } : {}),
    fir: a1(COL.amount, firRow, true),
    equilibre: a1(COL.amount, eqRow, true),
    depenses,
  };
}

export function planBudget(
  choices: WorkbookChoices,
  grille: GrilleAnchors,
  carry?: SheetCarryOver,
): { sheet: SheetPlan; names: NamePlan[]; blocks: BudgetBlockCells[]; controls: ControlPlan[] } {
  const version = findGridVersion(choices.versionId);
  if (!version) throw new Error(`Version de grille inconnue : « ${choices.versionId} »`);
  const b = new SheetBuilder(carry);
  b.row(sheetMarker("budget"), [{ value: L.title, role: "title" }]);
  // Once a mission's indicators are measured, its own rate pays its variable part: the line says so.
  const measured = `OR(${MISSIONS.map((m) => `ISNUMBER(${missionAttainmentName(m.key)})`).join(",")})`;
  b.row("budget:taux", [
    { formula: `=${excelString(L.tauxLine)}&ROUND(CPTS_TauxAtteinte*100,0)&" %"&IF(${measured},${excelString(L.tauxMeasured)},"")`, role: "subtitle" },
  ]);
  b.row("budget:regle", [{ value: L.rule, role: "note" }]);
  b.row("budget:legende", [{ value: C.inputLegend, role: "note" }]);

  const blocks: BudgetBlockCells[] = [];
  for (const block of BUDGET_BLOCKS) {
    if (block.key === "fonctionnement") b.row("budget:partie1", [{ value: L.part1, role: "title" }]);
    const retained = block.mission === undefined || choices.missions.includes(block.mission);
    const before = b.mark();
    const cells = emitBlock(b, block, retained, grille);
    // A dropped mission's block stays only when it holds the user's data.
    if (!retained && !b.userDataSince(before)) b.rollback(before);
    else blocks.push(cells);
    if (block.key === "fonctionnement") b.row("budget:partie2", [{ value: L.part2, role: "title" }]);
  }
  const counted = blocks.filter((x) => x.retained);
  const control = (c: Omit<ControlPlan, "sheet">): void => {
    b.controls.push({ ...c, sheet: "budget" });
  };
  for (const block of counted) {
    control({ kind: "desequilibre", level: "error", address: block.equilibre.replace(/\$/g, ""), subject: block.title, okVerdicts: [BALANCE.balanced] });
  }

  // Synthesis: one line per retained block; dropped blocks kept for their data are left out of the totals.
  b.row("synth:titre", [{ value: L.synthesisTitle, role: "title" }]);
  const synthHeader = b.row(
    "synth:entetes",
    L.synthesisHeaders.map((h) => ({ value: h, role: "header" as const })),
  );
  const firstSynth = b.nextRow;
  for (const block of counted) {
    const r = b.nextRow;
    b.row(`synth:${block.key}`, [
      { value: block.title, role: "label" },
      euro(`=${block.totalDepenses}`),
      euro(`=${block.totalRessources}`),
      euro(`=${a1(3, r)}-${a1(2, r)}`),
      { formula: equilibreFormula(a1(2, r), a1(3, r)), role: "flag" },
    ]);
  }
  const lastSynth = b.lastRow;
  const totalRow = b.nextRow;
  // With no block counted, the sums read an empty range: 0, never a reference to the header.
  const sumOrZero = (col: number): string => (counted.length ? `=SUM(${columnRange(col, firstSynth, lastSynth)})` : "=0");
  b.row("synth:total", [
    { value: L.synthesisTotal, role: "total" },
    euro(sumOrZero(2), "total"),
    euro(sumOrZero(3), "total"),
    euro(`=${a1(3, totalRow)}-${a1(2, totalRow)}`, "total"),
    { formula: equilibreFormula(a1(2, totalRow), a1(3, totalRow)), role: "flag" },
  ]);
  b.conditionalFormats.push({
    range: columnRange(5, firstSynth, totalRow),
    formula: `=${unbalancedCondition(`$C${firstSynth}`, `$D${firstSynth}`)}`,
    fill: CF_COLORS.alertFill,
    fontColor: CF_COLORS.alertFont,
    bold: true,
  });
  b.blank();

  planBudgetControls(b, counted, grille, version, COLUMNS);
  b.flushOrphans(C.orphanRows);

  const charts: ChartPlan[] =
    counted.length > 0
      ? [
          {
            name: "CPTS_GraphiqueBudget",
            type: "columnClustered",
            title: L.chartTitle,
            categories: columnRange(1, firstSynth, lastSynth),
            series: [
              { name: L.synthesisHeaders[1], values: columnRange(2, firstSynth, lastSynth) },
              { name: L.synthesisHeaders[2], values: columnRange(3, firstSynth, lastSynth) },
            ],
            anchor: a1(7, synthHeader),
            widthColumns: 8,
            heightRows: 18,
          },
        ]
      : [];
  const sheet = sheetPlanFrom(b, {
    key: "budget",
    name: SHEET_NAMES.budget,
    columns: COLUMNS.map((c) => ({ ...c })),
    freeze: { rows: 2, columns: 0 },
    charts,
    tables: counted.length ? [{ name: "CPTS_SyntheseBudget", range: rangeA1(1, synthHeader, 5, lastSynth), style: "TableStyleLight9" }] : [],
    tabColor: TAB_COLORS.budget,
  });
  const names: NamePlan[] = [
    { name: "CPTS_TotalDepenses", sheet: "budget", address: a1(2, totalRow, true), comment: "Total des dépenses de la synthèse du budget" },
    { name: "CPTS_TotalRessources", sheet: "budget", address: a1(3, totalRow, true), comment: "Total des ressources de la synthèse du budget" },
  ];
  return { sheet, names, blocks, controls: b.controls };
}
