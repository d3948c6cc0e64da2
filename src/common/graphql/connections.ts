import { type FieldNode, type GraphQLResolveInfo, type GraphQLSchema, isObjectType } from 'graphql';
import type { GraphQLContext } from '../../app/context';
import type { ListArgs, ListSpec, ParentLink } from '../db/list-query';
import { isPlainRow } from '../db/plain-rows';
import { ConnectionValue } from './connection.types';
import { connectionSelection } from './selection';
import { nestedListOf } from './nested-lists';
import type { PrimedPage } from '../db/request-loaders';

/** A root list as a connection: rows now, the count only if selected. */
export async function rootConnection<T extends object, TFilter, F extends string>(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  spec: ListSpec<T, TFilter, F>,
  args: ListArgs<TFilter, F>,
): Promise<ConnectionValue<T>> {
  const read = connectionSelection(info, ctx.em.getMetadata().get(spec.entity.name));
  const { page, count } = await ctx.loaders.rootPage(spec, args, read, info);
  return new ConnectionValue(page, count === undefined ? () => ctx.loaders.rootCount(spec, args.filter) : () => Promise.resolve(count));
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
  const primed = info.fieldNodes.length === 1 ? ctx.loaders.primedPage<T>(selection, parentId) : undefined;
  if (primed) return primedConnection(ctx, primed, parentId, selection!);
  const read = connectionSelection(info, ctx.em.getMetadata().get(spec.entity.name));
  return ctx.loaders
    .childPage(spec, link, parentId, args, read, selection)
    .then((page) => new ConnectionValue(page, () => ctx.loaders.childCount(spec, link, parentId, args.filter, selection)));
}

function primedConnection<T>(ctx: GraphQLContext, primed: PrimedPage<T>, parentId: number, field: FieldNode): ConnectionValue<T> {
  const { count, list } = primed;
  return new ConnectionValue(
    primed.page,
    count === undefined
      ? () => ctx.loaders.childCount(list.spec, list.link, parentId, list.args.filter, field)
      : () => Promise.resolve(count),
  );
}

/**
 * The declared nested lists' resolvers, answering from the pages read ahead without TypeGraphQL's
 * per-call work (argument objects, validation, a promise) once the field's resolver has run for
 * one parent in the request: that first run checks the arguments and reports their errors as
 * always, and arguments are the same for every parent of a field node.
 */
export function answerPrimedNestedLists(schema: GraphQLSchema): number {
  let wrapped = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || !nestedListOf(type.name, field.name)) continue;
      field.resolve = (root: { id: number }, args, ctx: GraphQLContext, info) => {
        const node = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : undefined;
        const primed = node && ctx.loaders.primedPage(node, root.id);
        if (!primed) return resolve(root, args, ctx, info);
        const checks = ctx.loaders.checks;
        const check = checks.get(node);
        if (check === true) return primedConnection(ctx, primed, root.id, node);
        // Its siblings wait for the first run; if that fails, each runs its own resolver (and fails the same way).
        if (check)
          return check.then(
            () => primedConnection(ctx, primed, root.id, node),
            () => resolve(root, args, ctx, info),
          );
        const first = Promise.resolve(resolve(root, args, ctx, info));
        const checked = first.then(() => void checks.set(node, true));
        checked.catch(() => undefined); // the failure is the first run's to report
        checks.set(node, checked);
        return first;
      };
      wrapped++;
    }
  }
  return wrapped;
}

/** What a to-one field resolver returns: the row at once when this request has read it, else a promise of it. */
export type Linked<T> = T | null | Promise<T | null>;

/**
 * A to-one link (e.g. `cadre.unit`): the record itself when the row was read with it (nested-page.ts
 * sets it in place of the `{ id }`), else from the records the request has read, else through the
 * per-request loader.
 */
export function linked<T extends object>(ctx: GraphQLContext, entity: new () => T, ref: { id: number } | null | undefined): Linked<T> {
  if (!ref) return null;
  if (isPlainRow(ref)) return ref as T;
  const known = ctx.loaders.knownById(entity.name, ref.id);
  return known !== undefined ? (known as T | null) : ctx.loaders.byId(entity, ref.id);
}
