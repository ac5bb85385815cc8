/**
 * Regeneration keeps the treasurer's cash figures: the Trésorerie's opening balances and planned
 * months (per contract year), the receipts typed in the Versements and the réalisé typed in the Suivi
 * come back in their cells after the taille and the missions change, then after the date de référence
 * moves to the next contract year — and the Trésorerie computes with them (the followed year's opening
 * balance, a receipt in its month), through the workbook double as the add-in writes it.
 */
import { generateWorkbook } from "../../src/excel/generate";
import { edate, serialFromDate } from "../../src/domain";
import { CASH_MONTHS } from "../../src/domain/cash";
import { a1 } from "../../src/sheets/addresses";
import type { SheetKey, WorkbookChoices } from "../../src/sheets/plan";
import { planWorkbook } from "../../src/sheets/workbook";
import { SHEET_NAMES } from "../../src/sheets/plan";
import { SUIVI_COL } from "../../src/sheets/suiviBlocks";
import { monthColumn } from "../../src/sheets/suiviFormulas";
import { TRESORERIE_COL as COL, TRESORERIE_KEYS as K } from "../../src/sheets/tresorerie";
import { TRESORERIE_INPUT_KEYS, tresorerieInputColumn } from "../../src/sheets/tresorerieInputs";
import type { WorkbookDouble } from "../double";
import { POPULATION_FOR, SIGNATURE, choicesFor, newWorkbook } from "./fixtures";
import { columnLetter, rowsByKey } from "./userData";

const T = SHEET_NAMES.tresorerie;
const V = SHEET_NAMES.versements;
const S = SHEET_NAMES.suivi;
/** Year 2 of a contract signed on 15/03/2024 starts on 15/03/2025; year 3 on 15/03/2026. */
const YEAR2: WorkbookChoices = choicesFor({ dateReference: serialFromDate({ year: 2025, month: 6, day: 1 }) });

/** A typed cell found again by its row key and column. */
interface Placed {
  sheet: string;
  key: string;
  col: number;
  value: number;
}

function place(double: WorkbookDouble, placed: Placed[], sheet: string, key: string, col: number, value: number): void {
  const row = rowsByKey(double, sheet).get(key);
  if (row === undefined) throw new Error(`No row ${key} on ${sheet}`);
  double.type(sheet, `${columnLetter(col)}${row}`, value);
  placed.push({ sheet, key, col, value });
}

function found(double: WorkbookDouble, placed: readonly Placed[]): number[] {
  return placed.map((p) => double.value(p.sheet, `${columnLetter(p.col)}${rowsByKey(double, p.sheet).get(p.key)}`) as number);
}

/** Keys of the rows whose cell in column `col` is an input, in the plan (the Versements payments, the Suivi's counted lines). */
function keysWithInput(sheet: SheetKey, col: number): string[] {
  const rows = planWorkbook(YEAR2).sheets.find((x) => x.key === sheet)!.rows;
  return rows.filter((r) => r.key !== "" && r.cells[col]?.role === "input").map((r) => r.key);
}

const trez = (double: WorkbookDouble, key: string, col: number) => double.value(T, a1(col, rowsByKey(double, T).get(key)!));

it("opening balances, planned months, receipts and réalisé survive a new taille and missions, then the next contract year", async () => {
  const double = newWorkbook();
  await generateWorkbook(YEAR2, {}, double.run);
  expect(double.nameValue("CPTS_AnneeContrat")).toBe(2);
  const placed: Placed[] = [];
  place(double, placed, T, TRESORERIE_INPUT_KEYS.opening, tresorerieInputColumn(2), 12_000);
  place(double, placed, T, TRESORERIE_INPUT_KEYS.opening, tresorerieInputColumn(3), 25_500);
  place(double, placed, T, TRESORERIE_INPUT_KEYS.planned(3), tresorerieInputColumn(2), 4_200);
  place(double, placed, T, TRESORERIE_INPUT_KEYS.planned(CASH_MONTHS), tresorerieInputColumn(3), 900);
  // A payment of year 2 (the fourth payment row) received a month late and short; a réalisé on a Suivi line in month 2 of year 2.
  const payment = keysWithInput("versements", 5)[3];
  const received = edate(SIGNATURE, 13) + 2;
  place(double, placed, V, payment, 4, received);
  place(double, placed, V, payment, 5, 7_777);
  const realiseCol = monthColumn(SUIVI_COL.firstMonth, 2, 2);
  const line = keysWithInput("suivi", realiseCol)[0];
  expect(line).toBeDefined();
  place(double, placed, S, line, realiseCol, 1_234);

  const cashShown = (): { opening: unknown; month2Receipts: unknown; month2Spending: unknown } => ({
    opening: trez(double, K.opening, COL.value),
    month2Receipts: trez(double, K.month(2), COL.receipts),
    month2Spending: trez(double, K.month(2), COL.spending),
  });
  const before = cashShown();
  expect(before.opening).toBe(12_000);
  expect(before.month2Spending).toBe(1_234);
  expect(before.month2Receipts).toBeGreaterThanOrEqual(7_777);

  // Another taille and other missions: amounts move, what was typed stays.
  await generateWorkbook({ ...YEAR2, population: POPULATION_FOR[4], missions: ["acces", "parcours", "prevention", "qualite"] }, {}, double.run);
  expect(found(double, placed)).toEqual(placed.map((p) => p.value));
  expect(cashShown()).toMatchObject({ opening: 12_000, month2Spending: 1_234 });
  expect(trez(double, K.month(2), COL.receipts)).toBeGreaterThanOrEqual(7_777);

  // The next contract year: the sheet follows year 3 and its own inputs; year 2's stay in their column.
  await generateWorkbook({ ...YEAR2, dateReference: serialFromDate({ year: 2026, month: 4, day: 1 }) }, {}, double.run);
  expect(double.nameValue("CPTS_AnneeContrat")).toBe(3);
  expect(found(double, placed)).toEqual(placed.map((p) => p.value));
  expect(trez(double, K.opening, COL.value)).toBe(25_500);
  expect(trez(double, K.month(CASH_MONTHS), COL.spending)).toBe(900);
  expect(trez(double, K.month(1), COL.month)).toBe(edate(SIGNATURE, 24));
});
