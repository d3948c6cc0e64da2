import { registerEnumType } from 'type-graphql';

/** What a target measures: the share of a population that has a property. */
export enum TargetMetric {
  WOMEN_SHARE = 'women_share',
  YOUTH_SHARE = 'youth_share',
  MINORITY_SHARE = 'minority_share',
  PARTY_MEMBER_SHARE = 'party_member_share',
  UNIVERSITY_SHARE = 'university_share',
  POSTGRADUATE_SHARE = 'postgraduate_share',
  LLCT_ADVANCED_SHARE = 'llct_advanced_share',
}

registerEnumType(TargetMetric, {
  name: 'TargetMetric',
  description: 'Chỉ tiêu: tỷ lệ trong nhóm được tính.',
  valuesConfig: {
    WOMEN_SHARE: { description: 'Tỷ lệ nữ' },
    YOUTH_SHARE: { description: 'Tỷ lệ cán bộ trẻ (dưới ageThreshold tuổi)' },
    MINORITY_SHARE: { description: 'Tỷ lệ người dân tộc thiểu số' },
    PARTY_MEMBER_SHARE: { description: 'Tỷ lệ đảng viên' },
    UNIVERSITY_SHARE: { description: 'Tỷ lệ trình độ chuyên môn đại học trở lên' },
    POSTGRADUATE_SHARE: { description: 'Tỷ lệ trình độ sau đại học (thạc sĩ, tiến sĩ)' },
    LLCT_ADVANCED_SHARE: { description: 'Tỷ lệ lý luận chính trị cao cấp, cử nhân' },
  },
});

/** Whom a target counts. */
export enum TargetPopulation {
  WORKING = 'working',
  PLANNED = 'planned',
  LEADERSHIP = 'leadership',
}

registerEnumType(TargetPopulation, {
  name: 'TargetPopulation',
  description: 'Nhóm được tính.',
  valuesConfig: {
    WORKING: { description: 'Cán bộ đang công tác trong phạm vi' },
    PLANNED: { description: 'Cán bộ trong quy hoạch của nhiệm kỳ (chức danh thuộc phạm vi)' },
    LEADERSHIP: { description: 'Cán bộ giữ chức vụ lãnh đạo, quản lý trong phạm vi' },
  },
});

export enum TargetComparator {
  AT_LEAST = 'at_least',
  AT_MOST = 'at_most',
  EQUAL = 'equal',
}

registerEnumType(TargetComparator, {
  name: 'TargetComparator',
  valuesConfig: {
    AT_LEAST: { description: '≥ (ít nhất, trên)' },
    AT_MOST: { description: '≤ (nhiều nhất, không quá)' },
    EQUAL: { description: '= (đúng bằng, e.g. 100%)' },
  },
});
