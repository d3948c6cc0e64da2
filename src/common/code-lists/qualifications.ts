import { defineCodeList } from './code-list';

/** Trình độ chuyên môn, declared from lowest to highest. */
export enum ProfessionalLevel {
  BELOW_INTERMEDIATE = 'below_intermediate',
  INTERMEDIATE = 'intermediate',
  COLLEGE = 'college',
  UNIVERSITY = 'university',
  MASTER = 'master',
  DOCTOR = 'doctor',
}

export const professionalLevelCodeList = defineCodeList({
  name: 'ProfessionalLevel',
  title: 'Trình độ chuyên môn',
  enumObject: ProfessionalLevel,
  entries: [
    {
      value: ProfessionalLevel.BELOW_INTERMEDIATE,
      label: 'Dưới trung cấp',
      variants: ['Sơ cấp', 'Chưa qua đào tạo'],
    },
    {
      value: ProfessionalLevel.INTERMEDIATE,
      label: 'Trung cấp',
      variants: ['TC', 'Trung học chuyên nghiệp', 'THCN'],
    },
    { value: ProfessionalLevel.COLLEGE, label: 'Cao đẳng', variants: ['CĐ'] },
    {
      value: ProfessionalLevel.UNIVERSITY,
      label: 'Đại học',
      variants: ['ĐH', 'Cử nhân', 'CN', 'Kỹ sư', 'Kĩ sư', 'KS', 'Bác sĩ', 'Bác sỹ', 'BS', 'Kiến trúc sư'],
    },
    {
      value: ProfessionalLevel.MASTER,
      label: 'Thạc sĩ',
      variants: ['ThS', 'Thạc sỹ', 'Cao học'],
    },
    {
      value: ProfessionalLevel.DOCTOR,
      label: 'Tiến sĩ',
      // Phó tiến sĩ was the name of the same degree before 1993.
      variants: ['TS', 'Tiến sỹ', 'Tiến sĩ khoa học', 'TSKH', 'Phó tiến sĩ', 'PTS'],
    },
  ],
  fillerWords: ['trình độ', 'bằng', 'tốt nghiệp'],
});

const PROFESSIONAL_LEVEL_ORDER: readonly ProfessionalLevel[] = professionalLevelCodeList.entries.map((e) => e.value);

/** 0 for dưới trung cấp up to 5 for tiến sĩ, for "đại học trở lên" style filters. */
export function professionalLevelRank(level: ProfessionalLevel): number {
  return PROFESSIONAL_LEVEL_ORDER.indexOf(level);
}

export enum AcademicTitle {
  ASSOCIATE_PROFESSOR = 'associate_professor',
  PROFESSOR = 'professor',
}

export const academicTitleCodeList = defineCodeList({
  name: 'AcademicTitle',
  title: 'Học hàm',
  enumObject: AcademicTitle,
  entries: [
    {
      value: AcademicTitle.ASSOCIATE_PROFESSOR,
      label: 'Phó Giáo sư',
      variants: ['PGS', 'Phó GS', 'PGS.TS', 'PGS.TSKH'],
    },
    { value: AcademicTitle.PROFESSOR, label: 'Giáo sư', variants: ['GS', 'GS.TS', 'GS.TSKH'] },
  ],
});

/** Lý luận chính trị. */
export enum PoliticalTheoryLevel {
  ELEMENTARY = 'elementary',
  INTERMEDIATE = 'intermediate',
  ADVANCED = 'advanced',
  BACHELOR = 'bachelor',
}

export const politicalTheoryLevelCodeList = defineCodeList({
  name: 'PoliticalTheoryLevel',
  title: 'Lý luận chính trị',
  enumObject: PoliticalTheoryLevel,
  entries: [
    {
      value: PoliticalTheoryLevel.ELEMENTARY,
      label: 'Sơ cấp',
      variants: ['SC', 'Sơ cấp LLCT', 'SC LLCT', 'Sơ cấp chính trị'],
    },
    {
      value: PoliticalTheoryLevel.INTERMEDIATE,
      label: 'Trung cấp',
      variants: ['TC', 'Trung cấp LLCT', 'TC LLCT', 'Trung cấp chính trị', 'TCCT'],
    },
    {
      value: PoliticalTheoryLevel.ADVANCED,
      label: 'Cao cấp',
      variants: ['CC', 'Cao cấp LLCT', 'CC LLCT', 'Cao cấp chính trị', 'CCCT'],
    },
    {
      value: PoliticalTheoryLevel.BACHELOR,
      label: 'Cử nhân',
      variants: ['CN', 'Cử nhân chính trị', 'CN chính trị', 'Cử nhân LLCT', 'CNCT'],
    },
  ],
  fillerWords: ['lý luận chính trị', 'lí luận chính trị', 'LLCT', 'chính trị', 'lý luận', 'trình độ'],
});

