import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { forkFor } from '../../src/app/orm';
import { type RunningServer, startServer } from '../../src/app/server';
import { seedDemoData } from '../../src/seed/seed.service';
import { describeWithDatabase, testDatabaseKind } from '../support/database';
import { type GraphQLResponse, startTestApi, type TestApi } from '../support/server';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const doc = (text: string) => parse(text) as TypedDocumentNode<Data, Record<string, unknown>>;

const CADRE =
  'databaseId id fullName birthDate birthYear sex ethnicity idNumber category status isPartyMember retirementDate unit { name }';

/** Nested queries of every shape the one-statement read plans, and some it leaves to the resolvers. */
const QUERIES: Record<string, string> = {
  overview: `query($cadres: Int!) { localities(first: 6) { totalCount nodes { name units(first: 4) { totalCount nodes { name
    cadres(first: $cadres) { totalCount nodes { fullName enrollments(first: 2) { totalCount nodes { status createdAt training { name } } } } } } } } } }`,
  'orders, filters and every scalar type': `{ localities(first: 5, orderBy: [{ field: NAME, direction: DESC }]) { nodes { code
    units(first: 3, orderBy: [{ field: CODE }], filter: { syncFlagged: false }) { nodes { name code
      cadres(first: 4, orderBy: [{ field: CREATED_AT, direction: DESC }], filter: { sex: [FEMALE] }) { totalCount nodes { ${CADRE}
        enrollments(orderBy: [{ field: TRAINING_START }]) { nodes { status result completedAt } } } } } } } } }`,
  'subtrees, children, last and aliases': `{ localities(first: 3) { nodes { name
    all: cadres(first: 5, includeSubtree: true) { totalCount nodes { fullName } }
    direct: cadres(first: 5) { totalCount nodes { fullName } }
    children(first: 3) { totalCount nodes { name units(last: 2) { nodes { name children { nodes { name } } } } } }
    units(first: 2, filter: { name: "ủy" }) { nodes { name cadres(last: 3, includeSubunits: true) { nodes { fullName } } } } } } }`,
  'fragments, and one key asked twice': `{ localities(first: 4) { nodes { ...L units(first: 2) { nodes { code } } } } }
    fragment L on Locality { units(first: 2) { nodes { name ... on Unit { cadres(first: 2) { nodes { fullName } } } } } }`,
  'cursors read below the root (resolvers)': `{ localities(first: 3) { nodes { units(first: 2) { pageInfo { endCursor hasNextPage }
    edges { cursor node { name cadres(first: 2) { nodes { fullName } } } } } } } }`,
  'personal-data arguments below the root': `{ localities(first: 3) { nodes { name
    cadres(first: 3, includeSubtree: true, orderBy: [{ field: BIRTH_DATE }], filter: { minority: true }) { nodes { fullName } } } } }`,
  'arguments refused below the root': `{ localities(first: 3) { nodes { name
    units(first: 2, filter: { name: "${'ủy'.repeat(101)}" }) { nodes { name } } cadres(first: 5000) { nodes { fullName } } } } }`,
  'root counts read with the page: backwards, empty, zero-sized': `{ back: cadres(last: 3) { totalCount nodes { fullName } pageInfo { hasPreviousPage } }
    none: localities(filter: { name: "không có địa phương này" }) { totalCount nodes { name } }
    zero: units(first: 0) { totalCount nodes { name } pageInfo { hasNextPage } } }`,
  'to-one links read with the rows, some outside the viewer scopes': `{ units(first: 6) { totalCount nodes { name parent { name code }
    locality { name } cadres(first: 2) { nodes { fullName unit { name parent { name } } } } } } }`,
  'to-one links of nested rows: aliased, in fragments, with lists and links of their own': `{ localities(first: 3) { nodes {
    cadres(first: 4, includeSubtree: true) { nodes { fullName enrollments(first: 3) { nodes { status
      training { name kind startDate enrollments(first: 1) { totalCount } } t: training { ...T } } } } } } } }
    fragment T on Training { code endDate }`,
  'to-one links of a big nested level, read by id afterwards': `{ localities(first: 10) { nodes { units(first: 20) { nodes {
    cadres(first: 20) { nodes { fullName unit { name locality { name } } } } } } } } }`,
  'sub-units and their cadres, below localities and below units': `{ localities(first: 6) { nodes { name
    units(first: 10) { nodes { name children { totalCount nodes { name } } cadres(first: 50, includeSubunits: true) { totalCount nodes { fullName } } } } } }
    units(first: 50) { nodes { name children { totalCount nodes { name children { nodes { name } } cadres { totalCount nodes { fullName } } } } } } }`,
  'units root': `{ units(first: 5) { nodes { name cadres(first: 3, filter: { ageMin: 40, isPartyMember: true }) { totalCount nodes { ${CADRE} } } } } }`,
};

