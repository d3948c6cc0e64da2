import { Client } from 'pg';
import { parse, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import { loadConfig } from '../../src/app/config';
import { operationDepth } from '../../src/app/depth-limit';
import { RequestLimits, TokenBucketLimiter } from '../../src/app/rate-limit';
import { buildHosoSchema } from '../../src/app/schema';
import { describeWithDatabase, testDatabaseKind } from '../support/database';
import { ROOT_ADMIN, startTestApi, type TestApi } from '../support/server';

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: GraphQLFormattedError[] };
}

/** A raw POST, so that status and headers are seen as a client sees them. */
async function post(api: TestApi, body: string, headers: Record<string, string> = api.headers): Promise<Answer> {
  const response = await fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text) as Answer['body'] };
}

const query = (text: string, variables?: Record<string, unknown>) => JSON.stringify({ query: text, variables });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codes = (answer: Answer) => (answer.body.errors ?? []).map((e) => e.extensions?.code);

/** The README's nested overview: five entity levels under four connection wrappers. */
const NESTED_OVERVIEW = `{ localities(first: 2) { nodes { units(first: 2) { nodes { cadres(first: 2) { nodes {
  enrollments(first: 2) { nodes { training { name } } } } } } } } } }`;

/** `Locality.children` nested `levels` times, every page of one row: deep but cheap. */
function deepLocalities(levels: number, spelling: 'nodes' | 'edges' = 'nodes'): string {
  const wrap = (inner: string, field: string) =>
    spelling === 'nodes' ? `${field}(first: 1) { nodes { ${inner} } }` : `${field}(first: 1) { edges { node { ${inner} } } }`;
  let selection = 'name';
  for (let i = 0; i < levels; i++) selection = wrap(`name ${selection}`, 'children');
  return `{ ${wrap(selection, 'localities')} }`;
}

describe('the token bucket', () => {
  it('lets a burst of the per-minute budget through, then one request per 60/N seconds, and says when', () => {
    let now = 1_000_000;
    const bucket = new TokenBucketLimiter({ perMinute: 6, now: () => now });
    for (let i = 0; i < 6; i++) expect(bucket.take('a')).toBeUndefined();
    expect(bucket.take('a')).toEqual({ retryAfterSeconds: 10 });
    now += 4_000;
    expect(bucket.take('a')).toEqual({ retryAfterSeconds: 6 });
    now += 6_000;
    expect(bucket.take('a')).toBeUndefined();
    expect(bucket.take('b')).toBeUndefined();
  });

  it('keeps at most maxKeys keys, forgetting refilled ones first', () => {
    let now = 0;
    const bucket = new TokenBucketLimiter({ perMinute: 60, maxKeys: 100, now: () => now });
    for (let i = 0; i < 1000; i++) {
      bucket.take(`k${i}`);
      now += 10;
    }
    expect(bucket.size).toBeLessThanOrEqual(100);
  });

  it('counts HOSO_AUTH=off requests per address, and 0 switches every limit off', () => {
    const limits = new RequestLimits(1);
    const anonymous = { kind: 'anonymous', name: 'anonymous', grants: [] } as const;
    expect(limits.signedIn(anonymous, '10.0.0.1')).toBeUndefined();
    expect(limits.signedIn(anonymous, '10.0.0.2')).toBeUndefined();
    expect(limits.signedIn(anonymous, '10.0.0.1')).toBeDefined();
    const off = new RequestLimits(0);
    for (let i = 0; i < 100; i++) {
      off.refused('10.0.0.1');
      expect(off.signedIn({ kind: 'user', name: 'x', grants: [] }, '10.0.0.1')).toBeUndefined();
    }
    expect(off.admit('10.0.0.1')).toBeUndefined();
  });
});

describe('the limits configuration', () => {
  it('has the documented defaults, 0 turning the rate limit and the statement timeout off', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      rateLimitPerMinute: 600,
      maxQueryDepth: 12,
      statementTimeoutMs: 15000,
      introspection: true,
      sandbox: true,
    });
    expect(loadConfig({ HOSO_RATE_LIMIT_PER_MINUTE: '0', HOSO_STATEMENT_TIMEOUT_MS: '0' })).toMatchObject({
      rateLimitPerMinute: 0,
      statementTimeoutMs: 0,
    });
    expect(() => loadConfig({ HOSO_RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(/HOSO_RATE_LIMIT_PER_MINUTE/);
    expect(() => loadConfig({ HOSO_MAX_DEPTH: '0' })).toThrow(/HOSO_MAX_DEPTH/);
    expect(() => loadConfig({ HOSO_SANDBOX: 'yes' })).toThrow(/HOSO_SANDBOX must be "on" or "off"/);
  });

  it('shows schema and Sandbox in development and for the embedded SQLite demo in production, not for PostgreSQL in production', () => {
    const postgres = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/hoso' };
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: true, sandbox: true });
    expect(loadConfig({ NODE_ENV: 'development', ...postgres })).toMatchObject({ introspection: true, sandbox: true });
    expect(loadConfig({ NODE_ENV: 'production', ...postgres })).toMatchObject({ introspection: false, sandbox: false });
    expect(loadConfig({ NODE_ENV: 'production', ...postgres, HOSO_INTROSPECTION: 'on', HOSO_SANDBOX: 'on' })).toMatchObject({
      introspection: true,
      sandbox: true,
    });
    expect(loadConfig({ NODE_ENV: 'production', HOSO_SANDBOX: 'off' })).toMatchObject({ introspection: true, sandbox: false });
  });
});

