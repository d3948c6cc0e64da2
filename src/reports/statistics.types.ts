import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { StatisticsDimension } from './dimensions';

registerEnumType(StatisticsDimension, {
  name: 'StatisticsDimension',
  description: 'What cadre statistics can be grouped by.',
  valuesConfig: {
    SEX: { description: 'Giới tính.' },
    AGE_BAND: {
      description: 'Độ tuổi theo các mẫu báo cáo: ≤30, 31–35, 36–40, 41–45, 46–50, 51–55, 56–60, >60 (values LE_30, 31_35, …, GT_60).',
    },
    AGE_THRESHOLD: {
      description:
        'Nhóm tuổi cắt tại `ageThresholds`: [35] gives "Dưới 35" (LT_35) and "Từ 35 trở lên" (GE_35); [30, 40] adds "Từ 30 đến dưới 40".',
    },
    ETHNICITY: { description: 'Dân tộc, each group.' },
    MINORITY: { description: 'Kinh or dân tộc thiểu số (values KINH, MINORITY).' },
    PROFESSIONAL_LEVEL: { description: 'Trình độ chuyên môn (NONE: not recorded).' },
    ACADEMIC_TITLE: { description: 'Học hàm (NONE: none).' },
    POLITICAL_THEORY: { description: 'Lý luận chính trị (NONE: none).' },
    STATE_MANAGEMENT: { description: 'Quản lý nhà nước (NONE: none).' },
    RANK: { description: 'Ngạch công chức (NONE: not a civil-servant rank).' },
    CATEGORY: { description: 'Cán bộ / công chức / viên chức / hợp đồng.' },
    PARTY_MEMBERSHIP: { description: 'Đảng viên on the as-of day (joined by then): MEMBER, NON_MEMBER.' },
    UNIT_BLOCK: { description: 'Khối of the unit the cadre works in.' },
    LOCALITY: {
      description:
        'For a locality scope, the locality directly under it that holds the unit the cadre works in (the scope itself for its own units, labelled "Cơ quan, đơn vị cấp …"); for a unit scope, the unit’s locality. Keys are Locality ids.',
    },
    LEADERSHIP_POST: {
      description:
        'Leadership post (Position with isLeadership) held on the as-of day, by an assignment started by then and not ended before it. A person with two posts counts once in each post’s group (so these groups may add up to more than the total); NONE: no leadership post. Keys are Position ids.',
    },
  },
});

@InputType({ description: 'Whom statistics and reports count: the cadres working in a locality or a unit.' })
export class StatisticsScope {
  @Field(() => ID, { description: 'Global id of a Locality or a Unit.' })
  id!: string;

  @Field({
    defaultValue: true,
    description: 'Locality: also the localities under it (true) or only units located in it. Unit: also the units under it.',
  })
  includeSubtree!: boolean;
}

@ObjectType({ description: 'The scope a figure was counted over.' })
export class StatisticsScopeInfo {
  @Field(() => ID)
  id!: string;

  @Field({ description: '"Locality" or "Unit".' })
  kind!: string;

  @Field()
  name!: string;

  @Field()
  includeSubtree!: boolean;
}

@ObjectType({ description: 'One key of a group: the dimension and its value.' })
export class StatisticsKey {
  @Field(() => StatisticsDimension)
  dimension!: StatisticsDimension;

  @Field({
    description:
      'The enum value ("FEMALE", "MASTER"), age-band key ("31_35", "LT_35"), global id (LOCALITY, LEADERSHIP_POST), or "NONE" when the cadre has no value.',
  })
  value!: string;

  @Field(() => String, { nullable: true, description: 'The stored code ("F", "08", a locality code), when there is one.' })
  code!: string | null;

  @Field({ description: 'Vietnamese label, e.g. "Nữ", "Từ 31 đến 35", "Thạc sĩ".' })
  label!: string;
}

@ObjectType({ description: 'Cadres sharing one combination of keys.' })
export class StatisticsGroup {
  @Field(() => [StatisticsKey], { description: 'One key per groupBy dimension, in the order asked.' })
  keys!: StatisticsKey[];

  @Field(() => Int)
  count!: number;

  @Field(() => Int, { description: 'The whole population (same as CadreStatistics.total).' })
  total!: number;

  @Field(() => Float, { description: 'count / total (0 when the total is 0).' })
  share!: number;

  @Field({ description: 'The share as offices print it: "9,3%".' })
  percentText!: string;

  @Field({ description: '"16/172 = 9,3%".' })
  shareText!: string;

  @Field(() => Float, { nullable: true, description: 'Average of whole-year ages on the as-of day, to two decimals.' })
  averageAge!: number | null;

  @Field(() => String, { nullable: true, description: 'Average age with one decimal and a decimal comma: "45,3".' })
  averageAgeText!: string | null;
}

@ObjectType({ description: 'Cadres of a scope counted by groups, in the database.' })
export class CadreStatistics {
  @Field(() => StatisticsScopeInfo)
  scope!: StatisticsScopeInfo;

  @Field(() => LocalDateResolver, { description: 'The day ages, posts and party membership were taken on.' })
  asOf!: string;

  @Field(() => [StatisticsDimension])
  dimensions!: StatisticsDimension[];

  @Field(() => Int, { description: 'Cadres in the population (each counted once).' })
  total!: number;

  @Field(() => Float, { nullable: true })
  averageAge!: number | null;

  @Field(() => String, { nullable: true })
  averageAgeText!: string | null;

  @Field(() => [StatisticsGroup], {
    description:
      'Groups in the keys’ display order (code-list order, youngest band first; NONE last). Without includeEmpty, only groups with someone in them.',
  })
  groups!: StatisticsGroup[];
}
