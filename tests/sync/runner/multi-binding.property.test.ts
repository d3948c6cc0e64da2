import fc from 'fast-check';
import type { Scalar } from '../../../sync/emulator/cells';
import { InProcessSheets } from '../../../sync/emulator/in-process';
import { SheetsEmulator } from '../../../sync/emulator/server';
import type { CellValue, ColumnSpec, FieldValue, FieldValues, TableSpec } from '../../../sync/engine/types';
import { MemorySyncStore } from '../../../sync/runner/memory-store';
import { SYNC_STEPS, type SyncReport, type SyncStep } from '../../../sync/runner/run-sync';
import { integerColumn, textColumn } from '../support/codecs';
import { type Harness, harness } from '../support/harness';
import { PendingEdits, type SheetLayout, checkCompletedRun, dataRows, expectIdle, rowId } from '../support/sync-model';

/**
 * One database, three spreadsheets: a province's sheet holding every person and two communes'
 * sheets holding the people of their group (A, B) — scoped bindings, MemorySyncStore.binding(scope).
 * Random edits in each sheet and in hoso, random runs of random bindings, random crashes between
 * apply steps. After every completed run: the model's checks (tests/sync/support/sync-model.ts:
 * convergence, no loss, no duplicates) over the binding's scope, idempotence, and
 *   scope: a commune's sheet holds rows of its group only (a row whose record left the group is
 *          marked as gone from hoso, never kept as the other group's record);
 *   no conflict with itself: a conflict the province's run reports is on a field staff touched in
 *          the province's sheet since its last completed run (or one it already reported): an edit
 *          made in a commune's sheet reaches the province as a change from hoso.
 * At the end every binding runs twice more without crashes: all converge, and the runs after are idle.
 */

type Field = 'name' | 'age' | 'group';
const FIELDS: readonly Field[] = ['name', 'age', 'group'];
const GROUPS = ['A', 'B'] as const;
type Group = (typeof GROUPS)[number];
/** Binding 0 is the province's, 1 and 2 the communes' of groups A and B. */
const SHEETS = [0, 1, 2] as const;
type Sheet = (typeof SHEETS)[number];
const groupOf = (sheet: Sheet): Group | null => (sheet === 0 ? null : GROUPS[sheet - 1]!);

const TITLE = 'Người';
// Staff put the id second; the same layout on every sheet.
const HEADERS = ['Tên', 'Mã', 'Nhóm', 'Tuổi'];
const COLUMN: Record<Field, number> = { name: 0, group: 2, age: 3 };
const ID_COLUMN = 1;

/**
 * The group as a reference column: the province's reads either group; a commune's reads its own
 * (a blank one on a new row is its own, hoso writes it in) and names the other as outside its scope.
 */
function groupColumn(scope: Group | null): ColumnSpec {
  return {
    field: 'group',
    header: 'Nhóm',
    required: true,
    ...(scope ? { defaultValue: scope } : {}),
    parse: (cell: CellValue) => {
      const group = String(cell).trim().toUpperCase();
      if (!(GROUPS as readonly string[]).includes(group)) return { ok: false, message: `không có nhóm «${String(cell)}».` };
      if (scope && group !== scope) return { ok: false, message: `nhóm ${group} ngoài phạm vi nhóm ${scope} của bảng tính.` };
      return { ok: true, value: group };
    },
    format: (value: FieldValue) => (value === null ? null : String(value)),
  };
}

function layoutOf(sheet: Sheet): SheetLayout {
  const spec: TableSpec = {
    table: 'person',
    sheetTitle: TITLE,
    idHeader: 'Mã',
    columns: [textColumn('name', 'Tên', { required: true }), integerColumn('age', 'Tuổi'), groupColumn(groupOf(sheet))],
  };
  return { spec, fields: FIELDS, column: COLUMN, idColumn: ID_COLUMN };
}
const LAYOUTS = SHEETS.map(layoutOf);

