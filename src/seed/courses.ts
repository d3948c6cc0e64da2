/**
 * Courses (đào tạo, bồi dưỡng) and who attended them. Enrollments follow each cadre's
 * record: someone whose LLCT is "cao cấp" finished a Cao cấp course; a deputy with
 * "trung cấp" may be studying for cao cấp now; only completed courses can have granted a
 * level, and they granted the level the record shows.
 */
import {
  CadreCategory,
  CadreStatus,
  EnrollmentResult,
  EnrollmentStatus,
  PoliticalTheoryLevel,
  ProfessionalLevel,
  StateManagementLevel,
  TrainingKind,
  TrainingLocation,
  TrainingMode,
} from '../common/code-lists';
import { searchKey, vietnameseSortKey } from '../common/vietnamese';
import { AS_OF, AS_OF_YEAR, addMonths, addYears, dayOf, isoDate, randomWorkday } from './calendar';
import type { Geography, PostKey } from './geography';
import type { CadreSeed } from './people';
import { Random, Weighted, apportion } from './random';

export interface TrainingSeed {
  code: string;
  name: string;
  nameSearch: string;
  nameSort: string;
  kind: TrainingKind;
  mode: TrainingMode;
  location: TrainingLocation;
  programme: string | null;
  organiser: string | null;
  country: string | null;
  grantsProfessionalLevel: ProfessionalLevel | null;
  grantsPoliticalTheory: PoliticalTheoryLevel | null;
  grantsStateManagement: StateManagementLevel | null;
  fosteringGroup: number | null;
  startDate: string;
  endDate: string;
}

export interface EnrollmentSeed {
  cadre: number;
  training: number;
  status: EnrollmentStatus;
  result: EnrollmentResult | null;
  certificate: string | null;
  completedAt: string | null;
}

/** Courses in the default demo (2,000 cadres); larger demos get proportionally more classes. */
export const DEFAULT_COURSE_COUNT = 40;

type TemplateKey =
  | 'llctAdvancedInService'
  | 'llctAdvancedFullTime'
  | 'llctIntermediate'
  | 'llctElementary'
  | 'qlnnSenior'
  | 'qlnnPrincipal'
  | 'qlnnSpecialist'
  | 'masterPublicAdmin'
  | 'masterEconomics'
  | 'masterLaw'
  | 'masterJoint'
  | 'doctor'
  | 'defence3'
  | 'defence4'
  | 'abroad165'
  | 'english'
  | 'itBasic'
  | 'digital'
  | 'leaders'
  | 'division'
  | 'partyWork'
  | 'communeChairs'
  | 'frontWork'
  | 'teachers'
  | 'twoLevel';

interface CourseTemplate {
  title: string;
  codePrefix: string;
  kind: TrainingKind;
  mode: TrainingMode;
  location: TrainingLocation;
  organiser: string;
  programme?: string;
  countries?: readonly string[];
  grantsProfessionalLevel?: ProfessionalLevel;
  grantsPoliticalTheory?: PoliticalTheoryLevel;
  grantsStateManagement?: StateManagementLevel;
  fosteringGroup?: number;
  months: number;
  /** Share of all classes. */
  weight: number;
  firstYear: number;
  lastYear: number;
  /** Months in which classes start (default February to October). */
  startMonths?: readonly [number, number];
}

const TCT = 'Trường Chính trị tỉnh Lào Cai';
const HVHC = 'Học viện Hành chính và Quản trị công';

