import type { Em } from '../app/orm';
import type { CadreFilter } from '../cadres/cadre.inputs';
import { AGE_DAY_MESSAGE, isAgeDay, todayIso } from '../common/dates';
import { BadUserInputError } from '../common/errors/errors';
import { normaliseThresholds } from './age-bands';
import { countByKeys } from './aggregate';
import { dimension, type DimensionDef, type GroupKey, keysFor, rawId, StatisticsDimension } from './dimensions';
import { averageOf, formatAverage, formatPercent, formatShare, shareOf } from '../common/number-format';
import { dialectOf, type PopulationSpec, resolveScope, type ScopeInput, type SqlContext } from './population';

export interface StatisticsRequest {
  scope: ScopeInput;
  filter?: CadreFilter | null;
  groupBy: readonly StatisticsDimension[];
  ageThresholds?: readonly number[] | null;
  asOf?: string | null;
  includeEmpty?: boolean | null;
}

export interface StatisticsKeyValue extends Omit<GroupKey, 'order'> {
  dimension: StatisticsDimension;
}

export interface StatisticsGroupValue {
  keys: StatisticsKeyValue[];
  count: number;
  total: number;
  share: number;
  percentText: string;
  shareText: string;
  averageAge: number | null;
  averageAgeText: string | null;
}

export interface ScopeInfoValue {
  id: string;
  kind: 'Locality' | 'Unit';
  name: string;
  includeSubtree: boolean;
}

export interface CadreStatisticsValue {
  scope: ScopeInfoValue;
  asOf: string;
  dimensions: StatisticsDimension[];
  total: number;
  averageAge: number | null;
  averageAgeText: string | null;
  groups: StatisticsGroupValue[];
}

const MAX_DIMENSIONS = 4;
const MAX_EMPTY_GROUPS = 20_000;

/** The day a request is about: its own `asOf`, else the filter's, else today (refused outside AGE_DAYS). */
export function asOfFor(asOf: string | null | undefined, filter: CadreFilter | null | undefined): string {
  const day = asOf ?? filter?.asOf ?? todayIso();
  if (!isAgeDay(day)) throw new BadUserInputError([{ field: asOf ? 'asOf' : 'filter.asOf', message: AGE_DAY_MESSAGE }]);
  return day;
}

function checkGroupBy(request: StatisticsRequest): void {
  const problems: { field: string; message: string }[] = [];
  if (request.groupBy.length > MAX_DIMENSIONS) problems.push({ field: 'groupBy', message: `Nhóm theo tối đa ${MAX_DIMENSIONS} tiêu chí` });
  if (new Set(request.groupBy).size !== request.groupBy.length)
    problems.push({ field: 'groupBy', message: 'Một tiêu chí chỉ được nêu một lần' });
  if (request.groupBy.includes(StatisticsDimension.AGE_THRESHOLD) && !request.ageThresholds?.length) {
    problems.push({ field: 'ageThresholds', message: 'Nhóm theo AGE_THRESHOLD cần ageThresholds, ví dụ [35]' });
  }
  if (problems.length > 0) throw new BadUserInputError(problems);
}

function combine(lists: readonly GroupKey[][]): GroupKey[][] {
  return lists.reduce<GroupKey[][]>((acc, list) => acc.flatMap((prefix) => list.map((k) => [...prefix, k])), [[]]);
}

