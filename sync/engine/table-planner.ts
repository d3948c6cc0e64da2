import { cellA1 } from './a1';
import type { ParsedRow } from './identity';
import { mergeField } from './merge';
import { messages } from './messages';
import type {
  AppendRowPlan,
  CellErrorReport,
  CellWritePlan,
  ConflictReport,
  DesiredNote,
  Issue,
  NewRowPlan,
  RecordRef,
  RecordUpdatePlan,
  RowRemovalPlan,
  TableLayout,
  TablePlan,
  UnflagPlan,
  FieldChange,
} from './plan-types';
import {
  type BaseRecord,
  type CellValue,
  type ColumnSpec,
  type FieldValue,
  type FieldValues,
  ID_FIELD,
  type PlannedRow,
  type RecordRow,
  type SheetTable,
  type SyncPolicy,
  type TableSpec,
  type Unsettled,
  withUnsettled,
} from './types';
import { provisionalId } from './references';
import { displayCell, displayValue, sortedIds, valuesEqual } from './values';

/**
 * The pasted copies worth remembering: those holding, in some field, a value other than the base
 * the run leaves (a copy identical to its record can never pass stale values off as edits).
 */
function staleCopies(duplicates: readonly ParsedRow[], base: FieldValues): FieldValues[] {
  const copies: FieldValues[] = [];
  for (const duplicate of duplicates) {
    const values: Record<string, FieldValue> = {};
    for (const [field, reading] of Object.entries(duplicate.readings)) if (reading.ok) values[field] = reading.value;
    if (Object.entries(values).some(([field, value]) => !valuesEqual(value, base[field]))) copies.push(values);
  }
  return copies;
}

export interface TablePlanResult {
  readonly plan: TablePlan;
  readonly notes: readonly DesiredNote[];
  readonly conflicts: readonly ConflictReport[];
  readonly cellErrors: readonly CellErrorReport[];
  readonly issues: readonly Issue[];
  /** The rows without a record this table plans to create (or cannot), for the reference columns of other rows. */
  readonly planned: readonly PlannedRow[];
}

/** Accumulates what one table's planning decides; each list is sorted once at the end. */
export class TablePlanner {
  readonly newRows: NewRowPlan[] = [];
  readonly updates: RecordUpdatePlan[] = [];
  readonly flags: RecordRef[] = [];
  readonly unflags: UnflagPlan[] = [];
  readonly deletes: RecordRef[] = [];
  readonly cellWrites: CellWritePlan[] = [];
  readonly appendRows: AppendRowPlan[] = [];
  readonly removeRows: RowRemovalPlan[] = [];
  readonly marks: RecordRef[] = [];
  readonly baseAfterDatabase: Record<string, BaseRecord> = {};
  readonly pendingIdsAfter: string[] = [];
  readonly notes: DesiredNote[] = [];
  readonly conflicts: ConflictReport[] = [];
  readonly cellErrors: CellErrorReport[] = [];
  readonly issues: Issue[] = [];
  readonly rowOfId: Record<string, number> = {};
  readonly planned: PlannedRow[] = [];

  constructor(
    readonly spec: TableSpec,
    readonly sheet: SheetTable,
    readonly idColumn: number,
    readonly active: readonly ColumnSpec[],
    readonly policy: SyncPolicy,
  ) {}

  columnOf(field: string): number {
    return field === ID_FIELD ? this.idColumn : this.sheet.headers.fieldColumns[field]!;
  }

  a1(rowNumber: number, field: string): string {
    return cellA1(this.spec.sheetTitle, rowNumber, this.columnOf(field));
  }

  note(id: string | null, rowNumber: number, field: string, text: string, forNewRow = false): void {
    this.notes.push({
      anchor: { table: this.spec.table, id, rowNumber: id === null ? rowNumber : null, field },
      text,
      sheetTitle: this.spec.sheetTitle,
      rowNumber,
      column: this.columnOf(field),
      forNewRow,
    });
  }

