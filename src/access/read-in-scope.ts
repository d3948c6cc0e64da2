import { grantsFor, type RequestAccess } from './scope-cut';

/**
 * Rows the read path made from one statement cut to the viewer's read scopes (list-query.ts
 * `toPage`: every page of a list, root or nested), each with the access it was cut for.
 *
 * What it is for: the personal-data guard (personal-data.ts) checks each row's personal-data
 * scope with one batched query and a promise per field of every row, which halved a scoped
 * viewer's list throughput. When every read grant of the viewer carries the personal-data right,
 * the personal-data scopes are the read scopes, so a row that came out of the read cut is inside
 * them and needs no second look. A row marked for another access object (another request, another
 * viewer) or not marked at all (a to-one link, a single record, a mutation's answer) is checked
 * as before.
 */
const cutFor = new WeakMap<object, { access: RequestAccess; entity: string }>();

/** Whether the viewer's personal-data scopes are exactly their read scopes, and not the root's (which needs no check at all). */
export function personalDataScopesAreReadScopes(access: RequestAccess): boolean {
  const reads = grantsFor(access, 'read');
  return reads.length > 0 && reads.every((g) => g.personalData) && !reads.some((g) => g.scope.kind === 'root');
}

/**
 * Records that these rows of `entity` came out of a statement cut to `access`'s read scopes; only
 * where the guard can use it. Call it only with rows so cut: a row marked wrongly would show its
 * personal data.
 */
export function markCutToReadScopes(rows: readonly object[], entity: string, access: RequestAccess | undefined): void {
  if (!access || !personalDataScopesAreReadScopes(access)) return;
  const mark = { access, entity };
  for (const row of rows) cutFor.set(row, mark);
}

/** Whether `row` came out of a statement over `entity` cut to the read scopes of this very access. */
export function wasCutToReadScopesOf(row: unknown, entity: string, access: RequestAccess): boolean {
  if (typeof row !== 'object' || row === null) return false;
  const mark = cutFor.get(row);
  return mark?.access === access && mark.entity === entity;
}
