import type { Em } from '../app/orm';
import { Cadre } from '../cadres/cadre.entity';
import { EnrollmentStatus } from '../common/code-lists';
import { assignGiven, deleteUnlessReferenced, findByGlobalId, flushOrReject, referenceTo, rejectNulls } from '../common/db/crud';
import { FieldProblems } from '../common/errors/errors';
import { Enrollment } from './enrollment.entity';
import type { CreateEnrollmentInput, UpdateEnrollmentInput } from './enrollment.inputs';
import { Training } from './training.entity';
import { applyCompletion } from './training-effects.service';

const FIELDS = ['status', 'result', 'certificate', 'completedAt'] as const;

function checkEnrollment(enrollment: Enrollment, problems: FieldProblems): void {
  if (enrollment.completedAt && enrollment.status !== EnrollmentStatus.COMPLETED) {
    problems.add('input.completedAt', 'Chỉ khóa học đã hoàn thành mới có ngày hoàn thành');
  }
  if (enrollment.certificate && enrollment.status !== EnrollmentStatus.COMPLETED) {
    problems.add('input.certificate', 'Chỉ khóa học đã hoàn thành mới có văn bằng, chứng chỉ');
  }
}

/** `options.id` creates the record under an id reserved earlier (the sheet sync writes ids to the sheet first). */
export async function createEnrollment(em: Em, input: CreateEnrollmentInput, options: { id?: number } = {}): Promise<Enrollment> {
  const problems = new FieldProblems();
  const enrollment = new Enrollment();
  const cadre = await referenceTo(em, Cadre, input.cadreId, 'input.cadreId', problems);
  const training = await referenceTo(em, Training, input.trainingId, 'input.trainingId', problems);
  if (cadre && training) {
    enrollment.cadre = cadre;
    enrollment.training = training;
    if (await em.findOne(Enrollment, { cadre: cadre.id, training: training.id })) {
      problems.add('input.trainingId', 'Cán bộ đã có trong khóa học này');
    }
  }
  assignGiven(enrollment, input, FIELDS);
  checkEnrollment(enrollment, problems);
  if (problems.isEmpty && enrollment.status === EnrollmentStatus.COMPLETED) await applyCompletion(em, enrollment);
  if (options.id !== undefined) enrollment.id = options.id;
  await flushOrReject(em, problems, enrollment);
  return enrollment;
}

export async function updateEnrollment(em: Em, globalId: string, input: UpdateEnrollmentInput): Promise<Enrollment> {
  const enrollment = await findByGlobalId(em, Enrollment, globalId);
  const problems = new FieldProblems();
  rejectNulls(input, ['status'] as const, problems);
  const wasCompleted = enrollment.status === EnrollmentStatus.COMPLETED;
  assignGiven(enrollment, input, FIELDS);
  checkEnrollment(enrollment, problems);
  // Only the step into COMPLETED raises anything. The step out of it lowers nothing: the record
  // may have been raised again or corrected since, so a lowering is a deliberate edit of the
  // cadre, and the history rows stay, still pointing at this enrollment.
  if (problems.isEmpty && !wasCompleted && enrollment.status === EnrollmentStatus.COMPLETED) await applyCompletion(em, enrollment);
  await flushOrReject(em, problems);
  return enrollment;
}

export function deleteEnrollment(em: Em, globalId: string): Promise<Enrollment> {
  return deleteUnlessReferenced(em, Enrollment, globalId);
}
