import {
  politicalTheoryLevelCodeList,
  professionalLevelCodeList,
  stateManagementLevelCodeList,
  TrainingLocation,
  trainingKindCodeList,
  trainingLocationCodeList,
  trainingModeCodeList,
} from '../../common/code-lists';
import { CreateTrainingInput, UpdateTrainingInput } from '../../trainings/training.inputs';
import { Training } from '../../trainings/training.entity';
import { createTraining, updateTraining } from '../../trainings/training.service';
import { codeListColumn, dateColumn, integerColumn, textColumn } from '../codecs';
import { defineSyncTable } from './define-table';

/** Khóa đào tạo, bồi dưỡng; what a course grants raises the qualification of those who complete it. */
export const trainingTable = defineSyncTable({
  table: 'training',
  sheetTitle: 'Khóa học',
  entity: Training,
  columns: () => [
    textColumn('code', 'Mã khóa học', {
      aliases: ['Mã khóa', 'Mã'],
      maxLength: 50,
      hint: 'Mã riêng của khóa học (không bắt buộc), không trùng nhau.',
    }),
    textColumn('name', 'Tên khóa học', { required: true, aliases: ['Khóa học', 'Tên khóa', 'Tên lớp'], maxLength: 300 }),
    codeListColumn('kind', 'Loại', trainingKindCodeList, {
      required: true,
      aliases: ['Loại đào tạo', 'Loại đào tạo, bồi dưỡng', 'Loại khóa học'],
    }),
    codeListColumn('mode', 'Hình thức', trainingModeCodeList, { required: true, aliases: ['Hình thức đào tạo', 'Hệ đào tạo'] }),
    codeListColumn('location', 'Nơi đào tạo', trainingLocationCodeList, {
      aliases: ['Trong nước, nước ngoài', 'Trong nước/nước ngoài'],
      // The GraphQL input's defaultValue.
      defaultValue: TrainingLocation.DOMESTIC,
      hint: 'Trong nước (mặc định khi để trống), nước ngoài hoặc liên kết.',
    }),
    textColumn('programme', 'Chương trình', { aliases: ['Đề án', 'Chương trình, đề án'], maxLength: 200 }),
    textColumn('organiser', 'Cơ sở đào tạo', { aliases: ['Đơn vị tổ chức', 'Nơi tổ chức', 'Trường'], maxLength: 300 }),
    textColumn('country', 'Nước', { aliases: ['Quốc gia', 'Nước đào tạo'], maxLength: 100 }),
    codeListColumn('grantsProfessionalLevel', 'Trình độ chuyên môn đạt được', professionalLevelCodeList, {
      aliases: ['Văn bằng', 'Trình độ CM đạt được'],
    }),
    codeListColumn('grantsPoliticalTheory', 'Trình độ LLCT đạt được', politicalTheoryLevelCodeList, {
      aliases: ['LLCT đạt được', 'Lý luận chính trị đạt được'],
    }),
    codeListColumn('grantsStateManagement', 'Trình độ QLNN đạt được', stateManagementLevelCodeList, {
      aliases: ['QLNN đạt được', 'Quản lý nhà nước đạt được'],
    }),
    integerColumn('fosteringGroup', 'Nhóm đối tượng QP-AN', { min: 1, max: 4, aliases: ['Nhóm QP-AN', 'Đối tượng QP-AN'] }),
    dateColumn('startDate', 'Ngày bắt đầu', { aliases: ['Ngày khai giảng', 'Từ ngày'] }),
    dateColumn('endDate', 'Ngày kết thúc', { aliases: ['Ngày bế giảng', 'Đến ngày'] }),
  ],
  toValues: (training) => ({
    code: training.code ?? null,
    name: training.name,
    kind: training.kind,
    mode: training.mode,
    location: training.location,
    programme: training.programme ?? null,
    organiser: training.organiser ?? null,
    country: training.country ?? null,
    grantsProfessionalLevel: training.grantsProfessionalLevel ?? null,
    grantsPoliticalTheory: training.grantsPoliticalTheory ?? null,
    grantsStateManagement: training.grantsStateManagement ?? null,
    fosteringGroup: training.fosteringGroup ?? null,
    startDate: training.startDate ?? null,
    endDate: training.endDate ?? null,
  }),
  createInput: CreateTrainingInput,
  updateInput: UpdateTrainingInput,
  create: createTraining,
  update: updateTraining,
});
