import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { GraphQLError } from 'graphql';
import type { LockLease, SyncLock } from '../../sync/runner/ports';
import type { Orm } from '../app/orm';

/** Raised when another process (or request) is already syncing the binding: runs never queue. */
export class SyncBusyError extends GraphQLError {
  constructor(readonly bindingId: string) {
    super(`Bảng tính này đang được đồng bộ (binding ${bindingId}); hãy thử lại khi lần đồng bộ kia xong.`, {
      extensions: { code: 'SYNC_BUSY' },
    });
  }
}

/** The first key of hoso's advisory locks ('hoso' in ASCII), so they never collide with others'. */
const ADVISORY_LOCK_CLASS = 0x686f736f;

interface PgConnection {
  query(sql: string, params: readonly unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void>;
}

/**
 * PostgreSQL: a session-level advisory lock on a connection held for the whole run, so a crashed
 * process frees it with its connection. `pg_try_advisory_lock` does not wait: a busy binding fails at once.
 */
export class PostgresAdvisoryLock implements SyncLock {
  constructor(private readonly orm: Orm) {}

  async acquire(bindingId: string): Promise<LockLease> {
    const client = this.orm.em.getKnex().client as unknown as KnexClient;
    const connection = await client.acquireConnection();
    const key = [ADVISORY_LOCK_CLASS, Number(bindingId)];
    try {
      const { rows } = await connection.query('select pg_try_advisory_lock($1, $2) as locked', key);
      if (rows[0]?.locked !== true) throw new SyncBusyError(bindingId);
    } catch (error) {
      await client.releaseConnection(connection);
      throw error;
    }
    return {
      release: async () => {
        try {
          await connection.query('select pg_advisory_unlock($1, $2)', key);
        } finally {
          await client.releaseConnection(connection);
        }
      },
    };
  }
}

/**
 * SQLite has no advisory locks: a lease row per binding, taken in one atomic upsert that only
 * succeeds when the row is absent or expired, and renewed while the run goes on. A process that
 * dies leaves a lease that expires after `leaseMs`.
 */
export class SqliteLeaseLock implements SyncLock {
  constructor(
    private readonly orm: Orm,
    private readonly leaseMs = 60_000,
  ) {}

  async acquire(bindingId: string): Promise<LockLease> {
    const holder = `${hostname()}:${process.pid}:${randomUUID()}`;
    const connection = this.orm.em.getConnection();
    const take = async (): Promise<boolean> => {
      const now = Date.now();
      await connection.execute(
        `insert into sync_lease (binding_id, holder, expires_at) values (?, ?, ?)
         on conflict (binding_id) do update set holder = excluded.holder, expires_at = excluded.expires_at
         where sync_lease.expires_at < ? or sync_lease.holder = excluded.holder`,
        [Number(bindingId), holder, now + this.leaseMs, now],
      );
      const rows = await connection.execute<{ holder: string }[]>('select holder from sync_lease where binding_id = ?', [
        Number(bindingId),
      ]);
      return rows[0]?.holder === holder;
    };
    if (!(await take())) throw new SyncBusyError(bindingId);
    // Renewed at a third of its length, so a long run keeps it; unref'd so it never keeps Node alive.
    const renewal = setInterval(() => void take().catch(() => undefined), Math.max(1000, this.leaseMs / 3));
    renewal.unref();
    return {
      release: async () => {
        clearInterval(renewal);
        await connection.execute('delete from sync_lease where binding_id = ? and holder = ?', [Number(bindingId), holder]);
      },
    };
  }
}

export function syncLockFor(orm: Orm, databaseKind: 'sqlite' | 'postgresql'): SyncLock {
  return databaseKind === 'postgresql' ? new PostgresAdvisoryLock(orm) : new SqliteLeaseLock(orm);
}
