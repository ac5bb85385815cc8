/**
 * The declarative plan of the workbook: what every sheet holds (values, native formulas, formats,
 * tables, validations, conditional formats, charts, names) and who owns each cell. One plan feeds
 * every writer (office-js in src/excel, ExcelJS in src/xlsx); no writer decides content.
 *
 * Conventions every planner and writer follows:
 * - Formulas are en-US, as `range.formulas` takes them ("=SUM(B2:B5)", comma separators), and start with "=".
 *   Cross-sheet references use the plan's sheet names quoted: `'Grille ACI'!$D$5`. A writer whose sheet
 *   got another name (renamed by the user, or a foreign sheet held the name) rewrites them with
 *   `renameSheetReferences` (see references.ts).
 * - Column A of every add-in sheet is the hidden identity column: A1 holds the sheet marker
 *   (`sheetMarker(key)`), and each planned row's key is written in column A of its row. A row whose
 *   column A is empty was added by the user. This is how the add-in recognises its sheets and rows
 *   by identity, not by name, in Excel and in exported files alike.
 * - `RowPlan.cells[i]` is column i (0 = A, the key column, left empty by planners; content starts at 1 = B).
 * - Dates are Excel serial numbers; amounts are euros; rates are fractions (1 = 100 %).
 */
import type { MissionKey, Taille } from "../domain";

export type SheetKey = "parametres" | "grille" | "versements" | "indicateurs" | "fdrElaboration" | "fdrOperationnelle" | "budget" | "suivi" | "tresorerie";

/** Sheets in workbook order, with their French names. */
export const SHEET_NAMES: Readonly<Record<SheetKey, string>> = {
  parametres: "Paramètres",
  grille: "Grille ACI",
  versements: "Versements",
  indicateurs: "Indicateurs",
  fdrElaboration: "FdR Élaboration",
  fdrOperationnelle: "FdR Opérationnelle",
  budget: "Budget prévisionnel",
  suivi: "Suivi budgétaire",
  tresorerie: "Trésorerie",
};
export const SHEET_KEYS: readonly SheetKey[] = [
  "parametres",
  "grille",
  "versements",
  "indicateurs",
  "fdrElaboration",
  "fdrOperationnelle",
  "budget",
  "suivi",
  "tresorerie",
];

export const KEY_COLUMN_INDEX = 0;
const MARKER_PREFIX = "CPTS-ADDIN";
/** Bumped when the layout changes incompatibly, so a reader can migrate older sheets. */
export const PLAN_FORMAT_VERSION = 1;

export function sheetMarker(key: SheetKey): string {
  return `${MARKER_PREFIX}|${key}|${PLAN_FORMAT_VERSION}`;
}

/** The sheet key a marker names, or undefined when the cell is not one of ours. */
export function parseSheetMarker(value: unknown): { key: SheetKey; version: number } | undefined {
  if (typeof value !== "string") return undefined;
  const [prefix, key, version] = value.split("|");
  if (prefix !== MARKER_PREFIX || !(SHEET_KEYS as readonly string[]).includes(key)) return undefined;
  return { key: key as SheetKey, version: Number(version) };
}

/** What the user chose in the task pane or on the command line. */
export interface WorkbookChoices {
  nom: string;
  /** Inhabitants; null when the user gives the taille directly. */
  population: number | null;
  /** Overrides the taille computed from the population; null = computed. */
  tailleOverride: Taille | null;
  /** Signature date of the ACI contract (Excel serial). */
  signature: number;
  /** Grid version id, e.g. "ACI 2019". */
  versionId: string;
  /** Taux d'atteinte des résultats, 1 = 100 %. */
  taux: number;
  missions: MissionKey[];
  /** Volet supplémentaire SNP retained. */
  snp: boolean;
  /** Date de référence for lateness (serial); null = today. */
  dateReference: number | null;
}

export type CellValue = string | number | boolean | null;

/**
 * Visual role, mapped to fills and fonts by each writer from one style table (styles.ts):
 * inputs are visibly distinct from computed cells.
 */
export type CellRole = "title" | "subtitle" | "header" | "label" | "input" | "computed" | "total" | "flag" | "note" | "warning";

export interface CellPlan {
  /** A literal; ignored when `formula` is set. */
  value?: CellValue;
  /** A native formula, en-US, starting with "=". */
  formula?: string;
  /** Excel number format (e.g. EURO_FORMAT, DATE_FORMAT, PERCENT_FORMAT). */
  format?: string;
  role?: CellRole;
  /**
   * "user": the user may fill or overwrite it; regeneration keeps what is there. "addin": rewritten on
   * every regeneration. Default: "user" for role "input", "addin" otherwise.
   */
  owner?: "addin" | "user";
  /** Wrap text in the cell. */
  wrap?: boolean;
  bold?: boolean;
}

