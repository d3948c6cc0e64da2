import DataLoader from 'dataloader';
import type { EntityClass } from '@mikro-orm/core';
import type { Em } from '../../app/orm';
import type { Purpose } from '../../access/scope-cut';
import { idsInScope } from '../../access/visibility';
import type { Page } from '../graphql/connection.types';
import type { ConnectionSelection } from '../graphql/selection';
import { countChildRows, countRows, fetchChildPages, type ListArgs, type ListSpec, type ParentLink } from './list-query';
import {
  type FieldContext,
  nestedRootStatement,
  type PagePrimer,
  plainRootStatement,
  type PrimedList,
  readRootPage,
  type RootPage,
} from './nested-page';
import { isPostgres } from './bound-drivers';
import { cachedStatement } from './statement-cache';
import { type PlainRow, readRowsById } from './plain-rows';

/** A nested page read ahead (nested-page.ts), with its count when the selection asked for it, and the list it is of. */
export interface PrimedPage<T> {
  page: Page<T>;
  count: number | undefined;
  list: PrimedList;
}

/**
 * Per-request batching. Every nested list asked for in one query level, for every parent
 * on the page, is answered by one SQL statement for rows and one for counts; to-one links
 * by one statement per type. Loaders are keyed by the list, the link and the arguments, so
 * two differently-filtered selections of the same field do not share a batch.
 */
export class RequestLoaders implements PagePrimer {
  private readonly loaders = new Map<string, DataLoader<number, unknown>>();
  /** Records already read in this request, by type and id (null: none, or outside the viewer's scopes). */
  private readonly known = new Map<string, Map<number, unknown>>();
  /** Loader keys by the selection they serve (see `keyOf`). */
  private readonly keys = new WeakMap<object, Map<string, string>>();

  /** Nested pages read ahead, by the field node they answer and the parent's id. */
  private readonly primed = new WeakMap<object, Map<number, PrimedPage<unknown>>>();

  /** `oneStatement`: on PostgreSQL, read a root page's nested connections in one statement (nested-page.ts). */
  constructor(
    readonly em: Em,
    private readonly oneStatement = true,
  ) {}

  /**
   * Field nodes whose resolver has run once in this request, so that their arguments passed
   * TypeGraphQL's checks (true), or is running (its promise).
   */
  readonly checks = new WeakMap<object, true | Promise<unknown>>();

  prime(field: object, parentId: number, page: Page<unknown>, count: number | undefined, list: PrimedList): void {
    let byParent = this.primed.get(field);
    if (!byParent) this.primed.set(field, (byParent = new Map()));
    byParent.set(parentId, { page, count, list });
  }

  /** The page read ahead for this field node and parent, if any. */
  primedPage<T>(field: object | undefined, parentId: number): PrimedPage<T> | undefined {
    return field ? (this.primed.get(field)?.get(parentId) as PrimedPage<T> | undefined) : undefined;
  }

  private loader<V>(key: string, batch: (ids: readonly number[]) => Promise<Map<number, V>>): DataLoader<number, V> {
    let loader = this.loaders.get(key) as DataLoader<number, V> | undefined;
    if (!loader) {
      loader = new DataLoader<number, V>(async (ids) => {
        const found = await batch(ids);
        return ids.map((id) => found.get(id) as V);
      });
      this.loaders.set(key, loader as DataLoader<number, unknown>);
    }
    return loader;
  }

  /**
   * The loader key for a selection. Within one request a field node's arguments never change
   * (they come from the document and the request's variables), so the arguments' part of the key
   * is computed once per node and kind (list and link) rather than once per parent (a thousand
   * times for a nested page).
   */
  private keyOf(selection: object | undefined, kind: string, compute: () => string): string {
    if (!selection) return compute();
    let byKind = this.keys.get(selection);
    if (!byKind) this.keys.set(selection, (byKind = new Map()));
    let key = byKind.get(kind);
    if (key === undefined) byKind.set(kind, (key = compute()));
    return key;
  }

  childPage<T extends object, TFilter, F extends string>(
    spec: ListSpec<T, TFilter, F>,
    link: ParentLink,
    parentId: number,
    args: ListArgs<TFilter, F>,
    read: ConnectionSelection,
    selection?: object,
  ): Promise<Page<T>> {
    const kind = `page|${spec.entity.name}|${link.name}|${read.key}`;
    const key = this.keyOf(selection, kind, () => `${kind}|${stableJson(args)}`);
    return this.loader(key, async (ids) => {
      const pages = await fetchChildPages(this.em, spec, link, ids, args, read);
      await this.readLinks(spec.entity.name, [...pages.values()], read.links);
      return pages;
    }).load(parentId);
  }

