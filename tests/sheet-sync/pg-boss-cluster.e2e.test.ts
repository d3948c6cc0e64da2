import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { quotaKindOf } from '../../sync/emulator/faults';
import { SheetsEmulator } from '../../sync/emulator/server';
import { forkFor } from '../../src/app/orm';
import type { Viewer } from '../../src/app/request-meta';
import { setSyncSchedule } from '../../src/sheet-sync/schedule/schedule.service';
import { initSheets } from '../../src/sheet-sync/sheet-sync.service';
import { syncEnvironment } from '../../src/sheet-sync/sync-environment';
import { SyncRun } from '../../src/sheet-sync/sync-run.entity';
import { createTestDatabase, describeWithDatabase, testDatabaseKind, type TestDatabase } from '../support/database';
import { emulatorClient } from '../support/emulator-client';
import { insertGrid } from '../support/fixtures';
import { freePort } from '../support/ports';

const ROOT = join(__dirname, '..', '..');
const SYSTEM: Viewer = { actor: 'jest', source: 'sync' };
const OFFICES = 10;
const CADRES_PER_OFFICE = 3;
/**
 * The project's Google quota as both instances are told it: 6 calls of each kind in any 5 s (72 a
 * minute), fewer than the offices' first runs want at once (10 reads, then 10 writes).
 */
const QUOTA = { limit: 6, windowMs: 5_000 };
/** Runs one instance does at once: each takes part of the offices, none takes them all. */
const CONCURRENCY = 4;
/** A call reaches the emulator a moment after hoso admitted it; the quota is checked over a window shortened by that much. */
const ADMISSION_TO_ARRIVAL_MS = 500;
/** A run that has not started this long after its minute (poll, cron, fetch, quota waits: a few seconds) is late. */
const ON_TIME_MS = 20_000;
/** A killed instance's runs expire after HOSO_SYNC_JOB_TIMEOUT_SECONDS, then are retried elsewhere. */
const JOB_TIMEOUT_SECONDS = 15;

