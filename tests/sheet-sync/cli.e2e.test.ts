import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SheetsEmulator } from '../../sync/emulator/server';
import { createTestDatabase, describeWithDatabase, type TestDatabase } from '../support/database';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

/** `hoso sheets init` and `hoso sync` as a person runs them: a real process, the emulator over HTTP, this project's database. */
describeWithDatabase('hoso sheets init / hoso sync (the command line)', () => {
  let emulator: SheetsEmulator;
  let db: TestDatabase;
  let env: NodeJS.ProcessEnv;

  const hoso = async (...args: string[]) => {
    const { stdout } = await run(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/app/cli.ts', ...args], {
      cwd: ROOT,
      env,
    });
    return stdout;
  };

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
    db = await createTestDatabase();
    const database =
      db.config.databaseKind === 'postgresql' ? { DATABASE_URL: db.config.databaseUrl } : { HOSO_SQLITE_PATH: db.config.sqlitePath };
    env = { ...process.env, ...database, GOOGLE_API_ROOT_URL: emulator.rootUrl, GOOGLE_ACCESS_TOKEN: 'any', LOG_LEVEL: 'warn' };
  });

  afterAll(async () => {
    await db?.destroy();
    await emulator?.close();
  });

  it('initialises the tabs, syncs typed rows, prints a summary, and an idle run writes nothing', async () => {
    const spreadsheetId = emulator.createSpreadsheet({ title: 'Hồ sơ', sheets: [] });
    const init = JSON.parse(await hoso('sheets', 'init', spreadsheetId, '--json')) as { tabs: { title: string; idColumn: string }[] };
    expect(init.tabs.find((t) => t.title === 'Cán bộ')).toMatchObject({ idColumn: 'A' });

    const headers = emulator.getValues(spreadsheetId, `'Cán bộ'!1:1`)[0]!.map(String);
    const row = new Array<string>(headers.length).fill('');
    const put = (header: string, value: string) => (row[headers.indexOf(header)] = value);
    put('Họ và tên', 'Nguyễn Thị Hoa');
    put('Ngày sinh', '5/9/1988');
    put('Giới tính', 'nu');
    put('Dân tộc', 'Tày');
    put('Đối tượng', 'Công chức');
    put('Lý luận chính trị', 'Cao cấp LLCT');
    emulator.setValues(spreadsheetId, `'Cán bộ'!A2`, [row]);

    const summary = await hoso('sync', spreadsheetId);
    expect(summary).toMatch(/Bản ghi tạo mới \/ dòng thêm\s+1\s+0/);
    expect(summary).toMatch(/Mã ghi lại vào dòng mới\s+-\s+1/);
    const id = emulator.getValues(spreadsheetId, `'Cán bộ'!A2`)[0]![0];
    const cadre = await db.orm.em
      .fork()
      .getConnection()
      .execute<{ id: number; full_name: string; political_theory: string }[]>('select id, full_name, political_theory from cadre');
    expect(cadre).toEqual([{ id: Number(id), full_name: 'Nguyễn Thị Hoa', political_theory: expect.any(String) }]);

    const idle = JSON.parse(await hoso('sync', spreadsheetId, '--json')) as { apiCalls: { reads: number; writes: number }; wrote: object };
    expect(idle.apiCalls).toMatchObject({ reads: 1, writes: 0 });
    expect(idle.wrote).toEqual({ database: false, sheetValues: false, sheetLayout: false, state: false });
  });
});
