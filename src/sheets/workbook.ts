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
import { planVersements } from "./versements";

export function planWorkbook(choices: WorkbookChoices, carryOver: CarryOver = {}): WorkbookPlan {
  if (!findGridVersion(choices.versionId)) throw new Error(`Version de grille inconnue : « ${choices.versionId} »`);
  const parametres = planParametres(choices, carryOver.parametres);
  const grille = planGrille(choices, carryOver.grille);
  const versements = planVersements(grille.anchors, carryOver.versements);
  const fdrElaboration = planFdrElaboration(carryOver.fdrElaboration);
  const fdrOperationnelle = planFdrOperationnelle(choices, carryOver.fdrOperationnelle);
  const budget = planBudget(choices, grille.anchors, carryOver.budget);
  const byKey: Record<string, SheetPlan> = {
    parametres: parametres.sheet,
    grille: grille.sheet,
    versements: versements.sheet,
    fdrElaboration: fdrElaboration.sheet,
    fdrOperationnelle: fdrOperationnelle.sheet,
    budget: budget.sheet,
  };
  return {
    choices,
    sheets: SHEET_KEYS.map((k) => byKey[k]),
    names: [...parametres.names, ...grille.names, ...versements.names, ...budget.names],
    controls: [...fdrElaboration.controls, ...fdrOperationnelle.controls, ...budget.controls],
  };
}
