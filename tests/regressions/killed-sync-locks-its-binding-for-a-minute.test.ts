import { type ChildProcess, spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { PostgresAdvisoryLock, SqliteLeaseLock, SyncBusyError, formatLeaseHolder } from '../../src/sheet-sync/sync-lock';
import { createTestDatabase, describeWithDatabase, type TestDatabase } from '../support/database';

const ROOT = join(__dirname, '..', '..');
const BINDING = '41';

/** A real process that takes the binding's lease, says so, and then just runs until it is killed. */
function leaseHoldingChild(sqlitePath: string): Promise<ChildProcess> {
  const script = `
    require('reflect-metadata');
    const { loadConfig } = require('./src/app/config');
    const { initOrm } = require('./src/app/orm');
    const { SqliteLeaseLock } = require('./src/sheet-sync/sync-lock');
    (async () => {
      const orm = await initOrm(loadConfig());
      await new SqliteLeaseLock(orm).acquire(${JSON.stringify(BINDING)});
      process.stdout.write('held\\n');
      setInterval(() => undefined, 1000);
    })().catch((error) => { console.error(error); process.exit(2); });`;
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, HOSO_SQLITE_PATH: sqlitePath, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('held')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`the lease holder exited early (${code})`)));
  });
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => child.once('exit', () => resolve()));

async function busyError(attempt: Promise<unknown>): Promise<SyncBusyError> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncBusyError);
  return error as SyncBusyError;
}

describeWithDatabase('a sync that is killed does not lock its binding', () => {
  let db: TestDatabase;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await db?.destroy();
  });

  if (process.env.HOSO_TEST_DB !== 'postgresql') {
    it('a lease held by a SIGKILLed process of this host is taken over at once', async () => {
      const child = await leaseHoldingChild(db.config.sqlitePath);
      children.push(child);
      const lock = new SqliteLeaseLock(db.orm);

      // Alive: busy, and the error says until when.
      const busy = await busyError(lock.acquire(BINDING));
      expect(busy.message).toMatch(/đang được đồng bộ .*đến \d{2}:\d{2}:\d{2} \(thử lại sau\)/);
      expect(busy.message).toContain(`tiến trình ${child.pid}`);
      expect(busy.extensions).toMatchObject({ code: 'SYNC_BUSY', retryAfter: expect.any(Number), busyUntil: expect.any(String) });
      const until = Date.parse(String(busy.extensions.busyUntil));
      expect(until).toBeGreaterThan(Date.now());
      expect(Number(busy.extensions.retryAfter)).toBeLessThanOrEqual(60);

      child.kill('SIGKILL');
      await exited(child);
      const started = Date.now();
      const lease = await lock.acquire(BINDING);
      expect(Date.now() - started).toBeLessThan(1000);
      await lease.release();
    });

    it('a lease held on another host is respected until it expires, and the error says when', async () => {
      const expiresAt = Date.now() + 45_000;
      const holder = formatLeaseHolder({ host: `not-${hostname()}`, pid: 1234 }, 'token');
      await db.orm.em
        .fork()
        .getConnection()
        .execute('insert into sync_lease (binding_id, holder, expires_at) values (?, ?, ?)', [7, holder, expiresAt]);
      const busy = await busyError(new SqliteLeaseLock(db.orm).acquire('7'));
      const clock = new Date(expiresAt).toLocaleTimeString('vi-VN', { hour12: false });
      expect(busy.message).toContain(`đến ${clock} (thử lại sau)`);
      expect(busy.extensions).toMatchObject({ busyUntil: new Date(expiresAt).toISOString(), retryAfter: 45 });
    });
  } else {
    it('a busy advisory lock says to retry shortly (it frees with its connection)', async () => {
      const lock = new PostgresAdvisoryLock(db.orm);
      const lease = await lock.acquire(BINDING);
      try {
        const busy = await busyError(lock.acquire(BINDING));
        expect(busy.message).toMatch(/đang được đồng bộ .*thử lại sau ít giây/);
        expect(busy.extensions).toMatchObject({ code: 'SYNC_BUSY', retryAfter: expect.any(Number) });
      } finally {
        await lease.release();
      }
    });
  }
});
