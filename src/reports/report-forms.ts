import type { Em } from '../app/orm';
import {
  academicTitleCodeList,
  type CodeList,
  politicalTheoryLevelCodeList,
  ProfessionalLevel,
  professionalLevelCodeList,
  Sex,
  stateManagementLevelCodeList,
} from '../common/code-lists';
import { BadUserInputError, NotFoundError } from '../common/errors/errors';
import { databaseIdOf } from '../common/graphql/ids';
import { PlanningTerm } from '../planning/planning-term.entity';
import { normaliseThresholds } from './age-bands';
import { type ColumnCondition, countByKeys, crossTab, type CrossTabRow } from './aggregate';
import {
  dimension,
  type DimensionDef,
  type DimensionId,
  EventDimension,
  type GroupKey,
  keysFor,
  type KnownKey,
  NONE_VALUE,
  rawId,
  type RawKey,
  StatisticsDimension,
} from './dimensions';
import { averageOf, formatAverage, formatCount, formatPercent, formatShare, shareOf } from '../common/number-format';
import { dialectOf, type PopulationSpec, resolveScope, runSql, type SqlContext } from './population';
import { asOfFor } from './statistics.service';
import {
  AVERAGE_AGE_COLUMN,
  columnKey,
  FORM_CODES,
  ReportColumnKind,
  type ReportCellValue,
  type ReportColumnValue,
  ReportForm,
  type ReportRequest,
  type ReportRowValue,
  ReportRowGrouping,
  type ReportTableValue,
  TOTAL_COLUMN,
} from './report-table';
import { summarise } from './summary';

interface ColumnSpec extends ReportColumnValue {
  condition?: ColumnCondition;
}

const ROW_DIMENSIONS: Record<ReportForm, Partial<Record<ReportRowGrouping, DimensionId | null>>> = {
  [ReportForm.ALL_STAFF]: {
    NONE: null,
    UNIT_BLOCK: StatisticsDimension.UNIT_BLOCK,
    LOCALITY: StatisticsDimension.LOCALITY,
    POST: StatisticsDimension.LEADERSHIP_POST,
  },
  [ReportForm.LEADERS]: {
    NONE: null,
    UNIT_BLOCK: StatisticsDimension.UNIT_BLOCK,
    LOCALITY: StatisticsDimension.LOCALITY,
    POST: StatisticsDimension.LEADERSHIP_POST,
  },
  [ReportForm.PLANNED]: {
    NONE: null,
    UNIT_BLOCK: StatisticsDimension.UNIT_BLOCK,
    LOCALITY: StatisticsDimension.LOCALITY,
    POST: EventDimension.PLANNED_POST,
  },
  [ReportForm.TRAINING]: {
    NONE: null,
    UNIT_BLOCK: StatisticsDimension.UNIT_BLOCK,
    LOCALITY: StatisticsDimension.LOCALITY,
    TRAINING_KIND: EventDimension.TRAINING_KIND,
    GRANTED_LEVEL: EventDimension.GRANTED_LEVEL,
    TRAINING_LOCATION: EventDimension.TRAINING_LOCATION,
  },
  [ReportForm.ROTATION]: {
    NONE: null,
    UNIT_BLOCK: StatisticsDimension.UNIT_BLOCK,
    LOCALITY: StatisticsDimension.LOCALITY,
    ROTATION_DIRECTION: EventDimension.ROTATION_DIRECTION,
  },
};

const DEFAULT_ROWS: Record<ReportForm, ReportRowGrouping> = {
  [ReportForm.ALL_STAFF]: ReportRowGrouping.UNIT_BLOCK,
  [ReportForm.LEADERS]: ReportRowGrouping.POST,
  [ReportForm.PLANNED]: ReportRowGrouping.POST,
  [ReportForm.TRAINING]: ReportRowGrouping.UNIT_BLOCK,
  [ReportForm.ROTATION]: ReportRowGrouping.UNIT_BLOCK,
};

