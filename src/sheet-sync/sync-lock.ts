import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { GraphQLError } from 'graphql';
import type { LockLease, SyncLock } from '../../sync/runner/ports';
import { logger } from '../app/logger';
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
  on(event: 'error', listener: (error: Error) => void): unknown;
}

interface KnexClient {
  /** A connection of its own, outside the pool. */
  acquireRawConnection(): Promise<PgConnection>;
  destroyRawConnection(connection: PgConnection): Promise<void>;
}

/**
 * The sync locks a process holds, all on one connection of their own outside the pool: session
 * locks, so a crashed process frees them with that connection. One connection whatever the number
 * of runs — a connection per run, taken from the pool, starved the runs' own queries as soon as as
 * many ran at once as the pool has connections — opened with the first lock, closed with the last.
 *
 * PostgreSQL lets a session take a lock it holds again, so the bindings locked here are also
 * remembered here: a second run of one binding in this process is busy, as one in another process is.
 */
class AdvisoryLockSession {
  private connection: Promise<PgConnection> | null = null;
  private readonly held = new Set<number>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly orm: Orm) {}

  /** True when this process now holds the binding's lock; false when someone holds it. */
  lock(bindingId: number): Promise<boolean> {
    if (this.held.has(bindingId)) return Promise.resolve(false);
    // Taken at once, so that a second run of this process asking meanwhile is busy (and the connection stays open).
    this.held.add(bindingId);
    return this.serially(async () => {
      let locked = false;
      try {
        const { rows } = await (await this.open()).query('select pg_try_advisory_lock($1, $2) as locked', [ADVISORY_LOCK_CLASS, bindingId]);
        locked = rows[0]?.locked === true;
        return locked;
      } finally {
        if (!locked) {
          this.held.delete(bindingId);
          await this.closeIfIdle();
        }
      }
    });
  }

  unlock(bindingId: number): Promise<void> {
    if (!this.held.delete(bindingId)) return Promise.resolve();
    return this.serially(async () => {
      // The session the lock was taken on; if that connection broke, the lock went with it.
      const connection = this.connection;
      try {
        if (connection) await (await connection).query('select pg_advisory_unlock($1, $2)', [ADVISORY_LOCK_CLASS, bindingId]);
      } finally {
        await this.closeIfIdle();
      }
    });
  }

  /** One statement at a time on the connection, and never a close while another waits for it. */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const done = this.queue.then(work);
    this.queue = done.catch(() => undefined);
    return done;
  }

  private client(): KnexClient {
    return this.orm.em.getKnex().client as unknown as KnexClient;
  }

  private open(): Promise<PgConnection> {
    if (this.connection) return this.connection;
    const opening = this.client()
      .acquireRawConnection()
      .then((connection) => {
        connection.on('error', (error) => {
          // The locks are gone with the connection; the runs holding them go on, and the next lock opens a new one.
          logger.warn({ err: error, bindings: [...this.held] }, 'the sync locks’ connection broke: its locks are released');
          if (this.connection === opening) this.connection = null;
        });
        return connection;
      });
    this.connection = opening;
    opening.catch(() => {
      if (this.connection === opening) this.connection = null;
    });
    return opening;
  }

  private async closeIfIdle(): Promise<void> {
    if (this.held.size > 0 || !this.connection) return;
    const closing = this.connection;
    this.connection = null;
    const connection = await closing.catch(() => null);
    if (connection)
      await this.client()
        .destroyRawConnection(connection)
        .catch(() => undefined);
  }
}

const lockSessions = new WeakMap<Orm, AdvisoryLockSession>();

/**
 * PostgreSQL: a session-level advisory lock per binding, held for the whole run (see
 * AdvisoryLockSession). `pg_try_advisory_lock` does not wait: a busy binding fails at once.
 */
export class PostgresAdvisoryLock implements SyncLock {
  private readonly session: AdvisoryLockSession;

  constructor(orm: Orm) {
    let session = lockSessions.get(orm);
    if (!session) lockSessions.set(orm, (session = new AdvisoryLockSession(orm)));
    this.session = session;
  }

  async acquire(bindingId: string): Promise<LockLease> {
    const key = Number(bindingId);
    // The holder's end is unknown, but the lock frees the moment its run or its process ends.
    if (!(await this.session.lock(key))) throw new SyncBusyError(bindingId);
    let released = false;
    return {
      release: async () => {
        if (released) return;
        released = true;
        await this.session.unlock(key);
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
