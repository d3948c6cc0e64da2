import { graphql } from 'graphql';
import { Arg, buildSchema, Query, Resolver } from 'type-graphql';
import {
  AcademicTitle,
  academicTitleCodeList,
  allCodeLists,
  AnnualRating,
  annualRatingCodeList,
  CadreStatus,
  cadreStatusCodeList,
  CivilServantRank,
  civilServantRankCodeList,
  type CodeList,
  codeListExactKey,
  codeListKey,
  defineCodeList,
  EnrollmentResult,
  enrollmentResultCodeList,
  Ethnicity,
  ethnicityCodeList,
  LocalityKind,
  localityKindCodeList,
  localityKindLevel,
  LocalityLevel,
  PoliticalTheoryLevel,
  politicalTheoryLevelCodeList,
  ProfessionalLevel,
  professionalLevelCodeList,
  professionalLevelRank,
  PublicEmployeeGrade,
  publicEmployeeGradeCodeList,
  Religion,
  religionCodeList,
  RotationDirection,
  rotationDirectionCodeList,
  Sex,
  sexCodeList,
  StateManagementLevel,
  stateManagementLevelCodeList,
  TrainingMode,
  trainingModeCodeList,
  UnitBlock,
  unitBlockCodeList,
  UnitKind,
  unitKindCodeList,
} from '../../src/common/code-lists';
import { CodeListResolver, describeCodeLists } from '../../src/common/code-lists/code-list.resolver';
import { registerCodeListEnums } from '../../src/common/code-lists/graphql';

const nfd = (s: string): string => s.normalize('NFD');

/** Every text that should parse to an entry: its label and each variant. */
const typings = (list: CodeList<string>): Array<[string, string, string]> =>
  list.entries.flatMap((e) => [e.label, ...e.variants].map((t): [string, string, string] => [list.name, t, e.value]));

