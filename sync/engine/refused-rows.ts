import { cellA1 } from './a1';
import { messages } from './messages';
import { countPlan } from './plan';
import type { CellWritePlan, ConflictReport, DesiredNote, Issue, NewRowPlan, RecordUpdatePlan, SyncPlan, TablePlan } from './plan-types';
import { provisionalId } from './references';
import { type BaseRecord, type FieldValue, type FieldValues, ID_FIELD } from './types';

/** A new row the store would refuse to create, and why (Vietnamese, shown on the cell). */
export interface RowRefusal {
  readonly table: string;
  readonly rowNumber: number;
  /** The field the refusal is about (its cell gets the note); none: the id cell. */
  readonly field?: string;
  readonly message: string;
}

function rowKey(table: string, rowNumber: number): string {
  return `${table}\u0001${rowNumber}`;
}

/**
 * The plan without the new rows the store refuses: like a row lacking a required field, such a
 * row is reported and noted and does not become a record, so no id is handed out or written
 * back and nothing counts it as created. A refused row that already carries an id reserved by a
 * crashed run has that id cleared (it stays reserved, unused), so no row points at nothing.
 */
export function withoutRefusedRows(plan: SyncPlan, storeRefusals: readonly RowRefusal[]): SyncPlan {
  const refusals = withDependentRows(plan, storeRefusals);
  if (refusals.length === 0) return plan;
  const byRow = new Map(refusals.map((r) => [rowKey(r.table, r.rowNumber), r]));
  const refusedRows = new Map<string, NewRowPlan>();
  const notes: DesiredNote[] = [];
  const issues: Issue[] = [];
  const tables = plan.tables.map((table): TablePlan => {
    const refused = table.newRows.filter((r) => byRow.has(rowKey(table.table, r.rowNumber)));
    if (refused.length === 0) return table;
    const rows = new Set(refused.map((r) => r.rowNumber));
    const clearedIds = new Set<string>();
    const cellWrites: CellWritePlan[] = table.cellWrites.filter((w) => !rows.has(w.rowNumber));
    for (const row of refused) {
      refusedRows.set(rowKey(table.table, row.rowNumber), row);
      const refusal = byRow.get(rowKey(table.table, row.rowNumber))!;
      const fieldColumn = refusal.field === undefined ? undefined : table.layout.fieldColumns[refusal.field];
      const field = fieldColumn === undefined ? ID_FIELD : refusal.field!;
      const column = fieldColumn ?? table.layout.idColumn;
      if (column === null) continue;
      const a1 = cellA1(table.sheetTitle, row.rowNumber, column);
      const text = messages.rowRefused(refusal.message);
      issues.push({ kind: 'row-not-created', table: table.table, message: text, a1, rowNumber: row.rowNumber });
      notes.push({
        anchor: { table: table.table, id: null, rowNumber: row.rowNumber, field },
        text,
        sheetTitle: table.sheetTitle,
        rowNumber: row.rowNumber,
        column,
        forNewRow: false,
      });
      if (row.reservedId !== null && table.layout.idColumn !== null) {
        clearedIds.add(row.reservedId);
        const idColumn = table.layout.idColumn;
        cellWrites.push({
          table: table.table,
          id: null,
          field: ID_FIELD,
          a1: cellA1(table.sheetTitle, row.rowNumber, idColumn),
          rowNumber: row.rowNumber,
          column: idColumn,
          previous: row.reservedId,
          value: null,
        });
      }
    }
    cellWrites.sort((a, b) => a.rowNumber - b.rowNumber || a.column - b.column);
    return {
      ...table,
      newRows: table.newRows.filter((r) => !rows.has(r.rowNumber)),
      cellWrites,
      pendingIdsAfter: table.pendingIdsAfter.filter((id) => !clearedIds.has(id)),
    };
  });
  // The refused row's own notes and cell errors stay, anchored to the row (it has no id to carry them).
  const onRefusedRow = (table: string, rowNumber: number): NewRowPlan | undefined => refusedRows.get(rowKey(table, rowNumber));
  const desiredNotes = [
    ...plan.desiredNotes.map((note) =>
      onRefusedRow(note.anchor.table, note.rowNumber)?.reservedId
        ? { ...note, anchor: { ...note.anchor, id: null, rowNumber: note.rowNumber }, forNewRow: false }
        : note,
    ),
    ...notes,
  ];
  const cellErrors = plan.cellErrors.map((e) => (onRefusedRow(e.table, e.rowNumber)?.reservedId ? { ...e, id: null } : e));
  const allIssues = [...plan.issues, ...issues];
  const unpointed = withoutReferencesTo(tables, plan.conflicts, refusedIds(plan, refusedRows));
  const conflicts = unpointed.conflicts;
  return {
    ...plan,
    tables: unpointed.tables,
    desiredNotes: [...desiredNotes, ...unpointed.notes],
    conflicts,
    cellErrors,
    issues: allIssues,
    counts: countPlan(unpointed.tables, conflicts.length, cellErrors.length, allIssues.length),
  };
}

