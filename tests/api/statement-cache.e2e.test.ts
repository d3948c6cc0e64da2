import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { forkFor } from '../../src/app/orm';
import type { Grant } from '../../src/access/access.types';
import { seedDemoData } from '../../src/seed/seed.service';
import { describeWithDatabase } from '../support/database';
import { type GraphQLResponse, startTestApi, type TestApi } from '../support/server';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * A root page's statement is kept per query shape (src/common/db/statement-cache.ts): the same
 * query text sent again reuses it. Each answer here is compared with the answer to the same query
 * made unique by a comment (another document, so a statement built for that request alone).
 */
describeWithDatabase('root-page statements kept between requests: the same answers as built afresh', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  let fresh = 0;

  const send = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const { data, errors } = (await response.json()) as GraphQLResponse<Data>;
    return { data, codes: errors?.map((error) => error.extensions?.code) };
  };
  /** The answer to `query` from a statement built for this request only. */
  const afresh = (token: string, query: string, variables: Record<string, unknown> = {}) =>
    send(token, `${query}\n# afresh ${++fresh}`, variables);

  beforeAll(async () => {
    api = await startTestApi({ HOSO_DEBUG_SQL: '0' });
    await seedDemoData(forkFor(api.db.orm, { actor: 'seed', source: 'seed' }), { cadres: 300 });
    const communes = await api.data(
      parse('{ localities(filter: { level: [COMMUNE] }, first: 100) { nodes { databaseId cadres { totalCount } } } }') as TypedDocumentNode<
        Data,
        Record<string, unknown>
      >,
    );
    const peopled = (communes.localities.nodes as Data[]).filter((node) => node.cadres.totalCount > 0);
    expect(peopled.length).toBeGreaterThanOrEqual(2);
    const viewer = (id: number, personalData: boolean): Grant[] => [
      { role: 'viewer', scope: { kind: 'locality', id }, personalData, sync: false },
    ];
    tokens.root = api.headers.authorization.slice('Bearer '.length);
    tokens.first = await api.tokenFor('first-commune', viewer(peopled[0]!.databaseId, false));
    tokens.second = await api.tokenFor('second-commune', viewer(peopled[1]!.databaseId, true));
  }, 180_000);
  afterAll(() => api?.close());

  const LIST = '{ cadres(first: 50) { totalCount nodes { databaseId fullName unit { name } } } }';
  const NESTED = `{ localities(first: 20) { totalCount nodes { name units(first: 5) { totalCount nodes { name
    cadres(first: 5) { totalCount nodes { fullName enrollments(first: 2) { nodes { status training { name } } } } } } } } } }`;

  it.each([
    ['a flat list', LIST],
    ['a nested overview', NESTED],
  ])('answers %s sent by viewers of other scopes in turn, each within its own scope', async (_name, query) => {
    const expected: Record<string, unknown> = {};
    for (const viewer of ['first', 'second', 'root']) expected[viewer] = await afresh(tokens[viewer]!, query);
    expect(expected.first).not.toEqual(expected.second);
    for (let round = 0; round < 2; round++) {
      for (const viewer of ['first', 'second', 'root', 'second', 'first']) {
        expect(await send(tokens[viewer]!, query)).toEqual(expected[viewer]);
      }
    }
  });

  it('answers the same text with other variables by those variables', async () => {
    const query =
      'query ($first: Int, $cadres: Int) { units(first: $first) { nodes { name cadres(first: $cadres) { nodes { fullName } } } } }';
    for (const variables of [
      { first: 2, cadres: 1 },
      { first: 5, cadres: 3 },
      { first: 2, cadres: 1 },
      { first: 2, cadres: 4 },
    ]) {
      const answer = await send(tokens.root!, query, variables);
      expect(answer).toEqual(await afresh(tokens.root!, query, variables));
      expect(answer.data!.units.nodes).toHaveLength(variables.first);
    }
  });

  it('refuses a personal-data argument to a viewer without the right every time, whoever was answered before', async () => {
    const query = '{ cadres(first: 5, filter: { ethnicity: [KINH] }) { totalCount nodes { fullName } } }';
    const allowed = await afresh(tokens.second!, query);
    expect(allowed.codes).toBeUndefined();
    const refused = await afresh(tokens.first!, query);
    expect(refused.codes).toEqual(['FORBIDDEN_FIELD']);
    for (const viewer of ['first', 'second', 'first', 'second']) {
      expect(await send(tokens[viewer]!, query)).toEqual(viewer === 'first' ? refused : allowed);
    }
  });
});
