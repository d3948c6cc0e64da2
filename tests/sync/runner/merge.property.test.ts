import fc from 'fast-check';
import type { Scalar } from '../../../sync/emulator/cells';
import { InProcessSheets } from '../../../sync/emulator/in-process';
import { SheetsEmulator } from '../../../sync/emulator/server';
import type { ConflictPolicy, FieldValue, TableSpec } from '../../../sync/engine/types';
import { readCell, valuesEqual } from '../../../sync/engine/values';
import { SYNC_STEPS, type SyncReport, type SyncStep } from '../../../sync/runner/run-sync';
import { integerColumn, textColumn } from '../support/codecs';
import { type Harness, harness } from '../support/harness';

/**
 * Random edit sequences on both sides, random syncs, random crashes between apply steps —
 * checked against a simple model of what must hold after every completed run:
 *   convergence: both sides equal in every mapped field, except reported conflicts and cell errors;
 *   no loss: a value typed in the sheet (or saved in hoso) since the last completed run is still
 *            in its cell (record), and is in the database (sheet) or reported as a conflict or a cell error;
 *   no duplicates: every id once on the sheet, every live record on exactly one row;
 *   idempotence: a run right after, with no edits, writes nothing on either side.
 */

const PEOPLE: TableSpec = {
  table: 'person',
  sheetTitle: 'Người',
  idHeader: 'Mã',
  columns: [textColumn('name', 'Tên', { required: true }), integerColumn('age', 'Tuổi'), textColumn('note', 'Ghi chú')],
};
// Staff put the id second and keep a column of their own in the middle.
const HEADERS = ['Tên', 'Mã', 'Riêng', 'Tuổi', 'Ghi chú'];
const COLUMN: Record<Field, number> = { name: 0, age: 3, note: 4 };
const ID_COLUMN = 1;
type Field = 'name' | 'age' | 'note';
const FIELDS: readonly Field[] = ['name', 'age', 'note'];

type Command =
  | { readonly kind: 'type'; readonly row: number; readonly field: Field; readonly value: Scalar }
  | { readonly kind: 'typeRow'; readonly name: Scalar; readonly age: Scalar }
  | { readonly kind: 'deleteRow'; readonly row: number }
  | { readonly kind: 'copyRow'; readonly row: number }
  | { readonly kind: 'sort'; readonly field: Field; readonly descending: boolean }
  | { readonly kind: 'dbEdit'; readonly pick: number; readonly field: Field; readonly value: FieldValue }
  | { readonly kind: 'dbCreate'; readonly name: string; readonly age: number | null }
  | { readonly kind: 'dbDelete'; readonly pick: number }
  | { readonly kind: 'sync'; readonly crash: { readonly step: SyncStep; readonly phase: 'before' | 'after' } | null };

const typed: Record<Field, fc.Arbitrary<Scalar>> = {
  name: fc.constantFrom('An', 'Bình', ' Chi ', ''),
  age: fc.constantFrom(30, 41, '52', 'abc', ''),
  note: fc.constantFrom('x', 'y', ''),
};
const saved: Record<Field, fc.Arbitrary<FieldValue>> = {
  name: fc.constantFrom('Em', 'Giang'),
  age: fc.constantFrom(33, 44, null),
  note: fc.constantFrom('p', null),
};
const field = fc.constantFrom(...FIELDS);

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: field.chain((f) =>
      fc.record({ kind: fc.constant('type' as const), row: fc.nat(20), field: fc.constant(f), value: typed[f] }),
    ),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('typeRow' as const), name: typed.name, age: typed.age }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteRow' as const), row: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('copyRow' as const), row: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('sort' as const), field, descending: fc.boolean() }) },
  {
    weight: 3,
    arbitrary: field.chain((f) =>
      fc.record({ kind: fc.constant('dbEdit' as const), pick: fc.nat(20), field: fc.constant(f), value: saved[f] }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('dbCreate' as const), name: fc.constantFrom('Hà', 'Khánh'), age: fc.constantFrom(25, null) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dbDelete' as const), pick: fc.nat(20) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      crash: fc.option(fc.record({ step: fc.constantFrom(...SYNC_STEPS), phase: fc.constantFrom('before' as const, 'after' as const) }), {
        freq: 2,
      }),
    }),
  },
);

class SimulatedCrash extends Error {}

