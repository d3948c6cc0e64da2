import type { BaseRecord, CellValue, ConflictRecord, FieldValue, FieldValues, NoteAnchor, SyncPolicy } from './types';

/** A sheet row without an id that becomes a record. Its id is handed out when the plan is applied. */
export interface NewRowPlan {
  readonly table: string;
  readonly rowNumber: number;
  /** Every mapped field whose header was found; cells in error are null (the rest of the row still syncs). */
  readonly values: FieldValues;
  /**
   * Set when the row already carries an id reserved by an earlier run that wrote it back and
   * then died before committing the record: the record is created under that id, not a new one.
   */
  readonly reservedId: string | null;
  /** Fields whose cell could not be read: created empty, and unsettled in the base (see BaseRecord.unsettled). */
  readonly unreadable: readonly string[];
  /** Stale pasted copies of a row with a reserved id, for the base (see BaseRecord.copies). */
  readonly copies?: readonly FieldValues[];
}

export interface FieldChange {
  readonly field: string;
  readonly value: FieldValue;
  /** The database value this change was planned against; a store may refuse if it moved meanwhile. */
  readonly expected: FieldValue;
  /** The base before this run, restored when the store refuses the change. */
  readonly previousBase: FieldValue | undefined;
}

export interface RecordUpdatePlan {
  readonly table: string;
  readonly id: string;
  readonly rowNumber: number;
  readonly changes: readonly FieldChange[];
}

export interface CellWritePlan {
  readonly table: string;
  /** Null on a row becoming a record this run (its id is written back in the same batch). */
  readonly id: string | null;
  readonly field: string;
  readonly a1: string;
  readonly rowNumber: number;
  readonly column: number;
  /** What the sheet held (raw), for the dry run. */
  readonly previous: CellValue | null;
  /** null clears the cell. */
  readonly value: CellValue | null;
}

export interface AppendRowPlan {
  readonly table: string;
  readonly id: string;
  /** By 0-based column: the id and mapped fields; null where hoso writes nothing (the staff's columns). */
  readonly cells: readonly (CellValue | null)[];
  readonly values: FieldValues;
}

export interface RowRemovalPlan {
  readonly table: string;
  readonly id: string;
  readonly rowNumber: number;
}

export interface RecordRef {
  readonly table: string;
  readonly id: string;
}

export interface UnflagPlan extends RecordRef {
  readonly rowNumber: number;
}

/** A note hoso wants on a cell after this run, with where that cell is now. */
export interface DesiredNote {
  readonly anchor: NoteAnchor;
  readonly text: string;
  readonly sheetTitle: string;
  readonly rowNumber: number;
  readonly column: number;
  /** The row has no id yet: once it becomes a record, the note is anchored to the id it receives. */
  readonly forNewRow: boolean;
}

export interface CellErrorReport {
  readonly table: string;
  readonly id: string | null;
  readonly rowNumber: number;
  readonly field: string;
  readonly header: string;
  readonly a1: string;
  readonly raw: CellValue | null;
  readonly message: string;
}

export type ConflictResolution = 'kept-both' | 'sheet-won' | 'database-won';

export interface ConflictReport extends ConflictRecord {
  readonly header: string;
  readonly resolution: ConflictResolution;
}

export type IssueKind =
  | 'missing-tab'
  | 'missing-id-column'
  | 'missing-header'
  | 'duplicate-header'
  | 'duplicate-id'
  | 'unknown-id'
  | 'row-not-created'
  | 'deleted-in-database'
  | 'row-missing-from-sheet'
  | 'row-restored';

export interface Issue {
  readonly kind: IssueKind;
  readonly table: string;
  readonly message: string;
  readonly a1?: string;
  readonly id?: string;
  readonly rowNumber?: number;
}

/** Where things are on one tab right now: what the engine needs after planning to place notes. */
export interface TableLayout {
  readonly table: string;
  readonly sheetTitle: string;
  readonly idColumn: number | null;
  readonly fieldColumns: Readonly<Record<string, number>>;
  /** The row that holds each id's identity this run. */
  readonly rowOfId: Readonly<Record<string, number>>;
  /** The last non-blank row read (1 when only the header is there). */
  readonly lastRowNumber: number;
  /** Whether the tab was synced at all (false: missing tab or id column). */
  readonly synced: boolean;
}

export interface TablePlan {
  readonly table: string;
  readonly sheetTitle: string;
  readonly layout: TableLayout;
  // → database
  readonly newRows: readonly NewRowPlan[];
  readonly updates: readonly RecordUpdatePlan[];
  readonly flags: readonly RecordRef[];
  readonly unflags: readonly UnflagPlan[];
  readonly deletes: readonly RecordRef[];
  // → sheet
  readonly cellWrites: readonly CellWritePlan[];
  readonly appendRows: readonly AppendRowPlan[];
  readonly removeRows: readonly RowRemovalPlan[];
  /** Rows marked as deleted in hoso this run (their base turns into a tombstone once the note is on the sheet). */
  readonly marks: readonly RecordRef[];
  // → state
  /** The base of every known id once the database commit succeeds (new rows are added then; appended, removed and marked rows settle after the sheet write). */
  readonly baseAfterDatabase: Readonly<Record<string, BaseRecord>>;
  /** Reserved ids still waiting for their record after this run. */
  readonly pendingIdsAfter: readonly string[];
  /**
   * The reference fields and the table each names, when the tab has any: their values may hold
   * provisional ids of rows created in this run (see sync/engine/references.ts) until `bindPlan`.
   */
  readonly references?: Readonly<Record<string, string>>;
}

export interface PlanCounts {
  readonly database: {
    readonly creates: number;
    readonly updatedRecords: number;
    readonly updatedFields: number;
    readonly flags: number;
    readonly unflags: number;
    readonly deletes: number;
  };
  readonly sheet: {
    readonly cellWrites: number;
    readonly idWriteBacks: number;
    readonly appendedRows: number;
    readonly removedRows: number;
  };
  readonly conflicts: number;
  readonly cellErrors: number;
  readonly issues: number;
}

/**
 * Everything one run will do, decided before doing any of it. A plain value: the same inputs
 * give an identical plan (stable ordering throughout), so it prints as a dry run and tests
 * compare it without I/O.
 */
export interface SyncPlan {
  readonly policy: SyncPolicy;
  readonly tables: readonly TablePlan[];
  readonly desiredNotes: readonly DesiredNote[];
  readonly conflicts: readonly ConflictReport[];
  readonly cellErrors: readonly CellErrorReport[];
  readonly issues: readonly Issue[];
  readonly counts: PlanCounts;
}