/** Quản lý nhà nước. */
export enum StateManagementLevel {
  OFFICER = 'officer',
  SPECIALIST = 'specialist',
  PRINCIPAL_SPECIALIST = 'principal_specialist',
  SENIOR_SPECIALIST = 'senior_specialist',
}

export const stateManagementLevelCodeList = defineCodeList({
  name: 'StateManagementLevel',
  title: 'Quản lý nhà nước',
  enumObject: StateManagementLevel,
  entries: [
    { value: StateManagementLevel.OFFICER, label: 'Cán sự', variants: ['QLNN chương trình cán sự'] },
    {
      value: StateManagementLevel.SPECIALIST,
      label: 'Chuyên viên',
      variants: ['CV', 'QLNN chương trình chuyên viên', 'QLNN ngạch chuyên viên'],
    },
    {
      value: StateManagementLevel.PRINCIPAL_SPECIALIST,
      label: 'Chuyên viên chính',
      variants: ['CVC', 'QLNN chương trình chuyên viên chính', 'QLNN ngạch chuyên viên chính'],
    },
    {
      value: StateManagementLevel.SENIOR_SPECIALIST,
      label: 'Chuyên viên cao cấp',
      variants: ['CVCC', 'QLNN chương trình chuyên viên cao cấp', 'QLNN ngạch chuyên viên cao cấp'],
    },
  ],
  fillerWords: [
    'quản lý nhà nước',
    'quản lí nhà nước',
    'QLNN',
    'chương trình',
    'ngạch',
    'bồi dưỡng',
    'trình độ',
    'và tương đương',
    'tương đương',
  ],
});

/** Ngạch công chức (codes 01.001–01.005; 01.005 unconfirmed, see DOMAIN.md). */
export enum CivilServantRank {
  SENIOR_SPECIALIST = '01.001',
  PRINCIPAL_SPECIALIST = '01.002',
  SPECIALIST = '01.003',
  OFFICER = '01.004',
  STAFF = '01.005',
}

export const civilServantRankCodeList = defineCodeList({
  name: 'CivilServantRank',
  title: 'Ngạch công chức',
  enumObject: CivilServantRank,
  entries: [
    { value: CivilServantRank.SENIOR_SPECIALIST, label: 'Chuyên viên cao cấp', variants: ['CVCC'] },
    { value: CivilServantRank.PRINCIPAL_SPECIALIST, label: 'Chuyên viên chính', variants: ['CVC'] },
    { value: CivilServantRank.SPECIALIST, label: 'Chuyên viên', variants: ['CV'] },
    { value: CivilServantRank.OFFICER, label: 'Cán sự', variants: ['CS'] },
    { value: CivilServantRank.STAFF, label: 'Nhân viên', variants: ['NV'] },
  ],
  fillerWords: ['ngạch', 'và tương đương', 'tương đương'],
});

/** Hạng chức danh nghề nghiệp viên chức. */
export enum PublicEmployeeGrade {
  GRADE_I = 'I',
  GRADE_II = 'II',
  GRADE_III = 'III',
  GRADE_IV = 'IV',
  GRADE_V = 'V',
}

export const publicEmployeeGradeCodeList = defineCodeList({
  name: 'PublicEmployeeGrade',
  title: 'Hạng viên chức',
  enumObject: PublicEmployeeGrade,
  entries: [
    { value: PublicEmployeeGrade.GRADE_I, label: 'Hạng I', variants: ['Hạng 1'] },
    { value: PublicEmployeeGrade.GRADE_II, label: 'Hạng II', variants: ['Hạng 2'] },
    { value: PublicEmployeeGrade.GRADE_III, label: 'Hạng III', variants: ['Hạng 3'] },
    { value: PublicEmployeeGrade.GRADE_IV, label: 'Hạng IV', variants: ['Hạng 4'] },
    { value: PublicEmployeeGrade.GRADE_V, label: 'Hạng V', variants: ['Hạng 5'] },
  ],
  fillerWords: ['viên chức', 'chức danh nghề nghiệp'],
});
