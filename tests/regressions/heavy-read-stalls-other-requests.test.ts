import { forkFor } from '../../src/app/orm';
import { seedDemoData } from '../../src/seed/seed.service';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';

/**
 * Issue 9: better-sqlite3 runs every statement on the event loop, so one request of 3,000 aliased
 * name searches (each a LIKE scan, each with its count) froze every other request for 9 s. The cost
 * estimate charged each alias its page size (`first: 1` → 2), so the request passed a limit meant
 * for millions. A request that would scan a table thousands of times is refused before it runs.
 */
const CADRES = 3_000;
/** Aliases of the request; well under the 10,000 fields a query may hold. */
const ALIASES = 3_000;
/**
 * Not a benchmark (tests/bench/stall.bench.ts measures): on this small office an ordinary page
 * takes milliseconds, and the heavy request, when it was let run, held it for several seconds.
 */
const ORDINARY_WITHIN_MS = 1_500;

interface Answer {
  status: number;
  ms: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

const aliased = (count: number, field: (i: number) => string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;

/** Many name searches, each with a different text so that nothing can be shared between them. */
const NAME_SEARCHES = aliased(ALIASES, (i) => `cadres(filter: { name: "khong co ${i}" }, first: 1) { totalCount }`);
const ORDINARY = '{ cadres(first: 5) { nodes { fullName } } }';

describeWithDatabase('one heavy read next to ordinary requests', () => {
  let api: TestApi;
  const send = async (query: string): Promise<Answer> => {
    const started = performance.now();
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { ...api.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as Answer['body'];
    return { status: response.status, ms: performance.now() - started, body };
  };
  const expectRefusedForItsCost = (answer: Answer) => {
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toHaveLength(1);
    const [error] = answer.body.errors!;
    expect(error!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(error!.extensions!.complexity as number).toBeGreaterThan(error!.extensions!.maxComplexity as number);
    expect(error!.message).toMatch(/ước tính [\d.,≈ ×^]+, tối đa/);
  };

  beforeAll(async () => {
    api = await startTestApi({ HOSO_DEBUG_SQL: '0' });
    await seedDemoData(forkFor(api.db.orm, { actor: 'seed', source: 'seed' }), { cadres: CADRES });
  });
  afterAll(() => api?.close());

  it('refuses thousands of aliased name searches up front, naming their cost', async () => {
    expectRefusedForItsCost(await send(NAME_SEARCHES));
  });

  it('answers an ordinary request sent meanwhile, promptly and correctly', async () => {
    const alone = await send(ORDINARY);
    expect(alone.status).toBe(200);
    const heavy = send(NAME_SEARCHES);
    // Sent while the heavy request is being read and planned (or run, if it were let through).
    await new Promise((resolve) => setTimeout(resolve, 50));
    const meanwhile = await send(ORDINARY);
    expect(meanwhile.status).toBe(200);
    expect(meanwhile.body).toEqual(alone.body);
    expect(meanwhile.ms).toBeLessThan(ORDINARY_WITHIN_MS);
    expect((await heavy).status).toBe(400);
  });

  it('counts every aliased count as a scan of its table, not as its page size', async () => {
    expectRefusedForItsCost(await send(aliased(ALIASES, () => 'cadres(first: 1) { totalCount }')));
  });

  it('multiplies a nested list by the page sizes above it', async () => {
    const wide = '{ units(first: 500) { nodes { cadres(first: 500) { nodes { enrollments(first: 500) { nodes { status } } } } } } }';
    expectRefusedForItsCost(await send(wide));
  });

  it('still answers a search screen: a name search with its count and a page of rows, beside the lists it filters by', async () => {
    const screen = await send(`{
      cadres(filter: { name: "nguyen" }, first: 20) { totalCount nodes { fullName unit { name } } }
      units(first: 50) { nodes { name } }
      localities(first: 50) { nodes { name } }
    }`);
    expect(screen.status).toBe(200);
    expect(screen.body.errors).toBeUndefined();
    expect((screen.body.data?.cadres as { nodes: unknown[] }).nodes).toHaveLength(20);
  });
});
