import { type FieldNode, type FragmentDefinitionNode, type GraphQLOutputType, getArgumentValues } from 'graphql';
import type { Knex } from '@mikro-orm/knex';
import type { Em } from '../../app/orm';
import type { Page } from '../graphql/connection.types';
import { nestedListOf } from '../graphql/nested-lists';
import { type ConnectionSelection, connectionFields, selectionOf } from '../graphql/selection';
import { MAX_PAGE_SIZE } from '../pagination/page-size';
import {
  type ListArgs,
  type ListSpec,
  type ParentLink,
  type Plan,
  applyCursors,
  baseQuery,
  execute,
  orderSql,
  planPage,
  selectColumns,
  toPage,
} from './list-query';

/**
 * PostgreSQL's nested read (issue 9, item 3): every nested connection below a page, to any depth,
 * in ONE statement. Per level, a correlated subquery applies exactly what `fetchChildPages` does
 * (scope cut, filter, sync flags, order, `after`/`before`, page size + 1) and `json_agg`s its rows
 * (only the selected columns, `row_to_json` keyed by property) with their own nested pages and
 * counts; PostgreSQL builds the JSON, the driver parses it once, and each level's rows become pages
 * through the same `toPage` as the batched path. The pages are handed to the child resolvers by
 * priming (`RequestLoaders.prime`), so resolvers are unchanged and SQLite keeps the batched path.
 *
 * A nested field is planned only when its answer is certain to be the batched path's: it is a
 * declared nested list (`nestedList`), it appears once under its response key, its page size is
 * within bounds, and it reads no cursor (sort keys come back as JSON text, not as the driver's
 * values). Anything else, or any error while planning (a refused personal-data argument, a bad
 * id in a filter), leaves the field to its resolver, which then answers or fails exactly as before.
 */

/** What a primed page is a page of: enough to count its rows when the count was not read ahead. */
export interface PrimedList {
  spec: ListSpec<object, unknown, string>;
  link: ParentLink;
  args: ListArgs<unknown, string>;
}

interface Level extends PrimedList {
  field: FieldNode;
  plan: Plan;
  read: ConnectionSelection;
  count: boolean;
  children: Level[];
}

/** Where the prefetched pages go. */
export interface PagePrimer {
  prime(field: FieldNode, parentId: number, page: Page<unknown>, count: number | undefined, list: PrimedList): void;
  readLinks(entityName: string, pages: readonly Page<unknown>[], links: readonly string[]): Promise<void>;
}

