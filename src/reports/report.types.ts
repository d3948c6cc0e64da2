import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { CadreFilter } from '../cadres/cadre.inputs';
import { PositionLevel } from '../common/code-lists';
import { IsAgeDay, IsOptional } from '../common/validation';
import { ExportFormat } from './export';
import { ReportColumnKind, ReportForm, ReportRowGrouping } from './report-table';
import { StatisticsScope, StatisticsScopeInfo } from './statistics.types';

registerEnumType(ReportForm, {
  name: 'ReportForm',
  description: 'The standard breakdowns of the Ban Tổ chức report forms.',
  valuesConfig: {
    ALL_STAFF: {
      description: 'Mẫu 8B: all working cadres — category, women, minorities, party members, age bands and average age, rank, levels.',
    },
    LEADERS: {
      description:
        'Mẫu 9A–9C: the same columns for cadres holding a leadership post on asOf (positionLevels picks the level), rows by post.',
    },
    PLANNED: {
      description: 'Mẫu 12B: the same columns for cadres with an active planning entry in termId on asOf, rows by the post planned for.',
    },
    TRAINING: {
      description:
        'Mẫu 10: enrollments (lượt) in courses starting in the period, by kind, level granted, mode, in country / abroad / joint, programme, status.',
    },
    ROTATION: { description: 'Mẫu 11: rotations, transfers and secondments (lượt) starting in the period, by direction and kind.' },
  },
});

registerEnumType(ReportRowGrouping, {
  name: 'ReportRowGrouping',
  description: 'What a report’s rows are; each form accepts the groupings that make sense for it.',
  valuesConfig: {
    NONE: { description: 'Only the total row.' },
    UNIT_BLOCK: { description: 'Khối (every block, zeros included). Default for 8B, 10 and 11.' },
    LOCALITY: { description: 'Localities directly under the scope, as in StatisticsDimension.LOCALITY.' },
    POST: {
      description: 'Posts: held (8B, 9A–9C; default for 9A–9C) or planned for (12B; default). A person in two posts is in both rows.',
    },
    TRAINING_KIND: { description: 'Form 10 only: kind of course.' },
    GRANTED_LEVEL: { description: 'Form 10 only: the qualification the course grants (Cao cấp LLCT, Thạc sĩ, QLNN chuyên viên chính...).' },
    TRAINING_LOCATION: { description: 'Form 10 only: in country, abroad, joint.' },
    ROTATION_DIRECTION: { description: 'Form 11 only: direction of the rotation.' },
  },
});

registerEnumType(ReportColumnKind, {
  name: 'ReportColumnKind',
  valuesConfig: {
    TOTAL: { description: 'The row’s total (its share is of the whole report).' },
    COUNT: { description: 'People (or events) of the row meeting the column’s criterion (share of the row’s total).' },
    AVERAGE_AGE: { description: 'Average whole-year age on asOf (value and text; no count or share).' },
  },
});

registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  valuesConfig: {
    XLSX: { description: 'Excel workbook: Vietnamese headings (bold), counts as numbers, shares as percentages.' },
    CSV: { description: 'UTF-8 with a byte-order mark; counts as integers, shares as "9,3%".' },
  },
});

@InputType({ description: 'Which report, over whom, when.' })
export class ReportRequest {
  @Field(() => ReportForm)
  form!: ReportForm;

  @Field(() => StatisticsScope)
  scope!: StatisticsScope;

  @Field(() => CadreFilter, {
    nullable: true,
    description:
      'Cadre filters; for forms 10 and 11 they apply to the learners and rotated cadres. Staff forms count status WORKING unless filter.status names others; forms 10 and 11 count every status unless it does.',
  })
  filter?: CadreFilter | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Staff forms: the day counted (default: filter.asOf, else today). Event forms: ignored when `to` is given.',
  })
  @IsOptional()
  @IsAgeDay()
  asOf?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Forms 10 and 11: first day of the period (default: no lower bound).' })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Forms 10 and 11: last day of the period (default: asOf, else today).' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Form 12B (required): the planning term (PlanningTerm id).' })
  termId?: string | null;

  @Field(() => [PositionLevel], { nullable: true, description: 'Forms 9A–9C and 12B: only posts of these levels.' })
  positionLevels?: PositionLevel[] | null;

  @Field(() => ReportRowGrouping, { nullable: true, description: 'Default: UNIT_BLOCK (8B, 10, 11), POST (9A–9C, 12B).' })
  rowsBy?: ReportRowGrouping | null;

  @Field(() => [Int], { nullable: true, description: 'Staff forms: extra age columns cut at these ages, e.g. [35] for "Dưới 35".' })
  ageThresholds?: number[] | null;
}