function compareKeys(a: readonly GroupKey[], b: readonly GroupKey[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = a[i]!.order - b[i]!.order;
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Cadres of a scope counted by any combination of dimensions, in the database: one GROUP BY
 * for the groups (the population is their sum, except with LEADERSHIP_POST, which takes a
 * second count), one lookup per open dimension (localities, posts). Shares are of the whole
 * population; a cadre holding two leadership posts is in both posts' groups, so LEADERSHIP_POST
 * groups may add up to more than the total.
 */
export async function cadreStatistics(em: Em, request: StatisticsRequest): Promise<CadreStatisticsValue> {
  checkGroupBy(request);
  const scope = await resolveScope(em, request.scope, 'scope');
  const knex = em.getKnex();
  const ctx: SqlContext = {
    knex,
    dialect: dialectOf(knex),
    scope,
    asOf: asOfFor(request.asOf, request.filter),
    ageThresholds: request.ageThresholds?.length ? normaliseThresholds(request.ageThresholds, 'ageThresholds') : null,
    postLevels: null,
    termId: null,
  };
  const spec: PopulationSpec = { kind: 'cadre', filter: request.filter };
  const dims: DimensionDef[] = request.groupBy.map((id) => dimension(id));
  const rows = dims.length > 0 ? await countByKeys(em, ctx, spec, dims) : [];
  // Without a multiplying dimension the groups partition the population: one statement is enough.
  const population =
    dims.length > 0 && !dims.some((d) => d.multiplies)
      ? { count: sum(rows.map((r) => r.count)), ageSum: sum(rows.map((r) => r.ageSum)) }
      : (await countByKeys(em, ctx, spec, []))[0];
  const total = population?.count ?? 0;
  const keyMaps: Map<string, GroupKey>[] = [];
  for (const [i, d] of dims.entries())
    keyMaps.push(
      await keysFor(
        em,
        ctx,
        d,
        rows.map((r) => r.raws[i]!),
      ),
    );

  const groups = new Map<string, { keys: GroupKey[]; count: number; ageSum: number }>();
  for (const row of rows) {
    const keys = row.raws.map((raw, i) => keyMaps[i]!.get(rawId(raw)) ?? unknownKey(raw));
    groups.set(keys.map((k) => k.value).join('\u0001'), { keys, count: row.count, ageSum: row.ageSum });
  }
  if (request.includeEmpty && dims.length > 0) {
    // Closed lists contribute every key; open lists (localities, posts) the keys that occur.
    const lists = dims.map((d, i) => {
      if (d.known) return d.known(ctx).filter((k) => k.raw !== null);
      const seen = new Map<string, GroupKey>();
      for (const row of rows) {
        const key = row.raws[i] == null ? undefined : keyMaps[i]!.get(rawId(row.raws[i]!));
        if (key) seen.set(key.value, key);
      }
      return [...seen.values()];
    });
    const size = lists.reduce((n, l) => n * l.length, 1);
    if (size > MAX_EMPTY_GROUPS)
      throw new BadUserInputError([{ field: 'includeEmpty', message: `Quá nhiều nhóm (${size}); bớt tiêu chí hoặc bỏ includeEmpty` }]);
    for (const keys of combine(lists)) {
      const id = keys.map((k) => k.value).join('\u0001');
      if (!groups.has(id)) groups.set(id, { keys, count: 0, ageSum: 0 });
    }
  }

  return {
    scope: { id: scope.globalId, kind: scope.kind, name: scope.name, includeSubtree: scope.includeSubtree },
    asOf: ctx.asOf,
    dimensions: [...request.groupBy],
    total,
    averageAge: averageOf(population?.ageSum ?? 0, total),
    averageAgeText: formatAverage(population?.ageSum ?? 0, total),
    groups: [...groups.values()]
      .sort((a, b) => compareKeys(a.keys, b.keys))
      .map((g) => ({
        keys: g.keys.map((k, i) => ({ dimension: request.groupBy[i]!, value: k.value, code: k.code, label: k.label })),
        count: g.count,
        total,
        share: shareOf(g.count, total),
        percentText: formatPercent(g.count, total),
        shareText: formatShare(g.count, total),
        averageAge: averageOf(g.ageSum, g.count),
        averageAgeText: formatAverage(g.ageSum, g.count),
      })),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** A stored value no code list knows (a row written around the API): shown as stored, never dropped. */
function unknownKey(raw: unknown): GroupKey {
  return { value: String(raw), code: String(raw), label: String(raw), order: 999_999 };
}
