import type { Em } from '../app/orm';
import { deleteUnlessReferenced, findByGlobalId, flushOrReject } from '../common/db/crud';
import { FieldProblems } from '../common/errors/errors';
import { normalizeText } from '../common/vietnamese';
import { PlanningTerm } from './planning-term.entity';
import type { CreatePlanningTermInput, UpdatePlanningTermInput } from './planning-term.inputs';

/** A planning term (nhiệm kỳ) runs five years, e.g. 2025–2030. */
export const TERM_YEARS = 5;

export function defaultTermName(startYear: number, endYear: number): string {
  return `${startYear}–${endYear}`;
}

function applyPlanningTermInput(
  term: PlanningTerm,
  input: CreatePlanningTermInput | UpdatePlanningTermInput,
  problems: FieldProblems,
): void {
  const nameWasDerived = term.name === undefined || term.name === defaultTermName(term.startYear, term.endYear);
  if (input.startYear === null) problems.add('input.startYear', 'Trường bắt buộc, không thể để trống');
  if (input.startYear != null) term.startYear = input.startYear;
  if (term.startYear === undefined) return;
  term.endYear = input.endYear ?? term.startYear + TERM_YEARS;
  if (term.endYear !== term.startYear + TERM_YEARS) {
    problems.add('input.endYear', `Nhiệm kỳ quy hoạch là ${TERM_YEARS} năm: năm kết thúc phải là ${term.startYear + TERM_YEARS}`);
  }
  if (input.name != null) term.name = normalizeText(input.name);
  else if (input.name === null || nameWasDerived) term.name = defaultTermName(term.startYear, term.endYear);
}

async function checkPlanningTerm(em: Em, term: PlanningTerm, problems: FieldProblems): Promise<void> {
  if (term.startYear === undefined) return;
  const clash = await em.findOne(PlanningTerm, { startYear: term.startYear, id: { $ne: term.id ?? 0 } });
  if (clash) problems.add('input.startYear', `Nhiệm kỳ ${clash.name} đã có`);
}

export async function createPlanningTerm(em: Em, input: CreatePlanningTermInput): Promise<PlanningTerm> {
  const term = new PlanningTerm();
  const problems = new FieldProblems();
  applyPlanningTermInput(term, input, problems);
  await checkPlanningTerm(em, term, problems);
  await flushOrReject(em, problems, term);
  return term;
}

export async function updatePlanningTerm(em: Em, globalId: string, input: UpdatePlanningTermInput): Promise<PlanningTerm> {
  const term = await findByGlobalId(em, PlanningTerm, globalId);
  const problems = new FieldProblems();
  applyPlanningTermInput(term, input, problems);
  await checkPlanningTerm(em, term, problems);
  await flushOrReject(em, problems);
  return term;
}

export function deletePlanningTerm(em: Em, globalId: string): Promise<PlanningTerm> {
  return deleteUnlessReferenced(em, PlanningTerm, globalId);
}
