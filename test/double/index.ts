/** The workbook test double: see workbookDouble.ts. */
export { WorkbookDouble, PAYLOAD_LIMIT_BYTES, PLATFORMS } from "./workbookDouble";
export type { WorkbookDoubleOptions, InjectedFailure, Platform } from "./workbookDouble";
export { RESPONSE_LIMIT_BYTES } from "./responseSize";
export type { CellContent } from "./model";
