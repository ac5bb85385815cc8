/** The workbook test double: see workbookDouble.ts. */
export { WorkbookDouble, PAYLOAD_LIMIT_BYTES } from "./workbookDouble";
export type { WorkbookDoubleOptions, InjectedFailure, DoubleBatch } from "./workbookDouble";
export type { SyncRecord } from "./context";
export { DoubleExcelError, NotImplementedInDouble } from "./errors";
export type { CellContent, FormatProps, SheetModel } from "./model";