  issue(kind: Issue['kind'], message: string, extra: Omit<Issue, 'kind' | 'message' | 'table'> = {}): void {
    this.issues.push({ kind, table: this.spec.table, message, ...extra });
  }

  cellError(id: string | null, parsed: ParsedRow, column: ColumnSpec, message: string, forNewRow = false): void {
    const rowNumber = parsed.row.rowNumber;
    const raw = parsed.row.cells[column.field] ?? null;
    this.cellErrors.push({
      table: this.spec.table,
      id,
      rowNumber,
      field: column.field,
      header: column.header,
      a1: this.a1(rowNumber, column.field),
      raw,
      message,
    });
    this.note(id, rowNumber, column.field, message, forNewRow);
  }

  /** The message a cell error shows: the codec's reason, or the required-field rule. */
  static cellErrorText(column: ColumnSpec, raw: CellValue | null, message: string, requiredBlank: boolean): string {
    return requiredBlank ? messages.requiredBlank(column.header) : messages.cellError(displayCell(raw), message);
  }

  writeCell(id: string | null, rowNumber: number, column: ColumnSpec, previous: CellValue | null, value: FieldValue): void {
    this.cellWrites.push({
      table: this.spec.table,
      id,
      field: column.field,
      a1: this.a1(rowNumber, column.field),
      rowNumber,
      column: this.columnOf(column.field),
      previous,
      value: column.format(value),
    });
  }

  /**
   * Both sides hold the record: merge field by field against the base. `duplicates` are the
   * other rows carrying the id this run, remembered as the next run's `copies`.
   */
  mergeRecord(parsed: ParsedRow, record: RecordRow, base: BaseRecord | undefined, duplicates: readonly ParsedRow[] = []): void {
    const id = record.id;
    const rowNumber = parsed.row.rowNumber;
    const nextBase: Record<string, FieldValue> = { ...(base?.values ?? {}) };
    const unsettled: Record<string, Unsettled> = {};
    const changes: FieldChange[] = [];
    for (const column of this.active) {
      const field = column.field;
      const database = record.values[field] ?? null;
      const previousBase = base?.values[field];
      const raw = parsed.row.cells[field] ?? null;
      const reading = parsed.readings[field]!;
      // The row holds what a pasted copy held at the last run, not the base: either the copy outlived
      // the identity row (its values are stale, not edits) or staff typed the copy's value. Nobody
      // can tell which, so the field is treated as changed on both sides: a conflict for a person.
      const heldByCopy =
        reading.ok &&
        !valuesEqual(reading.value, previousBase) &&
        (base?.copies ?? []).some((copy) => field in copy && valuesEqual(copy[field], reading.value));
      const merged = mergeField({
        sheet: reading,
        database,
        base: previousBase,
        required: column.required === true,
        policy: this.policy.conflicts,
        unsettled: base?.unsettled?.[field] ?? (heldByCopy ? 'both' : null),
      });
      nextBase[field] = merged.base;
      if (merged.unsettled) unsettled[field] = merged.unsettled;
      switch (merged.outcome) {
        case 'unchanged':
          break;
        case 'to-database':
          changes.push({ field, value: merged.value, expected: database, previousBase });
          break;
        case 'to-sheet':
          this.writeCell(id, rowNumber, column, raw, merged.value);
          break;
        case 'conflict': {
          this.conflicts.push({
            table: this.spec.table,
            id,
            field,
            header: column.header,
            sheetValue: merged.sheetValue,
            databaseValue: database,
            baseValue: previousBase ?? null,
            a1: this.a1(rowNumber, field),
            resolution: merged.resolution,
          });
          if (merged.resolution === 'sheet-won') changes.push({ field, value: merged.sheetValue, expected: database, previousBase });
          else if (merged.resolution === 'database-won') this.writeCell(id, rowNumber, column, raw, database);
          else {
            const text = messages.conflict(
              displayValue(column, merged.sheetValue),
              displayValue(column, database),
              displayValue(column, previousBase ?? null),
            );
            this.note(id, rowNumber, field, text);
          }
          break;
        }
        case 'cell-error':
          this.cellError(id, parsed, column, TablePlanner.cellErrorText(column, raw, merged.message, merged.requiredBlank));
          break;
      }
    }
    if (changes.length > 0) this.updates.push({ table: this.spec.table, id, rowNumber, changes });
    // Fields whose header is missing this run stay unsettled for when the column is back.
    for (const [field, mark] of Object.entries(base?.unsettled ?? {}))
      if (!this.active.some((c) => c.field === field)) unsettled[field] = mark;
    this.baseAfterDatabase[id] = withUnsettled(nextBase, unsettled, staleCopies(duplicates, nextBase));
  }