/**
 * Edits made since the last completed run, by id and field: what must not be lost. An edit
 * that leaves a field as it was (A → B → A), before the edits or at the last completed run, is
 * no edit to a three-way merge, so it is not held to the no-loss rule. (The second case covers
 * the one window no order of steps closes: a crashed run wrote hoso's value into the cell and
 * staff type the old value back before the next run.)
 */
class PendingEdits {
  readonly sheet = new Map<string, Map<Field, Scalar>>();
  readonly database = new Map<string, Map<Field, FieldValue>>();
  /** What each edited field held before its first edit since the last completed run. */
  readonly sheetOriginal = new Map<string, Map<Field, Scalar>>();
  readonly databaseOriginal = new Map<string, Map<Field, FieldValue>>();
  /** Both sides as the last completed run left them. */
  readonly sheetBaseline = new Map<string, Map<Field, Scalar>>();
  readonly databaseBaseline = new Map<string, Map<Field, FieldValue>>();

  typed(id: string, f: Field, stored: Scalar, before: Scalar): void {
    if (!this.sheetOriginal.get(id)?.has(f)) set(this.sheetOriginal, id, f, before);
    set(this.sheet, id, f, stored);
    // A later edit on the other side supersedes: after a crash it may legitimately win.
    this.database.get(id)?.delete(f);
  }

  saved(id: string, f: Field, value: FieldValue, before: FieldValue): void {
    if (!this.databaseOriginal.get(id)?.has(f)) set(this.databaseOriginal, id, f, before);
    set(this.database, id, f, value);
    this.sheet.get(id)?.delete(f);
  }

  /** After a completed run: nothing pending, and the baselines are what both sides hold now. */
  settle(h: Harness): void {
    this.sheet.clear();
    this.database.clear();
    this.sheetOriginal.clear();
    this.databaseOriginal.clear();
    this.sheetBaseline.clear();
    this.databaseBaseline.clear();
    for (const row of dataRows(h)) {
      const id = rowId(row.cells);
      if (id !== null) for (const f of FIELDS) set(this.sheetBaseline, id, f, row.cells[COLUMN[f]] ?? '');
    }
    for (const record of h.store.all('person')) for (const f of FIELDS) set(this.databaseBaseline, record.id, f, record.values[f] ?? null);
  }

  /** Pending sheet edits that really change a field since the last completed run. */
  sheetEdits(): [string, Field, Scalar][] {
    return [...this.sheet].flatMap(([id, fields]) =>
      [...fields]
        .filter(([f, stored]) => this.sheetBaseline.get(id)?.get(f) !== stored && this.sheetOriginal.get(id)?.get(f) !== stored)
        .map(([f, stored]) => [id, f, stored] as [string, Field, Scalar]),
    );
  }

  databaseEdits(): [string, Field, FieldValue][] {
    return [...this.database].flatMap(([id, fields]) =>
      [...fields]
        .filter(([f, value]) => this.databaseBaseline.get(id)?.get(f) !== value && this.databaseOriginal.get(id)?.get(f) !== value)
        .map(([f, value]) => [id, f, value] as [string, Field, FieldValue]),
    );
  }
}

function set<T>(map: Map<string, Map<Field, T>>, id: string, f: Field, value: T): void {
  let fields = map.get(id);
  if (!fields) map.set(id, (fields = new Map()));
  fields.set(f, value);
}

function columnOf(f: Field) {
  return PEOPLE.columns.find((c) => c.field === f)!;
}

function cell(row: readonly Scalar[], column: number): Scalar | null {
  const value = row[column];
  return value === undefined || value === '' ? null : value;
}

interface World {
  readonly h: Harness;
  readonly pending: PendingEdits;
  readonly policy: ConflictPolicy;
}

/** Data rows as the sheet holds them (with their A1 row numbers), blank rows left out. */
function dataRows(h: Harness): { rowNumber: number; cells: Scalar[] }[] {
  return h
    .grid('Người')
    .map((cells, i) => ({ rowNumber: i + 1, cells }))
    .slice(1)
    .filter((r) => r.cells.some((c) => c !== ''));
}

function rowId(cells: readonly Scalar[]): string | null {
  const id = cell(cells, ID_COLUMN);
  return id === null ? null : String(id);
}