type Crash = { readonly step: SyncStep; readonly phase: 'before' | 'after' } | null;
type Command =
  | { readonly kind: 'type'; readonly sheet: Sheet; readonly row: number; readonly field: Field; readonly value: Scalar }
  | { readonly kind: 'typeRow'; readonly sheet: Sheet; readonly name: Scalar; readonly age: Scalar; readonly group: Scalar }
  | { readonly kind: 'deleteRow'; readonly sheet: Sheet; readonly row: number }
  | { readonly kind: 'copyRow'; readonly sheet: Sheet; readonly row: number }
  | { readonly kind: 'sort'; readonly sheet: Sheet; readonly field: Field; readonly descending: boolean }
  | { readonly kind: 'dbEdit'; readonly pick: number; readonly field: Field; readonly value: FieldValue }
  | { readonly kind: 'dbCreate'; readonly name: string; readonly group: Group }
  | { readonly kind: 'dbDelete'; readonly pick: number }
  | { readonly kind: 'sync'; readonly sheet: Sheet; readonly crash: Crash };

const typed: Record<Field, fc.Arbitrary<Scalar>> = {
  name: fc.constantFrom('An', 'Bình', ' Chi ', ''),
  age: fc.constantFrom(30, 41, '52', 'abc', ''),
  // 'b' is B; 'C' is no group; '' on a record is an emptied required cell.
  group: fc.constantFrom('A', 'B', 'b', 'C', ''),
};
const saved: Record<Field, fc.Arbitrary<FieldValue>> = {
  name: fc.constantFrom('Em', 'Giang'),
  age: fc.constantFrom(33, 44, null),
  group: fc.constantFrom('A', 'B'),
};
const field = fc.constantFrom(...FIELDS);
const sheet = fc.constantFrom(...SHEETS);
const crash: fc.Arbitrary<Crash> = fc.option(
  fc.record({ step: fc.constantFrom(...SYNC_STEPS), phase: fc.constantFrom('before' as const, 'after' as const) }),
  { freq: 2 },
);

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(sheet, field)
      .chain(([s, f]) =>
        fc.record({ kind: fc.constant('type' as const), sheet: fc.constant(s), row: fc.nat(20), field: fc.constant(f), value: typed[f] }),
      ),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('typeRow' as const),
      sheet,
      name: typed.name,
      age: typed.age,
      group: fc.constantFrom('A', 'B', ''),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteRow' as const), sheet, row: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('copyRow' as const), sheet, row: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('sort' as const), sheet, field, descending: fc.boolean() }) },
  {
    weight: 3,
    arbitrary: field.chain((f) =>
      fc.record({ kind: fc.constant('dbEdit' as const), pick: fc.nat(20), field: fc.constant(f), value: saved[f] }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('dbCreate' as const),
      name: fc.constantFrom('Hà', 'Khánh'),
      group: fc.constantFrom(...GROUPS),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dbDelete' as const), pick: fc.nat(20) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), sheet, crash }) },
);

class SimulatedCrash extends Error {}

interface Binding {
  readonly sheet: Sheet;
  readonly h: Harness;
  readonly layout: SheetLayout;
  readonly pending: PendingEdits;
  /** Ids and fields staff touched in this sheet since its last completed run (`id\u0001field`). */
  readonly touched: Set<string>;
  /** The conflicts its last completed run reported. */
  reportedConflicts: Set<string>;
}

const key = (id: string, f: string): string => `${id}\u0001${f}`;
const grid = (b: Binding) => b.h.grid(TITLE);
const rowsOf = (b: Binding) => dataRows(grid(b));
const recordsOf = (b: Binding) => b.h.store.inScope('person');

function world(emulator: SheetsEmulator): { database: MemorySyncStore; bindings: Binding[] } {
  const database = new MemorySyncStore();
  const bindings = SHEETS.map((s): Binding => {
    const group = groupOf(s);
    const store =
      group === null ? database : database.binding({ label: `nhóm ${group}`, holds: (_t, v: FieldValues) => v.group === group });
    const h = harness(emulator, {
      tables: [LAYOUTS[s]!.spec],
      tabs: [{ title: TITLE, rows: [HEADERS] }],
      policy: { conflicts: 'manual' },
      store,
      sheets: (e) => new InProcessSheets(e),
    });
    return { sheet: s, h, layout: LAYOUTS[s]!, pending: new PendingEdits(LAYOUTS[s]!), touched: new Set(), reportedConflicts: new Set() };
  });
  return { database, bindings };
}

function snapshot(database: MemorySyncStore): Map<string, FieldValues> {
  return new Map(database.all('person').map((r) => [r.id, r.values]));
}

/** A run that changed records is, to every other binding, an edit made in hoso. */
function propagate(bindings: readonly Binding[], from: Binding, before: Map<string, FieldValues>, database: MemorySyncStore): void {
  for (const record of database.all('person')) {
    const old = before.get(record.id);
    if (!old) continue;
    for (const f of FIELDS) {
      const value = record.values[f] ?? null;
      const previous = old[f] ?? null;
      if (value !== previous) for (const b of bindings) if (b !== from) b.pending.saved(record.id, f, value, previous);
    }
  }
}

async function completedRun(b: Binding, report: SyncReport): Promise<void> {
  const rowOf = checkCompletedRun({ layout: b.layout, grid: grid(b), records: recordsOf(b), pending: b.pending, policy: 'manual', report });
  const scope = groupOf(b.sheet);
  if (scope !== null) {
    // Scope: a row on a commune's sheet is a record of its group, or says why it is not one.
    const all = new Map(b.h.store.all('person').map((r) => [r.id, r]));
    for (const id of rowOf.keys()) {
      const record = all.get(id);
      if (record && record.values.group !== scope)
        expect(report.issues).toContainEqual(expect.objectContaining({ kind: 'deleted-in-database', id }));
    }
  } else {
    // No conflict with itself: only a field the province's own staff touched can conflict there.
    for (const c of report.conflicts) expect(b.touched.has(key(c.id, c.field)) || b.reportedConflicts.has(key(c.id, c.field))).toBe(true);
  }
  expectIdle(await b.h.run());
  b.pending.settle(grid(b), recordsOf(b));
  b.touched.clear();
  b.reportedConflicts = new Set(report.conflicts.map((c) => key(c.id, c.field)));
}

/** Every field of the row's record counts as touched: a copy or a deleted row moves which row speaks for it. */
function touchRow(b: Binding, cells: readonly Scalar[]): void {
  const id = rowId(b.layout, cells);
  if (id !== null) for (const f of FIELDS) b.touched.add(key(id, f));
}

async function apply(database: MemorySyncStore, bindings: readonly Binding[], c: Command): Promise<void> {
  const records = database.all('person');
  switch (c.kind) {
    case 'type': {
      const b = bindings[c.sheet]!;
      const rows = rowsOf(b);
      const target = rows[c.row % Math.max(rows.length, 1)];
      if (!target) return;
      b.h.type(`'${TITLE}'!${'ABCD'[COLUMN[c.field]]}${target.rowNumber}`, [[c.value]]);
      const id = rowId(b.layout, target.cells);
      const before = target.cells[COLUMN[c.field]] ?? '';
      const stored = grid(b)[target.rowNumber - 1]?.[COLUMN[c.field]] ?? '';
      if (id !== null) b.touched.add(key(id, c.field));
      // Typing what the cell already holds changes nothing.
      if (id !== null && stored !== before) b.pending.typed(id, c.field, stored, before);
      return;
    }
    case 'typeRow': {
      const b = bindings[c.sheet]!;
      b.h.type(`'${TITLE}'!A${grid(b).length + 1}`, [[c.name, null, c.group, c.age]]);
      return;
    }
    case 'deleteRow': {
      const b = bindings[c.sheet]!;
      const rows = rowsOf(b);
      const target = rows[c.row % Math.max(rows.length, 1)];
      if (!target) return;
      b.h.emulator.applyRequests(b.h.spreadsheetId, [
        { deleteDimension: { range: { sheetId: 0, dimension: 'ROWS', startIndex: target.rowNumber - 1, endIndex: target.rowNumber } } },
      ]);
      touchRow(b, target.cells);
      const id = rowId(b.layout, target.cells);
      if (id !== null) b.pending.sheet.delete(id);
      return;
    }
    case 'copyRow': {
      const b = bindings[c.sheet]!;
      const rows = rowsOf(b);
      const target = rows[c.row % Math.max(rows.length, 1)];
      if (!target) return;
      b.h.emulator.setValues(b.h.spreadsheetId, `'${TITLE}'!A${grid(b).length + 1}`, [target.cells], 'RAW');
      touchRow(b, target.cells);
      return;
    }
    case 'sort': {
      const b = bindings[c.sheet]!;
      b.h.emulator.applyRequests(b.h.spreadsheetId, [
        {
          sortRange: {
            range: { sheetId: 0, startRowIndex: 1 },
            sortSpecs: [{ dimensionIndex: COLUMN[c.field], sortOrder: c.descending ? 'DESCENDING' : 'ASCENDING' }],
          },
        },
      ]);
      return;
    }
    case 'dbEdit': {
      const target = records[c.pick % Math.max(records.length, 1)];
      if (!target) return;
      const before = target.values[c.field] ?? null;
      database.edit('person', target.id, { [c.field]: c.value });
      if (before !== c.value) for (const b of bindings) b.pending.saved(target.id, c.field, c.value, before);
      return;
    }
    case 'dbCreate': {
      const [id] = await database.allocateIds('person', 1);
      database.put('person', id!, { name: c.name, age: null, group: c.group });
      return;
    }
    case 'dbDelete': {
      const target = records[c.pick % Math.max(records.length, 1)];
      if (!target) return;
      database.remove('person', target.id);
      for (const b of bindings) b.pending.database.delete(target.id);
      return;
    }
    case 'sync': {
      const b = bindings[c.sheet]!;
      const before = snapshot(database);
      let report: SyncReport | null = null;
      try {
        report = await b.h.run({
          onStep: (step, phase) => {
            if (c.crash && step === c.crash.step && phase === c.crash.phase) throw new SimulatedCrash(`${phase} ${step}`);
          },
        });
      } catch (error) {
        if (!(error instanceof SimulatedCrash)) throw error;
      }
      // A run that died after its commit changed hoso all the same.
      propagate(bindings, b, before, database);
      if (report) await completedRun(b, report);
      return;
    }
  }
}

// SYNC_PROPERTY_RUNS=2000 SYNC_PROPERTY_SEED=random for a long hunt; CI runs a fixed seed.
const RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? 200);
const SEED_SETTING = process.env.SYNC_PROPERTY_SEED ?? '20261204';
const SEED = SEED_SETTING === 'random' ? undefined : Number(SEED_SETTING);

/** Counterexamples earlier hunts found, replayed first on every run. */
const EXAMPLES: Command[][] = [];

describe('a province sheet and two commune sheets over one database, as a property', () => {
  let emulator: SheetsEmulator;

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
  });
  afterAll(() => emulator.close());

  it('random edits in every sheet and in hoso, random runs and crashes: scopes kept, no conflict with itself, convergence, idle after', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 40, size: 'medium' }), async (commands) => {
        emulator.reset();
        const { database, bindings } = world(emulator);
        for (const [i, name] of ['Lan', 'Minh', 'Nga', 'Oanh'].entries()) {
          const [id] = await database.allocateIds('person', 1);
          database.put('person', id!, { name, age: 30 + i, group: GROUPS[i % 2]! });
        }
        for (const s of SHEETS) await apply(database, bindings, { kind: 'sync', sheet: s, crash: null });
        for (const c of commands) await apply(database, bindings, c);
        // The final round: every binding twice, no crash; each completed run is checked, and idle after.
        for (let round = 0; round < 2; round++)
          for (const s of SHEETS) await apply(database, bindings, { kind: 'sync', sheet: s, crash: null });
        for (const b of bindings) expectIdle(await b.h.run());
        // Nothing lost or doubled across the sheets: every record is on the province's sheet and on its group's.
        for (const record of database.all('person')) {
          for (const b of [bindings[0]!, bindings[GROUPS.indexOf(record.values.group as Group) + 1]!]) {
            const holding = rowsOf(b).filter((r) => rowId(b.layout, r.cells) === record.id);
            if (!b.h.store.get('person', record.id)?.flagged) expect(holding.length).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      { numRuns: RUNS, examples: EXAMPLES.map((commands) => [commands] as [Command[]]), ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  });
});
