import { matchHeaders } from '../../sync/engine/headers';
import type { CellValue, FieldValues } from '../../sync/engine/types';
import { forkFor } from '../../src/app/orm';
import { Cadre } from '../../src/cadres/cadre.entity';
import { createCadre } from '../../src/cadres/cadre.service';
import {
  CadreCategory,
  CadreStatus,
  EnrollmentStatus,
  Ethnicity,
  LocalityKind,
  LocalityLevel,
  PositionLevel,
  ProfessionalLevel,
  Religion,
  Sex,
  TrainingKind,
  TrainingLocation,
  TrainingMode,
  UnitBlock,
  UnitKind,
} from '../../src/common/code-lists';
import { BadUserInputError } from '../../src/common/errors/errors';
import { Locality } from '../../src/localities/locality.entity';
import { createLocality } from '../../src/localities/locality.service';
import { PlanningEntry } from '../../src/planning/planning-entry.entity';
import { createPlanningTerm } from '../../src/planning/planning-term.service';
import { createPosition } from '../../src/positions/position.service';
import type { SyncLookups, SyncTableDefinition } from '../../src/sheet-sync/table-definition';
import {
  buildLookups,
  cadreTable,
  enrollmentTable,
  localityTable,
  planningEntryTable,
  SYNC_TABLES,
  trainingTable,
} from '../../src/sheet-sync/tables';
import { Enrollment } from '../../src/trainings/enrollment.entity';
import { createTraining } from '../../src/trainings/training.service';
import { Training } from '../../src/trainings/training.entity';
import { createUnit } from '../../src/units/unit.service';
import { createTestDatabase, describeWithDatabase, type TestDatabase } from '../support/database';

/** The field values a sheet row gives: each cell read by its column, as the engine reads it. */
function rowValues(definition: SyncTableDefinition, lookups: SyncLookups, cells: Record<string, CellValue>): FieldValues {
  const columns = definition.columns(lookups);
  const values: Record<string, FieldValues[string]> = {};
  for (const [header, cell] of Object.entries(cells)) {
    const column = columns.find((c) => c.header === header);
    if (!column) throw new Error(`no column «${header}» in ${definition.sheetTitle}`);
    const read = column.parse(cell);
    if (!read.ok) throw new Error(`«${header}»: ${read.message}`);
    values[column.field] = read.value;
  }
  return values;
}

/** The field problems a service call was refused with. */
async function refusal(work: Promise<unknown>): Promise<{ field: string; message: string }[]> {
  try {
    await work;
  } catch (error) {
    if (error instanceof BadUserInputError) return error.fields;
    throw error;
  }
  throw new Error('expected the change to be refused');
}

