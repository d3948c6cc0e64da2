import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
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

  it('hoso sync --xlsx: one exchange with a workbook, the merged copy beside it; one of id, --all, --xlsx', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hoso-cli-xlsx-'));
    try {
      const workbook = new ExcelJS.Workbook();
      const cadres = workbook.addWorksheet('Cán bộ');
      cadres.addRow(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Đối tượng']);
      cadres.addRow(['Hà Văn Tuấn', '1987', 'Nam', 'Mường', 'Công chức']);
      const file = join(dir, 'van-phong.xlsx');
      await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));

      const summary = await hoso('sync', '--xlsx', file);
      // One cadre typed in the workbook; the first test's cadre comes back to it as a row.
      expect(summary).toMatch(/Bản ghi tạo mới \/ dòng thêm\s+1\s+1\n/);
      expect(summary).toContain(`Đã ghi sổ sau đồng bộ: ${join(dir, 'van-phong.hoso.xlsx')}`);
      const merged = new ExcelJS.Workbook();
      await merged.xlsx.load((await readFile(join(dir, 'van-phong.hoso.xlsx'))) as unknown as ArrayBuffer);
      const tab = merged.getWorksheet('Cán bộ')!;
      const headers = (tab.getRow(1).values as ExcelJS.CellValue[]).map((v) => (v == null ? '' : String(v)));
      const id = tab.getCell(2, headers.indexOf('Mã hoso')).value;
      const rows = await db.orm.em.fork().getConnection().execute<{ id: number }[]>(`select id from cadre where full_name = 'Hà Văn Tuấn'`);
      expect(rows).toEqual([{ id: Number(id) }]);

      for (const args of [['sync'], ['sync', 'abc', '--xlsx', file], ['sync', '--all', '--xlsx', file]]) {
        await expect(hoso(...args)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--xlsx <tệp>') });
      }
      await expect(hoso('sync', '--xlsx', join(dir, 'none.xlsx'))).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('không có tệp này'),
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
