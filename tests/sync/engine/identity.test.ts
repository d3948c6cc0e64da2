import { cadre, onlyTable, planScenario, record } from '../support/planning';

const AN = cadre('Nguyễn Văn An', '1985-03-12', 'MALE', '01', 2010);
const BINH = cadre('Trần Thị Bình', '1990-01-05', 'FEMALE', '02', 2015);
const anRow = ['1', 'Nguyễn Văn An', '12/03/1985', 'Nam', 'Kinh', 2010];
const binhRow = ['2', 'Trần Thị Bình', '05/01/1990', 'Nữ', 'Tày', 2015];
const synced = { records: [record('1', AN), record('2', BINH)], base: { '1': { values: AN }, '2': { values: BINH } } };

describe('row identity', () => {
  it('a row typed without an id becomes a record and gets its id written back', () => {
    const plan = planScenario({ rows: [[null, 'Lê Chi', '1/2/1995', 'nữ', 'KINH', null]] });
    const table = onlyTable(plan);
    expect(table.newRows).toEqual([
      { table: 'cadre', rowNumber: 2, values: cadre('Lê Chi', '1995-02-01', 'FEMALE', '01', null), reservedId: null, unreadable: [] },
    ]);
    expect(plan.counts.sheet.idWriteBacks).toBe(1);
  });

  it('a row pasted with a duplicate id becomes a reported issue, not a second record', () => {
    const copy = ['1', 'Phạm Văn Dũng', '12/03/1985', 'Nam', 'Kinh', 2010];
    const plan = planScenario({ ...synced, rows: [anRow, binhRow, copy] });
    const table = onlyTable(plan);
    expect(table.newRows).toEqual([]);
    expect(table.updates).toEqual([]);
    expect(table.layout.rowOfId['1']).toBe(2);
    expect(plan.issues).toEqual([expect.objectContaining({ kind: 'duplicate-id', a1: "'Cán bộ'!A4", id: '1', rowNumber: 4 })]);
    expect(plan.desiredNotes).toEqual([
      expect.objectContaining({ anchor: { table: 'cadre', id: null, rowNumber: 4, field: '$id' }, rowNumber: 4, column: 0 }),
    ]);
  });

  it('a copy pasted above the original does not take over the record (the row agreeing with the base keeps the id)', () => {
    const copy = ['1', 'Phạm Văn Dũng', '12/03/1985', 'Nam', 'Kinh', 2010];
    const plan = planScenario({ ...synced, rows: [copy, anRow, binhRow] });
    const table = onlyTable(plan);
    expect(table.layout.rowOfId['1']).toBe(3);
    expect(table.updates).toEqual([]);
    expect(plan.issues.map((i) => [i.kind, i.rowNumber])).toEqual([['duplicate-id', 2]]);
  });

  it('edits in the row that keeps the id still sync while its duplicate is reported', () => {
    const edited = ['1', 'Nguyễn Văn Ân', '12/03/1985', 'Nam', 'Kinh', 2010];
    const copy = ['1', 'Phạm Văn Dũng', '01/01/1999', 'Nữ', 'Thái', 2020];
    const table = onlyTable(planScenario({ ...synced, rows: [edited, binhRow, copy] }));
    expect(table.updates).toEqual([
      expect.objectContaining({ id: '1', rowNumber: 2, changes: [expect.objectContaining({ field: 'fullName', value: 'Nguyễn Văn Ân' })] }),
    ]);
  });

  it('without a base to compare with, the topmost duplicate keeps the identity', () => {
    const plan = planScenario({
      pendingIds: ['9'],
      rows: [
        ['9', 'Lê Chi'],
        ['9', 'Lê Chi (bản sao)'],
      ],
    });
    const table = onlyTable(plan);
    expect(table.newRows.map((r) => [r.rowNumber, r.reservedId])).toEqual([[2, '9']]);
    expect(plan.issues.map((i) => [i.kind, i.rowNumber])).toEqual([['duplicate-id', 3]]);
  });

  it('an id that matches nothing is reported with its address and not applied', () => {
    const plan = planScenario({ ...synced, rows: [anRow, binhRow, ['999', 'Người lạ']] });
    const table = onlyTable(plan);
    expect(table.newRows).toEqual([]);
    expect(plan.issues).toEqual([expect.objectContaining({ kind: 'unknown-id', a1: "'Cán bộ'!A4", id: '999' })]);
    expect(plan.issues[0]!.message).toContain('không khớp hồ sơ nào');
  });

  it('sorting the rows changes nothing: identity is the id, never the position', () => {
    const plan = planScenario({ ...synced, rows: [binhRow, anRow] });
    expect(plan.counts.database).toEqual({ creates: 0, updatedRecords: 0, updatedFields: 0, flags: 0, unflags: 0, deletes: 0 });
    expect(plan.counts.sheet).toEqual({ cellWrites: 0, idWriteBacks: 0, appendedRows: 0, removedRows: 0 });
    expect(onlyTable(plan).layout.rowOfId).toEqual({ '1': 3, '2': 2 });
  });

  it('a row inserted between others is new, and the others keep their identity', () => {
    const table = onlyTable(planScenario({ ...synced, rows: [anRow, [null, 'Lê Chi'], [], binhRow] }));
    expect(table.newRows.map((r) => r.rowNumber)).toEqual([3]);
    expect(table.updates).toEqual([]);
    expect(table.layout.rowOfId).toEqual({ '1': 2, '2': 5 });
  });

  it('a DB change lands on the row that holds the id, wherever it was moved', () => {
    const records = [record('1', AN), record('2', { ...BINH, startYear: 2016 })];
    const table = onlyTable(planScenario({ ...synced, records, rows: [binhRow, [], anRow] }));
    expect(table.cellWrites).toEqual([expect.objectContaining({ a1: "'Cán bộ'!F2", value: 2016, previous: 2015, id: '2' })]);
  });

  it('a row deleted from the sheet flags its record and never deletes it', () => {
    const plan = planScenario({ ...synced, rows: [anRow] });
    const table = onlyTable(plan);
    expect(table.flags).toEqual([{ table: 'cadre', id: '2' }]);
    expect(table.deletes).toEqual([]);
    expect(table.baseAfterDatabase['2']).toEqual({ values: BINH, status: 'missing-from-sheet' });
    expect(plan.issues[0]).toMatchObject({ kind: 'row-missing-from-sheet', id: '2' });
    expect(plan.issues[0]!.message).toContain('có thể khôi phục');
  });

  it('a flagged record stays flagged and quiet while its row is missing', () => {
    const plan = planScenario({
      records: [record('1', AN), record('2', BINH, true)],
      base: { '1': { values: AN }, '2': { values: BINH, status: 'missing-from-sheet' } },
      rows: [anRow],
    });
    expect(plan.counts.database.flags).toBe(0);
    expect(plan.counts.sheet.appendedRows).toBe(0);
    expect(plan.issues).toEqual([]);
  });

  it('a row pasted back under a flagged record restores it, edits included', () => {
    const plan = planScenario({
      records: [record('1', AN), record('2', BINH, true)],
      base: { '1': { values: AN }, '2': { values: BINH, status: 'missing-from-sheet' } },
      rows: [anRow, ['2', 'Trần Thị Bình', '05/01/1990', 'Nữ', 'Tày', 2016]],
    });
    const table = onlyTable(plan);
    expect(table.unflags).toEqual([{ table: 'cadre', id: '2', rowNumber: 3 }]);
    expect(table.updates).toEqual([
      expect.objectContaining({ id: '2', changes: [expect.objectContaining({ field: 'startYear', value: 2016 })] }),
    ]);
    expect(table.baseAfterDatabase['2']!.status).toBeUndefined();
  });

  it('an id retyped as a number still matches its record', () => {
    const table = onlyTable(planScenario({ ...synced, rows: [[1, ...anRow.slice(1)], binhRow] }));
    expect(table.layout.rowOfId['1']).toBe(2);
    expect(table.updates).toEqual([]);
  });
});
