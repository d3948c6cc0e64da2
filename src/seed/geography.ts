/**
 * The demo office's world: the new Lào Cai province (code 15, from 1 July 2025: old Lào Cai
 * and Yên Bái merged, seat in Yên Bái, so it took Yên Bái's code), its communes and wards,
 * a sample of the pre-reform hierarchy (Huyện Bảo Thắng, code 086, and five of its old
 * communes, merged into the new xã Bảo Thắng and xã Tằng Loỏng), the units that employ
 * cadres, and the posts they hold.
 *
 * A new commune gets the code of the old unit whose seat it took (QĐ 124/2004/QĐ-TTg), so
 * each new commune here carries the pre-2025 GSO code of the old township or commune it is
 * named after, and an old commune can share a code with the new one that absorbed it:
 * codes are unique only among current localities. The old codes are checked against the
 * GSO list; which seat each new unit really took is plausible, not checked, and Phường Yên
 * Bái's 04249 (old Phường Yên Thịnh) is from memory.
 *
 * Everything here is plain data: indexes stand for the rows' future ids.
 */
import { Ethnicity, LocalityKind, LocalityLevel, PositionLevel, UnitBlock, UnitKind } from '../common/code-lists';
import { LAST_DAY_BEFORE_REFORM, REFORM_DAY } from './calendar';
import { Weighted } from './random';

export interface LocalitySeed {
  code: string;
  name: string;
  level: LocalityLevel;
  kind: LocalityKind;
  /** Index of the parent in the locality list. */
  parent: number | null;
  /** Index of the locality that absorbed this one. */
  mergedInto: number | null;
  validFrom: string | null;
  validTo: string | null;
}

/** Who a unit's people are: the share of ethnic minorities and which peoples. */
export interface EthnicMix {
  minorityShare: number;
  peoples: Weighted<Ethnicity>;
}

/** How a unit is staffed, which decides categories, ranks, jobs and qualifications. */
export type StaffProfile =
  | 'party' // party committees and their boards: elected cán bộ and party công chức
  | 'council' // HĐND
  | 'committee' // UBND: elected leaders
  | 'department' // sở, phòng, văn phòng: công chức
  | 'front' // MTTQ and mass organisations: cán bộ and công chức
  | 'school' // viên chức teachers
  | 'hospital' // viên chức doctors and nurses
  | 'academy' // Trường Chính trị: viên chức lecturers
  | 'service'; // service centres: công chức and viên chức

export type PostKey = keyof typeof POSTS;

export interface UnitSeed {
  code: string;
  name: string;
  block: UnitBlock;
  kind: UnitKind;
  locality: number;
  parent: number | null;
  /** Province-level or commune-level unit, for rotations and leader levels. */
  scope: 'province' | 'commune';
  profile: StaffProfile;
  /** Relative headcount. */
  weight: number;
  /** The post of the unit's head; null where another unit's head holds it concurrently. */
  headPost: PostKey;
  /** True when the head post is held concurrently by the party secretary (HĐND chairs since 2025). */
  headByPartySecretary: boolean;
  deputyPost: PostKey;
  /** Usual number of deputies; larger units get more at large scales. */
  deputies: number;
  /** Which units get a head first when a small demo has fewer leaders than units. */
  priority: number;
  femaleShare: number;
  ethnicMix: EthnicMix;
  /** Vị trí việc làm of the unit's ordinary staff. */
  staffJobs: readonly string[];
  majors: readonly string[];
}

export interface PositionSeed {
  name: string;
  level: PositionLevel;
  isLeadership: boolean;
  seniority: number;
}

/**
 * The posts. Names are what offices write ("Bí thư", "Phó Chủ tịch UBND"); the level tells a
 * commune secretary from the provincial one, and the assignment's unit completes the title.
 */
