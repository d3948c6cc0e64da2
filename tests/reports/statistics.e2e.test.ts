import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import {
  CadreStatisticsDocument,
  type CadreStatisticsQuery,
  type CadreStatisticsQueryVariables,
  type StatisticsDimension,
} from '../generated/graphql';
import { type GoldenIds, insertGoldenOffice } from './golden-fixture';

/**
 * Every expected figure below was counted by hand from the cadres in golden-fixture.ts, aged on
 * 30/06/2025. The population (working, started by then, in Tỉnh Thử Nghiệm) is 15 people:
 *
 *   C1  M 31 Kinh  (born 1994-06-30)        C9  M 50 Kinh  (born 1975-06-30)
 *   C2  F 30 Tày   (born 1994-07-01)        C10 F 50 Dao   (born 1974-07-01)
 *   C3  M 30 Thái  (born "1995")            C11 M 55 Kinh  (born "1970")
 *   C4  F 31 HMông (born "1994")            C12 F 60 Kinh  (born 1965-06-30)
 *   C5  M 35 Kinh                           C13 M 61 Kinh  (born 1964-06-30)
 *   C6  F 36 Kinh  (born 1989-06-30)        C14 M 26 Dao   (joined the party on 30/06/2025)
 *   C7  M 39 Nùng                           C17 F 25 Kinh  (born "2000", joins the party 15/07/2025)
 *   C8  F 44 Kinh
 *
 * Ages add up to 603, an average of 40,2. Left out: C15 (retired), C16 (starts 01/08/2025),
 * C18 (another province).
 */

type Statistics = CadreStatisticsQuery['cadreStatistics'];
type Row = [keys: string, count: number, shareText: string, averageAgeText: string | null];

