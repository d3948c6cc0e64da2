import {
  applyConflictChoices,
  conflictTabSpec,
  planConflictTab,
  readConflictLines,
  sinceSerial,
  stampConflicts,
  withResolutions,
} from '../../../sync/engine/conflict-tab';
import type { DatabaseChange } from '../../../sync/engine/changes';
import { readSheetTable } from '../../../sync/engine/sheet-table';
import { type ConflictRecord, type SyncState, emptySyncState } from '../../../sync/engine/types';
import { CADRES } from '../support/cadres';
import { cadre } from '../support/planning';

const SINCE = '2026-12-03T08:30:00.000Z';
const SERIAL = sinceSerial(SINCE, 420);
const HEADERS = ['Mã hoso', 'Trang', 'Dòng', 'Hồ sơ', 'Cột', 'Trên bảng tính', 'Trong hoso', 'Từ lúc', 'Giữ', 'Giá trị khác'];

const conflict: ConflictRecord = {
  table: 'cadre',
  id: '1',
  field: 'startYear',
  sheetValue: 2011,
  databaseValue: 2012,
  baseValue: 2010,
  a1: "'Cán bộ'!F2",
  since: SINCE,
};
const state: SyncState = {
  ...emptySyncState(),
  base: { cadre: { '1': { values: cadre('Nguyễn Văn An', '1985-03-12', 'MALE', '01', 2010), unsettled: { startYear: 'both' } } } },
  conflicts: [conflict],
};
const records = [{ id: '1', values: cadre('Nguyễn Văn An', '1985-03-12', 'MALE', '01', 2012) }];
const line = (choice: unknown = null, other: unknown = null, since: unknown = SERIAL) => [
  '1',
  'Cán bộ',
  2,
  'Nguyễn Văn An',
  'Năm vào ngành',
  2011,
  2012,
  since,
  choice,
  other,
];
const tab = (...rows: unknown[][]) => readSheetTable(conflictTabSpec(), [HEADERS, ...rows]);

