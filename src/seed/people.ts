/**
 * The cadres: who works where, who leads, and each person's record (form 2C). Attributes
 * are drawn conditioned on the unit and the role, the way a real office's data hangs
 * together: schools are mostly women and viên chức; unit heads are older, party members
 * with cao cấp LLCT; highland communes employ more H'Mông, Dao and Hà Nhì cadres; a
 * "chuyên viên chính" rank comes with the matching QLNN certificate.
 */
import {
  AcademicTitle,
  CadreCategory,
  CadreStatus,
  CivilServantRank,
  Ethnicity,
  PoliticalTheoryLevel,
  PositionLevel,
  ProfessionalLevel,
  PublicEmployeeGrade,
  Religion,
  Sex,
  StateManagementLevel,
  UnitKind,
} from '../common/code-lists';
import { nameSortKey, searchKey } from '../common/vietnamese';
import { AS_OF, AS_OF_YEAR, addDays, addYears, isoDate, randomDay, yearOf } from './calendar';
import { LOCAL_PLACES, LOWLAND_PLACES, POSTS, type Geography, type Place, type PostKey, type UnitSeed } from './geography';
import { makeFullName } from './names';
import { Random, Weighted, apportion } from './random';

export type Role = 'head' | 'deputy' | 'staff';

/** A latent "how good at the job" tier: it keeps a person's yearly ratings and promotions consistent. */
export type Quality = 'star' | 'normal' | 'weak';

/** Share of cadres holding a leadership post in their unit. */
export const LEADER_SHARE = 0.12;

export interface CadreSeed {
  unit: number;
  role: Role;
  /** The post held as head or deputy; null for staff. */
  post: PostKey | null;
  quality: Quality;
  fullName: string;
  nameSearch: string;
  nameSort: string;
  otherName: string | null;
  birthDate: string | null;
  birthYear: number;
  sex: Sex;
  placeOfBirth: string | null;
  homeTown: string | null;
  ethnicity: Ethnicity;
  religion: Religion;
  idNumber: string | null;
  socialInsuranceNumber: string | null;
  category: CadreCategory;
  rank: CivilServantRank | null;
  grade: PublicEmployeeGrade | null;
  payStep: number | null;
  jobPosition: string | null;
  startDate: string;
  generalEducation: string | null;
  professionalLevel: ProfessionalLevel;
  major: string | null;
  academicTitle: AcademicTitle | null;
  politicalTheory: PoliticalTheoryLevel | null;
  stateManagement: StateManagementLevel | null;
  foreignLanguage: string | null;
  itSkill: string | null;
  partyJoinedAt: string | null;
  partyOfficialAt: string | null;
  status: CadreStatus;
  note: string | null;
}

interface Staffing {
  size: number;
  hasHead: boolean;
  deputies: number;
}

/**
 * How many people each unit has and how many of them lead it. Units get heads by priority,
 * so a small demo still has a Bí thư and a Chủ tịch before a school has a principal; the
 * remaining leadership budget goes to deputies in proportion to unit size.
 */
export function planStaffing(units: readonly UnitSeed[], cadreCount: number, headed: readonly boolean[] = []): Staffing[] {
  const sizes = apportion(
    cadreCount,
    units.map((u) => u.weight),
  );
  const staffing: Staffing[] = sizes.map((size) => ({ size, hasHead: false, deputies: 0 }));
  let budget = Math.round(cadreCount * LEADER_SHARE);

  const headOrder = units
    .map((u, i) => ({ u, i }))
    .filter(({ u, i }) => !u.headByPartySecretary && !headed[i] && sizes[i] >= 2)
    .sort((a, b) => b.u.priority - a.u.priority || a.i - b.i);
  const headBudget = Math.min(headOrder.length, Math.round(budget * 0.75));
  for (const { i } of headOrder.slice(0, headBudget)) staffing[i].hasHead = true;
  budget -= headBudget;

  // A unit keeps most of its people as staff; big units (large demos) get more deputies.
  const cap = (i: number): number => {
    const s = staffing[i];
    const u = units[i];
    if (!s.hasHead && !u.headByPartySecretary && !headed[i]) return 0;
    const room = s.size - (s.hasHead ? 1 : 0) - Math.ceil(s.size * 0.5);
    return Math.max(0, Math.min(room, Math.max(u.deputies, Math.floor(s.size * 0.2))));
  };
  const bySize = staffing.map((s, i) => ({ s, i })).sort((a, b) => b.s.size - a.s.size || a.i - b.i);
  let progressed = true;
  while (budget > 0 && progressed) {
    progressed = false;
    for (const { s, i } of bySize) {
      if (budget <= 0) break;
      if (s.deputies < cap(i)) {
        s.deputies += 1;
        budget -= 1;
        progressed = true;
      }
    }
  }
  return staffing;
}

