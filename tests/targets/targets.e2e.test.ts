import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import {
  CreateAssignmentForPlanningDocument,
  CreateCadreDocument,
  CreateLocalityDocument,
  CreatePlanningEntryDocument,
  CreatePlanningTermDocument,
  CreatePositionForPlanningDocument,
  CreateTargetDocument,
  CreateUnitDocument,
  DeleteTargetDocument,
  TargetComplianceDocument,
  TargetsDocument,
  UpdatePlanningEntryDocument,
  UpdateTargetDocument,
  type CreateCadreInput,
  type CreateTargetInput,
  type PositionLevel,
} from '../generated/graphql';

/**
 * A small fixed office whose figures were worked out by hand, as of 30/06/2026:
 *
 *   Lào Cai (province)                      Sở Nội vụ: Phương (F, doctor, cao cấp; Giám đốc Sở)
 *   └─ Phường Cam Đường (commune)
 *      └─ UBND phường: An (M, 35 on the day: born 01/07/1990, university, party; Chủ tịch),
 *         │            Bích (F, Tày, 34 today: born 30/06/1992, master, cao cấp; Phó Chủ tịch until 29/06/2026),
 *         │            Em (M, retired), Giang (F, starts 01/09/2026)
 *         └─ Phòng Kinh tế: Cúc (F, born "1995", college; Trưởng phòng), Dũng (M, Thái, university, cử nhân, party; chuyên viên)
 *
 * Planned in 2025–2030: Bích for Chủ tịch UBND phường, Cúc for Phó Chủ tịch, Dũng for Phó Chủ tịch (removed 15/01/2026),
 * An for Giám đốc Sở (a post of the province's Sở Nội vụ).
 *
 * Commune: working An, Bích, Cúc, Dũng = 4 (Em retired, Giang not started, Phương elsewhere);
 *          leaders on the day An, Cúc = 2 (Bích's post ended the day before); planned Bích, Cúc = 2.
 * Province: working 5 (+ Phương); planned Bích, Cúc, An = 3; leaders An, Cúc, Phương = 3.
 */
