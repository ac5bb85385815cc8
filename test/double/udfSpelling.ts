/**
 * A workbook saved with CPTS.* formulas and opened where the add-in's metadata is not registered.
 *
 * Excel saves a JavaScript custom function under the prefix `_xldudf_` (namespace and name joined by
 * "_": `_xldudf_CPTS_ACI`; OfficeDev/Excel-Custom-Functions#108). Opening the file, Excel shows that
 * file spelling in the cell until it has read the add-in's manifest; if the add-in does not load, the
 * cells keep it, with #NAME? (OfficeDev/office-js#3558, maintainer's explanation), and users report
 * them staying `_xldudf_…` with #NAME? even after the functions are registered, until each formula is
 * re-entered (office-js#4487, #6611). Modelled here: every formula calling CPTS.* reads back through
 * `range.formulas` in the file spelling and computes #NAME?, before and after `loadCustomFunctions()`,
 * until something writes the cell again. Which case Excel shows the prefix and the name in is not
 * documented (« à vérifier dans Excel »): `spell` lets a test choose.
 *
 * A new file wired onto one double instance (its model's formulaAt, writes and row moves), so the
 * double's own files stay as they are.
 */
import { CellRect } from "./a1";
import { SheetModel } from "./model";
import { WorkbookDouble } from "./workbookDouble";

/** Excel's file spelling of a call to CPTS.<name>. */
export const fileSpelling = (name: string): string => `_xldudf_CPTS_${name.toUpperCase()}`;

/** `CPTS.X(` outside string literals (odd parts of a split on '"' are inside quotes). */
function respell(formula: string, spell: (name: string) => string): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 0 ? part.replace(/\bCPTS\.([A-Za-z][A-Za-z0-9]*)(?=\s*\()/gi, (_m, name: string) => spell(name)) : part))
    .join('"');
}

const callsCpts = (content: unknown): content is string =>
  typeof content === "string" && content.startsWith("=") && respell(content, () => "\u0000").includes("\u0000");

/**
 * Saves and reopens the workbook without the add-in's metadata: returns how many cells now read
 * back in `spell`'s spelling.
 */
export function reopenWithoutAddinMetadata(double: WorkbookDouble, spell: (name: string) => string = fileSpelling): number {
  const model = double.model;
  model.customFunctionsLoaded = false;
  const opened = new Map<SheetModel, Set<string>>();
  const at = (r: number, c: number): string => `${r},${c}`;
  const changesBefore = model.changes.length;
  for (const sheet of model.sheets) {
    const bounds = model.contentBounds(sheet);
    if (!bounds) continue;
    const cells = new Set<string>();
    for (let r = bounds.r0; r <= bounds.r1; r++)
      for (let c = bounds.c0; c <= bounds.c1; c++) {
        const formula = model.formulaAt(sheet, r, c);
        if (!callsCpts(formula)) continue;
        // Stored again while the functions are unknown: the cell computes #NAME?, as Excel shows it.
        model.writeContents(sheet, r, c, [[formula]], "exact");
        cells.add(at(r, c));
      }
    if (cells.size > 0) opened.set(sheet, cells);
  }
  // Opening a file raises no change event.
  model.changes.splice(changesBefore);

  const formulaAt = model.formulaAt.bind(model);
  model.formulaAt = (sheet, r, c) => {
    const content = formulaAt(sheet, r, c);
    return opened.get(sheet)?.has(at(r, c)) && typeof content === "string" ? respell(content, spell) : content;
  };
  const forget = (sheet: SheetModel, rect: CellRect): void => {
    const cells = opened.get(sheet);
    if (!cells) return;
    for (const k of [...cells]) {
      const [r, c] = k.split(",").map(Number);
      if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) cells.delete(k);
    }
  };
  const writeContents = model.writeContents.bind(model);
  model.writeContents = (sheet, r0, c0, rows, mode) => {
    writeContents(sheet, r0, c0, rows, mode);
    // A cell written again (and accepted) is a formula re-entered: it reads as written from now on.
    rows.forEach((row, i) => row.forEach((v, j) => v !== null && forget(sheet, { r0: r0 + i, c0: c0 + j, r1: r0 + i, c1: c0 + j })));
  };
  const clearContents = model.clearContents.bind(model);
  model.clearContents = (sheet, rect) => {
    clearContents(sheet, rect);
    forget(sheet, rect);
  };
  const moveCells = (sheet: SheetModel, mapRow: (r: number) => number): void => {
    const cells = opened.get(sheet);
    if (!cells) return;
    const moved = [...cells].map((k) => k.split(",").map(Number)).filter(([r]) => mapRow(r) >= 0);
    opened.set(sheet, new Set(moved.map(([r, c]) => at(mapRow(r), c))));
  };
  const insertRows = model.insertRows.bind(model);
  model.insertRows = (sheet, row, count) => {
    insertRows(sheet, row, count);
    moveCells(sheet, (r) => (r >= row ? r + count : r));
  };
  const deleteRows = model.deleteRows.bind(model);
  model.deleteRows = (sheet, row, count) => {
    deleteRows(sheet, row, count);
    moveCells(sheet, (r) => (r < row ? r : r < row + count ? -1 : r - count));
  };
  return [...opened.values()].reduce((n, cells) => n + cells.size, 0);
}
