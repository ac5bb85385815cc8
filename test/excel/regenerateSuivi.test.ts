/**
 * The Suivi budgétaire through the workbook double: actuals typed in any of the 5 years, and in the
 * line of a row the person added to the Budget prévisionnel, come back to their cells after
 * regenerations that change the missions and move to the next contract year; a block whose mission
 * is dropped stays while it holds actuals.
 */
import { edate } from "../../src/domain";
import { generateWorkbook } from "../../src/excel/generate";
import { SHEET_NAMES } from "../../src/sheets/plan";
import { SUIVI_COL } from "../../src/sheets/suiviBlocks";
import { monthColumn } from "../../src/sheets/suiviFormulas";
import { SIGNATURE, choicesFor, newWorkbook } from "./fixtures";
import { columnLetter, rowsByKey } from "./userData";

const SUIVI = SHEET_NAMES.suivi;
const BUDGET = SHEET_NAMES.budget;
const month = (year: number, m: number): string => columnLetter(monthColumn(SUIVI_COL.firstMonth, year, m));
const LOYER = "suivi:fonctionnement:dep:salaires:ajout:1";

describe("Suivi budgétaire: regeneration keeps every actual typed", () => {
  it("across missions changed, the next contract year and a user's budget line", async () => {
    const double = newWorkbook();
    await generateWorkbook(choicesFor({ dateReference: edate(SIGNATURE, 5) }), {}, double.run);
    // A line of the person's own in the budget, under Salaires.
    const salairesBudget = rowsByKey(double, BUDGET).get("budget:fonctionnement:dep:salaires")!;
    double.insertRows(BUDGET, salairesBudget + 1);
    double.type(BUDGET, `B${salairesBudget + 1}`, "Loyer");
    double.type(BUDGET, `D${salairesBudget + 1}`, 6000);

    let rows = rowsByKey(double, SUIVI);
    const typed: [string, string, number][] = [
      ["suivi:fonctionnement:dep:salaires", month(1, 1), 1200],
      ["suivi:fonctionnement:dep:salaires", month(2, 3), 340.5],
      ["suivi:parcours:dep:materiel", month(1, 4), 75],
      ["suivi:1A:dep:indemnites", month(5, 12), 99],
    ];
    for (const [key, col, amount] of typed) double.type(SUIVI, `${col}${rows.get(key)}`, amount);

    // Missions changed (qualité added before accompagnement) and the next contract year: the Suivi now follows the Loyer line.
    await generateWorkbook(choicesFor({ missions: ["acces", "parcours", "prevention", "qualite"], dateReference: edate(SIGNATURE, 14) }), {}, double.run);
    rows = rowsByKey(double, SUIVI);
    expect(rows.get(LOYER)).toBe(rows.get("suivi:fonctionnement:dep:salaires")! + 1);
    expect(double.value(SUIVI, `B${rows.get(LOYER)}`)).toBe("Loyer");
    expect(double.value(SUIVI, `C${rows.get(LOYER)}`)).toBe(6000);
    double.type(SUIVI, `${month(2, 1)}${rows.get(LOYER)}`, 500);
    typed.push([LOYER, month(2, 1), 500]);

    // Parcours dropped: its block stays, for the actual typed in it.
    await generateWorkbook(choicesFor({ missions: ["acces", "prevention"], dateReference: edate(SIGNATURE, 14) }), {}, double.run);
    rows = rowsByKey(double, SUIVI);
    expect(typed.map(([key, col]) => double.value(SUIVI, `${col}${rows.get(key)}`))).toEqual(typed.map(([, , amount]) => amount));
    expect(rows.has("suivi:parcours:total")).toBe(true);
    expect(rows.has("suivi:synth:parcours")).toBe(false);
    // Year 2 followed: the Loyer line's cumul is its year-2 actual.
    expect(double.value(SUIVI, `${columnLetter(SUIVI_COL.cumul)}${rows.get(LOYER)}`)).toBe(500);
    expect(double.value(SUIVI, `${columnLetter(SUIVI_COL.cumul)}${rows.get("suivi:fonctionnement:dep:salaires")}`)).toBe(340.5);
  });
});
