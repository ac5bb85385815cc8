/** Plan colours ("#1F4E79", "1F4E79") as ExcelJS ARGB colours (opaque). */
export function argb(color: string): string {
  const hex = color.trim().replace(/^#/, "");
  if (/^[0-9a-fA-F]{6}$/.test(hex)) return `FF${hex.toUpperCase()}`;
  if (/^[0-9a-fA-F]{8}$/.test(hex)) return hex.toUpperCase();
  throw new Error(`Couleur attendue au format #RRVVBB (reçu : ${color})`);
}