export interface RowPlan {
  /** Stable identity across regenerations, written in column A ("" for spacer rows the add-in owns). */
  key: string;
  cells: (CellPlan | undefined)[];
  /** Row height in points, when the default does not fit. */
  height?: number;
}

export interface ColumnPlan {
  /** Width in characters (Excel's column width unit). */
  width: number;
  hidden?: boolean;
}

export interface TablePlan {
  /** Workbook-unique table name, e.g. "CPTS_Missions". */
  name: string;
  /** Address including the header row, e.g. "B12:F18". */
  range: string;
  style?: string;
}

export type ValidationPlan =
  | { range: string; type: "list"; values: readonly string[]; prompt?: string; error: string }
  | { range: string; type: "decimal" | "whole"; min?: number; max?: number; prompt?: string; error: string }
  | { range: string; type: "date"; min?: number; max?: number; prompt?: string; error: string };

/** A formula-based conditional format: `formula` is written for the range's top-left cell, relative refs shift. */
export interface ConditionalFormatPlan {
  range: string;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface ChartPlan {
  name: string;
  type: "columnClustered" | "barClustered" | "line";
  title: string;
  /** Range holding the category labels (one column). */
  categories: string;
  series: { name: string; values: string }[];
  /** Cell under the chart's top-left corner, and how many columns / rows it spans. */
  anchor: string;
  widthColumns: number;
  heightRows: number;
}

export interface NamePlan {
  /** Workbook-level name, e.g. "CPTS_Taille". */
  name: string;
  sheet: SheetKey;
  /** Absolute address of a single cell, e.g. "$C$5". */
  address: string;
  comment?: string;
}

export interface SheetPlan {
  key: SheetKey;
  name: string;
  columns: ColumnPlan[];
  /** Row i of the sheet is rows[i - 1]. */
  rows: RowPlan[];
  freeze?: { rows: number; columns: number };
  tables: TablePlan[];
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
  tabColor?: string;
}

/** Kinds of the treasurer's controls (the same ids as ControlKind in src/excel/api.ts). */
export type PlannedControlKind =
  | "desequilibre"
  | "retard"
  | "enveloppe"
  | "socle"
  | "commissaire"
  | "repartition"
  /** Indicateurs: a financial indicator without cible, a measure missing after its follow-up date. */
  | "indicateur"
  /** Indicateurs: a mission's indicator shares not adding up to its variable volet. */
  | "partsIndicateurs"
  /** Suivi budgétaire: a block overspent or consumed ahead of the calendar. */
  | "suivi"
  /** Versements: an expected payment not received after its date. */
  | "versement"
  /** Trésorerie: the first month whose closing balance is negative. */
  | "tresorerie";

/**
 * A cell showing a control's verdict (French text), so the task pane can list the problems without
 * re-deriving the rules: the verdict is fine when it is one of `okVerdicts`, or, when `problemPrefix`
 * is set, when it does not start with it. Any other value, error values included, is a problem.
 */
export interface ControlPlan {
  kind: PlannedControlKind;
  level: "warning" | "error";
  sheet: SheetKey;
  /** A1 address of the verdict cell on the plan's sheet, e.g. "D24". */
  address: string;
  /** French, what is checked: "Mission 2 - Pluriprofessionnel", a roadmap action… */
  subject: string;
  okVerdicts?: readonly string[];
  problemPrefix?: string;
}

/**
 * A figure the task pane shows in one of its summaries (a mission's attainment, a block's consumption,
 * the next payment, the cash alert): read from its cell like a control's verdict (found by its row
 * key wherever the row now is), shown with its label, and a link selecting the cell.
 */
export interface SummaryPlan {
  /** Which pane summary lists it. */
  section: "indicateurs" | "suivi";
  sheet: SheetKey;
  /** A1 address on the plan's sheet, e.g. "H12". */
  address: string;
  /** French label, e.g. "Parcours pluriprofessionnels — atteinte". */
  label: string;
  /** How the pane formats a number read there (a text is shown as it is). */
  format: "euro" | "percent" | "date" | "text";
  /** A figure the pane highlights as a problem when it starts with this text (e.g. "Trésorerie négative"). */
  alertPrefix?: string;
}

export interface WorkbookPlan {
  choices: WorkbookChoices;
  sheets: SheetPlan[];
  names: NamePlan[];
  /** Where each control's verdict shows (added for the task pane's Contrôles list). */
  controls?: ControlPlan[];
  /** The figures of the task pane's summaries (Indicateurs, Suivi). */
  summaries?: SummaryPlan[];
}

/**
 * What regeneration carries over from a sheet already in the workbook: the user-owned cells of the
 * add-in's keyed rows, and the rows the user added (column A empty), each attached to the keyed row
 * above it. Values are literals, or formulas (strings starting with "=") the user typed.
 */
export interface SheetCarryOver {
  cells: Record<string, Record<number, CellValue>>;
  addedRows: { after: string; values: Record<number, CellValue> }[];
}
export type CarryOver = Partial<Record<SheetKey, SheetCarryOver>>;
