import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../../app/context';
import type { ListArgs, ListSpec, ParentLink } from '../db/list-query';
import { ConnectionValue } from './connection.types';
import { connectionSelection } from './selection';

/** A root list as a connection: rows now, the count only if selected. */
export async function rootConnection<T extends object, TFilter, F extends string>(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  spec: ListSpec<T, TFilter, F>,
  args: ListArgs<TFilter, F>,
): Promise<ConnectionValue<T>> {
  const read = connectionSelection(info, ctx.em.getMetadata().get(spec.entity.name));
  const page = await ctx.loaders.rootPage(spec, args, read, info);
  return new ConnectionValue(page, () => ctx.loaders.rootCount(spec, args.filter));
}

/**
 * A nested list as a connection: the page read ahead with its ancestors' (PostgreSQL, nested-page.ts)
 * at once, else batched with the same list of every other parent at this level.
 */
export function childConnection<T extends object, TFilter, F extends string>(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  spec: ListSpec<T, TFilter, F>,
  link: ParentLink,
  parentId: number,
  args: ListArgs<TFilter, F>,
): ConnectionValue<T> | Promise<ConnectionValue<T>> {
  const selection = info.fieldNodes[0];
  const count = () => ctx.loaders.childCount(spec, link, parentId, args.filter, selection);
  const primed = info.fieldNodes.length === 1 ? ctx.loaders.primedPage<T>(selection, parentId) : undefined;
  if (primed) {
    const known = primed.count;
    return new ConnectionValue(primed.page, known === undefined ? count : () => Promise.resolve(known));
  }
  const read = connectionSelection(info, ctx.em.getMetadata().get(spec.entity.name));
  return ctx.loaders.childPage(spec, link, parentId, args, read, selection).then((page) => new ConnectionValue(page, count));
}

/** What a to-one field resolver returns: the row at once when this request has read it, else a promise of it. */
export type Linked<T> = T | null | Promise<T | null>;

/** A to-one link (e.g. `cadre.unit`): from the records the request has read, else through the per-request loader. */
export function linked<T extends object>(ctx: GraphQLContext, entity: new () => T, ref: { id: number } | null | undefined): Linked<T> {
  if (!ref) return null;
  const known = ctx.loaders.knownById(entity.name, ref.id);
  return known !== undefined ? (known as T | null) : ctx.loaders.byId(entity, ref.id);
}
