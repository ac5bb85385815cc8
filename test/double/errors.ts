/**
 * Errors shaped like OfficeExtension.Error: a `code` from Excel's error code list, a message and a
 * debugInfo, so the writer's error handling is exercised as it would be in Excel.
 */
export type ExcelErrorCode =
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "PropertyNotLoaded"
  | "InvalidObjectPath"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "AccessDenied"
  | "ApiNotFound";

export class DoubleExcelError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: ExcelErrorCode | string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Thrown for any part of the Excel API the double does not model: a test must never pass by accident. */
export class NotImplementedInDouble extends Error {
  constructor(what: string) {
    super(`not implemented in the workbook double: ${what}`);
    this.name = "NotImplementedInDouble";
  }
}

export function invalidArgument(message: string, location?: string): DoubleExcelError {
  return new DoubleExcelError("InvalidArgument", message, location);
}