/** The request's view of a connection field: its type, its nodes, and the document around it. */
export interface FieldContext {
  returnType: GraphQLOutputType;
  fieldNodes: readonly FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

const pageSizeOk = (n: unknown) => n == null || (Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_PAGE_SIZE);

function planLevels(em: Em, context: FieldContext, returnType: GraphQLOutputType, fieldNodes: readonly FieldNode[]): Level[] {
  const fields = connectionFields(returnType, fieldNodes, context.fragments);
  if (!fields) return [];
  const levels: Level[] = [];
  for (const [name, nodes] of fields.nodeFields) {
    const list = nestedListOf(fields.nodeType.name, name);
    const definition = fields.nodeType.getFields()[name];
    if (!list || !definition || nodes.length !== 1) continue;
    const field = nodes[0]!;
    try {
      const values = getArgumentValues(definition, field, context.variableValues);
      const args: ListArgs<unknown, string> = {
        filter: values.filter,
        orderBy: values.orderBy as ListArgs<unknown, string>['orderBy'],
        first: values.first as number | undefined,
        after: values.after as string | undefined,
        last: values.last as number | undefined,
        before: values.before as string | undefined,
      };
      if (!pageSizeOk(args.first) || !pageSizeOk(args.last)) continue;
      const childFields = connectionFields(definition.type, [field], context.fragments);
      const read = selectionOf(childFields, em.getMetadata().get(list.spec.entity.name));
      if (read.cursors) continue;
      const level: Level = {
        field,
        spec: list.spec,
        link: list.linkFor(values),
        args,
        plan: planPage(list.spec, args),
        read,
        count: childFields?.top.has('totalCount') ?? false,
        children: planLevels(em, context, definition.type, [field]),
      };
      // Build once to surface planning errors here (they leave the field to its resolver).
      pageSql(em, level, '0', 0);
      if (level.count) countSql(em, level, '0');
      levels.push(level);
    } catch {
      continue;
    }
  }
  return levels;
}

/** `level`'s rows for the parent whose id is `parentRef`, as one JSON array. */
function pageSql(em: Em, level: Level, parentRef: string, depth: number): Knex.Raw {
  const knex = em.getKnex();
  const { spec, link, args, plan, read } = level;
  const inner = baseQuery(em, spec, args.filter, link, args.orderBy);
  inner.whereRaw(`${link.parentKey} = ${parentRef}`);
  applyCursors(inner, knex, plan, args);
  selectColumns(em, spec, inner, plan, read);
  inner.select(knex.raw(`row_number() over (order by ${orderSql(plan.fetchColumns)}) as "__rn"`));
  inner.orderByRaw(orderSql(plan.fetchColumns)).limit(plan.limit + 1);
  const rows = `__r${depth}`;
  const page = `__q${depth}`;
  const middle = knex.select(`${rows}.*`).from(inner.as(rows));
  selectChildren(em, middle, level.children, `${rows}."id"`, depth + 1, `${rows}."__rn" <= ${plan.limit}`);
  return knex.raw(`(select coalesce(json_agg(row_to_json(??) order by ??."__rn"), '[]'::json) from ? as ??)`, [page, page, middle, page]);
}

function countSql(em: Em, level: Level, parentRef: string): Knex.QueryBuilder {
  const qb = baseQuery(em, level.spec, level.args.filter, level.link);
  return qb.whereRaw(`${level.link.parentKey} = ${parentRef}`).count({ n: '*' });
}

/** Adds `__n<i>` (the page) and `__c<i>` (the count, when selected) of each child level, for kept rows only. */
function selectChildren(em: Em, qb: Knex.QueryBuilder, children: Level[], parentRef: string, depth: number, kept?: string): void {
  const knex = em.getKnex();
  const when = (sql: Knex.Raw | Knex.QueryBuilder, alias: string) =>
    kept ? knex.raw(`case when ${kept} then ? end as ??`, [sql, alias]) : knex.raw('? as ??', [sql, alias]);
  children.forEach((child, i) => {
    qb.select(when(pageSql(em, child, parentRef, depth), `__n${i}`));
    if (child.count) qb.select(when(countSql(em, child, parentRef), `__c${i}`));
  });
}

type RawRow = Record<string, unknown>;

function primeLevels(em: Em, primer: PagePrimer, levels: Level[], parentId: number, raw: RawRow, pages: Map<Level, Page<unknown>[]>): void {
  levels.forEach((level, i) => {
    const rows = (raw[`__n${i}`] as RawRow[] | null) ?? [];
    const page = toPage(em, level.spec, rows, level.plan, level.args, level.read, true);
    const count = level.count ? Number(raw[`__c${i}`] ?? 0) : undefined;
    primer.prime(level.field, parentId, page, count, level);
    pages.get(level)!.push(page);
    if (level.children.length === 0) return;
    const kept = Math.min(rows.length, level.plan.limit);
    for (let r = 0; r < kept; r++) primeLevels(em, primer, level.children, Number(rows[r]!.id), rows[r]!, pages);
  });
}

function allLevels(levels: Level[], into: Level[] = []): Level[] {
  for (const level of levels) {
    into.push(level);
    allLevels(level.children, into);
  }
  return into;
}

/**
 * Reads every plannable nested connection below the rows `parentIds` of `entityName` (a page the
 * field in `context` has just read) in one statement, and primes their pages. Nothing to plan:
 * no statement.
 */
export async function prefetchNestedPages(
  em: Em,
  primer: PagePrimer,
  context: FieldContext,
  entityName: string,
  parentIds: readonly number[],
): Promise<void> {
  if (parentIds.length === 0 || context.fieldNodes.length !== 1) return;
  const levels = planLevels(em, context, context.returnType, context.fieldNodes);
  if (levels.length === 0) return;
  const knex = em.getKnex();
  const table = em.getMetadata().get(entityName).tableName;
  const top = knex
    .from({ p: table })
    .select(knex.raw('p.id as "__p"'))
    .whereIn('p.id', parentIds as number[]);
  selectChildren(em, top, levels, 'p.id', 1);
  const pages = new Map<Level, Page<unknown>[]>(allLevels(levels).map((level) => [level, []]));
  for (const raw of await execute(em, top)) primeLevels(em, primer, levels, Number(raw.__p), raw, pages);
  await Promise.all([...pages].map(([level, each]) => primer.readLinks(level.spec.entity.name, each, level.read.links)));
}

/** Whether this EntityManager talks to PostgreSQL (the one-statement nested read is PostgreSQL's). */
export function isPostgres(em: Em): boolean {
  return (em.getKnex().client as { dialect?: string }).dialect === 'postgresql';
}
