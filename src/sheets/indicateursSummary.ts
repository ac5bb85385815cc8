/**
 * The summary under each mission's indicators: its attainment (the cell CPTS_Atteinte<Mission>
 * names: a rate, or "" while no financial indicator is measured), the rate its variable volet is
 * paid with (missionRateFormula: that attainment, else the global taux), the contract's variable
 * volet from the Grille ACI, the estimated variable part, and the indicators' shares against the
 * volet, with its control. Labels in the Indicateur column, figures in the next one.
 */
import type { Mission } from "../domain";
import { a1, columnRange } from "./addresses";
import type { SheetBuilder } from "./builder";
import type { GrilleAnchors } from "./grille";
import { COL, missionAttainmentFormula } from "./indicateursFormulas";
import { INDICATEURS_LABELS as L } from "./indicateursLabels";
import { missionRateFormula } from "./missionRates";
import type { CellPlan, ControlPlan } from "./plan";
import { excelString, sheetRef } from "./references";
import { CF_COLORS, EURO_FORMAT, PERCENT_FORMAT } from "./styles";

const LABEL = COL.indicateur;
const VALUE = COL.nature;
const NOTE = COL.financier;

export interface MissionSummaryCells {
  /** Row of the mission's attainment (the cell of CPTS_Atteinte<Mission>, column VALUE). */
  atteinteRow: number;
  estimeeRow: number;
  /** Column of the figures. */
  valueCol: number;
  partsControl: Omit<ControlPlan, "sheet">;
}

/** Rows first..last are the mission's indicators (user-added rows included). */
export function planMissionSummary(b: SheetBuilder, m: Mission, first: number, last: number, grille: GrilleAnchors): MissionSummaryCells {
  const S = L.summary;
  const line = (item: string, label: string, value: CellPlan, note?: CellPlan): number => {
    const cells: (CellPlan | undefined)[] = [];
    cells[LABEL - 1] = { value: label, role: "label" };
    cells[VALUE - 1] = value;
    if (note) cells[NOTE - 1] = note;
    return b.row(`ind:${m.key}:${item}`, cells);
  };
  const value = (col: number, row: number): string => a1(col, row);
  const atteinteRow = b.nextRow;
  line(
    "atteinte",
    S.atteinte,
    { formula: missionAttainmentFormula(first, last), role: "total", format: PERCENT_FORMAT },
    { formula: `=IF(ISNUMBER(${value(VALUE, atteinteRow)}),"",${excelString(S.noMeasure)})`, role: "note" },
  );
  const tauxRow = line("taux", S.taux, { formula: `=${missionRateFormula(m.key)}`, role: "computed", format: PERCENT_FORMAT });
  const contract = grille.contract(m.key, "variable");
  const voletRow = line(
    "volet",
    S.volet,
    contract ? { formula: `=${sheetRef("grille", contract)}`, role: "computed", format: EURO_FORMAT } : { value: null, role: "computed" },
    contract ? undefined : { value: S.voletAbsent, role: "note" },
  );
  const volet = value(VALUE, voletRow);
  const estimeeRow = line("estimee", S.estimee, {
    // A blank volet pays 0; an error (no taille yet) shows through, as on the Grille, never a silent 0.
    formula: `=IF(OR(ISNUMBER(${volet}),ISERROR(${volet})),${volet}*${value(VALUE, tauxRow)},0)`,
    role: "total",
    format: EURO_FORMAT,
  });
  const partsRow = b.nextRow;
  const ecartRow = partsRow + 1;
  const total = value(VALUE, partsRow);
  const ecart = value(VALUE, ecartRow);
  const verdict =
    `=IF(${total}=0,${excelString(S.partsNone)},IF(ROUND(${ecart},2)=0,${excelString(S.partsOk)},` +
    `IF(${ecart}<0,${excelString(S.partsBelow)},${excelString(S.partsAbove)})))`;
  line("parts", S.parts, { formula: `=SUM(${columnRange(COL.part, first, last)})`, role: "computed", format: EURO_FORMAT }, { formula: verdict, role: "flag" });
  line("ecart", S.ecart, { formula: `=${total}-IF(ISNUMBER(${volet}),${volet},0)`, role: "computed", format: EURO_FORMAT });
  const verdictCell = a1(NOTE, partsRow);
  b.conditionalFormats.push({
    range: verdictCell,
    formula: `=AND(${a1(NOTE, partsRow, true)}<>${excelString(S.partsOk)},${a1(NOTE, partsRow, true)}<>${excelString(S.partsNone)})`,
    fill: CF_COLORS.alertFill,
    fontColor: CF_COLORS.alertFont,
  });
  return {
    atteinteRow,
    estimeeRow,
    valueCol: VALUE,
    partsControl: {
      kind: "partsIndicateurs",
      level: "warning",
      address: verdictCell,
      subject: m.shortLabel,
      okVerdicts: [S.partsOk, S.partsNone],
    },
  };
}