const TEMPLATES: Record<TemplateKey, CourseTemplate> = {
  llctAdvancedInService: {
    title: 'Cao cấp lý luận chính trị hệ không tập trung',
    codePrefix: 'CCLLCT-KTT',
    kind: TrainingKind.POLITICAL_THEORY,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    organiser: 'Học viện Chính trị khu vực I',
    grantsPoliticalTheory: PoliticalTheoryLevel.ADVANCED,
    months: 20,
    weight: 4,
    firstYear: 2017,
    lastYear: 2025,
  },
  llctAdvancedFullTime: {
    title: 'Cao cấp lý luận chính trị hệ tập trung',
    codePrefix: 'CCLLCT-TT',
    kind: TrainingKind.POLITICAL_THEORY,
    mode: TrainingMode.FULL_TIME,
    location: TrainingLocation.DOMESTIC,
    organiser: 'Học viện Chính trị quốc gia Hồ Chí Minh',
    grantsPoliticalTheory: PoliticalTheoryLevel.ADVANCED,
    months: 8,
    weight: 1.5,
    firstYear: 2018,
    lastYear: 2026,
  },
  llctIntermediate: {
    title: 'Trung cấp lý luận chính trị – hành chính',
    codePrefix: 'TCLLCT',
    kind: TrainingKind.POLITICAL_THEORY,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    organiser: TCT,
    grantsPoliticalTheory: PoliticalTheoryLevel.INTERMEDIATE,
    months: 10,
    weight: 6,
    firstYear: 2017,
    lastYear: 2026,
  },
  llctElementary: {
    title: 'Sơ cấp lý luận chính trị',
    codePrefix: 'SCLLCT',
    kind: TrainingKind.POLITICAL_THEORY,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    organiser: TCT,
    grantsPoliticalTheory: PoliticalTheoryLevel.ELEMENTARY,
    months: 2,
    weight: 3,
    firstYear: 2019,
    lastYear: 2026,
  },
  qlnnSenior: {
    title: 'Bồi dưỡng quản lý nhà nước chương trình chuyên viên cao cấp',
    codePrefix: 'QLNN-CVCC',
    kind: TrainingKind.STATE_MANAGEMENT,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    organiser: HVHC,
    grantsStateManagement: StateManagementLevel.SENIOR_SPECIALIST,
    months: 3,
    weight: 0.8,
    firstYear: 2018,
    lastYear: 2025,
  },
  qlnnPrincipal: {
    title: 'Bồi dưỡng quản lý nhà nước chương trình chuyên viên chính',
    codePrefix: 'QLNN-CVC',
    kind: TrainingKind.STATE_MANAGEMENT,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    organiser: TCT,
    grantsStateManagement: StateManagementLevel.PRINCIPAL_SPECIALIST,
    months: 3,
    weight: 3,
    firstYear: 2018,
    lastYear: 2026,
  },
  qlnnSpecialist: {
    title: 'Bồi dưỡng quản lý nhà nước chương trình chuyên viên',
    codePrefix: 'QLNN-CV',
    kind: TrainingKind.STATE_MANAGEMENT,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    organiser: TCT,
    grantsStateManagement: StateManagementLevel.SPECIALIST,
    months: 2,
    weight: 3,
    firstYear: 2018,
    lastYear: 2026,
  },
  masterPublicAdmin: {
    title: 'Thạc sĩ Quản lý công',
    codePrefix: 'THS-QLC',
    kind: TrainingKind.DEGREE,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    organiser: HVHC,
    grantsProfessionalLevel: ProfessionalLevel.MASTER,
    months: 24,
    weight: 1.5,
    firstYear: 2016,
    lastYear: 2025,
  },
  masterEconomics: {
    title: 'Thạc sĩ Quản lý kinh tế (lớp đặt tại tỉnh Lào Cai)',
    codePrefix: 'THS-QLKT',
    kind: TrainingKind.DEGREE,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    organiser: 'Trường Đại học Kinh tế Quốc dân',
    grantsProfessionalLevel: ProfessionalLevel.MASTER,
    months: 24,
    weight: 1,
    firstYear: 2016,
    lastYear: 2025,
  },
  masterLaw: {
    title: 'Thạc sĩ Luật kinh tế',
    codePrefix: 'THS-LKT',
    kind: TrainingKind.DEGREE,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    organiser: 'Trường Đại học Luật Hà Nội',
    grantsProfessionalLevel: ProfessionalLevel.MASTER,
    months: 24,
    weight: 0.7,
    firstYear: 2016,
    lastYear: 2024,
  },
  masterJoint: {
    title: 'Thạc sĩ Chính sách công (chương trình liên kết)',
    codePrefix: 'THS-CSC-LK',
    kind: TrainingKind.DEGREE,
    mode: TrainingMode.FULL_TIME,
    location: TrainingLocation.JOINT,
    organiser: 'Trường Chính sách công và Quản lý Fulbright',
    countries: ['Hoa Kỳ'],
    grantsProfessionalLevel: ProfessionalLevel.MASTER,
    months: 18,
    weight: 0.3,
    firstYear: 2016,
    lastYear: 2024,
  },
  doctor: {
    title: 'Nghiên cứu sinh Tiến sĩ Quản lý công',
    codePrefix: 'TS-QLC',
    kind: TrainingKind.DEGREE,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    organiser: HVHC,
    grantsProfessionalLevel: ProfessionalLevel.DOCTOR,
    months: 42,
    weight: 0.4,
    firstYear: 2015,
    lastYear: 2022,
  },
  defence3: {
    title: 'Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 3',
    codePrefix: 'QPAN-3',
    kind: TrainingKind.DEFENCE_SECURITY,
    mode: TrainingMode.FULL_TIME,
    location: TrainingLocation.DOMESTIC,
    organiser: 'Trường Quân sự tỉnh Lào Cai',
    fosteringGroup: 3,
    months: 1,
    weight: 2.5,
    firstYear: 2019,
    lastYear: 2026,
  },
  defence4: {
    title: 'Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4',
    codePrefix: 'QPAN-4',
    kind: TrainingKind.DEFENCE_SECURITY,
    mode: TrainingMode.FULL_TIME,
    location: TrainingLocation.DOMESTIC,
    organiser: 'Bộ Chỉ huy Quân sự tỉnh Lào Cai',
    fosteringGroup: 4,
    months: 1,
    weight: 2,
    firstYear: 2019,
    lastYear: 2026,
  },
  abroad165: {
    title: 'Bồi dưỡng kỹ năng lãnh đạo, quản lý ở nước ngoài (Đề án 165)',
    codePrefix: 'DA165',
    kind: TrainingKind.FOSTERING,
    mode: TrainingMode.FULL_TIME,
    location: TrainingLocation.ABROAD,
    programme: 'Đề án 165',
    organiser: 'Học viện Chính trị quốc gia Hồ Chí Minh',
    countries: ['Singapore', 'Hàn Quốc', 'Nhật Bản', 'Cộng hòa Liên bang Đức', 'Australia'],
    months: 1,
    weight: 0.6,
    firstYear: 2018,
    lastYear: 2025,
  },
  english: {
    title: 'Tiếng Anh bậc 3 (B1) theo Khung năng lực ngoại ngữ 6 bậc dùng cho Việt Nam',
    codePrefix: 'TA-B1',
    kind: TrainingKind.FOREIGN_LANGUAGE,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    organiser: 'Trường Cao đẳng Lào Cai',
    months: 4,
    weight: 1.5,
    firstYear: 2019,
    lastYear: 2026,
  },
  itBasic: {
    title: 'Ứng dụng công nghệ thông tin cơ bản',
    codePrefix: 'CNTT-CB',
    kind: TrainingKind.INFORMATION_TECHNOLOGY,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    organiser: 'Trường Cao đẳng Lào Cai',
    months: 2,
    weight: 1.5,
    firstYear: 2019,
    lastYear: 2025,
  },
  digital: {
    title: 'Bồi dưỡng kỹ năng chuyển đổi số cho cán bộ, công chức, viên chức',
    codePrefix: 'CDS',
    kind: TrainingKind.INFORMATION_TECHNOLOGY,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    organiser: 'Sở Khoa học và Công nghệ tỉnh Lào Cai',
    months: 1,
    weight: 2,
    firstYear: 2022,
    lastYear: 2026,
  },
  leaders: {
    title: 'Bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý diện Ban Thường vụ Tỉnh ủy quản lý',
    codePrefix: 'BD-BTV',
    kind: TrainingKind.FOSTERING,
    mode: TrainingMode.FULL_TIME,
    location: TrainingLocation.DOMESTIC,
    organiser: TCT,
    months: 1,
    weight: 1.5,
    firstYear: 2019,
    lastYear: 2026,
  },
  division: {
    title: 'Bồi dưỡng lãnh đạo, quản lý cấp phòng',
    codePrefix: 'BD-LDCP',
    kind: TrainingKind.FOSTERING,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    organiser: TCT,
    months: 1,
    weight: 1.5,
    firstYear: 2019,
    lastYear: 2026,
  },
  partyWork: {
    title: 'Bồi dưỡng nghiệp vụ công tác tổ chức, xây dựng Đảng',
    codePrefix: 'BD-XDD',
    kind: TrainingKind.FOSTERING,
    mode: TrainingMode.FULL_TIME,
    location: TrainingLocation.DOMESTIC,
    organiser: 'Ban Tổ chức Tỉnh ủy Lào Cai',
    months: 1,
    weight: 1,
    firstYear: 2019,
    lastYear: 2025,
  },
  communeChairs: {
    title: 'Bồi dưỡng kỹ năng cho Chủ tịch, Phó Chủ tịch UBND cấp xã sau sắp xếp',
    codePrefix: 'BD-CTX',
    kind: TrainingKind.FOSTERING,
    mode: TrainingMode.FULL_TIME,
    location: TrainingLocation.DOMESTIC,
    organiser: TCT,
    months: 1,
    weight: 0.7,
    firstYear: 2025,
    lastYear: 2025,
    startMonths: [7, 10],
  },
  frontWork: {
    title: 'Bồi dưỡng nghiệp vụ công tác Mặt trận và các đoàn thể chính trị – xã hội',
    codePrefix: 'BD-MT',
    kind: TrainingKind.FOSTERING,
    mode: TrainingMode.FULL_TIME,
    location: TrainingLocation.DOMESTIC,
    organiser: 'Ủy ban MTTQ Việt Nam tỉnh Lào Cai',
    months: 1,
    weight: 0.7,
    firstYear: 2019,
    lastYear: 2025,
  },
  teachers: {
    title: 'Bồi dưỡng theo tiêu chuẩn chức danh nghề nghiệp giáo viên',
    codePrefix: 'BD-GV',
    kind: TrainingKind.FOSTERING,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    organiser: 'Trường Đại học Sư phạm Hà Nội',
    months: 2,
    weight: 2,
    firstYear: 2020,
    lastYear: 2026,
  },
  twoLevel: {
    title: 'Bồi dưỡng, tập huấn vận hành mô hình chính quyền địa phương hai cấp',
    codePrefix: 'BD-CQ2C',
    kind: TrainingKind.FOSTERING,
    mode: TrainingMode.FULL_TIME,
    location: TrainingLocation.DOMESTIC,
    organiser: 'Sở Nội vụ tỉnh Lào Cai',
    months: 1,
    weight: 1.5,
    firstYear: 2025,
    lastYear: 2025,
    startMonths: [6, 8],
  },
};