describe('the conflicts tab, planned without I/O', () => {
  it('reads a choice by the field’s codec; spelling and case do not matter, a typed value must parse', () => {
    const read = (choice: unknown, other: unknown = null) => readConflictLines(tab(line(choice, other)), state, [CADRES], 420)[0]!;
    expect(read(' bảng  TÍNH')).toMatchObject({ choice: { kind: 'sheet' }, error: null });
    expect(read('HOSO')).toMatchObject({ choice: { kind: 'database' }, error: null });
    expect(read('Giá trị khác', '2015')).toMatchObject({ choice: { kind: 'other', value: 2015 }, error: null });
    expect(read('Giá trị khác', 'abc')).toMatchObject({ choice: null, error: expect.stringContaining('«abc»') });
    expect(read('Giá trị khác')).toMatchObject({ choice: null, error: expect.stringContaining('chưa gõ giá trị') });
    expect(read('cả hai')).toMatchObject({ choice: null, error: expect.stringContaining('không phải lựa chọn') });
    expect(read(null)).toMatchObject({ choice: null, error: null });
  });

  it('a line names its conflict by tab, id, column and since: another since, an unknown tab or column names nothing', () => {
    const read = (...rows: unknown[][]) => readConflictLines(tab(...rows), state, [CADRES], 420);
    expect(read(line('hoso', null, SERIAL + 1 / 86_400))).toEqual([]);
    expect(read(['1', 'Cán bộ cũ', ...line('hoso').slice(2)])).toEqual([]);
    expect(read([...line('hoso').slice(0, 4), 'Quê quán', ...line('hoso').slice(5)])).toEqual([]);
    // A copy of the line: the one with a choice counts.
    expect(read(line(), line('hoso'))).toEqual([expect.objectContaining({ rowNumber: 3, choice: { kind: 'database' } })]);
  });

  it("choices settle their conflicts before planning; the run's own change of the field is checked against the real value", () => {
    const [read] = readConflictLines(tab(line('Giá trị khác', 2013)), state, [CADRES], 420);
    const applied = applyConflictChoices(state, [{ spec: CADRES, sheet: null, records }], [read!]);
    expect(applied.state.conflicts).toEqual([]);
    expect(applied.state.base.cadre!['1']).toEqual({ values: cadre('Nguyễn Văn An', '1985-03-12', 'MALE', '01', 2011) });
    expect(applied.tables[0]!.records[0]!.values.startYear).toBe(2013);
    expect(applied.changes).toEqual([
      {
        kind: 'update',
        table: 'cadre',
        id: '1',
        rowNumber: null,
        changes: [{ field: 'startYear', value: 2013, expected: 2012, previousBase: 2010 }],
      },
    ]);
    const planned: DatabaseChange[] = [
      {
        kind: 'update',
        table: 'cadre',
        id: '1',
        rowNumber: 2,
        changes: [{ field: 'startYear', value: 2014, expected: 2013, previousBase: 2011 }],
      },
    ];
    expect(withResolutions(planned, applied.changes)).toEqual([
      {
        kind: 'update',
        table: 'cadre',
        id: '1',
        rowNumber: 2,
        changes: [{ field: 'startYear', value: 2014, expected: 2012, previousBase: 2011 }],
      },
    ]);
  });

  it("keeping hoso's value settles the conflict without a change to hoso: only the sheet is written", () => {
    for (const choice of [line('hoso'), line('Giá trị khác', 2012)]) {
      const [read] = readConflictLines(tab(choice), state, [CADRES], 420);
      const applied = applyConflictChoices(state, [{ spec: CADRES, sheet: null, records }], [read!]);
      expect(applied.state.conflicts).toEqual([]);
      expect(applied.settled).toEqual([conflict]);
      // The base holds the sheet's value, so the plan writes hoso's 2012 into the cell.
      expect(applied.state.base.cadre!['1']).toEqual({ values: cadre('Nguyễn Văn An', '1985-03-12', 'MALE', '01', 2011) });
      expect(applied.changes).toEqual([]);
    }
  });

  it('a conflict keeps its since while open; a new one is later than every conflict the run started with', () => {
    const { since: _, ...fresh } = conflict;
    const later = Date.parse(SINCE) - 5_000; // a clock behind the last conflict
    const stamped = stampConflicts({ ...state, conflicts: [fresh, { ...fresh, id: '2' }] }, state, state, later);
    expect(stamped.conflicts.map((c) => c.since)).toEqual([SINCE, '2026-12-03T08:30:00.001Z']);
  });

  it('the tab lists exactly the open conflicts; when it already does, nothing is written', () => {
    const plan = (grid: unknown[][], conflicts: readonly ConflictRecord[], lines = readConflictLines(tab(...grid), state, [CADRES], 420)) =>
      planConflictTab({
        sheet: tab(...grid),
        grid: [HEADERS, ...grid],
        conflicts,
        lines,
        extraNotes: new Map(),
        tables: [CADRES],
        records: new Map([['cadre', new Map(records.map((r) => [r.id, r]))]]),
      });
    const listed = plan([], [conflict]);
    expect(listed.write).toBe(true);
    expect([...listed.lines[0]!.cells.values()].slice(0, 8)).toEqual(line().slice(0, 8));
    expect(plan([line()], [conflict]).write).toBe(false);
    // A choice still waiting (not applied) stays on the line; a settled conflict's line goes.
    const waiting = plan([line('Giá trị khác')], [conflict]);
    expect(waiting.lines[0]!.note).toMatch(/chưa gõ giá trị/);
    expect(waiting.lines[0]!.cells.get(8)).toBe('Giá trị khác');
    expect(plan([line('Giá trị khác')], [{ ...conflict, choiceNote: waiting.lines[0]!.note! }]).write).toBe(false);
    const settled = plan([line('hoso')], []);
    expect(settled).toMatchObject({ lines: [], rowsRead: 1, write: true });
  });
});