export const POSTS = {
  provSecretary: { name: 'Bí thư', level: PositionLevel.PROVINCE, isLeadership: true, seniority: 1 },
  provDeputySecretary: { name: 'Phó Bí thư', level: PositionLevel.PROVINCE, isLeadership: true, seniority: 2 },
  provCouncilChair: { name: 'Chủ tịch HĐND', level: PositionLevel.PROVINCE, isLeadership: true, seniority: 3 },
  provCommitteeChair: { name: 'Chủ tịch UBND', level: PositionLevel.PROVINCE, isLeadership: true, seniority: 4 },
  provFrontChair: { name: 'Chủ tịch UBMTTQ', level: PositionLevel.PROVINCE, isLeadership: true, seniority: 5 },
  provCouncilDeputy: { name: 'Phó Chủ tịch HĐND', level: PositionLevel.PROVINCE, isLeadership: true, seniority: 6 },
  provCommitteeDeputy: { name: 'Phó Chủ tịch UBND', level: PositionLevel.PROVINCE, isLeadership: true, seniority: 7 },
  provFrontDeputy: { name: 'Phó Chủ tịch UBMTTQ', level: PositionLevel.PROVINCE, isLeadership: true, seniority: 8 },

  boardHead: { name: 'Trưởng ban', level: PositionLevel.PROVINCIAL_DEPARTMENT, isLeadership: true, seniority: 1 },
  inspectionHead: { name: 'Chủ nhiệm Ủy ban Kiểm tra', level: PositionLevel.PROVINCIAL_DEPARTMENT, isLeadership: true, seniority: 1 },
  officeHead: { name: 'Chánh Văn phòng', level: PositionLevel.PROVINCIAL_DEPARTMENT, isLeadership: true, seniority: 2 },
  director: { name: 'Giám đốc Sở', level: PositionLevel.PROVINCIAL_DEPARTMENT, isLeadership: true, seniority: 2 },
  academyHead: { name: 'Hiệu trưởng', level: PositionLevel.PROVINCIAL_DEPARTMENT, isLeadership: true, seniority: 3 },
  youthSecretary: { name: 'Bí thư Tỉnh đoàn', level: PositionLevel.PROVINCIAL_DEPARTMENT, isLeadership: true, seniority: 3 },
  massChair: { name: 'Chủ tịch', level: PositionLevel.PROVINCIAL_DEPARTMENT, isLeadership: true, seniority: 3 },
  boardDeputy: { name: 'Phó Trưởng ban', level: PositionLevel.PROVINCIAL_DEPARTMENT, isLeadership: true, seniority: 4 },
  inspectionDeputy: { name: 'Phó Chủ nhiệm Ủy ban Kiểm tra', level: PositionLevel.PROVINCIAL_DEPARTMENT, isLeadership: true, seniority: 4 },
  officeDeputy: { name: 'Phó Chánh Văn phòng', level: PositionLevel.PROVINCIAL_DEPARTMENT, isLeadership: true, seniority: 5 },
  deputyDirector: { name: 'Phó Giám đốc Sở', level: PositionLevel.PROVINCIAL_DEPARTMENT, isLeadership: true, seniority: 5 },
  academyDeputy: { name: 'Phó Hiệu trưởng', level: PositionLevel.PROVINCIAL_DEPARTMENT, isLeadership: true, seniority: 6 },
  youthDeputy: { name: 'Phó Bí thư Tỉnh đoàn', level: PositionLevel.PROVINCIAL_DEPARTMENT, isLeadership: true, seniority: 6 },
  massDeputy: { name: 'Phó Chủ tịch', level: PositionLevel.PROVINCIAL_DEPARTMENT, isLeadership: true, seniority: 6 },

  communeSecretary: { name: 'Bí thư', level: PositionLevel.COMMUNE, isLeadership: true, seniority: 1 },
  communeDeputySecretary: { name: 'Phó Bí thư', level: PositionLevel.COMMUNE, isLeadership: true, seniority: 2 },
  communeCouncilChair: { name: 'Chủ tịch HĐND', level: PositionLevel.COMMUNE, isLeadership: true, seniority: 3 },
  communeCommitteeChair: { name: 'Chủ tịch UBND', level: PositionLevel.COMMUNE, isLeadership: true, seniority: 4 },
  communeFrontChair: { name: 'Chủ tịch UBMTTQ', level: PositionLevel.COMMUNE, isLeadership: true, seniority: 5 },
  communeCouncilDeputy: { name: 'Phó Chủ tịch HĐND', level: PositionLevel.COMMUNE, isLeadership: true, seniority: 6 },
  communeCommitteeDeputy: { name: 'Phó Chủ tịch UBND', level: PositionLevel.COMMUNE, isLeadership: true, seniority: 7 },
  communeFrontDeputy: { name: 'Phó Chủ tịch UBMTTQ', level: PositionLevel.COMMUNE, isLeadership: true, seniority: 8 },

  divisionHead: { name: 'Trưởng phòng', level: PositionLevel.DIVISION, isLeadership: true, seniority: 1 },
  divisionOfficeHead: { name: 'Chánh Văn phòng', level: PositionLevel.DIVISION, isLeadership: true, seniority: 1 },
  centreDirector: { name: 'Giám đốc', level: PositionLevel.DIVISION, isLeadership: true, seniority: 1 },
  principal: { name: 'Hiệu trưởng', level: PositionLevel.DIVISION, isLeadership: true, seniority: 1 },
  divisionDeputy: { name: 'Phó Trưởng phòng', level: PositionLevel.DIVISION, isLeadership: true, seniority: 2 },
  divisionOfficeDeputy: { name: 'Phó Chánh Văn phòng', level: PositionLevel.DIVISION, isLeadership: true, seniority: 2 },
  centreDeputy: { name: 'Phó Giám đốc', level: PositionLevel.DIVISION, isLeadership: true, seniority: 2 },
  vicePrincipal: { name: 'Phó Hiệu trưởng', level: PositionLevel.DIVISION, isLeadership: true, seniority: 2 },
  specialist: { name: 'Chuyên viên', level: PositionLevel.DIVISION, isLeadership: false, seniority: 9 },
} as const satisfies Record<string, PositionSeed>;

export const POST_KEYS = Object.keys(POSTS) as PostKey[];

// ---------------------------------------------------------------------------------------------
// Ethnic mixes. Cadre shares are lower than population shares (Lào Cai's population is about
// two-thirds minorities), because many Kinh cadres are posted to highland communes.

type MixName = 'province' | 'city' | 'lowland' | 'taiValley' | 'mongDao' | 'sapa' | 'borderNung' | 'haNhi' | 'mongHighland';

function mix(minorityShare: number, peoples: readonly (readonly [Ethnicity, number])[]): EthnicMix {
  return { minorityShare, peoples: new Weighted(peoples) };
}

const MIXES: Record<MixName, EthnicMix> = {
  province: mix(0.2, [
    [Ethnicity.TAY, 40],
    [Ethnicity.HMONG, 15],
    [Ethnicity.DAO, 15],
    [Ethnicity.NUNG, 10],
    [Ethnicity.GIAY, 8],
    [Ethnicity.THAI, 7],
    [Ethnicity.MUONG, 5],
  ]),
  city: mix(0.15, [
    [Ethnicity.TAY, 45],
    [Ethnicity.DAO, 15],
    [Ethnicity.NUNG, 12],
    [Ethnicity.GIAY, 10],
    [Ethnicity.THAI, 10],
    [Ethnicity.MUONG, 8],
  ]),
  lowland: mix(0.22, [
    [Ethnicity.TAY, 45],
    [Ethnicity.DAO, 20],
    [Ethnicity.HMONG, 12],
    [Ethnicity.GIAY, 10],
    [Ethnicity.NUNG, 13],
  ]),
  taiValley: mix(0.45, [
    [Ethnicity.TAY, 58],
    [Ethnicity.DAO, 24],
    [Ethnicity.HMONG, 10],
    [Ethnicity.KHO_MU, 4],
    [Ethnicity.THAI, 4],
  ]),
  mongDao: mix(0.42, [
    [Ethnicity.GIAY, 25],
    [Ethnicity.DAO, 25],
    [Ethnicity.HMONG, 25],
    [Ethnicity.HA_NHI, 10],
    [Ethnicity.TAY, 15],
  ]),
  sapa: mix(0.42, [
    [Ethnicity.HMONG, 50],
    [Ethnicity.DAO, 30],
    [Ethnicity.GIAY, 10],
    [Ethnicity.TAY, 10],
  ]),
  borderNung: mix(0.55, [
    [Ethnicity.HMONG, 40],
    [Ethnicity.NUNG, 35],
    [Ethnicity.TAY, 10],
    [Ethnicity.PHU_LA, 10],
    [Ethnicity.BO_Y, 5],
  ]),
  haNhi: mix(0.65, [
    [Ethnicity.HMONG, 55],
    [Ethnicity.HA_NHI, 35],
    [Ethnicity.DAO, 10],
  ]),
  mongHighland: mix(0.55, [
    [Ethnicity.HMONG, 62],
    [Ethnicity.NUNG, 18],
    [Ethnicity.TAY, 12],
    [Ethnicity.PHU_LA, 5],
    [Ethnicity.LA_CHI, 3],
  ]),
};

