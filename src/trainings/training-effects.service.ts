import { ref } from '@mikro-orm/core';
import type { Em } from '../app/orm';
import { Cadre } from '../cadres/cadre.entity';
import { todayIso } from '../common/dates';
import type { Enrollment } from './enrollment.entity';
import { QualificationChange } from './qualification-change.entity';
import { Training } from './training.entity';
import { qualificationRaises } from './training-effects';

/**
 * A course just completed: raise the qualifications it grants on the cadre's record and keep
 * each change with its cause. Nothing is flushed here: the caller's flush writes the enrollment,
 * the record and the history in one transaction.
 */
export async function applyCompletion(em: Em, enrollment: Enrollment): Promise<QualificationChange[]> {
  const training = await em.findOneOrFail(Training, enrollment.training.id);
  const cadre = await em.findOneOrFail(Cadre, enrollment.cadre.id);
  const changedAt = enrollment.completedAt ?? todayIso();
  return qualificationRaises(cadre, training).map((raise) => {
    Object.assign(cadre, { [raise.cadreKey]: raise.to });
    const change = new QualificationChange();
    change.cadre = enrollment.cadre;
    change.field = raise.field;
    change.fromValue = raise.from;
    change.toValue = raise.to;
    change.changedAt = changedAt;
    change.enrollment = ref(enrollment);
    em.persist(change);
    return change;
  });
}
