import type { Knex } from '@mikro-orm/knex';
import type { Em } from '../app/orm';
import { ageSql } from './age-bands';
import type { DimensionDef, RawKey } from './dimensions';
import { addJoin, type JoinId, type PopulationSpec, populationQuery, runSql, type SqlContext, toNumber } from './population';

/**
 * The two statements everything is built from, both a single GROUP BY in the database:
 * counts per combination of keys (statistics), and counts per row key for a list of columns
 * (report forms, as conditional sums). Keys are computed in an inner select and grouped by
 * name outside, so that PostgreSQL sees one expression whatever its bound values.
 */

export interface KeyedCount {
  raws: RawKey[];
  count: number;
  /** Sum of whole-year ages on the as-of day (for averages). */
  ageSum: number;
}

function innerSelect(ctx: SqlContext, spec: PopulationSpec, dims: readonly DimensionDef[], prefix: string): Knex.QueryBuilder {
  const qb = populationQuery(ctx, spec);
  const joins = new Set<JoinId>(dims.flatMap((d) => d.joins ?? []));
  for (const join of joins) addJoin(qb, ctx, join);
  dims.forEach((d, i) => {
    const f = d.expr(ctx);
    qb.select(ctx.knex.raw(`${f.sql} as ${prefix}${i}`, f.bindings));
  });
  const age = ageSql(ctx.asOf, ctx.dialect);
  qb.select(ctx.knex.raw(`${age.sql} as age`, age.bindings));
  return qb;
}

/** Rows of the population counted per combination of the dimensions' keys (only combinations that occur). */
export async function countByKeys(em: Em, ctx: SqlContext, spec: PopulationSpec, dims: readonly DimensionDef[]): Promise<KeyedCount[]> {
  const inner = innerSelect(ctx, spec, dims, 'k');
  const names = dims.map((_, i) => `k${i}`);
  const outer = ctx.knex.from(inner.as('x')).select(names.map((n) => `x.${n}`));
  outer.select(ctx.knex.raw('count(*) as n'), ctx.knex.raw('sum(x.age) as s'));
  if (names.length > 0) outer.groupBy(names.map((n) => `x.${n}`));
  const rows = await runSql(em, outer);
  return rows.map((row) => ({
    raws: names.map((n) => (row[n] ?? null) as RawKey),
    count: toNumber(row.n),
    ageSum: toNumber(row.s),
  }));
}

/** A report column: rows whose key for `dim` is one of `raws` (null: no value). */
export interface ColumnCondition {
  dim: DimensionDef;
  raws: readonly RawKey[];
}

export interface CrossTabRow {
  /** The row key (null for the whole population, or for rows with no value). */
  raw: RawKey;
  count: number;
  ageSum: number;
  /** One count per column condition, in order. */
  counts: number[];
}

/**
 * One statement: the population grouped by `rowDim` (or not grouped), with a conditional count
 * per column. Columns over the same dimension share its key expression.
 */
export async function crossTab(
  em: Em,
  ctx: SqlContext,
  spec: PopulationSpec,
  rowDim: DimensionDef | null,
  columns: readonly ColumnCondition[],
): Promise<CrossTabRow[]> {
  const columnDims = [...new Set(columns.map((c) => c.dim))];
  const inner = innerSelect(ctx, spec, columnDims, 'c');
  if (rowDim) {
    for (const join of rowDim.joins ?? []) if (!columnDims.some((d) => d.joins?.includes(join))) addJoin(inner, ctx, join);
    const f = rowDim.expr(ctx);
    inner.select(ctx.knex.raw(`${f.sql} as rk`, f.bindings));
  }
  // SQLite would otherwise flatten the inner select and compute a key once per column that reads it
  // (the age band eight times); a LIMIT keeps it a subquery. PostgreSQL computes each key once anyway.
  if (ctx.dialect === 'sqlite') inner.limit(-1);
  const outer = ctx.knex.from(inner.as('x'));
  if (rowDim) outer.select('x.rk').groupBy('x.rk');
  outer.select(ctx.knex.raw('count(*) as n'), ctx.knex.raw('sum(x.age) as s'));
  columns.forEach((column, i) => {
    const name = `x.c${columnDims.indexOf(column.dim)}`;
    const values = column.raws.filter((r) => r != null);
    const tests: string[] = [];
    if (values.length > 0) tests.push(`${name} in (${values.map(() => '?').join(', ')})`);
    if (column.raws.includes(null)) tests.push(`${name} is null`);
    outer.select(ctx.knex.raw(`sum(case when ${tests.join(' or ') || '1 = 0'} then 1 else 0 end) as v${i}`, values as Knex.Value[]));
  });
  const rows = await runSql(em, outer);
  return rows.map((row) => ({
    raw: rowDim ? ((row.rk ?? null) as RawKey) : null,
    count: toNumber(row.n),
    ageSum: toNumber(row.s),
    counts: columns.map((_, i) => toNumber(row[`v${i}`])),
  }));
}