  /** A row with an id that no record holds: created (reserved id), marked (deleted in hoso) or reported. */
  rowWithoutRecord(parsed: ParsedRow, id: string, base: BaseRecord | undefined, reserved: boolean, duplicates: readonly ParsedRow[]): void {
    const rowNumber = parsed.row.rowNumber;
    if (reserved) {
      this.newRow(parsed, id, duplicates);
      this.pendingIdsAfter.push(id);
      return;
    }
    if (!base) {
      this.issue('unknown-id', messages.unknownId(id), { a1: this.a1(rowNumber, ID_FIELD), id, rowNumber });
      this.note(null, rowNumber, ID_FIELD, messages.unknownId(id));
      return;
    }
    // Deleted in hoso. Removing the row is allowed only when staff have not touched it since.
    const untouched = this.active.every((c) => {
      const reading = parsed.readings[c.field]!;
      return reading.ok && valuesEqual(reading.value, base.values[c.field]);
    });
    this.baseAfterDatabase[id] = base;
    if (this.policy.recordDeleted === 'remove' && untouched) {
      this.removeRows.push({ table: this.spec.table, id, rowNumber });
      return;
    }
    const text = untouched ? messages.deletedInDatabase(id) : messages.deletedInDatabaseRowEdited(id);
    this.marks.push({ table: this.spec.table, id });
    this.issue('deleted-in-database', text, { a1: this.a1(rowNumber, ID_FIELD), id, rowNumber });
    this.note(id, rowNumber, ID_FIELD, text);
  }

  /** A record no row holds: flagged, deleted, left alone, or appended as a new row. */
  recordWithoutRow(record: RecordRow, base: BaseRecord | undefined): void {
    const id = record.id;
    if (record.flagged) {
      if (base) this.baseAfterDatabase[id] = base;
      return;
    }
    if (base && base.status === undefined) {
      // The row was there after the last good run and is gone now.
      const unchangedInDatabase = this.spec.columns.every((c) => valuesEqual(record.values[c.field], base.values[c.field]));
      if (this.policy.sheetRowDeleted === 'delete' && unchangedInDatabase) {
        this.deletes.push({ table: this.spec.table, id });
        this.issue('row-missing-from-sheet', messages.rowMissingDeleted(id, this.spec.sheetTitle), { id });
        return;
      }
      this.flags.push({ table: this.spec.table, id });
      const text =
        this.policy.sheetRowDeleted === 'delete'
          ? messages.rowMissingKeptBecauseChanged(id, this.spec.sheetTitle)
          : messages.rowMissingFlagged(id, this.spec.sheetTitle);
      this.issue('row-missing-from-sheet', text, { id });
      this.baseAfterDatabase[id] = { values: base.values, status: 'missing-from-sheet' };
      return;
    }
    // New in hoso, restored in hoso after a flag, re-created after a delete, or an append that
    // may not have happened: it gets a row. Until the row is known to be there the base says
    // "appending", so that a run dying in between still recognises the row as hoso's own.
    const width = Math.max(this.idColumn, ...this.active.map((c) => this.columnOf(c.field))) + 1;
    const cells: (CellValue | null)[] = new Array<CellValue | null>(width).fill(null);
    const values: Record<string, FieldValue> = { ...(base?.values ?? {}) };
    cells[this.idColumn] = id;
    for (const column of this.active) {
      const value = record.values[column.field] ?? null;
      cells[this.columnOf(column.field)] = column.format(value);
      values[column.field] = value;
    }
    this.appendRows.push({ table: this.spec.table, id, cells, values });
    this.baseAfterDatabase[id] = { values, status: 'appending' };
  }