function total(heading: string): ColumnSpec {
  return { key: TOTAL_COLUMN, group: null, heading, kind: ReportColumnKind.TOTAL };
}

function countColumns(
  dimId: DimensionId,
  group: string,
  keys: readonly KnownKey[],
  heading: (k: KnownKey) => string = (k) => k.label,
): ColumnSpec[] {
  const dim = dimension(dimId);
  return keys.map((k) => ({
    key: columnKey(dimId, k.value),
    group,
    heading: heading(k),
    kind: ReportColumnKind.COUNT,
    condition: { dim, raws: [k.raw] },
  }));
}

function knownKeys(ctx: SqlContext, dimId: DimensionId, values?: readonly RawKey[]): KnownKey[] {
  const all = dimension(dimId).known!(ctx);
  if (!values) return all.filter((k) => k.raw !== null);
  return values.map((v) => all.find((k) => k.raw === v)!);
}

function highestFirst<T extends string>(list: CodeList<T>): T[] {
  return list.entries.map((e) => e.value).reverse();
}

/** Forms 8B, 9A–9C and 12B share their columns: who the people are. */
function staffColumns(ctx: SqlContext): ColumnSpec[] {
  const S = StatisticsDimension;
  return [
    total('Tổng số'),
    ...countColumns(S.CATEGORY, 'Đối tượng', knownKeys(ctx, S.CATEGORY)),
    ...countColumns(S.SEX, 'Trong đó', knownKeys(ctx, S.SEX, [Sex.FEMALE])),
    ...countColumns(S.MINORITY, 'Trong đó', knownKeys(ctx, S.MINORITY, ['MINORITY'])),
    ...countColumns(S.PARTY_MEMBERSHIP, 'Trong đó', knownKeys(ctx, S.PARTY_MEMBERSHIP, ['MEMBER'])),
    ...countColumns(S.AGE_BAND, 'Độ tuổi', knownKeys(ctx, S.AGE_BAND)),
    { key: AVERAGE_AGE_COLUMN, group: 'Độ tuổi', heading: 'Tuổi bình quân', kind: ReportColumnKind.AVERAGE_AGE },
    ...(ctx.ageThresholds ? countColumns(S.AGE_THRESHOLD, 'Nhóm tuổi', knownKeys(ctx, S.AGE_THRESHOLD)) : []),
    ...countColumns(S.RANK, 'Ngạch công chức', knownKeys(ctx, S.RANK)),
    ...countColumns(
      S.PROFESSIONAL_LEVEL,
      'Trình độ chuyên môn',
      knownKeys(ctx, S.PROFESSIONAL_LEVEL, highestFirst(professionalLevelCodeList)),
    ),
    ...countColumns(S.ACADEMIC_TITLE, 'Học hàm', knownKeys(ctx, S.ACADEMIC_TITLE, highestFirst(academicTitleCodeList))),
    ...countColumns(
      S.POLITICAL_THEORY,
      'Lý luận chính trị',
      knownKeys(ctx, S.POLITICAL_THEORY, highestFirst(politicalTheoryLevelCodeList)),
    ),
    ...countColumns(S.STATE_MANAGEMENT, 'Quản lý nhà nước', knownKeys(ctx, S.STATE_MANAGEMENT, highestFirst(stateManagementLevelCodeList))),
  ];
}

