import type { Scalar } from '../../../sync/emulator/cells';
import type { ConflictPolicy, FieldValue, RecordRow, TableSpec } from '../../../sync/engine/types';
import { readCell, valuesEqual } from '../../../sync/engine/values';
import type { SyncReport } from '../../../sync/runner/run-sync';

/**
 * The model the sync property tests check runs against (tests/sync/runner/*.property.test.ts):
 * where a tab's columns are, the edits made since a binding's last completed run, and what must
 * hold after every completed run:
 *   convergence: both sides equal in every mapped field, except reported conflicts and cell errors;
 *   no loss: a value typed in the sheet (or saved in hoso) since the last completed run is still
 *            in its cell (record), and is in the database (sheet) or reported as a conflict or a cell error;
 *   no duplicates: every id once on the sheet, every live record on exactly one row.
 */

/** One tab as the test lays it out: staff may put the columns anywhere, so each field says where. */
export interface SheetLayout {
  readonly spec: TableSpec;
  readonly fields: readonly string[];
  /** Field → 0-based column on the tab. */
  readonly column: Readonly<Record<string, number>>;
  readonly idColumn: number;
}

export interface DataRow {
  readonly rowNumber: number;
  readonly cells: Scalar[];
}

/** Data rows as the sheet holds them (with their A1 row numbers), blank rows left out. */
export function dataRows(grid: readonly Scalar[][]): DataRow[] {
  return grid
    .map((cells, i) => ({ rowNumber: i + 1, cells }))
    .slice(1)
    .filter((r) => r.cells.some((c) => c !== ''));
}

export function cell(row: readonly Scalar[], column: number): Scalar | null {
  const value = row[column];
  return value === undefined || value === '' ? null : value;
}

export function rowId(layout: SheetLayout, cells: readonly Scalar[]): string | null {
  const id = cell(cells, layout.idColumn);
  return id === null ? null : String(id);
}

function columnOf(layout: SheetLayout, f: string) {
  const column = layout.spec.columns.find((c) => c.field === f);
  if (!column) throw new Error(`No column ${f} in ${layout.spec.table}`);
  return column;
}

function set<T>(map: Map<string, Map<string, T>>, id: string, f: string, value: T): void {
  let fields = map.get(id);
  if (!fields) map.set(id, (fields = new Map()));
  fields.set(f, value);
}

/**
 * Edits made since the last completed run, by id and field: what must not be lost. An edit
 * that leaves a field as it was (A → B → A), before the edits or at the last completed run, is
 * no edit to a three-way merge, so it is not held to the no-loss rule. (The second case covers
 * the one window no order of steps closes: a crashed run wrote hoso's value into the cell and
 * staff type the old value back before the next run.)
 */
export class PendingEdits {
  readonly sheet = new Map<string, Map<string, Scalar>>();
  readonly database = new Map<string, Map<string, FieldValue>>();
  /** What each edited field held before its first edit since the last completed run. */
  readonly sheetOriginal = new Map<string, Map<string, Scalar>>();
  readonly databaseOriginal = new Map<string, Map<string, FieldValue>>();
  /** Both sides as the last completed run left them. */
  readonly sheetBaseline = new Map<string, Map<string, Scalar>>();
  readonly databaseBaseline = new Map<string, Map<string, FieldValue>>();

  constructor(private readonly layout: SheetLayout) {}

  typed(id: string, f: string, stored: Scalar, before: Scalar): void {
    if (!this.sheetOriginal.get(id)?.has(f)) set(this.sheetOriginal, id, f, before);
    set(this.sheet, id, f, stored);
    // A later edit on the other side supersedes: after a crash it may legitimately win.
    this.database.get(id)?.delete(f);
  }

  saved(id: string, f: string, value: FieldValue, before: FieldValue): void {
    if (!this.databaseOriginal.get(id)?.has(f)) set(this.databaseOriginal, id, f, before);
    set(this.database, id, f, value);
    this.sheet.get(id)?.delete(f);
  }

  /** After a completed run: nothing pending, and the baselines are what both sides hold now. */
  settle(grid: readonly Scalar[][], records: readonly RecordRow[]): void {
    this.sheet.clear();
    this.database.clear();
    this.sheetOriginal.clear();
    this.databaseOriginal.clear();
    this.sheetBaseline.clear();
    this.databaseBaseline.clear();
    for (const row of dataRows(grid)) {
      const id = rowId(this.layout, row.cells);
      if (id !== null) for (const f of this.layout.fields) set(this.sheetBaseline, id, f, row.cells[this.layout.column[f]!] ?? '');
    }
    for (const record of records) for (const f of this.layout.fields) set(this.databaseBaseline, record.id, f, record.values[f] ?? null);
  }

  /** Pending sheet edits that really change a field since the last completed run. */
  sheetEdits(): [string, string, Scalar][] {
    return [...this.sheet].flatMap(([id, fields]) =>
      [...fields]
        .filter(([f, stored]) => this.sheetBaseline.get(id)?.get(f) !== stored && this.sheetOriginal.get(id)?.get(f) !== stored)
        .map(([f, stored]) => [id, f, stored] as [string, string, Scalar]),
    );
  }

