import { columnLetters } from '../../sync/engine/a1';
import { SheetsEmulator } from '../../sync/emulator/server';
import { emulatorClient } from '../support/emulator-client';
import type { SyncReport } from '../../sync/runner/run-sync';
import { resolveAccess } from '../../src/access/request-access';
import { ForbiddenError } from '../../src/access/write-guard.subscriber';
import { forkFor } from '../../src/app/orm';
import type { Viewer } from '../../src/app/request-meta';
import { BadUserInputError } from '../../src/common/errors/errors';
import { initSheets, syncSheets, type SyncEnvironment } from '../../src/sheet-sync/sheet-sync.service';
import { syncEnvironment } from '../../src/sheet-sync/sync-environment';
import { describeWithDatabase } from '../support/database';
import { insertGrid } from '../support/fixtures';
import { startTestApi, type TestApi } from '../support/server';
import { RunSyncDocument, SyncBindingsDocument } from '../generated/graphql';

/**
 * A province's sheet and two communes' sheets over the same records, as offices keep them: each
 * commune sheet holds its commune only, read in SQL; an edit made in one sheet reaches the others
 * that hold the record as a change from hoso, never as a conflict; nothing typed in one commune
 * lands in another. Real HTTP API, real googleapis client, the emulator.
 */

const SYSTEM: Viewer = { actor: 'jest', source: 'sync' };
const CADRES = 'Cán bộ';
const UNITS = 'Đơn vị';