const TEMPLATE_KEYS = Object.keys(TEMPLATES) as TemplateKey[];

export interface Catalogue {
  trainings: TrainingSeed[];
  /** Training indexes of each template, by start date. */
  byTemplate: Map<TemplateKey, number[]>;
  /** Start and end of each training as day numbers, so matching 100,000 people to courses stays cheap. */
  startDays: number[];
  endDays: number[];
}

/** The course catalogue: `count` classes spread over the templates and their years. */
export function generateTrainings(rng: Random, count: number): Catalogue {
  const perTemplate = apportion(
    Math.max(count, TEMPLATE_KEYS.length),
    TEMPLATE_KEYS.map((k) => TEMPLATES[k].weight),
  ).map((n) => Math.max(1, n));
  const trainings: TrainingSeed[] = [];
  const byTemplate = new Map<TemplateKey, number[]>();
  TEMPLATE_KEYS.forEach((key, t) => {
    const template = TEMPLATES[key];
    const instances = perTemplate[t];
    const span = template.lastYear - template.firstYear + 1;
    const indexes: number[] = [];
    const perYear = new Map<number, number>();
    for (let i = 0; i < instances; i += 1) {
      // Spread the classes evenly over the years; the last one runs in the last year, so every
      // kind of course with several classes has one under way or open for registration.
      const year =
        instances > 1 && i === instances - 1
          ? template.lastYear
          : template.firstYear + Math.min(span - 1, Math.floor(((i + rng.next()) * span) / instances));
      const classNo = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, classNo);
      const [fromMonth, toMonth] = template.startMonths ?? [2, 10];
      const startDate = randomWorkday(rng, isoDate(year, fromMonth, 1), isoDate(year, toMonth, 28));
      const endDate = addMonths(startDate, template.months);
      const country = template.countries ? rng.pick(template.countries) : null;
      const years = template.months >= 12 ? `${year}–${year + Math.round(template.months / 12)}` : String(year);
      const name = `${template.title}, khóa ${years}, lớp ${String(classNo).padStart(2, '0')}${country ? ` (${country})` : ''}`;
      indexes.push(
        trainings.push({
          code: `${template.codePrefix}-${year}-${String(classNo).padStart(2, '0')}`,
          name,
          nameSearch: searchKey(name),
          nameSort: vietnameseSortKey(name),
          kind: template.kind,
          mode: template.mode,
          location: template.location,
          programme: template.programme ?? null,
          organiser: template.organiser,
          country,
          grantsProfessionalLevel: template.grantsProfessionalLevel ?? null,
          grantsPoliticalTheory: template.grantsPoliticalTheory ?? null,
          grantsStateManagement: template.grantsStateManagement ?? null,
          fosteringGroup: template.fosteringGroup ?? null,
          startDate,
          endDate,
        }) - 1,
      );
    }
    indexes.sort((a, b) => (trainings[a].startDate < trainings[b].startDate ? -1 : 1));
    byTemplate.set(key, indexes);
  });
  return { trainings, byTemplate, startDays: trainings.map((t) => dayOf(t.startDate)), endDays: trainings.map((t) => dayOf(t.endDate)) };
}