/** Generates every cadre, in a shuffled order so ids do not group by unit. */
export function generateCadres(
  rng: Random,
  geography: Geography,
  cadreCount: number,
  headed: readonly boolean[] = [],
  takenIdNumbers: ReadonlySet<string> = new Set(),
): CadreSeed[] {
  const staffing = planStaffing(geography.units, cadreCount, headed);
  const ids = new Set<string>(takenIdNumbers);
  const cadres: CadreSeed[] = [];
  geography.units.forEach((unit, unitIndex) => {
    const s = staffing[unitIndex];
    for (let k = 0; k < s.size; k += 1) {
      const role: Role = s.hasHead && k === 0 ? 'head' : k < (s.hasHead ? 1 : 0) + s.deputies ? 'deputy' : 'staff';
      cadres.push(makeCadre(rng, geography, unit, unitIndex, role, ids));
    }
  });
  return rng.shuffle(cadres);
}

// ---------------------------------------------------------------------------------------------

/** Staff ages by band: a bulge in the thirties and forties, thinning towards retirement. */
const STAFF_AGE_BANDS = new Weighted<readonly [number, number]>([
  [[23, 25], 6],
  [[26, 30], 14],
  [[31, 35], 18],
  [[36, 40], 20],
  [[41, 45], 17],
  [[46, 50], 12],
  [[51, 55], 9],
  [[56, 60], 4],
]);

/** Women retire at 56 years 8 months in 2025 (Nghị định 135/2020): none older is still working. */
const MAX_WORKING_AGE_FEMALE = 56;

const QUALITY = new Weighted<Quality>([
  ['star', 20],
  ['normal', 75],
  ['weak', 5],
]);

const CONTRACT_JOBS = ['Lái xe', 'Bảo vệ', 'Nhân viên phục vụ', 'Kế toán', 'Nhân viên văn thư'];

/** Province-level leadership posts, whose holders more often have the senior rank. */
const TOP_POSTS = new Set<PostKey>([
  'provSecretary',
  'provDeputySecretary',
  'provCommitteeChair',
  'provCommitteeDeputy',
  'provFrontChair',
  'provCouncilDeputy',
  'boardHead',
  'inspectionHead',
  'director',
  'officeHead',
]);

