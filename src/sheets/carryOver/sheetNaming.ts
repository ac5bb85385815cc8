/**
 * The names our sheets get: one of ours keeps the name it has (the user may have renamed it); a new
 * one takes the plan's name unless a sheet we did not make holds it, then "Nom (2)", "Nom (3)"…
 * Returns the renames cross-sheet formulas need (plan name → actual name).
 */
import { SHEET_KEYS, SHEET_NAMES, SheetKey } from "../plan";

/** Excel's limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;

export interface SheetNaming {
  names: Record<SheetKey, string>;
  renames: Record<string, string>;
}

export function nameSheets(existing: Partial<Record<SheetKey, string>>, workbookSheetNames: readonly string[]): SheetNaming {
  const taken = new Set(workbookSheetNames.map((n) => n.toLowerCase()));
  const names = {} as Record<SheetKey, string>;
  for (const key of SHEET_KEYS) {
    const found = existing[key];
    if (found !== undefined) {
      names[key] = found;
      continue;
    }
    const base = SHEET_NAMES[key];
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    names[key] = name;
  }
  const renames: Record<string, string> = {};
  for (const key of SHEET_KEYS) if (names[key] !== SHEET_NAMES[key]) renames[SHEET_NAMES[key]] = names[key];
  return { names, renames };
}
