import type { AnyEntity, Configuration, ConnectionOptions, EntityData, LoggingOptions, QueryResult, Transaction } from '@mikro-orm/core';
import { BetterSqliteConnection, BetterSqlitePlatform } from '@mikro-orm/better-sqlite';
import { AbstractSqlConnection, AbstractSqlDriver, BetterSqliteKnexDialect, type Knex, PostgreSqlKnexDialect } from '@mikro-orm/knex';
import { PostgreSqlConnection, PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { logger } from '../../app/logger';
import { type BoundStatement, bindParameters, type ParameterDialect } from './bound-parameters';
import { type KnexPgClientClass, limitingPreparedStatements, statementName } from './prepared-statements';

type ConnectionClass = new (config: Configuration, options?: ConnectionOptions, type?: 'read' | 'write') => AbstractSqlConnection;
type Method = 'all' | 'get' | 'run';
type Statement = string | Knex.QueryBuilder | Knex.Raw;

const INT4_MIN = -(2 ** 31);
const INT4_MAX = 2 ** 31 - 1;

/** SQLite reads an inlined `5` as INTEGER; better-sqlite3 binds a JS number as REAL, a bigint as INTEGER. */
function sqliteDialect(platform: BetterSqlitePlatform, knex: () => Knex): ParameterDialect {
  const integer = (n: number) => (Number.isSafeInteger(n) ? BigInt(n) : n);
  return {
    quoteIdentifier: (id) => platform.quoteIdentifier(id),
    isKnexFragment: (value): value is Knex.Raw => platform.isRaw(value) && typeof (value as Knex.Raw).toSQL === 'function',
    scalar: (value) => {
      if (typeof value === 'boolean') return { sql: '?', binding: value ? 1n : 0n };
      if (value instanceof Date) return { sql: '?', binding: integer(value.getTime()) };
      return { sql: '?', binding: typeof value === 'number' ? integer(value) : value };
    },
    nestedListsInParentheses: true,
    // SQLite has no `\?` escape: the mark goes in as raw SQL once knex has placed the bindings.
    literalQuestionMark: {
      sql: '?',
      get binding() {
        return knex().raw('?');
      },
    },
  };
}

/**
 * PostgreSQL types an untyped parameter from its context (text when there is none), while an
 * inlined `5` was an integer and `true` a boolean: the casts keep the types the literals had.
 */
function postgresDialect(platform: PostgreSqlPlatform): ParameterDialect {
  return {
    quoteIdentifier: (id) => platform.quoteIdentifier(id),
    isKnexFragment: (value): value is Knex.Raw => platform.isRaw(value) && typeof (value as Knex.Raw).toSQL === 'function',
    scalar: (value) => {
      if (typeof value === 'boolean') return { sql: '?::boolean', binding: value };
      if (value instanceof Date) return { sql: '?', binding: platform.formatDate(value) };
      if (typeof value === 'bigint') return { sql: '?::int8', binding: value.toString() };
      if (!Number.isInteger(value)) return { sql: '?::numeric', binding: String(value) };
      if (value >= INT4_MIN && value <= INT4_MAX) return { sql: '?::int4', binding: value };
      return { sql: Number.isSafeInteger(value) ? '?::int8' : '?::numeric', binding: String(value) };
    },
    nestedListsInParentheses: false,
    literalQuestionMark: { sql: '\\?' },
  };
}

/** Whether this EntityManager talks to PostgreSQL (for what only PostgreSQL does: the one-statement nested read, row locks). */
export function isPostgres(em: { getKnex(): Knex }): boolean {
  return (em.getKnex().client as { dialect?: string }).dialect === 'postgresql';
}

/** A statement built once and run any number of times: knex's SQL (`?` for each value) and its values. */
export interface CompiledSql {
  readonly sql: string;
  readonly bindings: readonly unknown[];
}

/** What a connection keeps of a compiled statement between runs. */
interface KeptRun {
  /** The SQL as MikroORM's `onQuery` gave it back, which the binding below was made from. */
  sql: string;
  bound: BoundStatement;
  /** Its prepared statement's name, where the connection names statements. */
  name?: string;
}

/** The statements a connection can run by name (`executeKept`). */
export interface KeptStatementRunner {
  executeKept<T>(statement: CompiledSql, ctx?: Transaction, loggerContext?: LoggingOptions): Promise<T>;
}

/**
 * A driver connection whose `execute` hands the values to the database driver as bindings.
 * MikroORM's own `execute` inlines them with `platform.formatQuery` and runs the text; this one
 * keeps the rest of it (the transaction context, `onQuery`, logging through `executeQuery`, which
 * the per-request statement count relies on).
 */
function withBoundParameters(
  Base: ConnectionClass,
  dialectFor: (connection: AbstractSqlConnection) => ParameterDialect,
  namesStatements = false,
): ConnectionClass {
  // Abstract to the compiler only: `Base` is a concrete driver connection at run time.
  abstract class BoundParameterConnection extends Base implements KeptStatementRunner {
    private dialect?: ParameterDialect;
    private readonly kept = new WeakMap<CompiledSql, KeptRun>();

    override async execute<T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[]>(
      statement: Statement,
      params: unknown[] = [],
      method: Method = 'all',
      ctx?: Transaction,
      loggerContext?: LoggingOptions,
    ): Promise<T> {
      await this.ensureConnection();
      let sql: string;
      if (typeof statement === 'string') {
        sql = statement;
      } else {
        // A builder made on a transaction runs in it, as in MikroORM's own execute.
        const client = (statement as { client?: { transacting?: boolean } }).client;
        ctx ??= client?.transacting ? (statement as unknown as Transaction) : undefined;
        const compiled = statement.toSQL();
        sql = compiled.sql;
        params = [...(compiled.bindings ?? [])];
      }
      sql = this.config.get('onQuery')(sql, params);
      return this.run<T>(sql, params, this.bind(sql, params), undefined, method, ctx, loggerContext);
    }

    /**
     * Runs a statement that is run again and again (statement-cache.ts): its bindings are worked out
     * on its first run, and on PostgreSQL it is prepared under a name (prepared-statements.ts).
     */
    async executeKept<T>(statement: CompiledSql, ctx?: Transaction, loggerContext?: LoggingOptions): Promise<T> {
      await this.ensureConnection();
      const params = [...statement.bindings];
      const sql = this.config.get('onQuery')(statement.sql, params);
      let kept = this.kept.get(statement);
      if (kept?.sql !== sql) {
        const bound = this.bind(sql, params);
        kept = { sql, bound, name: namesStatements ? statementName(bound.sql) : undefined };
        this.kept.set(statement, kept);
      }
      return this.run<T>(sql, params, kept.bound, kept.name, 'all', ctx, loggerContext);
    }

    private bind(sql: string, params: unknown[]): BoundStatement {
      this.dialect ??= dialectFor(this);
      return bindParameters(sql, params, this.dialect);
    }

    private run<T>(
      sql: string,
      params: unknown[],
      bound: BoundStatement,
      name: string | undefined,
      method: Method,
      ctx: Transaction | undefined,
      loggerContext: LoggingOptions | undefined,
    ): Promise<T> {
      return this.executeQuery(
        this.loggedSql(sql, params, loggerContext),
        async () => {
          const query =
            bound.bindings.length > 0 ? this.getKnex().raw(bound.sql, bound.bindings as Knex.RawBinding[]) : this.getKnex().raw(bound.sql);
          if (name) query.options({ name });
          if (ctx) query.transacting(ctx as Knex.Transaction);
          return this.transformRawResult<T>(await query, method);
        },
        { query: sql, params, ...loggerContext },
      );
    }

    /** What MikroORM logs (its `getSql` is private): values inlined only when `query-params` logging is on. */
    private loggedSql(sql: string, params: unknown[], context?: LoggingOptions): string {
      const logger = this.config.getLogger();
      if (!logger.isEnabled('query', context)) return sql;
      if (logger.isEnabled('query-params', context)) return this.platform.formatQuery(sql, params);
      return (this.getKnex().client as { positionBindings(sql: string): string }).positionBindings(sql);
    }
  }
  return BoundParameterConnection as unknown as ConnectionClass;
}

// knex's own SQLite transaction (the foreign-key pragma handling included); only its BEGIN changes.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SqliteTransaction = require('knex/lib/dialects/sqlite3/execution/sqlite-transaction') as new (...args: unknown[]) => {
  /** The transaction's own client, bound to its connection. */
  trxClient: { query(conn: unknown, sql: string): Promise<unknown> };
  /** Set once COMMIT or ROLLBACK is sent: the transaction's client then refuses further statements. */
  _completed: boolean;
  isCompleted(): boolean;
  /** Settle the promise MikroORM awaits after `commit()`; the connection goes back to the pool on it. */
  _resolver(value: unknown): void;
  _rejecter(error: unknown): void;
};