  databaseEdits(): [string, string, FieldValue][] {
    return [...this.database].flatMap(([id, fields]) =>
      [...fields]
        .filter(([f, value]) => this.databaseBaseline.get(id)?.get(f) !== value && this.databaseOriginal.get(id)?.get(f) !== value)
        .map(([f, value]) => [id, f, value] as [string, string, FieldValue]),
    );
  }
}

function reported(report: SyncReport, id: string, f: string): { conflict: boolean; cellError: boolean; refused: boolean } {
  return {
    conflict: report.conflicts.some((c) => c.id === id && c.field === f),
    cellError: report.cellErrors.some((e) => e.id === id && e.field === f),
    refused: report.rejections.some((r) => r.id === id && (r.field === undefined || r.field === f)),
  };
}

export interface CompletedRun {
  readonly layout: SheetLayout;
  /** The tab after the run. */
  readonly grid: readonly Scalar[][];
  /** The records the binding holds (its scope), with its flags. */
  readonly records: readonly RecordRow[];
  readonly pending: PendingEdits;
  readonly policy: ConflictPolicy;
  readonly report: SyncReport;
}

/** What must hold after a run that completed. Returns each identity row's cells by id. */
export function checkCompletedRun(run: CompletedRun): Map<string, Scalar[]> {
  const { layout, pending, policy, report } = run;
  const { column, fields } = layout;
  const rows = dataRows(run.grid);
  const records = new Map(run.records.map((r) => [r.id, r]));
  const rowOf = new Map<string, Scalar[]>();

  // No duplicates: the engine never makes a second record or row. Rows pasted with an id
  // already used are reported (all but one per id); each live record holds exactly one identity row.
  const duplicateRows = new Set(report.issues.filter((i) => i.kind === 'duplicate-id').map((i) => i.rowNumber));
  const pasted = new Set<string>();
  for (const row of rows) {
    const id = rowId(layout, row.cells);
    if (id === null) {
      // A row holding only the staff's own column is not a record; any other row left without an id cannot become one, and says so.
      if (fields.every((f) => cell(row.cells, column[f]!) === null)) continue;
      expect(report.issues).toContainEqual(expect.objectContaining({ kind: 'row-not-created', rowNumber: row.rowNumber }));
      continue;
    }
    if (duplicateRows.has(row.rowNumber)) {
      pasted.add(id);
      continue;
    }
    expect(rowOf.has(id)).toBe(false);
    rowOf.set(id, row.cells);
    // An id without a record: the record was deleted in hoso (row marked), or the row holds an id reserved
    // by a run that crashed and cannot become a record yet (row-not-created).
    if (!records.has(id))
      expect(report.issues.some((i) => i.id === id && (i.kind === 'deleted-in-database' || i.kind === 'row-not-created'))).toBe(true);
  }
  for (const id of pasted) expect(rowOf.has(id)).toBe(true);
  for (const record of records.values()) expect(rowOf.has(record.id)).toBe(!record.flagged);

  // Convergence.
  for (const [id, cells] of rowOf) {
    const record = records.get(id);
    if (!record || record.flagged) continue;
    for (const f of fields) {
      const sheet = readCell(columnOf(layout, f), cell(cells, column[f]!));
      const excused = reported(report, id, f);
      const agree = sheet.ok && valuesEqual(sheet.value, record.values[f]);
      if (!agree) expect(excused.cellError || excused.refused || (policy === 'manual' && excused.conflict)).toBe(true);
    }
  }

  // No loss (manual: nobody's edit is overwritten; a conflict keeps both, a cell error keeps the cell).
  if (policy !== 'manual') return rowOf;
  for (const [id, f, stored] of pending.sheetEdits()) {
    const record = records.get(id);
    const cells = rowOf.get(id);
    // With pasted copies on the sheet, which row a keystroke went to is ambiguous for this model.
    if (!record || !cells || pasted.has(id)) continue;
    expect(cells[column[f]!] ?? '').toEqual(stored);
    const parsed = readCell(columnOf(layout, f), stored === '' ? null : stored);
    const excused = reported(report, id, f);
    if (!(parsed.ok && valuesEqual(parsed.value, record.values[f])))
      expect(excused.conflict || excused.cellError || excused.refused).toBe(true);
  }
  for (const [id, f, value] of pending.databaseEdits()) {
    const record = records.get(id);
    if (!record) continue;
    expect(record.values[f] ?? null).toEqual(value);
    const cells = rowOf.get(id);
    if (!cells) continue;
    const sheet = readCell(columnOf(layout, f), cell(cells, column[f]!));
    const excused = reported(report, id, f);
    if (!(sheet.ok && valuesEqual(sheet.value, value))) expect(excused.conflict || excused.cellError || excused.refused).toBe(true);
  }
  return rowOf;
}

/** A run right after a completed one, with no edits between: it must write nothing on either side. */
export function expectIdle(again: SyncReport): void {
  expect(again.wrote).toEqual({ database: false, sheetValues: false, sheetLayout: false, state: false });
  expect(again.apiCalls).toMatchObject({ reads: 1, writes: 0 });
}
