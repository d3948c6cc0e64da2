import type { Knex } from '@mikro-orm/knex';
import { anchorOf } from '../access/anchors';
import { type RequestAccess, scopeCondition } from '../access/scope-cut';

/**
 * The flags of one synced table the viewer may know of, as `sync_flag sf` joined to its binding
 * `sb`: those of the bindings they may see (the access layer's cut of `SyncBinding`). Others see
 * no flag at all, so the filter and the `syncFlags` field behave for them as if none existed.
 */
export function visibleFlags(knex: Knex, table: string, access: RequestAccess | undefined): Knex.QueryBuilder {
  const qb = knex.from({ sf: 'sync_flag' }).join({ sb: 'sync_binding' }, 'sb.id', 'sf.binding_id').where('sf.table_name', table);
  const cut = scopeCondition(anchorOf('SyncBinding'), 'sb', access, 'read');
  if (cut) qb.whereRaw(cut.sql, cut.bindings as string[]);
  return qb;
}

/**
 * `filter.syncFlagged` on a list of synced records (alias `t`): true keeps the records some
 * binding flagged (their row went missing from its sheet), false those no binding flagged; null
 * or absent, no constraint. One correlated `exists` on the flags the viewer may know of.
 */
export function whereSyncFlagged(
  qb: Knex.QueryBuilder,
  knex: Knex,
  table: string,
  flagged: boolean | null | undefined,
  access: RequestAccess | undefined,
): void {
  if (flagged == null) return;
  const flags = visibleFlags(knex, table, access).select(knex.raw('1')).whereRaw('sf.record_id = t.id');
  if (flagged) qb.whereExists(flags);
  else qb.whereNotExists(flags);
}