  childCount<T extends object, TFilter, F extends string>(
    spec: ListSpec<T, TFilter, F>,
    link: ParentLink,
    parentId: number,
    filter: TFilter | null | undefined,
    selection?: object,
  ): Promise<number> {
    const kind = `count|${spec.entity.name}|${link.name}`;
    const key = this.keyOf(selection, kind, () => `${kind}|${stableJson(filter ?? null)}`);
    return this.loader(key, (ids) => countChildRows(this.em, spec, link, ids, filter)).load(parentId);
  }

  /**
   * A root list's page, and its count when it was read with it (PostgreSQL: with every nested page
   * below, nested-page.ts). The statement is built once per query shape (statement-cache.ts).
   */
  async rootPage<T extends object, TFilter, F extends string>(
    spec: ListSpec<T, TFilter, F>,
    args: ListArgs<TFilter, F>,
    read: ConnectionSelection,
    context?: FieldContext,
  ): Promise<RootPage<T>> {
    const list = spec as ListSpec<T, unknown, string>;
    const listArgs = args as ListArgs<unknown, string>;
    const nested = context !== undefined && this.oneStatement && isPostgres(this.em);
    // SQLite, or nothing to read along: the page alone; nested levels batched by their resolvers, the count read if selected.
    const build = () =>
      (nested ? nestedRootStatement(this.em, context, list, listArgs, read) : undefined) ??
      plainRootStatement(this.em, list, listArgs, read);
    const field = context?.fieldNodes.length === 1 ? context.fieldNodes[0] : undefined;
    const statement = field
      ? cachedStatement(this.em, field, [spec.entity.name, nested, read.key, args, context!.variableValues], build)
      : build();
    return readRootPage(this.em, this, statement, list, listArgs, read);
  }

  /**
   * Reads the to-one links a page's selection asks for (every `training` of a page of
   * enrollments) as soon as the page is read: one batched statement per type, as they would be
   * anyway, after which each row's link resolves at once (`knownById`) instead of through a
   * promise per row.
   */
  async readLinks(entityName: string, pages: readonly Page<unknown>[], links: readonly string[]): Promise<void> {
    if (links.length === 0) return;
    const meta = this.em.getMetadata().get(entityName);
    const reads: Promise<unknown>[] = [];
    for (const link of links) {
      const target = meta.properties[link as never]?.targetMeta?.class;
      if (!target) continue;
      const ids = new Set<number>();
      for (const page of pages) {
        for (const node of page.nodes) {
          const id = (node as Record<string, { id: number } | null | undefined>)[link]?.id;
          if (id != null && this.knownById(target.name, id) === undefined) ids.add(id);
        }
      }
      for (const id of ids) reads.push(this.byId(target, id));
    }
    await Promise.all(reads);
  }

  /** A record this request has already read: the row, null when there is none to see, undefined when not read yet. */
  knownById(entityName: string, id: number): unknown {
    return this.known.get(entityName)?.get(id);
  }

  know(entityName: string, id: number, row: unknown): void {
    let known = this.known.get(entityName);
    if (!known) this.known.set(entityName, (known = new Map()));
    known.set(id, row);
  }

  rootCount<T extends object, TFilter, F extends string>(
    spec: ListSpec<T, TFilter, F>,
    filter: TFilter | null | undefined,
  ): Promise<number> {
    return countRows(this.em, spec, filter);
  }

  /** Any other per-record read of this request (the sync flags of a page of cadres...), batched under `key`. */
  batched<V>(key: string, id: number, batch: (ids: readonly number[]) => Promise<Map<number, V>>): Promise<V> {
    return this.loader(key, batch).load(id);
  }

  /** Whether a record lies inside the viewer's scopes for a purpose, batched per type and purpose. */
  inScope(entityName: string, purpose: Purpose, id: number): Promise<boolean> {
    const key = `scope|${entityName}|${purpose}`;
    return this.loader(key, async (ids) => {
      const inside = await idsInScope(this.em, entityName, ids, purpose);
      return new Map(ids.map((each) => [each, inside.has(each)]));
    }).load(id);
  }

  /** A record by database id as a plain row, batched per type; null when it does not exist. */
  byId<T extends object>(entity: EntityClass<T>, id: number): Promise<PlainRow<T> | null> {
    const key = `id|${entity.name}`;
    return this.loader(key, async (ids) => {
      // A to-one link or node outside the viewer's scopes is null, as if it did not exist.
      const visible = await idsInScope(this.em, entity.name, ids);
      const rows = visible.size === 0 ? new Map<number, PlainRow<T>>() : await readRowsById<T>(this.em, entity.name, [...visible]);
      for (const id of ids) this.know(entity.name, id, rows.get(id) ?? null);
      return rows;
    })
      .load(id)
      .then((row) => row ?? null);
  }
}

/** JSON with sorted keys, so equal arguments give equal loader keys. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