// ---------------------------------------------------------------------------------------------

/** done: finished before AS_OF; current: under way on AS_OF; upcoming: starts after AS_OF. */
type When = 'done' | 'current' | 'upcoming';

interface Wish {
  template: TemplateKey;
  when: When | 'inProgress';
  probability: number;
}

const RESULTS = new Weighted([
  [EnrollmentResult.EXCELLENT, 8],
  [EnrollmentResult.VERY_GOOD, 35],
  [EnrollmentResult.GOOD, 50],
  [EnrollmentResult.AVERAGE, 7],
]);

/** Enrollments for every cadre, consistent with what their record says they completed. */
export function generateEnrollments(
  rng: Random,
  geography: Geography,
  cadres: readonly CadreSeed[],
  catalogue: Catalogue,
): EnrollmentSeed[] {
  const out: EnrollmentSeed[] = [];
  const asOfDay = dayOf(AS_OF);
  cadres.forEach((cadre, cadreIndex) => {
    const taken = new Set<number>();
    // Nobody studies before starting work or before 24; a course is listed once per person.
    const earliest = Math.max(dayOf(cadre.startDate) - 365, dayOf(addYears(cadre.birthDate ?? `${cadre.birthYear}-07-01`, 24)));
    for (const wish of wishesOf(rng, cadre, geography)) {
      if (!rng.chance(wish.probability)) continue;
      const when: When = wish.when === 'inProgress' ? (rng.chance(0.6) ? 'current' : 'upcoming') : wish.when;
      if (when !== 'done' && cadre.status !== CadreStatus.WORKING) continue;
      const options = (catalogue.byTemplate.get(wish.template) ?? []).filter((i) => {
        if (taken.has(i)) return false;
        const start = catalogue.startDays[i];
        const end = catalogue.endDays[i];
        if (when === 'done') return end <= asOfDay && start >= earliest;
        if (when === 'current') return start <= asOfDay && end > asOfDay;
        return start > asOfDay;
      });
      if (options.length === 0) continue;
      const training = rng.pick(options);
      taken.add(training);
      out.push(enrollment(rng, cadreIndex, training, catalogue.trainings[training], when));
    }
  });
  return out;
}

