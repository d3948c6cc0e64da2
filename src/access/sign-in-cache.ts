import { ChangeSetType, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { logger } from '../app/logger';
import type { Orm } from '../app/orm';
import { Locality } from '../localities/locality.entity';
import { Unit } from '../units/unit.entity';
import { AccessGrant } from './access-grant.entity';
import { ApiKey } from './api-key.entity';
import { User } from './user.entity';

/** The channel the triggers of migration `sign_in_notify` notify after any change sign-in would read. */
export const SIGN_IN_CHANNEL = 'hoso_sign_in';
/** The name of those triggers (one per table; the api_key table has a second, `…_update`). */
const TRIGGER = 'hoso_sign_in_changed';
/** What sign-in reads: the owners, their grants, and the scopes' paths. */
const SIGN_IN_ENTITIES = [User.name, ApiKey.name, AccessGrant.name, Locality.name, Unit.name];
/** A flood of distinct credentials empties the cache rather than growing it without bound. */
const MAX_ENTRIES = 10_000;
const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 30_000;

/** node-postgres's client, as far as listening needs it. */
interface ListeningClient {
  query(text: string, values?: readonly unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  on(event: 'notification', listener: (message: { payload?: string }) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'end', listener: () => void): void;
  end(): Promise<void>;
}

export interface SignInCacheOptions {
  /** How long an entry may serve at most, even with no notification (a bound, in case one is lost). */
  readonly ttlMs: number;
  /** The first wait before listening again after the connection is lost (doubling up to 30 s). */
  readonly retryMs?: number;
  /** Test seam: told of each notification's payload once it has emptied the cache. */
  readonly onNotification?: (payload: string | undefined) => void;
}

/**
 * What sign-in read from PostgreSQL (a user or API key, its grants, their scopes' paths), kept
 * between requests: one statement fewer per request, which is most of a small query's cost.
 *
 * Staying correct is the point. Triggers notify `hoso_sign_in` after every committed change of
 * those rows, from any process (the CLI, another server, psql), and the notification empties
 * the cache; writes made in this process empty it at once (SignInCacheSubscriber). So a revoked
 * grant or token applies once the notification has crossed the connection (milliseconds), and
 * entries never outlive `ttlMs` even if one were lost. Without a listening connection (not yet
 * connected, lost, or the triggers missing) nothing is kept and every request reads afresh.
 * A read that a notification overtakes is not kept: it may have seen the state before the change.
 * Credentials are still checked at every request against what is kept (signature, expiry, the
 * tokens' revocation time, the key's hash and revocation).
 */
export class SignInCache {
  private static readonly live = new Set<SignInCache>();
  private readonly entries = new Map<string, { value: unknown; readAt: number }>();
  /** Moves on every invalidation: a read started before one is not kept. */
  private generation = 0;
  private client: ListeningClient | undefined;
  private closed = false;
  private retryMs: number;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly orm: Orm,
    private readonly options: SignInCacheOptions,
  ) {
    this.retryMs = options.retryMs ?? FIRST_RETRY_MS;
  }

  /** Empties every cache of this process (after a flush that changed what sign-in reads). */
  static invalidateAll(): void {
    for (const cache of SignInCache.live) cache.invalidate();
  }

  /** Whether entries are kept: a connection listens for changes. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  /**
   * Starts listening. A failure is logged and retried later; until then every read goes to the
   * database. Triggers that are missing (a database migrated by something else) keep it off.
   */
  async start(): Promise<void> {
    if (this.closed) return;
    SignInCache.live.add(this);
    try {
      await this.listen();
    } catch (error) {
      if (this.closed) return;
      logger.warn({ err: error, retryMs: this.retryMs }, 'sign-in cache: cannot listen for changes; reading every sign-in afresh');
      this.retryLater();
    }
  }

  /** `key`'s value, from the cache or from `load`; kept only when `keep` says so and nothing changed meanwhile. */
  async read<T>(key: string, load: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
    if (!this.client) return load();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.readAt < this.options.ttlMs) return hit.value as T;
    const generation = this.generation;
    const value = await load();
    if (this.client && generation === this.generation && keep(value)) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(key, { value, readAt: now });
    }
    return value;
  }

  /** Drops one entry (its row was just written by sign-in itself, e.g. an API key's lastUsedAt). */
  forget(key: string): void {
    this.entries.delete(key);
  }

  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  async close(): Promise<void> {
    this.closed = true;
    SignInCache.live.delete(this);
    clearTimeout(this.retryTimer);
    this.invalidate();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    // A connection of its own, with the pool's settings, outside the pool: it stays open, idle, listening.
    const knexClient = this.orm.em.getConnection().getKnex().client as unknown as {
      acquireRawConnection(): Promise<ListeningClient>;
    };
    const client = await knexClient.acquireRawConnection();
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = undefined;
      this.invalidate();
      if (this.closed) return;
      logger.warn({ err: error, retryMs: this.retryMs }, 'sign-in cache: lost its connection; reading every sign-in afresh');
      this.retryLater();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      this.invalidate();
      this.options.onNotification?.(message.payload);
    });
    try {
      const missing = await this.missingTriggers(client);
      if (missing.length > 0) {
        logger.warn({ tables: missing }, 'sign-in cache off: these tables have no change trigger (run the migrations)');
        await client.end();
        return;
      }
      await client.query(`listen ${SIGN_IN_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.retryMs = this.options.retryMs ?? FIRST_RETRY_MS;
    this.invalidate();
    this.client = client;
  }

  private async missingTriggers(client: ListeningClient): Promise<string[]> {
    const metadata = this.orm.getMetadata();
    const tables = SIGN_IN_ENTITIES.map((name) => metadata.find(name)!.tableName);
    const { rows } = await client.query(
      `select c.relname as table from pg_trigger t join pg_class c on c.oid = t.tgrelid
        where t.tgname = $1 and not t.tgisinternal and t.tgenabled <> 'D' and c.relname = any($2) and pg_table_is_visible(c.oid)`,
      [TRIGGER, tables],
    );
    const present = new Set(rows.map((row) => row.table));
    return tables.filter((table) => !present.has(table));
  }

  private retryLater(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.start(), this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }
}

/** Whether a change set changes what sign-in reads (an API key's lastUsedAt, written by sign-in, does not). */
function changesSignIn(changeSet: ChangeSet<object>): boolean {
  switch (changeSet.name) {
    case User.name:
    case AccessGrant.name:
      return true;
    case ApiKey.name:
      return changeSet.type !== ChangeSetType.UPDATE || Object.keys(changeSet.payload).some((key) => key !== 'lastUsedAt');
    case Locality.name:
    case Unit.name:
      return changeSet.type === ChangeSetType.DELETE || 'path' in changeSet.payload;
    default:
      return false;
  }
}

/**
 * A flush in this process that changed what sign-in reads empties the caches at once, without
 * waiting for its notification to come back over the listening connection.
 */
export class SignInCacheSubscriber implements EventSubscriber {
  async afterFlush({ uow }: FlushEventArgs): Promise<void> {
    if (uow.getChangeSets().some(changesSignIn)) SignInCache.invalidateAll();
  }
}
