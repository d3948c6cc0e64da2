import type { EntityClass } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import type { Em } from '../../app/orm';
import { anchorOf } from '../../access/anchors';
import { type ParentSubtree, whereInScope } from '../../access/scope-cut';
import { accessOf } from '../../access/visibility';
import { markCutToReadScopes } from '../../access/read-in-scope';
import { ForbiddenFieldArgumentsError } from '../../access/errors';
import { whereSyncFlagged } from '../../sheet-sync/flags-sql';
import { type CursorValue, decodeCursor } from '../pagination/cursor';
import { DEFAULT_PAGE_SIZE } from '../pagination/page-size';
import type { Page } from '../graphql/connection.types';
import { adoptRows, type Projection, rowFrom, selectProjection } from './plain-rows';
import type { CompiledSql, KeptStatementRunner } from './bound-drivers';

export type SortDirection = 'ASC' | 'DESC';

export interface OrderTerm<F extends string> {
  field: F;
  direction: SortDirection;
}

/**
 * How one entity is listed: its sort keys and its filter. SQL expressions are written over
 * the alias `t` and come from code, never from clients; client values are always bound.
 */
export interface ListSpec<T extends object, TFilter, F extends string> {
  entity: EntityClass<T>;
  /** Non-null SQL expressions for each order field; `t.id` is appended as the final tie-breaker. */
  orderFields: Record<F, readonly string[]>;
  defaultOrder: readonly OrderTerm<F>[];
  /**
   * Adds the filter's conditions. It may read only the filter and today's date (`todayIso`): a
   * root page's statement is kept for the same arguments, viewer and day (statement-cache.ts).
   */
  applyFilter(qb: Knex.QueryBuilder, filter: TFilter, knex: Knex): void;
  /**
   * The filter and order arguments that read personal data (`filter.ethnicity`, `orderBy.BIRTH_DATE`):
   * refused to a viewer without the personal-data right over all of its scopes, so that hidden
   * values cannot be inferred from which rows come back or in which order.
   */
  personalDataArguments?(filter: TFilter | null | undefined, orderBy: readonly OrderTerm<F>[] | null | undefined): string[];
  /**
   * The sync's name for the type ('cadre') when its records are kept in step with sheets: the
   * filter's `syncFlagged` (a `SyncedRecordFilter` field) then applies, the same way in every list.
   */
  syncTable?: string;
}

function refusePersonalDataArguments<T extends object, TFilter, F extends string>(
  em: Em,
  spec: ListSpec<T, TFilter, F>,
  filter: TFilter | null | undefined,
  orderBy: readonly OrderTerm<F>[] | null | undefined,
): void {
  const access = accessOf(em);
  if (!access || !spec.personalDataArguments || access.grants.every((g) => g.personalData)) return;
  const used = spec.personalDataArguments(filter, orderBy);
  if (used.length > 0) throw new ForbiddenFieldArgumentsError(used);
}

/** How children are tied to their parents: the parent-key expression, after optional joins. */
export interface ParentLink {
  name: string;
  parentKey: string;
  join?(qb: Knex.QueryBuilder, knex: Knex): void;
  /** The parent's subtree its rows lie in, when their anchor does not say it (see `parentCutCovers`). */
  lies?: ParentSubtree;
}

/** What a read brings back: the node properties, and whether the sort keys for cursors. */
export interface ListRead {
  projection: Projection;
  cursors: boolean;
}

