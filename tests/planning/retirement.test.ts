import { Sex } from '../../src/common/code-lists';
import { addMonths, ageText, retirementAgeMonthsReachedIn, retirementOf, wholeMonthsBetween } from '../../src/planning/retirement';

// Pure: no database. Every row was worked out by hand from Nghị định 135/2020/NĐ-CP Điều 4 and
// checked against the birth-month groups of its Phụ lục I (men: 9 birth months per step from
// T1/1961; women: 8 from T1/1966). The date is the last day of the month the age is reached;
// the pension starts the month after.
describe('retirement age under Nghị định 135/2020/NĐ-CP', () => {
  it.each([
    [2020, 720, 660],
    [2021, 723, 664],
    [2022, 726, 668],
    [2023, 729, 672],
    [2024, 732, 676],
    [2027, 741, 688],
    [2028, 744, 692],
    [2029, 744, 696],
    [2034, 744, 716],
    [2035, 744, 720],
    [2050, 744, 720],
  ])('reached in %i: men %i months, women %i months', (year, men, women) => {
    expect(retirementAgeMonthsReachedIn(Sex.MALE, year)).toBe(men);
    expect(retirementAgeMonthsReachedIn(Sex.FEMALE, year)).toBe(women);
  });

  // prettier-ignore
  const table: [string, Sex, string, string, string, string][] = [
    // sex, birth, retirement date, age, pension from — why
    ['a man born 12/1960 reached 60 in 12/2020, before the schedule', Sex.MALE, '1960-12-15', '2020-12-31', '60 tuổi', '2021-01-01'],
    ['a man born 1/1961 is the first at 60y3m (4/2021)', Sex.MALE, '1961-01-20', '2021-04-30', '60 tuổi 3 tháng', '2021-05-01'],
    ['a man born 9/1961 is the last at 60y3m (12/2021)', Sex.MALE, '1961-09-01', '2021-12-31', '60 tuổi 3 tháng', '2022-01-01'],
    ['a man born 10/1961 retires at 60y6m in 4/2022', Sex.MALE, '1961-10-10', '2022-04-30', '60 tuổi 6 tháng', '2022-05-01'],
    ['a man born 6/1962 is the last at 60y6m (12/2022)', Sex.MALE, '1962-06-30', '2022-12-31', '60 tuổi 6 tháng', '2023-01-01'],
    ['a man born 7/1962 retires at 60y9m in 4/2023', Sex.MALE, '1962-07-01', '2023-04-30', '60 tuổi 9 tháng', '2023-05-01'],
    ['a man born 1/1964 retires at 61y3m in 4/2025', Sex.MALE, '1964-01-05', '2025-04-30', '61 tuổi 3 tháng', '2025-05-01'],
    ['a man born 1/1965 retires at 61y6m in 7/2026', Sex.MALE, '1965-01-31', '2026-07-31', '61 tuổi 6 tháng', '2026-08-01'],
    ['a man born 3/1966 is the last of the schedule, at 61y9m in 12/2027', Sex.MALE, '1966-03-03', '2027-12-31', '61 tuổi 9 tháng', '2028-01-01'],
    ['a man born 4/1966 is the first at 62, in 4/2028', Sex.MALE, '1966-04-01', '2028-04-30', '62 tuổi', '2028-05-01'],
    ['a man born 1/1968 retires at 62 in 1/2030', Sex.MALE, '1968-01-15', '2030-01-31', '62 tuổi', '2030-02-01'],
    ['a woman born 12/1965 reached 55 in 12/2020, before the schedule', Sex.FEMALE, '1965-12-31', '2020-12-31', '55 tuổi', '2021-01-01'],
    ['a woman born 1/1966 retires at 55y4m in 5/2021 (not 56y in 1/2022)', Sex.FEMALE, '1966-01-10', '2021-05-31', '55 tuổi 4 tháng', '2021-06-01'],
    ['a woman born 8/1966 is the last at 55y4m (12/2021)', Sex.FEMALE, '1966-08-08', '2021-12-31', '55 tuổi 4 tháng', '2022-01-01'],
    ['a woman born 9/1966 retires at 55y8m in 5/2022', Sex.FEMALE, '1966-09-01', '2022-05-31', '55 tuổi 8 tháng', '2022-06-01'],
    ['a woman born 5/1967 retires at 56 in 5/2023', Sex.FEMALE, '1967-05-20', '2023-05-31', '56 tuổi', '2023-06-01'],
    ['a woman born 4/1975 is the last of the schedule, at 59y8m in 12/2034', Sex.FEMALE, '1975-04-30', '2034-12-31', '59 tuổi 8 tháng', '2035-01-01'],
    ['a woman born 5/1975 is the first at 60, in 5/2035', Sex.FEMALE, '1975-05-01', '2035-05-31', '60 tuổi', '2035-06-01'],
    ['a woman born on 29/2/1980 retires at the end of 2/2040', Sex.FEMALE, '1980-02-29', '2040-02-29', '60 tuổi', '2040-03-01'],
  ];

  it.each(table)('%s', (_why, sex, birthDate, date, age, pensionFrom) => {
    const retirement = retirementOf({ sex, birthDate, birthYear: Number(birthDate.slice(0, 4)) });
    expect({ date: retirement.date, age: ageText(retirement.ageMonths), pensionFrom: retirement.pensionFrom }).toEqual({
      date,
      age,
      pensionFrom,
    });
    expect(retirement.estimated).toBe(false);
  });

  it('counts a record with only a birth year from January, the earliest (strictest) date, and says so', () => {
    expect(retirementOf({ sex: Sex.MALE, birthDate: null, birthYear: 1961 })).toEqual({
      date: '2021-04-30',
      pensionFrom: '2021-05-01',
      ageMonths: 723,
      estimated: true,
    });
    // A woman known only as "born 1970" reaches 57y4m, the 2027 age, in 5/2027 (57y8m, the 2028 age, would come in 9/2027).
    expect(retirementOf({ sex: Sex.FEMALE, birthDate: null, birthYear: 1970 }).date).toBe('2027-05-31');
    for (const month of ['02', '06', '12']) {
      const known = retirementOf({ sex: Sex.FEMALE, birthDate: `1970-${month}-15`, birthYear: 1970 }).date;
      expect(known >= '2027-05-31').toBe(true);
    }
  });

  it('every birth month from 1955 to 1990 retires in the year whose age it reached, never earlier than a later-born', () => {
    for (const sex of [Sex.MALE, Sex.FEMALE]) {
      let previous = '';
      for (let year = 1955; year <= 1990; year++) {
        for (let month = 1; month <= 12; month++) {
          const birthDate = `${year}-${String(month).padStart(2, '0')}-01`;
          const r = retirementOf({ sex, birthDate, birthYear: year });
          const reachedYear = Number(r.date.slice(0, 4));
          expect(r.ageMonths).toBe(retirementAgeMonthsReachedIn(sex, reachedYear));
          expect(wholeMonthsBetween(birthDate, r.date)).toBe(r.ageMonths);
          expect(r.date >= previous).toBe(true);
          previous = r.date;
        }
      }
    }
  });
});

describe('months between dates', () => {
  it.each([
    ['2025-01-01', '2030-01-01', 60],
    ['2025-01-01', '2029-12-31', 59],
    ['2025-01-01', '2030-01-31', 60],
    ['2025-01-31', '2025-02-28', 1],
    ['2025-03-15', '2025-03-14', 0],
    ['2025-03-15', '2025-01-20', -1],
    ['2025-08-01', '2030-06-30', 58],
  ])('from %s to %s: %i whole months', (from, to, months) => {
    expect(wholeMonthsBetween(from, to)).toBe(months);
  });

  it('adds months keeping the day, or the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-01-01', -1)).toBe('2024-12-01');
  });
});
