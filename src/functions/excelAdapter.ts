/**
 * The thin layer between the pure functions and Excel: error values become
 * CustomFunctions.Error (#VALUE! or #N/A with the French message), and CPTS.RETARD streams.
 */
import { retard, retardFollowsToday } from "./cpts";
import type { DayClock } from "./dayClock";
import { FunctionResult, isFunctionError } from "./result";

/** The value for the cell: the result itself, or Excel's error carrying the French message. */
export function toExcel<T>(result: FunctionResult<T>): T | CustomFunctions.Error {
  if (!isFunctionError(result)) return result;
  const code = result.error === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, result.message);
}

export type StreamingRetard = (echeance: unknown, avancement: unknown, dateRef: unknown, invocation: CustomFunctions.StreamingInvocation<string>) => void;

/**
 * CPTS.RETARD for Excel. With a date_ref the status is set once. Without, it follows `clock`:
 * the status is set now and again at each midnight, until Excel cancels the invocation (the cell
 * was edited or deleted). Invalid input does not depend on the day, so it does not subscribe.
 */
export function createStreamingRetard(clock: DayClock): StreamingRetard {
  return (echeance, avancement, dateRef, invocation) => {
    if (!retardFollowsToday(dateRef)) {
      invocation.setResult(toExcel(retard(echeance, avancement, dateRef, clock.today())));
      return;
    }
    const first = retard(echeance, avancement, null, clock.today());
    invocation.setResult(toExcel(first));
    if (isFunctionError(first)) return;
    const unsubscribe = clock.subscribe((today) => invocation.setResult(toExcel(retard(echeance, avancement, null, today))));
    invocation.onCanceled = unsubscribe;
  };
}
