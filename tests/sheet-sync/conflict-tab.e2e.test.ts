import { columnLetters } from '../../sync/engine/a1';
import { SheetsEmulator } from '../../sync/emulator/server';
import { emulatorClient } from '../support/emulator-client';
import { initSheets } from '../../src/sheet-sync/sheet-sync.service';
import { syncEnvironment } from '../../src/sheet-sync/sync-environment';
import type { SyncEnvironment } from '../../src/sheet-sync/sheet-sync.service';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import { ResolveSyncConflictDocument, RunSyncDocument, SyncedCadresDocument, UpdateCadreDocument } from '../generated/graphql';

/**
 * Conflicts settled in the sheet, as an office does it: over the real API, the real database and
 * the real googleapis client against the emulator. A field changed on both sides gets a line on
 * the 'Xung đột' tab; staff pick what to keep in its 'Giữ' dropdown and the next run applies it.
 */

const TAB = 'Cán bộ';
const CONFLICTS = 'Xung đột';
const VIEWER = { actor: 'jest', source: 'sync' } as const;
const CONFLICT_HEADERS = ['Mã hoso', 'Trang', 'Dòng', 'Hồ sơ', 'Cột', 'Trên bảng tính', 'Trong hoso', 'Từ lúc', 'Giữ', 'Giá trị khác'];

