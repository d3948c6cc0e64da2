/** Spreadsheet serial dates: days since 1899-12-30 (so 1 = 1899-12-31 and 25569 = 1970-01-01), as Google and Excel count. */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function serialFromDate(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Math.round((ms - EPOCH_MS) / DAY_MS);
}

export function dateFromSerial(serial: number): { year: number; month: number; day: number } {
  const date = new Date(EPOCH_MS + Math.floor(serial) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Formats a serial with a date pattern: `d`, `dd`, `m`, `mm`, `mmm`, `yy`, `yyyy` (case
 * ignored; in a date-only pattern `m` is the month). Time parts are not supported: hoso's
 * sheets hold dates.
 */
export function formatDatePattern(serial: number, pattern: string): string {
  const { year, month, day } = dateFromSerial(serial);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return pattern.replace(/yyyy|yy|mmm|mm|m|dd|d|"[^"]*"/gi, (token) => {
    switch (token.toLowerCase()) {
      case 'yyyy':
        return String(year).padStart(4, '0');
      case 'yy':
        return String(year % 100).padStart(2, '0');
      case 'mmm':
        return months[month - 1]!;
      case 'mm':
        return String(month).padStart(2, '0');
      case 'm':
        return String(month);
      case 'dd':
        return String(day).padStart(2, '0');
      case 'd':
        return String(day);
      default:
        return token.slice(1, -1);
    }
  });
}
