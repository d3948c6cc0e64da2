import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { SheetsEmulator } from '../../sync/emulator/server';
import { emulatorClient } from '../support/emulator-client';
import { initSheets } from '../../src/sheet-sync/sheet-sync.service';
import { syncEnvironment } from '../../src/sheet-sync/sync-environment';
import { SyncBinding } from '../../src/sheet-sync/sync-binding.entity';
import { SyncRun } from '../../src/sheet-sync/sync-run.entity';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const VIEWER = { actor: 'jest', source: 'sync' } as const;

interface SetSchedule {
  setSyncSchedule: { spreadsheetId: string };
}
const SET_SCHEDULE = parse(
  'mutation SetSchedule($spreadsheetId: String!, $schedule: String) { setSyncSchedule(spreadsheetId: $spreadsheetId, schedule: $schedule) { spreadsheetId } }',
) as TypedDocumentNode<SetSchedule, { spreadsheetId: string; schedule: string | null }>;

/** Schedules set and cleared in GraphQL and on the command line, and `hoso sync --all`. */
describeWithDatabase('sync schedules (setSyncSchedule, hoso sheets schedule) and hoso sync --all', () => {
  let emulator: SheetsEmulator;
  let api: TestApi;
  let spreadsheetId: string;
  let cliEnv: NodeJS.ProcessEnv;

  const binding = () => api.db.orm.em.fork().findOneOrFail(SyncBinding, { spreadsheetId }, { fields: ['schedule', 'scheduledBy'] });
  const hoso = (...args: string[]) =>
    run(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/app/cli.ts', ...args], { cwd: ROOT, env: cliEnv }).then(
      ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
    const sheets = emulatorClient(emulator, 2);
    api = await startTestApi({}, { sheets: () => sheets });
    spreadsheetId = emulator.createSpreadsheet({ title: 'Xã Bảo Hà', sheets: [] });
    await initSheets(
      syncEnvironment(api.db.orm, api.db.config, () => sheets),
      spreadsheetId,
      VIEWER,
    );
    const database =
      api.db.kind === 'postgresql' ? { DATABASE_URL: api.db.config.databaseUrl } : { HOSO_SQLITE_PATH: api.db.config.sqlitePath };
    cliEnv = { ...process.env, ...database, GOOGLE_API_ROOT_URL: emulator.rootUrl, GOOGLE_ACCESS_TOKEN: 'any', LOG_LEVEL: 'warn' };
  });

  afterAll(async () => {
    await api?.close();
    await emulator?.close();
  });

  it('setSyncSchedule sets a cron expression, records who set it, and null takes it off', async () => {
    const set = await api.data(SET_SCHEDULE, { spreadsheetId, schedule: '  */15   * * * * ' });
    expect(set.setSyncSchedule.spreadsheetId).toBe(spreadsheetId);
    expect(await binding()).toMatchObject({ schedule: '*/15 * * * *', scheduledBy: 'jest' });

    await api.data(SET_SCHEDULE, { spreadsheetId, schedule: null });
    expect(await binding()).toMatchObject({ schedule: null, scheduledBy: null });
  });

  it.each([
    ['six fields (seconds)', '*/10 * * * * *', /6 trường/],
    ['a minute out of range', '61 * * * *', /61/],
    ['words', 'every 15 minutes', /3 trường/],
    ['an empty text', '', /0 trường/],
  ])('a bad expression (%s) is BAD_USER_INPUT on `schedule`, and nothing changes', async (_, schedule, why) => {
    await api.data(SET_SCHEDULE, { spreadsheetId, schedule: '0 7 * * 1-5' });
    const response = await api.request(SET_SCHEDULE, { spreadsheetId, schedule });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'schedule', message: expect.stringMatching(why) }],
    });
    expect(response.errors?.[0]?.message).toMatch(/\*\/15 \* \* \* \*/);
    expect(await binding()).toMatchObject({ schedule: '0 7 * * 1-5' });
  });

  it('needs the sync right, and names an unknown spreadsheet', async () => {
    const editor = await api.tokenFor('editor-no-sync', [{ role: 'admin', scope: { kind: 'root' }, personalData: true, sync: false }]);
    const refused = await api.requestAs(editor, SET_SCHEDULE, { spreadsheetId, schedule: '*/5 * * * *' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await api.request(SET_SCHEDULE, { spreadsheetId: 'no-such-sheet', schedule: '*/5 * * * *' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('hoso sheets schedule sets it (and says when it runs next), refuses a bad one, and --off clears it', async () => {
    const set = await hoso('sheets', 'schedule', spreadsheetId, '*/15 * * * *', '--json');
    expect(set.code).toBe(0);
    const shown = JSON.parse(set.stdout) as { schedule: string; timeZone: string; nextRunAt: string };
    expect(shown).toMatchObject({ schedule: '*/15 * * * *', timeZone: 'Asia/Ho_Chi_Minh' });
    const next = new Date(shown.nextRunAt);
    expect(next.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(next.getUTCMinutes() % 15).toBe(0);
    expect((await binding()).scheduledBy).toMatch(/^cli:/);

    const bad = await hoso('sheets', 'schedule', spreadsheetId, '*/15 * * *');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Lịch «\*\/15 \* \* \*» không hợp lệ: có 4 trường/);
    expect((await binding()).schedule).toBe('*/15 * * * *');

    const off = await hoso('sheets', 'schedule', spreadsheetId, '--off');
    expect(off).toMatchObject({ code: 0, stdout: expect.stringMatching(/Đã bỏ lịch/) });
    expect(await binding()).toMatchObject({ schedule: null, scheduledBy: null });
  });

  it('hoso sync --all runs every binding, one failing does not stop the others, and the exit code says one failed', async () => {
    const second = emulator.createSpreadsheet({ title: 'Phường 1', sheets: [] });
    const init = await hoso('sheets', 'init', second);
    expect({ code: init.code, stderr: init.stderr }).toEqual({ code: 0, stderr: expect.any(String) as string });
    // A binding whose spreadsheet was deleted in Google since (the emulator never had it).
    const gone = 'deleted-spreadsheet';
    const em = api.db.orm.em.fork();
    const { tabs } = await em.findOneOrFail(SyncBinding, { spreadsheetId });
    await em.persistAndFlush(em.create(SyncBinding, { spreadsheetId: gone, tabs }));

    const all = await hoso('sync', '--all');
    expect(all.code).toBe(1);
    const lines = all.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^✓ ${spreadsheetId}: `)),
      expect.stringMatching(new RegExp(`^✓ ${second}: `)),
      expect.stringMatching(new RegExp(`^✗ ${gone}: .*không tìm thấy bảng tính`)),
      '3 bảng tính: 2 xong, 1 lỗi.',
    ]);
    const runs = await api.db.orm.em.fork().find(SyncRun, {}, { populate: ['binding'] });
    expect(runs.map((r) => [r.binding.getEntity().spreadsheetId, r.outcome])).toEqual(
      expect.arrayContaining([
        [spreadsheetId, 'succeeded'],
        [second, 'succeeded'],
        [gone, 'failed'],
      ]),
    );

    const json = await hoso('sync', '--all', '--dry-run', '--json');
    const rows = JSON.parse(json.stdout) as { spreadsheetId: string; ok: boolean; error?: { code: string } }[];
    expect(rows.map((r) => [r.spreadsheetId, r.ok])).toEqual([
      [spreadsheetId, true],
      [second, true],
      [gone, false],
    ]);
    expect(rows[2]!.error).toMatchObject({ code: 'SHEETS_API_ERROR' });
  });
});