/** The same answer from either read path: the data and the errors, without the statement count. */
const answer = (response: GraphQLResponse<Data>) => ({ data: response.data, errors: response.errors });

/**
 * PostgreSQL reads a root page's nested connections in one statement (nested-page.ts); SQLite, and
 * PostgreSQL with HOSO_NESTED_READ=per-level, batch each level. Both servers run over the same
 * database: every query must give the same answer, for viewers with and without scopes.
 */
describeWithDatabase('nested connections: one statement or per level, the same answers', () => {
  let api: TestApi;
  let perLevel: RunningServer;
  const tokens: Record<string, string> = {};
  const cursor: Record<string, string> = {};
  let strayCadres = 0;
  let communeUnitId = '';

  const send = async (url: string, token: string, query: string, variables: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<Data>;
  };

  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoData(forkFor(api.db.orm, { actor: 'seed', source: 'seed' }), { cadres: 400 });
    perLevel = await startServer(api.db.orm, { ...api.db.config, host: '127.0.0.1', nestedRead: 'per-level' }, 0);
    const communes = await api.data(
      doc('{ localities(filter: { level: [COMMUNE] }, first: 100) { nodes { id databaseId cadres { totalCount } } } }'),
    );
    const commune = (communes.localities.nodes as Data[]).find((n) => n.cadres.totalCount > 0)!;
    const units = await api.data(doc('{ units(first: 100) { nodes { databaseId cadres { totalCount } } } }'));
    const unit = (units.units.nodes as Data[]).find((n) => n.cadres.totalCount > 3)!;
    tokens.root = api.headers.authorization.slice('Bearer '.length);
    tokens.commune = await api.tokenFor('commune-viewer', [
      { role: 'viewer', scope: { kind: 'locality', id: commune.databaseId }, personalData: false, sync: false },
    ]);
    tokens.unit = await api.tokenFor('unit-reader', [
      { role: 'viewer', scope: { kind: 'unit', id: unit.databaseId }, personalData: true, sync: false },
    ]);
    // Viewers whose nested levels' cuts the one-statement read leaves out where their parents'
    // cut covers them (scope-cut.ts `parentCutCovers`), and where it must not: a province (every
    // level below a locality grant), a unit with sub-units (every level below a unit grant), and a
    // commune with a unit elsewhere, whose locality is in reach and whose other units are not.
    // The province in force with the most cadres (a former one, before the 2025 merges, has none).
    const provinces = await api.data(
      doc(
        '{ localities(filter: { level: [PROVINCE], current: true }) { nodes { databaseId cadres(includeSubtree: true) { totalCount } } } }',
      ),
    );
    const [province] = (provinces.localities.nodes as Data[]).sort((a, b) => b.cadres.totalCount - a.cadres.totalCount);
    tokens.province = await api.tokenFor('province-viewer', [
      { role: 'viewer', scope: { kind: 'locality', id: province!.databaseId }, personalData: false, sync: false },
    ]);
    const tree = await api.data(
      doc(`{ units(first: 100) { nodes { id databaseId children { totalCount } cadres(includeSubunits: true) { totalCount }
        own: cadres { totalCount } locality { databaseId units { totalCount } } } } }`),
    );
    const trees = tree.units.nodes as Data[];
    const parentUnit = trees.find((n) => n.children.totalCount > 1 && n.cadres.totalCount > 0)!;
    tokens.unitTree = await api.tokenFor('unit-tree-reader', [
      { role: 'viewer', scope: { kind: 'unit', id: parentUnit.databaseId }, personalData: false, sync: false },
      { role: 'viewer', scope: { kind: 'unit', id: unit.databaseId }, personalData: false, sync: false },
    ]);
    const inCommune = await api.data(doc(`{ localities(filter: { withinId: "${commune.id}" }, first: 100) { nodes { databaseId } } }`));
    const communeSubtree = new Set((inCommune.localities.nodes as Data[]).map((n) => n.databaseId));
    const elsewhere = trees.find((n) => n.locality.units.totalCount > 2 && !communeSubtree.has(n.locality.databaseId))!;
    tokens.mixed = await api.tokenFor('commune-and-unit-viewer', [
      { role: 'viewer', scope: { kind: 'locality', id: commune.databaseId }, personalData: false, sync: false },
      { role: 'viewer', scope: { kind: 'unit', id: elsewhere.databaseId }, personalData: false, sync: false },
    ]);
    // A sub-unit located outside its parent's locality (the seed has none): below a unit in the
    // commune, a unit of another locality with cadres, which the commune's viewers must not see.
    const communeUnit = trees.find((n) => communeSubtree.has(n.locality.databaseId))!;
    const taken = new Set([unit.databaseId, parentUnit.databaseId, elsewhere.databaseId]);
    const stray = trees.find(
      (n) => n.children.totalCount === 0 && n.own.totalCount > 0 && !communeSubtree.has(n.locality.databaseId) && !taken.has(n.databaseId),
    )!;
    await api.data(doc('mutation($id: ID!, $parent: ID!) { updateUnit(id: $id, input: { parentId: $parent }) { id } }'), {
      id: stray.id,
      parent: communeUnit.id,
    });
    strayCadres = stray.own.totalCount;
    communeUnitId = communeUnit.id;
    // A cursor of the cadres' default order, to page nested cadre lists with.
    const page = await api.data(doc('{ cadres(first: 7) { pageInfo { endCursor } } }'));
    cursor.cadres = page.cadres.pageInfo.endCursor;
  }, 180_000);

  afterAll(async () => {
    await perLevel?.stop();
    await api?.close();
  });

  const viewers = ['root', 'commune', 'unit', 'province', 'unitTree', 'mixed'];
  const cases = Object.keys(QUERIES).flatMap((name) => viewers.map((viewer) => ({ name, viewer })));

  it.each(cases)('$name, as the $viewer viewer', async ({ name, viewer }) => {
    const query = QUERIES[name]!;
    const variables = query.includes('$cadres') ? { cadres: 5 } : {};
    const one = await send(api.server.url, tokens[viewer]!, query, variables);
    const batched = await send(perLevel.url, tokens[viewer]!, query, variables);
    expect(answer(one)).toEqual(answer(batched));
    // A refused argument is the client's error, never the server's.
    expect(one.data ?? one.errors?.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(one.data ?? one.errors).toBeTruthy();
  });

  it("reaches rows at every level where a cut was left out, and keeps a sub-unit elsewhere out of the commune's", async () => {
    const query = QUERIES['sub-units and their cadres, below localities and below units']!;
    const asked = async (viewer: string) => (await send(api.server.url, tokens[viewer]!, query, {})).data as Data;
    const units = (data: Data) => (data.localities.nodes as Data[]).flatMap((l) => l.units.nodes as Data[]);
    const province = await asked('province');
    expect(units(province).some((u) => u.cadres.nodes.length > 0)).toBe(true);
    const unitTree = await asked('unitTree');
    expect((unitTree.units.nodes as Data[]).some((u) => u.children.nodes.some((c: Data) => c.cadres.nodes.length > 0))).toBe(true);
    // The moved unit's cadres are in its new parent's subtree, not in the commune's scope: the
    // commune viewer counts exactly those fewer below that parent (a root list, read in one statement).
    const below = `{ units(filter: { withinId: "${communeUnitId}" }) { nodes { id cadres(first: 50, includeSubunits: true) { totalCount } } } }`;
    const countBelow = async (viewer: string) => {
      const data = (await send(api.server.url, tokens[viewer]!, below, {})).data as Data;
      return (data.units.nodes as Data[]).find((u) => u.id === communeUnitId)!.cadres.totalCount as number;
    };
    expect(strayCadres).toBeGreaterThan(0);
    expect((await countBelow('root')) - (await countBelow('commune'))).toBe(strayCadres);
  });

  it('pages nested lists after a cursor the same way', async () => {
    const query = `query($after: String) { localities(first: 4) { nodes { units(first: 3) { nodes { name
      cadres(first: 3, after: $after) { totalCount nodes { fullName } pageInfo { hasNextPage hasPreviousPage } } } } } } }`;
    for (const viewer of ['root', 'commune']) {
      const one = await send(api.server.url, tokens[viewer]!, query, { after: cursor.cadres });
      const batched = await send(perLevel.url, tokens[viewer]!, query, { after: cursor.cadres });
      expect(one.errors).toBeUndefined();
      expect(answer(one)).toEqual(answer(batched));
    }
  });

  it(`reads the nested levels in ${testDatabaseKind === 'postgresql' ? 'one statement' : 'batches, whatever HOSO_NESTED_READ says'}`, async () => {
    const one = await send(api.server.url, tokens.root!, QUERIES.overview!, { cadres: 5 });
    const batched = await send(perLevel.url, tokens.root!, QUERIES.overview!, { cadres: 5 });
    // Four levels batched (rows + counts, enrollments' counts included), and the trainings; on
    // PostgreSQL the localities' page, their count, everything below and the trainings in one.
    expect(batched.extensions?.sql?.count).toBe(2 + 2 + 2 + 2 + 1);
    expect(one.extensions?.sql?.count).toBe(testDatabaseKind === 'postgresql' ? 1 : 2 + 2 + 2 + 2 + 1);
  });

  it('reads the to-one links of a level of more than 2,000 rows after it, once per record', async () => {
    const query = QUERIES['to-one links of a big nested level, read by id afterwards']!;
    const one = await send(api.server.url, tokens.root!, query, {});
    expect(one.errors).toBeUndefined();
    // 10 × 20 × 20 cadres could come back: their units are read by id afterwards, then those units' localities.
    expect(one.extensions?.sql?.count).toBe(testDatabaseKind === 'postgresql' ? 1 + 1 + 1 : 3 + 1 + 1);
  });

  it('counts a root list past its last page the same way, with a statement of its own', async () => {
    const query = `query($after: String) { cadres(first: 5, after: $after) { totalCount nodes { fullName } pageInfo { hasNextPage } } }`;
    const end = await send(api.server.url, tokens.commune!, '{ cadres(last: 1) { pageInfo { endCursor } } }', {});
    const after = (end.data as Data).cadres.pageInfo.endCursor as string;
    const one = await send(api.server.url, tokens.commune!, query, { after });
    const batched = await send(perLevel.url, tokens.commune!, query, { after });
    expect(answer(one)).toEqual(answer(batched));
    expect((one.data as Data).cadres.nodes).toEqual([]);
    expect((one.data as Data).cadres.totalCount).toBeGreaterThan(0);
    // the empty page, then its count (a cursor narrowed the page, so no row carried the count)
    expect(one.extensions?.sql?.count).toBe(2);
  });
});