describeWithDatabase('Scoped bindings: a province sheet and its communes’ sheets', () => {
  let emulator: SheetsEmulator;
  let api: TestApi;
  let env: SyncEnvironment;
  const sheet = { province: '', a: '', b: '' };
  let communeA = 0;

  const grid = (id: string, tab = CADRES) => emulator.getValues(id, `'${tab}'`);
  const column = (id: string, name: string, tab = CADRES) => {
    const index = grid(id, tab)[0]!.map(String).indexOf(name);
    if (index < 0) throw new Error(`no column ${name} on ${tab}`);
    return index;
  };
  const names = (id: string, tab = CADRES, header = 'Họ và tên') =>
    grid(id, tab)
      .slice(1)
      .map((row) => String(row[column(id, header, tab)] ?? ''))
      .filter((name) => name !== '')
      .sort();
  const rowOf = (id: string, value: string, tab = CADRES, header = 'Họ và tên') =>
    grid(id, tab).findIndex((row) => String(row[column(id, header, tab)]) === value) + 1;
  const cell = (id: string, name: string, header: string) => grid(id)[rowOf(id, name) - 1]?.[column(id, header)];
  const type = (id: string, name: string, header: string, value: string) =>
    emulator.setValues(id, `'${CADRES}'!${columnLetters(column(id, header))}${rowOf(id, name)}`, [[value]]);
  const appendRow = (id: string, tab: string, cells: Record<string, string>) => {
    const width = grid(id, tab)[0]!.length;
    const values = new Array<string | null>(width).fill(null);
    for (const [name, value] of Object.entries(cells)) values[column(id, name, tab)] = value;
    emulator.setValues(id, `'${tab}'!A${grid(id, tab).length + 1}`, [values]);
  };
  const sync = (id: string, viewer: Viewer = SYSTEM) => syncSheets(env, id, viewer);
  const expectIdle = (report: SyncReport) => {
    expect(report.conflicts).toEqual([]);
    expect(report.apiCalls).toMatchObject({ reads: 1, writes: 0 });
    expect(report.wrote).toEqual({ database: false, sheetValues: false, sheetLayout: false, state: false });
  };
  const sql = async <T>(text: string, bindings: unknown[] = []): Promise<T[]> =>
    forkFor(api.db.orm, SYSTEM).getConnection().execute<T[]>(text, bindings);

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
    const sheets = emulatorClient(emulator);
    api = await startTestApi({}, { sheets: () => sheets });
    env = syncEnvironment(api.db.orm, api.db.config, () => sheets);
    // Province 15; communes 10000, 10001, 10002 (Xã Thử Nghiệm 1..3), two units each, three cadres a unit.
    await insertGrid(forkFor(api.db.orm, { actor: 'seed', source: 'seed' }), {
      localities: 3,
      unitsPerLocality: 2,
      cadresPerUnit: 3,
      enrollmentsPerCadre: 1,
    });
    communeA = Number((await sql<{ id: number }>(`select id from locality where code = '10000'`))[0]!.id);
    for (const key of ['province', 'a', 'b'] as const) sheet[key] = emulator.createSpreadsheet({ title: key, sheets: [] });
  });

  afterAll(async () => {
    await api?.close();
    await emulator?.close();
  });

  it('init binds each spreadsheet to its scope, and GraphQL shows it', async () => {
    await initSheets(env, sheet.province, SYSTEM, { title: 'Tỉnh', scope: '15' });
    await initSheets(env, sheet.a, SYSTEM, { title: 'Xã 1', scope: '10000' });
    await initSheets(env, sheet.b, SYSTEM, { title: 'Xã 2', scope: '10001' });
    const bindings = (await api.data(SyncBindingsDocument, {})).syncBindings;
    expect(bindings.map((b) => [b.title, b.scope?.kind, b.scope?.code, b.scope?.name])).toEqual([
      ['Tỉnh', 'locality', '15', 'Lào Cai'],
      ['Xã 1', 'locality', '10000', 'Xã Thử Nghiệm 1'],
      ['Xã 2', 'locality', '10001', 'Xã Thử Nghiệm 2'],
    ]);
  });

  it('a scope code nobody has is refused, naming it', async () => {
    await expect(initSheets(env, emulator.createSpreadsheet({ title: 'x', sheets: [] }), SYSTEM, { scope: '99999' })).rejects.toThrow(
      /99999/,
    );
  });

  it('each sheet receives the records of its subtree only', async () => {
    for (const id of Object.values(sheet)) await sync(id);
    expect(names(sheet.province)).toHaveLength(18);
    expect(names(sheet.a)).toEqual([
      'Nguyễn Văn Thử 0-0-0',
      'Nguyễn Văn Thử 0-0-1',
      'Nguyễn Văn Thử 0-0-2',
      'Nguyễn Văn Thử 0-1-0',
      'Nguyễn Văn Thử 0-1-1',
      'Nguyễn Văn Thử 0-1-2',
    ]);
    expect(names(sheet.b).every((name) => name.startsWith('Nguyễn Văn Thử 1-'))).toBe(true);
    expect(names(sheet.a, UNITS, 'Tên đơn vị')).toEqual(['Đơn vị 1.1', 'Đơn vị 1.2']);
    expect(names(sheet.a, 'Địa phương', 'Tên địa phương')).toEqual(['Xã Thử Nghiệm 1']);
    // The catalogs stay whole: every sheet lists the courses.
    expect(names(sheet.a, 'Khóa học', 'Tên khóa học')).toEqual(names(sheet.province, 'Khóa học', 'Tên khóa học'));
    // The commune's row still names the province it belongs to, and reads it back.
    expect(grid(sheet.a, 'Địa phương')[1]![column(sheet.a, 'Trực thuộc', 'Địa phương')]).toBe('15');
    for (const id of Object.values(sheet)) expectIdle(await sync(id));
  });

  it('a commune’s edit reaches the province’s sheet as a change from hoso, not a conflict with itself', async () => {
    type(sheet.a, 'Nguyễn Văn Thử 0-0-1', 'Ghi chú', 'sửa ở xã 1');
    type(sheet.b, 'Nguyễn Văn Thử 1-1-2', 'Quê quán', 'Bảo Yên');
    type(sheet.province, 'Nguyễn Văn Thử 1-0-0', 'Tên gọi khác', 'Tư');
    const a = await sync(sheet.a);
    expect(a.counts.database.updatedFields).toBe(1);
    const b = await sync(sheet.b);
    expect(b.counts.database.updatedFields).toBe(1);
    // Through the API, as a root admin would run it.
    const province = (await api.data(RunSyncDocument, { spreadsheetId: sheet.province, dryRun: false })).runSync;
    expect(province.conflicts).toEqual([]);
    expect(province.counts.database.updatedFields).toBe(1);
    expect(province.counts.sheet.cellWrites).toBe(2);
    expect(cell(sheet.province, 'Nguyễn Văn Thử 0-0-1', 'Ghi chú')).toBe('sửa ở xã 1');
    expect(cell(sheet.province, 'Nguyễn Văn Thử 1-1-2', 'Quê quán')).toBe('Bảo Yên');
    // The province's edit reaches commune 2 only.
    expectIdle(await sync(sheet.a));
    const b2 = await sync(sheet.b);
    expect(b2.conflicts).toEqual([]);
    expect(cell(sheet.b, 'Nguyễn Văn Thử 1-0-0', 'Tên gọi khác')).toBe('Tư');
    for (const id of Object.values(sheet)) expectIdle(await sync(id));
  });

  it('a row typed in commune 1 naming a unit of commune 2 is a cell error, and no record appears anywhere', async () => {
    appendRow(sheet.a, CADRES, {
      'Họ và tên': 'Lò Thị Lạc',
      'Ngày sinh': '1990',
      'Giới tính': 'Nữ',
      'Dân tộc': 'Kinh',
      'Đối tượng': 'Công chức',
      'Đơn vị': 'Đơn vị 2.1',
    });
    const report = await sync(sheet.a);
    expect(report.cellErrors).toEqual([expect.objectContaining({ header: 'Đơn vị', message: expect.stringMatching(/ngoài phạm vi/) })]);
    expect(report.counts.database.creates).toBe(0);
    expect(await sql(`select id from cadre where full_name = ?`, ['Lò Thị Lạc'])).toEqual([]);
    expect(names(sheet.b)).not.toContain('Lò Thị Lạc');
    // Fixed to a unit of its own commune, the row becomes a record there.
    emulator.setValues(sheet.a, `'${CADRES}'!${columnLetters(column(sheet.a, 'Đơn vị'))}${rowOf(sheet.a, 'Lò Thị Lạc')}`, [['Đơn vị 1.2']]);
    const fixed = await sync(sheet.a);
    expect(fixed.cellErrors).toEqual([]);
    expect(fixed.counts.database.creates).toBe(1);
    await sync(sheet.province);
    expect(names(sheet.province)).toContain('Lò Thị Lạc');
    expect(names(sheet.b)).not.toContain('Lò Thị Lạc');
  });

  it('a new unit left without a locality lands in the commune, and hoso writes the commune into the cell', async () => {
    appendRow(sheet.a, UNITS, { 'Tên đơn vị': 'Phòng Văn hóa xã', Khối: 'Xã, phường', 'Loại cơ quan': 'Khác' });
    const report = await sync(sheet.a);
    expect(report.issues).toEqual([]);
    expect(report.counts.database.creates).toBe(1);
    const [unit] = await sql<{ locality_id: number }>(`select locality_id from unit where name = ?`, ['Phòng Văn hóa xã']);
    expect(Number(unit!.locality_id)).toBe(communeA);
    const row = grid(sheet.a, UNITS)[rowOf(sheet.a, 'Phòng Văn hóa xã', UNITS, 'Tên đơn vị') - 1]!;
    expect(row[column(sheet.a, 'Địa phương', UNITS)]).toBe('10000');
  });

  it('a run takes the rights of whoever triggers it: a commune’s sync right runs the commune, not the province', async () => {
    const em = forkFor(api.db.orm, SYSTEM);
    const access = await resolveAccess(em, {
      kind: 'user',
      name: 'xa1.dongbo',
      grants: [{ role: 'editor', scope: { kind: 'locality', id: communeA }, personalData: true, sync: true }],
    });
    const clerk: Viewer = { actor: 'xa1.dongbo', source: 'sync', access };
    await expect(sync(sheet.province, clerk)).rejects.toThrow(ForbiddenError);
    await expect(sync(sheet.province, clerk)).rejects.toThrow(/Tỉnh/);
    type(sheet.a, 'Nguyễn Văn Thử 0-1-0', 'Ghi chú', 'cán bộ xã tự đồng bộ');
    const own = await sync(sheet.a, clerk);
    expect(own.counts.database.updatedFields).toBe(1);
    const [audit] = await sql<{ actor: string }>(`select actor from audit_entry where entity_name = 'Cadre' order by id desc limit 1`);
    expect(audit!.actor).toBe('xa1.dongbo');
  });

  it('a synced binding keeps its scope: init with another one is refused', async () => {
    await expect(initSheets(env, sheet.a, SYSTEM, { scope: '10001' })).rejects.toThrow(BadUserInputError);
    await expect(initSheets(env, sheet.a, SYSTEM, { scope: '10001' })).rejects.toThrow(/không đổi sang/);
    // The same scope again is a repair, not a change.
    await initSheets(env, sheet.a, SYSTEM, { scope: '10000' });
  });

  it('after all the edits every sheet converges and the runs are idle', async () => {
    for (let round = 0; round < 2; round++) for (const id of Object.values(sheet)) await sync(id);
    for (const id of Object.values(sheet)) expectIdle(await sync(id));
    const [count] = await sql<{ n: number }>(
      `select count(*) as n from cadre c join unit u on u.id = c.unit_id join locality l on l.id = u.locality_id where l.code = '10000'`,
    );
    expect(names(sheet.a)).toHaveLength(Number(count!.n));
  });
});
