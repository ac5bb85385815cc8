/**
 * The carry-over of every sheet about to be rewritten, its formulas moved with their rows — one
 * orchestration of the pure reader (readCarryOver.ts) for both regenerations: the add-in's
 * (src/excel/generate.ts, grids read through office-js) and the command line's `--depuis`
 * (src/cli/depuis.ts, grids read from the file by src/xlsx/readWorkbook.ts). Ownership comes from the
 * plans of the stored choices and of the full catalogue (see readCarryOver.ts).
 */
import { MISSION_KEYS } from "../../domain";
import { CarryOver, CellValue, SheetCarryOver, SheetKey, WorkbookChoices, WorkbookPlan } from "../plan";
import { planWorkbook } from "../workbook";
import { CarryOrigins, PlanSheet, readSheetCarryOver, relocateUserFormulas } from "./readCarryOver";

/** One of our sheets as a grid from A1: formulas ("=…"), literals, "" when empty; values when known (see ExistingSheet). */
export interface SheetGrid {
  name: string;
  formulas: CellValue[][];
  values?: CellValue[][];
}

export interface PlannedCarryOver {
  carryOver: CarryOver;
  /** 0-based rows of each old sheet that hold something of the user's. */
  userRows: Partial<Record<SheetKey, Set<number>>>;
  /** The plans the old sheets were read against (ownership). */
  references: WorkbookPlan[];
}

/** 0-based rows of the old sheet that hold something of the user's: never deleted by a table's resizing. */
function userRowsOf(carry: SheetCarryOver, origins: CarryOrigins): Set<number> {
  const rows = new Set<number>();
  for (const [key, cells] of Object.entries(carry.cells))
    if (Object.keys(cells).length > 0 && origins.keyed[key] !== undefined) rows.add(origins.keyed[key] - 1);
  for (const row of origins.added) rows.add(row - 1);
  return rows;
}

/**
 * `stored`: the choices the workbook's Paramètres holds (null when unreadable: then `choices` stand
 * for them); `keys`: the sheets about to be rewritten; `choices`: those of the new generation.
 */
export function planCarryOver(
  sheets: Partial<Record<SheetKey, SheetGrid>>,
  stored: WorkbookChoices | null,
  keys: readonly SheetKey[],
  choices: WorkbookChoices,
): PlannedCarryOver {
  const reference = stored ?? choices;
  const references: WorkbookPlan[] = [planWorkbook(reference), planWorkbook({ ...reference, missions: [...MISSION_KEYS], snp: true })];
  const planSheet: PlanSheet = (key, carry) => planWorkbook(reference, { [key]: carry }).sheets.find((s) => s.key === key);
  const carryOver: CarryOver = {};
  const origins: Partial<Record<SheetKey, CarryOrigins>> = {};
  for (const key of keys) {
    const found = sheets[key];
    if (!found || found.formulas.length === 0) continue;
    const read = readSheetCarryOver({ key, name: found.name, formulas: found.formulas, values: found.values }, references, planSheet);
    carryOver[key] = read.carry;
    origins[key] = read.origins;
  }
  // Plan once to learn where each carried row lands, then move the user's formulas with their rows.
  const layout = planWorkbook(choices, carryOver);
  const relocated: CarryOver = {};
  const userRows: Partial<Record<SheetKey, Set<number>>> = {};
  for (const key of Object.keys(carryOver) as SheetKey[]) {
    relocated[key] = relocateUserFormulas(
      carryOver[key]!,
      origins[key]!,
      layout.sheets.find((s) => s.key === key)!,
    );
    userRows[key] = userRowsOf(carryOver[key]!, origins[key]!);
  }
  return { carryOver: relocated, userRows, references };
}
