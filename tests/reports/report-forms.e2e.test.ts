import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import { ReportDocument, type ReportQuery, type ReportRequest } from '../generated/graphql';
import { type GoldenIds, insertGoldenOffice } from './golden-fixture';

/** Expected figures counted by hand from golden-fixture.ts (the 15 people are listed in statistics.e2e.test.ts). */

type Table = ReportQuery['report'];
type ReportRow = Table['totalRow'];

/** The non-zero counts of a row, by column key, and the average age. */
function counts(row: ReportRow): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const cell of row.cells) {
    if (cell.column === 'AVERAGE_AGE') out[cell.column] = cell.text;
    else if (cell.count) out[cell.column] = cell.count;
  }
  return out;
}

function cell(row: ReportRow, column: string) {
  const found = row.cells.find((c) => c.column === column);
  if (!found) throw new Error(`no column ${column}`);
  return found;
}

describeWithDatabase('report forms over HTTP (hand-counted figures)', () => {
  let api: TestApi;
  let ids: GoldenIds;

  const report = async (request: Omit<ReportRequest, 'scope'> & { scope?: ReportRequest['scope'] }) =>
    (await api.data(ReportDocument, { request: { scope: { id: ids.province, includeSubtree: true }, asOf: '2025-06-30', ...request } }))
      .report;

  beforeAll(async () => {
    api = await startTestApi();
    ids = await insertGoldenOffice(api.db.orm.em.fork() as never);
  });

  afterAll(() => api?.close());

  it('8B: all staff by block, every column of the total row, and the summary sentence', async () => {
    const t = await report({ form: 'ALL_STAFF' });
    expect([t.code, t.title, t.subtitle, t.unit, t.rowsBy, t.rowHeading, t.staffTotal]).toEqual([
      '8B',
      'Báo cáo số lượng, chất lượng cán bộ, công chức, viên chức (mẫu 8B)',
      'Tỉnh Thử Nghiệm (gồm cả các đơn vị trực thuộc); số liệu đến ngày 30/06/2025',
      'người',
      'UNIT_BLOCK',
      'Khối',
      null,
    ]);
    expect(t.columns.map((c) => `${c.group ?? ''}|${c.heading}|${c.kind}`)).toEqual([
      '|Tổng số|TOTAL',
      'Đối tượng|Cán bộ|COUNT',
      'Đối tượng|Công chức|COUNT',
      'Đối tượng|Viên chức|COUNT',
      'Đối tượng|Hợp đồng|COUNT',
      'Trong đó|Nữ|COUNT',
      'Trong đó|Dân tộc thiểu số|COUNT',
      'Trong đó|Đảng viên|COUNT',
      'Độ tuổi|Từ 30 trở xuống|COUNT',
      'Độ tuổi|Từ 31 đến 35|COUNT',
      'Độ tuổi|Từ 36 đến 40|COUNT',
      'Độ tuổi|Từ 41 đến 45|COUNT',
      'Độ tuổi|Từ 46 đến 50|COUNT',
      'Độ tuổi|Từ 51 đến 55|COUNT',
      'Độ tuổi|Từ 56 đến 60|COUNT',
      'Độ tuổi|Trên 60|COUNT',
      'Độ tuổi|Tuổi bình quân|AVERAGE_AGE',
      'Ngạch công chức|Chuyên viên cao cấp|COUNT',
      'Ngạch công chức|Chuyên viên chính|COUNT',
      'Ngạch công chức|Chuyên viên|COUNT',
      'Ngạch công chức|Cán sự|COUNT',
      'Ngạch công chức|Nhân viên|COUNT',
      'Trình độ chuyên môn|Tiến sĩ|COUNT',
      'Trình độ chuyên môn|Thạc sĩ|COUNT',
      'Trình độ chuyên môn|Đại học|COUNT',
      'Trình độ chuyên môn|Cao đẳng|COUNT',
      'Trình độ chuyên môn|Trung cấp|COUNT',
      'Trình độ chuyên môn|Dưới trung cấp|COUNT',
      'Học hàm|Giáo sư|COUNT',
      'Học hàm|Phó Giáo sư|COUNT',
      'Lý luận chính trị|Cử nhân|COUNT',
      'Lý luận chính trị|Cao cấp|COUNT',
      'Lý luận chính trị|Trung cấp|COUNT',
      'Lý luận chính trị|Sơ cấp|COUNT',
      'Quản lý nhà nước|Chuyên viên cao cấp|COUNT',
      'Quản lý nhà nước|Chuyên viên chính|COUNT',
      'Quản lý nhà nước|Chuyên viên|COUNT',
      'Quản lý nhà nước|Cán sự|COUNT',
    ]);
    expect(t.rows.map((r) => [r.key, r.label, r.count])).toEqual([
      ['PARTY', 'Khối Đảng', 3],
      ['GOVERNMENT', 'Khối chính quyền', 3],
      ['FRONT_AND_MASS', 'Khối MTTQ – đoàn thể', 0],
      ['ADMINISTRATIVE_PUBLIC_SERVICE', 'Khối hành chính – sự nghiệp', 2],
      ['COMMUNE', 'Khối xã, phường', 7],
    ]);
    expect([t.totalRow.key, t.totalRow.label, t.totalRow.count]).toEqual(['TOTAL', 'Tổng cộng', 15]);
    expect(counts(t.totalRow)).toEqual({
      TOTAL: 15,
      'CATEGORY:CADRE': 4,
      'CATEGORY:CIVIL_SERVANT': 9,
      'CATEGORY:PUBLIC_EMPLOYEE': 1,
      'CATEGORY:CONTRACT': 1,
      'SEX:FEMALE': 7,
      'MINORITY:MINORITY': 6,
      'PARTY_MEMBERSHIP:MEMBER': 10,
      'AGE_BAND:LE_30': 4,
      'AGE_BAND:31_35': 3,
      'AGE_BAND:36_40': 2,
      'AGE_BAND:41_45': 1,
      'AGE_BAND:46_50': 2,
      'AGE_BAND:51_55': 1,
      'AGE_BAND:56_60': 1,
      'AGE_BAND:GT_60': 1,
      AVERAGE_AGE: '40,2',
      'RANK:SENIOR_SPECIALIST': 1,
      'RANK:PRINCIPAL_SPECIALIST': 2,
      'RANK:SPECIALIST': 4,
      'RANK:OFFICER': 1,
      'RANK:STAFF': 1,
      'PROFESSIONAL_LEVEL:DOCTOR': 1,
      'PROFESSIONAL_LEVEL:MASTER': 3,
      'PROFESSIONAL_LEVEL:UNIVERSITY': 7,
      'PROFESSIONAL_LEVEL:COLLEGE': 1,
      'PROFESSIONAL_LEVEL:INTERMEDIATE': 1,
      'PROFESSIONAL_LEVEL:BELOW_INTERMEDIATE': 1,
      'ACADEMIC_TITLE:ASSOCIATE_PROFESSOR': 1,
      'POLITICAL_THEORY:BACHELOR': 3,
      'POLITICAL_THEORY:ADVANCED': 4,
      'POLITICAL_THEORY:INTERMEDIATE': 2,
      'POLITICAL_THEORY:ELEMENTARY': 2,
      'STATE_MANAGEMENT:SENIOR_SPECIALIST': 2,
      'STATE_MANAGEMENT:PRINCIPAL_SPECIALIST': 4,
      'STATE_MANAGEMENT:SPECIALIST': 3,
      'STATE_MANAGEMENT:OFFICER': 1,
    });
    expect(cell(t.totalRow, 'SEX:FEMALE')).toMatchObject({ count: 7, percentText: '46,7%', shareText: '7/15 = 46,7%', text: '7' });
    expect(cell(t.totalRow, 'AVERAGE_AGE')).toMatchObject({ count: null, share: null, shareText: null, value: 40.2, text: '40,2' });
    expect(cell(t.totalRow, 'TOTAL')).toMatchObject({ count: 15, share: 1, shareText: '15/15 = 100%' });

    const [party, , front, , commune] = t.rows;
    expect(counts(party!)).toEqual({
      TOTAL: 3,
      'CATEGORY:CIVIL_SERVANT': 3,
      'SEX:FEMALE': 1,
      'PARTY_MEMBERSHIP:MEMBER': 3,
      'AGE_BAND:31_35': 1,
      'AGE_BAND:41_45': 1,
      'AGE_BAND:GT_60': 1,
      AVERAGE_AGE: '46,7',
      'RANK:SENIOR_SPECIALIST': 1,
      'RANK:PRINCIPAL_SPECIALIST': 2,
      'PROFESSIONAL_LEVEL:DOCTOR': 1,
      'PROFESSIONAL_LEVEL:MASTER': 2,
      'ACADEMIC_TITLE:ASSOCIATE_PROFESSOR': 1,
      'POLITICAL_THEORY:BACHELOR': 3,
      'STATE_MANAGEMENT:SENIOR_SPECIALIST': 2,
      'STATE_MANAGEMENT:PRINCIPAL_SPECIALIST': 1,
    });
    expect(cell(party!, 'TOTAL').shareText).toBe('3/15 = 20%');
    expect(cell(party!, 'SEX:FEMALE').shareText).toBe('1/3 = 33,3%');
    expect(counts(front!)).toEqual({ AVERAGE_AGE: '' });
    expect(cell(front!, 'SEX:FEMALE')).toMatchObject({ count: 0, share: 0, shareText: '0/0 = 0%' });
    expect(counts(commune!)).toEqual({
      TOTAL: 7,
      'CATEGORY:CADRE': 4,
      'CATEGORY:CIVIL_SERVANT': 3,
      'SEX:FEMALE': 3,
      'MINORITY:MINORITY': 2,
      'PARTY_MEMBERSHIP:MEMBER': 6,
      'AGE_BAND:LE_30': 2,
      'AGE_BAND:31_35': 1,
      'AGE_BAND:36_40': 2,
      'AGE_BAND:46_50': 1,
      'AGE_BAND:56_60': 1,
      AVERAGE_AGE: '38,7',
      'RANK:SPECIALIST': 3,
      'PROFESSIONAL_LEVEL:UNIVERSITY': 7,
      'POLITICAL_THEORY:ADVANCED': 4,
      'POLITICAL_THEORY:INTERMEDIATE': 2,
      'STATE_MANAGEMENT:PRINCIPAL_SPECIALIST': 3,
      'STATE_MANAGEMENT:SPECIALIST': 3,
    });
    expect(cell(commune!, 'PARTY_MEMBERSHIP:MEMBER').shareText).toBe('6/7 = 85,7%');
    expect(t.summary).toBe(
      'Tổng số cán bộ, công chức, viên chức là 15 người; nữ 7 (46,7%), dân tộc thiểu số 6 (40%), đảng viên 10 (66,7%); ' +
        'tuổi bình quân 40,2; trình độ tiến sĩ 1, thạc sĩ 3, đại học 7, cao đẳng 1, trung cấp 1, dưới trung cấp 1; ' +
        'lý luận chính trị cao cấp, cử nhân 7/15 = 46,7%, trung cấp 2, sơ cấp 2.',
    );
  });

  it('8B by locality with an "under 35" column, quoted in the summary', async () => {
    const t = await report({ form: 'ALL_STAFF', rowsBy: 'LOCALITY', ageThresholds: [35] });
    expect(t.rowHeading).toBe('Địa bàn');
    expect(t.rows.map((r) => [r.key, r.label, r.count, cell(r, 'AGE_THRESHOLD:LT_35').count])).toEqual([
      [ids.province, 'Cơ quan, đơn vị cấp tỉnh', 3, 0],
      [ids.wardB, 'Phường Bình Minh', 4, 1],
      [ids.communeA, 'Xã An Phú', 8, 5],
    ]);
    expect(t.columns.filter((c) => c.group === 'Nhóm tuổi').map((c) => c.heading)).toEqual(['Dưới 35', 'Từ 35 trở lên']);
    expect(cell(t.totalRow, 'AGE_THRESHOLD:LT_35').shareText).toBe('6/15 = 40%');
    expect(t.summary).toContain('; tuổi bình quân 40,2, dưới 35 tuổi 6 (40%); ');
  });

  it('9A–9C: leaders by post, a person with two posts in both rows and once in the total', async () => {
    const t = await report({ form: 'LEADERS' });
    expect([t.code, t.rowsBy, t.rowHeading, t.staffTotal]).toEqual(['9A-9C', 'POST', 'Chức vụ lãnh đạo', 15]);
    expect(t.rows.map((r) => [r.key, r.label, r.count, cell(r, 'TOTAL').shareText, cell(r, 'AVERAGE_AGE').text])).toEqual([
      [ids.posts.boardHead, 'Trưởng ban (cấp sở/ban/ngành tỉnh)', 1, '1/5 = 20%', '44'],
      [ids.posts.secretary, 'Bí thư (cấp xã)', 2, '2/5 = 40%', '55'],
      [ids.posts.councilChair, 'Chủ tịch HĐND (cấp xã)', 1, '1/5 = 20%', '50'],
      [ids.posts.committeeDeputy, 'Phó Chủ tịch UBND (cấp xã)', 2, '2/5 = 40%', '35'],
    ]);
    expect(counts(t.rows[1]!)).toMatchObject({ 'SEX:FEMALE': 1, 'POLITICAL_THEORY:ADVANCED': 2, 'CATEGORY:CADRE': 2 });
    expect(cell(t.rows[1]!, 'SEX:FEMALE').shareText).toBe('1/2 = 50%');
    expect(cell(t.rows[3]!, 'MINORITY:MINORITY').shareText).toBe('1/2 = 50%');
    expect(counts(t.totalRow)).toEqual({
      TOTAL: 5,
      'CATEGORY:CADRE': 3,
      'CATEGORY:CIVIL_SERVANT': 2,
      'SEX:FEMALE': 2,
      'MINORITY:MINORITY': 1,
      'PARTY_MEMBERSHIP:MEMBER': 5,
      'AGE_BAND:31_35': 1,
      'AGE_BAND:36_40': 1,
      'AGE_BAND:41_45': 1,
      'AGE_BAND:46_50': 1,
      'AGE_BAND:56_60': 1,
      AVERAGE_AGE: '44,8',
      'RANK:SPECIALIST': 1,
      'RANK:PRINCIPAL_SPECIALIST': 1,
      'PROFESSIONAL_LEVEL:DOCTOR': 1,
      'PROFESSIONAL_LEVEL:UNIVERSITY': 4,
      'ACADEMIC_TITLE:ASSOCIATE_PROFESSOR': 1,
      'POLITICAL_THEORY:BACHELOR': 1,
      'POLITICAL_THEORY:ADVANCED': 3,
      'POLITICAL_THEORY:INTERMEDIATE': 1,
      'STATE_MANAGEMENT:SENIOR_SPECIALIST': 1,
      'STATE_MANAGEMENT:PRINCIPAL_SPECIALIST': 2,
      'STATE_MANAGEMENT:SPECIALIST': 2,
    });
    expect(t.summary).toBe(
      'Số lượng CBLĐ, QL là 5 người / 15; nữ 2 (40%), dân tộc thiểu số 1 (20%), đảng viên 5 (100%); tuổi bình quân 44,8; ' +
        'trình độ tiến sĩ 1, đại học 4; lý luận chính trị cao cấp, cử nhân 4/5 = 80%, trung cấp 1.',
    );
    const communeLevel = await report({ form: 'LEADERS', positionLevels: ['COMMUNE'] });
    expect(communeLevel.rows.map((r) => [r.label, r.count])).toEqual([
      ['Bí thư (cấp xã)', 2],
      ['Chủ tịch HĐND (cấp xã)', 1],
      ['Phó Chủ tịch UBND (cấp xã)', 2],
    ]);
    expect(communeLevel.totalRow.count).toBe(4);
  });

  it('12B: the planned of a term on the as-of day, by the post planned for', async () => {
    const t = await report({ form: 'PLANNED', termId: ids.term });
    expect(t.title).toBe('Báo cáo số lượng, chất lượng cán bộ trong quy hoạch nhiệm kỳ 2025–2030 (mẫu 12B)');
    // C1 for two posts; C6 added on the day; C14 removed the day after; not C2 (removed), C17 (added later), C15 (retired).
    expect(t.rows.map((r) => [r.key, r.label, r.count])).toEqual([
      [ids.posts.secretary, 'Bí thư (cấp xã)', 1],
      [ids.posts.committeeChair, 'Chủ tịch UBND (cấp xã)', 2],
      [ids.posts.committeeDeputy, 'Phó Chủ tịch UBND (cấp xã)', 1],
    ]);
    expect([t.totalRow.count, t.staffTotal]).toEqual([3, 15]);
    expect(counts(t.totalRow)).toMatchObject({ 'SEX:FEMALE': 1, 'MINORITY:MINORITY': 1, 'PARTY_MEMBERSHIP:MEMBER': 3, AVERAGE_AGE: '31' });
    expect(t.summary).toBe(
      'Số cán bộ trong quy hoạch là 3 người / 15; nữ 1 (33,3%), dân tộc thiểu số 1 (33,3%), đảng viên 3 (100%); ' +
        'tuổi bình quân 31; trình độ đại học 2; lý luận chính trị trung cấp 2.',
    );
    const old = await report({ form: 'PLANNED', termId: ids.oldTerm });
    expect(old.rows.map((r) => [r.label, r.count])).toEqual([['Bí thư (cấp xã)', 1]]);
    const missing = await api.request(ReportDocument, { request: { form: 'PLANNED', scope: { id: ids.province, includeSubtree: true } } });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'request.termId' }] });
  });

  it('10: enrollments in courses that started in the period, by the level granted', async () => {
    const t = await report({ form: 'TRAINING', from: '2021-01-01', to: '2025-06-30', rowsBy: 'GRANTED_LEVEL' });
    expect([t.code, t.unit, t.from, t.to, t.asOf, t.subtitle]).toEqual([
      '10',
      'lượt',
      '2021-01-01',
      '2025-06-30',
      '2025-06-30',
      'Tỉnh Thử Nghiệm (gồm cả các đơn vị trực thuộc); từ ngày 01/01/2021 đến ngày 30/06/2025',
    ]);
    expect(t.rows.filter((r) => r.count > 0).map((r) => [r.key, r.label, r.count])).toEqual([
      ['POLITICAL_THEORY_ADVANCED', 'Cao cấp LLCT', 3],
      ['PROFESSIONAL_MASTER', 'Thạc sĩ', 3],
      ['STATE_MANAGEMENT_PRINCIPAL_SPECIALIST', 'QLNN chuyên viên chính', 2],
    ]);
    expect(t.rows).toHaveLength(14);
    const master = t.rows.find((r) => r.key === 'PROFESSIONAL_MASTER')!;
    expect(counts(master)).toEqual({
      TOTAL: 3,
      'TRAINING_KIND:DEGREE': 3,
      'GRANTED_LEVEL:PROFESSIONAL_MASTER': 3,
      'TRAINING_MODE:FULL_TIME': 2,
      'TRAINING_MODE:IN_SERVICE': 1,
      'TRAINING_LOCATION:DOMESTIC': 1,
      'TRAINING_LOCATION:ABROAD': 2,
      'PROGRAMME:Đề án 165': 2,
      'ENROLLMENT_STATUS:STUDYING': 1,
      'ENROLLMENT_STATUS:COMPLETED': 2,
    });
    expect(cell(master, 'TRAINING_LOCATION:ABROAD').shareText).toBe('2/3 = 66,7%');
    expect(cell(master, 'TOTAL').shareText).toBe('3/8 = 37,5%');
    expect(counts(t.totalRow)).toEqual({
      TOTAL: 8,
      'TRAINING_KIND:DEGREE': 3,
      'TRAINING_KIND:POLITICAL_THEORY': 3,
      'TRAINING_KIND:STATE_MANAGEMENT': 2,
      'GRANTED_LEVEL:POLITICAL_THEORY_ADVANCED': 3,
      'GRANTED_LEVEL:PROFESSIONAL_MASTER': 3,
      'GRANTED_LEVEL:STATE_MANAGEMENT_PRINCIPAL_SPECIALIST': 2,
      'TRAINING_MODE:FULL_TIME': 4,
      'TRAINING_MODE:IN_SERVICE': 4,
      'TRAINING_LOCATION:DOMESTIC': 6,
      'TRAINING_LOCATION:ABROAD': 2,
      'PROGRAMME:Đề án 165': 2,
      'ENROLLMENT_STATUS:STUDYING': 1,
      'ENROLLMENT_STATUS:COMPLETED': 6,
      'ENROLLMENT_STATUS:WITHDRAWN': 1,
    });
    expect(t.columns.filter((c) => c.group === 'Chương trình, đề án').map((c) => [c.key, c.heading])).toEqual([
      ['PROGRAMME:Đề án 165', 'Đề án 165'],
    ]);
    expect(t.summary).toBe(
      'Từ 01/01/2021 đến 30/06/2025 có 8 lượt cán bộ được cử đi đào tạo, bồi dưỡng; lý luận chính trị: cao cấp 3; chuyên môn: thạc sĩ 3; ' +
        'quản lý nhà nước: chuyên viên chính 2; trong nước 6, nước ngoài 2; Đề án 165: 2.',
    );
    const byBlock = await report({ form: 'TRAINING', from: '2021-01-01', to: '2025-06-30' });
    expect(byBlock.rows.map((r) => [r.key, r.count])).toEqual([
      ['PARTY', 2],
      ['GOVERNMENT', 1],
      ['FRONT_AND_MASS', 0],
      ['ADMINISTRATIVE_PUBLIC_SERVICE', 0],
      ['COMMUNE', 5],
    ]);
  });

  it('11: rotations that started in the period, by direction and kind', async () => {
    const t = await report({ form: 'ROTATION', from: '2021-01-01', to: '2025-06-30' });
    expect(t.rows.map((r) => [r.key, r.count])).toEqual([
      ['PARTY', 0],
      ['GOVERNMENT', 1],
      ['FRONT_AND_MASS', 0],
      ['ADMINISTRATIVE_PUBLIC_SERVICE', 0],
      ['COMMUNE', 3],
    ]);
    expect(counts(t.totalRow)).toEqual({
      TOTAL: 4,
      'ROTATION_DIRECTION:PROVINCE_TO_DISTRICT': 1,
      'ROTATION_DIRECTION:SECTOR_TO_SECTOR': 1,
      'ROTATION_DIRECTION:BETWEEN_COMMUNES': 2,
      'ROTATION_KIND:ROTATION': 2,
      'ROTATION_KIND:TRANSFER': 1,
      'ROTATION_KIND:SECONDMENT': 1,
      'SEX:FEMALE': 2,
    });
    expect(cell(t.rows[4]!, 'ROTATION_DIRECTION:BETWEEN_COMMUNES').shareText).toBe('2/3 = 66,7%');
    expect(t.summary).toBe(
      'Từ 01/01/2021 đến 30/06/2025 có 4 lượt cán bộ được luân chuyển, điều động, biệt phái: luân chuyển 2, điều động 1, biệt phái 1; ' +
        'từ tỉnh về huyện/cơ sở 1, giữa các ngành 1, giữa các xã 2; nữ 2.',
    );
    const byDirection = await report({ form: 'ROTATION', from: '2020-01-01', to: '2025-06-30', rowsBy: 'ROTATION_DIRECTION' });
    expect(byDirection.rows.filter((r) => r.count > 0).map((r) => [r.label, r.count])).toEqual([
      ['Từ tỉnh về huyện/cơ sở', 1],
      ['Giữa các ngành', 1],
      ['Về xã', 1],
      ['Giữa các xã', 2],
    ]);
  });

  it('refuses a row grouping the form does not have, and a period that ends before it starts', async () => {
    const wrongRows = await api.request(ReportDocument, {
      request: { form: 'ALL_STAFF', scope: { id: ids.province, includeSubtree: true }, rowsBy: 'ROTATION_DIRECTION' },
    });
    expect(wrongRows.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'request.rowsBy' }] });
    const backwards = await api.request(ReportDocument, {
      request: { form: 'ROTATION', scope: { id: ids.province, includeSubtree: true }, from: '2025-01-01', to: '2024-01-01' },
    });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'request.from' }] });
  });
});
