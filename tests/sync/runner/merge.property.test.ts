import fc from 'fast-check';
import type { Scalar } from '../../../sync/emulator/cells';
import { InProcessSheets } from '../../../sync/emulator/in-process';
import { SheetsEmulator } from '../../../sync/emulator/server';
import type { ConflictPolicy, FieldValue, TableSpec } from '../../../sync/engine/types';
import { SYNC_STEPS, type SyncReport, type SyncStep } from '../../../sync/runner/run-sync';
import { integerColumn, textColumn } from '../support/codecs';
import { type Harness, harness } from '../support/harness';
import { PendingEdits, type SheetLayout, checkCompletedRun, dataRows, expectIdle, rowId } from '../support/sync-model';

/**
 * Random edit sequences on both sides, random syncs, random crashes between apply steps —
 * checked against the model in tests/sync/support/sync-model.ts after every completed run
 * (convergence, no loss, no duplicates), and idempotence: a run right after, with no edits,
 * writes nothing on either side.
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

const LAYOUT: SheetLayout = { spec: PEOPLE, fields: FIELDS, column: COLUMN, idColumn: ID_COLUMN };

interface World {
  readonly h: Harness;
  readonly pending: PendingEdits;
  readonly policy: ConflictPolicy;
}

const rowsOf = (h: Harness) => dataRows(h.grid('Người'));
const idOf = (cells: readonly Scalar[]) => rowId(LAYOUT, cells);

async function apply(world: World, c: Command): Promise<SyncReport | null> {
  const { h, pending } = world;
  const rows = rowsOf(h);
  const records = h.store.all('person');
  switch (c.kind) {
    case 'type': {
      const target = rows[c.row % Math.max(rows.length, 1)];
      if (!target) return null;
      h.type(`'Người'!${'ABCDE'[COLUMN[c.field]]}${target.rowNumber}`, [[c.value]]);
      const id = idOf(target.cells);
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
      const id = idOf(target.cells);
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

/** What must hold after a run that completed, then idempotence: nothing changed since, so nothing is written. */
async function completedRun(world: World, report: SyncReport): Promise<void> {
  const { h, pending, policy } = world;
  checkCompletedRun({ layout: LAYOUT, grid: h.grid('Người'), records: h.store.all('person'), pending, policy, report });
  expectIdle(await h.run());
  pending.settle(h.grid('Người'), h.store.all('person'));
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
        const world: World = { h, pending: new PendingEdits(LAYOUT), policy };
        for (const c of [...commands, { kind: 'sync', crash: null } as const]) {
          const report = await apply(world, c);
          if (report) await completedRun(world, report);
        }
      }),
      { numRuns, examples: EXAMPLES.map((commands) => [commands] as [Command[]]), ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  });
});
