import { defineCodeList } from './code-list';

/**
 * Hình thức kỷ luật, lightest first: the forms of Luật Cán bộ, công chức (khiển trách … bãi nhiệm,
 * buộc thôi việc) and the party's (khiển trách, cảnh cáo, cách chức, khai trừ). Every one of them is
 * "khiển trách or above", which Quy định 50 counts against planning.
 */
export enum DisciplineForm {
  REPRIMAND = 'reprimand',
  WARNING = 'warning',
  SALARY_DOWNGRADE = 'salary_downgrade',
  DEMOTION = 'demotion',
  DISMISSAL = 'dismissal',
  RECALL = 'recall',
  FORCED_RESIGNATION = 'forced_resignation',
  EXPULSION = 'expulsion',
}

export const disciplineFormCodeList = defineCodeList({
  name: 'DisciplineForm',
  title: 'Hình thức kỷ luật',
  enumObject: DisciplineForm,
  entries: [
    { value: DisciplineForm.REPRIMAND, label: 'Khiển trách' },
    { value: DisciplineForm.WARNING, label: 'Cảnh cáo' },
    { value: DisciplineForm.SALARY_DOWNGRADE, label: 'Hạ bậc lương' },
    { value: DisciplineForm.DEMOTION, label: 'Giáng chức' },
    { value: DisciplineForm.DISMISSAL, label: 'Cách chức' },
    { value: DisciplineForm.RECALL, label: 'Bãi nhiệm' },
    { value: DisciplineForm.FORCED_RESIGNATION, label: 'Buộc thôi việc' },
    { value: DisciplineForm.EXPULSION, label: 'Khai trừ', variants: ['Khai trừ khỏi Đảng', 'Khai trừ ra khỏi Đảng'] },
  ],
  fillerWords: ['kỷ luật', 'kỉ luật', 'hình thức'],
});

const DISCIPLINE_FORM_ORDER: readonly DisciplineForm[] = disciplineFormCodeList.entries.map((e) => e.value);

/** 0 for khiển trách, higher for heavier forms. */
export function disciplineFormRank(form: DisciplineForm): number {
  return DISCIPLINE_FORM_ORDER.indexOf(form);
}
