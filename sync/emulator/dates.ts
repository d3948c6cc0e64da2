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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PATTERN_TOKENS = /yyyy|yy|mmm|mm|m|dd|d|hh|h|ss|s|"[^"]*"/gi;

/**
 * Formats a serial with a date or date-time pattern: `d`, `dd`, `m`, `mm`, `mmm`, `yy`, `yyyy`,
 * `h`, `hh`, `s`, `ss` (case ignored). As in Google Sheets, `m`/`mm` right after an hour or right
 * before seconds is the minutes, anywhere else the month; the fraction of the serial is the time.
 */
export function formatDatePattern(serial: number, pattern: string): string {
  const { year, month, day } = dateFromSerial(serial);
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400) % 86_400;
  const time = { h: Math.floor(seconds / 3600), m: Math.floor((seconds % 3600) / 60), s: seconds % 60 };
  const tokens = [...pattern.matchAll(PATTERN_TOKENS)].map((match) => match[0].toLowerCase());
  const isMinutes = (i: number) => /^h/.test(tokens[i - 1] ?? '') || /^s/.test(tokens[i + 1] ?? '');
  const two = (n: number) => String(n).padStart(2, '0');
  let index = 0;
  return pattern.replace(PATTERN_TOKENS, (raw) => {
    const i = index++;
    switch (raw.toLowerCase()) {
      case 'yyyy':
        return String(year).padStart(4, '0');
      case 'yy':
        return two(year % 100);
      case 'mmm':
        return MONTHS[month - 1]!;
      case 'mm':
        return two(isMinutes(i) ? time.m : month);
      case 'm':
        return String(isMinutes(i) ? time.m : month);
      case 'dd':
        return two(day);
      case 'd':
        return String(day);
      case 'hh':
        return two(time.h);
      case 'h':
        return String(time.h);
      case 'ss':
        return two(time.s);
      case 's':
        return String(time.s);
      default:
        return raw.slice(1, -1);
    }
  });
}
