/**
 * Grille ACI: the selected version's full grid (all four tailles as literal figures: they are the
 * data), the contract amount beside each figure (defaults to the grid for CPTS_Taille, the user
 * overwrites it with the negotiated amount), and the amounts retained for the selection.
 */
import { FundedItem, MISSIONS, MissionKey, TAILLES, Taille, Volet, findGridVersion, gridLine, isFunded } from "../domain";
import { a1, a1ColAbs, columnRange, rangeA1 } from "./addresses";
import { SheetBuilder, sheetPlanFrom } from "./builder";
import { CRISE_COMPLEMENT_LABELS as CL, CRISE_COMPLEMENT_TOTAL_KEY } from "./criseComplement";
import { GRILLE_COL, complementLine, retainedAmount } from "./grilleLines";
import { COMMON_LABELS as C, GRILLE_LABELS as L } from "./labels";
import { missionRateFormula } from "./missionRates";
import { missionRetainedAddress, snpAddress } from "./parametres";
import { CellPlan, NamePlan, SHEET_NAMES, SheetCarryOver, SheetPlan, WorkbookChoices, sheetMarker } from "./plan";
import { excelString, sheetRef } from "./references";
import { CF_COLORS, EURO_FORMAT, TAB_COLORS } from "./styles";

const COL = GRILLE_COL;
const tailleCol = (t: Taille): number => COL.taille1 + t - 1;
const HEADER_ROW = 4;

/** The volets every mission has when a version lacks its figures (shown absent, never guessed). */
const STANDARD_VOLETS: readonly Volet[] = ["fixe", "variable"];
/** Display order inside a mission block; the volet supplémentaire comes after the mission total. */
const VOLET_ORDER: readonly Volet[] = ["fixe", "variable", "compensation"];

/** Where other sheets read the grid: absolute addresses on Grille ACI. */
export interface GrilleAnchors {
  /** "Montant du contrat" of a line, when the sheet has the line. */
  contract(item: FundedItem, volet: Volet): string | undefined;
  /** "Montant retenu" of the fonctionnement line. */
  fonctionnementAmount: string;
  totalAci: string;
  /** Totals block: fixed volets of the retained missions (fixe + compensation), supplémentaire excluded. */
  totalFixe: string;
  /** Totals block: variable volets after the attainment. */
  totalVariable: string;
  /** Totals block: the volet supplémentaire SNP when retained. */
  totalSupplement: string;
  /** "Montant du contrat" of the crise complement « si crise reconnue par l'ARS » (blank until typed). */
  criseComplementContract: string;
  /** "Montant retenu" of the crise complement: its contract amount when crise is retained and CPTS_CriseReconnue = Oui, else 0. */
  criseComplementAmount: string;
  /** Totals block: the crise complement when it counts (crise retained, CPTS_CriseReconnue = Oui), else 0. */
  totalComplement: string;
  maxFunding: Record<Taille, string>;
}

export function gridLineKey(item: FundedItem, volet: Volet): string {
  return `grid:${item}:${volet}`;
}

/** Empty subtitle cells from the tailles to the contract column: the block's title reads as one bar. */
const SUBTITLE_GAP: readonly CellPlan[] = Array.from({ length: COL.contract - COL.type }, () => ({ value: null, role: "subtitle" as const }));

/** A subtitle row filled from Mission / volet to Note (cells from column B; missing ones become empty subtitle cells). */
function subtitleBar(cells: (CellPlan | undefined)[]): (CellPlan | undefined)[] {
  return Array.from({ length: COL.note }, (_, i) => cells[i] ?? { value: null, role: "subtitle" as const });
}

/** A mission's « Retenue » cell on Paramètres. */
const retainedRef = (key: MissionKey): string => sheetRef("parametres", missionRetainedAddress(key));

