import type { Em } from '../app/orm';
import { assignGiven, deleteUnlessReferenced, findByGlobalId, flushOrReject, referenceTo, rejectNulls } from '../common/db/crud';
import { parsePartialDate, todayIso, yearOf } from '../common/dates';
import { FieldProblems } from '../common/errors/errors';
import { nameSortKey, normalizeText, searchKey } from '../common/vietnamese';
import { Unit } from '../units/unit.entity';
import { Cadre } from './cadre.entity';
import type { CreateCadreInput, UpdateCadreInput } from './cadre.inputs';

const PLAIN_FIELDS = [
  'sex',
  'ethnicity',
  'religion',
  'idNumber',
  'socialInsuranceNumber',
  'category',
  'rank',
  'grade',
  'payStep',
  'startDate',
  'generalEducation',
  'professionalLevel',
  'academicTitle',
  'politicalTheory',
  'stateManagement',
  'partyJoinedAt',
  'partyOfficialAt',
  'status',
] as const;

const TEXT_FIELDS = ['otherName', 'placeOfBirth', 'homeTown', 'jobPosition', 'major', 'foreignLanguage', 'itSkill', 'note'] as const;

type CadreInput = CreateCadreInput | UpdateCadreInput;

/** Sets the name and its derived search and sort keys together, so they never disagree. */
export function setCadreName(cadre: Cadre, fullName: string): void {
  cadre.fullName = normalizeText(fullName);
  cadre.nameSearch = searchKey(cadre.fullName);
  cadre.nameSort = nameSortKey(cadre.fullName);
}

/** The domain's checks on a cadre as it would be after the change. */
function checkCadre(cadre: Cadre, problems: FieldProblems, today: string): void {
  const thisYear = yearOf(today);
  if (cadre.birthYear < 1900 || cadre.birthYear > thisYear - 15) {
    problems.add('input.birthDate', `Năm sinh ${cadre.birthYear} không hợp lý (1900–${thisYear - 15})`);
  }
  if (cadre.partyJoinedAt && cadre.partyJoinedAt > today) problems.add('input.partyJoinedAt', 'Ngày vào Đảng ở tương lai');
  if (cadre.partyOfficialAt && !cadre.partyJoinedAt) {
    problems.add('input.partyOfficialAt', 'Có ngày chính thức nhưng chưa có ngày vào Đảng');
  }
  if (cadre.partyOfficialAt && cadre.partyJoinedAt && cadre.partyOfficialAt < cadre.partyJoinedAt) {
    problems.add('input.partyOfficialAt', 'Ngày chính thức trước ngày vào Đảng');
  }
  if (cadre.birthDate && cadre.startDate && cadre.startDate < cadre.birthDate) {
    problems.add('input.startDate', 'Ngày bắt đầu công tác trước ngày sinh');
  }
}

async function applyCadreInput(em: Em, cadre: Cadre, input: CadreInput, problems: FieldProblems): Promise<void> {
  rejectNulls(input, ['fullName', 'birthDate', 'sex', 'ethnicity', 'category', 'religion', 'status'] as const, problems);
  if (input.fullName != null) setCadreName(cadre, input.fullName);
  if (input.birthDate != null) {
    const parsed = parsePartialDate(input.birthDate);
    if (!parsed) problems.add('input.birthDate', `Ngày sinh không đọc được: "${input.birthDate}"`);
    else {
      cadre.birthDate = parsed.date;
      cadre.birthYear = parsed.year;
    }
  }
  assignGiven(cadre, input, PLAIN_FIELDS);
  for (const key of TEXT_FIELDS) {
    const value = input[key];
    if (value !== undefined) cadre[key] = value === null ? null : normalizeText(value) || null;
  }
  if (input.unitId !== undefined) {
    cadre.unit = input.unitId === null ? null : ((await referenceTo(em, Unit, input.unitId, 'input.unitId', problems)) ?? null);
  }
  for (const [field, label] of [
    ['idNumber', 'Số CCCD'],
    ['socialInsuranceNumber', 'Số sổ BHXH'],
  ] as const) {
    const value = input[field];
    if (!value) continue;
    const holder = await em.findOne(Cadre, { [field]: value, id: { $ne: cadre.id ?? 0 } });
    if (holder) problems.add(`input.${field}`, `${label} ${value} đã thuộc về ${holder.fullName}`);
  }
}

/** `options.id` creates the record under an id reserved earlier (the sheet sync writes ids to the sheet first). */
export async function createCadre(em: Em, input: CreateCadreInput, options: { id?: number } = {}): Promise<Cadre> {
  const problems = new FieldProblems();
  const cadre = new Cadre();
  await applyCadreInput(em, cadre, input, problems);
  if (problems.isEmpty) checkCadre(cadre, problems, todayIso());
  if (options.id !== undefined) cadre.id = options.id;
  await flushOrReject(em, problems, cadre);
  return cadre;
}

export async function updateCadre(em: Em, globalId: string, input: UpdateCadreInput): Promise<Cadre> {
  const cadre = await findByGlobalId(em, Cadre, globalId);
  const problems = new FieldProblems();
  await applyCadreInput(em, cadre, input, problems);
  if (problems.isEmpty) checkCadre(cadre, problems, todayIso());
  await flushOrReject(em, problems);
  return cadre;
}

export function deleteCadre(em: Em, globalId: string): Promise<Cadre> {
  return deleteUnlessReferenced(em, Cadre, globalId);
}
