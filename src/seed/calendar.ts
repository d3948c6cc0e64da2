/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so generated dates never
 * depend on the machine's time zone. Dates leave this module as 'YYYY-MM-DD' strings.
 */
import type { Random } from './random';

/**
 * The day the demo data describes ("as of"). Ages, statuses and course progress are computed
 * against this fixed day rather than the clock, so the same seed gives the same rows whenever
 * it runs. End of 2025: after the July 2025 reform, with the 2025 ratings done.
 */
export const AS_OF = '2025-12-31';
export const AS_OF_YEAR = 2025;

/** The day the two-level local government started (Nghị quyết 202/2025/QH15). */
export const REFORM_DAY = '2025-07-01';
export const LAST_DAY_BEFORE_REFORM = '2025-06-30';

export function dayOf(iso: string): number {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

export function isoOf(day: number): string {
  // Civil-from-days (H. Hinnant): the seeder formats a few million dates, and this is much
  // cheaper than building a Date for each.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Days since 1970-01-01 of a proleptic Gregorian date; months and days may overflow (day 0 is the last of the month before). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + day - 1;
}

export function isoDate(year: number, month: number, day: number): string {
  return isoOf(daysFromCivil(year, month, day));
}

export function addDays(iso: string, days: number): string {
  return isoOf(dayOf(iso) + days);
}

/** The same day `years` later (29 Feb becomes 28 Feb). */
export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

/** The same day `months` later, or the month's last day when it is shorter. */
export function addMonths(iso: string, months: number): string {
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month));
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** A uniformly random day in [from, to], both included. */
export function randomDay(rng: Random, from: string, to: string): string {
  const a = dayOf(from);
  const b = dayOf(to);
  return isoOf(b <= a ? a : rng.int(a, b));
}

/** A random working day (Monday–Friday) in [from, to]: decisions and courses do not start on Sundays. */
export function randomWorkday(rng: Random, from: string, to: string): string {
  const day = dayOf(randomDay(rng, from, to));
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday; 1970-01-01 was a Thursday
  const shift = weekday === 0 ? 1 : weekday === 6 ? 2 : 0;
  const shifted = day + shift;
  return isoOf(shifted > dayOf(to) ? day - (weekday === 0 ? 2 : 1) : shifted);
}

export function minIso(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxIso(a: string, b: string): string {
  return a > b ? a : b;
}

/** Whole years from a birth date (or 1 July of a bare birth year) to `on`. */
export function ageAt(birthDate: string | null, birthYear: number, on: string): number {
  const born = birthDate ?? `${birthYear}-07-01`;
  const [by, bm, bd] = born.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
