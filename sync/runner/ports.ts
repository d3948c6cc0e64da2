import type { ChangeRejection, DatabaseChange } from '../engine/changes';
import type { ConflictTabOptions } from '../engine/conflict-tab';
import type { RowRefusal } from '../engine/refused-rows';
import type { FieldValues, RecordRow, SyncPolicy, SyncState, TableSpec } from '../engine/types';

/** A sheet row that is about to become a record, as `SyncStore.checkCreates` sees it. */
export interface NewRecord {
  readonly table: string;
  readonly rowNumber: number;
  readonly values: FieldValues;
}

/** A spreadsheet's tabs bound to entity types: what one sync run reconciles. */
export interface SyncBinding {
  readonly bindingId: string;
  readonly spreadsheetId: string;
  /** In dependency order: parents (localities, units) before children (cadres), since creates follow it. */
  readonly tables: readonly TableSpec[];
  readonly policy?: Partial<SyncPolicy>;
  /**
   * The tab listing the open conflicts, where staff settle them ('Xung đột' by default; `false`:
   * none). Read only once the spreadsheet is known to have it (`hoso sheets init` adds it).
   */
  readonly conflictTab?: ConflictTabOptions | false;
}

/**
 * What the application implements to plug its database in (per binding). Everything the
 * engine needs, and nothing about MikroORM: plain rows, plain state.
 */
export interface SyncStore {
  /** The state saved by the last run (null before the first one). */
  loadState(): Promise<SyncState | null>;
  /** Saves the state on its own (after reserving ids, and at the end of a run). */
  saveState(state: SyncState): Promise<void>;
  /** Every record of the table in the binding's scope, flagged ones included, with fields as the codecs produce them. */
  loadRecords(table: string): Promise<readonly RecordRow[]>;
  /**
   * `count` ids never handed out before and never to be handed out again (a sequence, UUIDs).
   * They are written to the sheet before their records exist; an id lost to a crash stays unused.
   */
  allocateIds(table: string, count: number): Promise<readonly string[]>;
  /**
   * In ONE transaction: check each change (a field edited in hoso since it was read — compare
   * with `expected` —, a CCCD already used, a domain rule), apply the ones accepted, save the
   * state `stateAfter(refused)` gives, and return the refused ones. All or nothing: if it
   * throws, nothing was applied. Refused changes are reported and noted on their cells, and
   * proposed again on the next run; `acceptedChanges(changes, refused)` filters them out.
   */
  commit(
    changes: readonly DatabaseChange[],
    stateAfter: (refused: readonly ChangeRejection[]) => SyncState,
  ): Promise<readonly ChangeRejection[]>;
  /**
   * Optional, writes nothing: the new rows whose create would be refused (a CCCD already held).
   * Asked before any id is handed out, so a refused row never gets an id on the sheet; it is
   * reported and noted instead, and asked again on the next run. `commit` still checks.
   */
  checkCreates?(rows: readonly NewRecord[]): Promise<readonly RowRefusal[]>;
}

export interface LockLease {
  release(): Promise<void>;
}

/** One run per binding at a time, across processes (PostgreSQL advisory lock, a lease row on SQLite). */
export interface SyncLock {
  /** Resolves when held; rejects when the binding is busy and the implementation does not wait. */
  acquire(bindingId: string): Promise<LockLease>;
}
