import { registerEnumType } from 'type-graphql';

/** The engine's policy strings as GraphQL enums (values are the strings the engine uses). */
export const SyncConflictPolicy = { MANUAL: 'manual', SHEET_WINS: 'sheet-wins', DATABASE_WINS: 'database-wins' } as const;
export const SyncSheetRowDeletedPolicy = { FLAG: 'flag', DELETE: 'delete' } as const;
export const SyncRecordDeletedPolicy = { MARK: 'mark', REMOVE: 'remove' } as const;
export const SyncRunOutcome = { SUCCEEDED: 'succeeded', FAILED: 'failed' } as const;
export type SyncRunOutcome = (typeof SyncRunOutcome)[keyof typeof SyncRunOutcome];

registerEnumType(SyncConflictPolicy, { name: 'SyncConflictPolicy' });
registerEnumType(SyncSheetRowDeletedPolicy, { name: 'SyncSheetRowDeletedPolicy' });
registerEnumType(SyncRecordDeletedPolicy, { name: 'SyncRecordDeletedPolicy' });
registerEnumType(SyncRunOutcome, { name: 'SyncRunOutcome' });