describeWithDatabase("the 'Xung đột' tab, wired to the database and the API", () => {
  let emulator: SheetsEmulator;
  let api: TestApi;
  let env: SyncEnvironment;
  let spreadsheetId: string;
  let anId: string;

  const grid = (title = TAB) => emulator.getValues(spreadsheetId, `'${title}'`);
  const column = (name: string) => grid()[0]!.map(String).indexOf(name);
  const cell = (name: string) => `'${TAB}'!${columnLetters(column(name))}2`;
  const lines = () => grid(CONFLICTS).slice(1);
  const choose = (row: number, ...cells: (string | number)[]) => emulator.setValues(spreadsheetId, `'${CONFLICTS}'!I${row}`, [cells]);
  const run = async () => (await api.data(RunSyncDocument, { spreadsheetId, dryRun: false })).runSync;
  const an = async () => (await api.data(SyncedCadresDocument, { name: 'nguyen van an' })).cadres.nodes[0]!;
  /** Both sides change the field differently: the next run keeps both and lists the conflict. */
  const conflictOn = async (header: string, sheet: string, input: Record<string, string>) => {
    await api.data(UpdateCadreDocument, { id: anId, input });
    emulator.setValues(spreadsheetId, cell(header), [[sheet]]);
    return run();
  };

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
    const sheets = emulatorClient(emulator);
    api = await startTestApi({}, { sheets: () => sheets });
    env = syncEnvironment(api.db.orm, api.db.config, () => sheets);
    spreadsheetId = emulator.createSpreadsheet({ title: 'Hồ sơ cán bộ xã', sheets: [] });
    const { report } = await initSheets(env, spreadsheetId, VIEWER);
    expect(report.conflictTab).toMatchObject({ title: CONFLICTS, created: true });
    const width = grid()[0]!.length;
    const row: (string | null)[] = new Array<string | null>(width).fill(null);
    const values: Record<string, string> = {
      'Họ và tên': 'Nguyễn Văn An',
      'Ngày sinh': '12/03/1985',
      'Giới tính': 'Nam',
      'Dân tộc': 'Kinh',
      'Đối tượng': 'Công chức',
      'Trình độ chuyên môn': 'Đại học',
    };
    for (const [header, value] of Object.entries(values)) row[column(header)] = value;
    emulator.setValues(spreadsheetId, `'${TAB}'!A2`, [row]);
    expect((await run()).counts.database.creates).toBe(1);
    anId = (await an()).id;
  });

  afterAll(async () => {
    await api?.close();
    await emulator?.close();
  });

  it('init made the tab; with no conflict a run reads it in its one batchGet and writes nothing', async () => {
    expect(grid(CONFLICTS)).toEqual([CONFLICT_HEADERS]);
    const tab = emulator.spreadsheet(spreadsheetId).sheets.find((s) => s.properties.title === CONFLICTS)!;
    expect(tab.properties.gridProperties?.frozenRowCount).toBe(1);
    const idle = await run();
    expect(idle.apiCalls).toMatchObject({ reads: 1, writes: 0 });
  });

  it("a conflict gets a line; 'Bảng tính' chosen there is applied by the next run, the line and the note go, the run after is idle", async () => {
    const report = await conflictOn('Ghi chú', 'sửa trên bảng tính', { note: 'sửa trong hoso' });
    expect(report.conflicts).toEqual([expect.objectContaining({ header: 'Ghi chú', resolution: 'kept-both' })]);
    const a1 = report.conflicts[0]!.a1;
    expect(emulator.note(spreadsheetId, a1)).toMatch(/Xung đột/);
    const databaseId = String((await an()).databaseId);
    expect(lines()).toEqual([[databaseId, TAB, 2, 'Nguyễn Văn An', 'Ghi chú', 'sửa trên bảng tính', 'sửa trong hoso', expect.any(Number)]]);
    expect(lines()[0]![7]).toBeGreaterThan(46_000); // a date-time serial

    choose(2, 'Bảng tính');
    await run();
    expect((await an()).note).toBe('sửa trên bảng tính');
    expect(lines()).toEqual([]);
    expect(emulator.note(spreadsheetId, a1)).toBeUndefined();
    const idle = await run();
    expect(idle.apiCalls).toMatchObject({ reads: 1, writes: 0 });
    expect(idle.wrote).toEqual({ database: false, sheetValues: false, sheetLayout: false, state: false });
  });

  it("'Giá trị khác': a typed value the codec cannot read stays on the line with a note; a readable one is applied and written to the cell", async () => {
    await conflictOn('Trình độ chuyên môn', 'Tiến sĩ', { professionalLevel: 'COLLEGE' });
    expect(lines()).toEqual([
      [expect.any(String), TAB, 2, 'Nguyễn Văn An', 'Trình độ chuyên môn', 'Tiến sĩ', 'Cao đẳng', expect.any(Number)],
    ]);

    choose(2, 'Giá trị khác', 'Thạc sĩ giỏi');
    await run();
    expect(lines()[0]!.slice(8)).toEqual(['Giá trị khác', 'Thạc sĩ giỏi']);
    expect(emulator.note(spreadsheetId, `'${CONFLICTS}'!I2`)).toMatch(/Không đọc được giá trị khác «Thạc sĩ giỏi»/);
    expect((await an()).professionalLevel).toBe('COLLEGE');
    expect((await run()).apiCalls).toMatchObject({ reads: 1, writes: 0 });

    choose(2, 'Giá trị khác', 'ThS');
    await run();
    expect((await an()).professionalLevel).toBe('MASTER');
    expect(emulator.getValues(spreadsheetId, cell('Trình độ chuyên môn'))).toEqual([['Thạc sĩ']]);
    expect(lines()).toEqual([]);
    expect(emulator.note(spreadsheetId, `'${CONFLICTS}'!I2`)).toBeUndefined();
    expect((await run()).apiCalls).toMatchObject({ reads: 1, writes: 0 });
  });

  it('a conflict settled through GraphQL resolveSyncConflict: the next run drops its line and writes the choice to the cell', async () => {
    await conflictOn('Quê quán', 'Bảo Thắng', { homeTown: 'Bảo Yên' });
    expect(lines()).toHaveLength(1);
    await api.data(ResolveSyncConflictDocument, {
      input: { spreadsheetId, table: 'cadre', recordId: String((await an()).databaseId), field: 'homeTown', keep: 'DATABASE' },
    });
    await run();
    expect(lines()).toEqual([]);
    expect(emulator.getValues(spreadsheetId, cell('Quê quán'))).toEqual([['Bảo Yên']]);
    expect((await run()).apiCalls).toMatchObject({ reads: 1, writes: 0 });
  });
});
