/** The workbook test double: see workbookDouble.ts. */
export { WorkbookDouble, PAYLOAD_LIMIT_BYTES, PLATFORMS } from "./workbookDouble";
export type { WorkbookDoubleOptions, InjectedFailure, DoubleBatch, Platform } from "./workbookDouble";
export type { SyncRecord } from "./context";
export { RESPONSE_LIMIT_BYTES } from "./responseSize";
export { DoubleExcelError, NotImplementedInDouble } from "./errors";
export type { CellContent, FormatProps, SheetModel } from "./model";
