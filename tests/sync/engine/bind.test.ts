import {
  bindPlan,
  databaseChanges,
  idsNeeded,
  sheetValueWrites,
  stateAfterDatabase,
  stateAfterReservation,
  stateAfterSheet,
} from '../../../sync/engine/bind';
import { acceptedChanges } from '../../../sync/engine/changes';
import { noteWrites } from '../../../sync/engine/notes';
import { resolveConflict } from '../../../sync/engine/conflicts';
import { planSync } from '../../../sync/engine/plan';
import { ID_FIELD, DEFAULT_POLICY, type NoteRecord } from '../../../sync/engine/types';
import { CADRES } from '../support/cadres';
import { cadre, planScenario, record, stateWith } from '../support/planning';

const AN = cadre('Nguyễn Văn An', '1985-03-12', 'MALE', '01', 2010);
const BINH = cadre('Trần Thị Bình', '1990-01-05', 'FEMALE', '02', 2015);
const anRow = ['1', 'Nguyễn Văn An', '12/03/1985', 'Nam', 'Kinh', 2010];
const binhRow = ['2', 'Trần Thị Bình', '05/01/1990', 'Nữ', 'Tày', 2015];
const base = { '1': { values: AN }, '2': { values: BINH } };

describe('applying a plan (pure steps)', () => {
  const scenario = {
    records: [record('1', { ...AN, startYear: 2011 }), record('2', BINH), record('5', cadre('Hoàng Văn Em'))],
    base,
    pendingIds: ['8'],
    rows: [['8', 'Đỗ Thị Giang'], anRow, [null, 'Lê Chi'], ['2', 'Trần Thị Bình', '05/01/1990', 'Nữ', 'Tày', 2016], [null, 'Vũ Hà']],
  };
  const plan = planScenario(scenario);
  const state = stateWith('cadre', base, ['8']);

  it('hands fresh ids to id-less rows top to bottom; a row already carrying a reserved id keeps it', () => {
    expect(idsNeeded(plan)).toEqual({ cadre: 2 });
    const bound = bindPlan(plan, { cadre: ['21', '22'] });
    expect(bound.allocatedIds).toEqual({ cadre: { 4: '21', 6: '22' } });
    expect(() => bindPlan(plan, { cadre: ['21'] })).toThrow(/2 new rows need ids, 1 were allocated/);
    expect(stateAfterReservation(state, bound).pendingIds).toEqual({ cadre: ['8', '21', '22'] });
  });

  it('writes changed cells and ids back in one list, by column, consecutive rows merged into one range', () => {
    const bound = bindPlan(plan, { cadre: ['21', '22'] });
    expect(sheetValueWrites(bound)).toEqual([
      { range: "'Cán bộ'!A4", values: [['21']] },
      { range: "'Cán bộ'!A6", values: [['22']] },
      { range: "'Cán bộ'!F3", values: [[2011]] },
    ]);
    const many = planScenario({ rows: [[null, 'A'], [null, 'B'], [null, 'C'], [], [null, 'D']] });
    expect(sheetValueWrites(bindPlan(many, { cadre: ['1', '2', '3', '4'] }))).toEqual([
      { range: "'Cán bộ'!A2:A4", values: [['1'], ['2'], ['3']] },
      { range: "'Cán bộ'!A6", values: [['4']] },
    ]);
  });

  it('asks the database for creates, then updates, in binding order', () => {
    const bound = bindPlan(plan, { cadre: ['21', '22'] });
    expect(databaseChanges(bound).map((c) => [c.kind, c.id])).toEqual([
      ['create', '8'],
      ['create', '21'],
      ['create', '22'],
      ['update', '2'],
    ]);
  });

  it('a refused change leaves its base where it was, and a refused create keeps its id reserved', () => {
    const bound = bindPlan(plan, { cadre: ['21', '22'] });
    const rejections = [
      { table: 'cadre', id: '2', field: 'startYear', message: 'năm không hợp lệ.' },
      { table: 'cadre', id: '22', message: 'trùng CCCD.' },
    ];
    expect(acceptedChanges(databaseChanges(bound), rejections).map((c) => [c.kind, c.id])).toEqual([
      ['create', '8'],
      ['create', '21'],
    ]);
    const after = stateAfterDatabase(stateAfterReservation(state, bound), bound, rejections);
    expect(after.base.cadre!['2']!.values.startYear).toBe(2015);
    expect(after.base.cadre!['22']).toBeUndefined();
    expect(after.base.cadre!['21']).toEqual({ values: cadre('Lê Chi') });
    expect(after.pendingIds).toEqual({ cadre: ['22'] });
    const notes = noteWrites(bound, after.notes, rejections);
    expect(notes.writes).toEqual([
      { sheetTitle: 'Cán bộ', rowNumber: 5, column: 5, a1: "'Cán bộ'!F5", text: 'hoso không nhận thay đổi này: năm không hợp lệ.' },
      { sheetTitle: 'Cán bộ', rowNumber: 6, column: 0, a1: "'Cán bộ'!A6", text: 'hoso không nhận thay đổi này: trùng CCCD.' },
    ]);
  });

  it('appended rows join the base, removed rows leave it, marked rows become tombstones', () => {
    const removing = planScenario({
      records: [record('1', AN), record('9', BINH)],
      base,
      rows: [anRow, binhRow],
      policy: { recordDeleted: 'remove' },
    });
    const bound = bindPlan(removing, {});
    const after = stateAfterSheet(stateAfterDatabase(stateWith('cadre', base), bound, []), bound, [], { 'Cán bộ': 0 });
    expect(Object.keys(after.base.cadre!)).toEqual(['1', '9']);
    expect(after.sheetIds).toEqual({ 'Cán bộ': 0 });
    const marking = planScenario({ records: [record('1', AN)], base, rows: [anRow, binhRow] });
    const marked = bindPlan(marking, {});
    expect(stateAfterSheet(stateAfterDatabase(stateWith('cadre', base), marked, []), marked, [], {}).base.cadre!['2']).toEqual({
      values: BINH,
      status: 'deleted-in-database',
    });
  });

  describe('notes', () => {
    const conflictPlan = planScenario({
      records: [record('1', { ...AN, startYear: 2011 }), record('2', BINH)],
      base,
      rows: [['1', 'Nguyễn Văn An', '12/03/1985', 'Nam', 'Kinh', 2012], binhRow],
    });

    it('writes a note once, and not again while it is still wanted', () => {
      const bound = bindPlan(conflictPlan, {});
      const first = noteWrites(bound, [], []);
      expect(first.writes.map((w) => w.a1)).toEqual(["'Cán bộ'!F2"]);
      expect(noteWrites(bound, first.notes, []).writes).toEqual([]);
    });

    it('clears a note once its reason is gone, at the row where the id is now', () => {
      const previous = noteWrites(bindPlan(conflictPlan, {}), [], []).notes;
      const settled = planScenario({
        records: [record('1', { ...AN, startYear: 2012 }), record('2', BINH)],
        base,
        rows: [binhRow, ['1', 'Nguyễn Văn An', '12/03/1985', 'Nam', 'Kinh', 2012]],
      });
      const result = noteWrites(bindPlan(settled, {}), previous, []);
      expect(result.writes).toEqual([{ sheetTitle: 'Cán bộ', rowNumber: 3, column: 5, a1: "'Cán bộ'!F3", text: '' }]);
      expect(result.notes).toEqual([]);
    });

    it('forgets the note of a row that is gone, and keeps the notes of a tab not read this run', () => {
      const gone: NoteRecord = { anchor: { table: 'cadre', id: '2', rowNumber: null, field: 'startYear' }, text: 'x' };
      const elsewhere: NoteRecord = { anchor: { table: 'unit', id: '4', rowNumber: null, field: 'name' }, text: 'y' };
      const plan = planSync({
        tables: [{ spec: CADRES, sheet: null, records: [] }],
        state: stateWith('cadre', {}),
        policy: DEFAULT_POLICY,
      });
      expect(noteWrites(bindPlan(plan, {}), [elsewhere], []).notes).toEqual([elsewhere]);
      const rowsGone = planScenario({ records: [record('1', AN)], base: { '1': { values: AN } }, rows: [anRow] });
      expect(noteWrites(bindPlan(rowsGone, {}), [gone], [])).toEqual({ writes: [], notes: [] });
    });

    it('a note on a row that is new this run is anchored to the id it receives', () => {
      const plan = planScenario({ rows: [[null, 'Lê Chi', 'hôm qua']] });
      const result = noteWrites(bindPlan(plan, { cadre: ['31'] }), [], []);
      expect(result.notes).toEqual([
        { anchor: { table: 'cadre', id: '31', rowNumber: null, field: 'birthDate' }, text: expect.stringContaining('«hôm qua»') },
      ]);
    });

    it('a note anchored by row is rewritten rather than lost when another anchor clears the same cell', () => {
      const previous: NoteRecord[] = [{ anchor: { table: 'cadre', id: null, rowNumber: 3, field: ID_FIELD }, text: 'cũ' }];
      const plan = planScenario({ records: [record('1', AN)], base: { '1': { values: AN } }, rows: [anRow, ['77', 'Người lạ']] });
      const result = noteWrites(bindPlan(plan, {}), previous, []);
      expect(result.writes).toEqual([expect.objectContaining({ a1: "'Cán bộ'!A3", text: expect.stringContaining('«77»') })]);
    });
  });

  it('resolving a conflict moves the base to the sheet side so the next run writes the choice', () => {
    const bound = bindPlan(
      planScenario({
        records: [record('1', { ...AN, startYear: 2011 })],
        base: { '1': { values: AN } },
        rows: [['1', 'Nguyễn Văn An', '12/03/1985', 'Nam', 'Kinh', 2012]],
      }),
      {},
    );
    const state = stateAfterDatabase(stateWith('cadre', { '1': { values: AN } }), bound, []);
    expect(state.conflicts).toHaveLength(1);
    const resolved = resolveConflict(state, { table: 'cadre', id: '1', field: 'startYear' }, 2013);
    expect(resolved.state.conflicts).toEqual([]);
    expect(resolved.state.base.cadre!['1']!.values.startYear).toBe(2012);
    expect(resolved.change).toEqual({
      kind: 'update',
      table: 'cadre',
      id: '1',
      rowNumber: null,
      changes: [{ field: 'startYear', value: 2013, expected: 2011, previousBase: 2010 }],
    });
    const next = planScenario({
      records: [record('1', { ...AN, startYear: 2013 })],
      state: resolved.state,
      rows: [['1', 'Nguyễn Văn An', '12/03/1985', 'Nam', 'Kinh', 2012]],
    });
    expect(next.conflicts).toEqual([]);
    expect(next.tables[0]!.cellWrites.map((w) => [w.a1, w.value])).toEqual([["'Cán bộ'!F2", 2013]]);
  });
});