// ---------------------------------------------------------------------------------------------
// Communes and wards of the new province. The first twelve are the default demo; larger demos
// take more, in this order.

interface CommuneEntry {
  code: string;
  name: string;
  kind: LocalityKind.COMMUNE | LocalityKind.WARD;
  mix: MixName;
  /** Highland communes run semi-boarding schools for minority pupils (PTDTBT). */
  boarding: boolean;
}

const W = LocalityKind.WARD;
const X = LocalityKind.COMMUNE;

export const COMMUNE_POOL: readonly CommuneEntry[] = [
  { code: '04249', name: 'Yên Bái', kind: W, mix: 'city', boarding: false },
  { code: '02638', name: 'Lào Cai', kind: W, mix: 'city', boarding: false },
  { code: '02674', name: 'Cam Đường', kind: W, mix: 'lowland', boarding: false },
  { code: '03001', name: 'Sa Pa', kind: W, mix: 'sapa', boarding: false },
  { code: '02905', name: 'Bảo Thắng', kind: X, mix: 'lowland', boarding: false },
  { code: '02908', name: 'Tằng Loỏng', kind: X, mix: 'lowland', boarding: false },
  { code: '02683', name: 'Bát Xát', kind: X, mix: 'mongDao', boarding: false },
  { code: '02701', name: 'Y Tý', kind: X, mix: 'haNhi', boarding: true },
  { code: '02761', name: 'Mường Khương', kind: X, mix: 'borderNung', boarding: true },
  { code: '02839', name: 'Bắc Hà', kind: X, mix: 'mongHighland', boarding: true },
  { code: '02809', name: 'Si Ma Cai', kind: X, mix: 'mongHighland', boarding: true },
  { code: '03055', name: 'Văn Bàn', kind: X, mix: 'taiValley', boarding: false },
  { code: '02680', name: 'Hợp Thành', kind: X, mix: 'lowland', boarding: false },
  { code: '02926', name: 'Xuân Quang', kind: X, mix: 'lowland', boarding: false },
  { code: '02923', name: 'Gia Phú', kind: X, mix: 'lowland', boarding: false },
  { code: '02902', name: 'Phong Hải', kind: X, mix: 'lowland', boarding: false },
  { code: '02947', name: 'Bảo Yên', kind: X, mix: 'taiValley', boarding: false },
  { code: '02953', name: 'Nghĩa Đô', kind: X, mix: 'taiValley', boarding: true },
  { code: '02989', name: 'Bảo Hà', kind: X, mix: 'taiValley', boarding: false },
  { code: '02968', name: 'Thượng Hà', kind: X, mix: 'taiValley', boarding: true },
  { code: '03061', name: 'Võ Lao', kind: X, mix: 'taiValley', boarding: false },
  { code: '03106', name: 'Dương Quỳ', kind: X, mix: 'taiValley', boarding: true },
  { code: '03091', name: 'Chiềng Ken', kind: X, mix: 'taiValley', boarding: true },
  { code: '03112', name: 'Minh Lương', kind: X, mix: 'taiValley', boarding: true },
  { code: '03040', name: 'Tả Van', kind: X, mix: 'sapa', boarding: true },
  { code: '03046', name: 'Bản Hồ', kind: X, mix: 'sapa', boarding: true },
  { code: '03013', name: 'Tả Phìn', kind: X, mix: 'sapa', boarding: true },
  { code: '02728', name: 'Mường Hum', kind: X, mix: 'mongDao', boarding: true },
  { code: '02695', name: 'Trịnh Tường', kind: X, mix: 'mongDao', boarding: true },
  { code: '02686', name: 'A Mú Sung', kind: X, mix: 'haNhi', boarding: true },
  { code: '02707', name: 'Dền Sáng', kind: X, mix: 'haNhi', boarding: true },
  { code: '02725', name: 'Bản Xèo', kind: X, mix: 'mongDao', boarding: true },
  { code: '02746', name: 'Cốc San', kind: X, mix: 'mongDao', boarding: false },
  { code: '02752', name: 'Pha Long', kind: X, mix: 'borderNung', boarding: true },
  { code: '02782', name: 'Cao Sơn', kind: X, mix: 'borderNung', boarding: true },
  { code: '02788', name: 'Bản Lầu', kind: X, mix: 'borderNung', boarding: false },
  { code: '02824', name: 'Sín Chéng', kind: X, mix: 'mongHighland', boarding: true },
  { code: '02848', name: 'Lùng Phình', kind: X, mix: 'mongHighland', boarding: true },
  { code: '02869', name: 'Bản Liền', kind: X, mix: 'mongHighland', boarding: true },
  { code: '02890', name: 'Bảo Nhai', kind: X, mix: 'taiValley', boarding: false },
  { code: '02896', name: 'Cốc Lầu', kind: X, mix: 'mongHighland', boarding: true },
  { code: '02854', name: 'Tả Củ Tỷ', kind: X, mix: 'mongHighland', boarding: true },
];

