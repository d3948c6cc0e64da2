import { SheetsEmulator } from '../../sync/emulator/server';
import { SheetsClient } from '../../sync/sheets/sheets-client';
import type { TableSpec } from '../../sync/engine/types';
import { initSpreadsheet } from '../../sync/template';
import { textColumn } from '../../src/sheet-sync/codecs';

const TABLES: readonly TableSpec[] = [
  { table: 'cadre', sheetTitle: 'Cán bộ', idHeader: 'Mã hoso', columns: [textColumn('fullName', 'Họ và tên')] },
  { table: 'unit', sheetTitle: 'Đơn vị', idHeader: 'Mã hoso', columns: [textColumn('name', 'Tên đơn vị')] },
];

/** A new spreadsheet's empty "Sheet1" / "Trang tính1" goes once hoso has its own tabs; a tab with data never does. */
describe('hoso sheets init and the default tab', () => {
  let emulator: SheetsEmulator;
  let sheets: SheetsClient;
  const titles = (id: string) => emulator.spreadsheet(id).sheets.map((s) => s.properties.title);

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
    sheets = new SheetsClient({ rootUrl: emulator.rootUrl, credentials: { kind: 'access-token', token: 't' }, requestsPerMinute: 100_000 });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  it.each(['Sheet1', 'Trang tính1'])('removes an empty %s when it created its own tabs', async (title) => {
    const id = emulator.createSpreadsheet({ title: 'Mới', sheets: [{ title }] });
    const report = await initSpreadsheet(sheets, id, TABLES, { conflictTab: false });
    expect(titles(id)).toEqual(['Cán bộ', 'Đơn vị']);
    expect(report.removedTabs).toEqual([title]);
    // Run again: nothing more to remove, nothing else touched.
    expect((await initSpreadsheet(sheets, id, TABLES, { conflictTab: false })).removedTabs).toEqual([]);
  });

  it('keeps a default tab holding data, and one it did not need to add tabs next to', async () => {
    const withData = emulator.createSpreadsheet({ title: 'Cũ', sheets: [{ title: 'Sheet1', rows: [['', 'ghi chú của cán bộ']] }] });
    await initSpreadsheet(sheets, withData, TABLES, { conflictTab: false });
    expect(titles(withData)).toEqual(['Sheet1', 'Cán bộ', 'Đơn vị']);

    const complete = emulator.createSpreadsheet({ title: 'Đủ', sheets: [{ title: 'Cán bộ' }, { title: 'Đơn vị' }, { title: 'Sheet1' }] });
    expect((await initSpreadsheet(sheets, complete, TABLES)).removedTabs).toEqual([]);
    expect(titles(complete)).toContain('Sheet1');
  });
});
