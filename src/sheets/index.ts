/** Pure sheet plans: what every sheet of the workbook holds. Writers (src/excel, src/xlsx) render them. */
export * from "./plan";
export * from "./addresses";
export * from "./references";
export * from "./styles";
export * from "./labels";
export { planWorkbook } from "./workbook";
export { planParametres, PARAMETRES_NAMES, missionRetainedAddress, snpAddress, tailleFormula } from "./parametres";
export { planGrille, gridLineKey, GRILLE_TAILLE_COLUMN } from "./grille";
export type { GrilleAnchors } from "./grille";
export { planVersements } from "./versements";
export { planFdrElaboration } from "./fdrElaboration";
export { planFdrOperationnelle, operationalRowKey, GANTT_MONTHS, GANTT_FIRST_COLUMN } from "./fdrOperationnelle";
export { planBudget, budgetRowKey } from "./budget";
export type { BudgetBlockCells } from "./budget";
export { isUserOwned } from "./builder";
export { heightForLines, heightForTexts, wrappedLines } from "./rowHeights";
