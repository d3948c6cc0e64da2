import { forkFor } from '../../src/app/orm';
import { seedDemoData } from '../../src/seed/seed.service';
import { createTestDatabase, describeWithDatabase, type TestDatabase } from '../support/database';

/**
 * The README says every create is audited, but the demo seed inserts in bulk, past the unit of
 * work and its audit subscriber, so the demo office had no audit trail at all. Every seeded
 * record now has its `create` entry, by actor and source "seed".
 */
describeWithDatabase('the demo seed audits every record it creates', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(forkFor(db.orm, { actor: 'seed', source: 'seed' }), { cadres: 80 });
  });

  afterAll(() => db?.destroy());

  it('has one create entry by "seed" per seeded record, in every table', async () => {
    const connection = db.orm.em.getConnection();
    const audited = await connection.execute<{ entity_name: string; n: number }[]>(
      `select entity_name, count(*) as n from audit_entry where actor = 'seed' and source = 'seed' and action = 'create' group by entity_name`,
    );
    const entries = new Map(audited.map((r) => [r.entity_name, Number(r.n)]));
    const tables: Record<string, string> = {
      Locality: 'locality',
      Unit: 'unit',
      Position: 'position',
      Cadre: 'cadre',
      Training: 'training',
      Enrollment: 'enrollment',
      PlanningTerm: 'planning_term',
      PlanningEntry: 'planning_entry',
      Assignment: 'assignment',
      Rotation: 'rotation',
      Evaluation: 'evaluation',
      Target: 'target',
    };
    for (const [entity, table] of Object.entries(tables)) {
      const [row] = await connection.execute<{ n: number }[]>(`select count(*) as n from ${table}`);
      expect({ entity, entries: entries.get(entity) ?? 0 }).toEqual({ entity, entries: Number(row!.n) });
      expect(Number(row!.n)).toBeGreaterThan(0);
    }
    const [distinct] = await connection.execute<{ n: number; d: number }[]>(
      `select count(*) as n, count(distinct entity_name || ':' || entity_id) as d from audit_entry`,
    );
    expect(Number(distinct!.d)).toBe(Number(distinct!.n));
  });
});
