import { CreateCadreInput, UpdateCadreInput } from '../../cadres/cadre.inputs';
import { Cadre } from '../../cadres/cadre.entity';
import { createCadre, updateCadre } from '../../cadres/cadre.service';
import {
  academicTitleCodeList,
  CadreStatus,
  cadreCategoryCodeList,
  cadreStatusCodeList,
  civilServantRankCodeList,
  ethnicityCodeList,
  politicalTheoryLevelCodeList,
  professionalLevelCodeList,
  publicEmployeeGradeCodeList,
  Religion,
  religionCodeList,
  sexCodeList,
  stateManagementLevelCodeList,
} from '../../common/code-lists';
import { Unit } from '../../units/unit.entity';
import {
  birthDateColumn,
  codeListColumn,
  dateColumn,
  digitsColumn,
  idNumberColumn,
  integerColumn,
  referenceColumn,
  textColumn,
} from '../codecs';
import { defineSyncTable, refId } from './define-table';
import { REFERENCE_TARGETS } from './reference-targets';

/** The values CadreFields.generalEducation accepts. */
const GENERAL_EDUCATION = ['12/12', '11/12', '10/12', '10/10', '9/12'];

/** Hồ sơ cán bộ: the core of form 2C-BNV/2008, headers as offices write them. */
export const cadreTable = defineSyncTable({
  table: 'cadre',
  sheetTitle: 'Cán bộ',
  entity: Cadre,
  columns: (lookups) => [
    textColumn('fullName', 'Họ và tên', { required: true, aliases: ['Họ tên', 'Họ và tên khai sinh'], maxLength: 200 }),
    textColumn('otherName', 'Tên gọi khác', { aliases: ['Tên khác', 'Bí danh'], maxLength: 200 }),
    birthDateColumn('birthDate', 'Ngày sinh', { required: true, aliases: ['Ngày, tháng, năm sinh', 'Ngày tháng năm sinh', 'Năm sinh'] }),
    codeListColumn('sex', 'Giới tính', sexCodeList, { required: true }),
    codeListColumn('ethnicity', 'Dân tộc', ethnicityCodeList, { required: true }),
    codeListColumn('religion', 'Tôn giáo', religionCodeList, { defaultValue: Religion.NONE }),
    textColumn('placeOfBirth', 'Nơi sinh', { maxLength: 300 }),
    textColumn('homeTown', 'Quê quán', { maxLength: 300 }),
    idNumberColumn('idNumber', 'Số CCCD', {
      aliases: ['CCCD', 'Số căn cước', 'Số căn cước công dân', 'Số CMND/CCCD', 'Số định danh cá nhân'],
    }),
    digitsColumn('socialInsuranceNumber', 'Số sổ BHXH', { digits: 10, aliases: ['Số BHXH', 'Mã số BHXH', 'Sổ BHXH'] }),
    referenceColumn('unit', 'Đơn vị', lookups.units, {
      target: REFERENCE_TARGETS.unit,
      aliases: ['Cơ quan, đơn vị', 'Đơn vị công tác', 'Cơ quan công tác'],
      hint: 'Đơn vị công tác: mã đơn vị, tên đơn vị hoặc mã hoso.',
    }),
    codeListColumn('category', 'Đối tượng', cadreCategoryCodeList, { required: true, aliases: ['Loại cán bộ', 'Phân loại'] }),
    codeListColumn('rank', 'Ngạch', civilServantRankCodeList, { aliases: ['Ngạch công chức', 'Ngạch CC'] }),
    codeListColumn('grade', 'Hạng', publicEmployeeGradeCodeList, {
      aliases: ['Hạng viên chức', 'Hạng chức danh nghề nghiệp', 'Hạng CDNN'],
    }),
    integerColumn('payStep', 'Bậc lương', { min: 1, max: 20, aliases: ['Bậc'] }),
    textColumn('jobPosition', 'Vị trí việc làm', { aliases: ['VTVL'], maxLength: 300 }),
    dateColumn('startDate', 'Ngày vào cơ quan', { aliases: ['Ngày bắt đầu công tác', 'Ngày tuyển dụng', 'Ngày vào ngành'] }),
    textColumn('generalEducation', 'Trình độ phổ thông', {
      aliases: ['Giáo dục phổ thông', 'Trình độ GDPT', 'Văn hóa', 'Trình độ văn hóa'],
      choices: GENERAL_EDUCATION,
    }),
    codeListColumn('professionalLevel', 'Trình độ chuyên môn', professionalLevelCodeList, {
      aliases: ['Trình độ CM', 'TĐCM', 'Chuyên môn', 'Trình độ chuyên môn cao nhất'],
    }),
    textColumn('major', 'Chuyên ngành', { aliases: ['Chuyên ngành đào tạo', 'Ngành'], maxLength: 300 }),
    codeListColumn('academicTitle', 'Học hàm', academicTitleCodeList, { aliases: ['Học hàm, học vị'] }),
    codeListColumn('politicalTheory', 'Lý luận chính trị', politicalTheoryLevelCodeList, {
      aliases: ['LLCT', 'Trình độ LLCT', 'Trình độ lý luận chính trị', 'Lí luận chính trị'],
    }),
    codeListColumn('stateManagement', 'Quản lý nhà nước', stateManagementLevelCodeList, {
      aliases: ['QLNN', 'Trình độ QLNN', 'Trình độ quản lý nhà nước', 'Quản lí nhà nước'],
    }),
    textColumn('foreignLanguage', 'Ngoại ngữ', { aliases: ['Trình độ ngoại ngữ'], maxLength: 200 }),
    textColumn('itSkill', 'Tin học', { aliases: ['Trình độ tin học'], maxLength: 200 }),
    dateColumn('partyJoinedAt', 'Ngày vào Đảng', { aliases: ['Ngày kết nạp Đảng', 'Ngày vào ĐCSVN'] }),
    dateColumn('partyOfficialAt', 'Ngày chính thức', { aliases: ['Ngày vào Đảng chính thức', 'Ngày chính thức vào Đảng'] }),
    codeListColumn('status', 'Trạng thái', cadreStatusCodeList, { aliases: ['Tình trạng'], defaultValue: CadreStatus.WORKING }),
    textColumn('note', 'Ghi chú', { maxLength: 5000 }),
  ],
  references: { unit: Unit },
  toValues: (cadre) => ({
    fullName: cadre.fullName,
    otherName: cadre.otherName ?? null,
    // Only the year when that is all hoso knows, as the birth-date column reads and writes it.
    birthDate: cadre.birthDate ?? String(cadre.birthYear),
    sex: cadre.sex,
    ethnicity: cadre.ethnicity,
    religion: cadre.religion,
    placeOfBirth: cadre.placeOfBirth ?? null,
    homeTown: cadre.homeTown ?? null,
    idNumber: cadre.idNumber ?? null,
    socialInsuranceNumber: cadre.socialInsuranceNumber ?? null,
    unit: refId(cadre.unit),
    category: cadre.category,
    rank: cadre.rank ?? null,
    grade: cadre.grade ?? null,
    payStep: cadre.payStep ?? null,
    jobPosition: cadre.jobPosition ?? null,
    startDate: cadre.startDate ?? null,
    generalEducation: cadre.generalEducation ?? null,
    professionalLevel: cadre.professionalLevel ?? null,
    major: cadre.major ?? null,
    academicTitle: cadre.academicTitle ?? null,
    politicalTheory: cadre.politicalTheory ?? null,
    stateManagement: cadre.stateManagement ?? null,
    foreignLanguage: cadre.foreignLanguage ?? null,
    itSkill: cadre.itSkill ?? null,
    partyJoinedAt: cadre.partyJoinedAt ?? null,
    partyOfficialAt: cadre.partyOfficialAt ?? null,
    status: cadre.status,
    note: cadre.note ?? null,
  }),
  createInput: CreateCadreInput,
  updateInput: UpdateCadreInput,
  create: createCadre,
  update: updateCadre,
});