describeWithDatabase('targets and their compliance, over HTTP', () => {
  const asOf = '2026-06-30';
  let api: TestApi;
  let provinceId: string;
  let communeId: string;
  let committeeId: string;
  let divisionId: string;
  let departmentId: string;
  let emptyUnitId: string;
  let termId: string;

  const target = async (input: Omit<CreateTargetInput, 'termId'>) =>
    (await api.data(CreateTargetDocument, { input: { termId, ...input } })).createTarget;

  beforeAll(async () => {
    api = await startTestApi();
    provinceId = (await api.data(CreateLocalityDocument, { input: { code: '15', name: 'Lào Cai', level: 'PROVINCE', kind: 'PROVINCE' } }))
      .createLocality.id;
    communeId = (
      await api.data(CreateLocalityDocument, {
        input: { code: '02650', name: 'Phường Cam Đường', level: 'COMMUNE', kind: 'WARD', parentId: provinceId },
      })
    ).createLocality.id;
    const unit = async (name: string, localityId: string, parentId?: string) =>
      (await api.data(CreateUnitDocument, { input: { name, block: 'GOVERNMENT', kind: 'PEOPLES_COMMITTEE', localityId, parentId } }))
        .createUnit.id;
    committeeId = await unit('UBND phường Cam Đường', communeId);
    divisionId = await unit('Phòng Kinh tế', communeId, committeeId);
    departmentId = await unit('Sở Nội vụ', provinceId);
    emptyUnitId = await unit('Sở Tài chính', provinceId);

    const post = async (name: string, level: PositionLevel, seniority: number, isLeadership = true) =>
      (await api.data(CreatePositionForPlanningDocument, { input: { name, level, seniority, isLeadership } })).createPosition.id;
    const chairman = await post('Chủ tịch UBND phường', 'COMMUNE', 1);
    const viceChairman = await post('Phó Chủ tịch UBND phường', 'COMMUNE', 2);
    const headOfDivision = await post('Trưởng phòng Kinh tế', 'DIVISION', 1);
    const specialist = await post('Chuyên viên', 'DIVISION', 9, false);
    const director = await post('Giám đốc Sở', 'PROVINCIAL_DEPARTMENT', 1);

    const cadre = async (input: Partial<CreateCadreInput> & Pick<CreateCadreInput, 'fullName' | 'birthDate'>) =>
      (
        await api.data(CreateCadreDocument, {
          input: { sex: 'MALE', ethnicity: 'KINH', category: 'CIVIL_SERVANT', unitId: committeeId, ...input },
        })
      ).createCadre.id;
    const an = await cadre({
      fullName: 'Nguyễn Văn An',
      birthDate: '1990-07-01',
      professionalLevel: 'UNIVERSITY',
      politicalTheory: 'INTERMEDIATE',
      partyJoinedAt: '2015-01-01',
    });
    const bich = await cadre({
      fullName: 'Hoàng Thị Bích',
      sex: 'FEMALE',
      ethnicity: 'TAY',
      birthDate: '1992-06-30',
      professionalLevel: 'MASTER',
      politicalTheory: 'ADVANCED',
    });
    const cuc = await cadre({
      fullName: 'Trần Thị Cúc',
      sex: 'FEMALE',
      birthDate: '1995',
      professionalLevel: 'COLLEGE',
      unitId: divisionId,
    });
    const dung = await cadre({
      fullName: 'Lò Văn Dũng',
      ethnicity: 'THAI',
      birthDate: '1970-03-15',
      professionalLevel: 'UNIVERSITY',
      politicalTheory: 'BACHELOR',
      partyJoinedAt: '1995-01-01',
      unitId: divisionId,
    });
    const em = await cadre({ fullName: 'Phạm Văn Em', birthDate: '1968-01-01', status: 'RETIRED', professionalLevel: 'UNIVERSITY' });
    await cadre({ fullName: 'Đặng Thị Giang', birthDate: '1988-02-02', startDate: '2026-09-01', sex: 'FEMALE' });
    const phuong = await cadre({
      fullName: 'Vũ Thị Phương',
      sex: 'FEMALE',
      birthDate: '1985-05-05',
      professionalLevel: 'DOCTOR',
      politicalTheory: 'ADVANCED',
      unitId: departmentId,
    });

    const hold = (cadreId: string, unitId: string, positionId: string, startDate: string, endDate?: string) =>
      api.data(CreateAssignmentForPlanningDocument, { input: { cadreId, unitId, positionId, startDate, endDate } });
    await hold(an, committeeId, chairman, '2021-01-01');
    await hold(bich, committeeId, viceChairman, '2022-01-01', '2026-06-29');
    await hold(cuc, divisionId, headOfDivision, '2024-01-01');
    await hold(dung, divisionId, specialist, '2010-01-01');
    await hold(em, committeeId, viceChairman, '2015-01-01', '2020-12-31');
    await hold(phuong, departmentId, director, '2020-01-01');

    termId = (await api.data(CreatePlanningTermDocument, { input: { startYear: 2025 } })).createPlanningTerm.id;
    const plan = async (cadreId: string, unitId: string, positionId: string) =>
      (await api.data(CreatePlanningEntryDocument, { input: { termId, cadreId, unitId, positionId, addedAt: '2025-03-01' } }))
        .createPlanningEntry.id;
    await plan(bich, committeeId, chairman);
    await plan(cuc, committeeId, viceChairman);
    const removed = await plan(dung, committeeId, viceChairman);
    await api.data(UpdatePlanningEntryDocument, { id: removed, input: { removedAt: '2026-01-15', removalReason: 'OTHER' } });
    await plan(an, departmentId, director);
  });

  afterAll(() => api?.close());

  const figures = async (scopeId: string) => {
    const response = await api.request(TargetComplianceDocument, { scopeId, termId, asOf });
    expect(response.errors).toBeUndefined();
    return {
      rows: response.data!.targetCompliance.map((row) => ({
        metric: row.target.metric,
        population: row.target.population,
        numerator: row.numerator,
        denominator: row.denominator,
        met: row.met,
        text: row.text,
      })),
      statements: response.extensions?.sql?.count ?? 0,
    };
  };

  it('a commune’s compliance, figure by figure as worked out by hand, counted in a bounded number of SQL statements', async () => {
    // Created out of order: the compliance lists them in the order of the metrics.
    await target({ scopeId: communeId, metric: 'LLCT_ADVANCED_SHARE', population: 'PLANNED', comparator: 'AT_LEAST', value: 50 });
    await target({ scopeId: communeId, metric: 'WOMEN_SHARE', value: 25 });
    await target({ scopeId: communeId, metric: 'YOUTH_SHARE', ageThreshold: 35, value: 30 });
    await target({ scopeId: communeId, metric: 'MINORITY_SHARE', value: 60 });
    await target({ scopeId: communeId, metric: 'PARTY_MEMBER_SHARE', value: 50 });
    await target({ scopeId: communeId, metric: 'UNIVERSITY_SHARE', population: 'LEADERSHIP', comparator: 'EQUAL', value: 100 });
    await target({ scopeId: communeId, metric: 'POSTGRADUATE_SHARE', comparator: 'AT_MOST', value: 20 });

    const { rows, statements } = await figures(communeId);
    expect(rows).toEqual([
      // Bích, Cúc of An, Bích, Cúc, Dũng.
      { metric: 'WOMEN_SHARE', population: 'WORKING', numerator: 2, denominator: 4, met: true, text: '2/4 = 50% (chỉ tiêu ≥ 25%): đạt' },
      // Bích is 34 on the day, Cúc is counted by her birth year (31); An turns 36 tomorrow, so is 35.
      { metric: 'YOUTH_SHARE', population: 'WORKING', numerator: 2, denominator: 4, met: true, text: '2/4 = 50% (chỉ tiêu ≥ 30%): đạt' },
      {
        metric: 'MINORITY_SHARE',
        population: 'WORKING',
        numerator: 2,
        denominator: 4,
        met: false,
        text: '2/4 = 50% (chỉ tiêu ≥ 60%): chưa đạt',
      },
      {
        metric: 'PARTY_MEMBER_SHARE',
        population: 'WORKING',
        numerator: 2,
        denominator: 4,
        met: true,
        text: '2/4 = 50% (chỉ tiêu ≥ 50%): đạt',
      },
      // Leaders on the day: An (university), Cúc (college).
      {
        metric: 'UNIVERSITY_SHARE',
        population: 'LEADERSHIP',
        numerator: 1,
        denominator: 2,
        met: false,
        text: '1/2 = 50% (chỉ tiêu = 100%): chưa đạt',
      },
      {
        metric: 'POSTGRADUATE_SHARE',
        population: 'WORKING',
        numerator: 1,
        denominator: 4,
        met: false,
        text: '1/4 = 25% (chỉ tiêu ≤ 20%): chưa đạt',
      },
      // Planned for the commune's posts on the day: Bích (cao cấp), Cúc.
      {
        metric: 'LLCT_ADVANCED_SHARE',
        population: 'PLANNED',
        numerator: 1,
        denominator: 2,
        met: true,
        text: '1/2 = 50% (chỉ tiêu ≥ 50%): đạt',
      },
    ]);
    // scope, term, targets; one COUNT per population (3) and one per target (7): no cadre is read.
    expect(statements).toBeLessThanOrEqual(3 + 3 + 7);
  });

  it('agrees with a direct SQL count', async () => {
    const em = api.db.orm.em.fork();
    const [row] = await em.getConnection().execute(
      `select count(*) as n from cadre c join unit u on u.id = c.unit_id join locality l on l.id = u.locality_id
       where l.path like (select p.path from locality p where p.code = '02650') || '%' and c.status = 'working' and c.sex = 'F'
       and (c.start_date is null or c.start_date <= '${asOf}')`,
    );
    expect(Number(row.n)).toBe(2);
  });

  it('a province counts its whole subtree, and the planned by the post’s unit', async () => {
    await target({ scopeId: provinceId, metric: 'WOMEN_SHARE', value: 25 });
    await target({ scopeId: provinceId, metric: 'UNIVERSITY_SHARE', population: 'LEADERSHIP', comparator: 'EQUAL', value: 100 });
    await target({ scopeId: provinceId, metric: 'LLCT_ADVANCED_SHARE', population: 'PLANNED', value: 50 });
    expect((await figures(provinceId)).rows.map((r) => r.text)).toEqual([
      '3/5 = 60% (chỉ tiêu ≥ 25%): đạt',
      '2/3 = 66,7% (chỉ tiêu = 100%): chưa đạt',
      '1/3 = 33,3% (chỉ tiêu ≥ 50%): chưa đạt',
    ]);
  });

  it('a unit counts its subunits; an empty population is neither met nor failed', async () => {
    await target({ scopeId: committeeId, metric: 'PARTY_MEMBER_SHARE', value: 50 });
    await target({ scopeId: divisionId, metric: 'WOMEN_SHARE', value: 50 });
    await target({ scopeId: emptyUnitId, metric: 'WOMEN_SHARE', value: 25 });
    expect((await figures(committeeId)).rows).toMatchObject([{ numerator: 2, denominator: 4, met: true }]);
    expect((await figures(divisionId)).rows).toMatchObject([{ numerator: 1, denominator: 2, met: true }]);
    const empty = await api.data(TargetComplianceDocument, { scopeId: emptyUnitId, termId, asOf });
    expect(empty.targetCompliance).toEqual([
      expect.objectContaining({ numerator: 0, denominator: 0, share: null, met: null, text: '0/0 (chỉ tiêu ≥ 25%): không có ai để tính' }),
    ]);
  });

  it('creates, lists, updates and deletes targets, refusing what makes no sense', async () => {
    const created = await target({ scopeId: departmentId, metric: 'YOUTH_SHARE', ageThreshold: 40, value: 15, note: ' dưới 40 tuổi ' });
    expect(created).toMatchObject({
      metric: 'YOUTH_SHARE',
      ageThreshold: 40,
      population: 'WORKING',
      comparator: 'AT_LEAST',
      value: 15,
      note: 'dưới 40 tuổi',
      locality: null,
      unit: { id: departmentId },
      term: { id: termId },
    });
    const listed = await api.data(TargetsDocument, { filter: { scopeId: departmentId, termId } });
    expect(listed.targets.nodes.map((t) => t.id)).toEqual([created.id]);

    const problems = async (input: CreateTargetInput) => {
      const response = await api.request(CreateTargetDocument, { input });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return ((response.errors![0]!.extensions!.fields ?? []) as { field: string }[]).map((p) => p.field).sort();
    };
    expect(await problems({ termId, scopeId: departmentId, metric: 'YOUTH_SHARE', value: 10 })).toEqual(['input.ageThreshold']);
    expect(await problems({ termId, scopeId: departmentId, metric: 'WOMEN_SHARE', ageThreshold: 35, value: 10 })).toEqual([
      'input.ageThreshold',
    ]);
    expect(await problems({ termId, scopeId: departmentId, metric: 'YOUTH_SHARE', ageThreshold: 40, value: 20 })).toEqual(['input.metric']);
    expect(await problems({ termId: departmentId, scopeId: termId, metric: 'WOMEN_SHARE', value: 10 })).toEqual([
      'input.scopeId',
      'input.termId',
    ]);
    expect(await problems({ termId, scopeId: departmentId, metric: 'WOMEN_SHARE', value: 120 })).toEqual(['input.value']);

    const updated = await api.data(UpdateTargetDocument, { id: created.id, input: { value: 12.5, comparator: 'AT_MOST', note: null } });
    expect(updated.updateTarget).toMatchObject({ value: 12.5, comparator: 'AT_MOST', note: null });
    await api.data(DeleteTargetDocument, { id: created.id });
    expect((await api.data(TargetsDocument, { filter: { scopeId: departmentId } })).targets.totalCount).toBe(0);
  });
});
