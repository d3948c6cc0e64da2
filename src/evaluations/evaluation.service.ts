import type { Em } from '../app/orm';
import { Cadre } from '../cadres/cadre.entity';
import { annualRatingCodeList } from '../common/code-lists';
import {
  assignGiven,
  cleanOptionalText,
  deleteUnlessReferenced,
  findByGlobalId,
  flushOrReject,
  referenceTo,
  rejectNulls,
} from '../common/db/crud';
import { todayIso, yearOf } from '../common/dates';
import { FieldProblems } from '../common/errors/errors';
import { Evaluation } from './evaluation.entity';
import type { CreateEvaluationInput, UpdateEvaluationInput } from './evaluation.inputs';

const PLAIN_FIELDS = ['year', 'rating', 'note'] as const;
const REQUIRED_FIELDS = ['year', 'rating'] as const;

type EvaluationInput = CreateEvaluationInput | UpdateEvaluationInput;

function applyEvaluationInput(evaluation: Evaluation, input: EvaluationInput, problems: FieldProblems): void {
  rejectNulls(input, REQUIRED_FIELDS, problems);
  assignGiven(evaluation, { ...input, note: cleanOptionalText(input.note) }, PLAIN_FIELDS);
}

async function checkEvaluation(em: Em, evaluation: Evaluation, problems: FieldProblems, today: string): Promise<void> {
  if (evaluation.year == null) return;
  if (evaluation.year > yearOf(today))
    problems.add('input.year', `Chưa thể đánh giá năm ${evaluation.year}: năm đánh giá không được ở tương lai`);
  if (!evaluation.cadre) return;
  const twin = await em.findOne(Evaluation, { cadre: evaluation.cadre.id, year: evaluation.year, id: { $ne: evaluation.id ?? 0 } });
  if (twin) problems.add('input.year', `Cán bộ đã được đánh giá năm ${twin.year} (${annualRatingCodeList.label(twin.rating)})`);
}

export async function createEvaluation(em: Em, input: CreateEvaluationInput): Promise<Evaluation> {
  const problems = new FieldProblems();
  const evaluation = new Evaluation();
  const cadre = await referenceTo(em, Cadre, input.cadreId, 'input.cadreId', problems);
  if (cadre) evaluation.cadre = cadre;
  applyEvaluationInput(evaluation, input, problems);
  await checkEvaluation(em, evaluation, problems, todayIso());
  await flushOrReject(em, problems, evaluation);
  return evaluation;
}

export async function updateEvaluation(em: Em, globalId: string, input: UpdateEvaluationInput): Promise<Evaluation> {
  const evaluation = await findByGlobalId(em, Evaluation, globalId);
  const problems = new FieldProblems();
  applyEvaluationInput(evaluation, input, problems);
  await checkEvaluation(em, evaluation, problems, todayIso());
  await flushOrReject(em, problems);
  return evaluation;
}

export function deleteEvaluation(em: Em, globalId: string): Promise<Evaluation> {
  return deleteUnlessReferenced(em, Evaluation, globalId);
}
