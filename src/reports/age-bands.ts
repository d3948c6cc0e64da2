import { yearOf, yearsBefore } from '../common/dates';
import { BadUserInputError } from '../common/errors/errors';

/**
 * Age bands. A set of thresholds t1 < t2 < ... < tn cuts ages into n+1 bands: under t1, from t1
 * to under t2, ..., tn and over. Ages are whole years on the as-of day; a record that holds only
 * a birth year is aged by year (born "1985" is 40 throughout 2025), as the cadre filters do.
 */
export interface AgeBand {
  /** Position of the band, 0 for the youngest. */
  index: number;
  /** Youngest age in the band (null: no lower bound). */
  minAge: number | null;
  /** Oldest age in the band (null: no upper bound). */
  maxAge: number | null;
  /** Stable key for the API, e.g. "31_35", "LE_30", "GT_60", "LT_35", "GE_35". */
  value: string;
  /** Vietnamese label, e.g. "Từ 31 đến 35", "Dưới 35". */
  label: string;
}

/** The bands of reports 8B–12B: ≤30, 31–35, 36–40, 41–45, 46–50, 51–55, 56–60, >60. */
export const STANDARD_AGE_THRESHOLDS: readonly number[] = [31, 36, 41, 46, 51, 56, 61];

const MAX_THRESHOLDS = 12;

function band(index: number, thresholds: readonly number[], standard: boolean): AgeBand {
  const minAge = index === 0 ? null : thresholds[index - 1]!;
  const maxAge = index === thresholds.length ? null : thresholds[index]! - 1;
  if (standard) {
    if (minAge === null) return { index, minAge, maxAge, value: `LE_${maxAge}`, label: `Từ ${maxAge} trở xuống` };
    if (maxAge === null) return { index, minAge, maxAge, value: `GT_${minAge - 1}`, label: `Trên ${minAge - 1}` };
    return { index, minAge, maxAge, value: `${minAge}_${maxAge}`, label: `Từ ${minAge} đến ${maxAge}` };
  }
  // Custom thresholds read as offices set targets: "dưới 35", "từ 35 trở lên".
  if (minAge === null) return { index, minAge, maxAge, value: `LT_${maxAge! + 1}`, label: `Dưới ${maxAge! + 1}` };
  if (maxAge === null) return { index, minAge, maxAge, value: `GE_${minAge}`, label: `Từ ${minAge} trở lên` };
  return { index, minAge, maxAge, value: `${minAge}_${maxAge}`, label: `Từ ${minAge} đến dưới ${maxAge + 1}` };
}

export function standardAgeBands(): AgeBand[] {
  return STANDARD_AGE_THRESHOLDS.map((_, i) => band(i, STANDARD_AGE_THRESHOLDS, true)).concat(
    band(STANDARD_AGE_THRESHOLDS.length, STANDARD_AGE_THRESHOLDS, true),
  );
}

/** Thresholds as given by a client: whole ages 1–120, sorted, duplicates dropped; `field` names the argument in errors. */
export function normaliseThresholds(thresholds: readonly number[], field: string): number[] {
  const bad = thresholds.filter((t) => !Number.isInteger(t) || t < 1 || t > 120);
  if (bad.length > 0)
    throw new BadUserInputError([{ field, message: `Ngưỡng tuổi phải là số nguyên từ 1 đến 120 (nhận ${bad.join(', ')})` }]);
  const sorted = [...new Set(thresholds)].sort((a, b) => a - b);
  if (sorted.length === 0) throw new BadUserInputError([{ field, message: 'Cần ít nhất một ngưỡng tuổi' }]);
  if (sorted.length > MAX_THRESHOLDS) throw new BadUserInputError([{ field, message: `Tối đa ${MAX_THRESHOLDS} ngưỡng tuổi` }]);
  return sorted;
}

/** Bands cut at custom thresholds: [35] → "Dưới 35", "Từ 35 trở lên". */
export function customAgeBands(thresholds: readonly number[]): AgeBand[] {
  return Array.from({ length: thresholds.length + 1 }, (_, i) => band(i, thresholds, false));
}

/** SQL with its bound values. */
export interface SqlFragment {
  sql: string;
  bindings: (string | number)[];
}

/**
 * "Aged at least `age` on `asOf`" for the cadre alias `t`: born on or before the boundary date,
 * or, for a bare birth year, born in or before the boundary year.
 */
export function agedAtLeastSql(asOf: string, age: number): SqlFragment {
  return {
    sql: '(t.birth_date <= ? or (t.birth_date is null and t.birth_year <= ?))',
    bindings: [yearsBefore(asOf, age), yearOf(asOf) - age],
  };
}

/** The band index (0 = youngest) as a CASE over bound boundary dates, oldest band first. */
export function ageBandSql(asOf: string, thresholds: readonly number[]): SqlFragment {
  const parts: string[] = [];
  const bindings: (string | number)[] = [];
  for (let i = thresholds.length - 1; i >= 0; i--) {
    const test = agedAtLeastSql(asOf, thresholds[i]!);
    parts.push(`when ${test.sql} then ${i + 1}`);
    bindings.push(...test.bindings);
  }
  return { sql: `(case ${parts.join(' ')} else 0 end)`, bindings };
}

/**
 * Whole years on `asOf`: the year difference, minus one while this year's birthday is still
 * ahead (month-day compared). A bare birth year is aged by year. SQLite keeps a `date` as
 * "YYYY-MM-DD" text, PostgreSQL as a date, hence the two spellings.
 */
export function ageSql(asOf: string, dialect: SqlDialect): SqlFragment {
  if (dialect === 'postgresql') {
    // date_part is the cheapest month-day on PostgreSQL (to_char costs a fifth of a scan more).
    return {
      sql: "(? - t.birth_year - (case when date_part('month', t.birth_date) * 100 + date_part('day', t.birth_date) > ? then 1 else 0 end))",
      bindings: [yearOf(asOf), Number(asOf.slice(5, 7)) * 100 + Number(asOf.slice(8, 10))],
    };
  }
  return {
    sql: '(? - t.birth_year - (case when t.birth_date is not null and substr(t.birth_date, 6, 5) > ? then 1 else 0 end))',
    bindings: [yearOf(asOf), asOf.slice(5)],
  };
}

export type SqlDialect = 'sqlite' | 'postgresql';
