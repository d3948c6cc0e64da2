import type { Knex } from '@mikro-orm/knex';
import type { Grant, Principal, Role } from './access.types';

/** A grant with its scope's materialised path looked up ("/1/7/"), for the SQL cut. */
export interface ResolvedGrant extends Grant {
  /** Path of the scope's locality or unit; null for the root. */
  readonly path: string | null;
}

/** A subtree, with its path looked up: where a grant reaches, or where a sync binding's records are. */
export type ScopeReach = Pick<ResolvedGrant, 'scope' | 'path'>;

/** What travels with a request's EntityManager: who asks and their grants. Absent for the system (CLI, seed). */
export interface RequestAccess {
  readonly principal: Principal;
  readonly grants: readonly ResolvedGrant[];
  /**
   * A subtree every record must also lie in, whatever the grants allow: a scoped sync binding's
   * (its runs read and write only that subtree, with the rights of whoever runs them). It cuts the
   * records of the tree (localities, units, cadres and what hangs on them); catalogs, the audit log
   * and the sync bookkeeping are left to the grants.
   */
  readonly within?: ScopeReach;
}

/**
 * How a row of an entity belongs to a scope, written once per entity (anchors.ts):
 * - `locality` / `unit`: the row is a locality or a unit (its id column);
 * - `unit-of`: the row hangs on a unit (a cadre's `unit_id`);
 * - `cadre-of`: the row hangs on a cadre (enrollments, assignments, planning...), which hangs on its unit;
 * - `locality-or-unit-of`: either (targets);
 * - `catalog`: shared lists every signed-in reader sees (courses, posts, terms); written by admins;
 * - `admin`: only admins read it (the audit log, users, keys);
 * - `sync`: holders of the sync right over a subtree holding the binding's scope (a binding
 *   itself, or a row of one through `bindingColumn`: runs, flags, leases).
 */
