import type { Em } from '../app/orm';
import { TrainingLocation } from '../common/code-lists';
import { assignGiven, deleteUnlessReferenced, findByGlobalId, flushOrReject, rejectNulls } from '../common/db/crud';
import { FieldProblems } from '../common/errors/errors';
import { normalizeText, searchKey, vietnameseSortKey } from '../common/vietnamese';
import type { CreateTrainingInput, UpdateTrainingInput } from './training.inputs';
import { Training } from './training.entity';

const PLAIN_FIELDS = [
  'code',
  'kind',
  'mode',
  'location',
  'programme',
  'organiser',
  'country',
  'grantsProfessionalLevel',
  'grantsPoliticalTheory',
  'grantsStateManagement',
  'fosteringGroup',
  'startDate',
  'endDate',
] as const;

function applyTrainingInput(training: Training, input: CreateTrainingInput | UpdateTrainingInput): void {
  if (input.name !== undefined) {
    training.name = normalizeText(input.name);
    training.nameSearch = searchKey(training.name);
    training.nameSort = vietnameseSortKey(training.name);
  }
  assignGiven(training, input, PLAIN_FIELDS);
}

async function checkTraining(em: Em, training: Training, problems: FieldProblems): Promise<void> {
  if (training.startDate && training.endDate && training.endDate < training.startDate)
    problems.add('input.endDate', 'Ngày kết thúc trước ngày bắt đầu');
  if (training.location !== TrainingLocation.DOMESTIC && !training.country)
    problems.add('input.country', 'Khóa học ở nước ngoài hoặc liên kết cần ghi nước');
  if (training.code) {
    const clash = await em.findOne(Training, { code: training.code, id: { $ne: training.id ?? 0 } });
    if (clash) problems.add('input.code', `Mã ${training.code} đã dùng cho ${clash.name}`);
  }
}

/** `options.id` creates the record under an id reserved earlier (the sheet sync writes ids to the sheet first). */
export async function createTraining(em: Em, input: CreateTrainingInput, options: { id?: number } = {}): Promise<Training> {
  const training = new Training();
  applyTrainingInput(training, input);
  const problems = new FieldProblems();
  await checkTraining(em, training, problems);
  if (options.id !== undefined) training.id = options.id;
  await flushOrReject(em, problems, training);
  return training;
}

export async function updateTraining(em: Em, globalId: string, input: UpdateTrainingInput): Promise<Training> {
  const training = await findByGlobalId(em, Training, globalId);
  const problems = new FieldProblems();
  rejectNulls(input, ['name', 'kind', 'mode', 'location'] as const, problems);
  problems.throwIfAny();
  applyTrainingInput(training, input);
  await checkTraining(em, training, problems);
  await flushOrReject(em, problems);
  return training;
}

export function deleteTraining(em: Em, globalId: string): Promise<Training> {
  return deleteUnlessReferenced(em, Training, globalId);
}
