import type { Knex } from '@mikro-orm/knex';
import { Client } from 'pg';
import { describeWithDatabase, testDatabaseKind } from '../support/database';
import type { TestApi } from '../support/server';
import { MOVE_UNIT as MOVE, type MadeUnit, startUnitsApi } from '../support/units';

type Execute = (query: string | Knex.QueryBuilder | Knex.Raw, ...rest: unknown[]) => Promise<unknown>;

interface Gate {
  matches(sql: string): boolean;
  when: 'before' | 'after';
  taken: boolean;
  reached(): void;
  held: Promise<void>;
}

/**
 * Found in review of the row-lock fix for concurrent moves (concurrent-moves-leave-stale-tree-paths):
 * each tree write locked the rows it read, but a move's subtree is the set of rows whose path was
 * under it when its locking read ran. A unit that another move put into that subtree just after
 * (the read waited for that move's lock, and took its snapshot before) was not locked, so a third
 * request could add a child under it, and the first move's path rewrite, which cannot see an
 * uncommitted row, left that child's path under the subtree's old place. The scope cut reads
 * paths: the child and its cadres fell out of their parent's subtree. PostgreSQL only: SQLite's
 * transactions take the write lock at BEGIN and never run side by side.
 */
describeWithDatabase('three concurrent tree writes leave a stale path', () => {
  const onPostgres = testDatabaseKind === 'postgresql' ? it : it.skip;
  let api: TestApi;
  let unit: (name: string, parent?: MadeUnit) => Promise<MadeUnit>;
  const gates: Gate[] = [];

  /** The first statement `matches` picks is held, before it runs or after (its transaction open), until released. */
  const holdStatement = (matches: (sql: string) => boolean, when: Gate['when']) => {
    let release!: () => void;
    let reached!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const waiting = new Promise<void>((resolve) => (reached = resolve));
    gates.push({ matches, when, taken: false, reached, held });
    return { waiting, release };
  };

  /** Until some transaction of this database waits for a lock another one holds, or one of `promises` settles (10 s at most). */
  const untilSomeoneWaitsForALock = async (...promises: Promise<unknown>[]) => {
    let settled = false;
    const settle = () => (settled = true);
    void Promise.race(promises).then(settle, settle);
    const knex = api.db.orm.em.getKnex();
    const deadline = Date.now() + 10_000;
    while (!settled) {
      if (Date.now() > deadline) throw new Error('no transaction waited for a lock within 10 s');
      const { rows } = (await knex.raw(
        "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
      )) as { rows: { n: number }[] };
      if (rows[0].n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  /** The units named with `tag` whose path is not their parent's path followed by their own id. */
  const inconsistentPaths = async (tag: string) => {
    const rows = (await api.db.orm.em
      .getKnex()('unit as u')
      .leftJoin('unit as p', 'p.id', 'u.parent_id')
      .select('u.id', 'u.name', 'u.path', 'p.path as parentPath')) as {
      id: number;
      name: string;
      path: string;
      parentPath: string | null;
    }[];
    return rows
      .filter((row) => row.path !== `${row.parentPath ?? '/'}${row.id}/`)
      .map((row) => row.name)
      .filter((name) => name.endsWith(tag));
  };

  // The statement that rewrites a moving subtree's paths, and the one that writes a new unit's own path.
  const subtreeRewrite = (sql: string) => /^update "unit" set "path" = .*substr\(/.test(sql);
  const newUnitPath = (sql: string) => /^update "unit" set "path" = /.test(sql) && !sql.includes('substr(');

  beforeAll(async () => {
    ({ api, makeUnit: unit } = await startUnitsApi(20));
    const connection = api.db.orm.em.getConnection();
    const execute = connection.execute.bind(connection) as Execute;
    jest.spyOn(connection, 'execute').mockImplementation((async (query: Parameters<Execute>[0], ...rest: unknown[]) => {
      const sql = typeof query === 'string' ? query : query.toSQL().sql;
      const gate = gates.find((candidate) => !candidate.taken && candidate.matches(sql));
      if (!gate) return execute(query, ...rest);
      gate.taken = true;
      const hold = async () => {
        gate.reached();
        await gate.held;
      };
      if (gate.when === 'before') await hold();
      const result = await execute(query, ...rest);
      if (gate.when === 'after') await hold();
      return result;
    }) as never);
  }, 120_000);
  afterAll(async () => {
    jest.restoreAllMocks();
    await api?.close();
  });
  afterEach(() => {
    gates.length = 0;
  });

  onPostgres('a unit moved into a moving subtree, then given a child, moves with the subtree, its child too', async () => {
    const [x, y] = [await unit('Khối X7'), await unit('Khối Y7')];
    const top = await unit('Đơn vị S7', x);
    const inside = await unit('Tổ P7', top);
    const joining = await unit('Tổ Z7');

    // Second writer: Z goes under P, and holds its transaction open once it has rewritten Z's path.
    const zHeld = holdStatement(subtreeRewrite, 'after');
    const zUnderP = api.data(MOVE, { id: joining.id, parent: inside.id });
    await zHeld.waiting;
    // First writer: S, with P in its subtree, goes under Y, and waits for the second one.
    const sHeld = holdStatement(subtreeRewrite, 'before');
    const sUnderY = api.data(MOVE, { id: top.id, parent: y.id });
    await untilSomeoneWaitsForALock();
    zHeld.release();
    await zUnderP;
    // The first writer goes on to its rewrite; a third adds a child under Z before it runs.
    await sHeld.waiting;
    const childHeld = holdStatement(newUnitPath, 'after');
    const adding = unit('Tổ con W7', joining);
    await untilSomeoneWaitsForALock(childHeld.waiting);
    sHeld.release();
    // Whichever waits for the other, both go on once the first writer's rewrite is released.
    await untilSomeoneWaitsForALock(sUnderY);
    childHeld.release();
    await Promise.all([sUnderY, adding]);

    expect(await inconsistentPaths('7')).toEqual([]);
  });

  onPostgres('a unit added deep in a subtree while the subtree moves takes the new path, its transaction open first', async () => {
    const [x, y] = [await unit('Khối X8'), await unit('Khối Y8')];
    const top = await unit('Đơn vị T8', x);
    const deep = await unit('Tổ D8', top);

    const childHeld = holdStatement(newUnitPath, 'after');
    const adding = unit('Tổ con W8', deep);
    await childHeld.waiting;
    const moving = api.data(MOVE, { id: top.id, parent: y.id });
    await untilSomeoneWaitsForALock();
    childHeld.release();
    await Promise.all([adding, moving]);

    expect(await inconsistentPaths('8')).toEqual([]);
  });

  onPostgres('a unit deleted while it moves is NOT_FOUND, not a move of nothing answered as done', async () => {
    const [x, y] = [await unit('Khối X9'), await unit('Khối Y9')];
    const leaving = await unit('Tổ L9', x);
    const other = new Client({ connectionString: api.db.config.databaseUrl });
    await other.connect();
    try {
      await other.query('begin');
      await other.query('delete from unit where id = $1', [leaving.databaseId]);
      const moving = api.request(MOVE, { id: leaving.id, parent: y.id });
      await untilSomeoneWaitsForALock(moving);
      await other.query('commit');
      expect((await moving).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await other.end();
    }
  });
});
