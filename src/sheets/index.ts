/** Pure sheet plans: what every sheet of the workbook holds. Writers (src/excel, src/xlsx) render them. */
export * from "./plan";
export * from "./addresses";
export * from "./references";
export * from "./styles";
export * from "./labels";
export { planWorkbook } from "./workbook";
export { PARAMETRES_NAMES } from "./parametres";
export { gridLineKey } from "./grille";
export { GANTT_MONTHS } from "./fdrOperationnelle";
export { budgetRowKey } from "./budget";
export { isUserOwned } from "./builder";
export { heightForTexts, wrappedLines } from "./rowHeights";