export type ScopeAnchor =
  | { readonly kind: 'locality' }
  | { readonly kind: 'unit' }
  | { readonly kind: 'unit-of'; readonly column: string; readonly property: string }
  | { readonly kind: 'cadre-of'; readonly column: string; readonly property: string }
  | { readonly kind: 'locality-or-unit-of'; readonly localityColumn: string; readonly unitColumn: string }
  | { readonly kind: 'catalog' }
  | { readonly kind: 'admin' }
  | { readonly kind: 'sync'; readonly bindingColumn?: string };

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
function pathsOf(grants: readonly ScopeReach[]): { localities: string[]; units: string[] } {
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
function unitCondition(column: string, grants: readonly ScopeReach[]): SqlCondition {
  const { localities, units } = pathsOf(grants);
  const tests = [...likeAny('sl.path', localities), ...likeAny('su.path', units)];
  if (tests.length === 0) return NOTHING;
  return {
    sql: `${column} in (select su.id from unit su join locality sl on sl.id = su.locality_id where ${tests.join(' or ')})`,
    bindings: [...localities, ...units],
  };
}

/** `column` (a locality id) is inside a locality grant, or is where a unit grant's units are. */
function localityCondition(column: string, grants: readonly ScopeReach[]): SqlCondition {
  const { localities, units } = pathsOf(grants);
  const parts: string[] = [];
  if (localities.length > 0) parts.push(`select sl.id from locality sl where ${likeAny('sl.path', localities).join(' or ')}`);
  if (units.length > 0) parts.push(`select su.locality_id from unit su where ${likeAny('su.path', units).join(' or ')}`);
  if (parts.length === 0) return NOTHING;
  return { sql: `${column} in (${parts.join(' union ')})`, bindings: [...localities, ...units] };
}

function cadreCondition(column: string, grants: readonly ScopeReach[]): SqlCondition {
  const inner = unitCondition('sc.unit_id', grants);
  if (inner === NOTHING) return NOTHING;
  return { sql: `${column} in (select sc.id from cadre sc where ${inner.sql})`, bindings: inner.bindings };
}

/**
 * A sync binding (alias `alias`, its `locality_id` / `unit_id` scope) lies inside one of the
 * grants' subtrees: a locality binding inside a locality grant, a unit binding inside either.
 * A whole-database binding (both null) is inside none: only a root grant reaches it.
 */
function bindingCondition(alias: string, grants: readonly ScopeReach[]): SqlCondition {
  const { localities } = pathsOf(grants);
  const byUnit = unitCondition(`${alias}.unit_id`, grants);
  if (localities.length === 0) return byUnit;
  const byLocality = `${alias}.locality_id in (select sl.id from locality sl where ${likeAny('sl.path', localities).join(' or ')})`;
  if (byUnit === NOTHING) return { sql: byLocality, bindings: localities };
  return { sql: `(${byLocality} or ${byUnit.sql})`, bindings: [...localities, ...byUnit.bindings] };
}

/** The cut of the tree's records to subtrees (null for the kinds no subtree cuts). */
function subtreeCondition(anchor: ScopeAnchor, alias: string, reaches: readonly ScopeReach[]): SqlCondition | null {
  switch (anchor.kind) {
    case 'catalog':
    case 'admin':
      return null;
    case 'sync':
      return anchor.bindingColumn
        ? prefixed(`${alias}.${anchor.bindingColumn} in (select sb.id from sync_binding sb where `, bindingCondition('sb', reaches), ')')
        : bindingCondition(alias, reaches);
    case 'locality':
      return localityCondition(`${alias}.id`, reaches);
    case 'unit':
      return unitCondition(`${alias}.id`, reaches);
    case 'unit-of':
      return unitCondition(`${alias}.${anchor.column}`, reaches);
    case 'cadre-of':
      return cadreCondition(`${alias}.${anchor.column}`, reaches);
    case 'locality-or-unit-of': {
      const byLocality = localityCondition(`${alias}.${anchor.localityColumn}`, reaches);
      const byUnit = unitCondition(`${alias}.${anchor.unitColumn}`, reaches);
      return { sql: `(${byLocality.sql} or ${byUnit.sql})`, bindings: [...byLocality.bindings, ...byUnit.bindings] };
    }
  }
}

function prefixed(before: string, condition: SqlCondition, after: string): SqlCondition {
  return condition === NOTHING ? NOTHING : { sql: `${before}${condition.sql}${after}`, bindings: condition.bindings };
}

function bothOf(a: SqlCondition | null, b: SqlCondition | null): SqlCondition | null {
  if (a === null) return b;
  if (b === null) return a;
  if (a === NOTHING || b === NOTHING) return NOTHING;
  return { sql: `(${a.sql}) and (${b.sql})`, bindings: [...a.bindings, ...b.bindings] };
}

/** The cut by the grants alone. */
function grantsCondition(anchor: ScopeAnchor, alias: string, access: RequestAccess, purpose: Purpose): SqlCondition | null {
  let grants = grantsFor(access, purpose);
  if (anchor.kind === 'admin') grants = grants.filter((g) => g.role === 'admin');
  if (anchor.kind === 'sync') grants = grants.filter((g) => g.sync);
  if (grants.length === 0) return NOTHING;
  if (anchor.kind === 'catalog' && purpose === 'write') grants = grants.filter((g) => g.role === 'admin');
  if (grants.length === 0) return NOTHING;
  if (grants.some((g) => g.scope.kind === 'root')) return null;
  // Catalogs are read by every signed-in reader and written by root admins; the audit log is not tied to a subtree yet.
  if (anchor.kind === 'catalog') return purpose === 'write' ? NOTHING : null;
  if (anchor.kind === 'admin') return NOTHING;
  return subtreeCondition(anchor, alias, grants);
}

/**
 * The SQL that cuts rows of an entity (alias `alias`) to the viewer's scopes for a purpose, and to
 * the access's `within` subtree when it has one, or null when nothing is cut (the system, or a
 * grant over the root). No grant at all cuts everything.
 */
export function scopeCondition(
  anchor: ScopeAnchor,
  alias: string,
  access: RequestAccess | undefined,
  purpose: Purpose,
): SqlCondition | null {
  if (!access) return null;
  const byGrants = grantsCondition(anchor, alias, access, purpose);
  if (!access.within || byGrants === NOTHING) return byGrants;
  // The bookkeeping of other bindings is the grants' business: `within` cuts the records, not the syncs.
  if (anchor.kind === 'sync') return byGrants;
  return bothOf(byGrants, access.within.path === null ? null : subtreeCondition(anchor, alias, [access.within]));
}

/**
 * Where a nested list's rows lie relative to the parent record they are read under, when their
 * anchor does not say it: in the parent locality's subtree (a locality's units and cadres, its
 * subtree's) or in the parent unit's subtree (its subtree's cadres). Declared only where the link
 * matches rows by what the scope cut itself reads, a key compared exactly (`locality_id`) or a
 * path prefix (`path like parent.path || '%'`); never by a `parent_id` that the stored paths
 * would be trusted to agree with (a concurrent move once left a child's path stale).
 */
export type ParentSubtree = 'locality-subtree' | 'unit-subtree';

/** How a nested list's rows hang on their parent: the parent's key column, any join it needs, and the subtree they lie in. */
export interface ParentLinkShape {
  readonly parentKey: string;
  readonly join?: unknown;
  readonly lies?: ParentSubtree;
}

/** The entity each anchor that hangs rows on another record hangs them on. */
const HUNG_ON: Partial<Record<ScopeAnchor['kind'], string>> = { 'unit-of': 'Unit', 'cadre-of': 'Cadre' };

/**
 * Whether every row a nested list reaches from a parent (an entity `parentEntity`) inside the
 * viewer's scopes (for reading) is inside them too, so that the rows' own cut adds nothing and can
 * be left out. True when:
 * - the rows hang on the parent the way their anchor says (a cadre's enrollments by `cadre_id`,
 *   a unit's cadres by `unit_id`): a row is in scope exactly when its parent is;
 * - or they lie in the parent's subtree (`lies`) and every scope that cuts them, each read grant
 *   and the `within` subtree, is of that subtree's kind: below a locality a locality grant reaches,
 *   everything is in that grant. Not with a unit grant: a locality is in a unit grant's reach when
 *   the unit is there, yet its other units are not, and a sub-unit may sit in another locality.
 * Only for parents known to be cut to the same access: the one-statement nested read's own rows.
 */
export function parentCutCovers(
  anchor: ScopeAnchor,
  link: ParentLinkShape,
  parentEntity: string,
  access: RequestAccess | undefined,
): boolean {
  if (!access) return false;
  const hangsOnParent =
    (anchor.kind === 'unit-of' || anchor.kind === 'cadre-of') &&
    HUNG_ON[anchor.kind] === parentEntity &&
    !link.join &&
    link.parentKey === `t.${anchor.column}`;
  if (hangsOnParent) return true;
  if (!link.lies) return false;
  const kind = link.lies === 'locality-subtree' ? 'locality' : 'unit';
  const grants = grantsFor(access, 'read');
  if (grants.length === 0) return false;
  const reaches: ScopeReach[] = access.within?.path ? [...grants, access.within] : [...grants];
  return reaches.every((reach) => reach.scope.kind === 'root' || reach.scope.kind === kind);
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