function makeCadre(rng: Random, geography: Geography, unit: UnitSeed, unitIndex: number, role: Role, ids: Set<string>): CadreSeed {
  const post: PostKey | null = role === 'head' ? unit.headPost : role === 'deputy' ? unit.deputyPost : null;
  const leader = role !== 'staff';

  const femaleShare =
    role === 'head' ? Math.max(0.08, unit.femaleShare * 0.45) : role === 'deputy' ? unit.femaleShare * 0.7 : unit.femaleShare;
  const sex = rng.chance(femaleShare) ? Sex.FEMALE : Sex.MALE;
  const age = pickAge(rng, role, sex);
  const birthYear = AS_OF_YEAR - age;
  // About 8% of records, mostly copied from old files, know only the birth year.
  const birthDate = rng.chance(0.08) ? null : randomDay(rng, `${birthYear}-01-01`, `${birthYear}-12-31`);

  const ethnicity = rng.chance(unit.ethnicMix.minorityShare) ? unit.ethnicMix.peoples.pick(rng) : Ethnicity.KINH;
  const quality = leader ? (rng.chance(0.45) ? 'star' : 'normal') : QUALITY.pick(rng);

  // Leaders hold current posts; some older staff left in 2025 (early retirement under
  // Nghị định 178/2024 during the merger) and a few moved to another province.
  let status = CadreStatus.WORKING;
  let note: string | null = null;
  if (!leader && age >= 50 && rng.chance(0.12)) {
    status = CadreStatus.RETIRED;
    note = `Nghỉ hưu trước tuổi theo Nghị định 178/2024/NĐ-CP từ ngày 01/${rng.pick(['07', '08', '09', '10'])}/2025`;
  } else if (!leader && rng.chance(0.015)) {
    status = CadreStatus.TRANSFERRED;
    note = `Chuyển công tác đến ${rng.pick(['tỉnh Phú Thọ', 'tỉnh Tuyên Quang', 'thành phố Hà Nội', 'tỉnh Lai Châu', 'tỉnh Thái Nguyên'])} từ tháng ${rng.int(8, 11)}/2025`;
  }

  const category = pickCategory(rng, unit, role);
  const professionalLevel = pickProfessionalLevel(rng, unit, role, category, age);
  const partyMember = rng.chance(partyShare(unit, role, category, age));
  const partyJoinedAt = partyMember ? pickPartyJoin(rng, birthYear, age) : null;
  const partyOfficialAt = partyJoinedAt && addYears(partyJoinedAt, 1) <= AS_OF ? addYears(partyJoinedAt, 1) : null;
  const rank = pickRank(rng, unit, role, post, category, age);
  const grade = pickGrade(rng, role, category, age);
  const stateManagement = pickStateManagement(rng, role, post, category, rank, professionalLevel);
  const politicalTheory = pickPoliticalTheory(rng, unit, role, post, category, partyMember);

  const startAge = category === CadreCategory.CONTRACT ? rng.int(20, Math.max(20, Math.min(age, 40))) : rng.int(21, Math.min(age, 29));
  const startDate = clampStart(randomDay(rng, `${birthYear + startAge}-01-01`, `${birthYear + startAge}-12-31`));
  const yearsOfService = AS_OF_YEAR - yearOf(startDate);
  const payStep =
    category === CadreCategory.CONTRACT
      ? null
      : Math.min(grade === PublicEmployeeGrade.GRADE_I ? 8 : 9, 1 + Math.floor(yearsOfService / 3));

  const home = pickHome(rng, geography, unit, ethnicity);
  const birthPlace = rng.chance(0.03) ? null : home.birth;
  const fullName = makeFullName(rng, sex, ethnicity, birthYear);

  return {
    unit: unitIndex,
    role,
    post,
    quality,
    fullName,
    nameSearch: searchKey(fullName),
    nameSort: nameSortKey(fullName),
    otherName: null,
    birthDate,
    birthYear,
    sex,
    placeOfBirth: birthPlace?.text ?? null,
    homeTown: home.town.text,
    ethnicity,
    religion: pickReligion(rng, ethnicity, partyMember),
    idNumber: rng.chance(0.9) ? makeIdNumber(rng, birthPlace ?? home.town, sex, birthYear, ids) : null,
    socialInsuranceNumber: rng.chance(category === CadreCategory.CONTRACT ? 0.55 : 0.9) ? uniqueNumber(rng, '10', 8, ids) : null,
    category,
    rank,
    grade,
    payStep,
    jobPosition: jobPositionOf(rng, unit, post, category, grade),
    startDate,
    // Those who finished school before about 1990 in the North did the 10-year programme.
    generalEducation:
      birthYear <= 1971 && rng.chance(0.85)
        ? '10/10'
        : professionalLevel === ProfessionalLevel.BELOW_INTERMEDIATE && rng.chance(0.3)
          ? '9/12'
          : '12/12',
    professionalLevel,
    major: professionalLevel === ProfessionalLevel.BELOW_INTERMEDIATE ? null : pickMajor(rng, unit, professionalLevel),
    academicTitle:
      professionalLevel === ProfessionalLevel.DOCTOR && (unit.profile === 'academy' || unit.profile === 'hospital') && rng.chance(0.3)
        ? AcademicTitle.ASSOCIATE_PROFESSOR
        : null,
    politicalTheory,
    stateManagement,
    foreignLanguage: pickForeignLanguage(rng, professionalLevel, birthYear),
    itSkill: pickItSkill(rng, professionalLevel, birthYear),
    partyJoinedAt,
    partyOfficialAt,
    status,
    note,
  };
}

