import type { Knex } from '@mikro-orm/knex';
import type { Grant, Principal, Role } from './access.types';

/** A grant with its scope's materialised path looked up ("/1/7/"), for the SQL cut. */
export interface ResolvedGrant extends Grant {
  /** Path of the scope's locality or unit; null for the root. */
  readonly path: string | null;
}

/** What travels with a request's EntityManager: who asks and their grants. Absent for the system (CLI, seed). */
export interface RequestAccess {
  readonly principal: Principal;
  readonly grants: readonly ResolvedGrant[];
}

/**
 * How a row of an entity belongs to a scope, written once per entity (anchors.ts):
 * - `locality` / `unit`: the row is a locality or a unit (its id column);
 * - `unit-of`: the row hangs on a unit (a cadre's `unit_id`);
 * - `cadre-of`: the row hangs on a cadre (enrollments, assignments, planning...), which hangs on its unit;
 * - `locality-or-unit-of`: either (targets);
 * - `catalog`: shared lists every signed-in reader sees (courses, posts, terms); written by admins;
 * - `admin`: only admins read it (the audit log, users, keys); `sync`: holders of the sync right.
 */
export type ScopeAnchor =
  | { readonly kind: 'locality' }
  | { readonly kind: 'unit' }
  | { readonly kind: 'unit-of'; readonly column: string; readonly property: string }
  | { readonly kind: 'cadre-of'; readonly column: string; readonly property: string }
  | { readonly kind: 'locality-or-unit-of'; readonly localityColumn: string; readonly unitColumn: string }
  | { readonly kind: 'catalog' }
  | { readonly kind: 'admin' }
  | { readonly kind: 'sync' };

/** What the viewer wants to do with the rows: each needs its own grants. */
export type Purpose = 'read' | 'write' | 'personal-data';

const WRITE_ROLES: ReadonlySet<Role> = new Set(['editor', 'admin']);

export function grantsFor(access: RequestAccess, purpose: Purpose): readonly ResolvedGrant[] {
  if (purpose === 'write') return access.grants.filter((g) => WRITE_ROLES.has(g.role));
  if (purpose === 'personal-data') return access.grants.filter((g) => g.personalData);
  return access.grants;
}

export interface SqlCondition {
  readonly sql: string;
  readonly bindings: readonly string[];
}

const NOTHING: SqlCondition = { sql: '1 = 0', bindings: [] };

/** Paths of the locality grants and of the unit grants, each ending in '%' for LIKE (paths hold digits and '/' only). */
function pathsOf(grants: readonly ResolvedGrant[]): { localities: string[]; units: string[] } {
  const localities: string[] = [];
  const units: string[] = [];
  for (const grant of grants) {
    if (grant.scope.kind === 'locality' && grant.path) localities.push(`${grant.path}%`);
    if (grant.scope.kind === 'unit' && grant.path) units.push(`${grant.path}%`);
  }
  return { localities, units };
}

const likeAny = (column: string, patterns: readonly string[]) => patterns.map(() => `${column} like ?`);

/** `column` (a unit id) is a unit inside one of the grants' scopes. */
function unitCondition(column: string, grants: readonly ResolvedGrant[]): SqlCondition {
  const { localities, units } = pathsOf(grants);
  const tests = [...likeAny('sl.path', localities), ...likeAny('su.path', units)];
  if (tests.length === 0) return NOTHING;
  return {
    sql: `${column} in (select su.id from unit su join locality sl on sl.id = su.locality_id where ${tests.join(' or ')})`,
    bindings: [...localities, ...units],
  };
}

/** `column` (a locality id) is inside a locality grant, or is where a unit grant's units are. */
function localityCondition(column: string, grants: readonly ResolvedGrant[]): SqlCondition {
  const { localities, units } = pathsOf(grants);
  const parts: string[] = [];
  if (localities.length > 0) parts.push(`select sl.id from locality sl where ${likeAny('sl.path', localities).join(' or ')}`);
  if (units.length > 0) parts.push(`select su.locality_id from unit su where ${likeAny('su.path', units).join(' or ')}`);
  if (parts.length === 0) return NOTHING;
  return { sql: `${column} in (${parts.join(' union ')})`, bindings: [...localities, ...units] };
}

function cadreCondition(column: string, grants: readonly ResolvedGrant[]): SqlCondition {
  const inner = unitCondition('sc.unit_id', grants);
  if (inner === NOTHING) return NOTHING;
  return { sql: `${column} in (select sc.id from cadre sc where ${inner.sql})`, bindings: inner.bindings };
}

/**
 * The SQL that cuts rows of an entity (alias `alias`) to the viewer's scopes for a purpose, or
 * null when nothing is cut (the system, or a grant over the root). No grant at all cuts everything.
 */
export function scopeCondition(
  anchor: ScopeAnchor,
  alias: string,
  access: RequestAccess | undefined,
  purpose: Purpose,
): SqlCondition | null {
  if (!access) return null;
  let grants = grantsFor(access, purpose);
  if (anchor.kind === 'admin') grants = grants.filter((g) => g.role === 'admin');
  if (anchor.kind === 'sync') grants = grants.filter((g) => g.sync);
  if (grants.length === 0) return NOTHING;
  if (anchor.kind === 'catalog' && purpose === 'write') grants = grants.filter((g) => g.role === 'admin');
  if (grants.length === 0) return NOTHING;
  if (grants.some((g) => g.scope.kind === 'root')) return null;
  switch (anchor.kind) {
    case 'catalog':
      return purpose === 'write' ? NOTHING : null;
    case 'admin':
    case 'sync':
      // Audit and sync bookkeeping are not tied to a subtree yet: only a root grant reaches them.
      return NOTHING;
    case 'locality':
      return localityCondition(`${alias}.id`, grants);
    case 'unit':
      return unitCondition(`${alias}.id`, grants);
    case 'unit-of':
      return unitCondition(`${alias}.${anchor.column}`, grants);
    case 'cadre-of':
      return cadreCondition(`${alias}.${anchor.column}`, grants);
    case 'locality-or-unit-of': {
      const byLocality = localityCondition(`${alias}.${anchor.localityColumn}`, grants);
      const byUnit = unitCondition(`${alias}.${anchor.unitColumn}`, grants);
      return { sql: `(${byLocality.sql} or ${byUnit.sql})`, bindings: [...byLocality.bindings, ...byUnit.bindings] };
    }
  }
}

/** Adds the cut to a query over `alias`; does nothing when nothing is cut. */
export function whereInScope(
  qb: Knex.QueryBuilder,
  anchor: ScopeAnchor,
  alias: string,
  access: RequestAccess | undefined,
  purpose: Purpose = 'read',
): void {
  const condition = scopeCondition(anchor, alias, access, purpose);
  if (condition) qb.whereRaw(condition.sql, condition.bindings as string[]);
}
