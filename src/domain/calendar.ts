/**
 * Dates as Excel serial numbers (1900 date system) and Excel's EDATE, so that the domain,
 * the custom functions and the workbook formulas agree to the day.
 */
import { Jalon, MissionKey, mission } from "./missions";

const MS_PER_DAY = 86_400_000;
/** Excel serial 0 is 1899-12-30 for every date after 28/02/1900 (Excel keeps Lotus's fake 29/02/1900 = 60). */
const EPOCH_UTC = Date.UTC(1899, 11, 30);
/** Highest serial Excel accepts: 31/12/9999. */
export const MAX_SERIAL = 2_958_465;
/** 01/03/1900: below it Excel's calendar is off by one day; we do not compute there. */
export const MIN_SERIAL = 61;

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export function isValidSerial(serial: number): boolean {
  return typeof serial === "number" && Number.isFinite(serial) && serial >= MIN_SERIAL && serial < MAX_SERIAL + 1;
}

/** UTC time of a calendar date; setUTCFullYear because Date.UTC reads years 0–99 as 1900–1999. */
function utcTime(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

export function serialFromDate({ year, month, day }: CalendarDate): number {
  return Math.round((utcTime(year, month - 1, day) - EPOCH_UTC) / MS_PER_DAY);
}

export function dateFromSerial(serial: number): CalendarDate {
  const d = new Date(EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Today's serial in the machine's local time zone, as Excel's TODAY(). */
export function todaySerial(now: Date = new Date()): number {
  return serialFromDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcTime(year, month, 0)).getUTCDate();
}

/**
 * Excel's EDATE: the same day `months` later, clamped to the month's last day
 * (31/08/2025 + 6 months = 28/02/2026; 31/08/2023 + 6 months = 29/02/2024). Time of day is dropped.
 */
export function edate(serial: number, months: number): number {
  const { year, month, day } = dateFromSerial(serial);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return serialFromDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** Months after signature for a mission's milestone; null when the ACI sets no deadline. */
export function deadlineMonths(key: MissionKey, jalon: Jalon): number | null {
  return mission(key).deadlineMonths[jalon];
}

/** The date (serial) by which a mission must start or be deployed; null when it has no deadline. */
export function deadline(signature: number, key: MissionKey, jalon: Jalon = "deploiement"): number | null {
  const months = deadlineMonths(key, jalon);
  return months === null ? null : edate(signature, months);
}

/** dd/mm/yyyy, as the sheets show dates. */
export function formatDateFr(serial: number): string {
  const { year, month, day } = dateFromSerial(serial);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${String(year).padStart(4, "0")}`;
}

/** Parses dd/mm/yyyy or yyyy-mm-dd (what people type, or what a CSV holds); undefined otherwise. */
export function parseDateText(text: string): number | undefined {
  const s = text.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  let parts: CalendarDate | undefined;
  if (m) parts = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!parts) return undefined;
  if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) return undefined;
  const serial = serialFromDate(parts);
  return isValidSerial(serial) ? serial : undefined;
}