function pickAge(rng: Random, role: Role, sex: Sex): number {
  const max = sex === Sex.FEMALE ? MAX_WORKING_AGE_FEMALE : 60;
  for (let attempt = 0; attempt < 10; attempt += 1) {
    let age: number;
    if (role === 'head') age = 38 + Math.floor(rng.bell() * 21);
    else if (role === 'deputy') age = 32 + Math.floor(rng.bell() * 26);
    else {
      const [lo, hi] = STAFF_AGE_BANDS.pick(rng);
      age = rng.int(lo, hi);
    }
    if (age <= max) return age;
  }
  return max;
}

function clampStart(iso: string): string {
  return iso > addDays(AS_OF, -30) ? addDays(AS_OF, -30) : iso;
}

function pickCategory(rng: Random, unit: UnitSeed, role: Role): CadreCategory {
  const leader = role !== 'staff';
  switch (unit.profile) {
    case 'party':
    case 'council':
    case 'committee':
    case 'front':
      // Elected posts (Bí thư, Chủ tịch...) are cán bộ; commune front deputies head member organisations.
      if (leader) return unit.kind === UnitKind.DEPARTMENT ? CadreCategory.CIVIL_SERVANT : CadreCategory.CADRE;
      if (rng.chance(0.07)) return CadreCategory.CONTRACT;
      // At commune level the heads of the member organisations (Đoàn, Hội Phụ nữ, Hội Nông dân,
      // Hội Cựu chiến binh) sit in the front's office and are elected cán bộ.
      return unit.profile === 'front' && unit.scope === 'commune' && rng.chance(0.6) ? CadreCategory.CADRE : CadreCategory.CIVIL_SERVANT;
    case 'department':
      if (leader) return CadreCategory.CIVIL_SERVANT;
      return rng.chance(0.06) ? CadreCategory.CONTRACT : CadreCategory.CIVIL_SERVANT;
    case 'service':
      if (leader) return CadreCategory.CIVIL_SERVANT;
      return new Weighted([
        [CadreCategory.CIVIL_SERVANT, 60],
        [CadreCategory.PUBLIC_EMPLOYEE, 30],
        [CadreCategory.CONTRACT, 10],
      ]).pick(rng);
    case 'school':
    case 'hospital':
    case 'academy':
      if (leader) return CadreCategory.PUBLIC_EMPLOYEE;
      return rng.chance(0.05) ? CadreCategory.CONTRACT : CadreCategory.PUBLIC_EMPLOYEE;
  }
}

function pickProfessionalLevel(rng: Random, unit: UnitSeed, role: Role, category: CadreCategory, age: number): ProfessionalLevel {
  const P = ProfessionalLevel;
  if (category === CadreCategory.CONTRACT) {
    return new Weighted([
      [P.BELOW_INTERMEDIATE, 25],
      [P.INTERMEDIATE, 40],
      [P.COLLEGE, 20],
      [P.UNIVERSITY, 15],
    ] as const).pick(rng);
  }
  if (role !== 'staff') {
    if (unit.scope === 'province' && unit.profile !== 'school') {
      return new Weighted([
        [P.UNIVERSITY, 53],
        [P.MASTER, 42],
        [P.DOCTOR, 5],
      ] as const).pick(rng);
    }
    return new Weighted([
      [P.UNIVERSITY, 86],
      [P.MASTER, 14],
    ] as const).pick(rng);
  }
  const research = unit.profile === 'academy' || unit.profile === 'hospital';
  const master = unit.scope === 'province' ? 13 : 5;
  const older = age >= 45;
  if (unit.profile === 'school' && unit.staffJobs.includes('Giáo viên mầm non')) {
    return new Weighted([
      [P.INTERMEDIATE, older ? 12 : 3],
      [P.COLLEGE, 22],
      [P.UNIVERSITY, 75],
    ] as const).pick(rng);
  }
  return new Weighted([
    [P.INTERMEDIATE, older ? 5 : 2],
    [P.COLLEGE, 4],
    [P.UNIVERSITY, 80],
    [P.MASTER, research ? 18 : master],
    [P.DOCTOR, research ? 5 : 0.3],
  ] as const).pick(rng);
}