interface Call {
  readonly at: number;
  readonly instance: string;
  readonly kind: 'read' | 'write';
  readonly spreadsheetId: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The most calls of one kind that arrived within any `windowMs`. */
function busiestWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let first = 0, last = 0; last < sorted.length; last++) {
    while (sorted[last]! - sorted[first]! >= windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

async function until<T>(what: string, deadlineMs: number, probe: () => Promise<T | null>): Promise<T> {
  for (;;) {
    const found = await probe();
    if (found !== null) return found;
    if (Date.now() > deadlineMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(500);
  }
}

const describeOnPostgres = testDatabaseKind === 'postgresql' ? describeWithDatabase : describe.skip;

/**
 * Two `hoso serve` processes on one PostgreSQL share ten offices' schedules through pg-boss, as a
 * province would deploy them: every binding runs at its minute, never twice at once, the project's
 * Google quota is shared between the processes, and when one process is killed in the middle of
 * its runs the other finishes them. Real processes, the real googleapis client, the emulator with
 * latency; what happened is read from `sync_run` and from the emulator's log.
 *
 * (pg-boss is the PostgreSQL scheduler; SQLite's in-process one has its own suite.)
 */
describeOnPostgres('two hoso instances with pg-boss: ten scheduled offices', () => {
  let db: TestDatabase;
  let emulator: SheetsEmulator;
  const spreadsheets: string[] = [];
  const bindingIds = new Map<string, number>();
  const calls: Call[] = [];
  const children = new Map<string, { child: ChildProcess; output: string[] }>();
  let killedAt = 0;
  let scheduledAt = 0;

  const runs = () => db.orm.em.fork().find(SyncRun, {}, { orderBy: { startedAt: 'asc' }, populate: ['binding'] });

  const serve = async (instance: string) => {
    const port = await freePort();
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/app/cli.ts', 'serve', '--port', String(port)], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: db.config.databaseUrl,
        HOSO_AUTH: 'off',
        LOG_LEVEL: 'info',
        GOOGLE_API_ROOT_URL: emulator.rootUrl,
        // Which instance made a call is read off its token in the emulator's log.
        GOOGLE_ACCESS_TOKEN: instance,
        GOOGLE_SHEETS_REQUESTS_PER_MINUTE: '100000',
        GOOGLE_SHEETS_PROJECT_REQUESTS_PER_MINUTE: String((QUOTA.limit * 60_000) / QUOTA.windowMs),
        GOOGLE_SHEETS_QUOTA_WINDOW_SECONDS: String(QUOTA.windowMs / 1000),
        HOSO_SCHEDULER_POLL_SECONDS: '1',
        HOSO_SYNC_JOB_TIMEOUT_SECONDS: String(JOB_TIMEOUT_SECONDS),
        HOSO_SYNC_RETRY_DELAY_SECONDS: '1',
        HOSO_SYNC_RETRY_LIMIT: '3',
        HOSO_SYNC_CONCURRENCY: String(CONCURRENCY),
        HOSO_SHUTDOWN_TIMEOUT_MS: '5000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    children.set(instance, { child, output });
    await until(`${instance} to serve`, Date.now() + 90_000, async () => {
      if (child.exitCode !== null) throw new Error(`${instance} exited with ${child.exitCode}:\n${output.join('')}`);
      const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.ok,
        () => false,
      );
      // Serving means the scheduler has started too (startScheduler is awaited before the demo users are printed).
      return ok && output.join('').includes('sync scheduler started (pg-boss)') ? true : null;
    });
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    emulator = await SheetsEmulator.start();
    // Ten communes of one province, one unit and three cadres each: one office per commune.
    await insertGrid(forkFor(db.orm, { actor: 'seed', source: 'seed' }), {
      localities: OFFICES,
      unitsPerLocality: 1,
      cadresPerUnit: CADRES_PER_OFFICE,
      enrollmentsPerCadre: 1,
    });
    const sheets = emulatorClient(emulator);
    const env = syncEnvironment(db.orm, db.config, () => sheets);
    for (let office = 0; office < OFFICES; office++) {
      const spreadsheetId = emulator.createSpreadsheet({ title: `Xã ${office + 1}`, sheets: [] });
      const { binding } = await initSheets(env, spreadsheetId, SYSTEM, { title: `Xã ${office + 1}`, scope: String(10000 + office) });
      spreadsheets.push(spreadsheetId);
      bindingIds.set(spreadsheetId, binding.id);
    }
    // From here on the instances' calls: each a fifth of a second, as over the Internet.
    emulator.configureFaults({ latencyMs: 200 });
    emulator.beforeCall((call) => {
      const instance = (call.authorization ?? '').replace(/^Bearer /, '');
      calls.push({ at: Date.now(), instance, kind: quotaKindOf(call.operation), spreadsheetId: call.spreadsheetId });
      // Instance a dies at its first write: its runs stop between a read and a write, the sheet half written.
      if (instance === 'a' && quotaKindOf(call.operation) === 'write' && killedAt === 0) {
        killedAt = Date.now();
        children.get('a')!.child.kill('SIGKILL');
      }
    });
    await Promise.all([serve('a'), serve('b')]);
  }, 180_000);

  afterAll(async () => {
    for (const { child } of children.values()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, sleep(10_000)]);
        child.kill('SIGKILL');
      }
    }
    await emulator?.close();
    await db?.destroy();
  });

  it('every office runs at its minute, never twice at once, within the shared quota; a killed instance’s runs are finished by the other', async () => {
    try {
      await scheduleAndWatch();
    } catch (error) {
      // What the instances logged, the runs and the calls, to see why.
      for (const [name, { output }] of children) console.log(`--- hoso instance ${name}\n${output.join('')}`);
      const history = (await runs()).map((r) => [r.binding.id, r.startedAt, r.finishedAt, r.outcome, r.apiCalls, r.error]);
      console.log(JSON.stringify({ killedAt, scheduledAt, history, calls }));
      throw error;
    }
  }, 240_000);

  async function scheduleAndWatch(): Promise<void> {
    // The first minute's runs start as soon as the schedules exist; start early in a minute, so that
    // they (and the killed instance's retries, JOB_TIMEOUT_SECONDS later) are over before the next.
    if (new Date().getSeconds() > 8) await sleep((61 - new Date().getSeconds()) * 1000);
    scheduledAt = Date.now();
    const em = forkFor(db.orm, SYSTEM);
    for (const spreadsheetId of spreadsheets) await setSyncSchedule(em, spreadsheetId, '* * * * *', 'to.chuc@xa', 'Asia/Ho_Chi_Minh');
    const nextMinute = Math.ceil(scheduledAt / 60_000) * 60_000;

    // Minute one: every office synced once (a's share by b, after a's death), and before minute two.
    const firstRound = await until('every office’s first run', nextMinute, async () => {
      const done = (await runs()).filter((r) => r.outcome === 'succeeded');
      return new Set(done.map((r) => r.binding.id)).size === OFFICES ? done : null;
    });
    expect(killedAt).toBeGreaterThan(0);
    const a = children.get('a')!.child;
    expect(a.signalCode).toBe('SIGKILL');

    // Minute two: b alone, every office on time, and nothing left to do (one read, no write).
    const secondRound = await until('every office’s run in the next minute', nextMinute + 60_000, async () => {
      const done = (await runs()).filter((r) => r.startedAt.getTime() >= nextMinute);
      return new Set(done.map((r) => r.binding.id)).size === OFFICES ? done : null;
    });
    checkRuns(await runs(), firstRound, secondRound, nextMinute);
  }

  function checkRuns(all: SyncRun[], firstRound: SyncRun[], secondRound: SyncRun[], nextMinute: number): void {
    // Every run succeeded: no run found its binding locked by another, no failure to retry.
    expect(all.filter((r) => r.outcome !== 'succeeded').map((r) => [r.binding.id, r.error])).toEqual([]);
    for (const run of firstRound.filter((r) => r.startedAt.getTime() < nextMinute)) {
      expect(run.startedAt.getTime()).toBeGreaterThanOrEqual(scheduledAt - 1000);
    }
    for (const run of secondRound) {
      const late = run.startedAt.getTime() - nextMinute;
      expect({ binding: run.binding.id, onTime: late >= 0 && late < ON_TIME_MS }).toEqual({ binding: run.binding.id, onTime: true });
      expect({ binding: run.binding.id, apiCalls: run.apiCalls }).toEqual({ binding: run.binding.id, apiCalls: 1 });
    }

    // Never two runs of one binding at once, cluster-wide.
    for (const id of bindingIds.values()) {
      const own = all.filter((r) => r.binding.id === id);
      for (let i = 1; i < own.length; i++) expect(own[i]!.startedAt.getTime()).toBeGreaterThanOrEqual(own[i - 1]!.finishedAt.getTime());
    }

    // Both instances took work; what a was doing when it died was finished by b, after a's death.
    const touchedByA = new Set(calls.flatMap((c) => (c.instance === 'a' && c.spreadsheetId ? [c.spreadsheetId] : [])));
    expect(touchedByA.size).toBeGreaterThan(0);
    expect(touchedByA.size).toBeLessThanOrEqual(CONCURRENCY);
    expect(calls.filter((c) => c.instance === 'b').length).toBeGreaterThan(0);
    // (A request a sent just before it died may still be read off the socket a moment later.)
    expect(calls.filter((c) => c.instance === 'a' && c.at > killedAt + 1000)).toEqual([]);
    for (const spreadsheetId of touchedByA) {
      const finished = all.find((r) => r.binding.id === bindingIds.get(spreadsheetId));
      expect(finished?.startedAt.getTime()).toBeGreaterThan(killedAt);
    }
    // The killed runs waited for their expiry, then one retry, not a pile of them.
    expect(all.filter((r) => r.startedAt.getTime() < nextMinute)).toHaveLength(OFFICES);

    // The quota is the project's, not each instance's: the first runs wanted more calls than one
    // window allows, and the two instances together never exceeded it.
    for (const kind of ['read', 'write'] as const) {
      const times = calls.filter((c) => c.kind === kind).map((c) => c.at);
      expect({ kind, most: busiestWindow(times, QUOTA.windowMs - ADMISSION_TO_ARRIVAL_MS) <= QUOTA.limit }).toEqual({ kind, most: true });
    }
    expect(calls.filter((c) => c.kind === 'write' && c.at < nextMinute).length).toBeGreaterThan(QUOTA.limit);
    expect(emulator.requests.filter((r) => r.status === 429)).toEqual([]);

    // Each office's sheet holds its three cadres once, in spite of the run killed half-way.
    for (const spreadsheetId of spreadsheets) {
      const grid = emulator.getValues(spreadsheetId, `'Cán bộ'`);
      const name = grid[0]!.map(String).indexOf('Họ và tên');
      const names = grid.slice(1).map((row) => String(row[name] ?? ''));
      expect({ spreadsheetId, names: new Set(names).size, rows: names.length }).toEqual({
        spreadsheetId,
        names: CADRES_PER_OFFICE,
        rows: CADRES_PER_OFFICE,
      });
    }
  }
});
