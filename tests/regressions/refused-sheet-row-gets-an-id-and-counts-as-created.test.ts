import { SheetsEmulator } from '../../sync/emulator/server';
import { SheetsClient } from '../../sync/sheets/sheets-client';
import { type SyncEnvironment, initSheets, syncSheets } from '../../src/sheet-sync/sheet-sync.service';
import { syncEnvironment } from '../../src/sheet-sync/sync-environment';
import { createTestDatabase, describeWithDatabase, type TestDatabase } from '../support/database';

const TAB = 'Cán bộ';
const VIEWER = { actor: 'jest', source: 'sync' } as const;
const CCCD = '001085012345';

/** A new sheet row hoso refuses (a CCCD already held) must not get an id, nor count as created, run after run. */
describeWithDatabase('a sheet row refused for a duplicate CCCD', () => {
  let emulator: SheetsEmulator;
  let db: TestDatabase;
  let env: SyncEnvironment;
  let spreadsheetId: string;

  const grid = () => emulator.getValues(spreadsheetId, `'${TAB}'`);
  const header = () => grid()[0]!.map(String);
  const cadreCount = async () =>
    Number((await db.orm.em.fork().getConnection().execute<{ n: number | string }[]>('select count(*) as n from cadre'))[0]!.n);
  const row = (cells: Record<string, string>) => {
    const values = new Array<string | null>(header().length).fill(null);
    for (const [name, value] of Object.entries(cells)) values[header().indexOf(name)] = value;
    return values;
  };
  const person = (name: string) => ({
    'Họ và tên': name,
    'Ngày sinh': '1/2/1980',
    'Giới tính': 'Nam',
    'Dân tộc': 'Kinh',
    'Đối tượng': 'Công chức',
    'Số CCCD': CCCD,
  });

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
    db = await createTestDatabase();
    const sheets = new SheetsClient({
      rootUrl: emulator.rootUrl,
      credentials: { kind: 'access-token', token: 'test' },
      retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
      requestsPerMinute: 100_000,
    });
    env = syncEnvironment(db.orm, db.config, () => sheets);
    spreadsheetId = emulator.createSpreadsheet({ title: 'Hồ sơ', sheets: [] });
    await initSheets(env, spreadsheetId, VIEWER);
    emulator.setValues(spreadsheetId, `'${TAB}'!A2`, [row(person('Nguyễn Văn An'))], 'RAW');
    expect((await syncSheets(env, spreadsheetId, VIEWER)).counts.database.creates).toBe(1);
  });

  afterAll(async () => {
    await db?.destroy();
    await emulator?.close();
  });

  it('keeps no id, gets a note naming why, and is not counted as created, on this run or the next', async () => {
    emulator.setValues(spreadsheetId, `'${TAB}'!A3`, [row(person('Trần Văn Bình'))], 'RAW');
    const first = await syncSheets(env, spreadsheetId, VIEWER);
    expect(first.counts.database.creates).toBe(0);
    expect(first.counts.sheet.idWriteBacks).toBe(0);
    expect(await cadreCount()).toBe(1);
    const idCell = grid()[2]![header().indexOf('Mã hoso')];
    expect(idCell ?? '').toBe('');
    expect(first.issues).toContainEqual(expect.objectContaining({ kind: 'row-not-created', rowNumber: 3 }));
    const notes = Object.values(emulator.notes(spreadsheetId, TAB));
    expect(notes.some((n) => n.includes(CCCD))).toBe(true);

    const second = await syncSheets(env, spreadsheetId, VIEWER);
    expect(second.counts.database.creates).toBe(0);
    expect(second.wrote).toEqual({ database: false, sheetValues: false, sheetLayout: false, state: false });
    expect(second.apiCalls).toMatchObject({ writes: 0 });
    expect(await cadreCount()).toBe(1);

    // Fixed by staff: the row becomes a record and gets its id.
    emulator.setValues(spreadsheetId, `'${TAB}'!${String.fromCharCode(65 + header().indexOf('Số CCCD'))}3`, [['001085099999']], 'RAW');
    const fixed = await syncSheets(env, spreadsheetId, VIEWER);
    expect(fixed.counts.database.creates).toBe(1);
    expect(await cadreCount()).toBe(2);
    expect(String(grid()[2]![header().indexOf('Mã hoso')])).toMatch(/^\d+$/);
  });
});