function enrollment(rng: Random, cadre: number, training: number, course: TrainingSeed, when: When): EnrollmentSeed {
  if (when === 'upcoming')
    return { cadre, training, status: EnrollmentStatus.REGISTERED, result: null, certificate: null, completedAt: null };
  if (when === 'current') {
    // A few drop out mid-course (workload after the 2025 reorganisation, health).
    const status = rng.chance(0.03) ? EnrollmentStatus.WITHDRAWN : EnrollmentStatus.STUDYING;
    return { cadre, training, status, result: null, certificate: null, completedAt: null };
  }
  const grants = course.grantsPoliticalTheory ?? course.grantsStateManagement ?? course.grantsProfessionalLevel;
  // Only courses that grant nothing can have been failed: a granted level on the record means a pass.
  if (!grants && rng.chance(0.02)) {
    return { cadre, training, status: EnrollmentStatus.FAILED, result: EnrollmentResult.FAIL, certificate: null, completedAt: null };
  }
  const certificate = grants
    ? `${course.grantsProfessionalLevel ? 'Bằng số' : 'Chứng chỉ số'} ${String(rng.int(1, 999999)).padStart(6, '0')}`
    : rng.chance(0.7)
      ? `${rng.int(1, 4999)}/CC-${course.code.split('-')[0] ?? 'BD'}`
      : null;
  return { cadre, training, status: EnrollmentStatus.COMPLETED, result: RESULTS.pick(rng), certificate, completedAt: course.endDate };
}

