/**
 * The apply phase, as pure functions of the plan. A run applies in this order, and every step
 * is safe to repeat (see sync/README.md, "Crash safety"):
 *
 *   1. reserve ids   — ids for new rows are allocated and saved as pending in the sync state
 *   2. sheet values  — one values.batchUpdate: changed cells and the ids written back
 *   3. database      — one transaction: creates (under the reserved ids), updates, flags,
 *                      together with the state as of that commit
 *   4. sheet layout  — one spreadsheets.batchUpdate: notes (see notes.ts), appended rows, removed rows
 *   5. state         — the base of the next run
 *
 * The ids reach the sheet before their records exist. A run that dies after step 2 leaves
 * rows carrying reserved ids; the next run finds them among the pending ids and creates the
 * records under those ids. No step ever has to recognise a record by its content.
 */
import { cellA1 } from './a1';
import { type ChangeRejection, type DatabaseChange, RejectionIndex } from './changes';
import type { CellErrorReport, NewRowPlan, SyncPlan, TablePlan } from './plan-types';
import { mapReferences, provisionalRow, type ReferenceFields } from './references';
import {
  type BaseRecord,
  type CellValue,
  type ConflictRecord,
  type FieldValue,
  type FieldValues,
  type NoteRecord,
  type SyncState,
  withUnsettled,
} from './types';
import { sortedIds } from './values';

/** The plan with an id for every new row. */
export interface BoundPlan {
  readonly plan: SyncPlan;
  /** Per table, the id handed to each id-less row (by row number). */
  readonly allocatedIds: Readonly<Record<string, Readonly<Record<number, string>>>>;
}

/** How many fresh ids each table needs (rows without an id that become records). */
export function idsNeeded(plan: SyncPlan): Record<string, number> {
  const needed: Record<string, number> = {};
  for (const table of plan.tables) {
    const count = table.newRows.filter((r) => r.reservedId === null).length;
    if (count > 0) needed[table.table] = count;
  }
  return needed;
}

/**
 * The plan with every provisional reference (a row naming a row created in the same run, see
 * references.ts) replaced by the id that row received. A provisional id whose row gets none is a
 * bug, never a value to store: it throws. Pasted copies, only compared, just lose the field.
 */
function withReferencesBound(plan: SyncPlan, allocatedIds: Readonly<Record<string, Readonly<Record<number, string>>>>): SyncPlan {
  const strict = (table: string, value: FieldValue): FieldValue => {
    const row = provisionalRow(value);
    if (row === null) return value;
    const id = allocatedIds[table]?.[row];
    if (id === undefined) throw new Error(`A reference to new row ${row} of ${table}, which gets no id`);
    return id;
  };
  const lenient = (table: string, value: FieldValue): FieldValue | undefined => {
    const row = provisionalRow(value);
    return row === null ? value : allocatedIds[table]?.[row];
  };
  // Only fresh rows have provisional ids: fields naming tables without any are left as they are
  // (the common run, with nothing new, copies nothing).
  const fresh = (table: string): boolean => Object.keys(allocatedIds[table] ?? {}).length > 0;
  const referencesOf = new Map(
    plan.tables.map((t) => [t.table, Object.fromEntries(Object.entries(t.references ?? {}).filter(([, target]) => fresh(target)))]),
  );
  if ([...referencesOf.values()].every((fields) => Object.keys(fields).length === 0)) return plan;
  const copies = (list: readonly FieldValues[] | undefined, fields: ReferenceFields): FieldValues[] | undefined =>
    list?.map((values) => mapReferences(values, fields, lenient));
  const tables = plan.tables.map((table): TablePlan => {
    const fields = referencesOf.get(table.table)!;
    if (Object.keys(fields).length === 0) return table;
    const baseAfterDatabase: Record<string, BaseRecord> = {};
    for (const [id, record] of Object.entries(table.baseAfterDatabase)) {
      const values = mapReferences(record.values, fields, strict);
      const bound = record.copies ? copies(record.copies, fields) : undefined;
      baseAfterDatabase[id] = values === record.values && !bound ? record : { ...record, values, ...(bound ? { copies: bound } : {}) };
    }
    return {
      ...table,
      newRows: table.newRows.map((row) => ({
        ...row,
        values: mapReferences(row.values, fields, strict),
        ...(row.copies ? { copies: copies(row.copies, fields) } : {}),
      })),
      updates: table.updates.map((update) => ({
        ...update,
        changes: update.changes.map((change) =>
          fields[change.field] === undefined ? change : { ...change, value: strict(fields[change.field]!, change.value) },
        ),
      })),
      baseAfterDatabase,
    };
  });
  const conflicts = plan.conflicts.map((conflict) => {
    const target = referencesOf.get(conflict.table)?.[conflict.field];
    return target === undefined ? conflict : { ...conflict, sheetValue: strict(target, conflict.sheetValue) };
  });
  return { ...plan, tables, conflicts };
}

