import { forkFor } from '../../src/app/orm';
import { toGlobalId } from '../../src/common/graphql/global-id';
import { seedDemoData } from '../../src/seed/seed.service';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';

/**
 * Found by the authorisation matrix: a read-only commune viewer could delete records of its
 * commune (MikroORM gives a delete's change set no original data, so the write check saw
 * nothing), create a cadre without a unit (no unit, nothing to check), and learn from a refused
 * delete how many records of any kind, grants included, pointed at a locality.
 */
describeWithDatabase('a read-only viewer deletes and creates records', () => {
  let api: TestApi;
  let viewer: string;
  let communeId: number;
  const count = async (table: string) => Number((await api.db.orm.em.getKnex()(table).count({ n: '*' }))[0]!.n);
  const send = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${viewer}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };
  };

  beforeAll(async () => {
    api = await startTestApi({ HOSO_DEBUG_SQL: '0' });
    await seedDemoData(forkFor(api.db.orm, { actor: 'seed', source: 'seed' }), { cadres: 120 });
    const knex = api.db.orm.em.getKnex();
    communeId = Number((await knex('locality').where({ code: '02905' }).whereNull('valid_to').first('id')).id);
    viewer = await api.tokenFor('xa.viewer', [
      { role: 'viewer', scope: { kind: 'locality', id: communeId }, personalData: false, sync: false },
    ]);
  });
  afterAll(() => api?.close());

  it('cannot delete an enrollment of a cadre of its commune', async () => {
    const knex = api.db.orm.em.getKnex();
    const [row] = await knex('enrollment as e')
      .join('cadre as c', 'c.id', 'e.cadre_id')
      .join('unit as u', 'u.id', 'c.unit_id')
      .join('locality as l', 'l.id', 'u.locality_id')
      .where('l.id', communeId)
      .select('e.id')
      .limit(1);
    const before = await count('enrollment');
    const answer = await send('mutation ($id: ID!) { deleteEnrollment(id: $id) { id } }', { id: toGlobalId('Enrollment', Number(row.id)) });
    expect(answer.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await count('enrollment')).toBe(before);
  });

  it('cannot create a cadre without a unit', async () => {
    const before = await count('cadre');
    const answer = await send('mutation ($input: CreateCadreInput!) { createCadre(input: $input) { id } }', {
      input: { fullName: 'Lê Văn Ma', birthDate: '1985-03-12', sex: 'MALE', ethnicity: 'KINH', category: 'CADRE' },
    });
    expect(answer.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await count('cadre')).toBe(before);
  });

  it('is refused a delete of its commune before anything about its references is said', async () => {
    const answer = await send('mutation ($id: ID!) { deleteLocality(id: $id) { id } }', { id: toGlobalId('Locality', communeId) });
    expect(answer.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(answer.errors?.[0]?.message).not.toMatch(/AccessGrant|Unit\.locality|\d+ \w+\.\w+/);
  });
});
