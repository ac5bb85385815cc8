/**
 * The style table: a cell's role decides its look, so inputs are visibly distinct from computed cells
 * everywhere. Colours are "#RRGGBB". Writers never read it directly: cellLook.ts resolves a cell's
 * whole look (role, own flags, font, alignment) once, and both writers translate that.
 */
import type { CellRole } from "./plan";

export interface RoleStyle {
  fill?: string;
  fontColor: string;
  bold: boolean;
  italic?: boolean;
  /** Thin border around the cell. */
  border: boolean;
  /** Font size in points, when not the default 11. */
  size?: number;
}

export const ROLE_STYLES: Readonly<Record<CellRole, RoleStyle>> = {
  title: { fontColor: "#1F3864", bold: true, border: false, size: 14 },
  subtitle: { fill: "#D9E1F2", fontColor: "#1F3864", bold: true, border: true },
  header: { fill: "#1F3864", fontColor: "#FFFFFF", bold: true, border: true },
  label: { fontColor: "#000000", bold: false, border: true },
  // Light yellow: the usual "type here" convention of French financial templates.
  input: { fill: "#FFF2CC", fontColor: "#1F3864", bold: false, border: true },
  computed: { fill: "#F2F2F2", fontColor: "#000000", bold: false, border: true },
  total: { fill: "#E2EFDA", fontColor: "#000000", bold: true, border: true },
  flag: { fontColor: "#7F6000", bold: true, border: true },
  note: { fontColor: "#595959", bold: false, italic: true, border: false },
  warning: { fill: "#FCE4D6", fontColor: "#C00000", bold: true, border: true },
};

/** Conditional-format colours shared by the planners. */
export const CF_COLORS = {
  alertFill: "#F8CBAD",
  alertFont: "#9C0006",
  highlightFill: "#C6EFCE",
  highlightFont: "#006100",
  ganttFill: "#5B9BD5",
  mutedFont: "#A6A6A6",
} as const;

/**
 * Thousands grouped with the locale's separator and a trailing euro sign: a French Excel and
 * LibreOffice show "1 250 €" (the "," in the format means "group thousands", not a literal comma).
 */
export const EURO_FORMAT = '#,##0 "€"';
export const DATE_FORMAT = "dd/mm/yyyy";
/** Month headers of the Gantt band ("03/26"), narrow enough for 36 columns. */
export const MONTH_FORMAT = "mm/yy";
export const PERCENT_FORMAT = "0 %";
export const INTEGER_FORMAT = "#,##0";

/** Tab colours per sheet family. */
export const TAB_COLORS = {
  parametres: "#FFC000",
  grille: "#4472C4",
  versements: "#70AD47",
  roadmap: "#ED7D31",
  budget: "#7030A0",
  indicateurs: "#5B9BD5",
  suivi: "#9966CC",
  tresorerie: "#548235",
} as const;