describe('the enums are the contract the schema and the database share', () => {
  // prettier-ignore
  const expected: Record<string, Record<string, string>> = {
    Sex: { MALE: 'M', FEMALE: 'F' },
    Religion: {
      NONE: '00', BUDDHISM: '01', CATHOLICISM: '02', PROTESTANTISM: '03', CAO_DAI: '04', HOA_HAO: '05',
      ISLAM: '06', OTHER: '99',
    },
    ProfessionalLevel: {
      BELOW_INTERMEDIATE: 'below_intermediate', INTERMEDIATE: 'intermediate', COLLEGE: 'college',
      UNIVERSITY: 'university', MASTER: 'master', DOCTOR: 'doctor',
    },
    AcademicTitle: { ASSOCIATE_PROFESSOR: 'associate_professor', PROFESSOR: 'professor' },
    PoliticalTheoryLevel: { ELEMENTARY: 'elementary', INTERMEDIATE: 'intermediate', ADVANCED: 'advanced', BACHELOR: 'bachelor' },
    StateManagementLevel: {
      OFFICER: 'officer', SPECIALIST: 'specialist', PRINCIPAL_SPECIALIST: 'principal_specialist',
      SENIOR_SPECIALIST: 'senior_specialist',
    },
    CivilServantRank: {
      SENIOR_SPECIALIST: '01.001', PRINCIPAL_SPECIALIST: '01.002', SPECIALIST: '01.003', OFFICER: '01.004', STAFF: '01.005',
    },
    PublicEmployeeGrade: { GRADE_I: 'I', GRADE_II: 'II', GRADE_III: 'III', GRADE_IV: 'IV', GRADE_V: 'V' },
    AnnualRating: { EXCELLENT: 'excellent', GOOD: 'good', COMPLETED: 'completed', NOT_COMPLETED: 'not_completed' },
    CadreCategory: { CADRE: 'cadre', CIVIL_SERVANT: 'civil_servant', PUBLIC_EMPLOYEE: 'public_employee', CONTRACT: 'contract' },
    CadreStatus: { WORKING: 'working', RETIRED: 'retired', TRANSFERRED: 'transferred', RESIGNED: 'resigned', DECEASED: 'deceased' },
    LocalityLevel: { PROVINCE: 'province', DISTRICT: 'district', COMMUNE: 'commune' },
    LocalityKind: {
      PROVINCE: 'tinh', CENTRAL_CITY: 'thanh_pho_tw', URBAN_DISTRICT: 'quan', RURAL_DISTRICT: 'huyen', TOWN: 'thi_xa',
      PROVINCIAL_CITY: 'thanh_pho', COMMUNE: 'xa', WARD: 'phuong', TOWNSHIP: 'thi_tran', SPECIAL_ZONE: 'dac_khu',
    },
    UnitBlock: {
      PARTY: 'party', GOVERNMENT: 'government', FRONT_AND_MASS: 'front_mass', ADMINISTRATIVE_PUBLIC_SERVICE: 'hc_sn',
      COMMUNE: 'commune',
    },
    UnitKind: {
      PARTY_COMMITTEE: 'party_committee', PEOPLES_COUNCIL: 'peoples_council', PEOPLES_COMMITTEE: 'peoples_committee',
      DEPARTMENT: 'department', FATHERLAND_FRONT: 'fatherland_front', MASS_ORGANISATION: 'mass_organisation',
      PUBLIC_SERVICE: 'public_service', OTHER: 'other',
    },
    PositionLevel: {
      PROVINCE: 'province', PROVINCIAL_DEPARTMENT: 'provincial_department', DISTRICT: 'district', COMMUNE: 'commune',
      DIVISION: 'division',
    },
    TrainingKind: {
      DEGREE: 'degree', POLITICAL_THEORY: 'political_theory', STATE_MANAGEMENT: 'state_management', FOSTERING: 'fostering',
      FOREIGN_LANGUAGE: 'foreign_language', INFORMATION_TECHNOLOGY: 'it', DEFENCE_SECURITY: 'defence_security',
    },
    TrainingMode: { FULL_TIME: 'full_time', IN_SERVICE: 'in_service' },
    TrainingLocation: { DOMESTIC: 'domestic', ABROAD: 'abroad', JOINT: 'joint' },
    EnrollmentStatus: {
      REGISTERED: 'registered', STUDYING: 'studying', COMPLETED: 'completed', WITHDRAWN: 'withdrawn', FAILED: 'failed',
    },
    EnrollmentResult: { EXCELLENT: 'excellent', VERY_GOOD: 'very_good', GOOD: 'good', AVERAGE: 'average', FAIL: 'fail' },
    RotationKind: { ROTATION: 'rotation', TRANSFER: 'transfer', SECONDMENT: 'secondment' },
    RotationDirection: {
      PROVINCE_TO_DISTRICT: 'province_to_district', DISTRICT_TO_PROVINCE: 'district_to_province',
      DISTRICT_TO_DISTRICT: 'district_to_district', SECTOR_TO_SECTOR: 'sector_to_sector', TO_COMMUNE: 'to_commune',
      FROM_COMMUNE: 'from_commune', BETWEEN_COMMUNES: 'between_communes',
    },
    PlanningRemovalReason: {
      AGE: 'age', DISCIPLINE: 'discipline', RATING: 'rating', TRANSFER: 'transfer', HEALTH: 'health', OTHER: 'other',
    },
  };

  it.each(Object.entries(expected))('%s has exactly the agreed keys and stored values', (name, enumObject) => {
    const list = allCodeLists.find((l) => l.name === name);
    expect(list?.enumObject).toEqual(enumObject);
  });

  it('Ethnicity has the 55 official codes 01..55 in order, labelled as DOMAIN.md spells them', () => {
    // prettier-ignore
    const keys = [
      'KINH', 'TAY', 'THAI', 'HOA', 'KHMER', 'MUONG', 'NUNG', 'HMONG', 'DAO', 'GIA_RAI', 'NGAI', 'E_DE', 'BA_NA',
      'XO_DANG', 'SAN_CHAY', 'CO_HO', 'CHAM', 'SAN_DIU', 'HRE', 'MNONG', 'RA_GLAI', 'XTIENG', 'BRU_VAN_KIEU', 'THO',
      'GIAY', 'CO_TU', 'GIE_TRIENG', 'MA', 'KHO_MU', 'CO', 'TA_OI', 'CHO_RO', 'KHANG', 'XINH_MUN', 'HA_NHI', 'CHU_RU',
      'LAO', 'LA_CHI', 'LA_HA', 'PHU_LA', 'LA_HU', 'LU', 'LO_LO', 'CHUT', 'MANG', 'PA_THEN', 'CO_LAO', 'CONG', 'BO_Y',
      'SI_LA', 'PU_PEO', 'BRAU', 'O_DU', 'RO_MAM', 'FOREIGNER',
    ];
    const labels =
      'Kinh, Tày, Thái, Hoa, Khơ-me, Mường, Nùng, HMông, Dao, Gia-rai, Ngái, Ê-đê, Ba-na, Xơ-đăng, Sán Chay, Cơ-ho, ' +
      'Chăm, Sán Dìu, Hrê, Mnông, Ra-glai, Xtiêng, Bru-Vân Kiều, Thổ, Giáy, Cơ-tu, Gié-Triêng, Mạ, Khơ-mú, Co, Tà-ôi, ' +
      'Chơ-ro, Kháng, Xinh-mun, Hà Nhì, Chu-ru, Lào, La Chí, La Ha, Phù Lá, La Hủ, Lự, Lô Lô, Chứt, Mảng, Pà Thẻn, ' +
      'Cơ Lao, Cống, Bố Y, Si La, Pu Péo, Brâu, Ơ Đu, Rơ-măm, Người nước ngoài';
    expect(Object.keys(Ethnicity)).toEqual(keys);
    expect(Object.values(Ethnicity)).toEqual(keys.map((_k, i) => String(i + 1).padStart(2, '0')));
    expect(ethnicityCodeList.entries.map((e) => e.value)).toEqual(Object.values(Ethnicity));
    expect(ethnicityCodeList.entries.map((e) => e.label).join(', ')).toBe(labels.normalize('NFC'));
  });

  it('list names are unique GraphQL names', () => {
    const names = allCodeLists.map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Za-z]+$/);
  });
});

