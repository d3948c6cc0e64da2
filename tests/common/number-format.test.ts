import { customAgeBands, normaliseThresholds, standardAgeBands, agedAtLeastSql } from '../../src/reports/age-bands';
import { averageOf, formatAverage, formatCount, formatPercent, formatShare } from '../../src/common/number-format';

describe('Vietnamese figures', () => {
  it('writes thousands with dots and decimals with a comma', () => {
    expect([formatCount(0), formatCount(244), formatCount(2886), formatCount(70695), formatCount(1234567)]).toEqual([
      '0',
      '244',
      '2.886',
      '70.695',
      '1.234.567',
    ]);
  });

  it('rounds shares half up to one decimal and drops ",0", as the seeds print them', () => {
    // Chương Mỹ: 6, 30, 18 and 31 of 196 commune leaders.
    expect([formatPercent(6, 196), formatPercent(30, 196), formatPercent(18, 196), formatPercent(31, 196)]).toEqual([
      '3,1%',
      '15,3%',
      '9,2%',
      '15,8%',
    ]);
    expect(formatShare(78, 172)).toBe('78/172 = 45,3%');
    expect(formatShare(16, 172)).toBe('16/172 = 9,3%');
    expect(formatShare(244, 2886)).toBe('244/2.886 = 8,5%');
    expect([formatPercent(1, 16), formatPercent(1, 8), formatPercent(3, 15), formatPercent(0, 0), formatPercent(172, 172)]).toEqual([
      '6,3%',
      '12,5%',
      '20%',
      '0%',
      '100%',
    ]);
  });

  it('averages ages to one decimal for text and two for numbers', () => {
    expect([formatAverage(1814, 40), formatAverage(603, 15), formatAverage(0, 0)]).toEqual(['45,4', '40,2', null]);
    expect([averageOf(173, 6), averageOf(430, 9), averageOf(111, 4), averageOf(0, 0)]).toEqual([28.83, 47.78, 27.75, null]);
  });
});

describe('age bands', () => {
  it('are the bands of the report forms, youngest first', () => {
    expect(standardAgeBands().map((b) => [b.value, b.label, b.minAge, b.maxAge])).toEqual([
      ['LE_30', 'Từ 30 trở xuống', null, 30],
      ['31_35', 'Từ 31 đến 35', 31, 35],
      ['36_40', 'Từ 36 đến 40', 36, 40],
      ['41_45', 'Từ 41 đến 45', 41, 45],
      ['46_50', 'Từ 46 đến 50', 46, 50],
      ['51_55', 'Từ 51 đến 55', 51, 55],
      ['56_60', 'Từ 56 đến 60', 56, 60],
      ['GT_60', 'Trên 60', 61, null],
    ]);
  });

  it('read custom thresholds as targets are written: "dưới 35", "từ 35 trở lên"', () => {
    expect(customAgeBands([35]).map((b) => [b.value, b.label])).toEqual([
      ['LT_35', 'Dưới 35'],
      ['GE_35', 'Từ 35 trở lên'],
    ]);
    expect(normaliseThresholds([40, 30, 40], 'ageThresholds')).toEqual([30, 40]);
    expect(() => normaliseThresholds([0], 'ageThresholds')).toThrow('Ngưỡng tuổi');
    expect(() => normaliseThresholds([], 'ageThresholds')).toThrow('ít nhất một');
  });

  it('bind the boundary day, and the boundary year for bare birth years', () => {
    expect(agedAtLeastSql('2025-06-30', 35).bindings).toEqual(['1990-06-30', 1990]);
    // 29 February has no twin in a common year: the day before counts.
    expect(agedAtLeastSql('2028-02-29', 30).bindings).toEqual(['1998-02-28', 1998]);
  });
});