  /** A row that becomes a record, unless a required field is missing. */
  newRow(parsed: ParsedRow, reservedId: string | null, duplicates: readonly ParsedRow[] = []): void {
    const rowNumber = parsed.row.rowNumber;
    const values: Record<string, FieldValue> = {};
    const missing: string[] = this.spec.columns.filter((c) => c.required && !this.active.includes(c)).map((c) => c.header);
    const forNewRow = reservedId === null;
    const unreadable: string[] = [];
    const defaulted: ColumnSpec[] = [];
    for (const column of this.active) {
      const reading = parsed.readings[column.field]!;
      const raw = parsed.row.cells[column.field] ?? null;
      if (!reading.ok) {
        this.cellError(reservedId, parsed, column, TablePlanner.cellErrorText(column, raw, reading.message, false), forNewRow);
        values[column.field] = null;
        unreadable.push(column.field);
      } else if (reading.value === null && column.defaultValue != null) {
        values[column.field] = column.defaultValue;
        defaulted.push(column);
      } else {
        values[column.field] = reading.value;
      }
      if (column.required && values[column.field] === null) missing.push(column.header);
    }
    this.planned.push({
      id: reservedId ?? provisionalId(rowNumber),
      sheetTitle: this.spec.sheetTitle,
      rowNumber,
      values,
      created: missing.length === 0,
    });
    if (missing.length > 0) {
      const text = messages.rowNotCreated(missing);
      this.issue('row-not-created', text, { a1: this.a1(rowNumber, ID_FIELD), rowNumber, ...(reservedId ? { id: reservedId } : {}) });
      this.note(reservedId, rowNumber, ID_FIELD, text, forNewRow);
      return;
    }
    for (const column of defaulted) this.writeCell(reservedId, rowNumber, column, null, column.defaultValue ?? null);
    const copies = staleCopies(duplicates, values);
    this.newRows.push({ table: this.spec.table, rowNumber, values, reservedId, unreadable, ...(copies.length > 0 ? { copies } : {}) });
  }

  duplicate(parsed: ParsedRow, id: string, keptRow: number): void {
    const rowNumber = parsed.row.rowNumber;
    const text = messages.duplicateId(id, keptRow);
    this.issue('duplicate-id', text, { a1: this.a1(rowNumber, ID_FIELD), id, rowNumber });
    this.note(null, rowNumber, ID_FIELD, text);
  }

  finish(layout: TableLayout): TablePlanResult {
    const byRowThenColumn = (a: { rowNumber: number; column: number }, b: { rowNumber: number; column: number }): number =>
      a.rowNumber - b.rowNumber || a.column - b.column;
    this.cellWrites.sort(byRowThenColumn);
    this.notes.sort(byRowThenColumn);
    this.newRows.sort((a, b) => a.rowNumber - b.rowNumber);
    this.removeRows.sort((a, b) => a.rowNumber - b.rowNumber);
    this.cellErrors.sort((a, b) => a.rowNumber - b.rowNumber || this.columnOf(a.field) - this.columnOf(b.field));
    const plan: TablePlan = {
      table: this.spec.table,
      sheetTitle: this.spec.sheetTitle,
      layout,
      newRows: this.newRows,
      updates: this.updates,
      flags: this.flags,
      unflags: this.unflags,
      deletes: this.deletes,
      cellWrites: this.cellWrites,
      appendRows: this.appendRows,
      removeRows: this.removeRows,
      marks: this.marks,
      baseAfterDatabase: this.baseAfterDatabase,
      pendingIdsAfter: sortedIds(this.pendingIdsAfter),
    };
    this.planned.sort((a, b) => a.rowNumber - b.rowNumber);
    return { plan, notes: this.notes, conflicts: this.conflicts, cellErrors: this.cellErrors, issues: this.issues, planned: this.planned };
  }
}
