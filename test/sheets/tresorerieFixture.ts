/**
 * A small synthetic workbook around the Trésorerie: Paramètres holding CPTS_Signature and
 * CPTS_AnneeContrat as plain values, a Versements sheet of payment rows (expected date and amount,
 * reception date and amount) and a Suivi budgétaire holding per month the réalisé and its entry count
 * and the year's prévu — the anchors the real sheets expose — so the cash rule is tested on its own,
 * whatever the state of those sheets.
 */
import { CONTRACT_YEARS, edate } from "../../src/domain";
import { CASH_MONTHS, CashInputs, CashPayment, SPENDING_SOURCE_LABELS, cashPosition, cashStatus, firstNegativeMonth } from "../../src/domain/cash";
import { a1 } from "../../src/sheets/addresses";
import { SHEET_NAMES, SheetCarryOver, SheetKey, SheetPlan, WorkbookPlan, sheetMarker } from "../../src/sheets/plan";
import type { SuiviAnchors } from "../../src/sheets/suivi";
import { TRESORERIE_INPUT_KEYS, tresorerieInputColumn } from "../../src/sheets/tresorerieInputs";
import { planTresorerie } from "../../src/sheets/tresorerie";
import type { VersementsAnchors } from "../../src/sheets/versements";
import type { EvaluatedWorkbook } from "../support/evaluatePlan";
import { TRESORERIE_COL as COL, TRESORERIE_KEYS as K } from "../../src/sheets/tresorerie";
import { TRESORERIE_LABELS as L } from "../../src/sheets/tresorerieLabels";
import { choicesFor } from "./fixtures";

/** Everything a treasurer can type that moves the cash position, for every contract year. */
export interface CashScenario {
  signature: number;
  /** The followed year, 1–5. */
  year: number;
  payments: CashPayment[];
  realise: number[];
  entries: number[];
  prevu: number;
  /** Per contract year (index 0–4). */
  opening: (number | null)[];
  /** Per contract year, per month. */
  planned: (number | null)[][];
}

function sheet(key: SheetKey, rows: number): SheetPlan {
  return {
    key,
    name: SHEET_NAMES[key],
    columns: [],
    rows: [{ key: sheetMarker(key), cells: [] }, ...Array.from({ length: rows }, (_, i) => ({ key: `r${i}`, cells: [] }))],
    tables: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
  };
}

/** Payment rows 2…paymentRows+1 in columns B–E; Suivi months on rows 2–13 (réalisé B, entries C), prévu B14. */
export function syntheticPlan(paymentRows: number, carry?: SheetCarryOver): WorkbookPlan {
  const last = paymentRows + 1;
  const versements: VersementsAnchors = {
    expectedDates: `$B$2:$B$${last}`,
    expectedAmounts: `$C$2:$C$${last}`,
    receivedDates: `$D$2:$D$${last}`,
    receivedAmounts: `$E$2:$E$${last}`,
  };
  const suivi: SuiviAnchors = { monthRealise: (m) => `$B$${m + 1}`, monthEntries: (m) => `$C$${m + 1}`, prevuAnnual: "$B$14" };
  const tresorerie = planTresorerie(choicesFor(), versements, suivi, carry);
  return {
    choices: choicesFor(),
    sheets: [sheet("parametres", 2), sheet("versements", paymentRows), sheet("suivi", 13), tresorerie.sheet],
    names: [
      { name: "CPTS_Signature", sheet: "parametres", address: "$B$2" },
      { name: "CPTS_AnneeContrat", sheet: "parametres", address: "$B$3" },
    ],
    controls: tresorerie.controls,
    summaries: tresorerie.summaries,
  };
}

/** Types the scenario into the evaluated synthetic workbook, in one batch. */
export function typeScenario(ev: EvaluatedWorkbook, s: CashScenario): void {
  ev.hf.batch(() => {
    ev.setCell("parametres", "B2", s.signature);
    ev.setCell("parametres", "B3", s.year);
    s.payments.forEach((p, i) => {
      const r = i + 2;
      ev.setCell("versements", `B${r}`, p.expectedDate);
      ev.setCell("versements", `C${r}`, p.expectedAmount);
      ev.setCell("versements", `D${r}`, p.receivedDate);
      ev.setCell("versements", `E${r}`, p.receivedAmount);
    });
    for (let m = 1; m <= CASH_MONTHS; m++) {
      ev.setCell("suivi", `B${m + 1}`, s.realise[m - 1]);
      ev.setCell("suivi", `C${m + 1}`, s.entries[m - 1]);
    }
    ev.setCell("suivi", "B14", s.prevu);
    for (let y = 1; y <= CONTRACT_YEARS; y++) {
      const col = tresorerieInputColumn(y);
      ev.setCell("tresorerie", a1(col, ev.rowOf("tresorerie", TRESORERIE_INPUT_KEYS.opening)), s.opening[y - 1]);
      for (let m = 1; m <= CASH_MONTHS; m++)
        ev.setCell("tresorerie", a1(col, ev.rowOf("tresorerie", TRESORERIE_INPUT_KEYS.planned(m))), s.planned[y - 1][m - 1]);
    }
  });
}

/** The domain's inputs for the scenario's followed year. */
export function cashInputsOf(s: CashScenario): CashInputs {
  return {
    yearStart: edate(s.signature, 12 * (s.year - 1)),
    opening: s.opening[s.year - 1],
    payments: s.payments,
    realise: s.realise,
    entries: s.entries,
    prevuAnnual: s.prevu,
    planned: s.planned[s.year - 1],
  };
}

export const cellAt = (ev: EvaluatedWorkbook, key: string, col: number) => ev.getByKey("tresorerie", key, col);

/** HyperFormula hands values back rounded to about 12 significant digits: compare to a millionth of a cent. */
function expectAmount(value: unknown, expected: number): void {
  expect(typeof value).toBe("number");
  expect(Math.abs((value as number) - expected)).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(expected)));
}

/** Every figure of the sheet equals the domain's for these inputs. */
export function expectSheetMatchesDomain(ev: EvaluatedWorkbook, inputs: CashInputs): void {
  const months = cashPosition(inputs);
  expect(ev.errors()).toEqual([]);
  months.forEach((m) => {
    const key = K.month(m.month);
    expect(cellAt(ev, key, COL.month)).toBe(m.start);
    expectAmount(cellAt(ev, key, COL.opening), m.opening);
    expectAmount(cellAt(ev, key, COL.receipts), m.receipts);
    expectAmount(cellAt(ev, key, COL.spending), m.spending);
    expectAmount(cellAt(ev, key, COL.closing), m.closing);
    expect(cellAt(ev, key, COL.source)).toBe(SPENDING_SOURCE_LABELS[m.source]);
  });
  const first = firstNegativeMonth(months);
  expect(cellAt(ev, K.firstNegative, COL.value)).toBe(first ? first.start : L.none);
  expect(cellAt(ev, K.alert, COL.value)).toBe(cashStatus(months));
  expectAmount(cellAt(ev, K.yearEnd, COL.value), months[CASH_MONTHS - 1].closing);
}
