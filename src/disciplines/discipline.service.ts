import type { Em } from '../app/orm';
import { Cadre } from '../cadres/cadre.entity';
import {
  assignGiven,
  cleanOptionalText,
  deleteUnlessReferenced,
  findByGlobalId,
  flushOrReject,
  referenceTo,
  rejectNulls,
} from '../common/db/crud';
import { todayIso } from '../common/dates';
import { FieldProblems } from '../common/errors/errors';
import { Discipline } from './discipline.entity';
import type { CreateDisciplineInput, UpdateDisciplineInput } from './discipline.inputs';

const PLAIN_FIELDS = ['decidedAt', 'form', 'decisionNumber', 'authority', 'reason'] as const;
const REQUIRED_FIELDS = ['decidedAt', 'form'] as const;

type DisciplineInput = CreateDisciplineInput | UpdateDisciplineInput;

function applyDisciplineInput(discipline: Discipline, input: DisciplineInput, problems: FieldProblems): void {
  rejectNulls(input, REQUIRED_FIELDS, problems);
  assignGiven(
    discipline,
    {
      ...input,
      decisionNumber: cleanOptionalText(input.decisionNumber),
      authority: cleanOptionalText(input.authority),
      reason: cleanOptionalText(input.reason),
    },
    PLAIN_FIELDS,
  );
}

function checkDiscipline(discipline: Discipline, problems: FieldProblems, today: string): void {
  if (discipline.decidedAt && discipline.decidedAt > today) problems.add('input.decidedAt', 'Ngày quyết định kỷ luật ở tương lai');
}

export async function createDiscipline(em: Em, input: CreateDisciplineInput): Promise<Discipline> {
  const problems = new FieldProblems();
  const discipline = new Discipline();
  const cadre = await referenceTo(em, Cadre, input.cadreId, 'input.cadreId', problems);
  if (cadre) discipline.cadre = cadre;
  applyDisciplineInput(discipline, input, problems);
  checkDiscipline(discipline, problems, todayIso());
  await flushOrReject(em, problems, discipline);
  return discipline;
}

export async function updateDiscipline(em: Em, globalId: string, input: UpdateDisciplineInput): Promise<Discipline> {
  const discipline = await findByGlobalId(em, Discipline, globalId);
  const problems = new FieldProblems();
  applyDisciplineInput(discipline, input, problems);
  checkDiscipline(discipline, problems, todayIso());
  await flushOrReject(em, problems);
  return discipline;
}

export function deleteDiscipline(em: Em, globalId: string): Promise<Discipline> {
  return deleteUnlessReferenced(em, Discipline, globalId);
}
