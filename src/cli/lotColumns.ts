/**
 * The batch CSV's header: which column holds which value. The columns carry the names of the
 * single-file command's options (nom, population, taille, signature, missions, snp, taux, version),
 * matched case-, accent- and punctuation-insensitively, plus a few spellings a consultant's
 * spreadsheet is likely to have (« Date de signature », « Taux d'atteinte »…).
 *
 * Required columns — decided here: nom (the file is named after it), population or taille (the
 * taille cannot be guessed), signature (every date of the workbook follows it) and missions (a batch
 * prepares different clients: falling back silently to the default missions for a forgotten column
 * would write twenty wrong workbooks). snp, taux and version are optional, with the command's defaults.
 */
import { lookupKey } from "../domain";
import { LOT_MESSAGES as M } from "./lotMessages";

export const LOT_COLUMNS = ["nom", "population", "taille", "signature", "missions", "snp", "taux", "version"] as const;
export type LotColumn = (typeof LOT_COLUMNS)[number];

const ALIASES: ReadonlyMap<string, LotColumn> = (() => {
  const map = new Map<string, LotColumn>();
  const add = (column: LotColumn, ...names: string[]) => [column, ...names].forEach((n) => map.set(lookupKey(n), column));
  add("nom", "nom de la CPTS", "CPTS");
  add("population", "habitants", "nombre d'habitants");
  add("taille", "taille de la CPTS");
  add("signature", "date de signature", "signature de l'ACI", "date de signature de l'ACI");
  add("missions", "missions retenues");
  add("snp", "volet SNP", "volet supplémentaire SNP");
  add("taux", "taux d'atteinte", "taux d'atteinte des résultats");
  add("version", "version de la grille", "grille");
  return map;
})();

/** Column index (0-based) of each value found in the header. */
export type LotColumns = Partial<Record<LotColumn, number>>;

export type HeaderReading = { ok: true; columns: LotColumns; unknown: string[] } | { ok: false; message: string };

/** The header's columns; a missing required column or a column given twice refuses the whole file. */
export function readHeader(header: readonly string[], file: string): HeaderReading {
  const columns: LotColumns = {};
  const unknown: string[] = [];
  for (const [index, raw] of header.entries()) {
    const name = raw.trim();
    // An unnamed column (a trailing separator) holds nothing of ours.
    if (name === "") continue;
    const column = ALIASES.get(lookupKey(name));
    if (column === undefined) {
      unknown.push(`« ${name} »`);
      continue;
    }
    const first = columns[column];
    if (first !== undefined) return { ok: false, message: M.duplicateColumn(column, first + 1, index + 1) };
    columns[column] = index;
  }
  const missing: string[] = [];
  if (columns.nom === undefined) missing.push("nom");
  if (columns.population === undefined && columns.taille === undefined) missing.push("population ou taille");
  if (columns.signature === undefined) missing.push("signature");
  if (columns.missions === undefined) missing.push("missions");
  if (missing.length > 0) return { ok: false, message: M.missingColumns(file, missing.join(", "), header.join(" | ")) };
  return { ok: true, columns, unknown };
}