function partyShare(unit: UnitSeed, role: Role, category: CadreCategory, age: number): number {
  if (role === 'head') return 0.99;
  if (role === 'deputy') return 0.95;
  if (category === CadreCategory.CONTRACT) return 0.15;
  const base: Record<UnitSeed['profile'], number> = {
    party: 0.95,
    council: 0.85,
    committee: 0.85,
    front: 0.85,
    academy: 0.9,
    department: 0.7,
    service: 0.55,
    school: 0.5,
    hospital: 0.4,
  };
  // Young staff have often not yet been admitted.
  return base[unit.profile] * (age < 28 ? 0.45 : age < 33 ? 0.8 : 1);
}

function pickPartyJoin(rng: Random, birthYear: number, age: number): string {
  const joinAge = Math.min(age, 20 + Math.floor(rng.bell() * 15));
  const from = isoDate(birthYear + Math.max(18, joinAge), 1, 1);
  const to = isoDate(birthYear + Math.max(18, joinAge), 12, 31);
  const day = randomDay(rng, from, to);
  return day > AS_OF ? addDays(AS_OF, -rng.int(30, 300)) : day;
}

function pickRank(
  rng: Random,
  unit: UnitSeed,
  role: Role,
  post: PostKey | null,
  category: CadreCategory,
  age: number,
): CivilServantRank | null {
  const R = CivilServantRank;
  if (category !== CadreCategory.CIVIL_SERVANT && category !== CadreCategory.CADRE) return null;
  // Elected cán bộ are paid by post; about a third of files carry no ngạch for them.
  if (category === CadreCategory.CADRE && rng.chance(0.3)) return null;
  if (role !== 'staff') {
    if (post && TOP_POSTS.has(post))
      return new Weighted([
        [R.SENIOR_SPECIALIST, 35],
        [R.PRINCIPAL_SPECIALIST, 60],
        [R.SPECIALIST, 5],
      ] as const).pick(rng);
    if (unit.scope === 'province')
      return new Weighted([
        [R.PRINCIPAL_SPECIALIST, 60],
        [R.SPECIALIST, 40],
      ] as const).pick(rng);
    return new Weighted([
      [R.PRINCIPAL_SPECIALIST, 25],
      [R.SPECIALIST, 75],
    ] as const).pick(rng);
  }
  if (age < 30)
    return new Weighted([
      [R.SPECIALIST, 75],
      [R.OFFICER, 20],
      [R.STAFF, 5],
    ] as const).pick(rng);
  return new Weighted([
    [R.PRINCIPAL_SPECIALIST, unit.scope === 'province' ? 18 : 8],
    [R.SPECIALIST, 80],
    [R.OFFICER, 8],
    [R.STAFF, 2],
  ] as const).pick(rng);
}

function pickGrade(rng: Random, role: Role, category: CadreCategory, age: number): PublicEmployeeGrade | null {
  const G = PublicEmployeeGrade;
  if (category !== CadreCategory.PUBLIC_EMPLOYEE) return null;
  if (role !== 'staff')
    return new Weighted([
      [G.GRADE_I, 10],
      [G.GRADE_II, 60],
      [G.GRADE_III, 30],
    ] as const).pick(rng);
  return new Weighted([
    [G.GRADE_I, age >= 45 ? 3 : 0],
    [G.GRADE_II, age >= 35 ? 25 : 8],
    [G.GRADE_III, 62],
    [G.GRADE_IV, 8],
    [G.GRADE_V, 3],
  ] as const).pick(rng);
}