export const DEFAULT_COMMUNE_COUNT = 12;

/** Old units of Huyện Bảo Thắng (GSO codes) and the new commune (by code) that absorbed each. */
const LEGACY_BAO_THANG: readonly { code: string; name: string; kind: LocalityKind; mergedInto: string; validFrom: string | null }[] = [
  // Xã Phố Lu was merged into the township in 2020 (Nghị quyết 896/NQ-UBTVQH14).
  { code: '02905', name: 'Thị trấn Phố Lu', kind: LocalityKind.TOWNSHIP, mergedInto: '02905', validFrom: '2020-02-01' },
  { code: '02938', name: 'Xã Sơn Hà', kind: LocalityKind.COMMUNE, mergedInto: '02905', validFrom: null },
  { code: '02929', name: 'Xã Sơn Hải', kind: LocalityKind.COMMUNE, mergedInto: '02905', validFrom: null },
  { code: '02908', name: 'Thị trấn Tằng Loỏng', kind: LocalityKind.TOWNSHIP, mergedInto: '02908', validFrom: null },
  { code: '02944', name: 'Xã Phú Nhuận', kind: LocalityKind.COMMUNE, mergedInto: '02908', validFrom: null },
];

// ---------------------------------------------------------------------------------------------
// Units.

interface UnitTemplate {
  key: string;
  name: string;
  parentKey?: string;
  block: UnitBlock;
  kind: UnitKind;
  profile: StaffProfile;
  weight: number;
  headPost: PostKey;
  headByPartySecretary?: boolean;
  deputyPost: PostKey;
  deputies: number;
  priority: number;
  femaleShare: number;
  staffJobs: readonly string[];
  majors: readonly string[];
}

const MAJORS_ADMIN = ['Luật', 'Hành chính học', 'Quản lý nhà nước', 'Kinh tế', 'Kế toán', 'Quản trị kinh doanh', 'Công nghệ thông tin'];
const MAJORS_PARTY = [
  'Xây dựng Đảng và chính quyền nhà nước',
  'Chính trị học',
  'Luật',
  'Triết học',
  'Lịch sử',
  'Báo chí',
  'Quản lý nhà nước',
];
const MAJORS_ECONOMY = [
  'Kinh tế',
  'Tài chính – Ngân hàng',
  'Kế toán',
  'Nông học',
  'Lâm nghiệp',
  'Quản lý đất đai',
  'Kỹ thuật xây dựng',
  'Quản lý tài nguyên và môi trường',
];
const MAJORS_SOCIAL = ['Văn hóa học', 'Công tác xã hội', 'Quản lý văn hóa', 'Sư phạm Ngữ văn', 'Y tế công cộng', 'Luật'];
const MAJORS_TEACHING = [
  'Sư phạm Tiểu học',
  'Giáo dục Mầm non',
  'Sư phạm Toán',
  'Sư phạm Ngữ văn',
  'Sư phạm Tiếng Anh',
  'Sư phạm Vật lý',
  'Sư phạm Lịch sử',
  'Giáo dục thể chất',
];
const MAJORS_HEALTH = ['Y đa khoa', 'Điều dưỡng', 'Dược', 'Y học cổ truyền', 'Y tế công cộng', 'Kỹ thuật xét nghiệm y học'];

const department = (
  key: string,
  name: string,
  weight: number,
  majors: readonly string[],
  staffJobs: readonly string[] = ['Chuyên viên'],
): UnitTemplate => ({
  key,
  name,
  parentKey: 'UBND',
  block: UnitBlock.GOVERNMENT,
  kind: UnitKind.DEPARTMENT,
  profile: 'department',
  weight,
  headPost: 'director',
  deputyPost: 'deputyDirector',
  deputies: 3,
  priority: 70,
  femaleShare: 0.36,
  staffJobs,
  majors,
});

const massOrganisation = (key: string, name: string, femaleShare: number, headPost: PostKey, deputyPost: PostKey): UnitTemplate => ({
  key,
  name,
  parentKey: 'MTTQ',
  block: UnitBlock.FRONT_AND_MASS,
  kind: UnitKind.MASS_ORGANISATION,
  profile: 'front',
  weight: 8,
  headPost,
  deputyPost,
  deputies: 2,
  priority: 60,
  femaleShare,
  staffJobs: ['Chuyên viên'],
  majors: MAJORS_SOCIAL,
});