async function trainingColumns(em: Em, ctx: SqlContext, spec: PopulationSpec): Promise<ColumnSpec[]> {
  const E = EventDimension;
  const granted = (prefix: string, values: readonly string[]) =>
    knownKeys(
      ctx,
      E.GRANTED_LEVEL,
      values.map((v) => `${prefix}:${v}`),
    );
  const degrees = highestFirst(professionalLevelCodeList).filter((l) => l !== ProfessionalLevel.BELOW_INTERMEDIATE);
  // Programmes are free text ("Đề án 165"): a column for each programme of the courses that started in
  // the period, looked up among the courses (dozens) rather than the enrollments (a second scan).
  const courses = ctx.knex.from({ tr: 'training' }).distinct('tr.programme').whereNotNull('tr.programme').whereNotNull('tr.start_date');
  if (spec.period?.from) courses.where('tr.start_date', '>=', spec.period.from);
  if (spec.period?.to) courses.where('tr.start_date', '<=', spec.period.to);
  const programmes = (await runSql(em, courses)).map((row) => String(row.programme));
  const programmeKeys: KnownKey[] = programmes
    .sort((a, b) => a.localeCompare(b, 'vi'))
    .map((name, order) => ({ raw: name, value: name, code: null, label: name, order }));
  return [
    total('Tổng số lượt'),
    ...countColumns(E.TRAINING_KIND, 'Loại hình', knownKeys(ctx, E.TRAINING_KIND)),
    ...countColumns(E.GRANTED_LEVEL, 'Lý luận chính trị', granted('PT', highestFirst(politicalTheoryLevelCodeList)), (k) =>
      politicalTheoryLevelCodeList.label(k.code as never),
    ),
    ...countColumns(E.GRANTED_LEVEL, 'Chuyên môn', granted('PL', degrees), (k) => professionalLevelCodeList.label(k.code as never)),
    ...countColumns(E.GRANTED_LEVEL, 'Quản lý nhà nước', granted('SM', highestFirst(stateManagementLevelCodeList)), (k) =>
      stateManagementLevelCodeList.label(k.code as never),
    ),
    ...countColumns(E.TRAINING_MODE, 'Hình thức', knownKeys(ctx, E.TRAINING_MODE)),
    ...countColumns(E.TRAINING_LOCATION, 'Nơi đào tạo', knownKeys(ctx, E.TRAINING_LOCATION)),
    ...countColumns(E.PROGRAMME, 'Chương trình, đề án', programmeKeys),
    ...countColumns(E.ENROLLMENT_STATUS, 'Tình trạng', knownKeys(ctx, E.ENROLLMENT_STATUS)),
  ];
}

