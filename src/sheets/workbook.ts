/**
 * The whole workbook's plan from the user's choices, with the carry-over of a workbook being
 * regenerated: the one entry point both writers and the task pane use.
 */
import { findGridVersion } from "../domain";
import { planBudget } from "./budget";
import { planFdrElaboration } from "./fdrElaboration";
import { planFdrOperationnelle } from "./fdrOperationnelle";
import { planGrille } from "./grille";
import { planParametres } from "./parametres";
import { CarryOver, SHEET_KEYS, SheetPlan, WorkbookChoices, WorkbookPlan } from "./plan";
import { planIndicateurs } from "./indicateurs";
import { planSuivi } from "./suivi";
import { planTresorerie } from "./tresorerie";
import { planVersements } from "./versements";

export function planWorkbook(choices: WorkbookChoices, carryOver: CarryOver = {}): WorkbookPlan {
  if (!findGridVersion(choices.versionId)) throw new Error(`Version de grille inconnue : « ${choices.versionId} »`);
  const parametres = planParametres(choices, carryOver.parametres);
  const grille = planGrille(choices, carryOver.grille);
  const versements = planVersements(grille.anchors, carryOver.versements);
  const fdrElaboration = planFdrElaboration(carryOver.fdrElaboration);
  const fdrOperationnelle = planFdrOperationnelle(choices, carryOver.fdrOperationnelle);
  const indicateurs = planIndicateurs(choices, grille.anchors, carryOver.indicateurs);
  const budget = planBudget(choices, grille.anchors, carryOver.budget);
  const suivi = planSuivi(choices, budget.blocks, carryOver.suivi);
  const tresorerie = planTresorerie(choices, versements.anchors, suivi.anchors, carryOver.tresorerie);
  const byKey: Record<string, SheetPlan> = {
    parametres: parametres.sheet,
    grille: grille.sheet,
    versements: versements.sheet,
    fdrElaboration: fdrElaboration.sheet,
    fdrOperationnelle: fdrOperationnelle.sheet,
    budget: budget.sheet,
    indicateurs: indicateurs.sheet,
    suivi: suivi.sheet,
    tresorerie: tresorerie.sheet,
  };
  return {
    choices,
    sheets: SHEET_KEYS.map((k) => byKey[k]),
    names: [...parametres.names, ...grille.names, ...versements.names, ...indicateurs.names, ...budget.names, ...suivi.names, ...tresorerie.names],
    controls: [
      ...versements.controls,
      ...indicateurs.controls,
      ...fdrElaboration.controls,
      ...fdrOperationnelle.controls,
      ...budget.controls,
      ...suivi.controls,
      ...tresorerie.controls,
    ],
    summaries: [...indicateurs.summaries, ...versements.summaries, ...suivi.summaries, ...tresorerie.summaries],
  };
}
