import { createHash } from 'node:crypto';

/**
 * Named (prepared) statements on PostgreSQL, for the statements the server runs again and again
 * with the same text (statement-cache.ts). An unnamed statement is parsed and planned by
 * PostgreSQL on every run; for a nested page's statement (lateral levels, `json_agg`) that is
 * about a millisecond, a tenth of the whole request. A named one is parsed once per pooled
 * connection, and after five runs PostgreSQL may keep a generic plan and skip planning too.
 *
 * Each pooled connection keeps at most `limit` of them: past it the least recently used is
 * deallocated, so a server that sees many query shapes does not grow PostgreSQL's memory for
 * ever. `HOSO_PG_PREPARED_STATEMENTS=0` turns naming off (a pooler in transaction mode, such as
 * PgBouncer before 1.21, cannot keep a connection's prepared statements).
 */

/** The statement's name: the same text always gets the same name, within PostgreSQL's 63 bytes. */
export function statementName(sql: string): string {
  return `hoso_${createHash('sha1').update(sql).digest('hex')}`;
}

/** The part of node-postgres' client used here. */
interface PgClient {
  query(text: string): Promise<unknown>;
  escapeIdentifier(name: string): string;
  /** node-postgres' record of the names this connection has prepared (name → text). */
  connection?: { parsedStatements?: Record<string, string> };
}

/** What knex's PostgreSQL client is given to run a statement on a pooled connection. */
interface KnexQuery {
  options?: { name?: unknown };
}

/** A knex PostgreSQL client class (the dialect MikroORM hands knex), as far as it is used here. */
// A mixin's base must take `any[]` (TypeScript's rule for mixins); knex's constructor arguments are not used here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type KnexPgClientClass = abstract new (...args: any[]) => { _query(connection: never, query: KnexQuery): Promise<unknown> };

/** Each pooled connection's named statements, least recently used first (a Set iterates in insertion order). */
const namesByConnection = new WeakMap<PgClient, Set<string>>();

/**
 * knex's PostgreSQL client with each connection's named statements kept in a least-recently-used
 * order and the oldest deallocated past `limit`. A subclass, not a patched instance: knex runs a
 * transaction's statements through a client made from the class's prototype. `onError` hears of a
 * failed deallocation (the statement then stays until the connection closes).
 */
export function limitingPreparedStatements<C extends KnexPgClientClass>(Base: C, limit: number, onError: (error: unknown) => void): C {
  abstract class LimitingPreparedStatements extends Base {
    override _query(connection: never, query: KnexQuery): Promise<unknown> {
      const name = query.options?.name;
      if (typeof name === 'string') forgetOldest(connection as PgClient, name, limit, onError);
      return super._query(connection, query);
    }
  }
  return LimitingPreparedStatements;
}

/** Makes `name` the connection's newest statement; past `limit`, deallocates the oldest. */
function forgetOldest(connection: PgClient, name: string, limit: number, onError: (error: unknown) => void): void {
  let names = namesByConnection.get(connection);
  if (!names) namesByConnection.set(connection, (names = new Set()));
  names.delete(name);
  names.add(name);
  if (names.size <= limit) return;
  const oldest = names.values().next().value as string;
  names.delete(oldest);
  // Queued on the connection before this statement; forgotten now, so that a later use of the
  // name prepares it again (knex runs one statement at a time on a connection).
  const parsed = connection.connection?.parsedStatements;
  const text = parsed?.[oldest];
  if (parsed) delete parsed[oldest];
  connection.query(`deallocate ${connection.escapeIdentifier(oldest)}`).catch((error: unknown) => {
    // Still prepared on the server (in an aborted transaction, say): remembered again, so that a
    // later use binds it rather than failing to prepare a name that exists.
    if (parsed && text !== undefined) parsed[oldest] ??= text;
    onError(error);
  });
}
