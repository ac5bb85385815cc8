/**
 * Excel serials and EDATE. Expected serials are computed here another way than the code does:
 * days since 01/01/1900 (serial 1) plus one for Excel's fictitious 29/02/1900 (Lotus compatibility).
 */
import { MISSION_KEYS, dateFromSerial, deadline, edate, formatDateFr, isValidSerial, parseDateText, serialFromDate, todaySerial } from "../../src/domain";

const DAY = 86_400_000;
/** Excel's serial of a date on or after 01/03/1900. */
function excelSerial(day: number, month: number, year: number): number {
  const sinceJan1 = (Date.UTC(year, month - 1, day) - Date.UTC(1900, 0, 1)) / DAY;
  return sinceJan1 + 1 + 1;
}
const d = (day: number, month: number, year: number) => serialFromDate({ year, month, day });

describe("serials", () => {
  test.each([
    [1, 3, 1900, 61],
    [1, 1, 2000, 36_526],
    [1, 1, 2025, 45_658],
    [31, 12, 9999, 2_958_465],
  ])("%i/%i/%i is Excel serial %i", (day, month, year, serial) => {
    expect(excelSerial(day, month, year)).toBe(serial);
    expect(d(day, month, year)).toBe(serial);
  });

  test.each([
    [31, 8, 2025],
    [28, 2, 2026],
    [29, 2, 2024],
    [31, 1, 2024],
    [1, 3, 2100],
  ])("serialFromDate(%i/%i/%i) matches the independent computation and round-trips", (day, month, year) => {
    const serial = d(day, month, year);
    expect(serial).toBe(excelSerial(day, month, year));
    expect(dateFromSerial(serial)).toEqual({ year, month, day });
  });

  test("years below 100 are those years, not 1900–1999 (Date.UTC's reading)", () => {
    expect(d(1, 1, 99)).toBeLessThan(0);
    expect(dateFromSerial(d(1, 1, 99))).toEqual({ year: 99, month: 1, day: 1 });
    expect(isValidSerial(d(1, 1, 99))).toBe(false);
    expect(dateFromSerial(d(1, 3, 50))).toEqual({ year: 50, month: 3, day: 1 });
  });

  test("a time of day does not change the date", () => {
    expect(dateFromSerial(d(31, 8, 2025) + 0.99)).toEqual({ year: 2025, month: 8, day: 31 });
  });

  test("valid serials span Excel's calendar from 01/03/1900 to 31/12/9999", () => {
    expect(isValidSerial(61)).toBe(true);
    expect(isValidSerial(60)).toBe(false);
    expect(isValidSerial(2_958_465)).toBe(true);
    expect(isValidSerial(2_958_466)).toBe(false);
    expect(isValidSerial(NaN)).toBe(false);
    expect(isValidSerial(Infinity)).toBe(false);
  });

  test("today is the local calendar day, whatever the hour", () => {
    expect(todaySerial(new Date(2025, 7, 31, 0, 0, 1))).toBe(excelSerial(31, 8, 2025));
    expect(todaySerial(new Date(2025, 7, 31, 23, 59, 59))).toBe(excelSerial(31, 8, 2025));
  });
});

describe("edate (Excel's EDATE)", () => {
  test.each([
    ["31/08/2025 + 6 months = 28/02/2026", [31, 8, 2025], 6, [28, 2, 2026]],
    ["31/08/2023 + 6 months = 29/02/2024 (leap year)", [31, 8, 2023], 6, [29, 2, 2024]],
    ["29/02/2024 + 12 months = 28/02/2025", [29, 2, 2024], 12, [28, 2, 2025]],
    ["31/01/2024 + 1 month = 29/02/2024 (Excel; HyperFormula says 28)", [31, 1, 2024], 1, [29, 2, 2024]],
    ["29/02/2024 + 48 months = 29/02/2028", [29, 2, 2024], 48, [29, 2, 2028]],
    ["31/03/2024 − 1 month = 29/02/2024", [31, 3, 2024], -1, [29, 2, 2024]],
    ["15/11/2025 + 2 months crosses the year", [15, 11, 2025], 2, [15, 1, 2026]],
    ["31/12/2025 + 0 months", [31, 12, 2025], 0, [31, 12, 2025]],
  ] as const)("%s", (_name, [dd, mm, yy], months, [ed, em, ey]) => {
    expect(edate(excelSerial(dd, mm, yy), months)).toBe(excelSerial(ed, em, ey));
  });

  test("drops the time of day", () => {
    expect(edate(excelSerial(15, 1, 2024) + 0.5, 1)).toBe(excelSerial(15, 2, 2024));
  });
});

