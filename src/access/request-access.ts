import type { Em } from '../app/orm';
import type { Principal } from './access.types';
import type { RequestAccess, ResolvedGrant } from './scope-cut';

/** The access of a principal whose sign-in read its scopes' paths with its grants (no lookup left), else undefined. */
export function accessOfSignIn(principal: Principal): RequestAccess | undefined {
  return principal.resolvedGrants ? { principal, grants: principal.resolvedGrants } : undefined;
}

/**
 * A principal's grants with the paths of their scopes, for the SQL cut: two lookups at most (the
 * localities' and the units' paths; none when sign-in read them with the grants). A scope that no
 * longer exists grants nothing.
 */
export async function resolveAccess(em: Em, principal: Principal): Promise<RequestAccess> {
  const known = accessOfSignIn(principal);
  if (known) return known;
  const ids = { locality: new Set<number>(), unit: new Set<number>() };
  for (const grant of principal.grants) if (grant.scope.kind !== 'root') ids[grant.scope.kind].add(grant.scope.id);
  const paths = { locality: new Map<number, string>(), unit: new Map<number, string>() };
  for (const kind of ['locality', 'unit'] as const) {
    if (ids[kind].size === 0) continue;
    const qb = em
      .getKnex()
      .from(kind)
      .select('id', 'path')
      .whereIn('id', [...ids[kind]]);
    const rows = await em.getConnection().execute<{ id: number; path: string }[]>(qb, [], 'all', undefined, em.getLoggerContext());
    for (const row of rows) paths[kind].set(Number(row.id), row.path);
  }
  const grants: ResolvedGrant[] = [];
  for (const grant of principal.grants) {
    if (grant.scope.kind === 'root') grants.push({ ...grant, path: null });
    else {
      const path = paths[grant.scope.kind].get(grant.scope.id);
      if (path) grants.push({ ...grant, path });
    }
  }
  return { principal, grants };
}
