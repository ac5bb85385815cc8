/**
 * Declares an Excel table over cells the sheet writer has already filled. ExcelJS's addTable writes
 * the header and row values itself, so it is handed the cells' own values back (formulas included)
 * and their styles stay as written; the table only adds the ListObject, its filter buttons and banding.
 */
import type { CellValue as ExcelCellValue, Worksheet } from "exceljs";
import { parseA1 } from "../sheets/addresses";
import type { TablePlan } from "../sheets/plan";

const DEFAULT_TABLE_STYLE = "TableStyleLight1";

export function addPlannedTable(ws: Worksheet, plan: TablePlan): void {
  const [from, to] = plan.range.split(":");
  if (!from || !to) throw new Error(`Plage de tableau attendue « B2:F9 » (tableau ${plan.name} : ${plan.range})`);
  const tl = parseA1(from);
  const br = parseA1(to);
  // A table with a header and no data row makes a file Excel must repair.
  if (br.row <= tl.row) throw new Error(`Le tableau ${plan.name} n'a pas de ligne de données (${plan.range})`);
  const headerRow = ws.getRow(tl.row);
  const seen = new Set<string>();
  const columns = [];
  for (let c = tl.col; c <= br.col; c++) {
    const header = headerRow.getCell(c + 1).value;
    if (typeof header !== "string" || header.trim() === "") {
      throw new Error(`En-tête de tableau attendu : un texte en ${ws.name}!${from} à ${to}, colonne ${c + 1} (tableau ${plan.name})`);
    }
    // Excel compares table column names case-insensitively and repairs duplicates.
    if (seen.has(header.toLowerCase())) throw new Error(`En-tête en double « ${header} » dans le tableau ${plan.name}`);
    seen.add(header.toLowerCase());
    columns.push({ name: header, filterButton: true });
  }
  const rows: ExcelCellValue[][] = [];
  for (let r = tl.row + 1; r <= br.row; r++) {
    const row = ws.getRow(r);
    const values: ExcelCellValue[] = [];
    for (let c = tl.col; c <= br.col; c++) values.push(row.getCell(c + 1).value);
    rows.push(values);
  }
  ws.addTable({
    name: plan.name,
    displayName: plan.name,
    ref: from.replace(/\$/g, ""),
    headerRow: true,
    totalsRow: false,
    style: { theme: (plan.style ?? DEFAULT_TABLE_STYLE) as never, showRowStripes: true },
    columns,
    rows,
  });
}
