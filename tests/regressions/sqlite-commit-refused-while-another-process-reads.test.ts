import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { describeWithDatabase, testDatabaseKind } from '../support/database';
import type { TestApi } from '../support/server';
import { type MadeUnit, startUnitsApi } from '../support/units';

/** A second connection to the SQLite file, as another process would hold one (better-sqlite3 ships no types). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database = require('better-sqlite3') as new (path: string) => {
  exec(sql: string): void;
  prepare(sql: string): { get(...params: unknown[]): unknown };
  close(): void;
};

const RENAME = parse('mutation($id: ID!, $name: String!) { updateUnit(id: $id, input: { name: $name }) { id name } }') as TypedDocumentNode<
  Record<string, unknown>,
  Record<string, unknown>
>;

/**
 * Found in review of the write-conflict mapping: in SQLite's rollback-journal mode a COMMIT needs
 * the file to itself, so another process reading it (a `hoso sync` run, an office's backup tool)
 * made the server's COMMIT wait out its busy timeout and fail with SQLITE_BUSY. SQLite then keeps
 * the transaction open, but knex counted it as finished and gave the connection to the next
 * request: the write answered as refused could still be committed by whoever came next, and the
 * next write failed "cannot start a transaction within a transaction". SQLite files are now kept in
 * WAL mode, where readers never hold back a commit. SQLite only; PostgreSQL readers never do either.
 */
describeWithDatabase('a SQLite COMMIT refused while another process reads', () => {
  const onSqlite = testDatabaseKind === 'sqlite' ? it : it.skip;
  let api: TestApi;
  let unit: (name: string) => Promise<MadeUnit>;
  const nameOnDisk = (databaseId: number) => {
    const reader = new Database(api.db.config.sqlitePath);
    try {
      return (reader.prepare('select name from unit where id = ?').get(databaseId) as { name: string }).name;
    } finally {
      reader.close();
    }
  };

  /** Renames a unit through the API while another process's read transaction stays open on the file. */
  const renameWhileAnotherProcessReads = async (made: MadeUnit, name: string) => {
    const reader = new Database(api.db.config.sqlitePath);
    try {
      reader.exec('begin');
      reader.prepare('select count(*) from unit').get();
      const answer = await api.request(RENAME, { id: made.id, name });
      reader.exec('commit');
      return answer;
    } finally {
      reader.close();
    }
  };

  beforeAll(async () => {
    ({ api, makeUnit: unit } = await startUnitsApi(20));
  }, 120_000);
  afterAll(() => api?.close());

  onSqlite(
    'a write while another process reads the file commits, and what it answers is what the file holds',
    async () => {
      const made = await unit('Đơn vị R1');
      const answer = await renameWhileAnotherProcessReads(made, 'Đơn vị R1 (đổi tên)');
      expect(answer.errors).toBeUndefined();
      expect(nameOnDisk(made.databaseId)).toBe('Đơn vị R1 (đổi tên)');
      // The connection is in a sound state for the next request.
      expect((await api.request(RENAME, { id: made.id, name: 'Đơn vị R1 (lần hai)' })).errors).toBeUndefined();
      expect(nameOnDisk(made.databaseId)).toBe('Đơn vị R1 (lần hai)');
    },
    30_000,
  );

  /**
   * The second layer: where WAL cannot be had (some network file systems keep the journal), a
   * COMMIT can still be refused. What it left open is rolled back before the connection goes back
   * to the pool, so the refusal answered "nothing written" holds, and the next write starts clean.
   */
  onSqlite(
    'a COMMIT refused in the rollback journal writes nothing, and the next write starts on a clean connection',
    async () => {
      const refused = await unit('Đơn vị R2');
      const next = await unit('Đơn vị R3');
      const connection = api.db.orm.em.getConnection();
      const [mode] = await connection.execute<{ journal_mode: string }[]>('pragma journal_mode = delete');
      expect(mode?.journal_mode).toBe('delete');
      try {
        const answer = await renameWhileAnotherProcessReads(refused, 'Đơn vị R2 (bị từ chối)');
        expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['WRITE_CONFLICT']);
        expect(nameOnDisk(refused.databaseId)).toBe('Đơn vị R2');

        // Another write on the same pooled connection: it starts, and it does not commit the refused one.
        const after = await api.request(RENAME, { id: next.id, name: 'Đơn vị R3 (đổi tên)' });
        expect(after.errors).toBeUndefined();
        expect(nameOnDisk(next.databaseId)).toBe('Đơn vị R3 (đổi tên)');
        expect(nameOnDisk(refused.databaseId)).toBe('Đơn vị R2');
      } finally {
        await connection.execute('pragma journal_mode = wal');
      }
    },
    30_000,
  );
});
