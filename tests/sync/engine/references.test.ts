import { SheetsEmulator } from '../../../sync/emulator/server';
import { bindPlan, databaseChanges, idsNeeded } from '../../../sync/engine/bind';
import { formatPlan } from '../../../sync/engine/format-plan';
import { planSync } from '../../../sync/engine/plan';
import { readSheetTable } from '../../../sync/engine/sheet-table';
import {
  type CellValue,
  type ColumnSpec,
  type FieldValue,
  type ParseResult,
  type PlannedRow,
  type TableSpec,
  emptySyncState,
  DEFAULT_POLICY,
} from '../../../sync/engine/types';
import type { DatabaseChange } from '../../../sync/engine/changes';
import type { MemorySyncStore } from '../../../sync/runner/memory-store';
import { calls, harness, type Harness } from '../support/harness';
import { textColumn } from '../support/codecs';

/**
 * A reference codec of the application's shape: a unit named by its code or name, among the
 * records the store held when the run read it and, once the engine hands them over, the rows the
 * 'Đơn vị' tab creates in the same run.
 */
function unitReference(field: string, header: string, units: () => readonly { id: string; values: Record<string, FieldValue> }[]) {
  const codec = (planned: readonly PlannedRow[]): Pick<ColumnSpec, 'parse' | 'format'> => ({
    parse(cell: CellValue): ParseResult {
      const text = String(cell).trim();
      const names = (values: Record<string, FieldValue>): boolean => values.name === text || values.code === text;
      const found = [
        ...units()
          .filter((u) => names(u.values))
          .map((u) => ({ id: u.id, created: true, rowNumber: 0 })),
        ...planned.filter((r) => names(r.values)),
      ];
      if (found.length === 0) return { ok: false, message: `không có đơn vị «${text}».` };
      if (found.length > 1) return { ok: false, message: `«${text}» ứng với ${found.length} đơn vị.` };
      const [one] = found;
      if (!one!.created) return { ok: false, message: `«${text}» là dòng ${one!.rowNumber}, chưa thành hồ sơ.` };
      return { ok: true, value: one!.id };
    },
    format(value: FieldValue): CellValue | null {
      if (value === null) return null;
      const row = units().find((u) => u.id === value) ?? planned.find((r) => r.id === value);
      return row ? String(row.values.code ?? row.values.name) : String(value);
    },
  });
  return { field, header, ...codec([]), reference: { table: 'unit', withPlannedRows: codec } } satisfies ColumnSpec;
}

function specs(units: () => readonly { id: string; values: Record<string, FieldValue> }[]): { UNITS: TableSpec; PEOPLE: TableSpec } {
  return {
    UNITS: {
      table: 'unit',
      sheetTitle: 'Đơn vị',
      idHeader: 'Mã hoso',
      columns: [
        textColumn('code', 'Mã đơn vị'),
        textColumn('name', 'Tên đơn vị', { required: true }),
        unitReference('parent', 'Cấp trên', units),
      ],
    },
    PEOPLE: {
      table: 'person',
      sheetTitle: 'Cán bộ',
      idHeader: 'Mã hoso',
      columns: [textColumn('fullName', 'Họ và tên', { required: true }), { ...unitReference('unit', 'Đơn vị', units), required: true }],
    },
  };
}

const UNIT_HEADERS = ['Mã hoso', 'Mã đơn vị', 'Tên đơn vị', 'Cấp trên'];
const PEOPLE_HEADERS = ['Mã hoso', 'Họ và tên', 'Đơn vị'];