export interface ListArgs<TFilter, F extends string> {
  filter?: TFilter | null;
  orderBy?: readonly OrderTerm<F>[] | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

interface SortColumn {
  sql: string;
  direction: SortDirection;
}

const ROW_NUMBER = '__rn';
const PARENT = '__p';
const sortAlias = (i: number) => `__s${i}`;

function sortColumns<F extends string>(
  spec: ListSpec<object, unknown, F>,
  orderBy: readonly OrderTerm<F>[] | null | undefined,
): SortColumn[] {
  const terms = orderBy && orderBy.length > 0 ? orderBy : spec.defaultOrder;
  const columns: SortColumn[] = [];
  for (const term of terms) {
    for (const sql of spec.orderFields[term.field]) columns.push({ sql, direction: term.direction });
  }
  const lastDirection = columns[columns.length - 1]?.direction ?? 'ASC';
  columns.push({ sql: 't.id', direction: lastDirection });
  return columns;
}

const flip = (d: SortDirection): SortDirection => (d === 'ASC' ? 'DESC' : 'ASC');

/** Rows strictly after `values` in the order `columns` (a keyset condition, one OR branch per column). */
function whereAfter(qb: Knex.QueryBuilder, knex: Knex, columns: SortColumn[], values: CursorValue[]): void {
  const branches: string[] = [];
  const bindings: CursorValue[] = [];
  columns.forEach((column, i) => {
    const parts: string[] = [];
    for (let j = 0; j < i; j++) {
      parts.push(`${columns[j]!.sql} = ?`);
      bindings.push(values[j]!);
    }
    parts.push(`${column.sql} ${column.direction === 'ASC' ? '>' : '<'} ?`);
    bindings.push(values[i]!);
    branches.push(`(${parts.join(' and ')})`);
  });
  qb.whereRaw(`(${branches.join(' or ')})`, bindings as Knex.Value[]);
  void knex;
}

export interface Plan {
  columns: SortColumn[];
  /** The order rows are fetched in (reversed when paging backwards with `last`). */
  fetchColumns: SortColumn[];
  limit: number;
  backwards: boolean;
}

export function planPage<F extends string>(spec: ListSpec<object, unknown, F>, args: ListArgs<unknown, F>): Plan {
  const columns = sortColumns(spec, args.orderBy);
  const backwards = args.last != null && args.first == null;
  const limit = backwards ? args.last! : (args.first ?? DEFAULT_PAGE_SIZE);
  const fetchColumns = backwards ? columns.map((c) => ({ ...c, direction: flip(c.direction) })) : columns;
  return { columns, fetchColumns, limit, backwards };
}

export function baseQuery<T extends object, TFilter, F extends string>(
  em: Em,
  spec: ListSpec<T, TFilter, F>,
  filter: TFilter | null | undefined,
  link?: ParentLink,
  orderBy?: readonly OrderTerm<F>[] | null,
  cutToScope = true,
): Knex.QueryBuilder {
  refusePersonalDataArguments(em, spec, filter, orderBy);
  const knex = em.getKnex();
  const table = em.getMetadata().get(spec.entity.name).tableName;
  const qb = knex.from({ t: table });
  link?.join?.(qb, knex);
  // The one place every list, nested or not, is cut to the viewer's scopes; left out only for a
  // nested level whose parents' cut already covers it (nested-page.ts, `parentCutCovers`).
  if (cutToScope) whereInScope(qb, anchorOf(spec.entity.name), 't', accessOf(em));
  if (filter) spec.applyFilter(qb, filter, knex);
  if (spec.syncTable)
    whereSyncFlagged(qb, knex, spec.syncTable, (filter as { syncFlagged?: boolean | null } | null)?.syncFlagged, accessOf(em));
  return qb;
}

export function applyCursors<F extends string>(qb: Knex.QueryBuilder, knex: Knex, plan: Plan, args: ListArgs<unknown, F>): void {
  const n = plan.columns.length;
  if (args.after) whereAfter(qb, knex, plan.columns, decodeCursor(args.after, n, 'after'));
  if (args.before) {
    const reversed = plan.columns.map((c) => ({ ...c, direction: flip(c.direction) }));
    whereAfter(qb, knex, reversed, decodeCursor(args.before, n, 'before'));
  }
}

export const orderSql = (columns: SortColumn[]) => columns.map((c) => `${c.sql} ${c.direction}`).join(', ');

export async function execute(em: Em, qb: Knex.QueryBuilder): Promise<Record<string, unknown>[]> {
  return em.getConnection().execute(qb, [], 'all', em.getTransactionContext(), em.getLoggerContext());
}

export function compileSql(qb: Knex.QueryBuilder): CompiledSql {
  const { sql, bindings } = qb.toSQL();
  return { sql, bindings: bindings ?? [] };
}

/**
 * Runs a compiled statement as `execute` runs its builder (the driver binds the values), bound once
 * for all its runs and on PostgreSQL prepared (bound-drivers.ts `executeKept`).
 */
export async function executeCompiled(em: Em, statement: CompiledSql): Promise<Record<string, unknown>[]> {
  const connection = em.getConnection() as unknown as KeptStatementRunner;
  return connection.executeKept(statement, em.getTransactionContext(), em.getLoggerContext());
}

export function toPage<T extends object>(
  em: Em,
  spec: ListSpec<T, unknown, string>,
  rows: Record<string, unknown>[],
  plan: Plan,
  args: ListArgs<unknown, string>,
  read: ListRead,
  /** Rows that PostgreSQL built as JSON (nested-page.ts): made records in place rather than copied. */
  fromJson = false,
): Page<T> {
  const meta = em.getMetadata().get(spec.entity.name);
  const hasMore = rows.length > plan.limit;
  const kept = Math.min(rows.length, plan.limit);
  const aliases = read.cursors ? plan.columns.map((_, i) => sortAlias(i)) : [];
  const nodes: T[] = fromJson ? adoptRows<T>(em, meta, read.projection, rows.slice(0, kept)) : new Array<T>(kept);
  const sortValues: CursorValue[][] | undefined = read.cursors ? new Array<CursorValue[]>(kept) : undefined;
  for (let r = 0; r < kept; r++) {
    const raw = rows[r]!;
    if (!fromJson) nodes[r] = rowFrom<T>(em, meta, raw);
    if (sortValues) {
      const values: CursorValue[] = [];
      for (const alias of aliases) values.push(normaliseCursorValue(raw[alias]));
      sortValues[r] = values;
    }
  }
  // Every page comes from a statement cut to the viewer's read scopes (`baseQuery`), or from a
  // nested level whose parents' cut covers it (nested-page.ts `parentCutCovers`).
  markCutToReadScopes(nodes, spec.entity.name, accessOf(em));
  if (plan.backwards) {
    nodes.reverse();
    sortValues?.reverse();
  }
  return {
    nodes,
    sortValues,
    hasNextPage: plan.backwards ? args.before != null : hasMore,
    hasPreviousPage: plan.backwards ? hasMore : args.after != null,
  };
}

function normaliseCursorValue(value: unknown): CursorValue {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return Number(value);
  return value as CursorValue;
}

export function selectColumns(em: Em, spec: ListSpec<object, unknown, string>, qb: Knex.QueryBuilder, plan: Plan, read: ListRead): void {
  const knex = em.getKnex();
  selectProjection(em, qb, em.getMetadata().get(spec.entity.name), read.projection);
  if (read.cursors) plan.columns.forEach((c, i) => qb.select(knex.raw(`${c.sql} as ??`, [sortAlias(i)])));
}

/** The statement of one page of a root list (page size + 1 rows, to tell whether there are more). */
export function pageQuery<T extends object, TFilter, F extends string>(
  em: Em,
  spec: ListSpec<T, TFilter, F>,
  args: ListArgs<TFilter, F>,
  read: ListRead,
  plan: Plan = planPage(spec, args),
): Knex.QueryBuilder {
  const qb = baseQuery(em, spec, args.filter, undefined, args.orderBy);
  applyCursors(qb, em.getKnex(), plan, args);
  selectColumns(em, spec as ListSpec<object, unknown, string>, qb, plan, read);
  return qb.orderByRaw(orderSql(plan.fetchColumns)).limit(plan.limit + 1);
}

/**
 * One page per parent for many parents in ONE statement: rows are numbered per parent with
 * `row_number() over (partition by parent order by ...)` and cut at the page size in SQL.
 */
export async function fetchChildPages<T extends object, TFilter, F extends string>(
  em: Em,
  spec: ListSpec<T, TFilter, F>,
  link: ParentLink,
  parentIds: readonly number[],
  args: ListArgs<TFilter, F>,
  read: ListRead,
): Promise<Map<number, Page<T>>> {
  const knex = em.getKnex();
  const plan = planPage(spec, args);
  const inner = baseQuery(em, spec, args.filter, link, args.orderBy);
  inner.whereIn(knex.raw(link.parentKey) as unknown as string, parentIds as number[]);
  applyCursors(inner, knex, plan, args);
  selectColumns(em, spec as ListSpec<object, unknown, string>, inner, plan, read);
  inner.select(knex.raw(`${link.parentKey} as ??`, [PARENT]));
  inner.select(knex.raw(`row_number() over (partition by ${link.parentKey} order by ${orderSql(plan.fetchColumns)}) as ??`, [ROW_NUMBER]));
  const outer = knex
    .select('*')
    .from(inner.as('x'))
    .where(`x.${ROW_NUMBER}`, '<=', plan.limit + 1)
    .orderBy([`x.${PARENT}`, `x.${ROW_NUMBER}`]);
  const byParent = new Map<number, Record<string, unknown>[]>();
  for (const row of await execute(em, outer)) {
    const parentId = Number(row[PARENT]);
    let rows = byParent.get(parentId);
    if (!rows) byParent.set(parentId, (rows = []));
    rows.push(row);
  }
  const pages = new Map<number, Page<T>>();
  for (const parentId of parentIds) {
    pages.set(parentId, toPage(em, spec as ListSpec<T, unknown, string>, byParent.get(parentId) ?? [], plan, args, read));
  }
  return pages;
}

/** `select count(*) as n` of the rows matching the filter in a root list. */
export function countQuery<T extends object, TFilter, F extends string>(
  em: Em,
  spec: ListSpec<T, TFilter, F>,
  filter: TFilter | null | undefined,
): Knex.QueryBuilder {
  return baseQuery(em, spec, filter, undefined).count({ n: '*' });
}

/** Rows matching the filter in a root list. */
export async function countRows<T extends object, TFilter, F extends string>(
  em: Em,
  spec: ListSpec<T, TFilter, F>,
  filter: TFilter | null | undefined,
): Promise<number> {
  const [row] = await execute(em, countQuery(em, spec, filter));
  return Number(row?.n ?? 0);
}

/** Rows matching the filter per parent, for many parents in one GROUP BY statement. */
export async function countChildRows<T extends object, TFilter, F extends string>(
  em: Em,
  spec: ListSpec<T, TFilter, F>,
  link: ParentLink,
  parentIds: readonly number[],
  filter: TFilter | null | undefined,
): Promise<Map<number, number>> {
  const knex = em.getKnex();
  const qb = baseQuery(em, spec, filter, link);
  qb.whereIn(knex.raw(link.parentKey) as unknown as string, parentIds as number[]);
  qb.select(knex.raw(`${link.parentKey} as ??`, [PARENT]))
    .count({ n: '*' })
    .groupByRaw(link.parentKey);
  const counts = new Map<number, number>(parentIds.map((id) => [id, 0]));
  for (const row of await execute(em, qb)) counts.set(Number(row[PARENT]), Number(row.n));
  return counts;
}
