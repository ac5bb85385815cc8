/**
 * ExcelJS writes a date validation bound from a JS Date (utils.dateToExcel: 25569 + UTC days since
 * 1970), so a plan's Excel serial becomes the UTC Date with exactly that serial.
 */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

export function dateFromExcelSerial(serial: number): Date {
  return new Date(EXCEL_EPOCH_UTC + serial * MS_PER_DAY);
}
