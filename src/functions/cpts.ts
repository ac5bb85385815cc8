/**
 * The CPTS.* functions, pure and independent of Office: arguments are parsed once (args.ts),
 * each body is a few domain calls, and bad input comes back as an error value, never thrown.
 * Excel (functions.ts) and HyperFormula (test/support/cptsPlugin.ts) call these same functions.
 */
import { aciAmount, annualFunding, balanceStatus, deadline, isValidSerial, latenessStatus, tailleFromPopulation, targetLabel } from "../domain";
import { attainment } from "../domain/attainment";
import {
  attainmentError,
  gridCell,
  isEmptyDateArg,
  parseAmountSum,
  parseAvancement,
  parseDate,
  parseIndicatorValue,
  parseJalon,
  parseMissionList,
  parseOptionalDate,
  parsePaliers,
  parsePopulation,
  parseTaille,
  parseTarget,
  parseTaux,
  parseTolerance,
  parseVersion,
  parseVolet,
} from "./args";
import { FUNCTION_MESSAGES as M } from "./messages";
import { FunctionResult, invalidValue, isFunctionError, notAvailable, withArgs } from "./result";

/** Ids as registered with Excel (`CPTS.` + id in cells) and with HyperFormula. */
export const FUNCTION_IDS = ["ACI", "TAILLE", "TOTAL", "ECHEANCE", "RETARD", "EQUILIBRE", "ATTEINTE"] as const;
export type FunctionId = (typeof FUNCTION_IDS)[number];

/** Rounded to the cent: a taux like 0.3 must not show 5 250,000000001 €. */
const cents = (amount: number): number => Math.round(amount * 100) / 100;

/** CPTS.ACI(taille; mission; [volet]; [version]): one figure of the grid, in €. */
export function aci(taille: unknown, missionArg: unknown, volet?: unknown, version?: unknown): FunctionResult<number> {
  return withArgs([parseTaille(taille), parseTarget(missionArg), parseVolet(volet), parseVersion(version)] as const, (t, target, v, grid) => {
    const cell = gridCell(target, v);
    if (isFunctionError(cell)) return cell;
    return aciAmount(grid, t, cell.value.item, cell.value.volet) ?? notAvailable(M.absentFromVersion(grid.id, targetLabel(target)));
  });
}

/** CPTS.TAILLE(population): 1 to 4. */
export function taille(population: unknown): FunctionResult<number> {
  // parsePopulation only accepts whole numbers from 1 to 10 000 000, which all have a taille.
  return withArgs([parsePopulation(population)] as const, (p) => tailleFromPopulation(p)!);
}

/** CPTS.TOTAL(taille; missions; [taux]; [version]): fonctionnement + every volet of the missions, variable × taux. */
export function total(taille: unknown, missions: unknown, taux?: unknown, version?: unknown): FunctionResult<number> {
  return withArgs([parseTaille(taille), parseMissionList(missions), parseTaux(taux), parseVersion(version)] as const, (t, list, rate, grid) => {
    const funding = annualFunding(grid, t, list, rate);
    if (funding.unfunded.length > 0) return notAvailable(M.absentFromVersion(grid.id, targetLabel(funding.unfunded[0])));
    return cents(funding.total);
  });
}

/** CPTS.ECHEANCE(signature; mission; [jalon]): the deadline as an Excel serial. */
export function echeance(signature: unknown, missionArg: unknown, jalon?: unknown): FunctionResult<number> {
  return withArgs([parseDate(signature, "signature"), parseTarget(missionArg), parseJalon(jalon)] as const, (s, target, j) => {
    if (target === "fonctionnement") return notAvailable(M.fonctionnementNoDeadline);
    // The volet supplémentaire belongs to accès aux soins and shares its calendar (seed 004).
    const date = deadline(s, target === "snp" ? "acces" : target, j);
    if (date === null) return notAvailable(M.noDeadline(targetLabel(target)));
    return isValidSerial(date) ? date : invalidValue(M.deadlineOutOfRange);
  });
}

/**
 * CPTS.RETARD(echeance; avancement; [date_ref]): the milestone's status. `today` (an Excel serial)
 * stands for the omitted date_ref, so the caller decides where today comes from (a live clock in Excel).
 */
export function retard(echeanceArg: unknown, avancement: unknown, dateRef: unknown, today: number): FunctionResult<string> {
  return withArgs(
    [
      parseOptionalDate(echeanceArg, "echeance"),
      parseAvancement(avancement),
      retardFollowsToday(dateRef) ? { value: today } : parseDate(dateRef, "dateRef"),
    ] as const,
    latenessStatus,
  );
}

/** Whether CPTS.RETARD depends on today's date (no date_ref given), i.e. must follow the day clock. */
export function retardFollowsToday(dateRef: unknown): boolean {
  return isEmptyDateArg(dateRef);
}

/** CPTS.EQUILIBRE(depenses; ressources; [tolerance]): "Équilibré", "Déficit de …" or "Excédent de …". */
export function equilibre(depenses: unknown, ressources: unknown, tolerance?: unknown): FunctionResult<string> {
  return withArgs([parseAmountSum(depenses, "depenses"), parseAmountSum(ressources, "ressources"), parseTolerance(tolerance)] as const, balanceStatus);
}

/**
 * CPTS.ATTEINTE(depart; cible; mesure; [paliers]): the indicator's attainment 0–1 (domain
 * attainment.ts: linear in the sens, clamped; or the part of the last palier reached).
 */
export function atteinte(depart: unknown, cible: unknown, mesure: unknown, paliers?: unknown): FunctionResult<number> {
  return withArgs(
    [parseIndicatorValue(depart, "depart"), parseIndicatorValue(cible, "cible"), parsePaliers(paliers), parseIndicatorValue(mesure, "mesure")] as const,
    (d, c, p, m) => {
      const result = attainment(d!, c!, m, p);
      return result.ok ? result.rate : attainmentError(result.problem);
    },
  );
}
