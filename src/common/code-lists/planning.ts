import { defineCodeList } from './code-list';

/** Annual rating (đánh giá, xếp loại chất lượng), best first. */
export enum AnnualRating {
  EXCELLENT = 'excellent',
  GOOD = 'good',
  COMPLETED = 'completed',
  NOT_COMPLETED = 'not_completed',
}

export const annualRatingCodeList = defineCodeList({
  name: 'AnnualRating',
  title: 'Xếp loại đánh giá',
  enumObject: AnnualRating,
  entries: [
    {
      value: AnnualRating.EXCELLENT,
      label: 'Hoàn thành xuất sắc nhiệm vụ',
      variants: ['HTXSNV', 'Hoàn thành xuất sắc', 'HTXS'],
    },
    {
      value: AnnualRating.GOOD,
      label: 'Hoàn thành tốt nhiệm vụ',
      variants: ['HTTNV', 'Hoàn thành tốt', 'HTT'],
    },
    {
      value: AnnualRating.COMPLETED,
      label: 'Hoàn thành nhiệm vụ',
      // The pre-2020 tier "… nhưng còn hạn chế về năng lực" is the same third rank.
      variants: ['HTNV', 'Hoàn thành', 'HT', 'Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực'],
    },
    {
      value: AnnualRating.NOT_COMPLETED,
      label: 'Không hoàn thành nhiệm vụ',
      variants: ['KHTNV', 'Không hoàn thành', 'KHT'],
    },
  ],
  fillerWords: ['xếp loại', 'mức', 'đánh giá'],
});

export enum RotationKind {
  ROTATION = 'rotation',
  TRANSFER = 'transfer',
  SECONDMENT = 'secondment',
}

export const rotationKindCodeList = defineCodeList({
  name: 'RotationKind',
  title: 'Hình thức luân chuyển',
  enumObject: RotationKind,
  entries: [
    { value: RotationKind.ROTATION, label: 'Luân chuyển' },
    { value: RotationKind.TRANSFER, label: 'Điều động' },
    { value: RotationKind.SECONDMENT, label: 'Biệt phái' },
  ],
});

export enum RotationDirection {
  PROVINCE_TO_DISTRICT = 'province_to_district',
  DISTRICT_TO_PROVINCE = 'district_to_province',
  DISTRICT_TO_DISTRICT = 'district_to_district',
  SECTOR_TO_SECTOR = 'sector_to_sector',
  TO_COMMUNE = 'to_commune',
  FROM_COMMUNE = 'from_commune',
  BETWEEN_COMMUNES = 'between_communes',
}

export const rotationDirectionCodeList = defineCodeList({
  name: 'RotationDirection',
  title: 'Hướng luân chuyển',
  enumObject: RotationDirection,
  entries: [
    {
      value: RotationDirection.PROVINCE_TO_DISTRICT,
      label: 'Từ tỉnh về huyện/cơ sở',
      variants: ['Từ tỉnh về huyện', 'Từ tỉnh về cơ sở', 'Tỉnh về huyện', 'Tỉnh → huyện'],
    },
    {
      value: RotationDirection.DISTRICT_TO_PROVINCE,
      label: 'Từ huyện lên tỉnh',
      variants: ['Huyện lên tỉnh', 'Huyện → tỉnh'],
    },
    {
      value: RotationDirection.DISTRICT_TO_DISTRICT,
      label: 'Giữa các huyện',
      variants: ['Huyện → huyện', 'Từ huyện sang huyện', 'Huyện sang huyện'],
    },
    {
      value: RotationDirection.SECTOR_TO_SECTOR,
      label: 'Giữa các ngành',
      variants: ['Ngành → ngành', 'Từ ngành sang ngành', 'Ngành sang ngành'],
    },
    { value: RotationDirection.TO_COMMUNE, label: 'Về xã', variants: ['Luân chuyển về xã'] },
    { value: RotationDirection.FROM_COMMUNE, label: 'Từ xã', variants: ['Từ xã lên'] },
    {
      value: RotationDirection.BETWEEN_COMMUNES,
      label: 'Giữa các xã',
      variants: ['Xã → xã', 'Từ xã sang xã', 'Xã sang xã'],
    },
  ],
});

export enum PlanningRemovalReason {
  AGE = 'age',
  DISCIPLINE = 'discipline',
  RATING = 'rating',
  TRANSFER = 'transfer',
  HEALTH = 'health',
  OTHER = 'other',
}

export const planningRemovalReasonCodeList = defineCodeList({
  name: 'PlanningRemovalReason',
  title: 'Lý do đưa ra khỏi quy hoạch',
  enumObject: PlanningRemovalReason,
  entries: [
    { value: PlanningRemovalReason.AGE, label: 'Quá tuổi', variants: ['Hết tuổi', 'Không đủ tuổi', 'Tuổi'] },
    { value: PlanningRemovalReason.DISCIPLINE, label: 'Bị kỷ luật', variants: ['Kỷ luật', 'Bị kỉ luật', 'Kỉ luật'] },
    {
      value: PlanningRemovalReason.RATING,
      label: 'Không hoàn thành nhiệm vụ',
      variants: ['KHTNV', 'Xếp loại không hoàn thành nhiệm vụ'],
    },
    { value: PlanningRemovalReason.TRANSFER, label: 'Chuyển công tác', variants: ['Điều chuyển công tác'] },
    { value: PlanningRemovalReason.HEALTH, label: 'Sức khỏe', variants: ['Lý do sức khỏe', 'Không đủ sức khỏe'] },
    { value: PlanningRemovalReason.OTHER, label: 'Lý do khác', variants: ['Khác'] },
  ],
});