const PROVINCIAL_UNITS: readonly UnitTemplate[] = [
  {
    key: 'TU',
    name: 'Tỉnh ủy Lào Cai',
    block: UnitBlock.PARTY,
    kind: UnitKind.PARTY_COMMITTEE,
    profile: 'party',
    weight: 6,
    headPost: 'provSecretary',
    deputyPost: 'provDeputySecretary',
    deputies: 2,
    priority: 100,
    femaleShare: 0.2,
    staffJobs: ['Chuyên viên'],
    majors: MAJORS_PARTY,
  },
  {
    key: 'TU-BTC',
    name: 'Ban Tổ chức Tỉnh ủy',
    parentKey: 'TU',
    block: UnitBlock.PARTY,
    kind: UnitKind.DEPARTMENT,
    profile: 'party',
    weight: 14,
    headPost: 'boardHead',
    deputyPost: 'boardDeputy',
    deputies: 3,
    priority: 85,
    femaleShare: 0.4,
    staffJobs: ['Chuyên viên tổ chức cán bộ', 'Chuyên viên tổ chức đảng, đảng viên'],
    majors: MAJORS_PARTY,
  },
  {
    key: 'TU-BTGDV',
    name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    parentKey: 'TU',
    block: UnitBlock.PARTY,
    kind: UnitKind.DEPARTMENT,
    profile: 'party',
    weight: 16,
    headPost: 'boardHead',
    deputyPost: 'boardDeputy',
    deputies: 3,
    priority: 80,
    femaleShare: 0.42,
    staffJobs: ['Chuyên viên tuyên giáo', 'Chuyên viên dân vận'],
    majors: MAJORS_PARTY,
  },
  {
    key: 'TU-UBKT',
    name: 'Ủy ban Kiểm tra Tỉnh ủy',
    parentKey: 'TU',
    block: UnitBlock.PARTY,
    kind: UnitKind.DEPARTMENT,
    profile: 'party',
    weight: 12,
    headPost: 'inspectionHead',
    deputyPost: 'inspectionDeputy',
    deputies: 3,
    priority: 80,
    femaleShare: 0.3,
    staffJobs: ['Chuyên viên kiểm tra đảng'],
    majors: MAJORS_PARTY,
  },
  {
    key: 'TU-VP',
    name: 'Văn phòng Tỉnh ủy',
    parentKey: 'TU',
    block: UnitBlock.PARTY,
    kind: UnitKind.DEPARTMENT,
    profile: 'party',
    weight: 18,
    headPost: 'officeHead',
    deputyPost: 'officeDeputy',
    deputies: 3,
    priority: 78,
    femaleShare: 0.45,
    staffJobs: ['Chuyên viên tổng hợp', 'Chuyên viên quản trị tài vụ', 'Văn thư – lưu trữ'],
    majors: MAJORS_ADMIN,
  },
  {
    key: 'TCT',
    name: 'Trường Chính trị tỉnh Lào Cai',
    parentKey: 'TU',
    block: UnitBlock.ADMINISTRATIVE_PUBLIC_SERVICE,
    kind: UnitKind.PUBLIC_SERVICE,
    profile: 'academy',
    weight: 20,
    headPost: 'academyHead',
    deputyPost: 'academyDeputy',
    deputies: 2,
    priority: 65,
    femaleShare: 0.5,
    staffJobs: ['Giảng viên', 'Giảng viên chính'],
    majors: MAJORS_PARTY,
  },
  {
    key: 'HDND',
    name: 'Hội đồng nhân dân tỉnh Lào Cai',
    block: UnitBlock.GOVERNMENT,
    kind: UnitKind.PEOPLES_COUNCIL,
    profile: 'council',
    weight: 4,
    headPost: 'provCouncilChair',
    headByPartySecretary: true,
    deputyPost: 'provCouncilDeputy',
    deputies: 2,
    priority: 92,
    femaleShare: 0.35,
    staffJobs: ['Chuyên viên'],
    majors: MAJORS_ADMIN,
  },
  {
    key: 'UBND',
    name: 'Ủy ban nhân dân tỉnh Lào Cai',
    block: UnitBlock.GOVERNMENT,
    kind: UnitKind.PEOPLES_COMMITTEE,
    profile: 'committee',
    weight: 6,
    headPost: 'provCommitteeChair',
    deputyPost: 'provCommitteeDeputy',
    deputies: 4,
    priority: 98,
    femaleShare: 0.2,
    staffJobs: ['Chuyên viên'],
    majors: MAJORS_ADMIN,
  },
  {
    key: 'UBND-VP',
    name: 'Văn phòng Ủy ban nhân dân tỉnh',
    parentKey: 'UBND',
    block: UnitBlock.GOVERNMENT,
    kind: UnitKind.DEPARTMENT,
    profile: 'department',
    weight: 20,
    headPost: 'officeHead',
    deputyPost: 'officeDeputy',
    deputies: 3,
    priority: 75,
    femaleShare: 0.42,
    staffJobs: ['Chuyên viên tổng hợp', 'Chuyên viên kiểm soát thủ tục hành chính', 'Văn thư – lưu trữ'],
    majors: MAJORS_ADMIN,
  },
  department('SNV', 'Sở Nội vụ', 22, MAJORS_ADMIN, ['Chuyên viên tổ chức bộ máy', 'Chuyên viên quản lý công chức, viên chức']),
  department('STC', 'Sở Tài chính', 30, MAJORS_ECONOMY, ['Chuyên viên quản lý ngân sách', 'Chuyên viên quản lý đầu tư']),
  department('SGDDT', 'Sở Giáo dục và Đào tạo', 26, MAJORS_TEACHING, ['Chuyên viên quản lý giáo dục']),
  department('SYT', 'Sở Y tế', 24, MAJORS_HEALTH, ['Chuyên viên quản lý y tế']),
  department('SNNMT', 'Sở Nông nghiệp và Môi trường', 34, MAJORS_ECONOMY, [
    'Chuyên viên quản lý nông nghiệp',
    'Chuyên viên quản lý tài nguyên',
  ]),
  department('SXD', 'Sở Xây dựng', 24, MAJORS_ECONOMY, ['Chuyên viên quản lý xây dựng', 'Chuyên viên quản lý giao thông']),
  department('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 20, MAJORS_SOCIAL, [
    'Chuyên viên quản lý văn hóa',
    'Chuyên viên quản lý du lịch',
  ]),
  department('STP', 'Sở Tư pháp', 14, ['Luật', 'Luật kinh tế', 'Hành chính học'], ['Chuyên viên pháp chế', 'Chuyên viên hộ tịch']),
  department('SCT', 'Sở Công Thương', 18, MAJORS_ECONOMY, ['Chuyên viên quản lý thương mại']),
  department(
    'SKHCN',
    'Sở Khoa học và Công nghệ',
    14,
    ['Công nghệ thông tin', 'Kỹ thuật điện tử', 'Kinh tế', 'Vật lý'],
    ['Chuyên viên quản lý khoa học'],
  ),
  department('SDTTG', 'Sở Dân tộc và Tôn giáo', 12, MAJORS_SOCIAL, ['Chuyên viên công tác dân tộc', 'Chuyên viên quản lý tôn giáo']),
  {
    key: 'BVDK',
    name: 'Bệnh viện Đa khoa tỉnh Lào Cai',
    parentKey: 'SYT',
    block: UnitBlock.ADMINISTRATIVE_PUBLIC_SERVICE,
    kind: UnitKind.PUBLIC_SERVICE,
    profile: 'hospital',
    weight: 46,
    headPost: 'centreDirector',
    deputyPost: 'centreDeputy',
    deputies: 3,
    priority: 55,
    femaleShare: 0.55,
    staffJobs: ['Bác sĩ', 'Điều dưỡng', 'Dược sĩ', 'Kỹ thuật viên xét nghiệm'],
    majors: MAJORS_HEALTH,
  },
  {
    key: 'THPTC',
    name: 'Trường THPT Chuyên Lào Cai',
    parentKey: 'SGDDT',
    block: UnitBlock.ADMINISTRATIVE_PUBLIC_SERVICE,
    kind: UnitKind.PUBLIC_SERVICE,
    profile: 'school',
    weight: 26,
    headPost: 'principal',
    deputyPost: 'vicePrincipal',
    deputies: 2,
    priority: 50,
    femaleShare: 0.55,
    staffJobs: ['Giáo viên trung học phổ thông'],
    majors: MAJORS_TEACHING,
  },
  {
    key: 'TTPVHCC',
    name: 'Trung tâm Phục vụ hành chính công tỉnh',
    parentKey: 'UBND-VP',
    block: UnitBlock.ADMINISTRATIVE_PUBLIC_SERVICE,
    kind: UnitKind.PUBLIC_SERVICE,
    profile: 'service',
    weight: 10,
    headPost: 'centreDirector',
    deputyPost: 'centreDeputy',
    deputies: 2,
    priority: 52,
    femaleShare: 0.5,
    staffJobs: ['Chuyên viên tiếp nhận và trả kết quả'],
    majors: MAJORS_ADMIN,
  },
  {
    key: 'MTTQ',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai',
    block: UnitBlock.FRONT_AND_MASS,
    kind: UnitKind.FATHERLAND_FRONT,
    profile: 'front',
    weight: 14,
    headPost: 'provFrontChair',
    deputyPost: 'provFrontDeputy',
    deputies: 4,
    priority: 90,
    femaleShare: 0.4,
    staffJobs: ['Chuyên viên công tác mặt trận'],
    majors: MAJORS_SOCIAL,
  },
  massOrganisation('TD', 'Tỉnh đoàn Lào Cai', 0.45, 'youthSecretary', 'youthDeputy'),
  massOrganisation('HLHPN', 'Hội Liên hiệp Phụ nữ tỉnh Lào Cai', 0.9, 'massChair', 'massDeputy'),
  massOrganisation('HND', 'Hội Nông dân tỉnh Lào Cai', 0.3, 'massChair', 'massDeputy'),
  massOrganisation('HCCB', 'Hội Cựu chiến binh tỉnh Lào Cai', 0.1, 'massChair', 'massDeputy'),
  massOrganisation('LDLD', 'Liên đoàn Lao động tỉnh Lào Cai', 0.4, 'massChair', 'massDeputy'),
];

