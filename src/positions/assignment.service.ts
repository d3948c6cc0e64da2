import type { Em } from '../app/orm';
import { Cadre } from '../cadres/cadre.entity';
import {
  assignGiven,
  assignReference,
  cleanOptionalText,
  deleteUnlessReferenced,
  findByGlobalId,
  flushOrReject,
  referenceTo,
  rejectNulls,
} from '../common/db/crud';
import { FieldProblems } from '../common/errors/errors';
import { Unit } from '../units/unit.entity';
import { Assignment } from './assignment.entity';
import type { CreateAssignmentInput, UpdateAssignmentInput } from './assignment.inputs';
import { Position } from './position.entity';

const PLAIN_FIELDS = ['startDate', 'endDate', 'isConcurrent', 'decisionNumber'] as const;
const REQUIRED_FIELDS = ['unitId', 'positionId', 'startDate', 'isConcurrent'] as const;

type AssignmentInput = CreateAssignmentInput | UpdateAssignmentInput;

async function applyAssignmentInput(em: Em, assignment: Assignment, input: AssignmentInput, problems: FieldProblems): Promise<void> {
  rejectNulls(input, REQUIRED_FIELDS, problems);
  await assignReference(em, assignment, 'unit', Unit, input.unitId, 'input.unitId', problems);
  await assignReference(em, assignment, 'position', Position, input.positionId, 'input.positionId', problems);
  assignGiven(assignment, { ...input, decisionNumber: cleanOptionalText(input.decisionNumber) }, PLAIN_FIELDS);
}

/** Another main (not concurrent) post of the same cadre whose period overlaps this one's. */
function overlappingMainPost(em: Em, assignment: Assignment): Promise<Assignment | null> {
  return em.findOne(
    Assignment,
    {
      cadre: assignment.cadre.id,
      isConcurrent: false,
      id: { $ne: assignment.id ?? 0 },
      ...(assignment.endDate ? { startDate: { $lt: assignment.endDate } } : {}),
      // A post handed over on the day the next one starts does not overlap it.
      $or: [{ endDate: null }, { endDate: { $gt: assignment.startDate } }],
    },
    { populate: ['position'] },
  );
}

async function checkAssignment(em: Em, assignment: Assignment, problems: FieldProblems): Promise<void> {
  if (!assignment.startDate) return;
  if (assignment.endDate && assignment.endDate < assignment.startDate) problems.add('input.endDate', 'Ngày kết thúc trước ngày bắt đầu');
  if (assignment.cadre && !assignment.isConcurrent) {
    const other = await overlappingMainPost(em, assignment);
    if (other) {
      problems.add(
        'input.isConcurrent',
        `Cán bộ đang giữ chức vụ chính "${other.position.getEntity().name}" từ ${other.startDate} trong cùng thời gian; chức vụ giữ đồng thời phải là kiêm nhiệm`,
      );
    }
  }
}

export async function createAssignment(em: Em, input: CreateAssignmentInput): Promise<Assignment> {
  const problems = new FieldProblems();
  const assignment = new Assignment();
  const cadre = await referenceTo(em, Cadre, input.cadreId, 'input.cadreId', problems);
  if (cadre) assignment.cadre = cadre;
  await applyAssignmentInput(em, assignment, input, problems);
  await checkAssignment(em, assignment, problems);
  await flushOrReject(em, problems, assignment);
  return assignment;
}

export async function updateAssignment(em: Em, globalId: string, input: UpdateAssignmentInput): Promise<Assignment> {
  const assignment = await findByGlobalId(em, Assignment, globalId);
  const problems = new FieldProblems();
  await applyAssignmentInput(em, assignment, input, problems);
  await checkAssignment(em, assignment, problems);
  await flushOrReject(em, problems);
  return assignment;
}

export function deleteAssignment(em: Em, globalId: string): Promise<Assignment> {
  return deleteUnlessReferenced(em, Assignment, globalId);
}
