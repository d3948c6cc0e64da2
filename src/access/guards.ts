import type { GraphQLContext } from '../app/context';
import type { Grant } from './access.types';
import { ForbiddenError } from './write-guard.subscriber';

/**
 * Running, resolving or reading a sync needs the sync right over some scope; which bindings it
 * reaches (those whose scope lies inside it) is the `sync` anchor's cut, applied by the sync
 * service per binding. Conflicts show values of both sides, so reading them needs the
 * personal-data right too. The system (no access) passes.
 */
function holdsSync(ctx: GraphQLContext, extra: (grant: Grant) => boolean = () => true): boolean {
  const access = ctx.viewer.access;
  return !access || access.grants.some((g) => g.sync && extra(g));
}

/** For the sync queries: a reader without the right sees no binding, run or conflict at all. */
export function maySeeSyncs(ctx: GraphQLContext, withPersonalData = false): boolean {
  return holdsSync(ctx, (g) => !withPersonalData || g.personalData);
}

/** For the sync mutations: refused with FORBIDDEN naming the right that is missing. */
export function requireSyncRight(ctx: GraphQLContext): void {
  if (!holdsSync(ctx)) {
    throw new ForbiddenError([{ field: 'spreadsheetId', message: 'cần quyền đồng bộ (--sync) (needs the sync right)' }]);
  }
}
