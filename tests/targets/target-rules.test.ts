import { PoliticalTheoryLevel, ProfessionalLevel, Sex } from '../../src/common/code-lists';
import { TargetComparator, TargetMetric } from '../../src/targets/target.enums';
import { complianceText, isTargetMet, metricFilter, sharePercent } from '../../src/targets/target.rules';

// Pure: the arithmetic of targets, no database.
describe('target arithmetic', () => {
  it('gives the share in percent, and none for an empty population', () => {
    expect(sharePercent(78, 172)).toBeCloseTo(45.3488, 4);
    expect(sharePercent(0, 5)).toBe(0);
    expect(sharePercent(0, 0)).toBeNull();
  });

  it.each([
    [TargetComparator.AT_LEAST, 1, 4, 25, true],
    [TargetComparator.AT_LEAST, 1, 5, 25, false],
    [TargetComparator.AT_LEAST, 16, 172, 9, true],
    [TargetComparator.AT_LEAST, 1, 3, 33.33, true],
    [TargetComparator.AT_LEAST, 1, 3, 33.34, false],
    [TargetComparator.AT_MOST, 1, 4, 25, true],
    [TargetComparator.AT_MOST, 2, 7, 28.5, false],
    [TargetComparator.EQUAL, 7, 7, 100, true],
    [TargetComparator.EQUAL, 6, 7, 100, false],
    [TargetComparator.EQUAL, 1, 10, 10, true],
    [TargetComparator.AT_LEAST, 0, 0, 25, null],
  ])('%s: %i/%i against %d%% → %s', (comparator, numerator, denominator, value, met) => {
    expect(isTargetMet(comparator, numerator, denominator, value)).toBe(met);
  });

  it('writes a figure as personnel reports do', () => {
    expect(complianceText(1946, 2886, TargetComparator.AT_LEAST, 60)).toBe('1.946/2.886 = 67,4% (chỉ tiêu ≥ 60%): đạt');
    expect(complianceText(78, 172, TargetComparator.AT_LEAST, 50)).toBe('78/172 = 45,3% (chỉ tiêu ≥ 50%): chưa đạt');
    expect(complianceText(16, 172, TargetComparator.AT_LEAST, 5)).toBe('16/172 = 9,3% (chỉ tiêu ≥ 5%): đạt');
    expect(complianceText(7, 7, TargetComparator.EQUAL, 100)).toBe('7/7 = 100% (chỉ tiêu = 100%): đạt');
    expect(complianceText(0, 0, TargetComparator.AT_MOST, 12.5)).toBe('0/0 (chỉ tiêu ≤ 12,5%): không có ai để tính');
  });

  it('counts with the cadre list’s own filters, so "under 35" means an age of at most 34 on the day', () => {
    expect(metricFilter(TargetMetric.YOUTH_SHARE, 35, '2026-06-30')).toEqual({ ageMax: 34, asOf: '2026-06-30' });
    expect(metricFilter(TargetMetric.WOMEN_SHARE, null, '2026-06-30')).toEqual({ sex: [Sex.FEMALE] });
    expect(metricFilter(TargetMetric.MINORITY_SHARE, null, '2026-06-30')).toEqual({ minority: true });
    expect(metricFilter(TargetMetric.UNIVERSITY_SHARE, null, '2026-06-30')).toEqual({
      professionalLevel: [ProfessionalLevel.UNIVERSITY, ProfessionalLevel.MASTER, ProfessionalLevel.DOCTOR],
    });
    expect(metricFilter(TargetMetric.POSTGRADUATE_SHARE, null, '2026-06-30')).toEqual({
      professionalLevel: [ProfessionalLevel.MASTER, ProfessionalLevel.DOCTOR],
    });
    expect(metricFilter(TargetMetric.LLCT_ADVANCED_SHARE, null, '2026-06-30')).toEqual({
      politicalTheory: [PoliticalTheoryLevel.ADVANCED, PoliticalTheoryLevel.BACHELOR],
    });
    expect(metricFilter(TargetMetric.PARTY_MEMBER_SHARE, null, '2026-06-30')).toEqual({ isPartyMember: true });
  });
});
