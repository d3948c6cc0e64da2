import { defineCodeList } from './code-list';

export enum TrainingKind {
  DEGREE = 'degree',
  POLITICAL_THEORY = 'political_theory',
  STATE_MANAGEMENT = 'state_management',
  FOSTERING = 'fostering',
  FOREIGN_LANGUAGE = 'foreign_language',
  INFORMATION_TECHNOLOGY = 'it',
  DEFENCE_SECURITY = 'defence_security',
}

export const trainingKindCodeList = defineCodeList({
  name: 'TrainingKind',
  title: 'Loại đào tạo, bồi dưỡng',
  enumObject: TrainingKind,
  entries: [
    { value: TrainingKind.DEGREE, label: 'Đào tạo chuyên môn', variants: ['Chuyên môn', 'Chuyên môn nghiệp vụ'] },
    { value: TrainingKind.POLITICAL_THEORY, label: 'Lý luận chính trị', variants: ['LLCT', 'Lí luận chính trị', 'Chính trị'] },
    { value: TrainingKind.STATE_MANAGEMENT, label: 'Quản lý nhà nước', variants: ['QLNN', 'Quản lí nhà nước'] },
    { value: TrainingKind.FOSTERING, label: 'Bồi dưỡng', variants: ['Bồi dưỡng kiến thức', 'Cập nhật kiến thức'] },
    { value: TrainingKind.FOREIGN_LANGUAGE, label: 'Ngoại ngữ' },
    { value: TrainingKind.INFORMATION_TECHNOLOGY, label: 'Tin học', variants: ['CNTT', 'Công nghệ thông tin'] },
    {
      value: TrainingKind.DEFENCE_SECURITY,
      label: 'Quốc phòng – an ninh',
      variants: ['QP-AN', 'Kiến thức quốc phòng – an ninh'],
    },
  ],
  fillerWords: ['đào tạo', 'bồi dưỡng'],
});

export enum TrainingMode {
  FULL_TIME = 'full_time',
  IN_SERVICE = 'in_service',
}

export const trainingModeCodeList = defineCodeList({
  name: 'TrainingMode',
  title: 'Hình thức đào tạo',
  enumObject: TrainingMode,
  entries: [
    { value: TrainingMode.FULL_TIME, label: 'Tập trung', variants: ['Chính quy'] },
    {
      value: TrainingMode.IN_SERVICE,
      label: 'Tại chức',
      variants: ['Không tập trung', 'Vừa làm vừa học', 'VLVH'],
    },
  ],
  fillerWords: ['hệ', 'hình thức'],
});

export enum TrainingLocation {
  DOMESTIC = 'domestic',
  ABROAD = 'abroad',
  JOINT = 'joint',
}

export const trainingLocationCodeList = defineCodeList({
  name: 'TrainingLocation',
  title: 'Nơi đào tạo',
  enumObject: TrainingLocation,
  entries: [
    { value: TrainingLocation.DOMESTIC, label: 'Trong nước' },
    { value: TrainingLocation.ABROAD, label: 'Nước ngoài', variants: ['Ngoài nước'] },
    { value: TrainingLocation.JOINT, label: 'Liên kết', variants: ['Liên kết quốc tế', 'Liên kết nước ngoài'] },
  ],
  fillerWords: ['đào tạo', 'học'],
});

export enum EnrollmentStatus {
  REGISTERED = 'registered',
  STUDYING = 'studying',
  COMPLETED = 'completed',
  WITHDRAWN = 'withdrawn',
  FAILED = 'failed',
}

export const enrollmentStatusCodeList = defineCodeList({
  name: 'EnrollmentStatus',
  title: 'Tình trạng học tập',
  enumObject: EnrollmentStatus,
  entries: [
    { value: EnrollmentStatus.REGISTERED, label: 'Đã đăng ký', variants: ['Đã đăng kí', 'Được cử đi học'] },
    { value: EnrollmentStatus.STUDYING, label: 'Đang học', variants: ['Đang đào tạo'] },
    { value: EnrollmentStatus.COMPLETED, label: 'Đã hoàn thành', variants: ['Tốt nghiệp', 'Đã tốt nghiệp'] },
    { value: EnrollmentStatus.WITHDRAWN, label: 'Thôi học', variants: ['Bỏ học', 'Dừng học'] },
    { value: EnrollmentStatus.FAILED, label: 'Không đạt', variants: ['Không hoàn thành'] },
  ],
  fillerWords: ['đã', 'đang'],
});

export enum EnrollmentResult {
  EXCELLENT = 'excellent',
  VERY_GOOD = 'very_good',
  GOOD = 'good',
  AVERAGE = 'average',
  FAIL = 'fail',
}

export const enrollmentResultCodeList = defineCodeList({
  name: 'EnrollmentResult',
  title: 'Kết quả học tập',
  enumObject: EnrollmentResult,
  entries: [
    { value: EnrollmentResult.EXCELLENT, label: 'Xuất sắc' },
    { value: EnrollmentResult.VERY_GOOD, label: 'Giỏi' },
    { value: EnrollmentResult.GOOD, label: 'Khá' },
    { value: EnrollmentResult.AVERAGE, label: 'Trung bình', variants: ['TB'] },
    { value: EnrollmentResult.FAIL, label: 'Không đạt', variants: ['Yếu', 'Kém'] },
  ],
  fillerWords: ['xếp loại', 'loại', 'đạt'],
});
