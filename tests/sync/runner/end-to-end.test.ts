import { resolveConflict } from '../../../sync/engine/conflicts';
import { SheetsEmulator } from '../../../sync/emulator/server';
import { cadre } from '../support/planning';
import { CADRES, UNITS } from '../support/cadres';
import { type Harness, calls, harness } from '../support/harness';

const HEADERS = ['Mã hoso', 'Họ và tên', 'Ghi chú riêng', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Năm vào ngành'];

describe('end to end: in-memory records ⇄ engine ⇄ emulator through googleapis', () => {
  let emulator: SheetsEmulator;
  let h: Harness;

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
  });
  afterAll(() => emulator.close());

  beforeEach(() => {
    emulator.reset();
    h = harness(emulator, {
      tabs: [
        {
          title: 'Cán bộ',
          rows: [
            HEADERS,
            [null, 'Nguyễn Văn An'.normalize('NFD'), 'riêng 1', '12/3/1985', 'nam', 'Kinh', 2010],
            [null, 'Trần Thị Bình', null, '05/01/1990', 'Nữ', 'Tay', 2015],
            [null, 'Lê Văn Cường', 'riêng 3', '1/1/1980', 'Nam', 'Kinhh', null],
            [null, null, 'chỉ cột riêng'],
          ],
        },
      ],
    });
    h.store.put('cadre', '100', cadre('Phạm Thị Dung', '1992-07-20', 'FEMALE', '06', 2018));
  });

  it('first run: typed rows become records with their ids written back, a hoso record gets a row, a bad cell gets a note', async () => {
    const report = await h.run();
    expect(report.counts.database.creates).toBe(3);
    expect(report.counts.sheet).toEqual({ cellWrites: 0, idWriteBacks: 3, appendedRows: 1, removedRows: 0 });
    expect(calls(report)).toBe('2 read(s), 2 write(s)'); // the batchGet, the one-off sheetId lookup, values + layout
    expect(h.store.all('cadre')).toEqual([
      { id: '100', values: cadre('Phạm Thị Dung', '1992-07-20', 'FEMALE', '06', 2018) },
      { id: '101', values: cadre('Nguyễn Văn An', '1985-03-12', 'MALE', '01', 2010) },
      { id: '102', values: cadre('Trần Thị Bình', '1990-01-05', 'FEMALE', '02', 2015) },
      { id: '103', values: cadre('Lê Văn Cường', '1980-01-01', 'MALE', null, null) },
    ]);
    expect(h.grid()).toEqual([
      HEADERS,
      ['101', 'Nguyễn Văn An'.normalize('NFD'), 'riêng 1', 31118, 'nam', 'Kinh', 2010],
      ['102', 'Trần Thị Bình', '', 32878, 'Nữ', 'Tay', 2015],
      ['103', 'Lê Văn Cường', 'riêng 3', 29221, 'Nam', 'Kinhh'],
      ['', '', 'chỉ cột riêng'],
      ['100', 'Phạm Thị Dung', '', '20/07/1992', 'Nữ', 'Mường', 2018],
    ]);
    expect(report.cellErrors.map((e) => e.a1)).toEqual(["'Cán bộ'!F4"]);
    expect(emulator.notes(h.spreadsheetId, 'Cán bộ')).toEqual({
      F4: 'Không đọc được giá trị «Kinhh»: «Kinhh» không có trong danh mục dân tộc. Giá trị này chưa được đồng bộ.',
    });
  });

  it('a large layout goes out in several batches; a run that dies between two converges on the next run', async () => {
    for (let i = 0; i < 40; i++) h.store.put('cadre', String(200 + i), cadre(`Cán bộ số ${i}`, '1990-01-01', 'MALE', '01', 2015));
    // Batches of ~1 kB: the 41 appended rows and the notes need several.
    // The second layout batch is applied but its answer lost: the run stops there (one attempt allowed).
    emulator.failCalls({ status: 500, onCall: 5, operations: ['spreadsheets.batchUpdate'], afterApplying: true }); // read, values, sheetIds, layout 1, layout 2
    await expect(h.run({ maxLayoutBatchBytes: 1000, maxAttempts: 1 })).rejects.toThrow();
    const partial = emulator.callsOf('spreadsheets.batchUpdate').length;
    expect(partial).toBeGreaterThan(1);
    const report = await h.run({ maxLayoutBatchBytes: 1000 });
    expect(emulator.callsOf('spreadsheets.batchUpdate').length - partial).toBeGreaterThanOrEqual(1);
    const ids = h
      .grid()
      .slice(1)
      .map((row) => String(row[0] ?? ''));
    for (let i = 0; i < 40; i++) expect(ids.filter((id) => id === String(200 + i))).toHaveLength(1);
    expect(ids.filter((id) => id === '100')).toHaveLength(1);
    expect(report.issues.filter((i) => i.kind === 'duplicate-id')).toEqual([]);
    const idle = await h.run({ maxLayoutBatchBytes: 1000 });
    expect(idle.apiCalls).toMatchObject({ reads: 1, writes: 0 });
  });

  it('a run with no changes makes zero writes on either side and exactly one read call', async () => {
    await h.run();
    const commits = h.store.commits;
    const saves = h.store.stateSaves;
    const requests = emulator.requests.length;
    const report = await h.run();
    expect(calls(report)).toBe('1 read(s), 0 write(s)');
    expect(emulator.requests.slice(requests).map((r) => r.operation)).toEqual(['values.batchGet']);
    expect(report.wrote).toEqual({ database: false, sheetValues: false, sheetLayout: false, state: false });
    expect([h.store.commits, h.store.stateSaves]).toEqual([commits, saves]);
    expect(report.cellErrors).toHaveLength(1);
  });

  it('edits on both sides meet: each goes to the other side, only the changed cells are written, the fixed cell loses its note', async () => {
    await h.run();
    h.type("'Cán bộ'!B2", [['Nguyễn Văn Ân']]);
    h.type("'Cán bộ'!F4", [['Kinh']]);
    h.store.edit('cadre', '100', { startYear: 2019 });
    const report = await h.run();
    expect(calls(report)).toBe('1 read(s), 2 write(s)');
    expect(h.store.get('cadre', '101')!.values.fullName).toBe('Nguyễn Văn Ân');
    expect(h.store.get('cadre', '103')!.values.ethnicity).toBe('01');
    expect(h.grid()[5]).toEqual(['100', 'Phạm Thị Dung', '', '20/07/1992', 'Nữ', 'Mường', 2019]);
    const valueWrite = emulator.callsOf('values.batchUpdate').at(-1)!.body as { data: { range: string }[] };
    expect(valueWrite.data.map((d) => d.range)).toEqual(["'Cán bộ'!G6"]);
    expect(emulator.notes(h.spreadsheetId, 'Cán bộ')).toEqual({});
    expect(h.grid().map((row) => row[2])).toEqual(['Ghi chú riêng', 'riêng 1', '', 'riêng 3', 'chỉ cột riêng', '']);
    expect(calls(await h.run())).toBe('1 read(s), 0 write(s)');
  });

  it('a conflict keeps both values and notes the cell until a person resolves it in hoso', async () => {
    await h.run();
    h.type("'Cán bộ'!G2", [[2011]]);
    h.store.edit('cadre', '101', { startYear: 2012 });
    const report = await h.run();
    expect(report.conflicts).toEqual([
      expect.objectContaining({ id: '101', field: 'startYear', sheetValue: 2011, databaseValue: 2012, baseValue: 2010, a1: "'Cán bộ'!G2" }),
    ]);
    expect(h.grid()[1]![6]).toBe(2011);
    expect(h.store.get('cadre', '101')!.values.startYear).toBe(2012);
    expect(emulator.note(h.spreadsheetId, "'Cán bộ'!G2")).toContain('Xung đột: bảng tính ghi «2011», hoso ghi «2012»');
    expect(calls(await h.run())).toBe('1 read(s), 0 write(s)');

    const resolved = resolveConflict(h.store.currentState()!, { table: 'cadre', id: '101', field: 'startYear' }, 2012);
    await h.store.commit([resolved.change], () => resolved.state);
    const after = await h.run();
    expect(after.conflicts).toEqual([]);
    expect(h.grid()[1]![6]).toBe(2012);
    expect(emulator.note(h.spreadsheetId, "'Cán bộ'!G2")).toBeUndefined();
  });

  it('sorting rows and deleting one: nothing moves but the flag of the record whose row is gone', async () => {
    await h.run();
    emulator.applyRequests(h.spreadsheetId, [
      { sortRange: { range: { sheetId: 0, startRowIndex: 1 }, sortSpecs: [{ dimensionIndex: 1, sortOrder: 'DESCENDING' }] } },
    ]);
    const row = h.grid().findIndex((r) => r[0] === '102');
    emulator.applyRequests(h.spreadsheetId, [
      { deleteDimension: { range: { sheetId: 0, dimension: 'ROWS', startIndex: row, endIndex: row + 1 } } },
    ]);
    const report = await h.run();
    expect(report.counts.database).toMatchObject({ creates: 0, updatedFields: 0, flags: 1 });
    expect(report.counts.sheet).toEqual({ cellWrites: 0, idWriteBacks: 0, appendedRows: 0, removedRows: 0 });
    expect(h.store.get('cadre', '102')).toMatchObject({ flagged: true });
    expect(h.store.all('cadre')).toHaveLength(4);
    expect(calls(await h.run())).toBe('1 read(s), 0 write(s)');
    h.store.restore('cadre', '102');
    const restored = await h.run();
    expect(restored.counts.sheet.appendedRows).toBe(1);
    expect(h.grid().filter((r) => r[0] === '102')).toEqual([['102', 'Trần Thị Bình', '', '05/01/1990', 'Nữ', 'Tày', 2015]]);
  });

  it('a dry run plans and prints but writes nothing anywhere', async () => {
    const report = await h.run({ dryRun: true });
    expect(report.counts.database.creates).toBe(3);
    expect(report.planText).toContain('+ dòng 2 thành hồ sơ (mã mới): Họ và tên «Nguyễn Văn An»');
    expect(emulator.requests.map((r) => r.operation)).toEqual(['values.batchGet']);
    expect(h.store.all('cadre')).toHaveLength(1);
    expect(h.store.currentState()).toBeNull();
  });

  it('runs one at a time per binding', async () => {
    const first = h.run();
    await expect(h.run()).rejects.toThrow(/already running/);
    await first;
    expect(h.lock.isHeld(h.binding.bindingId)).toBe(false);
  });

  it('a tab missing from the spreadsheet is reported; the others still sync', async () => {
    const both = harness(emulator, {
      tables: [UNITS, CADRES],
      tabs: [{ title: 'Cán bộ', rows: [HEADERS.filter((_, i) => i !== 2), [null, 'Hà Văn Giang']] }],
    });
    const report = await both.run();
    expect(report.issues.map((i) => i.kind)).toEqual(['missing-tab']);
    expect(both.store.all('cadre').map((r) => r.values.fullName)).toEqual(['Hà Văn Giang']);
    expect(calls(await both.run())).toBe('3 read(s), 0 write(s)'); // the failed batchGet, spreadsheets.get, the batchGet again
  });
});