function pickStateManagement(
  rng: Random,
  role: Role,
  post: PostKey | null,
  category: CadreCategory,
  rank: CivilServantRank | null,
  level: ProfessionalLevel,
): StateManagementLevel | null {
  const S = StateManagementLevel;
  if (category === CadreCategory.CONTRACT) return null;
  // A rank requires the matching QLNN programme, so most files show both.
  if (rank === CivilServantRank.SENIOR_SPECIALIST) return rng.chance(0.9) ? S.SENIOR_SPECIALIST : S.PRINCIPAL_SPECIALIST;
  if (rank === CivilServantRank.PRINCIPAL_SPECIALIST) return rng.chance(0.9) ? S.PRINCIPAL_SPECIALIST : S.SPECIALIST;
  if (role !== 'staff') {
    if (post && TOP_POSTS.has(post))
      return new Weighted([
        [S.SENIOR_SPECIALIST, 40],
        [S.PRINCIPAL_SPECIALIST, 60],
      ] as const).pick(rng);
    return new Weighted([
      [S.PRINCIPAL_SPECIALIST, 55],
      [S.SPECIALIST, 35],
      [null, 10],
    ] as const).pick(rng);
  }
  if (rank === CivilServantRank.SPECIALIST) return rng.chance(0.6) ? S.SPECIALIST : null;
  if (rank === CivilServantRank.OFFICER) return rng.chance(0.5) ? S.OFFICER : null;
  if (category === CadreCategory.PUBLIC_EMPLOYEE && level !== ProfessionalLevel.INTERMEDIATE) return rng.chance(0.15) ? S.SPECIALIST : null;
  return null;
}

function pickPoliticalTheory(
  rng: Random,
  unit: UnitSeed,
  role: Role,
  post: PostKey | null,
  category: CadreCategory,
  partyMember: boolean,
): PoliticalTheoryLevel | null {
  const L = PoliticalTheoryLevel;
  if (category === CadreCategory.CONTRACT) return partyMember && rng.chance(0.3) ? L.ELEMENTARY : null;
  if (role === 'head') {
    if (post && (TOP_POSTS.has(post) || POSTS[post].level === PositionLevel.PROVINCE)) return rng.chance(0.15) ? L.BACHELOR : L.ADVANCED;
    if (unit.scope === 'province')
      return new Weighted([
        [L.ADVANCED, 70],
        [L.BACHELOR, 5],
        [L.INTERMEDIATE, 25],
      ] as const).pick(rng);
    if (post && POSTS[post].level === PositionLevel.COMMUNE)
      return new Weighted([
        [L.ADVANCED, 55],
        [L.INTERMEDIATE, 45],
      ] as const).pick(rng);
    return new Weighted([
      [L.ADVANCED, 30],
      [L.INTERMEDIATE, 70],
    ] as const).pick(rng);
  }
  if (role === 'deputy') {
    return new Weighted([
      [L.ADVANCED, unit.scope === 'province' ? 45 : 22],
      [L.BACHELOR, 2],
      [L.INTERMEDIATE, unit.scope === 'province' ? 53 : 74],
      [L.ELEMENTARY, unit.scope === 'province' ? 0 : 2],
    ] as const).pick(rng);
  }
  if (!partyMember) return rng.chance(0.1) ? L.ELEMENTARY : null;
  return new Weighted([
    [L.ADVANCED, 3],
    [L.INTERMEDIATE, 30],
    [L.ELEMENTARY, 42],
    [null, 25],
  ] as const).pick(rng);
}

function pickReligion(rng: Random, ethnicity: Ethnicity, partyMember: boolean): Religion {
  if (partyMember) return rng.chance(0.005) ? Religion.BUDDHISM : Religion.NONE;
  if (ethnicity === Ethnicity.HMONG) return rng.chance(0.06) ? Religion.PROTESTANTISM : Religion.NONE;
  if (ethnicity === Ethnicity.KINH)
    return new Weighted([
      [Religion.NONE, 94],
      [Religion.BUDDHISM, 4.5],
      [Religion.CATHOLICISM, 1.5],
    ] as const).pick(rng);
  return Religion.NONE;
}

function pickMajor(rng: Random, unit: UnitSeed, level: ProfessionalLevel): string {
  if (level === ProfessionalLevel.MASTER || level === ProfessionalLevel.DOCTOR) {
    if (unit.profile === 'hospital' || unit.profile === 'school') return rng.pick(unit.majors);
    return rng.pick(['Quản lý công', 'Quản lý kinh tế', 'Luật kinh tế', 'Chính sách công', ...unit.majors]);
  }
  return rng.pick(unit.majors);
}

function jobPositionOf(
  rng: Random,
  unit: UnitSeed,
  post: PostKey | null,
  category: CadreCategory,
  grade: PublicEmployeeGrade | null,
): string {
  if (post) return POSTS[post].name;
  if (category === CadreCategory.CONTRACT) {
    return unit.name.includes('PTDTBT') && rng.chance(0.5) ? 'Nhân viên nấu ăn' : rng.pick(CONTRACT_JOBS);
  }
  const job = rng.pick(unit.staffJobs);
  return grade && (unit.profile === 'school' || unit.profile === 'hospital') ? `${job} hạng ${grade}` : job;
}

