import { type FieldNode, type FragmentDefinitionNode, type GraphQLOutputType, getArgumentValues } from 'graphql';
import type { EntityMetadata } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import type { Em } from '../../app/orm';
import { anchorOf } from '../../access/anchors';
import { parentCutCovers, whereInScope } from '../../access/scope-cut';
import { accessOf } from '../../access/visibility';
import { markCutToReadScopes } from '../../access/read-in-scope';
import type { Page } from '../graphql/connection.types';
import { nestedListOf } from '../graphql/nested-lists';
import { type ConnectionSelection, connectionFields, linkProjection, selectionOf } from '../graphql/selection';
import { MAX_PAGE_SIZE } from '../pagination/page-size';
import {
  type ListArgs,
  type ListSpec,
  type ParentLink,
  type Plan,
  applyCursors,
  baseQuery,
  compileSql,
  countQuery,
  executeCompiled,
  orderSql,
  pageQuery,
  planPage,
  selectColumns,
  toPage,
} from './list-query';
import { adoptRows, type Projection, projectedProperties, selectProjection } from './plain-rows';
import type { CompiledSql } from './bound-drivers';

/**
 * PostgreSQL's nested read (issue 9, item 3): a root page, its count and every nested connection
 * below it, to any depth, in ONE statement. Per level, a correlated subquery applies exactly what `fetchChildPages` does
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
  /**
   * Whether the level's rows and count are cut to the viewer's scopes: not when the cut of the
   * rows they hang on already covers them (`parentCutCovers`), since every parent here is a row of
   * this statement, itself cut. PostgreSQL re-checked the cut for every nested row and count
   * otherwise (a province viewer's overview took 2.5 times the root admin's).
   */
  cutToScope: boolean;
  children: Level[];
  /** To-one links read in the same statement, beside each row (see `JOIN_LINKS_UP_TO_ROWS`). */
  links: LinkRead[];
}

/**
 * A to-one link a page's selection asks for (a cadre's `unit`), read as JSON beside each row: on a
 * root page with every column (the record is known to the whole request, `PagePrimer.know`); on a
 * nested level with only the columns its sub-selection reads, set on the row in place of its `{ id }`.
 */
interface LinkRead {
  property: string;
  target: EntityMetadata;
  projection: Projection;
}

/**
 * A nested level whose pages can hold up to this many rows in all reads its to-one links in the
 * statement; a bigger one reads them afterwards, by id, once per distinct record. Joined per row,
 * the 50,000 enrollments of a big overview doubled its time (a lookup and a JSON object per row
 * for a few hundred trainings); for a few hundred rows the join costs less than a round trip.
 */
const JOIN_LINKS_UP_TO_ROWS = 2000;

/** Where the prefetched pages go. */
export interface PagePrimer {
  prime(field: FieldNode, parentId: number, page: Page<unknown>, count: number | undefined, list: PrimedList): void;
  readLinks(entityName: string, pages: readonly Page<unknown>[], links: readonly string[]): Promise<void>;
  /** A record read along (a to-one link's), so that its field resolves without a statement. */
  know(entityName: string, id: number, row: unknown): void;
}

/** The request's view of a connection field: its type, its nodes, and the document around it. */
export interface FieldContext {
  returnType: GraphQLOutputType;
  fieldNodes: readonly FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

const pageSizeOk = (n: unknown) => n == null || (Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_PAGE_SIZE);

/**
 * The nested levels below a page of `parentEntity` rows; `parentRows`: how many rows its pages can
 * hold in all (the root page's size for the first level).
 */
function planLevels(
  em: Em,
  context: FieldContext,
  returnType: GraphQLOutputType,
  fieldNodes: readonly FieldNode[],
  parentEntity: string,
  parentRows: number,
): Level[] {
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
      const plan = planPage(list.spec, args);
      const rows = parentRows * plan.limit;
      const link = list.linkFor(values);
      const level: Level = {
        field,
        spec: list.spec,
        link,
        args,
        plan,
        read,
        count: childFields?.top.has('totalCount') ?? false,
        cutToScope: !parentCutCovers(anchorOf(list.spec.entity.name), link, parentEntity, accessOf(em)),
        children: planLevels(em, context, definition.type, [field], list.spec.entity.name, rows),
        links:
          childFields && rows <= JOIN_LINKS_UP_TO_ROWS
            ? linkReads(em, list.spec.entity.name, read.links, (link, target) =>
                linkProjection(childFields, link, target, context.fragments),
              )
            : [],
      };
      // Build this level's own queries once to surface planning errors here (they leave the field
      // to its resolver); its children were checked by their own planLevels above.
      selectLinks(em, numberedRows(em, level, { link: level.link, parentRef: '0' }), level.links, '__r0', 'true');
      if (level.count) countSql(em, level, '0');
      levels.push(level);
    } catch {
      continue;
    }
  }
  return levels;
}