describe('query depth', () => {
  const depthOf = async (text: string) => {
    const document = parse(text);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
    return operationDepth(await buildHosoSchema(), document, operation);
  };

  it('counts entity levels and the leaf, not connection and edge wrappers, the same for nodes and edges', async () => {
    expect(await depthOf(NESTED_OVERVIEW)).toBe(6);
    expect(await depthOf(deepLocalities(3, 'nodes'))).toBe(5);
    expect(await depthOf(deepLocalities(3, 'edges'))).toBe(5);
    expect(await depthOf('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toBe(0);
  });

  it('follows fragments, once each however often they are spread', async () => {
    const spreads = Array.from({ length: 200 }, () => '...M').join(' ');
    const text = `{ localities(first: 1) { nodes { ...L } } }
      fragment L on Locality { name children(first: 1) { nodes { ${spreads} } } }
      fragment M on Locality { name }`;
    expect(await depthOf(text)).toBe(3);
  });
});

describeWithDatabase('limits of a public endpoint, over HTTP', () => {
  describe('rate limit per identity (HOSO_RATE_LIMIT_PER_MINUTE=5)', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({ HOSO_RATE_LIMIT_PER_MINUTE: '5' });
    });
    afterAll(() => api?.close());

    it('answers the sixth request of one identity 429 with Retry-After and RATE_LIMITED, while another identity goes on', async () => {
      const viewer = await api.tokenFor('rate-viewer', [{ ...ROOT_ADMIN, role: 'viewer' }]);
      for (let i = 0; i < 5; i++) expect((await post(api, query('{ __typename }'), bearer(viewer))).status).toBe(200);
      const refused = await post(api, query('{ __typename }'), bearer(viewer));
      expect(refused.status).toBe(429);
      // 5 a minute: one more request every 12 s.
      expect(Number(refused.headers.get('retry-after'))).toBe(12);
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors).toEqual([
        {
          message: 'Quá nhiều yêu cầu: hãy thử lại sau 12 giây (rate limit exceeded, retry after 12 s)',
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 12 },
        },
      ]);
      expect((await post(api, query('{ __typename }'))).status).toBe(200);
    });

    it('never limits the health probe', async () => {
      for (let i = 0; i < 10; i++) expect((await fetch(api.server.url.replace('/graphql', '/health'))).status).toBe(200);
    });
  });

  describe('failed sign-ins count per client address (HOSO_RATE_LIMIT_PER_MINUTE=5)', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({ HOSO_RATE_LIMIT_PER_MINUTE: '5' });
    });
    afterAll(() => api?.close());

    it('refuses the address, valid token or not, before reading its credential once its refusals are spent', async () => {
      for (let i = 0; i < 3; i++) {
        const guess = await post(api, query('{ __typename }'), bearer(`hoso_guess${i}_${'x'.repeat(43)}`));
        expect(guess.status).toBe(401);
        expect(codes(guess)).toEqual(['UNAUTHENTICATED']);
      }
      // Unreadable bodies are refused before sign-in and count too.
      expect((await post(api, '{"query": ', api.headers)).status).toBe(400);
      expect((await post(api, query('{ __typename }'), {})).status).toBe(401);
      const blocked = await post(api, query('{ __typename }'));
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(codes(blocked)).toEqual(['RATE_LIMITED']);
      expect(blocked.body.errors?.[0]?.message).toMatch(/thử lại sau \d+ giây .*retry after \d+ s/);
    });
  });

  describe('with the default limits', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi();
    });
    afterAll(() => api?.close());

    it("lets the README's nested overview through, in either spelling of its connections", async () => {
      const overview = await post(api, query(NESTED_OVERVIEW));
      expect(overview.status).toBe(200);
      expect(overview.body.errors).toBeUndefined();
      const edges = await post(api, query(deepLocalities(10, 'edges')));
      expect(edges.status).toBe(200);
      expect(edges.body.errors).toBeUndefined();
    });

    it('refuses a query deeper than HOSO_MAX_DEPTH with HTTP 400 and QUERY_TOO_DEEP before it runs', async () => {
      const deep = await post(api, query(deepLocalities(11)));
      expect(deep.status).toBe(400);
      expect(deep.body.data).toBeUndefined();
      expect(deep.body.errors).toHaveLength(1);
      expect(deep.body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: 13, maxDepth: 12 });
      expect(deep.body.errors?.[0]?.message).toMatch(/^Truy vấn lồng quá sâu: 13 cấp, tối đa 12 .*\(query too deep\)$/);
    });

    it('still refuses an expensive shallow query with QUERY_TOO_COMPLEX', async () => {
      const wide = await post(
        api,
        query('{ localities(first: 500) { nodes { units(first: 500) { nodes { cadres(first: 500) { nodes { fullName } } } } } } }'),
      );
      expect(wide.status).toBe(400);
      expect(codes(wide)).toEqual(['QUERY_TOO_COMPLEX']);
    });

    it('estimates one query text by the variables of each request (the estimate is kept per text and variables)', async () => {
      const text =
        'query ($n: Int) { localities(first: $n) { nodes { units(first: $n) { nodes { cadres(first: $n) { nodes { fullName } } } } } } }';
      for (const [n, status] of [
        [500, 400],
        [3, 200],
        [500, 400],
        [3, 200],
      ] as const) {
        const answer = await post(api, query(text, { n }));
        expect(answer.status).toBe(status);
        expect(codes(answer)).toEqual(status === 400 ? ['QUERY_TOO_COMPLEX'] : []);
      }
      // Variables that do not fit their types are execution's to report, every time.
      for (let i = 0; i < 2; i++) expect(codes(await post(api, query(text, { n: 'many' })))).toEqual(['BAD_USER_INPUT']);
    });

    it('serves introspection and the Sandbox in development', async () => {
      const schema = await post(api, query('{ __schema { queryType { name } } }'));
      expect(schema.status).toBe(200);
      expect(schema.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      const page = await fetch(api.server.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/sandbox/i);
    });
  });

  describe('in production (NODE_ENV=production)', () => {
    let defaults: TestApi;
    let off: TestApi;
    beforeAll(async () => {
      defaults = await startTestApi({ NODE_ENV: 'production' });
      off = await startTestApi({ NODE_ENV: 'production', HOSO_INTROSPECTION: 'off', HOSO_SANDBOX: 'off' });
    });
    afterAll(async () => {
      await defaults?.close();
      await off?.close();
    });

    const shown = testDatabaseKind === 'sqlite';
    it(`${shown ? 'keeps' : 'hides'} introspection and the Sandbox by default on ${testDatabaseKind} (the embedded SQLite default is the demo)`, async () => {
      const schema = await post(defaults, query('{ __schema { queryType { name } } }'));
      expect(schema.status).toBe(shown ? 200 : 400);
      const page = await fetch(defaults.server.url, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')?.startsWith('text/html') ?? false).toBe(shown);
    });

    it('hides both when told HOSO_INTROSPECTION=off and HOSO_SANDBOX=off, and still answers __typename', async () => {
      const schema = await post(off, query('{ __schema { queryType { name } } }'));
      expect(schema.status).toBe(400);
      expect(codes(schema)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(schema.body.errors?.[0]?.message).toMatch(/introspection/i);
      const type = await post(off, query('{ __typename }'));
      expect(type.body).toEqual({ data: { __typename: 'Query' }, extensions: expect.anything() });
      const page = await fetch(off.server.url, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).not.toMatch(/text\/html/);
      expect(page.status).toBeGreaterThanOrEqual(400);
      expect(page.status).toBeLessThan(500);
    });
  });
});

