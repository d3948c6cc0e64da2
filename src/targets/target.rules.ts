import { PoliticalTheoryLevel, ProfessionalLevel, Sex } from '../common/code-lists';
import type { CadreFilter } from '../cadres/cadre.inputs';
import { TargetComparator, TargetMetric } from './target.enums';
import { formatPercent, formatShare } from '../common/number-format';

/**
 * The arithmetic of targets, apart from SQL: which cadres a metric counts (as a cadre filter,
 * so that "under 35" means here exactly what it means in the cadre list and the statistics),
 * the share, and whether the target is met.
 */

/** The cadres a metric counts in its numerator, as the cadre list's filter. */
export function metricFilter(metric: TargetMetric, ageThreshold: number | null | undefined, asOf: string): CadreFilter {
  switch (metric) {
    case TargetMetric.WOMEN_SHARE:
      return { sex: [Sex.FEMALE] };
    case TargetMetric.YOUTH_SHARE:
      // "Under 35" is an age of at most 34 on `asOf`; a bare birth year counts by year, as everywhere.
      return { ageMax: (ageThreshold ?? 0) - 1, asOf };
    case TargetMetric.MINORITY_SHARE:
      return { minority: true };
    case TargetMetric.PARTY_MEMBER_SHARE:
      return { isPartyMember: true };
    case TargetMetric.UNIVERSITY_SHARE:
      return { professionalLevel: [ProfessionalLevel.UNIVERSITY, ProfessionalLevel.MASTER, ProfessionalLevel.DOCTOR] };
    case TargetMetric.POSTGRADUATE_SHARE:
      return { professionalLevel: [ProfessionalLevel.MASTER, ProfessionalLevel.DOCTOR] };
    case TargetMetric.LLCT_ADVANCED_SHARE:
      return { politicalTheory: [PoliticalTheoryLevel.ADVANCED, PoliticalTheoryLevel.BACHELOR] };
  }
}

/** Numerator over denominator, in percent; null for an empty population. */
export function sharePercent(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : (numerator * 100) / denominator;
}

/**
 * Whether `numerator / denominator` meets the target. Compared as numerator × 100 against
 * value × denominator, so 1/3 against 33.33 is not decided by a rounded share. An empty
 * population meets nothing and fails nothing: null.
 */
export function isTargetMet(comparator: TargetComparator, numerator: number, denominator: number, value: number): boolean | null {
  if (denominator === 0) return null;
  const actual = numerator * 100;
  const wanted = value * denominator;
  const tolerance = 1e-9 * Math.max(1, Math.abs(wanted));
  switch (comparator) {
    case TargetComparator.AT_LEAST:
      return actual >= wanted - tolerance;
    case TargetComparator.AT_MOST:
      return actual <= wanted + tolerance;
    case TargetComparator.EQUAL:
      return Math.abs(actual - wanted) <= tolerance;
  }
}

const COMPARATOR_SIGN: Record<TargetComparator, string> = {
  [TargetComparator.AT_LEAST]: '≥',
  [TargetComparator.AT_MOST]: '≤',
  [TargetComparator.EQUAL]: '=',
};

/** "16/172 = 9,3% (chỉ tiêu ≥ 15%): chưa đạt", as personnel reports write a figure. */
export function complianceText(numerator: number, denominator: number, comparator: TargetComparator, value: number): string {
  const share = sharePercent(numerator, denominator);
  const target = `chỉ tiêu ${COMPARATOR_SIGN[comparator]} ${formatPercent(value, 100)}`;
  if (share === null) return `0/0 (${target}): không có ai để tính`;
  const met = isTargetMet(comparator, numerator, denominator, value);
  return `${formatShare(numerator, denominator)} (${target}): ${met ? 'đạt' : 'chưa đạt'}`;
}
