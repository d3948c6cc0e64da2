/**
 * The vocabulary of the sync engine: tables of keyed rows on two sides and the base both
 * agreed on. Nothing here knows MikroORM, GraphQL or HTTP; the application describes its
 * entities with `TableSpec`s and hands the engine plain rows.
 */

/** A cell as read with `valueRenderOption=UNFORMATTED_VALUE` (dates arrive as serial numbers). Blank cells are `null`. */
export type CellValue = string | number | boolean;

/** A field as the database holds it, in the canonical form the codec produces (dates as ISO strings, codes...). */
export type FieldValue = string | number | boolean | null;

export type FieldValues = Readonly<Record<string, FieldValue>>;

export type ParseResult = { readonly ok: true; readonly value: FieldValue } | { readonly ok: false; readonly message: string };

/**
 * One mapped column. `parse` reads a non-blank cell (blank cells are `null` without asking the
 * codec); `format` turns a field back into what hoso writes (RAW). The codec must round-trip:
 * `parse(format(v))` gives `v` back, or the two sides would never settle.
 */
export interface ColumnSpec {
  readonly field: string;
  /** The header hoso writes; matched case-, diacritic- and whitespace-insensitively. */
  readonly header: string;
  /** Other headers staff use for the same column ("Họ tên" for "Họ và tên"). */
  readonly aliases?: readonly string[];
  /** A record cannot exist without it: blank cells are cell errors, rows missing it are not created. */
  readonly required?: boolean;
  parse(cell: CellValue): ParseResult;
  /** `null` leaves the cell blank. */
  format(value: FieldValue): CellValue | null;
  /**
   * What a record created from a row gets when this cell is blank (the database's default, e.g.
   * religion "Không"). hoso writes it into the cell in the same run, so both sides agree at once.
   */
  readonly defaultValue?: FieldValue;
  /** How `hoso sheets init` prepares the column; nothing when absent. */
  readonly template?: ColumnTemplate;
  /** The column names records of a table (a cadre's «Đơn vị»): it may then name rows that table creates in the same run. */
  readonly reference?: ColumnReference;
}

/**
 * A reference column. Tables are planned in the binding's order (parents first), so when a
 * child table is planned the rows its parents create in this run are known: the column reads
 * them too, a new cadre naming a unit typed on the 'Đơn vị' tab in the same sitting. Such a
 * reference holds the row's `PlannedRow.id` (its reserved id, or a provisional one that
 * `bindPlan` replaces with the id the row receives: a provisional id never reaches a store).
 */
export interface ColumnReference {
  /** The `TableSpec.table` whose records the cells name. */
  readonly table: string;
  /** The codec reading (and showing) also these rows of `table`, none of them a record yet. */
  withPlannedRows(rows: readonly PlannedRow[]): Pick<ColumnSpec, 'parse' | 'format'>;
}

/** A sheet row without a record that this run plans to create, as reference columns of other rows see it. */
export interface PlannedRow {
  /** What a reference to it holds: the id reserved by a crashed run, or a provisional id. */
  readonly id: string;
  readonly sheetTitle: string;
  readonly rowNumber: number;
  /** Its values as read (unreadable cells null). */
  readonly values: FieldValues;
  /** False: the row does not become a record this run (a required field is missing); naming it is a cell error. */
  readonly created: boolean;
}

export interface ColumnTemplate {
  /** A dropdown of these labels (data validation that warns, so variants people type still parse). */
  readonly choices?: readonly string[];
  /** `date`: shown dd/mm/yyyy; `text`: kept as typed (numbers with leading zeros, bare years). */
  readonly format?: 'date' | 'text';
  /** Shown when the header cell is hovered: what the column holds and how to type it. */
  readonly hint?: string;
}

/** A tab and the entity type it holds. */
export interface TableSpec {
  /** The application's name for the entity type ("cadre"). */
  readonly table: string;
  /** The tab's title ("Cán bộ"). */
  readonly sheetTitle: string;
  /** The header of the id column hoso owns ("Mã hoso"). */
  readonly idHeader: string;
  readonly columns: readonly ColumnSpec[];
}

/** How the header row of a tab lined up with a `TableSpec`. */
export interface HeaderMatch {
  /** 0-based column index of each mapped field whose header was found. */
  readonly fieldColumns: Readonly<Record<string, number>>;
  readonly idColumn: number | null;
  /** Mapped headers not found: those fields are left alone this run (both directions). */
  readonly missingHeaders: readonly string[];
  /** Headers hoso does not map: kept, never read, never written. */
  readonly extraColumns: readonly { readonly column: number; readonly header: string }[];
  /** A header that appears twice: the leftmost column is used, the others are reported. */
  readonly duplicateHeaders: readonly { readonly header: string; readonly used: number; readonly ignored: number }[];
}

/** One non-blank data row of a tab. `rowNumber` is the A1 row number (header is row 1). */
export interface SheetRow {
  readonly rowNumber: number;
  /** The id cell, trimmed; null when blank. */
  readonly id: string | null;
  /** Raw cells of the mapped fields whose header was found, by field; blank cells are null. */
  readonly cells: Readonly<Record<string, CellValue | null>>;
}

