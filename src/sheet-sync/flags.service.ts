import type { Em } from '../app/orm';
import { accessOf, isInScope } from '../access/visibility';
import { ForbiddenError } from '../access/write-guard.subscriber';
import { deleteUnlessReferenced, findByGlobalId } from '../common/db/crud';
import { BadUserInputError } from '../common/errors/errors';
import { fromGlobalId } from '../common/graphql/global-id';
import { visibleFlags } from './flags-sql';
import type { SyncFlagInfo } from './flags.types';
import { SyncFlag } from './sync-flag.entity';
import type { BoundTab } from './sync-binding.entity';
import type { SyncTableDefinition } from './table-definition';
import { SYNC_TABLES } from './tables';

/** The synced type a global id names, or BAD_USER_INPUT naming the field. */
export function syncedTableOf(globalId: string, field = 'input.id'): { definition: SyncTableDefinition; id: number } {
  const decoded = fromGlobalId(globalId);
  const definition = decoded && SYNC_TABLES.find((d) => d.entity.name === decoded.typeName);
  if (!decoded || !definition) {
    const types = SYNC_TABLES.map((d) => d.entity.name).join(', ');
    throw new BadUserInputError([{ field, message: `Không phải mã của một bản ghi được đồng bộ với bảng tính (${types}): "${globalId}"` }]);
  }
  return { definition, id: decoded.databaseId };
}

interface FlagRow {
  record_id: number | string;
  flag_id: number | string;
  spreadsheet_id: string;
  title: string | null;
  tabs: BoundTab[] | string | null;
  created_at: Date | string | number;
}

/** The flags of these records the viewer may know of, by record id, oldest first: one statement. */
export async function syncFlagsOf(em: Em, table: string, recordIds: readonly number[]): Promise<Map<number, SyncFlagInfo[]>> {
  const byRecord = new Map<number, SyncFlagInfo[]>(recordIds.map((id) => [id, []]));
  if (recordIds.length === 0) return byRecord;
  const knex = em.getKnex();
  const qb = visibleFlags(knex, table, accessOf(em))
    .whereIn('sf.record_id', [...recordIds])
    .select('sf.record_id', 'sf.id as flag_id', 'sb.spreadsheet_id', 'sb.title', 'sb.tabs', 'sf.created_at')
    .orderBy([{ column: 'sf.created_at' }, { column: 'sf.id' }]);
  const rows = await em.getConnection().execute<FlagRow[]>(qb, [], 'all', em.getTransactionContext(), em.getLoggerContext());
  for (const row of rows) {
    const tabs = (typeof row.tabs === 'string' ? JSON.parse(row.tabs) : row.tabs) as BoundTab[] | null;
    byRecord.get(Number(row.record_id))?.push({
      spreadsheetId: row.spreadsheet_id,
      title: row.title,
      sheetTitle: tabs?.find((tab) => tab.table === table)?.sheetTitle ?? null,
      flaggedAt: row.created_at instanceof Date ? row.created_at : new Date(row.created_at),
    });
  }
  return byRecord;
}

/**
 * The flags a restore or a confirmed delete acts on: the record must be one the viewer may
 * change, and flagged by a binding they may see (that spreadsheet's, when one is named).
 */
async function flagsToSettle(em: Em, globalId: string, spreadsheetId: string | null | undefined) {
  const { definition, id } = syncedTableOf(globalId);
  // Outside the viewer's scopes the record does not exist (NOT_FOUND); inside but read-only, FORBIDDEN.
  await findByGlobalId(em, definition.entity, globalId, 'input.id');
  if (!(await isInScope(em, definition.entity.name, id, 'write'))) {
    throw new ForbiddenError([{ field: 'input.id', message: 'bạn chỉ có quyền xem bản ghi này (read-only for you)' }]);
  }
  const qb = visibleFlags(em.getKnex(), definition.table, accessOf(em)).where('sf.record_id', id).select('sf.id');
  if (spreadsheetId != null) qb.where('sb.spreadsheet_id', spreadsheetId);
  const rows = await em.getConnection().execute<{ id: number }[]>(qb, [], 'all', em.getTransactionContext(), em.getLoggerContext());
  if (rows.length === 0) {
    const where = spreadsheetId != null ? `bảng tính ${spreadsheetId}` : 'bảng tính nào';
    throw new BadUserInputError([{ field: 'input.id', message: `Bản ghi ${globalId} không bị ${where} đánh dấu là đã xóa dòng` }]);
  }
  return { definition, id, flagIds: rows.map((row) => Number(row.id)) };
}

/**
 * Clears the flags: the record stays, and the next run of each of those bindings appends its row
 * back to the sheet (the engine gives a row to a record its sheet lost once it is no longer flagged).
 */
export async function restoreSyncedRecord(
  em: Em,
  globalId: string,
  spreadsheetId?: string | null,
): Promise<{ entityName: string; id: number }> {
  const { definition, id, flagIds } = await flagsToSettle(em, globalId, spreadsheetId);
  await em.nativeDelete(SyncFlag, { id: { $in: flagIds } });
  return { entityName: definition.entity.name, id };
}

/**
 * Staff deleted the row on purpose: the record goes as a GraphQL delete would (refused, with
 * nothing changed, while anything still refers to it), and with it every flag of it, so that no
 * binding reports it any more. One transaction; the delete is in the audit log.
 */
export async function confirmSyncedDelete(em: Em, globalId: string, spreadsheetId?: string | null): Promise<object> {
  return em.transactional(async (tx) => {
    const { definition, id } = await flagsToSettle(tx, globalId, spreadsheetId);
    const deleted = await deleteUnlessReferenced(tx, definition.entity, globalId);
    // Every binding's flag: the record is gone for all of them, including bindings the viewer cannot see.
    await tx.nativeDelete(SyncFlag, { tableName: definition.table, recordId: id });
    return deleted;
  });
}