/** Commune-level units; `{x}` becomes "xã Y Tý" or "phường Sa Pa". */
function communeUnits(entry: CommuneEntry): UnitTemplate[] {
  const C = UnitBlock.COMMUNE;
  const ward = entry.kind === LocalityKind.WARD;
  const economy = ward ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế';
  const school = (level: string) => (entry.boarding && level !== 'Mầm non' ? `Trường PTDTBT ${level}` : `Trường ${level}`);
  return [
    {
      key: 'DU',
      name: 'Đảng ủy {x}',
      block: C,
      kind: UnitKind.PARTY_COMMITTEE,
      profile: 'party',
      weight: 7,
      headPost: 'communeSecretary',
      deputyPost: 'communeDeputySecretary',
      deputies: 1,
      priority: 90,
      femaleShare: 0.3,
      staffJobs: ['Chuyên viên Ban Xây dựng Đảng', 'Chuyên viên Văn phòng Đảng ủy', 'Chuyên viên Ủy ban Kiểm tra Đảng ủy'],
      majors: MAJORS_PARTY,
    },
    {
      key: 'HDND',
      name: 'Hội đồng nhân dân {x}',
      block: C,
      kind: UnitKind.PEOPLES_COUNCIL,
      profile: 'council',
      weight: 2,
      headPost: 'communeCouncilChair',
      headByPartySecretary: true,
      deputyPost: 'communeCouncilDeputy',
      deputies: 1,
      priority: 84,
      femaleShare: 0.35,
      staffJobs: ['Chuyên viên'],
      majors: MAJORS_ADMIN,
    },
    {
      key: 'UBND',
      name: 'Ủy ban nhân dân {x}',
      block: C,
      kind: UnitKind.PEOPLES_COMMITTEE,
      profile: 'committee',
      weight: 4,
      headPost: 'communeCommitteeChair',
      deputyPost: 'communeCommitteeDeputy',
      deputies: 2,
      priority: 88,
      femaleShare: 0.25,
      staffJobs: ['Chuyên viên'],
      majors: MAJORS_ADMIN,
    },
    {
      key: 'UBND-VP',
      name: 'Văn phòng HĐND và UBND {x}',
      parentKey: 'UBND',
      block: C,
      kind: UnitKind.DEPARTMENT,
      profile: 'department',
      weight: 8,
      headPost: 'divisionOfficeHead',
      deputyPost: 'divisionOfficeDeputy',
      deputies: 2,
      priority: 72,
      femaleShare: 0.36,
      staffJobs: ['Chuyên viên tổng hợp', 'Chuyên viên tư pháp – hộ tịch', 'Văn thư – lưu trữ'],
      majors: MAJORS_ADMIN,
    },
    {
      key: 'UBND-KT',
      name: `${economy} {x}`,
      parentKey: 'UBND',
      block: C,
      kind: UnitKind.DEPARTMENT,
      profile: 'department',
      weight: 7,
      headPost: 'divisionHead',
      deputyPost: 'divisionDeputy',
      deputies: 2,
      priority: 70,
      femaleShare: 0.35,
      staffJobs: ['Chuyên viên quản lý đất đai', 'Chuyên viên tài chính – kế hoạch', 'Chuyên viên nông nghiệp'],
      majors: MAJORS_ECONOMY,
    },
    {
      key: 'UBND-VHXH',
      name: 'Phòng Văn hóa – Xã hội {x}',
      parentKey: 'UBND',
      block: C,
      kind: UnitKind.DEPARTMENT,
      profile: 'department',
      weight: 7,
      headPost: 'divisionHead',
      deputyPost: 'divisionDeputy',
      deputies: 2,
      priority: 70,
      femaleShare: 0.4,
      staffJobs: ['Chuyên viên văn hóa – thông tin', 'Chuyên viên lao động – xã hội', 'Chuyên viên giáo dục'],
      majors: MAJORS_SOCIAL,
    },
    {
      key: 'TTHCC',
      name: 'Trung tâm Phục vụ hành chính công {x}',
      parentKey: 'UBND',
      block: C,
      kind: UnitKind.DEPARTMENT,
      profile: 'service',
      weight: 5,
      headPost: 'centreDirector',
      deputyPost: 'centreDeputy',
      deputies: 1,
      priority: 62,
      femaleShare: 0.45,
      staffJobs: ['Chuyên viên tiếp nhận và trả kết quả'],
      majors: MAJORS_ADMIN,
    },
    {
      key: 'MTTQ',
      name: 'Ủy ban Mặt trận Tổ quốc Việt Nam {x}',
      block: C,
      kind: UnitKind.FATHERLAND_FRONT,
      profile: 'front',
      weight: 7,
      headPost: 'communeFrontChair',
      deputyPost: 'communeFrontDeputy',
      deputies: 3,
      priority: 82,
      femaleShare: 0.36,
      staffJobs: ['Chuyên viên công tác mặt trận'],
      majors: MAJORS_SOCIAL,
    },
    {
      key: 'MN',
      name: `${school('Mầm non')} {x}`,
      parentKey: 'UBND',
      block: UnitBlock.ADMINISTRATIVE_PUBLIC_SERVICE,
      kind: UnitKind.PUBLIC_SERVICE,
      profile: 'school',
      weight: 7,
      headPost: 'principal',
      deputyPost: 'vicePrincipal',
      deputies: 2,
      priority: 40,
      femaleShare: 0.94,
      staffJobs: ['Giáo viên mầm non'],
      majors: ['Giáo dục Mầm non'],
    },
    {
      key: 'TH',
      name: `${school('Tiểu học')} {x}`,
      parentKey: 'UBND',
      block: UnitBlock.ADMINISTRATIVE_PUBLIC_SERVICE,
      kind: UnitKind.PUBLIC_SERVICE,
      profile: 'school',
      weight: 12,
      headPost: 'principal',
      deputyPost: 'vicePrincipal',
      deputies: 2,
      priority: 40,
      femaleShare: 0.56,
      staffJobs: ['Giáo viên tiểu học'],
      majors: ['Sư phạm Tiểu học', 'Sư phạm Tiếng Anh', 'Giáo dục thể chất'],
    },
    {
      key: 'THCS',
      name: `${school('THCS')} {x}`,
      parentKey: 'UBND',
      block: UnitBlock.ADMINISTRATIVE_PUBLIC_SERVICE,
      kind: UnitKind.PUBLIC_SERVICE,
      profile: 'school',
      weight: 11,
      headPost: 'principal',
      deputyPost: 'vicePrincipal',
      deputies: 2,
      priority: 40,
      femaleShare: 0.45,
      staffJobs: ['Giáo viên trung học cơ sở'],
      majors: MAJORS_TEACHING,
    },
  ];
}

