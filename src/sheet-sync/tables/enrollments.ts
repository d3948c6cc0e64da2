import { Cadre } from '../../cadres/cadre.entity';
import { EnrollmentStatus, enrollmentResultCodeList, enrollmentStatusCodeList } from '../../common/code-lists';
import { CreateEnrollmentInput, UpdateEnrollmentInput } from '../../trainings/enrollment.inputs';
import { Enrollment } from '../../trainings/enrollment.entity';
import { createEnrollment, updateEnrollment } from '../../trainings/enrollment.service';
import { Training } from '../../trainings/training.entity';
import { codeListColumn, dateColumn, referenceColumn, textColumn } from '../codecs';
import { cadreColumn, defineSyncTable, refId } from './define-table';
import { REFERENCE_TARGETS } from './reference-targets';

/** Học viên: a cadre's place in a course. Completing it raises what the course grants. */
export const enrollmentTable = defineSyncTable({
  table: 'enrollment',
  sheetTitle: 'Học viên',
  entity: Enrollment,
  columns: (lookups) => [
    cadreColumn(lookups),
    referenceColumn('training', 'Khóa học', lookups.trainings, {
      target: REFERENCE_TARGETS.training,
      required: true,
      aliases: ['Mã khóa học', 'Tên khóa học'],
      hint: 'Mã khóa học, tên khóa học hoặc mã hoso của khóa học (trang «Khóa học»).',
    }),
    codeListColumn('status', 'Tình trạng', enrollmentStatusCodeList, {
      aliases: ['Trạng thái', 'Tình trạng học tập'],
      defaultValue: EnrollmentStatus.REGISTERED,
      hint: 'Đã đăng ký (mặc định khi để trống), đang học, đã hoàn thành, thôi học, không đạt.',
    }),
    codeListColumn('result', 'Kết quả', enrollmentResultCodeList, { aliases: ['Xếp loại', 'Kết quả học tập'] }),
    textColumn('certificate', 'Số văn bằng, chứng chỉ', {
      aliases: ['Số chứng chỉ', 'Số văn bằng', 'Văn bằng, chứng chỉ'],
      maxLength: 100,
    }),
    dateColumn('completedAt', 'Ngày hoàn thành', { aliases: ['Ngày tốt nghiệp', 'Ngày cấp bằng'] }),
  ],
  references: { cadre: Cadre, training: Training },
  // The enrollment service has no way to move an enrollment to another cadre or course.
  fixed: ['cadre', 'training'],
  toValues: (enrollment) => ({
    cadre: refId(enrollment.cadre),
    training: refId(enrollment.training),
    status: enrollment.status,
    result: enrollment.result ?? null,
    certificate: enrollment.certificate ?? null,
    completedAt: enrollment.completedAt ?? null,
  }),
  createInput: CreateEnrollmentInput,
  updateInput: UpdateEnrollmentInput,
  create: createEnrollment,
  update: updateEnrollment,
});
