import type { EntityDictionary } from '@mikro-orm/core';
import type { Em } from '../app/orm';
import { AuditEntry } from './audit-entry.entity';

/** Audit rows per INSERT: seven columns each, well under any driver's parameter limit. */
const ROWS_PER_STATEMENT = 3_000;

/**
 * One `create` entry per record the demo seed inserts, written in bulk beside the records (the
 * seed bypasses the unit of work, so the subscriber never sees them). `changes` stays null: the
 * record as created is the row itself, and copying every row again would double the seed's cost.
 */
export async function auditSeededRecords(em: Em, entityName: string, ids: readonly number[], at: Date): Promise<void> {
  for (let start = 0; start < ids.length; start += ROWS_PER_STATEMENT) {
    const rows = ids.slice(start, start + ROWS_PER_STATEMENT).map((entityId): EntityDictionary<AuditEntry> => ({
      at,
      actor: 'seed',
      source: 'seed',
      entityName,
      entityId,
      action: 'create',
      changes: null,
    }));
    await em.getDriver().nativeInsertMany<AuditEntry>(AuditEntry.name, rows, { ctx: em.getTransactionContext(), convertCustomTypes: true });
  }
}
