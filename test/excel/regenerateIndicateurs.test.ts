/**
 * Issue 10: regenerating keeps every indicator, measure, palier, overridden follow-up date and added
 * indicator row of the Indicateurs sheet, through the workbook double (office-js as documented,
 * on each platform), and the recomputed mission rate still counts them. Rows move (a mission is
 * added before others); the values follow their rows by key.
 */
import { generateWorkbook } from "../../src/excel/generate";
import { COL, measureCol, seuilCol } from "../../src/sheets/indicateursFormulas";
import { missionAttainmentName } from "../../src/sheets/missionRates";
import type { SheetKey } from "../../src/sheets/plan";
import { PLATFORMS } from "../double";
import { SIGNATURE, TODAY, choicesFor, newWorkbook } from "./fixtures";
import { Typed, addUserRow, columnLetter, keylessRows, missingAddedRows, missingUserCells, rowsByKey } from "./userData";

const SHEET = "Indicateurs";
const NAMES = { indicateurs: SHEET } as Record<SheetKey, string>;

describe.each(PLATFORMS)("on %s", (platform) => {
  test("measures, paliers, a follow-up date and an added indicator survive two regenerations and still compute", async () => {
    const double = newWorkbook({ platform });
    // The date de référence fixed (10/01/2025, contract year 1): the followed year does not move with the clock.
    await generateWorkbook(choicesFor({ dateReference: TODAY }), {}, double.run);
    const typed: Typed = { cells: { indicateurs: {} }, added: {} };
    const type = (key: string, col: number, value: string | number): void => {
      const row = rowsByKey(double, SHEET).get(key)!;
      double.type(SHEET, `${columnLetter(col)}${row}`, value);
      (typed.cells.indicateurs![key] ??= {})[col] = value;
    };
    // Progression de la patientèle: 40 → 60, measured 50 in year 1 and 58 in year 2.
    type("ind:acces:1", COL.depart, 40);
    type("ind:acces:1", COL.cible, 60);
    type("ind:acces:1", COL.part, 3000);
    type("ind:acces:1", measureCol(1, 1), 50);
    type("ind:acces:1", measureCol(2, 1), 58);
    // Recours aux urgences, by paliers: 100 → 80, 95 | 50 %, 85 | 100 %, measured 90.
    type("ind:acces:7", COL.depart, 100);
    type("ind:acces:7", COL.cible, 80);
    type("ind:acces:7", COL.part, 1000);
    type("ind:acces:7", COL.regle, "Paliers");
    type("ind:acces:7", seuilCol(1), 95);
    type("ind:acces:7", seuilCol(1) + 1, 0.5);
    type("ind:acces:7", seuilCol(2), 85);
    type("ind:acces:7", seuilCol(2) + 1, 1);
    type("ind:acces:7", measureCol(1, 2), 90);
    type("ind:acces:2", COL.indicateur, "Réduction du % de patients sans médecin traitant (reformulé)");
    type("ind:dates", measureCol(1, 1), SIGNATURE + 200);
    addUserRow(
      double,
      SHEET,
      "ind:acces:1",
      {
        [COL.indicateur]: "Délai d'obtention d'un rendez-vous",
        [COL.financier]: "Oui",
        [COL.depart]: 0,
        [COL.cible]: 10,
        [COL.part]: 1000,
        [measureCol(1, 1)]: 5,
      },
      typed,
      "indicateurs",
    );
    // (3000 × 50 % + 1000 × 50 % + 1000 × 50 %) / 5000
    expect(double.nameValue(missionAttainmentName("acces"))).toBeCloseTo(0.5, 12);

    for (const missions of [
      ["acces", "parcours", "prevention", "qualite"],
      ["acces", "prevention", "qualite"],
    ] as const) {
      await generateWorkbook(choicesFor({ dateReference: TODAY, missions: [...missions] }), {}, double.run);
      expect(missingUserCells(double, NAMES, typed)).toEqual([]);
      expect(missingAddedRows(double, NAMES, typed)).toEqual([]);
      expect(keylessRows(double, SHEET)).toBe(1);
      expect(double.nameValue(missionAttainmentName("acces"))).toBeCloseTo(0.5, 12);
    }
    // The added row computes again after the regeneration: its attainment and amount are planned anew.
    const added = rowsByKey(double, SHEET).get("ind:acces:1")! + 1;
    expect(double.value(SHEET, `${columnLetter(COL.atteinte)}${added}`)).toBeCloseTo(0.5, 12);
    expect(double.value(SHEET, `${columnLetter(COL.montant)}${added}`)).toBe(500);
    expect(double.value(SHEET, `${columnLetter(COL.mission)}${added}`)).toBe("Accès aux soins");
  });
});
