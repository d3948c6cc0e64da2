import type { Em } from '../app/orm';
import {
  academicTitleCodeList,
  cadreCategoryCodeList,
  type CodeList,
  civilServantRankCodeList,
  enrollmentStatusCodeList,
  Ethnicity,
  ethnicityCodeList,
  localityLevelCodeList,
  politicalTheoryLevelCodeList,
  positionLevelCodeList,
  professionalLevelCodeList,
  rotationDirectionCodeList,
  rotationKindCodeList,
  sexCodeList,
  stateManagementLevelCodeList,
  trainingKindCodeList,
  trainingLocationCodeList,
  trainingModeCodeList,
  unitBlockCodeList,
} from '../common/code-lists';
import { toGlobalId } from '../common/graphql/global-id';
import { ageBandSql, customAgeBands, STANDARD_AGE_THRESHOLDS, type SqlFragment, standardAgeBands } from './age-bands';
import { type JoinId, runSql, type SqlContext } from './population';

/** What statistics can be grouped by (cadre populations). */
export enum StatisticsDimension {
  SEX = 'SEX',
  AGE_BAND = 'AGE_BAND',
  AGE_THRESHOLD = 'AGE_THRESHOLD',
  ETHNICITY = 'ETHNICITY',
  MINORITY = 'MINORITY',
  PROFESSIONAL_LEVEL = 'PROFESSIONAL_LEVEL',
  ACADEMIC_TITLE = 'ACADEMIC_TITLE',
  POLITICAL_THEORY = 'POLITICAL_THEORY',
  STATE_MANAGEMENT = 'STATE_MANAGEMENT',
  RANK = 'RANK',
  CATEGORY = 'CATEGORY',
  PARTY_MEMBERSHIP = 'PARTY_MEMBERSHIP',
  UNIT_BLOCK = 'UNIT_BLOCK',
  LOCALITY = 'LOCALITY',
  LEADERSHIP_POST = 'LEADERSHIP_POST',
}

/** Dimensions of the report forms only: planned posts and the events of forms 10 and 11. */
export enum EventDimension {
  PLANNED_POST = 'PLANNED_POST',
  TRAINING_KIND = 'TRAINING_KIND',
  GRANTED_LEVEL = 'GRANTED_LEVEL',
  TRAINING_MODE = 'TRAINING_MODE',
  TRAINING_LOCATION = 'TRAINING_LOCATION',
  PROGRAMME = 'PROGRAMME',
  ENROLLMENT_STATUS = 'ENROLLMENT_STATUS',
  ROTATION_DIRECTION = 'ROTATION_DIRECTION',
  ROTATION_KIND = 'ROTATION_KIND',
}

export type DimensionId = StatisticsDimension | EventDimension;

/** The value a dimension takes in a row, as the database returns it; null is a key too ("chưa có"). */
export type RawKey = string | number | null;

/** One key of a dimension as the API shows it. */
export interface GroupKey {
  /** The GraphQL enum key ("FEMALE"), band key ("31_35"), global id (localities, posts) or text (programmes); "NONE" for no value. */
  value: string;
  /** The stored code ("F", "08", locality code), when there is one. */
  code: string | null;
  label: string;
  /** Display position among the dimension's keys. */
  order: number;
}

export interface KnownKey extends GroupKey {
  raw: RawKey;
}

export interface DimensionDef {
  id: DimensionId;
  /** Vietnamese heading, e.g. "Giới tính". */
  title: string;
  joins?: readonly JoinId[];
  /** Its join may give a cadre several rows (posts): totals must then be counted apart. */
  multiplies?: boolean;
  /** SQL giving the key of a row. */
  expr(ctx: SqlContext): SqlFragment;
  /** Every key, in display order, when the dimension is a closed list. */
  known?(ctx: SqlContext): KnownKey[];
  /** Keys for values found in the data, when the list is open (localities, posts, programmes). */
  lookup?(em: Em, ctx: SqlContext, raws: RawKey[]): Promise<Map<string, GroupKey>>;
}

export const NONE_VALUE = 'NONE';
const NONE_ORDER = 1_000_000;

/** Map key for a raw value: numbers and numeric strings from the two databases must meet. */
export function rawId(raw: RawKey): string {
  return raw == null ? '\u0000' : String(raw);
}