export function planGrille(choices: WorkbookChoices, carry?: SheetCarryOver): { sheet: SheetPlan; names: NamePlan[]; anchors: GrilleAnchors } {
  const version = findGridVersion(choices.versionId);
  if (!version) throw new Error(`Version de grille inconnue : « ${choices.versionId} »`);
  const b = new SheetBuilder(carry);
  const contractCells = new Map<string, string>();
  const fixedAmounts: string[] = [];
  const variableAmounts: string[] = [];
  const blockTotals: number[] = [];
  let supplementAmount: string | undefined;
  let complementRow = 0;
  let fonctionnementAmount = "";

  b.row(sheetMarker("grille"), [{ value: `${L.title} — ${version.id}`, role: "title" }]);
  b.row("grid:source", [{ value: L.source(version.source), role: "note" }]);
  b.row("grid:aide", [{ value: L.contractHelp, role: "note" }]);
  const header = b.row(
    "grid:entetes",
    L.headers.map((h) => ({ value: h, role: "header" as const, wrap: true })),
    { height: 30 },
  );
  if (header !== HEADER_ROW) throw new Error("Grille ACI layout drifted");

  const line = (item: FundedItem, volet: Volet, retainedCell: CellPlan | undefined): number => {
    const grid = gridLine(version, item, volet);
    const row = b.nextRow;
    const figures: CellPlan[] = TAILLES.map((t) =>
      grid ? { value: grid.amounts[t], role: "computed", format: EURO_FORMAT } : { value: null, role: "computed" },
    );
    const contract = a1(COL.contract, row);
    const retained = a1(COL.retained, row);
    // A variable volet is paid at its mission's measured attainment (Indicateurs), else the global taux.
    const paid = volet === "variable" && item !== "fonctionnement" ? `${contract}*${missionRateFormula(item)}` : contract;
    const amount = retainedAmount(retained, contract, paid);
    const note = !grid ? L.absent(version.id) : volet === "supplementaire" ? L.supplementNote : volet === "variable" ? L.variableNote : undefined;
    b.row(gridLineKey(item, volet), [
      { value: grid?.label ?? L.absentLine[volet], role: "label", wrap: true },
      { value: L.voletTypes[volet], role: "label" },
      ...figures,
      grid
        ? { formula: `=CHOOSE(CPTS_Taille,${TAILLES.map((t) => a1(tailleCol(t), row)).join(",")})`, role: "input", format: EURO_FORMAT }
        : { value: null, role: "input", format: EURO_FORMAT },
      retainedCell,
      { formula: amount, role: "computed", format: EURO_FORMAT },
      note ? { value: note, role: "note", wrap: true } : undefined,
    ]);
    contractCells.set(`${item}:${volet}`, a1(COL.contract, row, true));
    const amountCell = a1(COL.amount, row);
    if (item === "fonctionnement") fonctionnementAmount = amountCell;
    else if (volet === "supplementaire") supplementAmount = amountCell;
    else if (volet === "variable") variableAmounts.push(amountCell);
    else fixedAmounts.push(amountCell);
    return row;
  };

  // Fonctionnement: always paid, a single fixed line.
  b.row("grid:fonctionnement", subtitleBar([{ value: L.fonctionnement, role: "subtitle" }]));
  const fonctionnementRow = line("fonctionnement", "fixe", { value: C.yes, role: "computed" });

  for (const m of MISSIONS) {
    const funded = isFunded(version, m.key);
    const retained = retainedRef(m.key);
    b.row(
      `grid:${m.key}`,
      subtitleBar([
        { value: `${m.number ? `Mission ${m.number} - ` : ""}${m.label}`, role: "subtitle", wrap: true },
        { value: m.category === "socle" ? L.categorySocle : L.categoryComplementaire, role: "subtitle" },
        ...SUBTITLE_GAP,
        { formula: `=${retained}`, role: "flag" },
      ]),
    );
    const volets = funded ? VOLET_ORDER.filter((v) => gridLine(version, m.key, v)) : STANDARD_VOLETS;
    const first = b.nextRow;
    for (const v of volets) line(m.key, v, { formula: `=${retained}`, role: "flag" });
    if (m.key === "crise") complementRow = complementLine(b, retained);
    const last = b.lastRow;
    const sum = (col: number): CellPlan => ({ formula: `=SUM(${columnRange(col, first, last)})`, role: "total", format: EURO_FORMAT });
    const totalRow = b.row(`grid:${m.key}:total`, [
      { value: L.missionTotal, role: "total" },
      { value: null, role: "total" },
      ...TAILLES.map((t) => (funded ? sum(tailleCol(t)) : { value: null, role: "total" as const })),
      sum(COL.contract),
      { value: null, role: "total" },
      sum(COL.amount),
      funded ? undefined : { value: L.absent(version.id), role: "note" },
    ]);
    blockTotals.push(totalRow);
    if (gridLine(version, m.key, "supplementaire")) {
      line(m.key, "supplementaire", {
        formula: `=IF(AND(${retained}=${excelString(C.yes)},${sheetRef("parametres", snpAddress())}=${excelString(C.yes)}),${excelString(C.yes)},${excelString(C.no)})`,
        role: "flag",
      });
    }
  }
  const lastGridRow = b.lastRow;

  b.blank();
  b.row("grid:totaux", [{ value: L.totalsTitle, role: "subtitle" }]);
  const totalLine = (key: string, label: string, formula: string, role: "computed" | "total" = "computed"): number =>
    b.row(key, [{ value: label, role: "label" }, ...Array<undefined>(7).fill(undefined), { formula, role, format: EURO_FORMAT }]);
  const plus = (cells: readonly string[]): string => (cells.length ? `=${cells.join("+")}` : "=0");
  const rFonct = totalLine("grid:totaux:fonctionnement", L.totalFonctionnement, `=${fonctionnementAmount}`);
  const rFixe = totalLine("grid:totaux:fixe", L.totalFixe, plus(fixedAmounts));
  const rVar = totalLine("grid:totaux:variable", L.totalVariable, plus(variableAmounts));
  const rSup = totalLine("grid:totaux:supplementaire", L.totalSupplement, supplementAmount ? `=${supplementAmount}` : "=0");
  const rComp = totalLine(CRISE_COMPLEMENT_TOTAL_KEY, CL.total, `=${a1(COL.amount, complementRow)}`);
  const rTotal = totalLine("grid:totaux:total", L.totalAci, `=${[rFonct, rFixe, rVar, rSup, rComp].map((r) => a1(COL.amount, r)).join("+")}`, "total");
  const possible = (col: number): CellPlan => ({
    formula: `=${[fonctionnementRow, ...blockTotals].map((r) => a1(col, r)).join("+")}`,
    role: "total",
    format: EURO_FORMAT,
  });
  const rMax = b.row("grid:totaux:possible", [
    { value: L.maxFunding, role: "total" },
    { value: null, role: "total" },
    ...TAILLES.map((t) => possible(tailleCol(t))),
    possible(COL.contract),
    undefined,
    undefined,
    { value: L.maxFundingNote, role: "note", wrap: true },
  ]);
  b.flushOrphans(C.orphanRows);

  // The retained taille's column lights up wherever CPTS_Taille points, with or without the add-in: on
  // figures only, so the white header text, the blank rows and the absent figures keep their look.
  for (const t of TAILLES) {
    const col = tailleCol(t);
    b.conditionalFormats.push({
      range: columnRange(col, HEADER_ROW + 1, rMax),
      formula: `=AND(CPTS_Taille=${t},ISNUMBER(${a1(col, HEADER_ROW + 1)}))`,
      fill: CF_COLORS.highlightFill,
      fontColor: CF_COLORS.highlightFont,
      bold: true,
    });
  }
  b.conditionalFormats.push(
    {
      range: columnRange(COL.retained, HEADER_ROW + 1, lastGridRow),
      formula: `=${a1(COL.retained, HEADER_ROW + 1)}=${excelString(C.yes)}`,
      fill: CF_COLORS.highlightFill,
      fontColor: CF_COLORS.highlightFont,
    },
    {
      range: rangeA1(COL.label, HEADER_ROW + 1, COL.note, lastGridRow),
      formula: `=${a1ColAbs(COL.retained, HEADER_ROW + 1)}=${excelString(C.no)}`,
      fontColor: CF_COLORS.mutedFont,
    },
  );
  b.validations.push({
    range: columnRange(COL.contract, HEADER_ROW + 1, lastGridRow),
    type: "decimal",
    min: 0,
    prompt: L.contractHelp,
    error: L.contractError,
  });

  const anchors: GrilleAnchors = {
    contract: (item, volet) => contractCells.get(`${item}:${volet}`),
    fonctionnementAmount: a1(COL.amount, fonctionnementRow, true),
    totalAci: a1(COL.amount, rTotal, true),
    totalFixe: a1(COL.amount, rFixe, true),
    totalVariable: a1(COL.amount, rVar, true),
    totalSupplement: a1(COL.amount, rSup, true),
    criseComplementContract: a1(COL.contract, complementRow, true),
    criseComplementAmount: a1(COL.amount, complementRow, true),
    totalComplement: a1(COL.amount, rComp, true),
    maxFunding: { 1: a1(tailleCol(1), rMax, true), 2: a1(tailleCol(2), rMax, true), 3: a1(tailleCol(3), rMax, true), 4: a1(tailleCol(4), rMax, true) },
  };
  const sheet = sheetPlanFrom(b, {
    key: "grille",
    name: SHEET_NAMES.grille,
    columns: [
      { width: 4, hidden: true },
      { width: 58 },
      { width: 24 },
      { width: 13 },
      { width: 13 },
      { width: 13 },
      { width: 13 },
      { width: 17 },
      { width: 9 },
      { width: 17 },
      { width: 56 },
    ],
    freeze: { rows: HEADER_ROW, columns: 2 },
    tabColor: TAB_COLORS.grille,
  });
  const names: NamePlan[] = [
    { name: "CPTS_TotalACI", sheet: "grille", address: anchors.totalAci, comment: "Financement ACI annuel des missions retenues (montants du contrat)" },
    { name: "CPTS_ACIFonctionnement", sheet: "grille", address: anchors.fonctionnementAmount },
  ];
  return { sheet, names, anchors };
}
