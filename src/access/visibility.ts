import type { Em } from '../app/orm';
import { requestMetaOf } from '../app/orm';
import { anchorOf } from './anchors';
import { type Purpose, scopeCondition } from './scope-cut';

/** The viewer's access on this EntityManager (undefined: the system). */
export function accessOf(em: Em) {
  return requestMetaOf(em)?.access;
}

/**
 * Which of these ids of an entity the viewer may reach for a purpose: one statement, or none when
 * nothing is cut. Outside the scope a record does not exist, so callers answer NOT_FOUND.
 */
export async function idsInScope(em: Em, entityName: string, ids: readonly number[], purpose: Purpose = 'read'): Promise<Set<number>> {
  const condition = scopeCondition(anchorOf(entityName), 't', accessOf(em), purpose);
  if (!condition || ids.length === 0) return new Set(ids);
  const knex = em.getKnex();
  const table = em.getMetadata().find(entityName)!.tableName;
  const qb = knex
    .from({ t: table })
    .select('t.id')
    .whereIn('t.id', [...ids])
    .whereRaw(condition.sql, condition.bindings as string[]);
  const rows = await em.getConnection().execute<{ id: number }[]>(qb, [], 'all', em.getTransactionContext(), em.getLoggerContext());
  return new Set(rows.map((row) => Number(row.id)));
}

export async function isInScope(em: Em, entityName: string, id: number, purpose: Purpose = 'read'): Promise<boolean> {
  return (await idsInScope(em, entityName, [id], purpose)).has(id);
}