function rotationColumns(ctx: SqlContext): ColumnSpec[] {
  const E = EventDimension;
  return [
    total('Tổng số lượt'),
    ...countColumns(E.ROTATION_DIRECTION, 'Hướng luân chuyển', knownKeys(ctx, E.ROTATION_DIRECTION)),
    ...countColumns(E.ROTATION_KIND, 'Hình thức', knownKeys(ctx, E.ROTATION_KIND)),
    ...countColumns(StatisticsDimension.SEX, 'Trong đó', knownKeys(ctx, StatisticsDimension.SEX, [Sex.FEMALE])),
  ];
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function cells(columns: readonly ColumnSpec[], row: CrossTabRow, grandTotal: number): ReportCellValue[] {
  let conditionIndex = 0;
  return columns.map((column) => {
    if (column.kind === ReportColumnKind.TOTAL) {
      return {
        column: column.key,
        count: row.count,
        share: shareOf(row.count, grandTotal),
        percentText: formatPercent(row.count, grandTotal),
        shareText: formatShare(row.count, grandTotal),
        value: row.count,
        text: formatCount(row.count),
      };
    }
    if (column.kind === ReportColumnKind.AVERAGE_AGE) {
      return {
        column: column.key,
        count: null,
        share: null,
        percentText: null,
        shareText: null,
        value: averageOf(row.ageSum, row.count),
        text: formatAverage(row.ageSum, row.count) ?? '',
      };
    }
    const count = row.counts[conditionIndex++]!;
    return {
      column: column.key,
      count,
      share: shareOf(count, row.count),
      percentText: formatPercent(count, row.count),
      shareText: formatShare(count, row.count),
      value: count,
      text: formatCount(count),
    };
  });
}

interface Prepared {
  ctx: SqlContext;
  spec: PopulationSpec;
  termName: string | null;
}

async function prepare(em: Em, request: ReportRequest): Promise<Prepared> {
  const scope = await resolveScope(em, request.scope, 'request.scope');
  const knex = em.getKnex();
  const problems: { field: string; message: string }[] = [];
  let termId: number | null = null;
  let termName: string | null = null;
  if (request.form === ReportForm.PLANNED) {
    if (!request.termId) {
      problems.push({ field: 'request.termId', message: 'Báo cáo quy hoạch (mẫu 12B) cần nhiệm kỳ quy hoạch (termId)' });
    } else {
      termId = databaseIdOf(request.termId, 'PlanningTerm', 'request.termId');
      const term = await em.findOne(PlanningTerm, { id: termId });
      if (!term) throw new NotFoundError('PlanningTerm', request.termId);
      termName = term.name;
    }
  }
  if (request.from && request.to && request.from > request.to) {
    problems.push({ field: 'request.from', message: 'Ngày bắt đầu kỳ báo cáo phải trước ngày kết thúc' });
  }
  const rowsBy = request.rowsBy ?? DEFAULT_ROWS[request.form];
  if (!(rowsBy in ROW_DIMENSIONS[request.form])) {
    const allowed = Object.keys(ROW_DIMENSIONS[request.form]).join(', ');
    problems.push({
      field: 'request.rowsBy',
      message: `Báo cáo ${FORM_CODES[request.form]} không chia dòng theo ${rowsBy} (chọn ${allowed})`,
    });
  }
  if (problems.length > 0) throw new BadUserInputError(problems);
  const isEvent = request.form === ReportForm.TRAINING || request.form === ReportForm.ROTATION;
  const asOf = isEvent ? (request.to ?? asOfFor(request.asOf, request.filter)) : asOfFor(request.asOf, request.filter);
  const ctx: SqlContext = {
    knex,
    dialect: dialectOf(knex),
    scope,
    asOf,
    ageThresholds: request.ageThresholds?.length ? normaliseThresholds(request.ageThresholds, 'request.ageThresholds') : null,
    postLevels: request.positionLevels?.length ? request.positionLevels : null,
    termId,
  };
  const spec: PopulationSpec = {
    kind: request.form === ReportForm.TRAINING ? 'enrollment' : request.form === ReportForm.ROTATION ? 'rotation' : 'cadre',
    filter: request.filter,
    period: isEvent ? { from: request.from ?? null, to: asOf } : undefined,
    leadersOnly: request.form === ReportForm.LEADERS,
    plannedOnly: request.form === ReportForm.PLANNED,
  };
  return { ctx, spec, termName };
}

function titleOf(form: ReportForm, termName: string | null): string {
  switch (form) {
    case ReportForm.ALL_STAFF:
      return 'Báo cáo số lượng, chất lượng cán bộ, công chức, viên chức (mẫu 8B)';
    case ReportForm.LEADERS:
      return 'Báo cáo số lượng, chất lượng cán bộ lãnh đạo, quản lý theo chức vụ (mẫu 9A–9C)';
    case ReportForm.PLANNED:
      return `Báo cáo số lượng, chất lượng cán bộ trong quy hoạch nhiệm kỳ ${termName} (mẫu 12B)`;
    case ReportForm.TRAINING:
      return 'Báo cáo kết quả đào tạo, bồi dưỡng cán bộ (mẫu 10)';
    case ReportForm.ROTATION:
      return 'Báo cáo luân chuyển, điều động, biệt phái cán bộ (mẫu 11)';
  }
}

/**
 * A report form as a table: one row per key of `rowsBy`, one column per criterion, a total row.
 * Every cell is counted in the database, in one statement of conditional counts grouped by row
 * (the total row is the sum of the rows, or a second statement when rows are posts).
 * A COUNT cell's share is of its row's total; the TOTAL cell's share is of the whole report.
 * When rows are posts, a person holding (or planned for) two posts is in both rows, and the
 * total row counts people once.
 */
export async function buildReport(em: Em, request: ReportRequest): Promise<ReportTableValue> {
  const { ctx, spec, termName } = await prepare(em, request);
  const rowsBy = request.rowsBy ?? DEFAULT_ROWS[request.form];
  const rowDimId = ROW_DIMENSIONS[request.form][rowsBy] ?? null;
  const rowDim: DimensionDef | null = rowDimId ? dimension(rowDimId) : null;
  const columns =
    spec.kind === 'enrollment' ? await trainingColumns(em, ctx, spec) : spec.kind === 'rotation' ? rotationColumns(ctx) : staffColumns(ctx);
  const conditions = columns.flatMap((c) => (c.condition ? [c.condition] : []));

  const data = rowDim ? await crossTab(em, ctx, spec, rowDim, conditions) : [];
  // Rows that partition the population add up to the total row; rows by post do not (one person, two posts).
  const totalRowData: CrossTabRow =
    rowDim && !rowDim.multiplies
      ? {
          raw: null,
          count: data.reduce((n, r) => n + r.count, 0),
          ageSum: data.reduce((n, r) => n + r.ageSum, 0),
          counts: conditions.map((_, i) => data.reduce((n, r) => n + r.counts[i]!, 0)),
        }
      : ((await crossTab(em, ctx, spec, null, conditions))[0] ?? { raw: null, count: 0, ageSum: 0, counts: conditions.map(() => 0) });
  const grandTotal = totalRowData.count;
  const rows: ReportRowValue[] = [];
  if (rowDim) {
    const keys = await keysFor(
      em,
      ctx,
      rowDim,
      data.map((d) => d.raw),
    );
    const byKey = new Map(data.map((d) => [rawId(d.raw), d]));
    // Closed lists show every key (a block with nobody is a row of zeros); open lists what occurs.
    const shown: [string, GroupKey][] = [...keys.entries()].filter(([id, k]) => byKey.has(id) || (rowDim.known && k.value !== NONE_VALUE));
    // A stored value no code list knows (a row written around the API) is shown as stored, never dropped.
    for (const d of data)
      if (!keys.has(rawId(d.raw)))
        shown.push([rawId(d.raw), { value: String(d.raw), code: String(d.raw), label: String(d.raw), order: 999_999 }]);
    shown.sort((a, b) => a[1].order - b[1].order);
    for (const [id, key] of shown) {
      const row = byKey.get(id) ?? { raw: null, count: 0, ageSum: 0, counts: conditions.map(() => 0) };
      rows.push({ key: key.value, label: key.label, count: row.count, cells: cells(columns, row, grandTotal) });
    }
  }
  let staffTotal: number | null = null;
  if (request.form === ReportForm.LEADERS || request.form === ReportForm.PLANNED) {
    const [all] = await countByKeys(em, ctx, { kind: 'cadre', filter: request.filter }, []);
    staffTotal = all?.count ?? 0;
  }
  const period = spec.period;
  const when = period
    ? period.from
      ? `từ ngày ${dmy(period.from)} đến ngày ${dmy(ctx.asOf)}`
      : `đến ngày ${dmy(ctx.asOf)}`
    : `số liệu đến ngày ${dmy(ctx.asOf)}`;
  const table: ReportTableValue = {
    form: request.form,
    code: FORM_CODES[request.form],
    title: titleOf(request.form, termName),
    subtitle: `${ctx.scope.name}${ctx.scope.includeSubtree ? ' (gồm cả các đơn vị trực thuộc)' : ''}; ${when}`,
    scope: { id: ctx.scope.globalId, kind: ctx.scope.kind, name: ctx.scope.name, includeSubtree: ctx.scope.includeSubtree },
    asOf: ctx.asOf,
    from: period?.from ?? null,
    to: period ? ctx.asOf : null,
    unit: spec.kind === 'cadre' ? 'người' : 'lượt',
    rowsBy,
    rowHeading: rowDim ? rowDim.title : '',
    columns: columns.map(({ key, group, heading, kind }) => ({ key, group, heading, kind })),
    rows,
    totalRow: { key: 'TOTAL', label: 'Tổng cộng', count: grandTotal, cells: cells(columns, totalRowData, grandTotal) },
    staffTotal,
    summary: '',
  };
  table.summary = summarise(table);
  return table;
}