describe('labels and variants', () => {
  it('labels, variants and titles are NFC with single spaces', () => {
    for (const list of allCodeLists) {
      for (const text of [list.title, ...list.entries.flatMap((e) => [e.label, ...e.variants])]) {
        expect(text).toBe(text.normalize('NFC'));
        expect(text).toBe(text.trim().replace(/\s+/g, ' '));
      }
    }
  });

  it('no two entries of one list share a normalised label or variant', () => {
    const clashes: string[] = [];
    for (const list of allCodeLists) {
      for (const keyOf of [codeListKey, codeListExactKey]) {
        const owner = new Map<string, string>();
        for (const e of list.entries) {
          for (const text of [e.label, ...e.variants]) {
            const key = keyOf(text);
            const other = owner.get(key);
            if (other !== undefined && other !== e.value) clashes.push(`${list.name}: "${text}" (${other} / ${e.value})`);
            owner.set(key, e.value);
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('label() and entry() read an entry by its stored value', () => {
    expect(ethnicityCodeList.label(Ethnicity.HMONG)).toBe('HMông');
    expect(religionCodeList.label(Religion.HOA_HAO)).toBe('Hòa Hảo');
    expect(civilServantRankCodeList.entry(CivilServantRank.SPECIALIST)).toEqual({
      value: '01.003',
      code: '01.003',
      label: 'Chuyên viên',
      variants: ['CV'],
    });
    expect(() => sexCodeList.label('X' as Sex)).toThrow(/unknown value/);
  });
});

describe('parse', () => {
  it.each(allCodeLists.flatMap(typings))('%s: "%s" parses back to %s', (name, text, value) => {
    const list = allCodeLists.find((l) => l.name === name) as CodeList<string>;
    expect(list.parse(text)).toBe(value);
    expect(list.parse(nfd(text).toUpperCase())).toBe(value);
    expect(list.parse(`  ${text.toLowerCase()}  `)).toBe(value);
  });

  it.each(allCodeLists.flatMap((l) => Object.entries(l.enumObject).map(([k, v]) => [l.name, k, v] as const)))(
    '%s: enum key %s and stored value %s parse back',
    (name, key, value) => {
      const list = allCodeLists.find((l) => l.name === name) as CodeList<string>;
      expect(list.parse(key)).toBe(value);
      expect(list.parse(key.toLowerCase())).toBe(value);
      expect(list.parse(value)).toBe(value);
    },
  );

  const messy: ReadonlyArray<readonly [CodeList<string>, string, string]> = [
    [professionalLevelCodeList, 'thạc sỹ', ProfessionalLevel.MASTER],
    [professionalLevelCodeList, 'ThS', ProfessionalLevel.MASTER],
    [professionalLevelCodeList, 'ths.', ProfessionalLevel.MASTER],
    [professionalLevelCodeList, 'Th.S', ProfessionalLevel.MASTER],
    [professionalLevelCodeList, 'ĐH', ProfessionalLevel.UNIVERSITY],
    [professionalLevelCodeList, 'dai hoc', ProfessionalLevel.UNIVERSITY],
    [professionalLevelCodeList, 'Đại  học', ProfessionalLevel.UNIVERSITY],
    [professionalLevelCodeList, 'kỹ sư', ProfessionalLevel.UNIVERSITY],
    [professionalLevelCodeList, 'Trình độ đại học', ProfessionalLevel.UNIVERSITY],
    [professionalLevelCodeList, 'T.S', ProfessionalLevel.DOCTOR],
    [professionalLevelCodeList, 'cao dang', ProfessionalLevel.COLLEGE],
    [professionalLevelCodeList, 'C.Đ', ProfessionalLevel.COLLEGE],
    [academicTitleCodeList, 'P.GS', AcademicTitle.ASSOCIATE_PROFESSOR],
    [academicTitleCodeList, 'PGS. TS', AcademicTitle.ASSOCIATE_PROFESSOR],
    [academicTitleCodeList, 'giao su', AcademicTitle.PROFESSOR],
    [politicalTheoryLevelCodeList, 'Cao cấp LLCT', PoliticalTheoryLevel.ADVANCED],
    [politicalTheoryLevelCodeList, 'cao cap', PoliticalTheoryLevel.ADVANCED],
    [politicalTheoryLevelCodeList, 'CC LLCT', PoliticalTheoryLevel.ADVANCED],
    [politicalTheoryLevelCodeList, 'Cao cấp lý luận chính trị', PoliticalTheoryLevel.ADVANCED],
    [politicalTheoryLevelCodeList, 'Cao cấp chính trị', PoliticalTheoryLevel.ADVANCED],
    [politicalTheoryLevelCodeList, 'Trung cấp LLCT', PoliticalTheoryLevel.INTERMEDIATE],
    [politicalTheoryLevelCodeList, 'TC LLCT', PoliticalTheoryLevel.INTERMEDIATE],
    [politicalTheoryLevelCodeList, 'trung cấp lí luận chính trị', PoliticalTheoryLevel.INTERMEDIATE],
    [politicalTheoryLevelCodeList, 'Cử nhân chính trị', PoliticalTheoryLevel.BACHELOR],
    [politicalTheoryLevelCodeList, 'CN chính trị', PoliticalTheoryLevel.BACHELOR],
    [politicalTheoryLevelCodeList, 'Sơ cấp', PoliticalTheoryLevel.ELEMENTARY],
    [stateManagementLevelCodeList, 'QLNN chương trình chuyên viên chính', StateManagementLevel.PRINCIPAL_SPECIALIST],
    [stateManagementLevelCodeList, 'Quản lý nhà nước ngạch chuyên viên', StateManagementLevel.SPECIALIST],
    [stateManagementLevelCodeList, 'CVCC', StateManagementLevel.SENIOR_SPECIALIST],
    [stateManagementLevelCodeList, 'Chuyên viên cao cấp và tương đương', StateManagementLevel.SENIOR_SPECIALIST],
    [ethnicityCodeList, "H'Mông", Ethnicity.HMONG],
    [ethnicityCodeList, 'H’Mông', Ethnicity.HMONG],
    [ethnicityCodeList, 'hmong', Ethnicity.HMONG],
    [ethnicityCodeList, 'H mông', Ethnicity.HMONG],
    [ethnicityCodeList, 'Mèo', Ethnicity.HMONG],
    [ethnicityCodeList, 'Co Lao', Ethnicity.CO_LAO],
    [ethnicityCodeList, 'co lao', Ethnicity.CO_LAO],
    [ethnicityCodeList, 'Ta-ôi', Ethnicity.TA_OI],
    [ethnicityCodeList, 'Tà Ôi', Ethnicity.TA_OI],
    [ethnicityCodeList, 'kinh ', Ethnicity.KINH],
    [ethnicityCodeList, nfd('Tày'), Ethnicity.TAY],
    [ethnicityCodeList, 'Dân tộc Kinh', Ethnicity.KINH],
    [ethnicityCodeList, 'người Hoa', Ethnicity.HOA],
    [ethnicityCodeList, 'Ê Đê', Ethnicity.E_DE],
    [ethnicityCodeList, 'Êđê', Ethnicity.E_DE],
    [ethnicityCodeList, 'Khmer', Ethnicity.KHMER],
    [ethnicityCodeList, 'Bru - Vân Kiều', Ethnicity.BRU_VAN_KIEU],
    [ethnicityCodeList, 'Stiêng', Ethnicity.XTIENG],
    [ethnicityCodeList, 'Sê Đăng', Ethnicity.XO_DANG],
    [ethnicityCodeList, '08', Ethnicity.HMONG],
    [ethnicityCodeList, '8', Ethnicity.HMONG],
    [ethnicityCodeList, 'nguoi nuoc ngoai', Ethnicity.FOREIGNER],
    [religionCodeList, 'không tôn giáo', Religion.NONE],
    [religionCodeList, 'Đạo Phật', Religion.BUDDHISM],
    [religionCodeList, 'Thiên chúa giáo', Religion.CATHOLICISM],
    [religionCodeList, 'Hoà Hảo', Religion.HOA_HAO],
    [religionCodeList, 'Phật giáo Hoà Hảo', Religion.HOA_HAO],
    [religionCodeList, 'Đạo Tin Lành', Religion.PROTESTANTISM],
    [sexCodeList, 'NỮ', Sex.FEMALE],
    [sexCodeList, 'nu', Sex.FEMALE],
    [sexCodeList, 'm', Sex.MALE],
    [civilServantRankCodeList, '01.003', CivilServantRank.SPECIALIST],
    [civilServantRankCodeList, 'Ngạch chuyên viên chính', CivilServantRank.PRINCIPAL_SPECIALIST],
    [publicEmployeeGradeCodeList, 'hang 2', PublicEmployeeGrade.GRADE_II],
    [publicEmployeeGradeCodeList, 'iii', PublicEmployeeGrade.GRADE_III],
    [publicEmployeeGradeCodeList, 'Viên chức hạng IV', PublicEmployeeGrade.GRADE_IV],
    [annualRatingCodeList, 'HTXSNV', AnnualRating.EXCELLENT],
    [annualRatingCodeList, 'Xếp loại: Hoàn thành tốt nhiệm vụ', AnnualRating.GOOD],
    [annualRatingCodeList, 'ht nv', AnnualRating.COMPLETED],
    [annualRatingCodeList, 'không hoàn thành nhiệm vụ', AnnualRating.NOT_COMPLETED],
    [cadreStatusCodeList, 'Nghỉ hưu', CadreStatus.RETIRED],
    [cadreStatusCodeList, 'từ trần', CadreStatus.DECEASED],
    [localityKindCodeList, 'thi xa', LocalityKind.TOWN],
    [localityKindCodeList, 'TP. trực thuộc TW', LocalityKind.CENTRAL_CITY],
    [localityKindCodeList, 'thanh_pho', LocalityKind.PROVINCIAL_CITY],
    [unitBlockCodeList, 'HC-SN', UnitBlock.ADMINISTRATIVE_PUBLIC_SERVICE],
    [unitBlockCodeList, 'Khối hành chính - sự nghiệp', UnitBlock.ADMINISTRATIVE_PUBLIC_SERVICE],
    [unitBlockCodeList, 'MTTQ - đoàn thể', UnitBlock.FRONT_AND_MASS],
    [unitBlockCodeList, 'Đảng', UnitBlock.PARTY],
    [unitKindCodeList, 'Uỷ ban nhân dân', UnitKind.PEOPLES_COMMITTEE],
    [unitKindCodeList, 'Huyện uỷ', UnitKind.PARTY_COMMITTEE],
    [unitKindCodeList, 'hdnd', UnitKind.PEOPLES_COUNCIL],
    [trainingModeCodeList, 'vừa làm vừa học', TrainingMode.IN_SERVICE],
    [trainingModeCodeList, 'Hệ tập trung', TrainingMode.FULL_TIME],
    [rotationDirectionCodeList, 'Tỉnh → huyện', RotationDirection.PROVINCE_TO_DISTRICT],
    [rotationDirectionCodeList, 'tu huyen len tinh', RotationDirection.DISTRICT_TO_PROVINCE],
    [enrollmentResultCodeList, 'Loại giỏi', EnrollmentResult.VERY_GOOD],
    [enrollmentResultCodeList, 'Xếp loại khá', EnrollmentResult.GOOD],
  ];

  it.each(messy.map(([list, text, value]) => [list.name, text, value, list] as const))(
    '%s reads "%s" as %s',
    (_name, text, value, list) => {
      expect(list.parse(text)).toBe(value);
    },
  );

  const refused: ReadonlyArray<readonly [CodeList<string>, string]> = [
    [ethnicityCodeList, ''],
    [ethnicityCodeList, '   '],
    [ethnicityCodeList, 'xyz'],
    [ethnicityCodeList, 'Kinh Tày'],
    [ethnicityCodeList, '56'],
    [ethnicityCodeList, '0'],
    [ethnicityCodeList, 'Dân tộc'],
    [localityKindCodeList, 'Thành phố'],
    [localityKindCodeList, 'TP'],
    [politicalTheoryLevelCodeList, 'Cao cấp, cử nhân'],
    [politicalTheoryLevelCodeList, 'LLCT'],
    [professionalLevelCodeList, 'Thạc sĩ, Tiến sĩ'],
    [professionalLevelCodeList, 'Cao cấp LLCT'],
    [sexCodeList, 'X'],
    [religionCodeList, 'Đạo'],
    [enrollmentResultCodeList, 'Trung bình khá'],
  ];

  it.each(refused.map(([list, text]) => [list.name, text, list] as const))('%s refuses "%s"', (_name, text, list) => {
    expect(list.parse(text)).toBeUndefined();
  });

  describe('when stripping diacritics makes two entries collide', () => {
    enum Word {
      PLAIN = 'w1',
      GRAVE = 'w2',
    }
    const words = defineCodeList({
      name: 'Word',
      title: 'Thử',
      enumObject: Word,
      entries: [
        { value: Word.PLAIN, label: 'Hoa' },
        { value: Word.GRAVE, label: 'Hòa' },
      ],
    });

    it.each([
      ['Hoa', Word.PLAIN],
      ['HOA', Word.PLAIN],
      ['Hòa', Word.GRAVE],
      ['HOÀ', Word.GRAVE],
      [nfd('hoà'), Word.GRAVE],
    ])('the exact diacritics decide: "%s" → %s', (text, value) => {
      expect(words.parse(text)).toBe(value);
    });

    it.each(['hóa', 'Hoá', 'hỏa'])('"%s" fits neither exactly and is refused', (text) => {
      expect(words.parse(text)).toBeUndefined();
    });
  });

  it('a definition that misses an enum value or reuses a label is rejected', () => {
    enum Two {
      A = 'a',
      B = 'b',
    }
    expect(() => defineCodeList({ name: 'Two', title: 'T', enumObject: Two, entries: [{ value: Two.A, label: 'A' }] })).toThrow(
      /every enum value/,
    );
    expect(() =>
      defineCodeList({
        name: 'Two',
        title: 'T',
        enumObject: Two,
        entries: [
          { value: Two.A, label: 'Một', variants: ['Hai'] },
          { value: Two.B, label: 'hai' },
        ],
      }),
    ).toThrow(/names two entries/);
  });
});

describe('helpers', () => {
  it('professionalLevelRank orders levels from dưới trung cấp to tiến sĩ', () => {
    const ranks = Object.values(ProfessionalLevel).map(professionalLevelRank);
    expect(ranks).toEqual([0, 1, 2, 3, 4, 5]);
    expect(professionalLevelRank(ProfessionalLevel.UNIVERSITY)).toBeGreaterThan(professionalLevelRank(ProfessionalLevel.COLLEGE));
  });

  it.each([
    [LocalityKind.PROVINCE, [LocalityLevel.PROVINCE]],
    [LocalityKind.CENTRAL_CITY, [LocalityLevel.PROVINCE]],
    [LocalityKind.PROVINCIAL_CITY, [LocalityLevel.DISTRICT]],
    [LocalityKind.TOWN, [LocalityLevel.DISTRICT]],
    [LocalityKind.WARD, [LocalityLevel.COMMUNE]],
    [LocalityKind.SPECIAL_ZONE, [LocalityLevel.COMMUNE]],
  ])('a %s sits at %p', (kind, levels) => {
    expect(localityKindLevel(kind)).toEqual(levels);
  });

  it('every locality kind has a level', () => {
    for (const kind of Object.values(LocalityKind)) expect(localityKindLevel(kind).length).toBeGreaterThan(0);
  });
});

describe('GraphQL', () => {
  @Resolver()
  class EnumProbeResolver {
    @Query(() => Ethnicity)
    echoEthnicity(@Arg('value', () => Ethnicity) value: Ethnicity): Ethnicity {
      return value;
    }
  }

  it('registers every list as an enum with Vietnamese descriptions, idempotently', async () => {
    registerCodeListEnums();
    registerCodeListEnums();
    const schema = await buildSchema({ resolvers: [CodeListResolver, EnumProbeResolver], validate: false });
    const ethnicity = schema.getType('Ethnicity');
    expect(ethnicity?.description).toBe('Dân tộc');
    const result = await graphql({
      schema,
      source: `{
        echoEthnicity(value: HMONG)
        __type(name: "Ethnicity") { enumValues { name description } }
      }`,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.['echoEthnicity']).toBe('HMONG');
    const values = (result.data?.['__type'] as { enumValues: Array<{ name: string; description: string }> }).enumValues;
    expect(values).toHaveLength(55);
    expect(values).toContainEqual({ name: 'HMONG', description: 'HMông' });
  });

  it('codeLists returns the asked lists with enum keys as values', async () => {
    const schema = await buildSchema({ resolvers: [CodeListResolver], validate: false });
    const result = await graphql({
      schema,
      source: '{ codeLists(names: ["Sex", "CivilServantRank"]) { name title entries { value code label variants } } }',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.['codeLists']).toEqual([
      {
        name: 'Sex',
        title: 'Giới tính',
        entries: [
          { value: 'MALE', code: 'M', label: 'Nam', variants: ['Nam giới'] },
          { value: 'FEMALE', code: 'F', label: 'Nữ', variants: ['Nữ giới'] },
        ],
      },
      expect.objectContaining({ name: 'CivilServantRank' }),
    ]);
    const all = await graphql({ schema, source: '{ codeLists { name } }' });
    expect((all.data?.['codeLists'] as unknown[]).length).toBe(allCodeLists.length);
  });

  it('an unknown list name is a bad input, not an empty answer', () => {
    expect(() => describeCodeLists(['Ethnicty'])).toThrow(/Ethnicty/);
    expect(describeCodeLists([])).toEqual([]);
  });
});
