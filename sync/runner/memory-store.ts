import { type ChangeRejection, type DatabaseChange, acceptedChanges } from '../engine/changes';
import type { FieldValue, FieldValues, RecordRow, SyncState } from '../engine/types';
import { compareIds, valuesEqual } from '../engine/values';
import type { RowRefusal } from '../engine/refused-rows';
import type { LockLease, NewRecord, SyncLock, SyncStore } from './ports';

type Tables = Map<string, Map<string, RecordRow>>;

function cloneTables(tables: Tables): Tables {
  return new Map([...tables].map(([name, rows]) => [name, new Map(rows)]));
}

/** The records every binding of one in-memory database shares (commits swap `tables` whole). */
interface MemoryDatabase {
  tables: Tables;
  readonly nextIds: Map<string, number>;
}

/**
 * A binding's subtree, as the real store's scope cut (src/sheet-sync/orm-sync-store.ts): loads see
 * only the records it holds, and a change to a record outside it, or one that would leave it
 * outside, is refused (the write guard's FORBIDDEN). Keeping new rows inside is the table specs'
 * job, as in the application (a scoped column's `defaultValue`, a codec refusing other scopes).
 */
export interface MemoryScope {
  /** How a refusal names it («nhóm A»). */
  readonly label: string;
  holds(table: string, values: FieldValues): boolean;
}

const flagKey = (table: string, id: string): string => `${table}\u0001${id}`;

/**
 * A record store in memory, for tests, benchmarks and demos: the reference implementation of
 * `SyncStore`. Commits are atomic (built on a copy, swapped in), ids come from a counter per
 * table, and a change planned against a value edited meanwhile is refused, as a real store should.
 */
export class MemorySyncStore implements SyncStore {
  private readonly db: MemoryDatabase;
  private state: SyncState | null = null;
  /** Records whose row went missing from this binding's sheet: per binding, as the real store's SyncFlag rows. */
  private flags = new Set<string>();
  /** Counters for assertions: every commit and every state save. */
  commits = 0;
  stateSaves = 0;
  /** Extra refusals, e.g. a uniqueness rule. */
  refuse: ((change: DatabaseChange, store: MemorySyncStore) => ChangeRejection[]) | null = null;

  constructor(
    private readonly idPrefix = '',
    private readonly scope: MemoryScope | null = null,
    db?: MemoryDatabase,
  ) {
    this.db = db ?? { tables: new Map(), nextIds: new Map() };
  }

  /**
   * Another binding over the same records (a commune's sheet beside the province's): its own
   * state and flags, the records cut to `scope` (none: the whole database).
   */
  binding(scope: MemoryScope | null = null): MemorySyncStore {
    return new MemorySyncStore(this.idPrefix, scope, this.db);
  }

  private get tables(): Tables {
    return this.db.tables;
  }

  private get nextIds(): Map<string, number> {
    return this.db.nextIds;
  }

  // ---- what a person does in hoso ---------------------------------------------------------

  put(table: string, id: string, values: FieldValues): void {
    this.rows(table).set(id, { id, values: { ...values } });
    this.flags.delete(flagKey(table, id));
    const numeric = Number(id.slice(this.idPrefix.length));
    if (Number.isInteger(numeric)) this.nextIds.set(table, Math.max(this.nextIds.get(table) ?? 1, numeric + 1));
  }

  edit(table: string, id: string, patch: Record<string, FieldValue>): void {
    const row = this.tables.get(table)?.get(id);
    if (!row) throw new Error(`No ${table} ${id}`);
    this.rows(table).set(id, { ...row, values: { ...row.values, ...patch } });
  }

  remove(table: string, id: string): void {
    this.rows(table).delete(id);
    this.flags.delete(flagKey(table, id));
  }

  /** Clears the flag of a record whose row went missing: hoso then puts the row back. */
  restore(table: string, id: string): void {
    this.flags.delete(flagKey(table, id));
  }

  /** The record, with this binding's flag (whether or not it is in the scope). */
  get(table: string, id: string): RecordRow | undefined {
    const row = this.tables.get(table)?.get(id);
    return row && this.flags.has(flagKey(table, id)) ? { ...row, flagged: true } : row;
  }

  /** Every record of the database, with this binding's flags. */
  all(table: string): RecordRow[] {
    return [...(this.tables.get(table)?.keys() ?? [])].sort(compareIds).map((id) => this.get(table, id)!);
  }

  /** The records in this binding's scope (all of them when it has none), as `loadRecords` gives them. */
  inScope(table: string): RecordRow[] {
    return this.all(table).filter((r) => this.scope?.holds(table, r.values) ?? true);
  }

  currentState(): SyncState | null {
    return this.state;
  }

  /** Replaces the state (a conflict resolved in hoso, see resolveConflict). */
  setState(state: SyncState): void {
    this.state = state;
  }

  // ---- SyncStore --------------------------------------------------------------------------

  async loadState(): Promise<SyncState | null> {
    return this.state;
  }

  async saveState(state: SyncState): Promise<void> {
    this.state = state;
    this.stateSaves++;
  }