/** Heads and deputies of phòng, schools and centres: the audience of the cấp phòng leadership course. */
const DIVISION_POSTS = new Set<PostKey>([
  'divisionHead',
  'divisionDeputy',
  'divisionOfficeHead',
  'divisionOfficeDeputy',
  'principal',
  'vicePrincipal',
  'centreDirector',
  'centreDeputy',
]);

/** The courses a person plausibly took or is taking, with how likely each is, given their record. */
function wishesOf(rng: Random, cadre: CadreSeed, geography: Geography): Wish[] {
  const unit = geography.units[cadre.unit];
  const wishes: Wish[] = [];
  const leader = cadre.role !== 'staff';
  const contract = cadre.category === CadreCategory.CONTRACT;
  const age = AS_OF_YEAR - cadre.birthYear;
  const promising = leader || (cadre.quality === 'star' && age >= 28 && age <= 50);

  switch (cadre.politicalTheory) {
    case PoliticalTheoryLevel.ADVANCED:
      wishes.push({
        template: rng.chance(0.25) ? 'llctAdvancedFullTime' : 'llctAdvancedInService',
        when: 'done',
        probability: 0.75,
      });
      break;
    case PoliticalTheoryLevel.INTERMEDIATE:
      wishes.push({ template: 'llctIntermediate', when: 'done', probability: 0.65 });
      if (promising && age <= 52) wishes.push({ template: 'llctAdvancedInService', when: 'inProgress', probability: 0.25 });
      break;
    case PoliticalTheoryLevel.ELEMENTARY:
      wishes.push({ template: 'llctElementary', when: 'done', probability: 0.45 });
      if (cadre.partyJoinedAt && age < 45) wishes.push({ template: 'llctIntermediate', when: 'inProgress', probability: 0.12 });
      break;
    case null:
      if (cadre.partyJoinedAt && !contract) wishes.push({ template: 'llctElementary', when: 'inProgress', probability: 0.1 });
      break;
    default:
      break;
  }

  switch (cadre.stateManagement) {
    case StateManagementLevel.SENIOR_SPECIALIST:
      wishes.push({ template: 'qlnnSenior', when: 'done', probability: 0.6 });
      break;
    case StateManagementLevel.PRINCIPAL_SPECIALIST:
      wishes.push({ template: 'qlnnPrincipal', when: 'done', probability: 0.6 });
      break;
    case StateManagementLevel.SPECIALIST:
      wishes.push({ template: 'qlnnSpecialist', when: 'done', probability: 0.45 });
      if (promising) wishes.push({ template: 'qlnnPrincipal', when: 'inProgress', probability: 0.12 });
      break;
    default:
      break;
  }

  if (cadre.professionalLevel === ProfessionalLevel.MASTER) {
    const major = cadre.major ?? '';
    const template: TemplateKey = major.includes('Luật')
      ? 'masterLaw'
      : major.includes('kinh tế') || major.includes('Kinh tế')
        ? 'masterEconomics'
        : rng.chance(0.06)
          ? 'masterJoint'
          : 'masterPublicAdmin';
    wishes.push({ template, when: 'done', probability: 0.35 });
  } else if (cadre.professionalLevel === ProfessionalLevel.DOCTOR) {
    wishes.push({ template: 'doctor', when: 'done', probability: 0.4 });
  } else if (cadre.professionalLevel === ProfessionalLevel.UNIVERSITY && age < 45 && !contract) {
    wishes.push({
      template: rng.chance(0.5) ? 'masterPublicAdmin' : 'masterEconomics',
      when: 'inProgress',
      probability: promising ? 0.12 : 0.03,
    });
  }

  if (leader) wishes.push({ template: 'defence3', when: 'done', probability: 0.55 });
  else if (!contract && cadre.category !== CadreCategory.PUBLIC_EMPLOYEE)
    wishes.push({ template: 'defence4', when: 'done', probability: 0.3 });
  if (promising && unit.scope === 'province')
    wishes.push({ template: 'abroad165', when: cadre.quality === 'star' ? 'done' : 'inProgress', probability: 0.06 });

  if (!contract) {
    if (age < 45)
      wishes.push({
        template: 'english',
        when: age < 35 && rng.chance(0.15) ? 'inProgress' : 'done',
        probability: 0.12,
      });
    wishes.push({ template: 'itBasic', when: 'done', probability: 0.12 });
    wishes.push({ template: 'digital', when: 'done', probability: 0.22 });
  }

  if (leader && unit.scope === 'province') wishes.push({ template: 'leaders', when: 'done', probability: 0.4 });
  if (cadre.post && DIVISION_POSTS.has(cadre.post)) wishes.push({ template: 'division', when: 'done', probability: 0.45 });
  if (unit.profile === 'party' && !contract) wishes.push({ template: 'partyWork', when: 'done', probability: 0.3 });
  if (cadre.post === 'communeCommitteeChair' || cadre.post === 'communeCommitteeDeputy')
    wishes.push({ template: 'communeChairs', when: 'done', probability: 0.7 });
  if (unit.profile === 'front' && !contract) wishes.push({ template: 'frontWork', when: 'done', probability: 0.3 });
  // Commune staff above all were briefed on the two-level model in mid-2025.
  if (!contract && cadre.status === CadreStatus.WORKING)
    wishes.push({ template: 'twoLevel', when: 'done', probability: unit.scope === 'commune' ? 0.4 : 0.15 });
  if (unit.profile === 'school' && cadre.category === CadreCategory.PUBLIC_EMPLOYEE)
    wishes.push({ template: 'teachers', when: 'done', probability: 0.35 });
  return wishes;
}
