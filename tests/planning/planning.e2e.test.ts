import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import {
  CadreDisciplinesDocument,
  CadreRetirementDocument,
  CreateAssignmentForPlanningDocument,
  CreateCadreDocument,
  CreateDisciplineDocument,
  CreateEvaluationForPlanningDocument,
  CreateLocalityDocument,
  CreatePlanningEntryDocument,
  CreatePlanningTermDocument,
  CreatePositionForPlanningDocument,
  CreateUnitDocument,
  DeleteDisciplineDocument,
  PlanningReviewDocument,
  UpdateDisciplineDocument,
  UpdatePlanningEntryDocument,
  type CreateCadreInput,
  type CreatePlanningEntryInput,
  type PositionLevel,
} from '../generated/graphql';

interface FieldProblem {
  field: string;
  message: string;
}

describeWithDatabase('planning under Quy định 50, over HTTP', () => {
  let api: TestApi;
  let districtId: string;
  let committeeId: string;
  let partyCommitteeId: string;
  let otherCommitteeId: string;
  let termId: string;
  const posts: Record<string, string> = {};

  const problemsOf = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => ({
    code: response.errors?.[0]?.extensions?.code,
    fields: (response.errors?.[0]?.extensions?.fields ?? []) as FieldProblem[],
  });

  const cadre = async (fullName: string, birthDate: string, extra: Partial<CreateCadreInput> = {}): Promise<string> =>
    (
      await api.data(CreateCadreDocument, {
        input: { fullName, birthDate, sex: 'MALE', ethnicity: 'KINH', category: 'CADRE', unitId: committeeId, ...extra },
      })
    ).createCadre.id;

  const entry = (cadreId: string, post: string, unitId = committeeId, addedAt = '2024-11-01'): CreatePlanningEntryInput => ({
    termId,
    cadreId,
    unitId,
    positionId: posts[post]!,
    addedAt,
  });

  const plan = async (input: CreatePlanningEntryInput): Promise<string> =>
    (await api.data(CreatePlanningEntryDocument, { input })).createPlanningEntry.id;

  beforeAll(async () => {
    api = await startTestApi();
    const province = await api.data(CreateLocalityDocument, {
      input: { code: '15', name: 'Lào Cai', level: 'PROVINCE', kind: 'PROVINCE' },
    });
    districtId = (
      await api.data(CreateLocalityDocument, {
        input: { code: '082', name: 'Huyện Bảo Thắng', level: 'DISTRICT', kind: 'RURAL_DISTRICT', parentId: province.createLocality.id },
      })
    ).createLocality.id;
    const unit = async (name: string, kind: 'PEOPLES_COMMITTEE' | 'PARTY_COMMITTEE') =>
      (
        await api.data(CreateUnitDocument, {
          input: { name, block: kind === 'PARTY_COMMITTEE' ? 'PARTY' : 'GOVERNMENT', kind, localityId: districtId },
        })
      ).createUnit.id;
    committeeId = await unit('UBND huyện Bảo Thắng', 'PEOPLES_COMMITTEE');
    partyCommitteeId = await unit('Huyện ủy Bảo Thắng', 'PARTY_COMMITTEE');
    otherCommitteeId = await unit('UBND huyện Bát Xát', 'PEOPLES_COMMITTEE');
    const definitions: [string, PositionLevel, number][] = [
      ['Phó Chủ tịch UBND tỉnh', 'PROVINCE', 3],
      ['Bí thư Huyện ủy', 'DISTRICT', 1],
      ['Phó Bí thư Huyện ủy', 'DISTRICT', 2],
      ['Chủ tịch UBND huyện', 'DISTRICT', 2],
      ['Phó Chủ tịch UBND huyện', 'DISTRICT', 3],
      ['Trưởng phòng Nội vụ', 'DIVISION', 1],
    ];
    for (const [name, level, seniority] of definitions) {
      posts[name] = (
        await api.data(CreatePositionForPlanningDocument, { input: { name, level, seniority, isLeadership: true } })
      ).createPosition.id;
    }
    termId = (await api.data(CreatePlanningTermDocument, { input: { startYear: 2025 } })).createPlanningTerm.id;
  });

  afterAll(() => api?.close());

  it('refuses a fourth person for a post in a unit, naming the rule and the three planned; a removal frees the place', async () => {
    const people = [];
    for (const name of ['Lò Văn Bình', 'Trần Văn Cường', 'Giàng A Dũng', 'Hoàng Văn Em']) people.push(await cadre(name, '1985-05-05'));
    const entries = [];
    for (const id of people.slice(0, 3)) entries.push(await plan(entry(id, 'Chủ tịch UBND huyện')));

    const fourth = await api.request(CreatePlanningEntryDocument, { input: entry(people[3]!, 'Chủ tịch UBND huyện') });
    expect(problemsOf(fourth)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'input.positionId',
          message:
            'Quy định 50: mỗi chức danh trong một đơn vị chỉ quy hoạch tối đa 3 người (Chủ tịch UBND huyện (cấp huyện) tại UBND huyện Bảo ' +
            'Thắng, nhiệm kỳ 2025–2030 đã có 3: Lò Văn Bình, Trần Văn Cường, Giàng A Dũng)',
        },
      ],
    });
    expect(fourth.data).toBeNull();

    // The same post in another unit is another post.
    await plan(entry(people[3]!, 'Chủ tịch UBND huyện', otherCommitteeId));

    // Removed (the removal keeps its date and reason), the first leaves a place for the fourth...
    const removed = await api.data(UpdatePlanningEntryDocument, {
      id: entries[0]!,
      input: { removedAt: '2025-12-01', removalReason: 'TRANSFER' },
    });
    expect(removed.updatePlanningEntry).toMatchObject({ isActive: false, removedAt: '2025-12-01', removalReason: 'TRANSFER' });
    await plan(entry(people[3]!, 'Chủ tịch UBND huyện', committeeId, '2025-12-15'));

    // ...and cannot come back while the post is full: reactivation is checked like a creation.
    const back = await api.request(UpdatePlanningEntryDocument, { id: entries[0]!, input: { removedAt: null, removalReason: null } });
    expect(problemsOf(back).fields.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Quy định 50: mỗi chức danh trong một đơn vị chỉ quy hoạch tối đa 3 người/),
    ]);

    // Editing a detail of an active entry does not re-run the rules.
    const edited = await api.data(UpdatePlanningEntryDocument, { id: entries[1]!, input: { decisionNumber: '123-QĐ/TU' } });
    expect(edited.updatePlanningEntry.isActive).toBe(true);
  });

  it('refuses a fourth post of the same level for one person in a term', async () => {
    const id = await cadre('Vũ Văn Giang', '1986-02-02');
    await plan(entry(id, 'Phó Chủ tịch UBND huyện'));
    await plan(entry(id, 'Phó Chủ tịch UBND huyện', otherCommitteeId));
    await plan(entry(id, 'Phó Bí thư Huyện ủy', partyCommitteeId));
    const fourth = await api.request(CreatePlanningEntryDocument, { input: entry(id, 'Bí thư Huyện ủy', partyCommitteeId) });
    expect(problemsOf(fourth).fields).toEqual([
      {
        field: 'input.positionId',
        message:
          'Quy định 50: mỗi người chỉ quy hoạch tối đa 3 chức danh cùng cấp trong một nhiệm kỳ (Vũ Văn Giang đã được quy hoạch 3 chức danh cấp ' +
          'huyện: Phó Chủ tịch UBND huyện – UBND huyện Bảo Thắng; Phó Chủ tịch UBND huyện – UBND huyện Bát Xát; Phó Bí thư Huyện ủy – Huyện ủy Bảo Thắng)',
      },
    ]);
    // A post of another level is not counted with them.
    await plan(entry(id, 'Phó Chủ tịch UBND tỉnh', otherCommitteeId));
  });

  it('plans only for a post above the one held on the day of planning', async () => {
    const id = await cadre('Đỗ Văn Hải', '1980-08-08');
    // Chairman until 2019, deputy since: the post held when planned is the deputy's.
    await api.data(CreateAssignmentForPlanningDocument, {
      input: {
        cadreId: id,
        unitId: otherCommitteeId,
        positionId: posts['Chủ tịch UBND huyện']!,
        startDate: '2015-01-01',
        endDate: '2019-12-31',
      },
    });
    await api.data(CreateAssignmentForPlanningDocument, {
      input: { cadreId: id, unitId: otherCommitteeId, positionId: posts['Phó Chủ tịch UBND huyện']!, startDate: '2020-01-01' },
    });
    for (const post of ['Phó Chủ tịch UBND huyện', 'Trưởng phòng Nội vụ']) {
      const refused = await api.request(CreatePlanningEntryDocument, { input: entry(id, post, otherCommitteeId) });
      expect(problemsOf(refused).fields).toEqual([
        {
          field: 'input.positionId',
          message: `Quy định 50: chỉ quy hoạch vào chức danh cao hơn chức danh đang giữ (đang giữ: Phó Chủ tịch UBND huyện (cấp huyện); quy hoạch: ${post} (${post === 'Trưởng phòng Nội vụ' ? 'cấp phòng' : 'cấp huyện'}))`,
        },
      ]);
    }
    await plan(entry(id, 'Bí thư Huyện ủy', partyCommitteeId));
  });

  it('refuses a cadre who cannot serve a full term before retirement, and says when they retire', async () => {
    const old = await cadre('Phạm Văn Ba', '1966-05-10');
    const refused = await api.request(CreatePlanningEntryDocument, { input: entry(old, 'Phó Chủ tịch UBND tỉnh', committeeId) });
    expect(problemsOf(refused)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'input.cadreId',
          message:
            'Quy định 50: phải còn đủ thời gian công tác ít nhất trọn một nhiệm kỳ (60 tháng) trước tuổi nghỉ hưu; Phạm Văn Ba nghỉ hưu ngày ' +
            '31/05/2028 (62 tuổi theo Nghị định 135/2020/NĐ-CP), chỉ còn 40 tháng tính từ 01/01/2025',
        },
      ],
    });

    // Exactly 60 months from the term's start passes; the same man added during the term no longer does.
    const justInTime = await cadre('Ngô Văn Khải', '1968-01-15');
    await plan(entry(justInTime, 'Phó Chủ tịch UBND tỉnh', committeeId));
    const late = await cadre('Ngô Văn Lâm', '1968-06-10');
    await plan(entry(late, 'Phó Chủ tịch UBND tỉnh', partyCommitteeId, '2024-12-01'));
    const lateInTerm = await api.request(CreatePlanningEntryDocument, {
      input: entry(late, 'Phó Chủ tịch UBND tỉnh', otherCommitteeId, '2025-08-01'),
    });
    expect(problemsOf(lateInTerm).fields[0]?.message).toContain('chỉ còn 58 tháng tính từ 01/08/2025');

    // A woman known only as "born 1970" is counted from January: she retires at the end of 5/2027.
    const yearOnly = await cadre('Lường Thị Mai', '1970', { sex: 'FEMALE', ethnicity: 'THAI' });
    const woman = await api.request(CreatePlanningEntryDocument, { input: entry(yearOnly, 'Trưởng phòng Nội vụ') });
    expect(problemsOf(woman).fields[0]?.message).toContain(
      'nghỉ hưu ngày 31/05/2027 (57 tuổi 4 tháng theo Nghị định 135/2020/NĐ-CP, chỉ biết năm sinh',
    );
  });

  it('gives every cadre a retirement date and the months left as of a day', async () => {
    const id = await cadre('Bùi Văn Nam', '10/10/1961');
    // From the end of one month to the end of another is a whole number of months.
    const { cadre: man } = await api.data(CadreRetirementDocument, { id, asOf: '2021-10-31' });
    expect(man).toEqual({
      fullName: 'Bùi Văn Nam',
      birthDateText: '10/10/1961',
      retirementDate: '2022-04-30',
      monthsToRetirement: 6,
      retirement: { date: '2022-04-30', pensionFrom: '2022-05-01', ageInMonths: 726, ageText: '60 tuổi 6 tháng', estimated: false },
    });
    const woman = await cadre('Hà Thị Oanh', '1975', { sex: 'FEMALE' });
    const { cadre: her } = await api.data(CadreRetirementDocument, { id: woman, asOf: '2025-01-01' });
    expect(her).toMatchObject({
      retirementDate: '2034-09-30',
      monthsToRetirement: 116,
      retirement: { ageText: '59 tuổi 8 tháng', estimated: true },
    });
  });

  it('records disciplines as a cadre history: create, list, update, delete, with Vietnamese field errors', async () => {
    const id = await cadre('Tạ Văn Phúc', '1984-04-04');
    const created = (
      await api.data(CreateDisciplineDocument, {
        input: { cadreId: id, decidedAt: '2025-09-09', form: 'WARNING', decisionNumber: ' 45-QĐ/UBKT ', authority: 'UBKT Huyện ủy' },
      })
    ).createDiscipline;
    expect(created).toMatchObject({ decidedAt: '2025-09-09', form: 'WARNING', decisionNumber: '45-QĐ/UBKT', cadre: { id } });
    const updated = await api.data(UpdateDisciplineDocument, { id: created.id, input: { form: 'REPRIMAND', authority: null } });
    expect(updated.updateDiscipline).toMatchObject({ form: 'REPRIMAND', authority: null });
    const listed = await api.data(CadreDisciplinesDocument, { id, filter: { form: ['REPRIMAND'], decidedFrom: '2025-01-01' } });
    expect(listed.cadre.disciplines.nodes.map((d) => d.id)).toEqual([created.id]);
    const bad = await api.request(CreateDisciplineDocument, { input: { cadreId: committeeId, decidedAt: '2999-01-01', form: 'WARNING' } });
    expect(
      problemsOf(bad)
        .fields.map((p) => p.field)
        .sort(),
    ).toEqual(['input.cadreId', 'input.decidedAt']);
    await api.data(DeleteDisciplineDocument, { id: created.id });
    expect((await api.data(CadreDisciplinesDocument, { id })).cadre.disciplines.totalCount).toBe(0);
  });

  it('the annual review lists the active entries to remove: age, a failed rating, a discipline — each with its reason', async () => {
    const unitId = (
      await api.data(CreateUnitDocument, {
        input: { name: 'UBND huyện Mường Khương', block: 'GOVERNMENT', kind: 'PEOPLES_COMMITTEE', localityId: districtId },
      })
    ).createUnit.id;
    const fine = await cadre('An Văn Sơn', '1990-01-01');
    const failed = await cadre('Bế Văn Tùng', '1990-01-01');
    const disciplined = await cadre('Cao Văn Uy', '1990-01-01');
    const ageing = await cadre('Đinh Văn Vinh', '1968-03-10'); // retires 31/03/2030: 62 months from 2025, 48 from 03/2026
    const removed = await cadre('Đào Văn Xuân', '1990-01-01');
    const forgiven = await cadre('Kha Văn Yên', '1990-01-01');
    const entries = {
      fine: await plan(entry(fine, 'Phó Chủ tịch UBND huyện', unitId)),
      failed: await plan(entry(failed, 'Phó Chủ tịch UBND huyện', unitId)),
      disciplined: await plan(entry(disciplined, 'Phó Chủ tịch UBND huyện', unitId)),
      ageing: await plan(entry(ageing, 'Chủ tịch UBND huyện', unitId)),
      removed: await plan(entry(removed, 'Chủ tịch UBND huyện', unitId)),
      forgiven: await plan(entry(forgiven, 'Chủ tịch UBND huyện', unitId)),
    };
    await api.data(CreateEvaluationForPlanningDocument, { input: { cadreId: failed, year: 2025, rating: 'NOT_COMPLETED' } });
    await api.data(CreateEvaluationForPlanningDocument, { input: { cadreId: fine, year: 2025, rating: 'EXCELLENT' } });
    // Weighed when the entry was made: older than the entry and than the lookback.
    await api.data(CreateEvaluationForPlanningDocument, { input: { cadreId: forgiven, year: 2019, rating: 'NOT_COMPLETED' } });
    await api.data(CreateDisciplineDocument, {
      input: { cadreId: disciplined, decidedAt: '2026-02-10', form: 'REPRIMAND', decisionNumber: '12-QĐ/UBKT' },
    });
    await api.data(CreateDisciplineDocument, { input: { cadreId: removed, decidedAt: '2026-01-05', form: 'WARNING' } });
    await api.data(UpdatePlanningEntryDocument, { id: entries.removed, input: { removedAt: '2026-01-15', removalReason: 'DISCIPLINE' } });

    const review = await api.data(PlanningReviewDocument, { termId, asOf: '2026-03-01' });
    const ours = review.planningReview.filter((item) => item.entry.unit?.id === unitId);
    // By post seniority (Chủ tịch before Phó Chủ tịch), then name.
    expect(ours.map((item) => [item.entry.id, item.findings])).toEqual([
      [
        entries.ageing,
        [
          {
            reason: 'AGE',
            message:
              'Không còn đủ tuổi công tác trọn một nhiệm kỳ (60 tháng): nghỉ hưu ngày 31/03/2030 (62 tuổi), còn 48 tháng tính từ 01/03/2026',
          },
        ],
      ],
      [entries.failed, [{ reason: 'RATING', message: 'Xếp loại "Không hoàn thành nhiệm vụ" năm 2025' }]],
      [
        entries.disciplined,
        [{ reason: 'DISCIPLINE', message: 'Bị kỷ luật từ khiển trách trở lên: Khiển trách ngày 10/02/2026 (12-QĐ/UBKT)' }],
      ],
    ]);

    // Before the term, planned in time, nobody is to be removed yet.
    const early = await api.data(PlanningReviewDocument, { termId, asOf: '2024-12-15' });
    expect(early.planningReview.filter((item) => item.entry.unit?.id === unitId)).toEqual([]);

    const bad = await api.request(PlanningReviewDocument, { termId, lookbackYears: 50 });
    expect(problemsOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'lookbackYears' }] });
  });
});