describe('planning: a row names a row created earlier in the same run', () => {
  const existing = [{ id: '1', values: { code: 'UB', name: 'UBND huyện', parent: null } }];
  const { UNITS, PEOPLE } = specs(() => existing);

  function plan(unitRows: (string | null)[][], peopleRows: (string | null)[][]) {
    return planSync({
      tables: [
        { spec: UNITS, sheet: readSheetTable(UNITS, [UNIT_HEADERS, ['1', 'UB', 'UBND huyện'], ...unitRows]), records: existing },
        { spec: PEOPLE, sheet: readSheetTable(PEOPLE, [PEOPLE_HEADERS, ...peopleRows]), records: [] },
      ],
      state: emptySyncState(),
      policy: DEFAULT_POLICY,
    });
  }

  it('a new unit and three new people in it: no cell error, and the creates carry the id the unit receives', () => {
    const planned = plan(
      [[null, 'BT', 'UBND xã Bảo Thắng', 'UB']],
      [
        [null, 'Nguyễn Văn An', 'BT'],
        [null, 'Trần Thị Bình', 'UBND xã Bảo Thắng'],
        [null, 'Lê Văn Cường', 'UB'],
      ],
    );
    expect(planned.cellErrors).toEqual([]);
    expect(planned.tables[1]!.newRows.map((r) => r.values.unit)).toEqual(['new-row:3', 'new-row:3', '1']);
    expect(formatPlan(planned, [UNITS, PEOPLE])).toContain('Đơn vị dòng 3 trang «Đơn vị» (hồ sơ mới)');

    expect(idsNeeded(planned)).toEqual({ unit: 1, person: 3 });
    const bound = bindPlan(planned, { unit: ['7'], person: ['20', '21', '22'] });
    const creates = databaseChanges(bound).filter((c): c is Extract<DatabaseChange, { kind: 'create' }> => c.kind === 'create');
    expect(creates.map((c) => [c.table, c.id, c.values.unit ?? c.values.parent])).toEqual([
      ['unit', '7', '1'],
      ['person', '20', '7'],
      ['person', '21', '7'],
      ['person', '22', '1'],
    ]);
    // A provisional id never reaches what is stored: neither the changes nor the base.
    expect(JSON.stringify(bound.plan.tables)).not.toContain('new-row:');
    expect(bound.plan.tables[1]!.baseAfterDatabase).toEqual({});
  });

  it('a record already in hoso moved to a new unit: the update carries the new unit id', () => {
    const people = [{ id: '5', values: { fullName: 'Phạm Thị Dung', unit: '1' } }];
    const planned = planSync({
      tables: [
        {
          spec: UNITS,
          sheet: readSheetTable(UNITS, [UNIT_HEADERS, ['1', 'UB', 'UBND huyện'], [null, 'BT', 'Xã Bảo Thắng']]),
          records: existing,
        },
        { spec: PEOPLE, sheet: readSheetTable(PEOPLE, [PEOPLE_HEADERS, ['5', 'Phạm Thị Dung', 'BT']]), records: people },
      ],
      state: { ...emptySyncState(), base: { person: { '5': { values: { fullName: 'Phạm Thị Dung', unit: '1' } } } } },
      policy: DEFAULT_POLICY,
    });
    expect(planned.tables[1]!.updates[0]!.changes).toEqual([{ field: 'unit', value: 'new-row:3', expected: '1', previousBase: '1' }]);
    const bound = bindPlan(planned, { unit: ['8'] });
    expect(bound.plan.tables[1]!.updates[0]!.changes[0]!.value).toBe('8');
    expect(bound.plan.tables[1]!.baseAfterDatabase['5']!.values.unit).toBe('8');
  });

  it('a row naming a new row that cannot become a record is a cell error naming that row', () => {
    const planned = plan([[null, 'BT', null]], [[null, 'Nguyễn Văn An', 'BT']]);
    expect(planned.tables[0]!.newRows).toEqual([]);
    expect(planned.tables[1]!.newRows).toEqual([]);
    expect(planned.cellErrors).toEqual([
      expect.objectContaining({
        table: 'person',
        a1: "'Cán bộ'!C2",
        message: expect.stringContaining('«BT» là dòng 3, chưa thành hồ sơ.'),
      }),
    ]);
  });

  it('a new unit under a new unit typed below it: the parent is created first', () => {
    const planned = plan(
      [
        [null, 'P1', 'Phòng Nội vụ', 'BT'],
        [null, 'BT', 'UBND xã Bảo Thắng', 'UB'],
      ],
      [],
    );
    expect(planned.cellErrors).toEqual([]);
    const bound = bindPlan(planned, { unit: ['7', '8'] });
    expect(databaseChanges(bound).map((c) => (c.kind === 'create' ? [c.id, c.values.parent] : null))).toEqual([
      ['8', '1'],
      ['7', '8'],
    ]);
  });
});

