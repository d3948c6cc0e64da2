import type { Orm } from '../../app/orm';
import { RateLimiter } from '../../../sync/sheets/rate-limiter';
import { systemClock } from '../../../sync/sheets/clock';
import type { CallKind, RequestBudget } from '../../../sync/sheets/sheets-client';
import type { SheetsConfig } from '../../../sync/sheets/config';

/** The project quota as the budget counts it: at most `limit` calls of each kind in any `windowMs`. */
export interface QuotaWindow {
  readonly limit: number;
  readonly windowMs: number;
}

/** `perMinute` scaled to the window (at least one call). */
export function quotaWindow(perMinute: number, windowSeconds: number): QuotaWindow {
  return { limit: Math.max(1, Math.floor((perMinute * windowSeconds) / 60)), windowMs: windowSeconds * 1000 };
}

/** One process owns the quota (SQLite: one instance): a sliding window in memory, per kind. */
export class InProcessRequestBudget implements RequestBudget {
  private readonly limiters: Record<CallKind, RateLimiter>;

  constructor(quota: QuotaWindow) {
    this.limiters = {
      read: new RateLimiter(quota.limit, quota.windowMs, systemClock),
      write: new RateLimiter(quota.limit, quota.windowMs, systemClock),
    };
  }

  acquire(kind: CallKind): Promise<void> {
    return this.limiters[kind].acquire();
  }
}

interface PgConnection {
  query(sql: string, params?: readonly unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void>;
}

/** 'hsqt': the first key of the quota's advisory locks, apart from the bindings' ('hoso'). */
const QUOTA_LOCK_CLASS = 0x68737174;
const KIND_KEY: Record<CallKind, number> = { read: 1, write: 2 };
/** Waiters wake a little apart, so that instances waiting on the same freed slot do not all ask at once. */
const JITTER_MS = 50;

/**
 * PostgreSQL: Google's per-project quota shared by every hoso instance on the database — a sliding
 * window log in `sheets_quota_call`, one row per call admitted, times from the database's clock.
 * Admitting a call is one short transaction under an advisory lock per kind (so two instances
 * cannot both take the last slot): drop the rows older than the window, count the rest, add a row
 * if there is room; else wait until the oldest leaves the window.
 *
 * Why not pg-boss's throttling (`singletonSeconds`, `sendThrottled`)? It spaces out jobs, and a
 * run makes a variable number of calls (one read when nothing changed, a dozen writes after a big
 * edit, more on retries), so a quota of calls cannot be expressed as a rate of runs. A counter
 * per fixed minute would let twice the quota through across a minute boundary; the log is exact
 * and never holds more than one window of rows. The cost, a transaction per Google call, is small
 * beside the call itself.
 */
export class PostgresRequestBudget implements RequestBudget {
  constructor(
    private readonly orm: Orm,
    private readonly quota: QuotaWindow,
  ) {}

  async acquire(kind: CallKind): Promise<void> {
    for (;;) {
      const wait = await this.tryTake(kind);
      if (wait <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, wait + Math.random() * JITTER_MS));
    }
  }

  /** 0 when the call is admitted, else how long until a slot frees (ms). */
  private async tryTake(kind: CallKind): Promise<number> {
    const client = this.orm.em.getKnex().client as unknown as KnexClient;
    const connection = await client.acquireConnection();
    try {
      await connection.query('begin');
      try {
        await connection.query('select pg_advisory_xact_lock($1, $2)', [QUOTA_LOCK_CLASS, KIND_KEY[kind]]);
        const { rows } = await connection.query(
          `with now as (select extract(epoch from clock_timestamp()) * 1000 as ms),
           expired as (delete from sheets_quota_call where kind = $1 and at <= (select ms from now) - $2)
           select (select ms from now)::float8 as now,
                  count(*)::int as used,
                  min(at)::float8 as oldest
           from sheets_quota_call where kind = $1 and at > (select ms from now) - $2`,
          [kind, this.quota.windowMs],
        );
        const { now, used, oldest } = rows[0] as { now: number; used: number; oldest: number | null };
        if (used < this.quota.limit) {
          await connection.query('insert into sheets_quota_call (kind, at) values ($1, $2)', [kind, now]);
          await connection.query('commit');
          return 0;
        }
        await connection.query('commit');
        return Math.max(1, (oldest ?? now) + this.quota.windowMs - now);
      } catch (error) {
        await connection.query('rollback').catch(() => undefined);
        throw error;
      }
    } finally {
      await client.releaseConnection(connection);
    }
  }
}

/**
 * The project quota's budget for this database: shared through the database on PostgreSQL (any
 * number of instances), in memory on SQLite (one instance).
 */
export function projectBudgetFor(orm: Orm, databaseKind: 'sqlite' | 'postgresql', config: SheetsConfig): RequestBudget {
  const quota = quotaWindow(config.projectRequestsPerMinute, config.quotaWindowSeconds);
  return databaseKind === 'postgresql' ? new PostgresRequestBudget(orm, quota) : new InProcessRequestBudget(quota);
}
