import { Sex } from '../common/code-lists';

/**
 * Retirement age under normal working conditions: Bộ luật Lao động 2019 Điều 169 and Nghị định
 * 135/2020/NĐ-CP (Điều 4 and Phụ lục I). The age applies by the YEAR IN WHICH IT IS REACHED: men
 * 60 years until 2020, 60y3m in 2021, +3 months a year to 62 from 2028; women 55 until 2020,
 * 55y4m in 2021, +4 months a year to 60 from 2035. Because the age grows by less than a year per
 * year, each step covers 9 birth months for men (T1–T9/1961 → 60y3m) and 8 for women
 * (T1–T8/1966 → 55y4m), as in the decree's appendix.
 *
 * The retirement date is the end of the last day of the month in which the age is reached (the
 * pension starts on the first day of the next month), so only the birth month matters. A record
 * that holds only the birth year is counted from January, the earliest month that year: the
 * earliest retirement the record allows, and so the strictest check wherever it is used.
 */
interface RetirementSchedule {
  /** Age before the schedule starts (reached before `firstYear`). */
  beforeMonths: number;
  firstYear: number;
  firstMonths: number;
  stepMonths: number;
  finalMonths: number;
}

export const RETIREMENT_SCHEDULES: Readonly<Record<Sex, RetirementSchedule>> = {
  [Sex.MALE]: { beforeMonths: 60 * 12, firstYear: 2021, firstMonths: 60 * 12 + 3, stepMonths: 3, finalMonths: 62 * 12 },
  [Sex.FEMALE]: { beforeMonths: 55 * 12, firstYear: 2021, firstMonths: 55 * 12 + 4, stepMonths: 4, finalMonths: 60 * 12 },
};

/** The decree's source, quoted in messages. */
export const RETIREMENT_DECREE = 'Nghị định 135/2020/NĐ-CP';

/** Retirement age, in months, for someone who reaches it in `year`. */
export function retirementAgeMonthsReachedIn(sex: Sex, year: number): number {
  const s = RETIREMENT_SCHEDULES[sex];
  if (year < s.firstYear) return s.beforeMonths;
  return Math.min(s.firstMonths + (year - s.firstYear) * s.stepMonths, s.finalMonths);
}

export interface BirthFacts {
  sex: Sex;
  /** ISO date, or null when only the year is known. */
  birthDate?: string | null;
  birthYear: number;
}

export interface Retirement {
  /** Last day of the month in which the retirement age is reached (YYYY-MM-DD). */
  date: string;
  /** First day of the month after: when the pension starts. */
  pensionFrom: string;
  /** The retirement age that applies, in months (e.g. 726 = 60 years 6 months). */
  ageMonths: number;
  /** True when only the birth year is known and January was assumed. */
  estimated: boolean;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoOf = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function retirementOf(person: BirthFacts): Retirement {
  const [year, month] = person.birthDate ? (person.birthDate.split('-').map(Number) as [number, number]) : [person.birthYear, 1];
  const birthMonthIndex = year * 12 + (month - 1);
  // The year Y with year(birth + age(Y)) = Y; the earliest such Y when two qualify (a man born
  // in late 1960 reached 60 in 2020 and retired then, though 60y3m would also land in 2021).
  for (let y = year + 50; y <= year + 70; y++) {
    const ageMonths = retirementAgeMonthsReachedIn(person.sex, y);
    const reached = birthMonthIndex + ageMonths;
    if (Math.floor(reached / 12) !== y) continue;
    const reachedMonth = (reached % 12) + 1;
    const next = reached + 1;
    return {
      date: isoOf(y, reachedMonth, daysInMonth(y, reachedMonth)),
      pensionFrom: isoOf(Math.floor(next / 12), (next % 12) + 1, 1),
      ageMonths,
      estimated: !person.birthDate,
    };
  }
  throw new Error(`No retirement year found for birth ${person.birthDate ?? person.birthYear}`);
}

/** "60 tuổi 6 tháng", "62 tuổi". */
export function ageText(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest === 0 ? `${years} tuổi` : `${years} tuổi ${rest} tháng`;
}

/** The same day `months` later; a day the target month lacks becomes its last day (31/1 + 1 → 28/2). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoOf(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Whole months from `from` to `to` (the largest n with from + n months ≤ to); negative when `to` is earlier. */
export function wholeMonthsBetween(from: string, to: string): number {
  if (to < from) {
    const back = wholeMonthsBetween(to, from);
    return back === 0 ? 0 : -back;
  }
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  while (months > 0 && addMonths(from, months) > to) months--;
  return months;
}

/** dd/mm/yyyy, as offices write dates. */
export function vietnameseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}
