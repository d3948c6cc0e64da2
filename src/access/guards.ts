import type { GraphQLContext } from '../app/context';
import type { Grant } from './access.types';
import { ForbiddenError } from './write-guard.subscriber';

/**
 * Sync bindings are whole-database spreadsheets until they get scopes of their own (issue #10), so
 * running, resolving or reading a sync needs the sync right over the root; conflicts show values of
 * both sides, so reading them needs the personal-data right too. The system (no access) passes.
 */
function holdsRootSync(ctx: GraphQLContext, extra: (grant: Grant) => boolean = () => true): boolean {
  const access = ctx.viewer.access;
  return !access || access.grants.some((g) => g.sync && g.scope.kind === 'root' && extra(g));
}

/** For the sync queries: a reader without the right sees no binding, run or conflict at all. */
export function maySeeSyncs(ctx: GraphQLContext, withPersonalData = false): boolean {
  return holdsRootSync(ctx, (g) => !withPersonalData || g.personalData);
}

/** For the sync mutations: refused with FORBIDDEN naming the right that is missing. */
export function requireSyncRight(ctx: GraphQLContext): void {
  if (!holdsRootSync(ctx)) {
    throw new ForbiddenError([
      { field: 'spreadsheetId', message: 'cần quyền đồng bộ (--sync) trên toàn hệ thống (needs the sync right over the root scope)' },
    ]);
  }
}