async function apply(world: World, c: Command): Promise<SyncReport | null> {
  const { h, pending } = world;
  const rows = dataRows(h);
  const records = h.store.all('person');
  switch (c.kind) {
    case 'type': {
      const target = rows[c.row % Math.max(rows.length, 1)];
      if (!target) return null;
      h.type(`'Người'!${'ABCDE'[COLUMN[c.field]]}${target.rowNumber}`, [[c.value]]);
      const id = rowId(target.cells);
      const before = target.cells[COLUMN[c.field]] ?? '';
      const stored = h.grid('Người')[target.rowNumber - 1]?.[COLUMN[c.field]] ?? '';
      // Typing what the cell already holds changes nothing.
      if (id !== null && stored !== before) pending.typed(id, c.field, stored, before);
      return null;
    }
    case 'typeRow': {
      const next = h.grid('Người').length + 1;
      h.type(`'Người'!A${next}`, [[c.name, null, 'riêng', c.age]]);
      return null;
    }
    case 'deleteRow': {
      const target = rows[c.row % Math.max(rows.length, 1)];
      if (!target) return null;
      h.emulator.applyRequests(h.spreadsheetId, [
        { deleteDimension: { range: { sheetId: 0, dimension: 'ROWS', startIndex: target.rowNumber - 1, endIndex: target.rowNumber } } },
      ]);
      const id = rowId(target.cells);
      if (id !== null) pending.sheet.delete(id);
      return null;
    }
    case 'copyRow': {
      // Copy and paste a whole row, id included, below the table.
      const target = rows[c.row % Math.max(rows.length, 1)];
      if (!target) return null;
      h.emulator.setValues(h.spreadsheetId, `'Người'!A${h.grid('Người').length + 1}`, [target.cells], 'RAW');
      return null;
    }
    case 'sort':
      h.emulator.applyRequests(h.spreadsheetId, [
        {
          sortRange: {
            range: { sheetId: 0, startRowIndex: 1 },
            sortSpecs: [{ dimensionIndex: COLUMN[c.field], sortOrder: c.descending ? 'DESCENDING' : 'ASCENDING' }],
          },
        },
      ]);
      return null;
    case 'dbEdit': {
      const target = records[c.pick % Math.max(records.length, 1)];
      if (!target) return null;
      const before = target.values[c.field] ?? null;
      h.store.edit('person', target.id, { [c.field]: c.value });
      if (before !== c.value) pending.saved(target.id, c.field, c.value, before);
      return null;
    }
    case 'dbCreate': {
      const [id] = await h.store.allocateIds('person', 1);
      h.store.put('person', id!, { name: c.name, age: c.age, note: null });
      return null;
    }
    case 'dbDelete': {
      const target = records[c.pick % Math.max(records.length, 1)];
      if (!target) return null;
      h.store.remove('person', target.id);
      pending.database.delete(target.id);
      return null;
    }
    case 'sync': {
      const crash = c.crash;
      try {
        return await h.run({
          onStep: (step, phase) => {
            if (crash && step === crash.step && phase === crash.phase) throw new SimulatedCrash(`${phase} ${step}`);
          },
        });
      } catch (error) {
        if (error instanceof SimulatedCrash) return null;
        throw error;
      }
    }
  }
}

function reported(report: SyncReport, id: string, f: Field): { conflict: boolean; cellError: boolean } {
  return {
    conflict: report.conflicts.some((c) => c.id === id && c.field === f),
    cellError: report.cellErrors.some((e) => e.id === id && e.field === f),
  };
}