describeWithDatabase('cadre statistics over HTTP (hand-counted figures)', () => {
  let api: TestApi;
  let ids: GoldenIds;
  const asOf = '2025-06-30';

  const stats = async (variables: Omit<CadreStatisticsQueryVariables, 'scope'> & { scope?: CadreStatisticsQueryVariables['scope'] }) =>
    (await api.data(CadreStatisticsDocument, { scope: { id: ids.province, includeSubtree: true }, asOf, ...variables })).cadreStatistics;
  const rows = (s: Statistics): Row[] =>
    s.groups.map((g) => [g.keys.map((k) => k.value).join('/'), g.count, g.shareText, g.averageAgeText ?? null]);

  beforeAll(async () => {
    api = await startTestApi();
    ids = await insertGoldenOffice(api.db.orm.em.fork() as never);
  });

  afterAll(() => api?.close());

  it('counts the province by sex and age band, with shares of the whole and average ages', async () => {
    const s = await stats({ groupBy: ['SEX', 'AGE_BAND'] });
    expect(s.total).toBe(15);
    expect(s.averageAge).toBe(40.2);
    expect(s.averageAgeText).toBe('40,2');
    expect(s.asOf).toBe(asOf);
    expect(s.scope).toEqual({ id: ids.province, kind: 'Locality', name: 'Tỉnh Thử Nghiệm', includeSubtree: true });
    expect(rows(s)).toEqual([
      ['MALE/LE_30', 2, '2/15 = 13,3%', '28'],
      ['MALE/31_35', 2, '2/15 = 13,3%', '33'],
      ['MALE/36_40', 1, '1/15 = 6,7%', '39'],
      ['MALE/46_50', 1, '1/15 = 6,7%', '50'],
      ['MALE/51_55', 1, '1/15 = 6,7%', '55'],
      ['MALE/GT_60', 1, '1/15 = 6,7%', '61'],
      ['FEMALE/LE_30', 2, '2/15 = 13,3%', '27,5'],
      ['FEMALE/31_35', 1, '1/15 = 6,7%', '31'],
      ['FEMALE/36_40', 1, '1/15 = 6,7%', '36'],
      ['FEMALE/41_45', 1, '1/15 = 6,7%', '44'],
      ['FEMALE/46_50', 1, '1/15 = 6,7%', '50'],
      ['FEMALE/56_60', 1, '1/15 = 6,7%', '60'],
    ]);
    for (const group of s.groups) {
      expect(group.total).toBe(15);
      expect(group.share).toBeCloseTo(group.count / 15, 12);
    }
    expect(s.groups[0]!.keys).toEqual([
      { dimension: 'SEX', value: 'MALE', code: 'M', label: 'Nam' },
      { dimension: 'AGE_BAND', value: 'LE_30', code: null, label: 'Từ 30 trở xuống' },
    ]);
    expect(s.groups[6]!.percentText).toBe('13,3%');
  });

  it('puts people born on the boundary day in the older band, and bare birth years by year', async () => {
    const s = await stats({ groupBy: ['AGE_BAND'], includeEmpty: true });
    expect(s.groups.map((g) => [g.keys[0]!.label, g.count, g.shareText, g.averageAge, g.averageAgeText])).toEqual([
      // C2 (one day short of 31), C3 ("1995"), C14, C17 ("2000")
      ['Từ 30 trở xuống', 4, '4/15 = 26,7%', 27.75, '27,8'],
      // C1 (31 on the day), C4 ("1994"), C5
      ['Từ 31 đến 35', 3, '3/15 = 20%', 32.33, '32,3'],
      ['Từ 36 đến 40', 2, '2/15 = 13,3%', 37.5, '37,5'],
      ['Từ 41 đến 45', 1, '1/15 = 6,7%', 44, '44'],
      // C9 (50 on the day), C10 (51 tomorrow)
      ['Từ 46 đến 50', 2, '2/15 = 13,3%', 50, '50'],
      ['Từ 51 đến 55', 1, '1/15 = 6,7%', 55, '55'],
      ['Từ 56 đến 60', 1, '1/15 = 6,7%', 60, '60'],
      ['Trên 60', 1, '1/15 = 6,7%', 61, '61'],
    ]);
  });

  it('ages everyone on the as-of day: a day later three birthdays move two people up a band', async () => {
    const s = await stats({ groupBy: ['AGE_BAND'], asOf: '2025-07-01' });
    expect(s.total).toBe(15);
    expect(s.averageAgeText).toBe('40,4');
    expect(rows(s).map(([k, n]) => [k, n])).toEqual([
      ['LE_30', 3],
      ['31_35', 4],
      ['36_40', 2],
      ['41_45', 1],
      ['46_50', 1],
      ['51_55', 2],
      ['56_60', 1],
      ['GT_60', 1],
    ]);
  });

  it('cuts custom age thresholds: "dưới 35" and "từ 35 trở lên", and three bands for [30, 40]', async () => {
    const under35 = await stats({ groupBy: ['AGE_THRESHOLD'], ageThresholds: [35] });
    expect(under35.groups.map((g) => [g.keys[0]!.value, g.keys[0]!.label, g.count, g.shareText, g.averageAge, g.averageAgeText])).toEqual([
      ['LT_35', 'Dưới 35', 6, '6/15 = 40%', 28.83, '28,8'],
      ['GE_35', 'Từ 35 trở lên', 9, '9/15 = 60%', 47.78, '47,8'],
    ]);
    const three = await stats({ groupBy: ['AGE_THRESHOLD'], ageThresholds: [40, 30] });
    expect(three.groups.map((g) => [g.keys[0]!.value, g.keys[0]!.label, g.count])).toEqual([
      ['LT_30', 'Dưới 30', 2],
      ['30_39', 'Từ 30 đến dưới 40', 7],
      ['GE_40', 'Từ 40 trở lên', 6],
    ]);
  });

  it('counts each ethnicity and Kinh against minorities', async () => {
    const each = await stats({ groupBy: ['ETHNICITY'] });
    expect(each.groups.map((g) => [g.keys[0]!.code, g.keys[0]!.label, g.count, g.shareText])).toEqual([
      ['01', 'Kinh', 9, '9/15 = 60%'],
      ['02', 'Tày', 1, '1/15 = 6,7%'],
      ['03', 'Thái', 1, '1/15 = 6,7%'],
      ['07', 'Nùng', 1, '1/15 = 6,7%'],
      ['08', 'HMông', 1, '1/15 = 6,7%'],
      ['09', 'Dao', 2, '2/15 = 13,3%'],
    ]);
    expect(each.groups[0]!.averageAgeText).toBe('44,1');
    expect(rows(await stats({ groupBy: ['MINORITY'] }))).toEqual([
      ['KINH', 9, '9/15 = 60%', '44,1'],
      ['MINORITY', 6, '6/15 = 40%', '34,3'],
    ]);
  });

  it('counts qualifications, rank, category and party membership, "NONE" where nothing is recorded', async () => {
    const counts = async (dimension: StatisticsDimension) => rows(await stats({ groupBy: [dimension] })).map(([k, n]) => `${k} ${n}`);
    expect(await counts('PROFESSIONAL_LEVEL')).toEqual([
      'BELOW_INTERMEDIATE 1',
      'INTERMEDIATE 1',
      'COLLEGE 1',
      'UNIVERSITY 7',
      'MASTER 3',
      'DOCTOR 1',
      'NONE 1',
    ]);
    expect(await counts('POLITICAL_THEORY')).toEqual(['ELEMENTARY 2', 'INTERMEDIATE 2', 'ADVANCED 4', 'BACHELOR 3', 'NONE 4']);
    expect(await counts('STATE_MANAGEMENT')).toEqual([
      'OFFICER 1',
      'SPECIALIST 3',
      'PRINCIPAL_SPECIALIST 4',
      'SENIOR_SPECIALIST 2',
      'NONE 5',
    ]);
    expect(await counts('RANK')).toEqual([
      'SENIOR_SPECIALIST 1',
      'PRINCIPAL_SPECIALIST 2',
      'SPECIALIST 4',
      'OFFICER 1',
      'STAFF 1',
      'NONE 6',
    ]);
    expect(await counts('CATEGORY')).toEqual(['CADRE 4', 'CIVIL_SERVANT 9', 'PUBLIC_EMPLOYEE 1', 'CONTRACT 1']);
    expect(await counts('ACADEMIC_TITLE')).toEqual(['ASSOCIATE_PROFESSOR 1', 'NONE 14']);
    // C14 joined on the as-of day and counts; C17 joins a fortnight later and does not.
    expect(rows(await stats({ groupBy: ['PARTY_MEMBERSHIP'] }))).toEqual([
      ['MEMBER', 10, '10/15 = 66,7%', '41,2'],
      ['NON_MEMBER', 5, '5/15 = 33,3%', '38,2'],
    ]);
    const none = (await stats({ groupBy: ['RANK'] })).groups.at(-1)!;
    expect(none.keys[0]).toEqual({ dimension: 'RANK', value: 'NONE', code: null, label: 'Không xếp ngạch công chức' });
  });

  it('crosses professional level with LLCT in one table', async () => {
    expect(rows(await stats({ groupBy: ['PROFESSIONAL_LEVEL', 'POLITICAL_THEORY'] })).map(([k, n]) => `${k} ${n}`)).toEqual([
      'BELOW_INTERMEDIATE/NONE 1',
      'INTERMEDIATE/ELEMENTARY 1',
      'COLLEGE/NONE 1',
      'UNIVERSITY/INTERMEDIATE 2',
      'UNIVERSITY/ADVANCED 4',
      'UNIVERSITY/NONE 1',
      'MASTER/ELEMENTARY 1',
      'MASTER/BACHELOR 2',
      'DOCTOR/BACHELOR 1',
      'NONE/NONE 1',
    ]);
  });

  it('groups by unit block (empty blocks on request) and by the localities under the scope', async () => {
    expect(rows(await stats({ groupBy: ['UNIT_BLOCK'], includeEmpty: true }))).toEqual([
      ['PARTY', 3, '3/15 = 20%', '46,7'],
      ['GOVERNMENT', 3, '3/15 = 20%', '45'],
      ['FRONT_AND_MASS', 0, '0/15 = 0%', null],
      ['ADMINISTRATIVE_PUBLIC_SERVICE', 2, '2/15 = 13,3%', '28,5'],
      ['COMMUNE', 7, '7/15 = 46,7%', '38,7'],
    ]);
    const byLocality = await stats({ groupBy: ['LOCALITY'] });
    expect(byLocality.groups.map((g) => [g.keys[0]!.value, g.keys[0]!.code, g.keys[0]!.label, g.count])).toEqual([
      [ids.province, '98', 'Cơ quan, đơn vị cấp tỉnh', 3],
      [ids.wardB, '98002', 'Phường Bình Minh', 4],
      [ids.communeA, '98001', 'Xã An Phú', 8],
    ]);
  });

  it('counts a person with two leadership posts once in each post, and the total once', async () => {
    const s = await stats({ groupBy: ['LEADERSHIP_POST'] });
    expect(s.total).toBe(15);
    expect(s.groups.map((g) => [g.keys[0]!.value, g.keys[0]!.label, g.count, g.shareText, g.averageAgeText])).toEqual([
      [ids.posts.boardHead, 'Trưởng ban (cấp sở/ban/ngành tỉnh)', 1, '1/15 = 6,7%', '44'],
      // C9, and C12 (secretary of two units: one post)
      [ids.posts.secretary, 'Bí thư (cấp xã)', 2, '2/15 = 13,3%', '55'],
      [ids.posts.councilChair, 'Chủ tịch HĐND (cấp xã)', 1, '1/15 = 6,7%', '50'],
      // C1 (from the as-of day), C7 (until the as-of day); not C6 (ended the day before) nor C7 as chair (starts the day after)
      [ids.posts.committeeDeputy, 'Phó Chủ tịch UBND (cấp xã)', 2, '2/15 = 13,3%', '35'],
      ['NONE', 'Không giữ chức vụ lãnh đạo', 10, '10/15 = 66,7%', '37,9'],
    ]);
  });

  it('scopes by locality or unit, with or without the subtree', async () => {
    const total = async (id: string, includeSubtree: boolean) => (await stats({ scope: { id, includeSubtree }, groupBy: [] })).total;
    expect(await total(ids.province, true)).toBe(15);
    expect(await total(ids.province, false)).toBe(3);
    expect(await total(ids.communeA, true)).toBe(8);
    expect(await total(ids.units.U3, true)).toBe(5);
    expect(await total(ids.units.U3, false)).toBe(3);
    expect(await total(ids.otherProvince, true)).toBe(1);
  });

  it('applies the cadre filters within the scope, statuses included', async () => {
    const women = await stats({ groupBy: ['PARTY_MEMBERSHIP'], filter: { sex: ['FEMALE'] } });
    expect(women.total).toBe(7);
    expect(rows(women).map(([k, n, text]) => [k, n, text])).toEqual([
      ['MEMBER', 3, '3/7 = 42,9%'],
      ['NON_MEMBER', 4, '4/7 = 57,1%'],
    ]);
    const retired = await stats({ groupBy: [], filter: { status: ['RETIRED'] } });
    expect([retired.total, retired.averageAgeText, retired.groups]).toEqual([1, '65', []]);
    const minorityUnder35 = await stats({ groupBy: ['SEX'], filter: { minority: true, ageMax: 34 } });
    expect(rows(minorityUnder35).map(([k, n]) => [k, n])).toEqual([
      ['MALE', 2],
      ['FEMALE', 2],
    ]);
  });

  it('agrees with a direct SQL count(*)', async () => {
    const connection = api.db.orm.em.getConnection();
    const count = async (where: string, params: unknown[]) => {
      const [row] = await connection.execute(
        `select count(*) as n from cadre c join unit u on u.id = c.unit_id join locality l on l.id = u.locality_id
         where l.path like ? and c.status = 'working' and (c.start_date is null or c.start_date <= ?) and ${where}`,
        [`${ids.db.provincePath}%`, asOf, ...params],
      );
      return Number((row as { n: unknown }).n);
    };
    const bySex = await stats({ groupBy: ['SEX'] });
    expect(bySex.groups.find((g) => g.keys[0]!.value === 'FEMALE')!.count).toBe(await count("c.sex = 'F'", []));
    const byParty = await stats({ groupBy: ['PARTY_MEMBERSHIP'] });
    expect(byParty.groups[0]!.count).toBe(await count('c.party_joined_at <= ?', [asOf]));
    const byBand = await stats({ groupBy: ['AGE_BAND'] });
    expect(byBand.groups[0]!.count).toBe(
      await count('(c.birth_date > ? or (c.birth_date is null and c.birth_year >= ?))', ['1994-06-30', 1995]),
    );
    expect(await count('1 = 1', [])).toBe(15);
  });

  it('refuses what it cannot answer, naming the argument', async () => {
    const noThresholds = await api.request(CadreStatisticsDocument, {
      scope: { id: ids.province, includeSubtree: true },
      groupBy: ['AGE_THRESHOLD'],
    });
    expect(noThresholds.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'ageThresholds' }] });
    const cadreAsScope = await api.request(CadreStatisticsDocument, {
      scope: { id: ids.posts.secretary, includeSubtree: true },
      groupBy: [],
    });
    expect(cadreAsScope.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'scope.id' }] });
    const tooMany = await api.request(CadreStatisticsDocument, {
      scope: { id: ids.province, includeSubtree: true },
      groupBy: ['SEX', 'AGE_BAND', 'ETHNICITY', 'RANK', 'CATEGORY'],
    });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'groupBy' }] });
  });
});