/** The part of a better-sqlite3 connection a refused COMMIT is cleared with. */
interface SqliteConnection {
  readonly inTransaction: boolean;
  exec(sql: string): unknown;
  /** knex's pool destroys a connection so marked instead of lending it again. */
  __knex__disposed?: Error;
}

/**
 * SQLite transactions take the write lock when they begin (`BEGIN IMMEDIATE`). A deferred one that
 * has read is refused at its first write (SQLITE_BUSY_SNAPSHOT) when another process wrote in
 * between, which with `serve --workers` or a scheduler beside the server is an ordinary event (a
 * sync's apply reads, then writes); an immediate one waits for the other writer instead, within the
 * busy timeout. Savepoints (nested transactions) are unchanged.
 */
class ImmediateSqliteTransaction extends SqliteTransaction {
  /**
   * Through the transaction's client, not knex's `query`, which on failure marks the transaction
   * complete yet resolves: knex then handed MikroORM a finished transaction, and a BEGIN refused
   * after the busy timeout (SQLITE_BUSY) came back as "Transaction query already complete" at the
   * first statement. Rejected here, the refusal itself reaches the caller.
   */
  begin(conn: unknown): Promise<unknown> {
    return this.trxClient.query(conn, 'BEGIN IMMEDIATE;');
  }

