import type { Em } from '../../src/app/orm';
import { forkFor } from '../../src/app/orm';
import type { CompiledSql } from '../../src/common/db/bound-drivers';
import { executeCompiled } from '../../src/common/db/list-query';
import { createTestDatabase, describeWithDatabase, type TestDatabase, testDatabaseKind } from '../support/database';

/** A statement as the statement cache keeps one: knex's SQL with `?` for each value, and the values. */
const statement = (n: number): CompiledSql => ({ sql: `select ? + ${n} as "n", ? as "label"`, bindings: [n, `số ${n}`] });

/**
 * The statements prepared on the connection `em` runs on (PostgreSQL, inside a transaction), each
 * told by the number `statement` adds, after checking it was prepared under hoso's kind of name.
 */
async function preparedOn(em: Em): Promise<number[]> {
  const rows = await em
    .getConnection()
    .execute<{ name: string; statement: string }[]>(
      'select name, statement from pg_prepared_statements',
      [],
      'all',
      em.getTransactionContext(),
    );
  return rows
    .map((row) => {
      expect(row.name).toMatch(/^hoso_[0-9a-f]{40}$/);
      return Number(/\+ (\d+) as "n"/.exec(row.statement)?.[1]);
    })
    .sort((a, b) => a - b);
}

describeWithDatabase('statements run again and again (executeCompiled)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ HOSO_PG_PREPARED_STATEMENTS: '2' });
  }, 120_000);
  afterAll(() => db?.destroy());

  const fork = () => forkFor(db.orm, { actor: 'jest', source: 'test' });

  it('answers each run with its own values, the same statement object run many times', async () => {
    const kept = [statement(1), statement(2)];
    for (let round = 0; round < 3; round++) {
      for (const [i, each] of kept.entries()) {
        const rows = await executeCompiled(fork(), each);
        expect(rows.map((row) => [Number(row.n), row.label])).toEqual([[2 * (i + 1), `số ${i + 1}`]]);
      }
    }
  });

  const onPostgres = testDatabaseKind === 'postgresql' ? it : it.skip;

  onPostgres('prepares each under a name made from its text, at most HOSO_PG_PREPARED_STATEMENTS per connection', async () => {
    await fork().transactional(async (em) => {
      const [one, two, three] = [statement(11), statement(12), statement(13)];
      await executeCompiled(em, one);
      await executeCompiled(em, two);
      expect(await preparedOn(em)).toEqual([11, 12]);
      // A third shape on this connection: the least recently used (11) is deallocated.
      await executeCompiled(em, two);
      await executeCompiled(em, three);
      expect(await preparedOn(em)).toEqual([12, 13]);
      // Used again, it is prepared again (not bound to a statement the server no longer has).
      const rows = await executeCompiled(em, one);
      expect(Number(rows[0]!.n)).toBe(22);
      expect(await preparedOn(em)).toEqual([11, 13]);
    });
  });

  onPostgres('prepares nothing with HOSO_PG_PREPARED_STATEMENTS=0', async () => {
    const unnamed = await createTestDatabase({ HOSO_PG_PREPARED_STATEMENTS: '0' });
    try {
      await forkFor(unnamed.orm, { actor: 'jest', source: 'test' }).transactional(async (em) => {
        for (let round = 0; round < 3; round++) expect(Number((await executeCompiled(em, statement(5)))[0]!.n)).toBe(10);
        expect(await preparedOn(em)).toEqual([]);
      });
    } finally {
      await unnamed.destroy();
    }
  });
});
