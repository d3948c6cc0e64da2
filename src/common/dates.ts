/** Calendar dates as ISO strings (YYYY-MM-DD): what both databases store and compare alike. */

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The days ages may be computed on. Outside them an age has no meaning for a cadre record, and
 * `yearsBefore` would reach years before year 1, which no database can compare with.
 */
export const AGE_DAYS = { first: '1900-01-01', last: '2199-12-31' } as const;

export const AGE_DAY_MESSAGE = `Ngày tính tuổi phải từ ${AGE_DAYS.first} đến ${AGE_DAYS.last}`;

export function isAgeDay(isoDate: string): boolean {
  return isoDate >= AGE_DAYS.first && isoDate <= AGE_DAYS.last;
}

/** The same day `years` earlier (29 Feb falls back to 28 Feb). */
export function yearsBefore(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** Whole years between a birth date and a day. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function isValidIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export type PartialDate = { date: string | null; year: number };

/**
 * Reads a date as people write it: "1985-03-12", "12/3/1985", "12-03-1985", or a bare year
 * "1985" (common for births in old files). Returns undefined for anything else ("1985?").
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  const trimmed = text.trim();
  if (/^\d{4}$/.test(trimmed)) return { date: null, year: Number(trimmed) };
  if (isValidIsoDate(trimmed)) return { date: trimmed, year: yearOf(trimmed) };
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (dmy) {
    const iso = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
    if (isValidIsoDate(iso)) return { date: iso, year: yearOf(iso) };
  }
  return undefined;
}