describe('running: one sitting, one run', () => {
  let emulator: SheetsEmulator;
  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
  });
  afterAll(() => emulator.close());

  /** A store that, like a database, refuses a person whose unit does not exist (yet). */
  function withUnitsChecked(store: MemorySyncStore): void {
    const createdUnits = new Set<string>();
    store.refuse = (change, s) => {
      if (change.kind !== 'create') return [];
      if (change.table === 'unit') {
        createdUnits.add(change.id);
        return change.values.code === 'XX' ? [{ table: 'unit', id: change.id, field: 'code', message: 'mã XX đã có.' }] : [];
      }
      const unit = String(change.values.unit);
      return s.get('unit', unit) || createdUnits.has(unit)
        ? []
        : [{ table: change.table, id: change.id, field: 'unit', message: 'không có đơn vị này.' }];
    };
  }

  function sitting(): Harness {
    const units: { current: Harness | null } = { current: null };
    const { UNITS, PEOPLE } = specs(() => units.current?.store.all('unit') ?? []);
    const h = harness(emulator, {
      tables: [UNITS, PEOPLE],
      tabs: [
        { title: 'Đơn vị', rows: [UNIT_HEADERS, [null, 'BT', 'UBND xã Bảo Thắng']] },
        {
          title: 'Cán bộ',
          rows: [PEOPLE_HEADERS, [null, 'Nguyễn Văn An', 'BT'], [null, 'Trần Thị Bình', 'UBND xã Bảo Thắng'], [null, 'Lê Văn Cường', 'BT']],
        },
      ],
    });
    units.current = h;
    withUnitsChecked(h.store);
    return h;
  }

  it('a new unit and three people in it become records in one run; the next run is idle', async () => {
    const h = sitting();
    const report = await h.run();
    expect(report.cellErrors).toEqual([]);
    expect(report.issues).toEqual([]);
    const [unit] = h.store.all('unit');
    expect(h.store.all('person').map((p) => [p.values.fullName, p.values.unit])).toEqual([
      ['Nguyễn Văn An', unit!.id],
      ['Trần Thị Bình', unit!.id],
      ['Lê Văn Cường', unit!.id],
    ]);
    // What staff typed stays; the ids were written back.
    expect(
      h
        .grid('Cán bộ')
        .slice(1)
        .map((row) => row[2]),
    ).toEqual(['BT', 'UBND xã Bảo Thắng', 'BT']);
    expect(h.grid('Đơn vị')[1]![0]).toBe(unit!.id);
    expect(JSON.stringify(h.store.currentState())).not.toContain('new-row:');
    expect(calls(await h.run())).toBe('1 read(s), 0 write(s)');
  });

  it.each(['reserve-ids', 'write-sheet-values', 'commit-database'] as const)(
    'killed after "%s" and run again: the same records, and then idle',
    async (step) => {
      const h = sitting();
      await expect(
        h.run({
          onStep: (at, when) => {
            if (at === step && when === 'after') throw new Error('crash');
          },
        }),
      ).rejects.toThrow('crash');
      const again = await h.run();
      expect(again.cellErrors).toEqual([]);
      expect(again.issues).toEqual([]);
      const units = h.store.all('unit');
      expect(units).toHaveLength(1);
      expect(h.store.all('person').map((p) => p.values.unit)).toEqual([units[0]!.id, units[0]!.id, units[0]!.id]);
      expect(calls(await h.run())).toBe('1 read(s), 0 write(s)');
    },
  );

  it('a unit the store refuses takes its people with it: they are not created, and their cell names the unit row', async () => {
    const h = sitting();
    h.type("'Đơn vị'!B2", [['XX']]);
    h.type("'Cán bộ'!C2", [['XX']]);
    h.type("'Cán bộ'!C4", [['XX']]);
    const report = await h.run();
    expect(h.store.all('unit')).toEqual([]);
    expect(h.store.all('person').map((p) => p.values.fullName)).toEqual([]);
    expect(report.issues.map((i) => [i.a1, i.message])).toEqual([
      ["'Đơn vị'!B2", expect.stringContaining('mã XX đã có.')],
      ["'Cán bộ'!C2", expect.stringContaining('ô này ghi dòng 2 của trang «Đơn vị», mà dòng đó chưa thành hồ sơ')],
      // «UBND xã Bảo Thắng» names the refused row too.
      ["'Cán bộ'!C3", expect.stringContaining('dòng 2 của trang «Đơn vị»')],
      ["'Cán bộ'!C4", expect.stringContaining('dòng 2 của trang «Đơn vị»')],
    ]);
    expect(
      h
        .grid('Cán bộ')
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['', '', '']);
    // Fixed in the sheet: all four are created in the next run.
    h.type("'Đơn vị'!B2", [['BT']]);
    h.type("'Cán bộ'!C2", [['BT']]);
    h.type("'Cán bộ'!C4", [['BT']]);
    const fixed = await h.run();
    expect(fixed.cellErrors).toEqual([]);
    expect(h.store.all('person')).toHaveLength(3);
    await h.run();
    expect(calls(await h.run())).toBe('1 read(s), 0 write(s)');
  });
});