/**
 * One page's rows (page size + 1, to tell whether there are more), numbered `__rn` in the page's
 * order: of the parent whose id is `parentRef` when `link` is given, else of a root list.
 */
function numberedRows(
  em: Em,
  {
    spec,
    args,
    plan,
    read,
    cutToScope,
  }: {
    spec: ListSpec<object, unknown, string>;
    args: ListArgs<unknown, string>;
    plan: Plan;
    read: ConnectionSelection;
    cutToScope: boolean;
  },
  link?: { link: ParentLink; parentRef: string },
): Knex.QueryBuilder {
  const knex = em.getKnex();
  const rows = baseQuery(em, spec, args.filter, link?.link, args.orderBy, cutToScope);
  if (link) rows.whereRaw(`${link.link.parentKey} = ${link.parentRef}`);
  applyCursors(rows, knex, plan, args);
  selectColumns(em, spec, rows, plan, read);
  rows.select(knex.raw(`row_number() over (order by ${orderSql(plan.fetchColumns)}) as "__rn"`));
  return rows.orderByRaw(orderSql(plan.fetchColumns)).limit(plan.limit + 1);
}

/** `level`'s rows for the parent whose id is `parentRef`, as one JSON array. */
function pageSql(em: Em, level: Level, parentRef: string, depth: number): Knex.Raw {
  const knex = em.getKnex();
  const inner = numberedRows(em, level, { link: level.link, parentRef });
  const rows = `__r${depth}`;
  const page = `__q${depth}`;
  const middle = knex.select(`${rows}.*`).from(inner.as(rows));
  const kept = `${rows}."__rn" <= ${level.plan.limit}`;
  selectLinks(em, middle, level.links, rows, kept);
  selectChildren(em, middle, level.children, `${rows}."id"`, depth + 1, kept);
  return knex.raw(`(select coalesce(json_agg(${rowJson(em, level, page, depth)} order by ??."__rn"), '[]'::json) from ? as ??)`, [
    page,
    middle,
    page,
  ]);
}

/**
 * The JSON of one of a level's rows (alias `page`): its projected columns under their property
 * names, each link read along in place of its key (the record, or the key where no record was read:
 * the row past the page, or a record outside the viewer's scopes), its children's pages and counts.
 * Not `row_to_json` of the whole row, which also carried `__rn` and each link twice (key and
 * record): a sixth of the nested overview's JSON, which the server decodes and parses every time.
 */
function rowJson(em: Em, level: Level, page: string, depth: number): string {
  const quote = (id: string) => em.getPlatform().quoteIdentifier(id);
  const column = (name: string) => `${quote(page)}.${quote(name)}`;
  const properties = projectedProperties(em, em.getMetadata().get(level.spec.entity.name), level.read.projection);
  const linked = new Map(level.links.map((link) => [link.property, column(linkAlias(link))]));
  const parts = properties.map((property) => {
    const record = linked.get(property);
    return record ? `coalesce(${record}, to_json(${column(property)})) as ${quote(property)}` : column(property);
  });
  for (const [property, record] of linked) if (!properties.includes(property)) parts.push(`${record} as ${quote(property)}`);
  level.children.forEach((child, i) => {
    parts.push(column(childPageAlias(i)));
    if (child.count) parts.push(column(childCountAlias(i)));
  });
  return `(select row_to_json(${quote(`__j${depth}`)}) from (select ${parts.join(', ')}) as ${quote(`__j${depth}`)})`;
}

function countSql(em: Em, level: Level, parentRef: string): Knex.QueryBuilder {
  const qb = baseQuery(em, level.spec, level.args.filter, level.link, undefined, level.cutToScope);
  return qb.whereRaw(`${level.link.parentKey} = ${parentRef}`).count({ n: '*' });
}

/** `sql` as column `alias`, computed only for the rows that are `kept` (not the one read past the page). */
function keptOnly(knex: Knex, sql: Knex.Raw | Knex.QueryBuilder, alias: string, kept?: string): Knex.Raw {
  return kept ? knex.raw(`case when ${kept} then ? end as ??`, [sql, alias]) : knex.raw('? as ??', [sql, alias]);
}