describeWithDatabase('sheet-sync table definitions', () => {
  let db: TestDatabase;
  const fork = () => forkFor(db.orm, { actor: 'jest', source: 'test' });
  const fixture = { provinceId: 0, unitId: 0, otherUnitId: 0, trainingId: 0, positionId: 0, termId: 0, cadreId: 0 };

  beforeAll(async () => {
    db = await createTestDatabase();
    const province = await createLocality(fork(), {
      code: '15',
      name: 'Lào Cai',
      level: LocalityLevel.PROVINCE,
      kind: LocalityKind.PROVINCE,
    });
    const unit = await createUnit(fork(), {
      code: 'BTC',
      name: 'Ban Tổ chức Tỉnh ủy',
      block: UnitBlock.PARTY,
      kind: UnitKind.PARTY_COMMITTEE,
      localityId: province.globalId,
    });
    const otherUnit = await createUnit(fork(), {
      name: 'Sở Nội vụ',
      block: UnitBlock.GOVERNMENT,
      kind: UnitKind.DEPARTMENT,
      localityId: province.globalId,
    });
    const training = await createTraining(fork(), {
      code: 'LLCT-CC-25',
      name: 'Cao cấp lý luận chính trị',
      kind: TrainingKind.POLITICAL_THEORY,
      mode: TrainingMode.IN_SERVICE,
      location: TrainingLocation.DOMESTIC,
    });
    const position = await createPosition(fork(), {
      name: 'Phó Giám đốc Sở',
      level: PositionLevel.PROVINCIAL_DEPARTMENT,
      isLeadership: true,
      seniority: 3,
    });
    const term = await createPlanningTerm(fork(), { startYear: 2025 });
    const cadre = await createCadre(fork(), {
      fullName: 'Nguyễn Văn An',
      birthDate: '1985',
      sex: Sex.MALE,
      ethnicity: Ethnicity.HMONG,
      category: CadreCategory.CIVIL_SERVANT,
      unitId: unit.globalId,
      idNumber: '010085012345',
      professionalLevel: ProfessionalLevel.MASTER,
      partyJoinedAt: '2010-05-19',
      payStep: 4,
      note: 'Chuyển từ huyện Bảo Thắng',
    });
    Object.assign(fixture, {
      provinceId: province.id,
      unitId: unit.id,
      otherUnitId: otherUnit.id,
      trainingId: training.id,
      positionId: position.id,
      termId: term.id,
      cadreId: cadre.id,
    });
  });

  afterAll(() => db?.destroy());

  it('a seeded cadre reads as canonical values: stored codes, ISO dates, the birth year alone, references as ids', async () => {
    const cadre = await fork().findOneOrFail(Cadre, fixture.cadreId);
    const values = cadreTable.toValues(cadre);
    expect(values).toEqual({
      fullName: 'Nguyễn Văn An',
      otherName: null,
      birthDate: '1985',
      sex: Sex.MALE,
      ethnicity: Ethnicity.HMONG,
      religion: Religion.NONE,
      placeOfBirth: null,
      homeTown: null,
      idNumber: '010085012345',
      socialInsuranceNumber: null,
      unit: String(fixture.unitId),
      category: CadreCategory.CIVIL_SERVANT,
      rank: null,
      grade: null,
      payStep: 4,
      jobPosition: null,
      startDate: null,
      generalEducation: null,
      professionalLevel: ProfessionalLevel.MASTER,
      major: null,
      academicTitle: null,
      politicalTheory: null,
      stateManagement: null,
      foreignLanguage: null,
      itSkill: null,
      partyJoinedAt: '2010-05-19',
      partyOfficialAt: null,
      status: CadreStatus.WORKING,
      note: 'Chuyển từ huyện Bảo Thắng',
    });
    // What hoso writes for each field reads back as the same value.
    const lookups = await buildLookups(fork());
    for (const column of cadreTable.columns(lookups)) {
      const cell = column.format(values[column.field] ?? null);
      expect([column.field, cell === null ? null : column.parse(cell)]).toEqual([
        column.field,
        cell === null ? null : { ok: true, value: values[column.field] },
      ]);
    }
  });

  it('a row typed in the sheet becomes a cadre under the id reserved for it', async () => {
    const lookups = await buildLookups(fork());
    const values = rowValues(cadreTable, lookups, {
      'Họ và tên': 'Gia\u0300ng Thị Mai',
      'Ngày sinh': '12/3/1990',
      'Giới tính': 'nữ',
      'Dân tộc': "H'Mông",
      'Đối tượng': 'CC',
      'Đơn vị': 'btc',
      'Số CCCD': 10090012345,
      'Trình độ chuyên môn': 'thac si',
      'Lý luận chính trị': 'TC',
      'Quê quán': 'Sa Pa, Lào Cai',
    });
    await cadreTable.create(fork(), 900, values);

    const created = await fork().findOneOrFail(Cadre, 900);
    expect(created).toMatchObject({ fullName: 'Giàng Thị Mai', birthDate: '1990-03-12', birthYear: 1990, idNumber: '010090012345' });
    expect(cadreTable.toValues(created)).toMatchObject({ ...values, religion: Religion.NONE, status: CadreStatus.WORKING });
    // The API's own ids carry on from the sequence, past nothing they could collide with.
    const next = await createCadre(fork(), {
      fullName: 'Lò Văn Bình',
      birthDate: '1979-02-01',
      sex: Sex.MALE,
      ethnicity: Ethnicity.THAI,
      category: CadreCategory.PUBLIC_EMPLOYEE,
    });
    expect(next.id).not.toBe(900);
  });

  it('a locality created under a reserved id gets its tree path from that id', async () => {
    await localityTable.create(fork(), 700, {
      code: '02839',
      name: 'Xã Bảo Hà',
      level: LocalityLevel.COMMUNE,
      kind: LocalityKind.COMMUNE,
      parent: String(fixture.provinceId),
    });
    const commune = await fork().findOneOrFail(Locality, 700);
    expect(commune.path).toBe(`/${fixture.provinceId}/700/`);
  });

  it('enrollments and planning entries are created with their references, courses default to domestic', async () => {
    const lookups = await buildLookups(fork());
    await trainingTable.create(
      fork(),
      800,
      rowValues(trainingTable, lookups, { 'Tên khóa học': 'Bồi dưỡng QLNN', Loại: 'QLNN', 'Hình thức': 'Tập trung' }),
    );
    expect(await fork().findOneOrFail(Training, 800)).toMatchObject({ location: TrainingLocation.DOMESTIC });

    await enrollmentTable.create(
      fork(),
      801,
      rowValues(enrollmentTable, lookups, { 'Mã cán bộ': '010085012345', 'Khóa học': 'LLCT-CC-25', 'Tình trạng': 'Đang học' }),
    );
    const enrollment = await fork().findOneOrFail(Enrollment, 801);
    expect(enrollmentTable.toValues(enrollment)).toEqual({
      cadre: String(fixture.cadreId),
      training: String(fixture.trainingId),
      status: EnrollmentStatus.STUDYING,
      result: null,
      certificate: null,
      completedAt: null,
    });

    await planningEntryTable.create(
      fork(),
      802,
      rowValues(planningEntryTable, lookups, {
        'Nhiệm kỳ': '2025 - 2030',
        'Mã cán bộ': fixture.cadreId,
        'Chức danh': 'Phó Giám đốc Sở',
        'Đơn vị': 'Sở Nội vụ',
        'Ngày đưa vào': '15/06/2025',
      }),
    );
    const entry = await fork().findOneOrFail(PlanningEntry, 802);
    expect(planningEntryTable.toValues(entry)).toMatchObject({
      term: String(fixture.termId),
      cadre: String(fixture.cadreId),
      position: String(fixture.positionId),
      unit: String(fixture.otherUnitId),
      addedAt: '2025-06-15',
      removedAt: null,
    });
  });

  it('an update changes the fields given and nothing else', async () => {
    const em = fork();
    const cadre = await em.findOneOrFail(Cadre, fixture.cadreId);
    await cadreTable.update(em, cadre, { homeTown: 'Bảo Yên, Lào Cai', payStep: 5, unit: String(fixture.otherUnitId), note: null });

    const after = cadreTable.toValues(await fork().findOneOrFail(Cadre, fixture.cadreId));
    expect(after).toMatchObject({ homeTown: 'Bảo Yên, Lào Cai', payStep: 5, unit: String(fixture.otherUnitId), note: null });
    expect(after).toMatchObject({ fullName: 'Nguyễn Văn An', birthDate: '1985', idNumber: '010085012345', partyJoinedAt: '2010-05-19' });
  });

  it('a CCCD already used is refused on the «Số CCCD» field', async () => {
    const values: FieldValues = {
      fullName: 'Nguyễn Văn An',
      birthDate: '1986',
      sex: Sex.MALE,
      ethnicity: Ethnicity.KINH,
      category: CadreCategory.CADRE,
      idNumber: '010085012345',
    };
    const problems = await refusal(cadreTable.create(fork(), 950, values));
    expect(problems).toEqual([{ field: 'input.idNumber', message: expect.stringContaining('đã thuộc về Nguyễn Văn An') }]);
    expect(problems.map((p) => cadreTable.fieldOfProblem(p.field))).toEqual(['idNumber']);
    expect(await fork().findOne(Cadre, 950)).toBeNull();
  });

  it('problems from the input rules and the references map to their fields', async () => {
    const em = fork();
    const cadre = await em.findOneOrFail(Cadre, fixture.cadreId);
    // The GraphQL input's own rules (lengths, patterns) apply to sheet edits too.
    const short = await refusal(cadreTable.update(em, cadre, { fullName: 'A' }));
    expect(short.map((p) => cadreTable.fieldOfProblem(p.field))).toEqual(['fullName']);

    const gone = await refusal(cadreTable.update(fork(), await fork().findOneOrFail(Cadre, fixture.cadreId), { unit: '999999' }));
    expect(gone.map((p) => [p.field, cadreTable.fieldOfProblem(p.field)])).toEqual([['input.unitId', 'unit']]);

    const required = await refusal(cadreTable.create(fork(), 951, { fullName: 'Lê Thị Hoa', sex: Sex.FEMALE }));
    expect(required.map((p) => cadreTable.fieldOfProblem(p.field))).toEqual(['birthDate', 'ethnicity', 'category']);
    expect(cadreTable.fieldOfProblem('input')).toBeUndefined();
  });

  it("an enrollment's cadre and course stay: changing them is refused on that field", async () => {
    const em = fork();
    const enrollment = await em.findOneOrFail(Enrollment, 801);
    const problems = await refusal(enrollmentTable.update(em, enrollment, { cadre: '900', status: EnrollmentStatus.COMPLETED }));
    expect(problems.map((p) => enrollmentTable.fieldOfProblem(p.field))).toEqual(['cadre']);
    const unchanged = await fork().findOneOrFail(Enrollment, 801);
    expect(unchanged.status).toBe(EnrollmentStatus.STUDYING);
  });

  it('lookups show codes, cadre ids and posts with their level, and resolve what staff type', async () => {
    const lookups = await buildLookups(fork());
    expect(lookups.units.display(String(fixture.unitId))).toBe('BTC');
    expect(lookups.units.display(String(fixture.otherUnitId))).toBe('Sở Nội vụ');
    expect(lookups.localities.display(String(fixture.provinceId))).toBe('15');
    expect(lookups.cadres.display(String(fixture.cadreId))).toBe(String(fixture.cadreId));
    // Without diacritics too (issue 10), as a name search finds it; a name nobody has is still refused.
    expect(lookups.cadres.resolve('nguyen van an')).toEqual({ ok: true, id: String(fixture.cadreId) });
    expect(lookups.cadres.resolve('nguyen van anh')).toEqual({ ok: false, message: expect.stringContaining('không có cán bộ') });
    expect(lookups.cadres.resolve('Nguyễn Văn An')).toEqual({ ok: true, id: String(fixture.cadreId) });
    expect(lookups.positions.display(String(fixture.positionId))).toBe('Phó Giám đốc Sở – Cấp sở/ban/ngành tỉnh');
    expect(lookups.planningTerms.display(String(fixture.termId))).toBe('2025–2030');
  });

  it('every table reads every one of its columns, and only those', async () => {
    const em = fork();
    const lookups = await buildLookups(em);
    for (const definition of SYNC_TABLES) {
      const [record] = await em.find(definition.entity, {}, { limit: 1 });
      expect(record).toBeDefined();
      const fields = definition.columns(lookups).map((c) => c.field);
      expect([definition.table, Object.keys(definition.toValues(record!)).sort()]).toEqual([definition.table, [...fields].sort()]);
      // No header or alias names two columns (or the id column): the engine refuses such a tab.
      const spec = {
        table: definition.table,
        sheetTitle: definition.sheetTitle,
        idHeader: 'Mã hoso',
        columns: definition.columns(lookups),
      };
      expect(() => matchHeaders(spec, [])).not.toThrow();
    }
    expect(SYNC_TABLES.map((d) => d.sheetTitle)).toEqual(['Địa phương', 'Đơn vị', 'Cán bộ', 'Khóa học', 'Học viên', 'Quy hoạch']);
  });
});