@ObjectType({ description: 'A column of a report.' })
export class ReportColumn {
  @Field({
    description:
      'Stable key: "TOTAL", "AVERAGE_AGE", or dimension:value such as "SEX:FEMALE", "AGE_BAND:31_35", "GRANTED_LEVEL:PROFESSIONAL_MASTER".',
  })
  key!: string;

  @Field(() => String, { nullable: true, description: 'The heading over a group of columns, e.g. "Độ tuổi".' })
  group!: string | null;

  @Field({ description: 'Vietnamese heading, e.g. "Từ 31 đến 35".' })
  heading!: string;

  @Field(() => ReportColumnKind)
  kind!: ReportColumnKind;
}

@ObjectType({ description: 'A cell: a count with its share, or (AVERAGE_AGE) a value.' })
export class ReportCell {
  @Field({ description: 'The column key.' })
  column!: string;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: 'COUNT: count / row total; TOTAL: row total / report total.' })
  share!: number | null;

  @Field(() => String, { nullable: true, description: '"9,3%".' })
  percentText!: string | null;

  @Field(() => String, { nullable: true, description: '"16/172 = 9,3%".' })
  shareText!: string | null;

  @Field(() => Float, { nullable: true, description: 'The count, or the average age (null when nobody).' })
  value!: number | null;

  @Field({ description: 'As printed: "2.886", "45,3".' })
  text!: string;
}

@ObjectType({ description: 'A row of a report.' })
export class ReportRow {
  @Field({ description: 'The row key: enum value, global id, or "TOTAL" for the total row.' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => Int, { description: 'People (staff forms) or events (forms 10, 11) in the row.' })
  count!: number;

  @Field(() => [ReportCell], { description: 'One cell per column, in column order.' })
  cells!: ReportCell[];
}

@ObjectType({ description: 'A report form as a table.' })
export class ReportTable {
  @Field(() => ReportForm)
  form!: ReportForm;

  @Field({ description: 'The form’s number: "8B", "9A-9C", "12B", "10", "11".' })
  code!: string;

  @Field()
  title!: string;

  @Field({ description: 'The scope and the day or period.' })
  subtitle!: string;

  @Field(() => StatisticsScopeInfo)
  scope!: StatisticsScopeInfo;

  @Field(() => LocalDateResolver, { description: 'Staff forms: the day counted; event forms: the end of the period.' })
  asOf!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  from!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  to!: string | null;

  @Field({ description: '"người" (staff forms) or "lượt" (events).' })
  unit!: string;

  @Field(() => ReportRowGrouping)
  rowsBy!: ReportRowGrouping;

  @Field({ description: 'Heading of the label column ("Khối", "Chức vụ lãnh đạo"...); empty without rows.' })
  rowHeading!: string;

  @Field(() => [ReportColumn])
  columns!: ReportColumn[];

  @Field(() => [ReportRow], { description: 'Closed lists (blocks, kinds) show every key; localities and posts those that occur.' })
  rows!: ReportRow[];

  @Field(() => ReportRow, { description: '"Tổng cộng": the whole population, each person once.' })
  totalRow!: ReportRow;

  @Field(() => Int, {
    nullable: true,
    description: 'Forms 9A–9C and 12B: all working cadres of the scope (the "/ 2.886" of "CBLĐ, QL là 244 người / 2.886").',
  })
  staffTotal!: number | null;

  @Field({ description: 'The sentence offices write under the table, from its total row.' })
  summary!: string;
}

@ObjectType({ description: 'A file, base64-encoded.' })
export class ExportedFile {
  @Field()
  filename!: string;

  @Field()
  mimeType!: string;

  @Field(() => Int)
  byteLength!: number;

  @Field()
  base64!: string;
}
