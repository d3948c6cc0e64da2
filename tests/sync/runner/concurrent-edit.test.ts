import { SheetsEmulator } from '../../../sync/emulator/server';
import { cadre } from '../support/planning';
import { type Harness, calls, harness } from '../support/harness';

const HEADERS = ['Mã hoso', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Năm vào ngành'];

describe('a person typing while a run is under way', () => {
  let emulator: SheetsEmulator;
  let h: Harness;

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
  });
  afterAll(() => emulator.close());

  beforeEach(async () => {
    emulator.reset();
    h = harness(emulator, { tabs: [{ title: 'Cán bộ', rows: [HEADERS, ['1', 'Nguyễn Văn An', '12/03/1985', 'Nam', 'Kinh', 2010]] }] });
    h.store.put('cadre', '1', cadre('Nguyễn Văn An', '1985-03-12', 'MALE', '01', 2010));
    await h.run();
  });

  it('an edit typed between the read and the write survives, and the next run picks it up', async () => {
    h.store.edit('cadre', '1', { startYear: 2011 });
    const stop = emulator.beforeCall((call) => {
      if (call.operation === 'values.batchUpdate') h.type("'Cán bộ'!B2", [['Nguyễn Văn Ân']]);
    });
    await h.run();
    stop();
    expect(h.grid()[1]).toEqual([1, 'Nguyễn Văn Ân', 31118, 'Nam', 'Kinh', 2011]);
    expect(h.store.get('cadre', '1')!.values.fullName).toBe('Nguyễn Văn An');
    await h.run();
    expect(h.store.get('cadre', '1')!.values).toEqual(cadre('Nguyễn Văn Ân', '1985-03-12', 'MALE', '01', 2011));
    expect(calls(await h.run())).toBe('1 read(s), 0 write(s)');
  });

  it('a row typed at the bottom while hoso appends one is not overwritten: the append lands below it', async () => {
    h.store.put('cadre', '2', cadre('Trần Thị Bình', '1990-01-05', 'FEMALE', '02', 2015));
    const stop = emulator.beforeCall((call) => {
      if (call.operation === 'spreadsheets.batchUpdate') h.type("'Cán bộ'!A3", [[null, 'Lê Văn Cường', '01/01/1980', 'Nam', 'Kinh', 2001]]);
    });
    await h.run();
    stop();
    expect(
      h
        .grid()
        .slice(1)
        .map((row) => [row[0], row[1]]),
    ).toEqual([
      [1, 'Nguyễn Văn An'],
      ['', 'Lê Văn Cường'],
      ['2', 'Trần Thị Bình'],
    ]);
    await h.run();
    expect(h.store.all('cadre').map((r) => r.values.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']);
    expect(h.grid()[2]![0]).toBe('3');
  });

  it('an edit in hoso between the read and the commit is not overwritten by the sheet: it is refused and proposed again', async () => {
    h.type("'Cán bộ'!F2", [[2012]]);
    // The run has read both sides; hoso's user saves just before the run commits.
    const report = await h.run({
      onStep: (step, phase) =>
        step === 'commit-database' && phase === 'before' ? h.store.edit('cadre', '1', { startYear: 2013 }) : undefined,
    });
    expect(report.rejections).toEqual([expect.objectContaining({ id: '1', field: 'startYear' })]);
    expect(h.store.get('cadre', '1')!.values.startYear).toBe(2013);
    expect(emulator.note(h.spreadsheetId, "'Cán bộ'!F2")).toContain('hoso không nhận thay đổi này');
    const next = await h.run();
    expect(next.conflicts).toEqual([expect.objectContaining({ sheetValue: 2012, databaseValue: 2013, baseValue: 2010 })]);
  });
});