  async loadRecords(table: string): Promise<readonly RecordRow[]> {
    return this.inScope(table);
  }

  async allocateIds(table: string, count: number): Promise<readonly string[]> {
    const first = this.nextIds.get(table) ?? 1;
    this.nextIds.set(table, first + count);
    return Array.from({ length: count }, (_, i) => `${this.idPrefix}${first + i}`);
  }

  /**
   * The store's rules: a field edited since it was read is refused (compare-and-set), a change
   * outside the scope or taking a record out of it is refused whole, plus `refuse`.
   */
  private check(changes: readonly DatabaseChange[]): ChangeRejection[] {
    const rejections: ChangeRejection[] = [];
    for (const change of changes) {
      const outside = this.outsideScope(change);
      if (outside) {
        rejections.push({ table: change.table, id: change.id, message: outside });
        continue;
      }
      if (change.kind === 'update') {
        const row = this.get(change.table, change.id);
        for (const field of change.changes) {
          if (!row || !valuesEqual(row.values[field.field], field.expected)) {
            rejections.push({
              table: change.table,
              id: change.id,
              field: field.field,
              message: 'giá trị trong hoso vừa được sửa trong lúc đồng bộ.',
            });
          }
        }
      }
      rejections.push(...(this.refuse?.(change, this) ?? []));
    }
    return rejections;
  }

  private outsideScope(change: DatabaseChange): string | null {
    if (!this.scope) return null;
    const message = `bản ghi ngoài phạm vi ${this.scope.label} của bảng tính.`;
    const row = this.tables.get(change.table)?.get(change.id);
    if (change.kind === 'create') return this.scope.holds(change.table, change.values) ? null : message;
    // A record gone meanwhile is the compare-and-set's to refuse.
    if (!row) return null;
    if (!this.scope.holds(change.table, row.values)) return message;
    if (change.kind !== 'update') return null;
    const values: Record<string, FieldValue> = { ...row.values };
    for (const field of change.changes) values[field.field] = field.value;
    return this.scope.holds(change.table, values) ? null : message;
  }

  /** `refuse` asked about each new row as a create, under a provisional id no record has. */
  async checkCreates(rows: readonly NewRecord[]): Promise<readonly RowRefusal[]> {
    if (!this.refuse) return [];
    const refusals: RowRefusal[] = [];
    for (const row of rows) {
      const change: DatabaseChange = {
        kind: 'create',
        table: row.table,
        id: `#${row.rowNumber}`,
        values: row.values,
        rowNumber: row.rowNumber,
      };
      const refused = this.refuse(change, this)[0];
      if (refused)
        refusals.push({
          table: row.table,
          rowNumber: row.rowNumber,
          ...(refused.field ? { field: refused.field } : {}),
          message: refused.message,
        });
    }
    return refusals;
  }

  async commit(
    changes: readonly DatabaseChange[],
    stateAfter: (refused: readonly ChangeRejection[]) => SyncState,
  ): Promise<readonly ChangeRejection[]> {
    const refused = this.check(changes);
    const next = cloneTables(this.tables);
    const flags = new Set(this.flags);
    const rows = (table: string): Map<string, RecordRow> => {
      let map = next.get(table);
      if (!map) next.set(table, (map = new Map()));
      return map;
    };
    for (const change of acceptedChanges(changes, refused)) {
      const table = rows(change.table);
      const row = table.get(change.id);
      switch (change.kind) {
        case 'create':
          if (row) throw new Error(`${change.table} ${change.id} exists: a create must never run twice`);
          table.set(change.id, { id: change.id, values: { ...change.values } });
          break;
        case 'update': {
          if (!row) throw new Error(`${change.table} ${change.id} does not exist`);
          const values: Record<string, FieldValue> = { ...row.values };
          for (const field of change.changes) values[field.field] = field.value;
          table.set(change.id, { ...row, values });
          break;
        }
        case 'flag':
          if (row) flags.add(flagKey(change.table, change.id));
          break;
        case 'unflag':
          flags.delete(flagKey(change.table, change.id));
          break;
        case 'delete':
          table.delete(change.id);
          flags.delete(flagKey(change.table, change.id));
          break;
      }
    }
    const state = stateAfter(refused);
    this.db.tables = next;
    this.flags = flags;
    this.state = state;
    this.commits++;
    return refused;
  }

  private rows(table: string): Map<string, RecordRow> {
    let map = this.tables.get(table);
    if (!map) this.tables.set(table, (map = new Map()));
    return map;
  }
}

/** One run per binding in this process; a second acquire fails at once rather than queueing. */
export class MemoryLock implements SyncLock {
  private readonly held = new Set<string>();

  async acquire(bindingId: string): Promise<LockLease> {
    if (this.held.has(bindingId)) throw new Error(`A sync of binding ${bindingId} is already running`);
    this.held.add(bindingId);
    return { release: async () => void this.held.delete(bindingId) };
  }

  isHeld(bindingId: string): boolean {
    return this.held.has(bindingId);
  }
}
