import { loadConfig } from '../../src/app/config';
import { initOrm, type Orm } from '../../src/app/orm';
import { describeWithDatabase, createTestDatabase, type TestDatabase } from '../support/database';

// When the first test fails, write the missing migration for both databases:
//   npm run migration:create                                   (SQLite)
//   DATABASE_URL=postgresql://... npm run migration:create     (PostgreSQL)
// and commit both, with their .snapshot.json.

/** Tables, columns, indexes and constraints as SQLite itself reports them. */
async function sqliteSchema(orm: Orm): Promise<string[]> {
  const rows: { sql: string | null }[] = await orm.em
    .getConnection()
    .execute("select sql from sqlite_master where name not like 'sqlite_%' and name not like 'mikro_orm_%' order by type, name");
  return rows.map((r) => (r.sql ?? '').replace(/\s+/g, ' ').replace(/`/g, '"'));
}

describeWithDatabase('migrations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(() => db?.destroy());

  it('build exactly the schema the entities describe (none is behind the entities)', async () => {
    if (db.kind === 'postgresql') {
      // PostgreSQL's schema reader is exact: the live, migrated schema must need no change.
      const diff = await db.orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
      expect(diff.trim()).toBe('');
      return;
    }
    // SQLite: compare the migrated database with one created straight from the entities.
    const fromEntities = await initOrm(loadConfig({ HOSO_SQLITE_PATH: ':memory:' }));
    try {
      await fromEntities.schema.createSchema();
      expect(await sqliteSchema(db.orm)).toEqual(await sqliteSchema(fromEntities));
    } finally {
      await fromEntities.close(true);
    }
  });

  it('leave nothing pending after a fresh migrate, and a second migrate applies nothing', async () => {
    expect(await db.orm.getMigrator().getPendingMigrations()).toEqual([]);
    expect(await db.orm.getMigrator().up()).toEqual([]);
  });
});
