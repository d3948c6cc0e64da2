import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SheetsEmulator } from '../../sync/emulator/server';
import { SyncBinding } from '../../src/sheet-sync/sync-binding.entity';
import { createTestDatabase, describeWithDatabase, type TestDatabase } from '../support/database';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Google's spreadsheet ids are base64url, so some start with '-'; the command line read
 * `hoso sheets init -pE4…` as an unknown option (a CI run lost a binding to it). Such an id
 * is taken after `--` or inside the sheet's URL, and the plain form says how to write it.
 */
describeWithDatabase('a spreadsheet id that starts with a dash', () => {
  let emulator: SheetsEmulator;
  let db: TestDatabase;
  let env: NodeJS.ProcessEnv;
  const dashed = '-pE4PsEGDFXqXxR_KRa5wmmjERiQywAbCdEfGhIjKlMn';
  const url = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;

  const hoso = async (...args: string[]): Promise<Outcome> => {
    try {
      const { stdout, stderr } = await run(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/app/cli.ts', ...args], {
        cwd: ROOT,
        env,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  const bindingFor = (spreadsheetId: string) => db.orm.em.fork().findOne(SyncBinding, { spreadsheetId });

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
    db = await createTestDatabase();
    const database =
      db.config.databaseKind === 'postgresql' ? { DATABASE_URL: db.config.databaseUrl } : { HOSO_SQLITE_PATH: db.config.sqlitePath };
    env = {
      ...process.env,
      ...database,
      GOOGLE_API_ROOT_URL: emulator.rootUrl,
      GOOGLE_ACCESS_TOKEN: 'any',
      GOOGLE_APPLICATION_CREDENTIALS: '',
      LOG_LEVEL: 'warn',
    };
    emulator.createSpreadsheet({ spreadsheetId: dashed, title: 'Hồ sơ', sheets: [] });
  });

  afterAll(async () => {
    await db?.destroy();
    await emulator?.close();
  });

  it('written plainly, it fails and says to put `--` before it or paste the URL', async () => {
    const outcome = await hoso('sheets', 'init', dashed);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(`'${dashed}'`);
    expect(outcome.stderr).toContain(`hoso sheets init -- ${dashed}`);
    expect(outcome.stderr).toMatch(/URL/);
    expect(await bindingFor(dashed)).toBeNull();
  });

  it('after `--`, init registers it and sync runs it', async () => {
    const init = await hoso('sheets', 'init', '--', dashed);
    expect({ code: init.code, stderr: init.stderr }).toEqual({ code: 0, stderr: expect.any(String) as string });
    expect(await bindingFor(dashed)).not.toBeNull();

    const sync = await hoso('sync', '--dry-run', '--', dashed);
    expect({ code: sync.code, stderr: sync.stderr }).toEqual({ code: 0, stderr: expect.any(String) as string });
    expect(sync.stdout).toContain(dashed);
  });

  it("the sheet's URL is taken wherever an id is", async () => {
    const init = await hoso('sheets', 'init', url(dashed));
    expect({ code: init.code, stderr: init.stderr }).toEqual({ code: 0, stderr: expect.any(String) as string });
    const schedule = await hoso('sheets', 'schedule', url(dashed), '0 7 * * 1');
    expect({ code: schedule.code, stderr: schedule.stderr }).toEqual({ code: 0, stderr: expect.any(String) as string });
    expect((await bindingFor(dashed))?.schedule).toBe('0 7 * * 1');
  });

  it('something that is neither an id nor a sheet URL is refused by name', async () => {
    const outcome = await hoso('sheets', 'init', 'https://example.com/not a sheet');
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/spreadsheetId/);
    expect(outcome.stderr).toContain('https://example.com/not a sheet');
  });
});
