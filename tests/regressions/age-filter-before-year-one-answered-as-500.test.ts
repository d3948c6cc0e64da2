import { forkFor } from '../../src/app/orm';
import { seedDemoData } from '../../src/seed/seed.service';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';

/**
 * Found by the hostile-requests property on PostgreSQL: `ageMin: 3, asOf: "0001-01-01"` put the
 * birth-date cutoff in year -2 ("00-2-01-01"), which PostgreSQL refused: INTERNAL_SERVER_ERROR.
 * Ages are now computed only on days within AGE_DAYS; another day is BAD_USER_INPUT naming it.
 */
describeWithDatabase('an age filter or report on a day before year 1', () => {
  let api: TestApi;
  /** A locality the statistics and the report are about. */
  let scope = '';
  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoData(forkFor(api.db.orm, { actor: 'seed', source: 'seed' }), { cadres: 30 });
    const first = (await ask('{ localities(first: 1) { nodes { id } } }')) as { data: { localities: { nodes: { id: string }[] } } };
    scope = `scope: { id: "${first.data.localities.nodes[0]!.id}", includeSubtree: true }`;
  });
  afterAll(() => api?.close());

  const ask = async (query: string) => {
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...api.headers },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string; fields?: { field: string }[] } }[] };
  };

  it.each(['0001-01-01', '0002-06-30', '1899-12-31', '2200-01-01', '9999-12-31'])(
    'cadres, cadreStatistics and report with asOf %s: BAD_USER_INPUT naming asOf',
    async (day) => {
      for (const [query, field] of [
        [`{ cadres(filter: { ageMin: 3, asOf: "${day}" }) { totalCount } }`, 'filter.asOf'],
        [`{ cadres(filter: { ageMax: 30, asOf: "${day}" }) { totalCount } }`, 'filter.asOf'],
        [`{ cadreStatistics(${scope}, asOf: "${day}", groupBy: [AGE_BAND]) { asOf } }`, 'asOf'],
        [`{ cadreStatistics(${scope}, filter: { asOf: "${day}" }, groupBy: [AGE_BAND]) { asOf } }`, 'filter.asOf'],
        [`{ report(request: { form: ALL_STAFF, ${scope}, asOf: "${day}" }) { code } }`, 'asOf'],
      ] as const) {
        const answer = await ask(query);
        expect({ query, code: answer.errors?.[0]?.extensions?.code }).toEqual({ query, code: 'BAD_USER_INPUT' });
        expect(answer.errors?.[0]?.extensions?.fields?.map((f) => f.field.split('.').pop())).toEqual([field.split('.').pop()]);
        expect(JSON.stringify(answer.errors)).toContain('Ngày tính tuổi phải từ 1900-01-01 đến 2199-12-31');
      }
    },
  );

  it.each(['1900-01-01', '1985-03-12', '2199-12-31'])('asOf %s is a day ages are computed on', async (day) => {
    for (const query of [
      `{ cadres(filter: { ageMin: 3, ageMax: 60, asOf: "${day}" }) { totalCount } }`,
      `{ cadreStatistics(${scope}, asOf: "${day}", groupBy: [AGE_BAND]) { asOf } }`,
      `{ report(request: { form: ALL_STAFF, ${scope}, asOf: "${day}" }) { code } }`,
    ]) {
      const answer = await ask(query);
      expect({ query, errors: answer.errors }).toEqual({ query, errors: undefined });
    }
  });
});
