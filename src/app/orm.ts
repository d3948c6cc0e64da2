import { DefaultLogger, FlushMode, type LogContext, type LoggerNamespace, MikroORM, type Options } from '@mikro-orm/core';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type AppConfig, type DatabaseKind, projectRoot } from './config';
import { logger } from './logger';
import { REQUEST_META_KEY, type RequestMeta, type Viewer } from './request-meta';
import { allEntities } from './entities';
import { AuditSubscriber } from '../audit/audit.subscriber';
import { WriteGuardSubscriber } from '../access/write-guard.subscriber';
import { SignInCacheSubscriber } from '../access/sign-in-cache';
import { BoundBetterSqliteDriver, boundPostgreSqlDriver } from '../common/db/bound-drivers';

export type Orm = MikroORM<AbstractSqlDriver>;
export type Em = SqlEntityManager;

/** Counts statements for the request that ran them, then logs like MikroORM's own logger. */
class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    const meta = context[REQUEST_META_KEY] as RequestMeta | undefined;
    meta?.onSql?.(context.query);
    super.logQuery(context);
  }
}

/** The part of node-postgres' client that `pool.afterCreate` needs. */
interface PgClient {
  query(text: string, values: readonly unknown[], callback: (error: Error | null) => void): void;
}

/**
 * Every pooled PostgreSQL connection gets `statement_timeout`, set as a bound value (`SET` takes
 * no parameters, `set_config` does): one statement that runs away cannot hold a connection and the
 * request for ever. 0 means none.
 */
function statementTimeoutPool(timeoutMs: number): Options['pool'] {
  if (timeoutMs <= 0) return undefined;
  return {
    afterCreate: (connection: PgClient, done: (error: Error | null, connection: PgClient) => void) => {
      connection.query('select set_config($1, $2, false)', ['statement_timeout', `${timeoutMs}ms`], (error) => done(error, connection));
    },
  };
}

export function migrationsPath(kind: DatabaseKind): { path: string; pathTs: string } {
  const root = projectRoot();
  return {
    pathTs: join(root, 'migrations', kind),
    path: join(root, 'dist', 'migrations', kind),
  };
}

/** MikroORM options for the configured database; shared by the server, the CLI and the tests. */
export function ormOptions(config: AppConfig): Options<AbstractSqlDriver> {
  const runningTs = __filename.endsWith('.ts');
  const debugNamespaces: LoggerNamespace[] = process.env.HOSO_LOG_SQL === '1' ? ['query', 'query-params'] : [];
  const common: Options<AbstractSqlDriver> = {
    entities: allEntities,
    subscribers: [new AuditSubscriber(), new WriteGuardSubscriber(), new SignInCacheSubscriber()],
    extensions: [Migrator],
    preferTs: runningTs,
    // Migrations are loaded with the host's `require`, so SWC (tests, dev) or plain Node (dist) both work.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    dynamicImportProvider: (id: string) => Promise.resolve(require(id)),
    migrations: {
      ...migrationsPath(config.databaseKind),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      snapshotName: '.snapshot',
      emit: 'ts',
    },
    debug: debugNamespaces,
    loggerFactory: (options) => new CountingLogger({ ...options, writer: (message) => logger.debug(message) }),
    // Queries never flush pending changes: a check that looks something up must not write the
    // change it is judging (services flush explicitly, all or nothing).
    flushMode: FlushMode.COMMIT,
    forceUndefined: false,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: true },
  };
  // Every value reaches the database as a bound parameter, never inlined into the SQL text.
  if (config.databaseKind === 'postgresql') {
    const pool = statementTimeoutPool(config.statementTimeoutMs);
    return {
      ...common,
      driver: boundPostgreSqlDriver(config.preparedStatements),
      clientUrl: config.databaseUrl,
      ...(pool ? { pool } : {}),
    };
  }
  if (config.sqlitePath !== ':memory:') mkdirSync(dirname(config.sqlitePath), { recursive: true });
  return { ...common, driver: BoundBetterSqliteDriver, dbName: config.sqlitePath };
}

export async function initOrm(config: AppConfig): Promise<Orm> {
  const orm = await MikroORM.init<AbstractSqlDriver>(ormOptions(config));
  if (config.databaseKind === 'sqlite' && config.sqlitePath !== ':memory:') await useWriteAheadLog(orm);
  return orm;
}

/**
 * SQLite files are kept in WAL mode (the mode is stored in the file). In its default rollback
 * journal, a COMMIT needs the file to itself: another process reading it (a `hoso sync` run, a
 * backup) made the server's COMMIT wait out the busy timeout and fail, and SQLite then kept that
 * transaction open on the pooled connection (tests/regressions/sqlite-commit-refused-while-
 * another-process-reads.test.ts). In WAL mode readers never hold back a commit, and writers
 * still queue at BEGIN IMMEDIATE.
 */
async function useWriteAheadLog(orm: Orm): Promise<void> {
  const [mode] = await orm.em.getConnection().execute<{ journal_mode: string }[]>('pragma journal_mode = wal');
  if (mode?.journal_mode !== 'wal') logger.warn({ journalMode: mode?.journal_mode }, 'SQLite did not switch to WAL mode');
}

/** Applies pending migrations; returns their names. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/**
 * The request's meta as an instance of a class, not a plain object: MikroORM deep-copies a plain
 * logger-context value into every fork and transaction, the viewer's grants and all, on every
 * request; an instance is handed on as it is, so every fork of a request shares the one meta.
 */
class SharedRequestMeta implements RequestMeta {
  readonly actor: string;
  readonly source: Viewer['source'];
  readonly access?: Viewer['access'];
  readonly onSql?: (statement: string) => void;

  constructor(viewer: Viewer, onSql?: (statement: string) => void) {
    this.actor = viewer.actor;
    this.source = viewer.source;
    if (viewer.access) this.access = viewer.access;
    if (onSql) this.onSql = onSql;
  }
}

/** A fresh EntityManager for one request, CLI command or sync run; never the global one. */
export function forkFor(orm: Orm, viewer: Viewer, onSql?: (statement: string) => void): Em {
  const meta = new SharedRequestMeta(viewer, onSql);
  return orm.em.fork({ clear: true, loggerContext: { [REQUEST_META_KEY]: meta } }) as Em;
}

export function requestMetaOf(em: { getLoggerContext(): Record<string, unknown> }): RequestMeta | undefined {
  return em.getLoggerContext()[REQUEST_META_KEY] as RequestMeta | undefined;
}
