import { Client } from 'pg';
import { describeWithDatabase, testDatabaseKind } from '../support/database';
import type { TestApi } from '../support/server';
import { MOVE_UNIT as MOVE, type MadeUnit, startUnitsApi } from '../support/units';

/** A second connection to the SQLite file, as another process would hold one (better-sqlite3 ships no types). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database = require('better-sqlite3') as new (path: string) => { exec(sql: string): void; close(): void };

/**
 * Found while making tree moves lock their rows: a write that met another on the same rows
 * (PostgreSQL rolled it back to break a deadlock; SQLite's write lock stayed taken past its busy
 * timeout) was answered INTERNAL_SERVER_ERROR, as if the server had crashed, though nothing was
 * written and the same request sent again succeeds.
 */
describeWithDatabase('write conflicts answered as internal errors', () => {
  let api: TestApi;
  let unit: (name: string) => Promise<MadeUnit>;
  const parentOf = async (databaseId: number) =>
    Number((await api.db.orm.em.getKnex()('unit').where('id', databaseId).first('parent_id')).parent_id ?? 0);

  beforeAll(async () => {
    ({ api, makeUnit: unit } = await startUnitsApi(20));
  }, 120_000);
  afterAll(() => api?.close());

  it('answers WRITE_CONFLICT, writes nothing, and the same request sent again succeeds', async () => {
    const a = await unit('Đơn vị A');
    const b = await unit('Đơn vị B');
    let answer: Awaited<ReturnType<typeof api.request>>;
    if (testDatabaseKind === 'postgresql') {
      // Another session holds B and then wants A, while the move holds A (rows are locked in id
      // order) and waits for B: a deadlock, which PostgreSQL breaks by rolling the move back (the
      // other session checks for deadlocks only after 10 s, so the move's check, after 1 s, is first).
      const other = new Client({ connectionString: api.db.config.databaseUrl });
      await other.connect();
      try {
        await other.query("set deadlock_timeout = '10s'");
        await other.query('begin');
        await other.query('select 1 from unit where id = $1 for update', [b.databaseId]);
        const moving = api.request(MOVE, { id: a.id, parent: b.id });
        for (let waited = 0; waited < 100; waited++) {
          const waiting = await other.query(
            "select 1 from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
          );
          if (waiting.rowCount) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const wantsA = other.query('select 1 from unit where id = $1 for update', [a.databaseId]);
        answer = await moving;
        await wantsA;
        await other.query('rollback');
      } finally {
        await other.end();
      }
    } else {
      // Another process holds SQLite's write lock past the busy timeout (5 s).
      const other = new Database(api.db.config.sqlitePath);
      try {
        other.exec('begin immediate');
        const moving = api.request(MOVE, { id: a.id, parent: b.id });
        answer = await moving;
        other.exec('rollback');
      } finally {
        other.close();
      }
    }
    expect(answer.errors?.[0]?.extensions?.code).toBe('WRITE_CONFLICT');
    expect(answer.errors?.[0]?.message).toContain('write conflict');
    expect(await parentOf(a.databaseId)).toBe(0);
    expect((await api.request(MOVE, { id: a.id, parent: b.id })).errors).toBeUndefined();
    expect(await parentOf(a.databaseId)).toBe(b.databaseId);
  }, 30_000);
});
