/** Numbers and amounts written the French way in statuses (space thousands separator, comma decimals). */

/** "1 250", "1 250,5" → "1 250,50": decimals only when the amount is not whole (to the cent). */
export function formatEuros(amount: number): string {
  const cents = Math.round(Math.abs(amount) * 100);
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  const sign = amount < 0 && cents !== 0 ? "-" : "";
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${sign}${grouped}${rest === 0 ? "" : "," + String(rest).padStart(2, "0")} €`;
}