/** Adds `__n<i>` (the page) and `__c<i>` (the count, when selected) of each child level, for kept rows only. */
function selectChildren(em: Em, qb: Knex.QueryBuilder, children: Level[], parentRef: string, depth: number, kept?: string): void {
  const knex = em.getKnex();
  children.forEach((child, i) => {
    qb.select(keptOnly(knex, pageSql(em, child, parentRef, depth), childPageAlias(i), kept));
    if (child.count) qb.select(keptOnly(knex, countSql(em, child, parentRef), childCountAlias(i), kept));
  });
}

function linkReads(
  em: Em,
  entityName: string,
  links: readonly string[],
  projectionOf: (link: string, target: EntityMetadata) => Projection,
): LinkRead[] {
  const meta = em.getMetadata().get(entityName);
  return links.flatMap((property) => {
    const target = meta.properties[property as never]?.targetMeta;
    return target ? [{ property, target, projection: projectionOf(property, target) }] : [];
  });
}

const linkAlias = (link: LinkRead) => `__l_${link.property}`;
/** The columns of a row's `i`-th child level: its page (JSON) and its count. */
const childPageAlias = (i: number) => `__n${i}`;
const childCountAlias = (i: number) => `__c${i}`;

/**
 * Adds each link's record as JSON (its projection's columns) under `linkAlias`, cut to the
 * viewer's scopes as `RequestLoaders.byId` cuts them: a record outside them comes back null and
 * is left to `byId`, which finds nothing either.
 */
function selectLinks(em: Em, qb: Knex.QueryBuilder, links: readonly LinkRead[], rows: string, kept: string): void {
  const knex = em.getKnex();
  for (const link of links) {
    const record = knex.from({ t: link.target.tableName }).where('t.id', knex.ref(`${rows}.${link.property}`));
    selectProjection(em, record, link.target, link.projection);
    whereInScope(record, anchorOf(link.target.className), 't', accessOf(em));
    qb.select(keptOnly(knex, knex.raw('(select row_to_json(l) from ? as l)', [record]), linkAlias(link), kept));
  }
}

function primeLinks(em: Em, primer: PagePrimer, links: readonly LinkRead[], raw: RawRow): void {
  for (const link of links) {
    const record = raw[linkAlias(link)] as RawRow | null | undefined;
    if (!record) continue;
    const made = adoptRows<object>(em, link.target, 'all', [record]);
    // Cut in the same statement (`selectLinks`), as a page's rows are (read-in-scope.ts).
    markCutToReadScopes(made, link.target.className, accessOf(em));
    primer.know(link.target.className, Number(record.id), made[0]);
  }
}

/**
 * A nested row's links read with it: each record (its projection only), which the row's JSON holds
 * in place of its key (`rowJson`), made a record. Runs before the row's own columns are converted,
 * while a key is still a number and a record an object.
 */
function attachLinks(em: Em, links: readonly LinkRead[], row: RawRow): void {
  for (const link of links) {
    const record = row[link.property];
    if (record === null || typeof record !== 'object') continue;
    const made = adoptRows<object>(em, link.target, link.projection, [record as RawRow]);
    markCutToReadScopes(made, link.target.className, accessOf(em));
    row[link.property] = made[0];
  }
}

type RawRow = Record<string, unknown>;

function primeLevels(em: Em, primer: PagePrimer, levels: Level[], parentId: number, raw: RawRow, pages: Map<Level, Page<unknown>[]>): void {
  levels.forEach((level, i) => {
    const rows = (raw[childPageAlias(i)] as RawRow[] | null) ?? [];
    const kept = Math.min(rows.length, level.plan.limit);
    for (let r = 0; r < kept; r++) attachLinks(em, level.links, rows[r]!);
    const page = toPage(em, level.spec, rows, level.plan, level.args, level.read, true);
    const count = level.count ? Number(raw[childCountAlias(i)] ?? 0) : undefined;
    primer.prime(level.field, parentId, page, count, level);
    pages.get(level)!.push(page);
    if (level.children.length > 0) {
      for (let r = 0; r < kept; r++) primeLevels(em, primer, level.children, Number(rows[r]!.id), rows[r]!, pages);
    }
  });
}

