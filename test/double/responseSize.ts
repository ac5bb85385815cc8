/**
 * What a sync answers, measured: Excel on the web limits requests AND responses to 5 MB —
 * "Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error will
 * be thrown if that limit is exceeded." (Resource limits and performance optimization for Office
 * Add-ins, https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins;
 * also https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
 * The error code is `ResponsePayloadSizeLimitExceeded`, "This error only occurs in Office on the web"
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 *
 * The double counts, for every load of a sync, the JSON of the properties it returns (collections:
 * each item's properties). Excel's own wire format is not documented; JSON of the values is the
 * part that grows with what is read, which is what the limit is about.
 */
import { DoubleExcelError } from "./errors";
import type { Platform } from "./workbookDouble";

/** The double's platform setting (workbookDouble.ts): the response limit applies on "web" only. */
export type DoublePlatform = Platform;

export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

/** JSON length of the properties one object's load returns. */
export function answeredBytes(properties: Record<string, unknown>): number {
  return JSON.stringify(properties).length + 1;
}

/** After a sync ran: records its response size and, on the web, fails it above the limit as Excel would. */
export function answerSync(record: { responseBytes?: number; failed?: string }, bytes: number, platform: DoublePlatform): void {
  record.responseBytes = bytes;
  if (platform !== "web" || bytes < RESPONSE_LIMIT_BYTES) return;
  record.failed = "ResponsePayloadSizeLimitExceeded";
  throw new DoubleExcelError("ResponsePayloadSizeLimitExceeded", `La réponse (${bytes} octets) dépasse la limite de 5 Mo d'Excel sur le web.`);
}
