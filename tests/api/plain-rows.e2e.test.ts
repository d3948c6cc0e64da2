import { ReferenceKind } from '@mikro-orm/core';
import { forkFor } from '../../src/app/orm';
import { readRows } from '../../src/common/db/plain-rows';
import { seedDemoData } from '../../src/seed/seed.service';
import { SyncBinding } from '../../src/sheet-sync/sync-binding.entity';
import { createTestDatabase, describeWithDatabase, type TestDatabase } from '../support/database';

/** A value as the API would see it: a reference by its id, a date by its instant. */
function comparable(value: unknown): unknown {
  if (value instanceof Date) return `date:${value.toISOString()}`;
  if (value && typeof value === 'object' && 'id' in value && Object.keys(value).length <= 1) return `ref:${String(value.id)}`;
  if (value && typeof value === 'object' && typeof (value as { unwrap?: unknown }).unwrap === 'function') {
    return `ref:${String((value as { id: unknown }).id)}`;
  }
  return value ?? null;
}

/**
 * The read path reads plain rows instead of entities (issue 9). Every column of every table must
 * come back as the entity would hold it (dates, datetimes, booleans, doubles, JSON, references),
 * on both databases: compared here value by value against MikroORM's own hydration.
 */
describeWithDatabase('plain rows hold what entities hold', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    const em = forkFor(db.orm, { actor: 'seed', source: 'seed' });
    await seedDemoData(em, { cadres: 60 });
    // A JSON column with nested values and Vietnamese text.
    em.create(SyncBinding, { spreadsheetId: 'plain-rows-test', tabs: [{ table: 'cadres', sheetTitle: 'Cán bộ' }] });
    await em.flush();
  }, 120_000);

  afterAll(() => db?.destroy());

  it('every readable column of every entity, row by row', async () => {
    const compared = new Map<string, number>();
    for (const meta of Object.values(db.orm.getMetadata().getAll())) {
      if (meta.abstract || meta.embeddable || meta.virtual) continue;
      const em = forkFor(db.orm, { actor: 'test', source: 'test' });
      const key = meta.primaryKeys[0]!;
      const entities = (await em.find(meta.class, {}, { orderBy: { [key]: 'asc' } as never })) as Record<string, unknown>[];
      const keyColumn = meta.properties[key as never]!.fieldNames[0]!;
      const rows = (await readRows<Record<string, unknown>>(em, meta.className, (qb) => qb.orderBy(`t.${keyColumn}`))) as Record<
        string,
        unknown
      >[];
      expect({ type: meta.className, rows: rows.length }).toEqual({ type: meta.className, rows: entities.length });
      const properties = meta.props.filter(
        (p) =>
          !p.lazy &&
          p.persist !== false &&
          (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)),
      );
      entities.forEach((entity, i) => {
        const row = rows[i]!;
        for (const prop of properties) {
          expect({ type: meta.className, id: entity[key], [prop.name]: comparable(row[prop.name]) }).toEqual({
            type: meta.className,
            id: entity[key],
            [prop.name]: comparable(entity[prop.name]),
          });
          if (entity[prop.name] != null) {
            const kind = `${String(prop.type).toLowerCase()}`;
            compared.set(kind, (compared.get(kind) ?? 0) + 1);
          }
        }
        // The class's own getters work on a row as on an entity.
        expect(row instanceof meta.class).toBe(true);
        if ('globalId' in entity) expect((row as { globalId: string }).globalId).toBe(entity.globalId);
      });
    }
    // Each kind of conversion was exercised with real values, not only nulls.
    for (const kind of ['integer', 'string', 'datetime', 'boolean', 'jsontype', 'datetype']) {
      expect({ kind, compared: (compared.get(kind) ?? 0) > 0 }).toEqual({ kind, compared: true });
    }
  });
});
