import type { LockLease } from '../../sync/runner/ports';
import { SyncBusyError, syncLockFor } from '../../src/sheet-sync/sync-lock';
import { createTestDatabase, describeWithDatabase, testDatabaseKind, type TestDatabase } from '../support/database';

const describeOnPostgres = testDatabaseKind === 'postgresql' ? describeWithDatabase : describe.skip;

/**
 * Each PostgreSQL sync run held a pooled connection for its advisory lock from start to end, so as
 * many runs at once as the pool has connections (the scheduler starts every due binding together:
 * ten offices, a pool of ten) left none for the runs' own queries: every run waited for a
 * connection, for ever, while its pg-boss job expired and was handed to another instance, which
 * found the binding busy.
 */
describeOnPostgres('sync locks do not take the connection pool', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.destroy());

  const poolSize = () => (db.orm.em.getKnex().client as { pool: { max: number } }).pool.max;

  it('with more runs holding locks than the pool has connections, queries still get one', async () => {
    const lock = syncLockFor(db.orm, 'postgresql');
    const leases: LockLease[] = [];
    try {
      for (let binding = 1; binding <= poolSize() + 2; binding++) leases.push(await lock.acquire(String(binding)));
      const answered = db.orm.em.fork().getConnection().execute<{ one: number }[]>('select 1 as one');
      const late = new Promise<string>((resolve) => setTimeout(() => resolve('no connection within 5 s'), 5_000).unref());
      expect(await Promise.race([answered, late])).toEqual([{ one: 1 }]);
    } finally {
      for (const lease of leases) await lease.release();
    }
  });

  it('a binding locked in this process is busy for another run of this process, and free once released', async () => {
    const first = await syncLockFor(db.orm, 'postgresql').acquire('7');
    await expect(syncLockFor(db.orm, 'postgresql').acquire('7')).rejects.toBeInstanceOf(SyncBusyError);
    await first.release();
    const again = await syncLockFor(db.orm, 'postgresql').acquire('7');
    await again.release();
  });

  it('a binding locked by another session is busy here; released there, it is free', async () => {
    const other = await db.orm.em.getKnex().client.acquireRawConnection();
    try {
      await other.query('select pg_advisory_lock($1, $2)', [0x686f736f, 9]);
      await expect(syncLockFor(db.orm, 'postgresql').acquire('9')).rejects.toBeInstanceOf(SyncBusyError);
      await other.query('select pg_advisory_unlock($1, $2)', [0x686f736f, 9]);
      const lease = await syncLockFor(db.orm, 'postgresql').acquire('9');
      // Held by this process's session now: the other session cannot take it.
      expect((await other.query('select pg_try_advisory_lock($1, $2) as locked', [0x686f736f, 9])).rows[0].locked).toBe(false);
      await lease.release();
      expect((await other.query('select pg_try_advisory_lock($1, $2) as locked', [0x686f736f, 9])).rows[0].locked).toBe(true);
    } finally {
      await db.orm.em.getKnex().client.destroyRawConnection(other);
    }
  });
});