// ---------------------------------------------------------------------------------------------

export interface Geography {
  localities: LocalitySeed[];
  units: UnitSeed[];
  /** Locality index of the new province. */
  province: number;
  /** Locality indexes of the new communes and wards, in pool order. */
  communes: number[];
}

/** The localities and units for a demo with `communeCount` communes (clamped to the pool). */
export function buildGeography(communeCount: number): Geography {
  const count = Math.max(1, Math.min(communeCount, COMMUNE_POOL.length));
  const localities: LocalitySeed[] = [];
  const province =
    localities.push({
      code: '15',
      name: 'Tỉnh Lào Cai',
      level: LocalityLevel.PROVINCE,
      kind: LocalityKind.PROVINCE,
      parent: null,
      mergedInto: null,
      validFrom: REFORM_DAY,
      validTo: null,
    }) - 1;

  const entries = COMMUNE_POOL.slice(0, count);
  const communes = entries.map(
    (entry) =>
      localities.push({
        code: entry.code,
        name: `${entry.kind === LocalityKind.WARD ? 'Phường' : 'Xã'} ${entry.name}`,
        level: LocalityLevel.COMMUNE,
        kind: entry.kind,
        parent: province,
        mergedInto: null,
        validFrom: REFORM_DAY,
        validTo: null,
      }) - 1,
  );

  // The pre-reform sample: old Lào Cai (10) and Yên Bái (15), both merged into the new province.
  const oldLaoCai =
    localities.push({
      code: '10',
      name: 'Tỉnh Lào Cai',
      level: LocalityLevel.PROVINCE,
      kind: LocalityKind.PROVINCE,
      parent: null,
      mergedInto: province,
      validFrom: null,
      validTo: LAST_DAY_BEFORE_REFORM,
    }) - 1;
  localities.push({
    code: '15',
    name: 'Tỉnh Yên Bái',
    level: LocalityLevel.PROVINCE,
    kind: LocalityKind.PROVINCE,
    parent: null,
    mergedInto: province,
    validFrom: null,
    validTo: LAST_DAY_BEFORE_REFORM,
  });
  // Districts were abolished rather than merged, so the district has no `mergedInto`.
  const district =
    localities.push({
      code: '086',
      name: 'Huyện Bảo Thắng',
      level: LocalityLevel.DISTRICT,
      kind: LocalityKind.RURAL_DISTRICT,
      parent: oldLaoCai,
      mergedInto: null,
      validFrom: null,
      validTo: LAST_DAY_BEFORE_REFORM,
    }) - 1;
  const communeByCode = new Map(entries.map((entry, i) => [entry.code, communes[i]]));
  for (const old of LEGACY_BAO_THANG) {
    localities.push({
      code: old.code,
      name: old.name,
      level: LocalityLevel.COMMUNE,
      kind: old.kind,
      parent: district,
      mergedInto: communeByCode.get(old.mergedInto) ?? province,
      validFrom: old.validFrom,
      validTo: LAST_DAY_BEFORE_REFORM,
    });
  }

  const units: UnitSeed[] = [];
  addUnits(units, PROVINCIAL_UNITS, province, '15', 'province', MIXES.province, (name) => name);
  entries.forEach((entry, i) => {
    const label = `${entry.kind === LocalityKind.WARD ? 'phường' : 'xã'} ${entry.name}`;
    addUnits(units, communeUnits(entry), communes[i], entry.code, 'commune', MIXES[entry.mix], (name) => name.replace('{x}', label));
  });
  return { localities, units, province, communes };
}