/** The id references to a new row hold in this plan: its reserved id, or its provisional one. */
function plannedId(row: NewRowPlan): string {
  return row.reservedId ?? provisionalId(row.rowNumber);
}

/** Per table, ids of new rows (as references hold them) and where each row is. */
type RowsById = ReadonlyMap<string, ReadonlyMap<string, { readonly sheetTitle: string; readonly rowNumber: number }>>;

function refusedIds(plan: SyncPlan, refusedRows: ReadonlyMap<string, NewRowPlan>): RowsById {
  const ids = new Map<string, Map<string, { sheetTitle: string; rowNumber: number }>>();
  for (const table of plan.tables) {
    for (const row of table.newRows) {
      if (!refusedRows.has(rowKey(table.table, row.rowNumber))) continue;
      const rows = ids.get(table.table) ?? new Map<string, { sheetTitle: string; rowNumber: number }>();
      ids.set(table.table, rows.set(plannedId(row), { sheetTitle: table.sheetTitle, rowNumber: row.rowNumber }));
    }
  }
  return ids;
}

/** The refused row a reference field's value names, if it names one. */
function namedRow(
  rows: RowsById,
  table: TablePlan,
  field: string,
  value: FieldValue | undefined,
): { sheetTitle: string; rowNumber: number } | undefined {
  const target = table.references?.[field];
  return target === undefined || typeof value !== 'string' ? undefined : rows.get(target)?.get(value);
}

/** The reference fields of a row naming, in `ids`, a row of the table they point at. */
function fieldsNaming(table: TablePlan, values: FieldValues, ids: ReadonlyMap<string, { has(id: string): boolean }>): string[] {
  return Object.entries(table.references ?? {})
    .filter(([field, target]) => {
      const value = values[field];
      return typeof value === 'string' && ids.get(target)?.has(value) === true;
    })
    .map(([field]) => field);
}

/**
 * The refusals to act on. A row naming a row created in this same run was checked while that
 * row was no record yet, so its refusal may only say so: it is not acted on (the commit checks
 * the row again, with its parent). A row naming a refused row is refused too, with a note on the
 * reference cell naming that row: it is never created pointing nowhere.
 */