/** The rows read from one tab. */
export interface SheetTable {
  readonly table: string;
  readonly sheetTitle: string;
  readonly headers: HeaderMatch;
  readonly rows: readonly SheetRow[];
}

/** A record as the database holds it. `flagged` = its row went missing from the sheet (restorable). */
export interface RecordRow {
  readonly id: string;
  readonly values: FieldValues;
  readonly flagged?: boolean;
}

/**
 * What both sides held for one record after the last good run. `status` remembers the states
 * where the sides deliberately differ: the row went missing from the sheet (the record is
 * flagged), the record was deleted in hoso (the row is marked), or hoso is appending the
 * record's row (committed, not yet known to be on the sheet).
 */
export interface BaseRecord {
  readonly values: FieldValues;
  readonly status?: 'missing-from-sheet' | 'deleted-in-database' | 'appending';
  /**
   * Fields the base alone cannot settle. `sheet`: the cell was unreadable at the last run, so
   * the sheet has moved away from the base whatever it holds once readable (fixing a cell back
   * to the old value, or emptying it, is still a change). `both`: a kept conflict — either side
   * going back to the old value is still a disagreement. Cleared once both sides agree.
   */
  readonly unsettled?: Readonly<Record<string, Unsettled>>;
  /**
   * The readable values of other rows that carried this id at the last run (pasted copies,
   * reported and left alone). If the identity row is deleted later, a copy becomes the only row
   * with the id; its stale values must not pass for staff edits (see TablePlanner.mergeRecord).
   */
  readonly copies?: readonly FieldValues[];
}

export type Unsettled = 'sheet' | 'both';

/** Per table, per id. */
export type BaseSnapshot = Readonly<Record<string, Readonly<Record<string, BaseRecord>>>>;

/** Where hoso has put a note, so it can rewrite or clear exactly its own notes. */
export interface NoteAnchor {
  readonly table: string;
  /** The row's id when it has one of its own (notes follow the row when staff sort). */
  readonly id: string | null;
  /** Rows without an identity (duplicates, rows that could not become records) are anchored by position. */
  readonly rowNumber: number | null;
  /** A mapped field, or `ID_FIELD` for the id cell. */
  readonly field: string;
}

export interface NoteRecord {
  readonly anchor: NoteAnchor;
  readonly text: string;
}

/** A field changed on both sides to different values, waiting for a person (policy `manual`). */
export interface ConflictRecord {
  readonly table: string;
  readonly id: string;
  readonly field: string;
  readonly sheetValue: FieldValue;
  readonly databaseValue: FieldValue;
  readonly baseValue: FieldValue;
  /** Where it was seen last, e.g. `'Cán bộ'!C5`. */
  readonly a1: string;
  /** When a run first found it (ISO): with the field, what identifies its line on the conflicts tab. */
  readonly since?: string;
  /** The note on its line of the conflicts tab (why the choice made there was not applied), as written there. */
  readonly choiceNote?: string;
}

/**
 * Everything the engine remembers between runs for one binding. Plain JSON: the application
 * stores it as it likes (a row per binding is enough).
 */
export interface SyncState {
  readonly base: BaseSnapshot;
  /** Ids handed out to new sheet rows and written back, whose records may not be committed yet. */
  readonly pendingIds: Readonly<Record<string, readonly string[]>>;
  readonly notes: readonly NoteRecord[];
  readonly conflicts: readonly ConflictRecord[];
  /** Tab title → numeric sheetId, learnt once (structural requests address tabs by sheetId). */
  readonly sheetIds: Readonly<Record<string, number>>;
}

export type ConflictPolicy = 'manual' | 'sheet-wins' | 'database-wins';
/** A row gone from the sheet: flag its record (default), or delete the record when hoso did not change it since. */
export type SheetRowDeletedPolicy = 'flag' | 'delete';
/** A record deleted in hoso: mark its row with a note (default), or remove the row when staff did not change it since. */
export type RecordDeletedPolicy = 'mark' | 'remove';

export interface SyncPolicy {
  readonly conflicts: ConflictPolicy;
  readonly sheetRowDeleted: SheetRowDeletedPolicy;
  readonly recordDeleted: RecordDeletedPolicy;
}

export const DEFAULT_POLICY: SyncPolicy = { conflicts: 'manual', sheetRowDeleted: 'flag', recordDeleted: 'mark' };

/** The pseudo-field naming the id column in notes and messages. */
export const ID_FIELD = '$id';

export function emptySyncState(): SyncState {
  return { base: {}, pendingIds: {}, notes: [], conflicts: [], sheetIds: {} };
}

/** A base record, with its unsettled fields and pasted copies when there are any (kept out of the state otherwise). */
export function withUnsettled(
  values: FieldValues,
  unsettled: Readonly<Record<string, Unsettled>>,
  copies: readonly FieldValues[] = [],
): BaseRecord {
  return {
    values,
    ...(Object.keys(unsettled).length > 0 ? { unsettled } : {}),
    ...(copies.length > 0 ? { copies } : {}),
  };
}