function enumKeyOf<T extends string>(list: CodeList<T>): Map<T, string> {
  return new Map(Object.entries(list.enumObject).map(([key, value]) => [value as T, key]));
}

/** The GraphQL enum key of a stored value ("advanced" → "ADVANCED"), which is also its key value in groups. */
export function enumKey<T extends string>(list: CodeList<T>, value: T): string {
  return enumKeyOf(list).get(value)!;
}

function codeListKeys<T extends string>(list: CodeList<T>, noneLabel: string | null): KnownKey[] {
  const keyOf = enumKeyOf(list);
  const keys: KnownKey[] = list.entries.map((e, order) => ({
    raw: e.value,
    value: keyOf.get(e.value)!,
    code: e.code,
    label: e.label,
    order,
  }));
  if (noneLabel) keys.push({ raw: null, value: NONE_VALUE, code: null, label: noneLabel, order: NONE_ORDER });
  return keys;
}

function codeListDimension<T extends string>(
  id: DimensionId,
  list: CodeList<T>,
  column: string,
  options: { noneLabel?: string } = {},
): DimensionDef {
  return {
    id,
    title: list.title,
    expr: () => ({ sql: column, bindings: [] }),
    known: () => codeListKeys(list, options.noneLabel ?? null),
  };
}

/** Sort keys are [0-9a-z] only, so plain code-unit order is Vietnamese order. */
function compareText(a: unknown, b: unknown): number {
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Localities and posts are rows of their own: their keys are global ids, their labels names. */
async function lookupLocalities(em: Em, ctx: SqlContext, raws: RawKey[]): Promise<Map<string, GroupKey>> {
  const ids = raws.filter((r): r is string | number => r != null).map(Number);
  const rows =
    ids.length > 0 ? await runSql(em, ctx.knex.from('locality').select('id', 'code', 'name', 'level', 'name_sort').whereIn('id', ids)) : [];
  const isScope = (row: Record<string, unknown>) => ctx.scope.kind === 'Locality' && Number(row.id) === ctx.scope.id;
  // The scope's own units first ("cơ quan, đơn vị cấp tỉnh"), then the localities under it in Vietnamese name order.
  rows.sort((a, b) => Number(isScope(b)) - Number(isScope(a)) || compareText(a.name_sort, b.name_sort) || Number(a.id) - Number(b.id));
  const keys = new Map<string, GroupKey>();
  rows.forEach((row, order) => {
    const level = localityLevelCodeList.entries.find((e) => e.value === row.level)?.label ?? '';
    const label = isScope(row) ? `Cơ quan, đơn vị ${level.toLowerCase()}` : String(row.name);
    keys.set(rawId(Number(row.id)), { value: toGlobalId('Locality', Number(row.id)), code: String(row.code), label, order });
  });
  keys.set(rawId(null), { value: NONE_VALUE, code: null, label: 'Chưa xác định', order: NONE_ORDER });
  return keys;
}

function lookupPositions(noneLabel: string) {
  return async (em: Em, ctx: SqlContext, raws: RawKey[]): Promise<Map<string, GroupKey>> => {
    const ids = raws.filter((r): r is string | number => r != null).map(Number);
    const rows =
      ids.length > 0
        ? await runSql(em, ctx.knex.from('position').select('id', 'name', 'level', 'seniority', 'name_sort').whereIn('id', ids))
        : [];
    const levelOrder = new Map(positionLevelCodeList.entries.map((e, i) => [e.value as string, i]));
    rows.sort(
      (a, b) =>
        levelOrder.get(String(a.level))! - levelOrder.get(String(b.level))! ||
        Number(a.seniority) - Number(b.seniority) ||
        compareText(a.name_sort, b.name_sort) ||
        Number(a.id) - Number(b.id),
    );
    const keys = new Map<string, GroupKey>();
    rows.forEach((row, order) => {
      const level = positionLevelCodeList.entries.find((e) => e.value === row.level)?.label ?? String(row.level);
      keys.set(rawId(Number(row.id)), {
        value: toGlobalId('Position', Number(row.id)),
        code: null,
        label: `${String(row.name)} (${level.charAt(0).toLowerCase()}${level.slice(1)})`,
        order,
      });
    });
    keys.set(rawId(null), { value: NONE_VALUE, code: null, label: noneLabel, order: NONE_ORDER });
    return keys;
  };
}

/** What a course grants, as one key: "PT:advanced" (LLCT), "PL:master" (degree), "SM:specialist" (QLNN). */
function grantedLevelKeys(): KnownKey[] {
  const keys: KnownKey[] = [];
  const add = <T extends string>(
    prefix: string,
    valuePrefix: string,
    list: CodeList<T>,
    label: (l: string) => string,
    order: readonly T[],
  ) => {
    const keyOf = enumKeyOf(list);
    for (const value of order) {
      keys.push({
        raw: `${prefix}:${value}`,
        value: `${valuePrefix}_${keyOf.get(value)}`,
        code: value,
        label: label(list.label(value)),
        order: keys.length,
      });
    }
  };
  const highestFirst = <T extends string>(list: CodeList<T>) => list.entries.map((e) => e.value).reverse();
  add('PT', 'POLITICAL_THEORY', politicalTheoryLevelCodeList, (l) => `${l} LLCT`, highestFirst(politicalTheoryLevelCodeList));
  add('PL', 'PROFESSIONAL', professionalLevelCodeList, (l) => l, highestFirst(professionalLevelCodeList));
  add('SM', 'STATE_MANAGEMENT', stateManagementLevelCodeList, (l) => `QLNN ${l.toLowerCase()}`, highestFirst(stateManagementLevelCodeList));
  keys.push({ raw: null, value: NONE_VALUE, code: null, label: 'Không cấp trình độ', order: NONE_ORDER });
  return keys;
}

function ageBandKeys(bands: ReturnType<typeof standardAgeBands>): KnownKey[] {
  return bands.map((b) => ({ raw: b.index, value: b.value, code: null, label: b.label, order: b.index }));
}

const DEFINITIONS: readonly DimensionDef[] = [
  codeListDimension(StatisticsDimension.SEX, sexCodeList, 't.sex'),
  {
    id: StatisticsDimension.AGE_BAND,
    title: 'Độ tuổi',
    expr: (ctx) => ageBandSql(ctx.asOf, STANDARD_AGE_THRESHOLDS),
    known: () => ageBandKeys(standardAgeBands()),
  },
  {
    id: StatisticsDimension.AGE_THRESHOLD,
    title: 'Nhóm tuổi',
    expr: (ctx) => ageBandSql(ctx.asOf, thresholdsOf(ctx)),
    known: (ctx) => ageBandKeys(customAgeBands(thresholdsOf(ctx))),
  },
  codeListDimension(StatisticsDimension.ETHNICITY, ethnicityCodeList, 't.ethnicity'),
  {
    id: StatisticsDimension.MINORITY,
    title: 'Dân tộc (Kinh / thiểu số)',
    expr: () => ({ sql: "(case when t.ethnicity = ? then 'KINH' else 'MINORITY' end)", bindings: [Ethnicity.KINH] }),
    known: () => [
      { raw: 'KINH', value: 'KINH', code: Ethnicity.KINH, label: 'Kinh', order: 0 },
      { raw: 'MINORITY', value: 'MINORITY', code: null, label: 'Dân tộc thiểu số', order: 1 },
    ],
  },
  codeListDimension(StatisticsDimension.PROFESSIONAL_LEVEL, professionalLevelCodeList, 't.professional_level', { noneLabel: 'Chưa có' }),
  codeListDimension(StatisticsDimension.ACADEMIC_TITLE, academicTitleCodeList, 't.academic_title', { noneLabel: 'Không có học hàm' }),
  codeListDimension(StatisticsDimension.POLITICAL_THEORY, politicalTheoryLevelCodeList, 't.political_theory', { noneLabel: 'Chưa có' }),
  codeListDimension(StatisticsDimension.STATE_MANAGEMENT, stateManagementLevelCodeList, 't.state_management', { noneLabel: 'Chưa có' }),
  codeListDimension(StatisticsDimension.RANK, civilServantRankCodeList, 't.rank', { noneLabel: 'Không xếp ngạch công chức' }),
  codeListDimension(StatisticsDimension.CATEGORY, cadreCategoryCodeList, 't.category'),
  {
    id: StatisticsDimension.PARTY_MEMBERSHIP,
    title: 'Đảng viên',
    // Membership on the as-of day: joined by then.
    expr: (ctx) => ({
      sql: "(case when t.party_joined_at is not null and t.party_joined_at <= ? then 'MEMBER' else 'NON_MEMBER' end)",
      bindings: [ctx.asOf],
    }),
    known: () => [
      { raw: 'MEMBER', value: 'MEMBER', code: null, label: 'Đảng viên', order: 0 },
      { raw: 'NON_MEMBER', value: 'NON_MEMBER', code: null, label: 'Chưa là đảng viên', order: 1 },
    ],
  },
  {
    ...codeListDimension(StatisticsDimension.UNIT_BLOCK, unitBlockCodeList, 'ur.block', { noneLabel: 'Chưa xác định' }),
    joins: ['unitInfo'],
  },
  {
    id: StatisticsDimension.LOCALITY,
    title: 'Địa bàn',
    joins: ['unitInfo'],
    expr: () => ({ sql: 'ur.locality_key', bindings: [] }),
    lookup: lookupLocalities,
  },
  {
    id: StatisticsDimension.LEADERSHIP_POST,
    title: 'Chức vụ lãnh đạo',
    joins: ['heldPosts'],
    multiplies: true,
    expr: () => ({ sql: 'hp.position_id', bindings: [] }),
    lookup: lookupPositions('Không giữ chức vụ lãnh đạo'),
  },
  {
    id: EventDimension.PLANNED_POST,
    title: 'Chức danh quy hoạch',
    joins: ['plannedPosts'],
    multiplies: true,
    expr: () => ({ sql: 'pp.position_id', bindings: [] }),
    lookup: lookupPositions('Không trong quy hoạch'),
  },
  codeListDimension(EventDimension.TRAINING_KIND, trainingKindCodeList, 'tr.kind'),
  {
    id: EventDimension.GRANTED_LEVEL,
    title: 'Trình độ được cấp',
    expr: () => ({
      sql:
        "(case when tr.grants_political_theory is not null then 'PT:' || tr.grants_political_theory" +
        " when tr.grants_professional_level is not null then 'PL:' || tr.grants_professional_level" +
        " when tr.grants_state_management is not null then 'SM:' || tr.grants_state_management end)",
      bindings: [],
    }),
    known: grantedLevelKeys,
  },
  codeListDimension(EventDimension.TRAINING_MODE, trainingModeCodeList, 'tr.mode'),
  codeListDimension(EventDimension.TRAINING_LOCATION, trainingLocationCodeList, 'tr.location'),
  {
    id: EventDimension.PROGRAMME,
    title: 'Chương trình, đề án',
    expr: () => ({ sql: 'tr.programme', bindings: [] }),
    lookup: async (_em, _ctx, raws) => {
      const names = raws.filter((r): r is string => r != null).map(String);
      const sorted = [...new Set(names)].sort((a, b) => a.localeCompare(b, 'vi'));
      const keys = new Map<string, GroupKey>(sorted.map((name, order) => [rawId(name), { value: name, code: null, label: name, order }]));
      keys.set(rawId(null), { value: NONE_VALUE, code: null, label: 'Không thuộc chương trình, đề án', order: NONE_ORDER });
      return keys;
    },
  },
  codeListDimension(EventDimension.ENROLLMENT_STATUS, enrollmentStatusCodeList, 'e.status'),
  codeListDimension(EventDimension.ROTATION_DIRECTION, rotationDirectionCodeList, 'r.direction'),
  codeListDimension(EventDimension.ROTATION_KIND, rotationKindCodeList, 'r.kind'),
];

function thresholdsOf(ctx: SqlContext): readonly number[] {
  if (!ctx.ageThresholds) throw new Error('AGE_THRESHOLD needs ageThresholds');
  return ctx.ageThresholds;
}

const BY_ID = new Map<DimensionId, DimensionDef>(DEFINITIONS.map((d) => [d.id, d]));

export function dimension(id: DimensionId): DimensionDef {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown dimension ${id}`);
  return found;
}

/**
 * The keys for the raw values a statement returned (and, for closed lists, every key), keyed by
 * rawId. Open lists take one lookup statement.
 */
export async function keysFor(em: Em, ctx: SqlContext, def: DimensionDef, raws: RawKey[]): Promise<Map<string, GroupKey>> {
  if (def.known) return new Map(def.known(ctx).map((k) => [rawId(k.raw), k]));
  return def.lookup!(em, ctx, raws);
}