function allLevels(levels: Level[], into: Level[] = []): Level[] {
  for (const level of levels) {
    into.push(level);
    allLevels(level.children, into);
  }
  return into;
}

/** A root page and, when it was read with it, its `totalCount`. */
export interface RootPage<T> {
  page: Page<T>;
  count: number | undefined;
}

/**
 * A root page's statement and what its rows hold besides the page: the count, the nested levels
 * and the to-one links read along. Built once per query shape (statement-cache.ts), it holds no
 * row and nothing of the request it was built in but the field nodes, which are the document's.
 */
export interface RootStatement {
  compiled: CompiledSql;
  plan: Plan;
  count: boolean;
  levels: Level[];
  links: LinkRead[];
}

/** The root page's own statement, with nothing read along (SQLite's, or when nothing is selected below). */
export function plainRootStatement<T extends object>(
  em: Em,
  spec: ListSpec<T, unknown, string>,
  args: ListArgs<unknown, string>,
  read: ConnectionSelection,
): RootStatement {
  const plan = planPage(spec, args);
  return { compiled: compileSql(pageQuery(em, spec, args, read, plan)), plan, count: false, levels: [], links: [] };
}

/**
 * A root list's statement on PostgreSQL, with its `totalCount` (when selected: a `count(*)`
 * subquery, which PostgreSQL runs once, not per row) and every plannable nested connection below
 * its rows. `undefined` when there is nothing to add to the page's own statement.
 */
export function nestedRootStatement<T extends object>(
  em: Em,
  context: FieldContext,
  spec: ListSpec<T, unknown, string>,
  args: ListArgs<unknown, string>,
  read: ConnectionSelection,
): RootStatement | undefined {
  const fields = connectionFields(context.returnType, context.fieldNodes, context.fragments);
  const count = fields?.top.has('totalCount') ?? false;
  const plan = planPage(spec, args);
  const levels =
    context.fieldNodes.length === 1 ? planLevels(em, context, context.returnType, context.fieldNodes, spec.entity.name, plan.limit) : [];
  const links = linkReads(em, spec.entity.name, read.links, () => 'all');
  if (!count && levels.length === 0 && links.length === 0) return undefined;
  const knex = em.getKnex();
  const root = { spec: spec as ListSpec<object, unknown, string>, args, plan, read, cutToScope: true };
  const query = knex.select('__r.*').from(numberedRows(em, root).as('__r'));
  if (count) query.select(knex.raw('(?) as "__total"', [countQuery(em, spec, args.filter)]));
  const kept = `__r."__rn" <= ${plan.limit}`;
  selectLinks(em, query, links, '__r', kept);
  selectChildren(em, query, levels, '__r."id"', 1, kept);
  query.orderBy('__r.__rn');
  return { compiled: compileSql(query), plan, count, levels, links };
}

/** Runs a root page's statement: the page, its count when read along, and every nested page read along primed. */
export async function readRootPage<T extends object>(
  em: Em,
  primer: PagePrimer,
  statement: RootStatement,
  spec: ListSpec<T, unknown, string>,
  args: ListArgs<unknown, string>,
  read: ConnectionSelection,
): Promise<RootPage<T>> {
  const { plan, levels, links } = statement;
  const rows = await executeCompiled(em, statement.compiled);
  const page = toPage(em, spec, rows, plan, args, read);
  const pages = new Map<Level, Page<unknown>[]>(allLevels(levels).map((level) => [level, []]));
  for (let r = 0; r < Math.min(rows.length, plan.limit); r++) {
    primeLinks(em, primer, links, rows[r]!);
    primeLevels(em, primer, levels, Number(rows[r]!.id), rows[r]!, pages);
  }
  await Promise.all([
    primer.readLinks(spec.entity.name, [page], read.links),
    ...[...pages].map(([level, each]) =>
      primer.readLinks(
        level.spec.entity.name,
        each,
        level.read.links.filter((link) => !level.links.some((joined) => joined.property === link)),
      ),
    ),
  ]);
  return { page, count: statement.count ? totalOf(rows, args) : undefined };
}

/**
 * The count read with a page: on every row; with no row, 0 when no cursor narrowed the page
 * (nothing matches), else unknown (the page is past an end, the caller counts).
 */
function totalOf(rows: Record<string, unknown>[], args: ListArgs<unknown, string>): number | undefined {
  if (rows.length > 0) return Number(rows[0]!.__total);
  return args.after == null && args.before == null ? 0 : undefined;
}