// SQLite runs every statement in-process and has no statement_timeout to set.
const describeOnPostgres = testDatabaseKind === 'postgresql' ? describeWithDatabase : describe.skip;

describeOnPostgres('statement timeout (PostgreSQL only: SQLite has no statement_timeout)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ HOSO_STATEMENT_TIMEOUT_MS: '1000' });
  });
  afterAll(() => api?.close());

  it('is set on every pooled connection', async () => {
    const em = api.db.orm.em.fork();
    const rows = await Promise.all(
      Array.from({ length: 4 }, () => em.getConnection().execute<{ statement_timeout: string }[]>('show statement_timeout')),
    );
    expect(rows.map((r) => r[0]?.statement_timeout)).toEqual(['1s', '1s', '1s', '1s']);
  });

  it('turns a statement stuck behind a lock into HTTP 503 QUERY_TIMEOUT with Retry-After, and the pool serves on', async () => {
    const dbName = new URL(api.db.config.databaseUrl!).pathname.slice(1);
    const locker = new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: dbName });
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query('lock table cadre in access exclusive mode');
      const started = Date.now();
      const stuck = await post(api, query('{ cadres(first: 1) { totalCount nodes { fullName } } }'));
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(stuck.status).toBe(503);
      expect(stuck.headers.get('retry-after')).toBe('30');
      expect(codes(stuck)).toEqual(['QUERY_TIMEOUT']);
      expect(stuck.body.errors?.[0]?.message).toMatch(/\(statement timeout\)$/);
      expect(JSON.stringify(stuck.body)).not.toMatch(/canceling statement|select /i);
    } finally {
      await locker.query('rollback');
      await locker.end();
    }
    const after = await post(api, query('{ cadres(first: 1) { totalCount } }'));
    expect(after.status).toBe(200);
    expect(after.body.errors).toBeUndefined();
  });
});