function pickForeignLanguage(rng: Random, level: ProfessionalLevel, birthYear: number): string | null {
  if (level === ProfessionalLevel.BELOW_INTERMEDIATE || level === ProfessionalLevel.INTERMEDIATE)
    return rng.chance(0.2) ? 'Tiếng Anh A' : null;
  if (!rng.chance(0.75)) return null;
  // Certificates named A/B/C before the 6-level framework (2014); bậc 1–6 or B1/B2 after.
  if (birthYear < 1980)
    return new Weighted([
      ['Tiếng Anh B', 55],
      ['Tiếng Anh C', 15],
      ['Tiếng Anh B1', 15],
      ['Tiếng Trung B', 5],
      ['Tiếng Nga B', 10],
    ] as const).pick(rng);
  return new Weighted([
    ['Tiếng Anh B1', 35],
    ['Tiếng Anh bậc 3', 25],
    ['Tiếng Anh bậc 2', 15],
    ['Tiếng Anh B2', 10],
    ['Tiếng Trung bậc 3', 8],
    ['Tiếng Anh B', 7],
  ] as const).pick(rng);
}

function pickItSkill(rng: Random, level: ProfessionalLevel, birthYear: number): string | null {
  if (level === ProfessionalLevel.BELOW_INTERMEDIATE) return rng.chance(0.3) ? 'Tin học văn phòng' : null;
  if (!rng.chance(0.8)) return null;
  if (birthYear < 1985)
    return new Weighted([
      ['Tin học trình độ B', 45],
      ['Tin học trình độ A', 25],
      ['Ứng dụng CNTT cơ bản', 30],
    ] as const).pick(rng);
  return new Weighted([
    ['Ứng dụng CNTT cơ bản', 60],
    ['Ứng dụng CNTT nâng cao', 15],
    ['Tin học trình độ B', 25],
  ] as const).pick(rng);
}

/** Quê quán and nơi sinh: minority cadres are from the area; many Kinh families came from the delta. */
function pickHome(rng: Random, geography: Geography, unit: UnitSeed, ethnicity: Ethnicity): { town: Place; birth: Place } {
  const locality = geography.localities[unit.locality] as { name: string; code: string };
  // Communes with 04xxx codes were in Yên Bái before the merger; CCCD numbers keep the old province code.
  const here: Place = { text: `${locality.name}, tỉnh Lào Cai`, idPrefix: locality.code.startsWith('04') ? '015' : '010' };
  const local = (): Place => (rng.chance(0.3) && unit.scope === 'commune' ? here : rng.pick(LOCAL_PLACES));
  if (ethnicity !== Ethnicity.KINH) {
    const town = local();
    return { town, birth: rng.chance(0.8) ? town : local() };
  }
  const town = rng.chance(0.45) ? rng.pick(LOWLAND_PLACES) : local();
  return { town, birth: rng.chance(0.6) ? local() : town };
}

/**
 * A CCCD number: province code of birth (3 digits), sex and century (0/1 for men/women born
 * in the 1900s, 2/3 in the 2000s), the last two digits of the birth year, then six digits.
 */
function makeIdNumber(rng: Random, birthPlace: Place, sex: Sex, birthYear: number, used: Set<string>): string | null {
  const century = birthYear >= 2000 ? 2 : 0;
  const sexDigit = century + (sex === Sex.FEMALE ? 1 : 0);
  const head = `${birthPlace.idPrefix}${sexDigit}${String(birthYear % 100).padStart(2, '0')}`;
  return uniqueNumber(rng, head, 6, used);
}

/**
 * A number made of `prefix` and random digits that is not in `used` (which then holds it), or
 * null after a few tries. CCCD and BHXH numbers share the set: their lengths differ, so they
 * never collide with each other, and both columns are unique.
 */
function uniqueNumber(rng: Random, prefix: string, count: number, used: Set<string>): string | null {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const id = `${prefix}${digits(rng, count)}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
  return null;
}

function digits(rng: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += String(rng.int(0, 9));
  return out;
}
