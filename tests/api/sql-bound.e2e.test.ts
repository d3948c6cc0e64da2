import { forkFor } from '../../src/app/orm';
import { describeWithDatabase, testDatabaseKind } from '../support/database';
import { insertGrid } from '../support/fixtures';
import { startTestApi, type TestApi } from '../support/server';
import { NestedOverviewDocument } from '../generated/graphql';

/**
 * The nested overview costs a bounded number of SQL statements whatever the page sizes:
 * at most two per level (rows, and counts where asked), plus the to-one `training` link.
 * On PostgreSQL the whole query, every level with its counts, is one statement (nested-page.ts), and
 * the trainings too while the enrollments' level can hold at most 2,000 rows (a bigger one reads them after, by id).
 */
describeWithDatabase('SQL statements per nested query', () => {
  let api: TestApi;
  const grid = { localities: 6, unitsPerLocality: 7, cadresPerUnit: 8, enrollmentsPerCadre: 3 };

  beforeAll(async () => {
    api = await startTestApi();
    await insertGrid(forkFor(api.db.orm, { actor: 'test', source: 'test' }), grid);
  });

  afterAll(() => api?.close());

  // levels: localities (rows + count), units (rows + count), cadres (rows + count), enrollments (rows) + their trainings
  const BATCHED = 2 + 2 + 2 + 2;
  // PostgreSQL: the localities' page, their count and everything nested below them in one; their trainings
  // in the same statement for small pages (5⁴ = 625 enrollments at most), in one more for big ones (50⁴)
  const ONE_STATEMENT = 1 + 1;
  const BOUND = testDatabaseKind === 'postgresql' ? ONE_STATEMENT : BATCHED;
  const SMALL_PAGES = testDatabaseKind === 'postgresql' ? 1 : BATCHED;

  it.each([
    { pageSize: 5, localities: 5, units: 5, cadres: 5 },
    { pageSize: 50, localities: 7, units: 7, cadres: 8 },
  ])('page size $pageSize: at most $localities localities etc. in ≤ 8 statements', async ({ pageSize, localities, units, cadres }) => {
    const response = await api.request(NestedOverviewDocument, {
      localities: pageSize,
      units: pageSize,
      cadres: pageSize,
      enrollments: pageSize,
    });
    expect(response.errors).toBeUndefined();
    const data = response.data!;
    // The province plus six communes.
    expect(data.localities.totalCount).toBe(grid.localities + 1);
    expect(data.localities.nodes).toHaveLength(localities);
    const commune = data.localities.nodes.find((n) => n.units.totalCount > 0)!;
    expect(commune.units.totalCount).toBe(grid.unitsPerLocality);
    expect(commune.units.nodes).toHaveLength(units);
    const unit = commune.units.nodes[0]!;
    expect(unit.cadres.totalCount).toBe(grid.cadresPerUnit);
    expect(unit.cadres.nodes).toHaveLength(cadres);
    expect(unit.cadres.nodes[0]!.enrollments.nodes).toHaveLength(Math.min(pageSize, grid.enrollmentsPerCadre));
    expect(unit.cadres.nodes[0]!.enrollments.nodes[0]!.training.name).toMatch(/^Khóa bồi dưỡng/);
    expect(response.extensions?.sql?.count).toBeLessThanOrEqual(BOUND);
  });

  it('states its count exactly for each database: the same statements every time', async () => {
    for (let run = 0; run < 2; run++) {
      const response = await api.request(NestedOverviewDocument, { localities: 5, units: 5, cadres: 5, enrollments: 5 });
      expect(response.errors).toBeUndefined();
      expect(response.extensions?.sql?.count).toBe(SMALL_PAGES);
    }
  });

  it('costs the bound exactly for bigger pages, and not one statement more for the biggest', async () => {
    for (const size of [20, 50]) {
      const response = await api.request(NestedOverviewDocument, { localities: size, units: size, cadres: size, enrollments: size });
      expect(response.errors).toBeUndefined();
      expect(response.extensions?.sql?.count).toBe(BOUND);
    }
  });
});