function addUnits(
  units: UnitSeed[],
  templates: readonly UnitTemplate[],
  locality: number,
  codePrefix: string,
  scope: UnitSeed['scope'],
  ethnicMix: EthnicMix,
  nameOf: (template: string) => string,
): void {
  const indexByKey = new Map<string, number>();
  for (const t of templates) {
    const parent = t.parentKey === undefined ? null : indexByKey.get(t.parentKey);
    if (parent === undefined) throw new Error(`seed: unit ${t.key} listed before its parent ${t.parentKey ?? ''}`);
    indexByKey.set(
      t.key,
      units.push({
        code: `${codePrefix}.${t.key}`,
        name: nameOf(t.name),
        block: t.block,
        kind: t.kind,
        locality,
        parent,
        scope,
        profile: t.profile,
        weight: t.weight,
        headPost: t.headPost,
        headByPartySecretary: t.headByPartySecretary ?? false,
        deputyPost: t.deputyPost,
        deputies: t.deputies,
        priority: t.priority,
        femaleShare: t.femaleShare,
        ethnicMix,
        staffJobs: t.staffJobs,
        majors: t.majors,
      }) - 1,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Places for quê quán and nơi sinh. `idPrefix` is the 3-digit province code a CCCD number
// starts with (the pre-2025 codes, which CCCD numbers keep).

export interface Place {
  text: string;
  idPrefix: string;
}

const place = (text: string, idPrefix: string): Place => ({ text, idPrefix });

/** Places in the province, in the old three-level wording most records still carry. */
export const LOCAL_PLACES: readonly Place[] = [
  place('Xã Xuân Quang, huyện Bảo Thắng, tỉnh Lào Cai', '010'),
  place('Thị trấn Phố Lu, huyện Bảo Thắng, tỉnh Lào Cai', '010'),
  place('Xã Sơn Hà, huyện Bảo Thắng, tỉnh Lào Cai', '010'),
  place('Phường Cốc Lếu, thành phố Lào Cai, tỉnh Lào Cai', '010'),
  place('Phường Kim Tân, thành phố Lào Cai, tỉnh Lào Cai', '010'),
  place('Xã Quang Kim, huyện Bát Xát, tỉnh Lào Cai', '010'),
  place('Xã Y Tý, huyện Bát Xát, tỉnh Lào Cai', '010'),
  place('Xã Bản Lầu, huyện Mường Khương, tỉnh Lào Cai', '010'),
  place('Xã Lùng Phình, huyện Bắc Hà, tỉnh Lào Cai', '010'),
  place('Xã Sín Chéng, huyện Si Ma Cai, tỉnh Lào Cai', '010'),
  place('Xã Nghĩa Đô, huyện Bảo Yên, tỉnh Lào Cai', '010'),
  place('Xã Võ Lao, huyện Văn Bàn, tỉnh Lào Cai', '010'),
  place('Xã Tả Van, thị xã Sa Pa, tỉnh Lào Cai', '010'),
  place('Phường Yên Thịnh, thành phố Yên Bái, tỉnh Yên Bái', '015'),
  place('Xã Tuy Lộc, thành phố Yên Bái, tỉnh Yên Bái', '015'),
  place('Phường Pú Trạng, thị xã Nghĩa Lộ, tỉnh Yên Bái', '015'),
  place('Xã Mậu A, huyện Văn Yên, tỉnh Yên Bái', '015'),
  place('Xã Cảm Nhân, huyện Yên Bình, tỉnh Yên Bái', '015'),
  place('Xã Khánh Hòa, huyện Lục Yên, tỉnh Yên Bái', '015'),
  place('Xã Chế Tạo, huyện Mù Cang Chải, tỉnh Yên Bái', '015'),
];

/** The lowland provinces many Kinh families in Lào Cai came from. */
export const LOWLAND_PLACES: readonly Place[] = [
  place('Xã Hải Hậu, tỉnh Ninh Bình', '036'),
  place('Xã Giao Thủy, tỉnh Ninh Bình', '036'),
  place('Xã Nghĩa Hưng, tỉnh Ninh Bình', '036'),
  place('Xã Vũ Thư, tỉnh Hưng Yên', '034'),
  place('Xã Kiến Xương, tỉnh Hưng Yên', '034'),
  place('Xã Quỳnh Phụ, tỉnh Hưng Yên', '034'),
  place('Xã Lâm Thao, tỉnh Phú Thọ', '025'),
  place('Xã Thanh Ba, tỉnh Phú Thọ', '025'),
  place('Xã Hạ Hòa, tỉnh Phú Thọ', '025'),
  place('Xã Ứng Hòa, thành phố Hà Nội', '001'),
  place('Xã Thanh Hà, thành phố Hải Phòng', '030'),
  place('Xã Hoằng Hóa, tỉnh Thanh Hóa', '038'),
  place('Xã Yên Thành, tỉnh Nghệ An', '040'),
  place('Xã Kim Bảng, tỉnh Ninh Bình', '035'),
];