/** Hands the allocated ids to the new rows, top to bottom, and to the references naming them. */
export function bindPlan(plan: SyncPlan, allocated: Readonly<Record<string, readonly string[]>>): BoundPlan {
  const allocatedIds: Record<string, Record<number, string>> = {};
  for (const table of plan.tables) {
    const rows = table.newRows.filter((r) => r.reservedId === null);
    const ids = allocated[table.table] ?? [];
    if (ids.length !== rows.length) {
      throw new Error(`Table ${table.table}: ${rows.length} new rows need ids, ${ids.length} were allocated`);
    }
    if (new Set(ids).size !== ids.length) throw new Error(`Table ${table.table}: allocated ids are not distinct`);
    const byRow: Record<number, string> = {};
    rows.forEach((row, i) => (byRow[row.rowNumber] = ids[i]!));
    allocatedIds[table.table] = byRow;
  }
  return { plan: withReferencesBound(plan, allocatedIds), allocatedIds };
}

/**
 * The new rows of a table in the order their records can be created: top to bottom, except that
 * a row naming another new row of the same tab (a unit under a unit typed below it) comes after
 * that row. A cycle keeps the sheet's order (the store then refuses the row naming a missing one).
 */
function createOrder(table: TablePlan, bound: BoundPlan): readonly NewRowPlan[] {
  const own = Object.entries(table.references ?? {})
    .filter(([, target]) => target === table.table)
    .map(([field]) => field);
  if (own.length === 0 || table.newRows.length < 2) return table.newRows;
  const byId = new Map(table.newRows.map((row) => [newRowId(bound, row), row]));
  const ordered: NewRowPlan[] = [];
  const state = new Map<NewRowPlan, 'visiting' | 'done'>();
  const visit = (row: NewRowPlan): void => {
    if (state.has(row)) return;
    state.set(row, 'visiting');
    for (const field of own) {
      const parent = byId.get(String(row.values[field] ?? ''));
      if (parent && parent !== row) visit(parent);
    }
    state.set(row, 'done');
    ordered.push(row);
  };
  for (const row of table.newRows) visit(row);
  return ordered;
}

export function newRowId(bound: BoundPlan, row: NewRowPlan): string {
  const id = row.reservedId ?? bound.allocatedIds[row.table]?.[row.rowNumber];
  if (id === undefined) throw new Error(`No id for new row ${row.rowNumber} of ${row.table}`);
  return id;
}

/** Cell errors found in rows that became records this run, given the ids those records received. */
export function cellErrorsWithIds(bound: BoundPlan): CellErrorReport[] {
  return bound.plan.cellErrors.map((error) => {
    const id = error.id ?? bound.allocatedIds[error.table]?.[error.rowNumber];
    return id === undefined || id === error.id ? error : { ...error, id };
  });
}

/** Step 1: the fresh ids are pending before any of them reaches the sheet. */
export function stateAfterReservation(state: SyncState, bound: BoundPlan): SyncState {
  const pendingIds: Record<string, readonly string[]> = { ...state.pendingIds };
  for (const [table, byRow] of Object.entries(bound.allocatedIds)) {
    const fresh = Object.values(byRow);
    if (fresh.length > 0) pendingIds[table] = sortedIds([...(pendingIds[table] ?? []), ...fresh]);
  }
  return { ...state, pendingIds };
}

export interface SheetValueWrite {
  /** A cell or a run of cells down one column, e.g. `'Cán bộ'!C5` or `'Cán bộ'!A2:A900`. */
  readonly range: string;
  /** One value per row of the range, for valueInputOption=RAW; an empty string clears the cell. */
  readonly values: readonly (readonly [CellValue])[];
}

interface PlacedValue {
  readonly sheetTitle: string;
  readonly rowNumber: number;
  readonly column: number;
  readonly value: CellValue;
}

/** Consecutive rows of one column become one range: 10,000 ids written back are one range, not 10,000. */
function coalesce(cells: readonly PlacedValue[]): SheetValueWrite[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.rowNumber - b.rowNumber);
  const writes: SheetValueWrite[] = [];
  let run: PlacedValue[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const start = cellA1(first.sheetTitle, first.rowNumber, first.column);
    writes.push({
      range: run.length === 1 ? start : `${start}:${cellA1(first.sheetTitle, last.rowNumber, last.column).split('!')[1]}`,
      values: run.map((c) => [c.value] as const),
    });
    run = [];
  };
  for (const cell of sorted) {
    const previous = run[run.length - 1];
    if (previous && (previous.column !== cell.column || previous.rowNumber + 1 !== cell.rowNumber)) flush();
    run.push(cell);
  }
  flush();
  return writes;
}