/** What must hold after a run that completed. */
function check(world: World, report: SyncReport): void {
  const { h, pending, policy } = world;
  const rows = dataRows(h);
  const records = new Map(h.store.all('person').map((r) => [r.id, r]));
  const rowOf = new Map<string, Scalar[]>();

  // No duplicates: the engine never makes a second record or row. Rows pasted with an id
  // already used are reported (all but one per id); each live record holds exactly one identity row.
  const duplicateRows = new Set(report.issues.filter((i) => i.kind === 'duplicate-id').map((i) => i.rowNumber));
  const pasted = new Set<string>();
  for (const row of rows) {
    const id = rowId(row.cells);
    if (id === null) {
      // A row holding only the staff's own column is not a record; any other row left without an id cannot become one, and says so.
      if (FIELDS.every((f) => cell(row.cells, COLUMN[f]) === null)) continue;
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
    for (const f of FIELDS) {
      const sheet = readCell(columnOf(f), cell(cells, COLUMN[f]));
      const excused = reported(report, id, f);
      const agree = sheet.ok && valuesEqual(sheet.value, record.values[f]);
      if (!agree) expect(excused.cellError || (policy === 'manual' && excused.conflict)).toBe(true);
    }
  }

  // No loss (manual: nobody's edit is overwritten; a conflict keeps both, a cell error keeps the cell).
  if (policy !== 'manual') return;
  for (const [id, f, stored] of pending.sheetEdits()) {
    const record = records.get(id);
    const cells = rowOf.get(id);
    // With pasted copies on the sheet, which row a keystroke went to is ambiguous for this model.
    if (!record || !cells || pasted.has(id)) continue;
    expect(cells[COLUMN[f]] ?? '').toEqual(stored);
    const parsed = readCell(columnOf(f), stored === '' ? null : stored);
    const excused = reported(report, id, f);
    if (!(parsed.ok && valuesEqual(parsed.value, record.values[f]))) expect(excused.conflict || excused.cellError).toBe(true);
  }
  for (const [id, f, value] of pending.databaseEdits()) {
    const record = records.get(id);
    if (!record) continue;
    expect(record.values[f] ?? null).toEqual(value);
    const cells = rowOf.get(id);
    if (!cells) continue;
    const sheet = readCell(columnOf(f), cell(cells, COLUMN[f]));
    const excused = reported(report, id, f);
    if (!(sheet.ok && valuesEqual(sheet.value, value))) expect(excused.conflict || excused.cellError).toBe(true);
  }
}

async function completedRun(world: World, report: SyncReport): Promise<void> {
  check(world, report);
  // Idempotence: nothing changed since, so nothing is written.
  const again = await world.h.run();
  expect(again.wrote).toEqual({ database: false, sheetValues: false, sheetLayout: false, state: false });
  expect(again.apiCalls).toMatchObject({ reads: 1, writes: 0 });
  world.pending.settle(world.h);
}

// SYNC_PROPERTY_RUNS=5000 SYNC_PROPERTY_SEED=random for a long hunt. CI runs a fixed seed so a
// red build always means a change broke something; counterexamples found by hunts go in EXAMPLES.
const RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? 300);
const SEED_SETTING = process.env.SYNC_PROPERTY_SEED ?? '20261121';
const SEED = SEED_SETTING === 'random' ? undefined : Number(SEED_SETTING);

/** Counterexamples earlier hunts found, replayed first on every run. */
const EXAMPLES: Command[][] = [
  // A pasted copy outlives its identity row after a run died before saving its state: the copy's
  // stale name must not overwrite the name saved in hoso (it becomes a conflict instead).
  [
    { kind: 'typeRow', name: 'An', age: 30 },
    { kind: 'sync', crash: null },
    { kind: 'copyRow', row: 0 },
    { kind: 'dbEdit', pick: 0, field: 'name', value: 'Em' },
    { kind: 'sync', crash: { step: 'save-state', phase: 'before' } },
    { kind: 'deleteRow', row: 0 },
  ],
  // A row whose required cell was emptied (a cell error), then copied: remembering the copy must
  // not turn the cell error into a different kind of unsettled field on the next, idle run.
  [
    { kind: 'dbCreate', name: 'Hà', age: 25 },
    { kind: 'sync', crash: null },
    { kind: 'type', row: 0, field: 'name', value: '' },
    { kind: 'copyRow', row: 0 },
  ],
  // Ids written back, the run dies, a row is copied: the copy is remembered when the record is created, not one run later.
  [
    { kind: 'typeRow', name: 'An', age: 30 },
    { kind: 'sync', crash: { step: 'write-sheet-values', phase: 'after' } },
    { kind: 'copyRow', row: 0 },
  ],
];

describe.each<[ConflictPolicy, number]>([
  ['manual', RUNS],
  ['sheet-wins', Math.ceil(RUNS / 3)],
  ['database-wins', Math.ceil(RUNS / 3)],
])('the merge as a property (conflicts: %s)', (policy, numRuns) => {
  let emulator: SheetsEmulator;

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
  });
  afterAll(() => emulator.close());

  it('random edits on both sides, random crashes: convergence, no loss, no duplicates, idempotence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 40 }), async (commands) => {
        emulator.reset();
        const h = harness(emulator, {
          tables: [PEOPLE],
          tabs: [{ title: 'Người', rows: [HEADERS] }],
          policy: { conflicts: policy },
          sheets: (e) => new InProcessSheets(e),
        });
        const world: World = { h, pending: new PendingEdits(), policy };
        for (const c of [...commands, { kind: 'sync', crash: null } as const]) {
          const report = await apply(world, c);
          if (report) await completedRun(world, report);
        }
      }),
      { numRuns, examples: EXAMPLES.map((commands) => [commands] as [Command[]]), ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  });
});
