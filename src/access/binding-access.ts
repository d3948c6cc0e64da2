import type { Em } from '../app/orm';
import type { Viewer } from '../app/request-meta';
import type { Grant, GrantScope } from './access.types';
import { resolveAccess } from './request-access';
import type { RequestAccess, ScopeReach } from './scope-cut';
import { isInScope } from './visibility';
import { ForbiddenError } from './write-guard.subscriber';

/** What the system may do, anywhere: the grant it acts with inside a scoped binding. */
const SYSTEM_GRANT: Grant = { role: 'admin', scope: { kind: 'root' }, personalData: true, sync: true };

/** A scope with its path looked up, for the SQL cut (null for the root). */
export async function reachOf(em: Em, scope: GrantScope): Promise<ScopeReach> {
  if (scope.kind === 'root') return { scope, path: null };
  const { grants } = await resolveAccess(em, { kind: 'system', name: 'scope', grants: [{ ...SYSTEM_GRANT, scope }] });
  const found = grants[0];
  if (!found) throw new Error(`The scope ${scope.kind} ${scope.id} no longer exists`);
  return { scope, path: found.path };
}

/** A binding as the access layer sees it: its row id (for the `sync` anchor's cut) and its scope. */
export interface BindingReach {
  readonly id: number;
  /** How people name it in a refusal («Bảng tính … (id …)»). */
  readonly label: string;
  readonly scope: GrantScope;
}

/**
 * The viewer a run (or a conflict's resolution) of a binding acts as: the rights of whoever
 * triggers it, cut to the binding's subtree. A viewer with grants must hold the sync right over a
 * scope holding the binding's (else FORBIDDEN naming the binding); the system (no access) has
 * every right, inside the binding's scope when it has one.
 */
export async function viewerForBinding(em: Em, viewer: Viewer, binding: BindingReach): Promise<Viewer> {
  if (viewer.access && !(await isInScope(em, 'SyncBinding', binding.id))) {
    throw new ForbiddenError([
      {
        field: 'spreadsheetId',
        message: `cần quyền đồng bộ (--sync) trên phạm vi chứa ${binding.label} (needs the sync right over a scope holding this binding)`,
      },
    ]);
  }
  if (binding.scope.kind === 'root') return viewer;
  const within = await reachOf(em, binding.scope);
  const access: RequestAccess = viewer.access
    ? { ...viewer.access, within }
    : { principal: { kind: 'system', name: viewer.actor, grants: [SYSTEM_GRANT] }, grants: [{ ...SYSTEM_GRANT, path: null }], within };
  return { ...viewer, access };
}
