/**
 * The Trésorerie in the whole workbook, on the real Versements and Suivi budgétaire: receipts typed in
 * the Versements (« Date de réception », « Montant reçu ») and réalisé typed in the Suivi move the cash
 * position exactly as the domain computes it from what those sheets show, with and without the add-in;
 * the followed year can change (Paramètres) without losing what was typed for another.
 */
import fc from "fast-check";
import { edate, serialFromDate } from "../../src/domain";
import { CASH_MONTHS, CashInputs, CashPayment, cashPosition, cashStatus } from "../../src/domain/cash";
import { a1 } from "../../src/sheets/addresses";
import { planBudget } from "../../src/sheets/budget";
import { planGrille } from "../../src/sheets/grille";
import type { WorkbookChoices } from "../../src/sheets/plan";
import { SuiviAnchors, planSuivi } from "../../src/sheets/suivi";
import { SUIVI_COL } from "../../src/sheets/suiviBlocks";
import { monthColumn } from "../../src/sheets/suiviFormulas";
import { TRESORERIE_COL as COL, TRESORERIE_KEYS as K } from "../../src/sheets/tresorerie";
import { TRESORERIE_INPUT_KEYS, tresorerieInputColumn } from "../../src/sheets/tresorerieInputs";
import { cellsOf } from "../../src/sheets/tresorerieReceipts";
import { VersementsAnchors, planVersements } from "../../src/sheets/versements";
import { planWorkbook } from "../../src/sheets/workbook";
import { EvaluatedWorkbook, evaluatePlan } from "../support/evaluatePlan";
import { choicesFor } from "./fixtures";
import { cellAt, expectSheetMatchesDomain } from "./tresorerieFixture";

// Signed 15/03/2024, looked at on 01/06/2025: contract year 2 (from 15/03/2025).
const CHOICES: WorkbookChoices = choicesFor({ dateReference: serialFromDate({ year: 2025, month: 6, day: 1 }) });
const plan = planWorkbook(CHOICES);
const versements: VersementsAnchors = planVersements(planGrille(CHOICES).anchors).anchors;
const suivi: SuiviAnchors = planSuivi(CHOICES, planBudget(CHOICES, planGrille(CHOICES).anchors).blocks).anchors;

const num = (v: unknown): number | null => (typeof v === "number" ? v : null);

/** The domain's inputs, read from what the Paramètres, Versements, Suivi and the Trésorerie's grid show. */
function inputsShown(ev: EvaluatedWorkbook): CashInputs {
  const year = ev.getNamed("CPTS_AnneeContrat") as number;
  const column = (range: string) => cellsOf(range).map((c) => num(ev.getCell("versements", c)));
  const [ed, ea, rd, ra] = [versements.expectedDates, versements.expectedAmounts, versements.receivedDates, versements.receivedAmounts].map(column);
  const payments: CashPayment[] = ed.map((_, i) => ({ expectedDate: ed[i], expectedAmount: ea[i], receivedDate: rd[i], receivedAmount: ra[i] }));
  const months = Array.from({ length: CASH_MONTHS }, (_, i) => i + 1);
  const grid = (key: string) => num(ev.getCell("tresorerie", a1(tresorerieInputColumn(year), ev.rowOf("tresorerie", key))));
  return {
    yearStart: edate(ev.getNamed("CPTS_Signature") as number, 12 * (year - 1)),
    opening: grid(TRESORERIE_INPUT_KEYS.opening),
    payments,
    realise: months.map((m) => num(ev.getCell("suivi", suivi.monthRealise(m))) ?? 0),
    entries: months.map((m) => num(ev.getCell("suivi", suivi.monthEntries(m))) ?? 0),
    prevuAnnual: num(ev.getCell("suivi", suivi.prevuAnnual)) ?? 0,
    planned: months.map((m) => grid(TRESORERIE_INPUT_KEYS.planned(m))),
  };
}

/** The Suivi's réalisé input cells of month m of a contract year, one per dépenses line. */
function realiseCells(year: number, m: number): string[] {
  const sheet = plan.sheets.find((s) => s.key === "suivi")!;
  const col = monthColumn(SUIVI_COL.firstMonth, year, m);
  return sheet.rows.flatMap((row, i) => (row.cells[col]?.role === "input" ? [a1(col, i + 1)] : []));
}

