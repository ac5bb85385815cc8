/** Amounts and rates as the pane shows them: the domain's French format, kept on one line. */
import { formatEuros } from "../domain";

/** "65 000 €" with no-break spaces, so an amount never wraps in a narrow task pane. */
export function euros(amount: number): string {
  return formatEuros(amount).replace(/ /g, "\u00a0");
}

/** "72,5 %" for 0.725. */
export function percent(rate: number): string {
  return `${String(Math.round(rate * 100 * 1000) / 1000).replace(".", ",")}\u00a0%`;
}