/** Step 2: changed cells and ids written back, nothing else — every cell not listed is left alone. */
export function sheetValueWrites(bound: BoundPlan): SheetValueWrite[] {
  const writes: SheetValueWrite[] = [];
  for (const table of bound.plan.tables) {
    const cells: PlacedValue[] = table.cellWrites.map((w) => ({
      sheetTitle: table.sheetTitle,
      rowNumber: w.rowNumber,
      column: w.column,
      value: w.value ?? '',
    }));
    const idColumn = table.layout.idColumn;
    for (const row of table.newRows) {
      if (row.reservedId !== null || idColumn === null) continue;
      cells.push({ sheetTitle: table.sheetTitle, rowNumber: row.rowNumber, column: idColumn, value: newRowId(bound, row) });
    }
    writes.push(...coalesce(cells));
  }
  return writes;
}

/** Step 3: the database side, table by table in binding order (parents before children). */
export function databaseChanges(bound: BoundPlan): DatabaseChange[] {
  const changes: DatabaseChange[] = [];
  for (const table of bound.plan.tables) {
    for (const row of createOrder(table, bound)) {
      changes.push({ kind: 'create', table: table.table, id: newRowId(bound, row), values: row.values, rowNumber: row.rowNumber });
    }
    for (const update of table.updates) {
      changes.push({ kind: 'update', table: table.table, id: update.id, changes: update.changes, rowNumber: update.rowNumber });
    }
    for (const unflag of table.unflags) changes.push({ kind: 'unflag', table: table.table, id: unflag.id, rowNumber: unflag.rowNumber });
    for (const flag of table.flags) changes.push({ kind: 'flag', table: table.table, id: flag.id });
    for (const deletion of table.deletes) changes.push({ kind: 'delete', table: table.table, id: deletion.id });
  }
  return changes;
}

function baseAfterCommit(table: TablePlan, bound: BoundPlan, rejected: RejectionIndex): Record<string, BaseRecord> {
  const base: Record<string, BaseRecord> = { ...table.baseAfterDatabase };
  for (const update of table.updates) {
    for (const change of update.changes) {
      if (!rejected.field(table.table, update.id, change.field)) continue;
      // Refused: the base stays where it was, so the sheet's value is proposed again next run.
      const values: Record<string, FieldValue> = { ...(base[update.id]?.values ?? {}) };
      if (change.previousBase === undefined) delete values[change.field];
      else values[change.field] = change.previousBase;
      base[update.id] = { ...base[update.id], values };
    }
  }
  for (const row of table.newRows) {
    const id = newRowId(bound, row);
    if (!rejected.wholeRecord(table.table, id))
      base[id] = withUnsettled({ ...row.values }, Object.fromEntries(row.unreadable.map((f) => [f, 'sheet' as const])), row.copies);
  }
  return base;
}

/** Step 3's state, saved in the same transaction as the changes: the base of everything now on both sides. */
export function stateAfterDatabase(state: SyncState, bound: BoundPlan, rejections: readonly ChangeRejection[]): SyncState {
  const rejected = new RejectionIndex(rejections);
  const base: Record<string, Readonly<Record<string, BaseRecord>>> = { ...state.base };
  const pendingIds: Record<string, readonly string[]> = { ...state.pendingIds };
  const conflicts: ConflictRecord[] = [];
  for (const table of bound.plan.tables) {
    if (!table.layout.synced) continue;
    base[table.table] = baseAfterCommit(table, bound, rejected);
    const created = new Set(table.newRows.map((r) => newRowId(bound, r)).filter((id) => !rejected.wholeRecord(table.table, id)));
    // Fresh ids whose create was refused are on the sheet now: they stay reserved for the next run.
    const refusedFresh = Object.values(bound.allocatedIds[table.table] ?? {}).filter((id) => !created.has(id));
    pendingIds[table.table] = sortedIds([...table.pendingIdsAfter.filter((id) => !created.has(id)), ...refusedFresh]);
    if (pendingIds[table.table]!.length === 0) delete pendingIds[table.table];
  }
  for (const conflict of bound.plan.conflicts) {
    if (conflict.resolution !== 'kept-both') continue;
    const { table, id, field, sheetValue, databaseValue, baseValue, a1 } = conflict;
    conflicts.push({ table, id, field, sheetValue, databaseValue, baseValue, a1 });
  }
  return { ...state, base, pendingIds, conflicts };
}

/** Step 5: appended rows join the base, removed rows leave it, marked rows become tombstones. */
export function stateAfterSheet(
  state: SyncState,
  bound: BoundPlan,
  notes: readonly NoteRecord[],
  sheetIds: Readonly<Record<string, number>>,
): SyncState {
  const base: Record<string, Readonly<Record<string, BaseRecord>>> = { ...state.base };
  for (const table of bound.plan.tables) {
    if (!table.layout.synced) continue;
    const tableBase: Record<string, BaseRecord> = { ...(base[table.table] ?? {}) };
    for (const row of table.appendRows) tableBase[row.id] = { values: row.values };
    for (const row of table.removeRows) delete tableBase[row.id];
    for (const mark of table.marks) tableBase[mark.id] = { values: tableBase[mark.id]?.values ?? {}, status: 'deleted-in-database' };
    base[table.table] = tableBase;
  }
  return { ...state, base, notes: [...notes], sheetIds: { ...sheetIds } };
}