function withDependentRows(plan: SyncPlan, refusals: readonly RowRefusal[]): RowRefusal[] {
  if (refusals.length === 0) return [];
  const created = new Map<string, Set<string>>(plan.tables.map((t) => [t.table, new Set(t.newRows.map(plannedId))]));
  const rowOf = new Map(plan.tables.flatMap((t) => t.newRows.map((r) => [rowKey(t.table, r.rowNumber), { table: t, row: r }] as const)));
  const kept = refusals.filter((refusal) => {
    const found = rowOf.get(rowKey(refusal.table, refusal.rowNumber));
    return !found || fieldsNaming(found.table, found.row.values, created).length === 0;
  });
  const refused = new Map<string, Set<string>>();
  const where = new Map<string, { readonly sheetTitle: string; readonly rowNumber: number }>();
  const refuse = (table: TablePlan, row: NewRowPlan): void => {
    refused.set(table.table, (refused.get(table.table) ?? new Set()).add(plannedId(row)));
    where.set(`${table.table}\u0001${plannedId(row)}`, { sheetTitle: table.sheetTitle, rowNumber: row.rowNumber });
  };
  const done = new Set<string>();
  for (const refusal of kept) {
    done.add(rowKey(refusal.table, refusal.rowNumber));
    const found = rowOf.get(rowKey(refusal.table, refusal.rowNumber));
    if (found) refuse(found.table, found.row);
  }
  // Until nothing changes: a refused row can take down the rows naming it, in any table.
  for (let grew = true; grew;) {
    grew = false;
    for (const table of plan.tables) {
      for (const row of table.newRows) {
        if (done.has(rowKey(table.table, row.rowNumber))) continue;
        const field = fieldsNaming(table, row.values, refused)[0];
        if (field === undefined) continue;
        const parent = where.get(`${table.references![field]}\u0001${String(row.values[field])}`)!;
        kept.push({
          table: table.table,
          rowNumber: row.rowNumber,
          field,
          message: messages.namesRowNotCreated(parent.rowNumber, parent.sheetTitle),
        });
        done.add(rowKey(table.table, row.rowNumber));
        refuse(table, row);
        grew = true;
      }
    }
  }
  return kept;
}

/**
 * Records already in hoso whose row names a refused new row: that change is taken back (the base
 * keeps its value, so the next run proposes it again) and the cell says why. A conflict whose
 * sheet side names one is dropped for this run, for the same reason.
 */
function withoutReferencesTo(
  tables: readonly TablePlan[],
  conflicts: readonly ConflictReport[],
  refused: RowsById,
): { tables: TablePlan[]; conflicts: ConflictReport[]; notes: DesiredNote[] } {
  if (refused.size === 0) return { tables: [...tables], conflicts: [...conflicts], notes: [] };
  const notes: DesiredNote[] = [];
  const result = tables.map((table): TablePlan => {
    if (!table.references) return table;
    const baseAfterDatabase: Record<string, BaseRecord> = { ...table.baseAfterDatabase };
    const updates: RecordUpdatePlan[] = [];
    for (const update of table.updates) {
      const dropped = update.changes.filter((c) => namedRow(refused, table, c.field, c.value) !== undefined);
      if (dropped.length === 0) {
        updates.push(update);
        continue;
      }
      const base = baseAfterDatabase[update.id];
      const values: Record<string, FieldValue> = { ...(base?.values ?? {}) };
      for (const change of dropped) {
        if (change.previousBase === undefined) delete values[change.field];
        else values[change.field] = change.previousBase;
        const column = table.layout.fieldColumns[change.field];
        const parent = namedRow(refused, table, change.field, change.value)!;
        if (column === undefined) continue;
        notes.push({
          anchor: { table: table.table, id: update.id, rowNumber: null, field: change.field },
          text: messages.rejected(messages.namesRowNotCreated(parent.rowNumber, parent.sheetTitle)),
          sheetTitle: table.sheetTitle,
          rowNumber: update.rowNumber,
          column,
          forNewRow: false,
        });
      }
      baseAfterDatabase[update.id] = { ...base, values };
      const kept = update.changes.filter((c) => !dropped.includes(c));
      if (kept.length > 0) updates.push({ ...update, changes: kept });
    }
    return { ...table, updates, baseAfterDatabase };
  });
  const byTable = new Map(tables.map((t) => [t.table, t]));
  const kept = conflicts.filter((c) => {
    const table = byTable.get(c.table);
    return !table || namedRow(refused, table, c.field, c.sheetValue) === undefined;
  });
  return { tables: result, conflicts: kept, notes };
}