  /**
   * A COMMIT that SQLite refuses (SQLITE_BUSY: in the rollback journal, another process still
   * reads the file) leaves the transaction open on the connection, while knex counts it finished
   * and lends the connection on: the write answered as refused was then committed by the next one
   * to commit, and the next BEGIN failed "within a transaction". The refused transaction is rolled
   * back here, before the rejection lets the connection go back to the pool
   * (tests/regressions/sqlite-commit-refused-while-another-process-reads.test.ts).
   */
  commit(conn: SqliteConnection, value: unknown): Promise<unknown> {
    // A transaction already finished is refused by knex before anything is sent, and its
    // connection may by now belong to another transaction, which must not be rolled back.
    const sentToSqlite = !this.isCompleted();
    const committing = this.trxClient.query(conn, 'COMMIT;');
    this._completed = true;
    return committing.then(
      (result) => {
        this._resolver(value);
        return result;
      },
      (error: unknown) => {
        try {
          if (sentToSqlite) rollBackWhatARefusedCommitLeft(conn);
        } finally {
          this._rejecter(error);
        }
      },
    );
  }
}

function rollBackWhatARefusedCommitLeft(conn: SqliteConnection): void {
  if (!conn.inTransaction) return;
  try {
    conn.exec('ROLLBACK');
  } catch (error) {
    // Never lend a connection whose transaction is still open: the pool replaces it.
    conn.__knex__disposed = new Error('a refused COMMIT could not be rolled back', { cause: error });
    logger.error({ err: error }, 'a refused SQLite COMMIT could not be rolled back; its connection is closed');
  }
}

class ImmediateTransactionsDialect extends BetterSqliteKnexDialect {
  transaction(...args: unknown[]): unknown {
    return new ImmediateSqliteTransaction(this, ...args);
  }
}

class ImmediateTransactionsConnection extends BetterSqliteConnection {
  override createKnex(): void {
    // MikroORM's own connection passes its dialect class the same way (typed there as a client name).
    this.client = this.createKnexClient(ImmediateTransactionsDialect as unknown as string);
    this.connected = true;
  }
}

const BoundBetterSqliteConnection = withBoundParameters(ImmediateTransactionsConnection, (connection) =>
  sqliteDialect(connection.getPlatform() as BetterSqlitePlatform, () => connection.getKnex()),
);
/** PostgreSQL connections that keep up to `limit` named statements each (prepared-statements.ts); 0: none. */
function boundPostgreSqlConnection(limit: number): ConnectionClass {
  class PreparingPostgreSqlConnection extends PostgreSqlConnection {
    override createKnex(): void {
      if (limit <= 0) return super.createKnex();
      // The application's logger, not MikroORM's: MikroORM's drops every message unless its debug mode is on.
      const dialect = limitingPreparedStatements(PostgreSqlKnexDialect as unknown as KnexPgClientClass, limit, (err) =>
        logger.warn({ err }, 'deallocating a prepared statement failed; it stays until its connection closes'),
      );
      // As MikroORM's own createKnex, with the dialect class passed the same way (typed there as a client name).
      this.client = this.createKnexClient(dialect as unknown as string);
      (this.client.client as unknown as { ormConfig: Configuration }).ormConfig = this.config;
      this.connected = true;
    }
  }
  return withBoundParameters(
    PreparingPostgreSqlConnection,
    (connection) => postgresDialect(connection.getPlatform() as PostgreSqlPlatform),
    limit > 0,
  );
}

/** MikroORM's better-sqlite3 driver, with every value a bound parameter. */
export class BoundBetterSqliteDriver extends AbstractSqlDriver {
  constructor(config: Configuration) {
    super(config, new BetterSqlitePlatform(), BoundBetterSqliteConnection, ['knex', 'better-sqlite3']);
  }
}

/**
 * MikroORM's PostgreSQL driver, with every value a bound parameter; each pooled connection keeps
 * up to `preparedStatements` of the statements run by `executeKept` prepared.
 */
export function boundPostgreSqlDriver(preparedStatements: number): new (config: Configuration) => AbstractSqlDriver {
  const connection = boundPostgreSqlConnection(preparedStatements);
  return class BoundPostgreSqlDriver extends AbstractSqlDriver {
    constructor(config: Configuration) {
      super(config, new PostgreSqlPlatform(), connection, ['knex', 'pg']);
    }
  };
}
