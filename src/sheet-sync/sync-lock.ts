import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { GraphQLError } from 'graphql';
import type { LockLease, SyncLock } from '../../sync/runner/ports';
import type { Orm } from '../app/orm';

/** Who holds a lease: the host and pid of the process, and a token per acquisition. */
export interface LeaseHolder {
  readonly host: string;
  readonly pid: number;
}

/** How long to wait when the holder's end is unknown (an advisory lock frees as soon as its run or process ends). */
const SHORT_RETRY_SECONDS = 5;

function clockTime(at: Date): string {
  return at.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}

/**
 * Raised when another process (or request) is already syncing the binding: runs never queue. The
 * message says when to try again; `extensions.retryAfter` (seconds) and `busyUntil` (ISO, when
 * known) say it to programs.
 */
export class SyncBusyError extends GraphQLError {
  readonly busyUntil: Date | null;
  readonly retryAfterSeconds: number;

  constructor(
    readonly bindingId: string,
    busy: { readonly until?: Date; readonly holder?: LeaseHolder; readonly now?: number } = {},
  ) {
    const now = busy.now ?? Date.now();
    const retryAfter = busy.until ? Math.max(1, Math.ceil((busy.until.getTime() - now) / 1000)) : SHORT_RETRY_SECONDS;
    const who = busy.holder ? `, tiến trình ${busy.holder.pid} trên máy ${busy.holder.host}` : '';
    const when = busy.until ? ` đến ${clockTime(busy.until)} (thử lại sau)` : ' (thử lại sau ít giây, khi lần đồng bộ kia xong)';
    super(`Bảng tính này đang được đồng bộ (binding ${bindingId}${who})${when}.`, {
      extensions: { code: 'SYNC_BUSY', retryAfter, ...(busy.until ? { busyUntil: busy.until.toISOString() } : {}) },
    });
    this.busyUntil = busy.until ?? null;
    this.retryAfterSeconds = retryAfter;
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
      // The holder's end is unknown, but the lock frees the moment its run or its process ends.
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

/** `host:pid:token`; the host may itself hold colons, the pid and the token do not. */
export function formatLeaseHolder(holder: LeaseHolder, token: string): string {
  return `${holder.host}:${holder.pid}:${token}`;
}

export function parseLeaseHolder(text: string): LeaseHolder | null {
  const parts = text.split(':');
  if (parts.length < 3) return null;
  const pid = Number(parts[parts.length - 2]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { host: parts.slice(0, -2).join(':'), pid };
}

/** True only when the holder certainly died: a process of this host that no longer exists. */
export function holderIsGone(holder: LeaseHolder): boolean {
  if (holder.host !== hostname() || holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: alive, under another user. Only "no such process" frees the lease.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * SQLite has no advisory locks: a lease row per binding, taken in one atomic upsert that only
 * succeeds when the row is absent or expired, and renewed while the run goes on. The holder is
 * `host:pid:token`, so a lease left by a process of this host that was killed is taken over at
 * once; one left by another host expires after `leaseMs`, and the busy error says when.
 */
export class SqliteLeaseLock implements SyncLock {
  constructor(
    private readonly orm: Orm,
    private readonly leaseMs = 60_000,
  ) {}

  async acquire(bindingId: string): Promise<LockLease> {
    const holder = formatLeaseHolder({ host: hostname(), pid: process.pid }, randomUUID());
    const key = Number(bindingId);
    const connection = this.orm.em.getConnection();
    const take = async (): Promise<boolean> => {
      const now = Date.now();
      await connection.execute(
        `insert into sync_lease (binding_id, holder, expires_at) values (?, ?, ?)
         on conflict (binding_id) do update set holder = excluded.holder, expires_at = excluded.expires_at
         where sync_lease.expires_at < ? or sync_lease.holder = excluded.holder`,
        [key, holder, now + this.leaseMs, now],
      );
      return (await this.current(key))?.holder === holder;
    };
    if (!(await take())) {
      const current = await this.current(key);
      const owner = current ? parseLeaseHolder(current.holder) : null;
      if (current && owner && holderIsGone(owner)) {
        // Compare-and-set on the dead holder: of two runs taking over at once, one wins.
        await connection.execute('update sync_lease set holder = ?, expires_at = ? where binding_id = ? and holder = ?', [
          holder,
          Date.now() + this.leaseMs,
          key,
          current.holder,
        ]);
      }
      if ((await this.current(key))?.holder !== holder && !(await take())) {
        const busy = await this.current(key);
        const busyOwner = busy ? parseLeaseHolder(busy.holder) : null;
        throw new SyncBusyError(bindingId, {
          ...(busy ? { until: new Date(Number(busy.expires_at)) } : {}),
          ...(busyOwner ? { holder: busyOwner } : {}),
        });
      }
    }
    // Renewed at a third of its length, so a long run keeps it; unref'd so it never keeps Node alive.
    const renewal = setInterval(() => void take().catch(() => undefined), Math.max(1000, this.leaseMs / 3));
    renewal.unref();
    return {
      release: async () => {
        clearInterval(renewal);
        await connection.execute('delete from sync_lease where binding_id = ? and holder = ?', [key, holder]);
      },
    };
  }

  private async current(bindingId: number): Promise<{ holder: string; expires_at: number } | undefined> {
    const rows = await this.orm.em
      .getConnection()
      .execute<{ holder: string; expires_at: number }[]>('select holder, expires_at from sync_lease where binding_id = ?', [bindingId]);
    return rows[0];
  }
}

export function syncLockFor(orm: Orm, databaseKind: 'sqlite' | 'postgresql'): SyncLock {
  return databaseKind === 'postgresql' ? new PostgresAdvisoryLock(orm) : new SqliteLeaseLock(orm);
}
