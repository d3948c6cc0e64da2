import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { loadConfig } from '../../src/app/config';
import { logger } from '../../src/app/logger';
import { forkFor } from '../../src/app/orm';
import { seedDemoData } from '../../src/seed/seed.service';
import { NestedOverviewDocument } from '../generated/graphql';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const doc = (text: string) => parse(text) as TypedDocumentNode<Data, Record<string, unknown>>;

/**
 * Issue 9: a query is run by graphql-js the first time it is seen and compiled (graphql-jit) from
 * the second. Both paths must answer alike, data and errors, whatever the query. The other suites
 * run every document compiled at first sight (support/database.ts); this one runs each twice on a
 * server that compiles after one run, so the first answer is graphql-js's and the second the
 * compiled one.
 */
describeWithDatabase('compiled queries answer as graphql-js does', () => {
  let api: TestApi;
  let viewerToken: string;
  const compiled: (string | null)[] = [];

  beforeAll(async () => {
    api = await startTestApi({ HOSO_COMPILE_QUERIES_AFTER: '1' });
    await seedDemoData(forkFor(api.db.orm, { actor: 'seed', source: 'seed' }), { cadres: 80 });
    viewerToken = await api.tokenFor('compiled.viewer', [{ role: 'viewer', scope: { kind: 'root' }, personalData: false, sync: false }]);
    jest.spyOn(logger, 'debug').mockImplementation(((fields: { operationName?: string | null }, message?: string) => {
      if (message === 'query compiled') compiled.push(fields.operationName ?? null);
    }) as typeof logger.debug);
  }, 120_000);

  afterAll(async () => {
    jest.restoreAllMocks();
    await api?.close();
  });

  /** The first (interpreted) and second (compiled) answers to one request. */
  const twice = async <T, V>(token: string | null, document: TypedDocumentNode<T, V>, variables?: V) => {
    const first = await api.requestAs(token, document, variables);
    const second = await api.requestAs(token, document, variables);
    return [first, second] as const;
  };
  const admin = () => api.headers.authorization.slice('Bearer '.length);

  it('the nested overview: the same pages, counts and links', async () => {
    const [first, second] = await twice(admin(), NestedOverviewDocument, {
      localities: 3,
      units: 3,
      cadres: 4,
      enrollments: 3,
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.localities.nodes.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
    expect(compiled).toContain('NestedOverview');
  });

  it('an order input that leaves out its defaulted direction, with cursors, enums and dates', async () => {
    const ordered = doc(`query Ordered($order: [CadreOrder!], $first: Int) {
      cadres(first: $first, orderBy: $order) {
        totalCount
        edges { cursor node { id fullName sex birthYear retirementDate unit { name } } }
        pageInfo { hasNextPage endCursor }
      } }`);
    const [first, second] = await twice(admin(), ordered, { order: [{ field: 'NAME' }], first: 7 });
    expect(first.errors).toBeUndefined();
    expect(first.data!.cadres.edges).toHaveLength(7);
    expect(second).toEqual(first);
    expect(compiled).toContain('Ordered');
  });

  it('a variable of the wrong type: the same error, in graphql-js words', async () => {
    const [first, second] = await twice(admin(), doc('query Paged($first: Int) { cadres(first: $first) { totalCount } }'), {
      first: 'ten',
    });
    expect(first.errors?.[0]?.message).toMatch(/\$first/);
    expect(first.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(second).toEqual(first);
  });

  it('an error raised in a resolver keeps its code and path', async () => {
    const [first, second] = await twice(admin(), doc('query Missing($id: ID!) { cadre(id: $id) { fullName } }'), { id: 'not-an-id' });
    expect(first.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
    expect(first.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(second).toEqual(first);
  });

  it('personal data refused to a viewer: the same nulls and the one FORBIDDEN_FIELD error', async () => {
    const [first, second] = await twice(viewerToken, doc('query Hidden { cadres(first: 3) { nodes { fullName idNumber ethnicity } } }'));
    expect(first.errors).toHaveLength(1);
    expect(first.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN_FIELD', count: 6 });
    expect(second).toEqual(first);
    expect(compiled).toContain('Hidden');
  });

  it('the compilation for a viewer who reads all personal data is its own: never reused for one who may not', async () => {
    const shared = doc('query SharedByBoth { cadres(first: 3) { nodes { fullName idNumber birthDate } } }');
    const [adminFirst, adminCompiled] = await twice(admin(), shared);
    expect(adminFirst.errors).toBeUndefined();
    expect(adminFirst.data!.cadres.nodes.every((c: Data) => typeof c.idNumber === 'string' && typeof c.birthDate === 'string')).toBe(true);
    expect(adminCompiled).toEqual(adminFirst);

    // The same document, compiled already for the admin: the viewer gets a compilation with the guards.
    const viewers = await api.requestAs(viewerToken, shared);
    expect(viewers.data!.cadres.nodes.map((c: Data) => [c.idNumber, c.birthDate])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(viewers.errors).toHaveLength(1);
    expect(viewers.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN_FIELD', count: 6 });
    expect(compiled.filter((name) => name === 'SharedByBoth')).toHaveLength(2);

    // And the admin's compilation still reads them, after the viewer's.
    expect(await api.requestAs(admin(), shared)).toEqual(adminFirst);
  });

  it('mutations stay with graphql-js, and answer alike', async () => {
    const mutation = doc(`mutation Refused($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`);
    const input = { cadreId: 'not-an-id', unitId: 'not-an-id', positionId: 'not-an-id', startDate: '2024-01-15' };
    const [first, second] = await twice(admin(), mutation, { input });
    expect(first.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(second).toEqual(first);
    expect(compiled).not.toContain('Refused');
  });

  it('HOSO_COMPILE_QUERIES_AFTER: a count, 0 for at once, off for never; anything else fails at start', () => {
    expect(loadConfig({}).compileQueriesAfter).toBe(1);
    expect(loadConfig({ HOSO_COMPILE_QUERIES_AFTER: '0' }).compileQueriesAfter).toBe(0);
    expect(loadConfig({ HOSO_COMPILE_QUERIES_AFTER: 'off' }).compileQueriesAfter).toBeNull();
    expect(() => loadConfig({ HOSO_COMPILE_QUERIES_AFTER: 'soon' })).toThrow(/HOSO_COMPILE_QUERIES_AFTER/);
  });
});
