import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { forkFor } from '../../src/app/orm';
import { seedDemoData } from '../../src/seed/seed.service';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const doc = (text: string) => parse(text) as TypedDocumentNode<Data, Record<string, unknown>>;

/** The statements that read the `cadre` table as the list (not the scope or count lookups). */
const cadreListStatements = (statements: string[]) => statements.filter((sql) => /from [`"]cadre[`"] as [`"]t[`"]/i.test(sql));

/**
 * Issue 9, "only what was asked": the selection set decides the columns read and whether the sort
 * keys for cursors are read. Fragments, aliases and edges must still get every field they ask for.
 */
describeWithDatabase('a list reads only what its selection asks for', () => {
  let api: TestApi;

  beforeAll(async () => {
    // The statements' text, which the other suites never see in a response.
    api = await startTestApi({ HOSO_DEBUG_SQL: 'statements' });
    await seedDemoData(forkFor(api.db.orm, { actor: 'seed', source: 'seed' }), { cadres: 60 });
  }, 120_000);

  afterAll(() => api?.close());

  it('a list of names selects the name, not forty columns, and no sort keys without cursors', async () => {
    const response = await api.request(doc('{ cadres(first: 5) { nodes { fullName } } }'));
    expect(response.errors).toBeUndefined();
    expect(response.data!.cadres.nodes).toHaveLength(5);
    const [list] = cadreListStatements(response.extensions!.sql!.statements!);
    const selected = list!.slice(0, list!.search(/ from /i));
    expect(selected).toMatch(/full_name/);
    expect(selected).not.toMatch(/id_number|birth_date|place_of_birth|__s0/);
  });

  it('a cursor asked for reads the sort keys, and paging with it continues the order', async () => {
    const first = await api.request(
      doc('{ cadres(first: 10) { edges { cursor node { databaseId } } pageInfo { endCursor hasNextPage } } }'),
    );
    expect(first.errors).toBeUndefined();
    expect(cadreListStatements(first.extensions!.sql!.statements!)[0]).toMatch(/__s0/);
    const after = first.data!.cadres.pageInfo.endCursor as string;
    expect(first.data!.cadres.edges[9].cursor).toBe(after);
    const next = await api.request(doc('query($after: String) { cadres(first: 10, after: $after) { nodes { databaseId } } }'), { after });
    const twenty = await api.request(doc('{ cadres(first: 20) { nodes { databaseId } } }'));
    expect([...first.data!.cadres.edges.map((e: Data) => e.node), ...next.data!.cadres.nodes]).toEqual(twenty.data!.cadres.nodes);
  });

  it('named and inline fragments, edges and nodes get the same fields as a plain selection', async () => {
    const plain = await api.request(
      doc('{ cadres(first: 15) { nodes { databaseId id fullName birthYear isPartyMember retirementDate unit { name } } } }'),
    );
    const fragmented = await api.request(
      doc(`{ cadres(first: 15) { edges { node { ...Person ... on Cadre { isPartyMember retirementDate } } } } }
           fragment Person on Cadre { databaseId id fullName ...Born unit { name } }
           fragment Born on Cadre { birthYear }`),
    );
    expect(plain.errors).toBeUndefined();
    expect(fragmented.errors).toBeUndefined();
    expect(fragmented.data!.cadres.edges.map((e: Data) => e.node)).toEqual(plain.data!.cadres.nodes);
    expect(plain.data!.cadres.nodes.every((n: Data) => typeof n.retirementDate === 'string' && typeof n.isPartyMember === 'boolean')).toBe(
      true,
    );
  });

  it('two aliases of one nested list with different selections each get their own fields', async () => {
    const response = await api.request(
      doc(`{ units(first: 3) { nodes { databaseId
             names: cadres(first: 2) { nodes { fullName } }
             years: cadres(first: 2) { nodes { databaseId birthYear } } } } }`),
    );
    expect(response.errors).toBeUndefined();
    for (const unit of response.data!.units.nodes as Data[]) {
      const alone = await api.request(
        doc(`query($id: ID!) { node(id: $id) { ... on Unit { cadres(first: 2) { nodes { fullName databaseId birthYear } } } } }`),
        { id: Buffer.from(`Unit:${unit.databaseId}`).toString('base64url') },
      );
      const expected = alone.data!.node.cadres.nodes as Data[];
      expect(unit.names.nodes).toEqual(expected.map((c) => ({ fullName: c.fullName })));
      expect(unit.years.nodes).toEqual(expected.map((c) => ({ databaseId: c.databaseId, birthYear: c.birthYear })));
    }
  });
});