describe("deadlines after signature (seed 004 « Calendrier de déploiement », seed 001 « Planification »)", () => {
  // Months after signature, start / deployment: accès 6 / 18; parcours 12 / 24; prévention 12 / 24; crise 6 / 18; qualité, accompagnement: none.
  const signature = excelSerial(15, 1, 2024);
  test.each([
    ["acces", [15, 7, 2024], [15, 7, 2025]],
    ["parcours", [15, 1, 2025], [15, 1, 2026]],
    ["prevention", [15, 1, 2025], [15, 1, 2026]],
    ["crise", [15, 7, 2024], [15, 7, 2025]],
  ] as const)("%s: démarrage %p, déploiement %p", (key, [sd, sm, sy], [dd, dm, dy]) => {
    expect(deadline(signature, key, "demarrage")).toBe(excelSerial(sd, sm, sy));
    expect(deadline(signature, key, "deploiement")).toBe(excelSerial(dd, dm, dy));
    expect(deadline(signature, key)).toBe(excelSerial(dd, dm, dy));
  });

  test.each(["qualite", "accompagnement"] as const)("%s has no deadline", (key) => {
    expect(deadline(signature, key, "demarrage")).toBeNull();
    expect(deadline(signature, key, "deploiement")).toBeNull();
  });

  test("every mission of the catalogue is covered above", () => {
    expect([...MISSION_KEYS].sort()).toEqual(["acces", "accompagnement", "crise", "parcours", "prevention", "qualite"]);
  });

  test("end-of-month signature 31/08/2025: accès starts by 28/02/2026 and is deployed by 28/02/2027", () => {
    const s = excelSerial(31, 8, 2025);
    expect(deadline(s, "acces", "demarrage")).toBe(excelSerial(28, 2, 2026));
    expect(deadline(s, "acces", "deploiement")).toBe(excelSerial(28, 2, 2027));
    expect(deadline(s, "parcours", "demarrage")).toBe(excelSerial(31, 8, 2026));
  });

  test("leap-year signatures: 31/08/2023 → accès by 29/02/2024; 29/02/2024 → parcours by 28/02/2025", () => {
    expect(deadline(excelSerial(31, 8, 2023), "acces", "demarrage")).toBe(excelSerial(29, 2, 2024));
    expect(deadline(excelSerial(29, 2, 2024), "parcours", "demarrage")).toBe(excelSerial(28, 2, 2025));
    expect(deadline(excelSerial(29, 2, 2024), "prevention", "deploiement")).toBe(excelSerial(28, 2, 2026));
  });
});

describe("dates as text", () => {
  test.each([
    ["31/08/2025", [31, 8, 2025]],
    ["1/3/2024", [1, 3, 2024]],
    ["2025-08-31", [31, 8, 2025]],
    ["  29/02/2024 ", [29, 2, 2024]],
  ] as const)("%p parses", (text, [dd, mm, yy]) => {
    expect(parseDateText(text)).toBe(excelSerial(dd, mm, yy));
  });

  test.each(["31/02/2025", "29/02/2025", "00/01/2025", "13/13/2025", "abc", "", "2025/08/31x", "01/01/0099", "0050-06-15", "28/02/1900"])(
    "%p does not parse",
    (text) => {
      expect(parseDateText(text)).toBeUndefined();
    },
  );

  test("formatDateFr writes dd/mm/yyyy", () => {
    expect(formatDateFr(excelSerial(1, 3, 2024))).toBe("01/03/2024");
    expect(formatDateFr(excelSerial(28, 2, 2026))).toBe("28/02/2026");
  });
});
