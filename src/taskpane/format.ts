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

/**
 * Messages written by the Office layer ("Excédent de 50 000 €") with their amounts kept on one
 * line: thousands groups and the euro sign never wrap apart in the narrow pane.
 */
export function keepAmountsTogether(text: string): string {
  return text.replace(/(\d) (?=\d{3}\b)/g, "$1\u00a0").replace(/ €/g, "\u00a0€");
}
