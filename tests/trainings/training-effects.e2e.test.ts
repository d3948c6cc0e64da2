import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import {
  CadreQualificationsDocument,
  CadresQualificationChangesDocument,
  CreateCadreDocument,
  CreateCourseDocument,
  CreateEnrollmentDocument,
  CreateLocalityDocument,
  CreateUnitDocument,
  DeleteEnrollmentDocument,
  UpdateEnrollmentDocument,
  type CreateCadreInput,
  type CreateTrainingInput,
} from '../generated/graphql';

describeWithDatabase('completing a course raises the qualification it grants, over HTTP', () => {
  let api: TestApi;
  let unitId: string;
  let advancedLlct: string;
  let principalQlnn: string;
  let master: string;

  const cadre = async (fullName: string, input: Partial<CreateCadreInput> = {}) =>
    (
      await api.data(CreateCadreDocument, {
        input: { fullName, birthDate: '1982-02-02', sex: 'MALE', ethnicity: 'KINH', category: 'CIVIL_SERVANT', unitId, ...input },
      })
    ).createCadre.id;

  const course = async (input: Omit<CreateTrainingInput, 'location'>) =>
    (await api.data(CreateCourseDocument, { input: { location: 'DOMESTIC', ...input } })).createTraining.id;

  const qualifications = async (id: string) => (await api.data(CadreQualificationsDocument, { id })).cadre;

  beforeAll(async () => {
    api = await startTestApi();
    const province = await api.data(CreateLocalityDocument, {
      input: { code: '15', name: 'Lào Cai', level: 'PROVINCE', kind: 'PROVINCE' },
    });
    unitId = (
      await api.data(CreateUnitDocument, {
        input: { name: 'Ban Tổ chức Tỉnh ủy', block: 'PARTY', kind: 'PARTY_COMMITTEE', localityId: province.createLocality.id },
      })
    ).createUnit.id;
    advancedLlct = await course({
      name: 'Cao cấp lý luận chính trị',
      kind: 'POLITICAL_THEORY',
      mode: 'IN_SERVICE',
      grantsPoliticalTheory: 'ADVANCED',
    });
    principalQlnn = await course({
      name: 'Bồi dưỡng QLNN ngạch chuyên viên chính',
      kind: 'STATE_MANAGEMENT',
      mode: 'FULL_TIME',
      grantsStateManagement: 'PRINCIPAL_SPECIALIST',
    });
    master = await course({ name: 'Thạc sĩ Quản lý công', kind: 'DEGREE', mode: 'IN_SERVICE', grantsProfessionalLevel: 'MASTER' });
  });

  afterAll(() => api?.close());

  it('finishing Cao cấp LLCT makes a Trung cấp cao cấp, and the change is kept with its cause', async () => {
    const id = await cadre('Nguyễn Văn Hòa', { politicalTheory: 'INTERMEDIATE', professionalLevel: 'UNIVERSITY' });
    const enrollment = (
      await api.data(CreateEnrollmentDocument, {
        input: { cadreId: id, trainingId: advancedLlct, status: 'COMPLETED', completedAt: '2025-06-30' },
      })
    ).createEnrollment;

    const after = await qualifications(id);
    expect(after).toMatchObject({ politicalTheory: 'ADVANCED', professionalLevel: 'UNIVERSITY', stateManagement: null });
    expect(after.qualificationChanges).toEqual({
      totalCount: 1,
      nodes: [
        {
          id: expect.any(String),
          field: 'POLITICAL_THEORY',
          fromValue: 'INTERMEDIATE',
          toValue: 'ADVANCED',
          fromLabel: 'Trung cấp',
          toLabel: 'Cao cấp',
          changedAt: '2025-06-30',
          enrollment: { id: enrollment.id, status: 'COMPLETED', training: { name: 'Cao cấp lý luận chính trị' } },
        },
      ],
    });
  });

  it('raises on the step into COMPLETED only, once, and fills a qualification never recorded', async () => {
    const id = await cadre('Lê Thị Hạnh', { sex: 'FEMALE' });
    const { createEnrollment } = await api.data(CreateEnrollmentDocument, { input: { cadreId: id, trainingId: principalQlnn } });
    expect(createEnrollment.status).toBe('REGISTERED');
    await api.data(UpdateEnrollmentDocument, { id: createEnrollment.id, input: { status: 'STUDYING' } });
    expect((await qualifications(id)).stateManagement).toBeNull();

    await api.data(UpdateEnrollmentDocument, { id: createEnrollment.id, input: { status: 'COMPLETED', completedAt: '2026-03-15' } });
    await api.data(UpdateEnrollmentDocument, { id: createEnrollment.id, input: { completedAt: '2026-03-16' } });
    const after = await qualifications(id);
    expect(after.stateManagement).toBe('PRINCIPAL_SPECIALIST');
    expect(after.qualificationChanges.nodes).toEqual([
      expect.objectContaining({
        field: 'STATE_MANAGEMENT',
        fromValue: null,
        fromLabel: null,
        toValue: 'PRINCIPAL_SPECIALIST',
        changedAt: '2026-03-15',
      }),
    ]);
  });

  it('never lowers: a Cử nhân who finishes Cao cấp stays Cử nhân, and no change is recorded', async () => {
    const id = await cadre('Vàng A Sùng', { ethnicity: 'HMONG', politicalTheory: 'BACHELOR' });
    await api.data(CreateEnrollmentDocument, {
      input: { cadreId: id, trainingId: advancedLlct, status: 'COMPLETED', completedAt: '2025-06-30' },
    });
    expect(await qualifications(id)).toMatchObject({ politicalTheory: 'BACHELOR', qualificationChanges: { totalCount: 0 } });
  });

  it('undoing a completion lowers nothing: the record and its history stay, and the cause cannot be deleted', async () => {
    const id = await cadre('Trịnh Văn Khoa', { professionalLevel: 'UNIVERSITY' });
    const { createEnrollment: enrollment } = await api.data(CreateEnrollmentDocument, {
      input: { cadreId: id, trainingId: master, status: 'COMPLETED', completedAt: '2024-12-20' },
    });
    await api.data(UpdateEnrollmentDocument, { id: enrollment.id, input: { status: 'STUDYING', completedAt: null } });

    const after = await qualifications(id);
    expect(after.professionalLevel).toBe('MASTER');
    expect(after.qualificationChanges.nodes).toEqual([
      expect.objectContaining({ toValue: 'MASTER', enrollment: expect.objectContaining({ id: enrollment.id, status: 'STUDYING' }) }),
    ]);
    const deleted = await api.request(DeleteEnrollmentDocument, { id: enrollment.id });
    expect(deleted.errors?.[0]?.extensions).toMatchObject({
      code: 'REFERENCED',
      references: [{ entity: 'QualificationChange', field: 'enrollment', count: 1 }],
    });

    // Completing it again raises nothing more: the record already holds the degree.
    await api.data(UpdateEnrollmentDocument, { id: enrollment.id, input: { status: 'COMPLETED', completedAt: '2025-01-10' } });
    expect((await qualifications(id)).qualificationChanges.totalCount).toBe(1);
  });

  it('a refused completion writes nothing: no raise, no history', async () => {
    const id = await cadre('Mai Văn Lộc', { politicalTheory: 'ELEMENTARY' });
    await api.data(CreateEnrollmentDocument, { input: { cadreId: id, trainingId: advancedLlct } });
    // A second enrollment in the same course is refused, completed or not.
    const twin = await api.request(CreateEnrollmentDocument, {
      input: { cadreId: id, trainingId: advancedLlct, status: 'COMPLETED', completedAt: '2025-06-30' },
    });
    expect(twin.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await qualifications(id)).toMatchObject({ politicalTheory: 'ELEMENTARY', qualificationChanges: { totalCount: 0 } });
  });

  it('lists every cadre’s qualification changes in one statement per nested list', async () => {
    const response = await api.request(CadresQualificationChangesDocument, {});
    expect(response.errors).toBeUndefined();
    const byName = Object.fromEntries(response.data!.cadres.nodes.map((c) => [c.fullName, c.qualificationChanges.totalCount]));
    expect(byName).toMatchObject({ 'Nguyễn Văn Hòa': 1, 'Lê Thị Hạnh': 1, 'Vàng A Sùng': 0, 'Trịnh Văn Khoa': 1, 'Mai Văn Lộc': 0 });
    // cadres, their changes (one page statement and one count statement for all of them).
    expect(response.extensions?.sql?.count).toBeLessThanOrEqual(3);
  });
});