const evaluated = { with: evaluatePlan(plan), without: evaluatePlan(plan, { addIn: false }) };
afterAll(() => Object.values(evaluated).forEach((ev) => ev.destroy()));

describe("Trésorerie in the whole workbook", () => {
  it.each(["with", "without"] as const)("as generated, %s the add-in: the followed year's expected payments and spread prévu, no error", (addIn) => {
    const ev = evaluated[addIn];
    expect(ev.getNamed("CPTS_AnneeContrat")).toBe(2);
    expect(ev.errors().filter((e) => e.startsWith("Trésorerie"))).toEqual([]);
    const inputs = inputsShown(ev);
    expect(inputs.payments.length).toBeGreaterThan(0);
    expectSheetMatchesDomain(ev, inputs);
    // The year's anniversary brings that year's payments (fonctionnement, advance, last year's balance).
    expect(cellAt(ev, K.month(1), COL.receipts)).toBeGreaterThan(0);
  });

  it.each(["with", "without"] as const)("receipts and réalisé typed at random, %s the add-in (fast-check)", (addIn) => {
    const ev = evaluated[addIn];
    const paymentRows = cellsOf(versements.receivedAmounts).length;
    const yearStart = edate(CHOICES.signature, 12);
    const typed = fc.record({
      received: fc.array(
        fc.option(fc.record({ day: fc.integer({ min: -30, max: 400 }), amount: fc.integer({ min: 0, max: 8_000_000 }).map((c) => c / 100) })),
        {
          minLength: paymentRows,
          maxLength: paymentRows,
        },
      ),
      realise: fc.array(fc.option(fc.record({ line: fc.nat(), amount: fc.integer({ min: 0, max: 3_000_000 }).map((c) => c / 100) }), { freq: 2 }), {
        minLength: CASH_MONTHS,
        maxLength: CASH_MONTHS,
      }),
      opening: fc.option(fc.integer({ min: -1_000_000, max: 10_000_000 }).map((c) => c / 100)),
    });
    const receivedDates = cellsOf(versements.receivedDates);
    const receivedAmounts = cellsOf(versements.receivedAmounts);
    const written: [string, string][] = [];
    fc.assert(
      fc.property(typed, (t) => {
        ev.hf.batch(() => {
          for (const [sheet, cell] of written.splice(0)) ev.setCell(sheet as "suivi", cell, null);
          t.received.forEach((r, i) => {
            ev.setCell("versements", receivedDates[i], r ? yearStart + r.day : null);
            ev.setCell("versements", receivedAmounts[i], r ? r.amount : null);
          });
          t.realise.forEach((r, i) => {
            if (!r) return;
            const cells = realiseCells(2, i + 1);
            const cell = cells[r.line % cells.length];
            ev.setCell("suivi", cell, r.amount);
            written.push(["suivi", cell]);
          });
          ev.setCell("tresorerie", a1(tresorerieInputColumn(2), ev.rowOf("tresorerie", TRESORERIE_INPUT_KEYS.opening)), t.opening);
        });
        const inputs = inputsShown(ev);
        // What was typed is what the domain reads: the Suivi counts the entries, the Versements the receipts.
        expect(inputs.entries.map((e) => e > 0)).toEqual(t.realise.map((r) => r !== null));
        expectSheetMatchesDomain(ev, inputs);
      }),
      { numRuns: 40 },
    );
  });

  it("switching the followed year in Paramètres reads that year's opening balance and keeps the other", () => {
    const ev = evaluated.with;
    const opening = (year: number) => a1(tresorerieInputColumn(year), ev.rowOf("tresorerie", TRESORERIE_INPUT_KEYS.opening));
    ev.setCell("tresorerie", opening(2), 12_000);
    ev.setCell("tresorerie", opening(3), -3_000);
    const override = plan.names.find((n) => n.name === "CPTS_AnneeContratSaisie")!;
    ev.setCell("parametres", override.address, 3);
    expect(cellAt(ev, K.opening, COL.value)).toBe(-3_000);
    expect(cellAt(ev, K.month(1), COL.month)).toBe(edate(CHOICES.signature, 24));
    expectSheetMatchesDomain(ev, inputsShown(ev));
    expect(cellAt(ev, K.alert, COL.value)).toBe(cashStatus(cashPosition(inputsShown(ev))));
    ev.setCell("parametres", override.address, null);
    expect(cellAt(ev, K.opening, COL.value)).toBe(12_000);
  });
});
