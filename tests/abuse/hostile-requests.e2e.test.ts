import fc from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import { buildHosoSchema } from '../../src/app/schema';
import { forkFor } from '../../src/app/orm';
import { seedDemoData } from '../../src/seed/seed.service';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import { hostileRequest, malformedBody } from './hostile-query';

/**
 * The abuse suite: generated hostile requests against the real HTTP server on a small demo
 * office. CI runs a fixed seed and a bounded count; a random hunt is one variable away:
 * `HOSO_ABUSE_SEED=$RANDOM HOSO_ABUSE_RUNS=2000 npx jest tests/abuse`.
 */
const SEED = Number(process.env.HOSO_ABUSE_SEED ?? 20261203);
const RUNS = Number(process.env.HOSO_ABUSE_RUNS ?? 150);
/** A bound, not a benchmark: on a demo office of 60 cadres no answer should take anywhere near it. */
const SLOWEST_ANSWER_MS = 10_000;
/** What a response must never show: a stack frame, a file of ours, SQL or a database's own error. */
const LEAK =
  /\bat [\w.<>]+ \(|node_modules|\/src\/|\.ts:\d+|\bselect\b[^"]*\bfrom\b|\binsert into\b|SQLITE_|syntax error at or near|violates .* constraint|unrecognized token/i;

interface Answer {
  status: number;
  ms: number;
  text: string;
  contentType: string;
}

describeWithDatabase('hostile requests (generated from the schema)', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  let ids: string[];

  /** Every row of every record table: a refused mutation must leave it as it was. Sync tables keep failed runs on purpose. */
  const snapshot = async (): Promise<Map<string, string>> => {
    const knex = api.db.orm.em.getKnex();
    const tables =
      api.db.kind === 'postgresql'
        ? ((await knex.raw(`select tablename as name from pg_tables where schemaname = 'public'`)) as { rows: { name: string }[] }).rows
        : ((await knex.raw(`select name from sqlite_master where type = 'table'`)) as { name: string }[]);
    const names = tables
      .map((t) => t.name)
      .filter((name) => !/^(sync_|mikro_orm|sqlite_)/.test(name))
      .sort();
    const rows = new Map<string, string>();
    for (const name of names) rows.set(name, JSON.stringify(await knex(name).select('*').orderBy(1)));
    return rows;
  };
  const changedTables = (before: Map<string, string>, after: Map<string, string>) =>
    [...before.keys()].filter((name) => before.get(name) !== after.get(name));

  const send = async (body: string, contentType: string): Promise<Answer> => {
    const started = performance.now();
    const headers: Record<string, string> = contentType ? { ...api.headers, 'content-type': contentType } : { ...api.headers };
    const response = await fetch(api.server.url, { method: 'POST', headers, body });
    const text = await response.text();
    return { status: response.status, ms: performance.now() - started, text, contentType: response.headers.get('content-type') ?? '' };
  };

  const expectSane = (answer: Answer, what: string) => {
    const context = `${what}\n→ ${answer.status} ${answer.text.slice(0, 500)}`;
    if (answer.status >= 500) throw new Error(`5xx for ${context}`);
    if (LEAK.test(answer.text)) throw new Error(`internals leaked for ${context}`);
    if (!/json/.test(answer.contentType)) throw new Error(`not JSON (${answer.contentType}) for ${context}`);
    // A client's mistake is never reported as the server's, whatever the HTTP status.
    if (answer.text.includes('"INTERNAL_SERVER_ERROR"')) throw new Error(`INTERNAL_SERVER_ERROR for ${context}`);
    if (answer.ms > SLOWEST_ANSWER_MS) throw new Error(`${Math.round(answer.ms)} ms for ${context}`);
  };

  beforeAll(async () => {
    api = await startTestApi({ HOSO_DEBUG_SQL: '0' });
    await seedDemoData(forkFor(api.db.orm, { actor: 'seed', source: 'seed' }), { cadres: 60 });
    schema = await buildHosoSchema();
    const lists = [
      'localities',
      'units',
      'cadres',
      'trainings',
      'enrollments',
      'positions',
      'assignments',
      'planningTerms',
      'planningEntries',
      'rotations',
      'evaluations',
    ];
    const answer = await send(
      JSON.stringify({ query: `{ ${lists.map((list) => `${list}(first: 5) { nodes { id } }`).join(' ')} }` }),
      'application/json',
    );
    const data = (JSON.parse(answer.text) as { data: Record<string, { nodes: { id: string }[] }> }).data;
    ids = Object.values(data).flatMap((connection) => connection.nodes.map((node) => node.id));
    expect(ids.length).toBeGreaterThan(30);
  });
  afterAll(() => api?.close());

  it('no generated query or mutation gets a 5xx, a leak or a slow answer, and a refused mutation changes no row', async () => {
    let refusedMutations = 0;
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const request = hostileRequest(g, schema, ids);
        const before = request.isMutation ? await snapshot() : new Map<string, string>();
        const answer = await send(JSON.stringify({ query: request.query, variables: request.variables }), 'application/json');
        expectSane(answer, `${request.query}\nvariables: ${JSON.stringify(request.variables).slice(0, 500)}`);
        const body = JSON.parse(answer.text) as { errors?: { path?: unknown[] }[] };
        if (process.env.ABUSE_DEBUG) console.log(answer.status, request.query.slice(0, 300), answer.text.slice(0, 300));
        // Refused: the request, or the mutation's root field itself, failed (not a field of the payload it returned).
        const refused = body.errors?.some((error) => error.path === undefined || error.path.length === 1) ?? false;
        if (request.isMutation && refused) {
          refusedMutations++;
          const changed = changedTables(before, await snapshot());
          if (changed.length > 0)
            throw new Error(`refused mutation changed ${changed.join(', ')}: ${request.query}\n→ ${answer.text.slice(0, 800)}`);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // The generator does reach the mutations' refusals (a property over nothing would prove nothing).
    expect(refusedMutations).toBeGreaterThan(RUNS / 10);
  });

  it('no malformed body gets a 5xx, a leak or a non-JSON answer', async () => {
    await fc.assert(
      fc.asyncProperty(malformedBody, async ({ body, contentType }) => {
        expectSane(await send(body, contentType), `body ${JSON.stringify(body).slice(0, 300)} as ${contentType}`);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });

  it('answers the health probe and an ordinary query afterwards', async () => {
    const health = await fetch(new URL('/health', api.server.url));
    expect(health.status).toBe(200);
    const answer = await send(JSON.stringify({ query: '{ cadres { totalCount } }' }), 'application/json');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ data: { cadres: { totalCount: 60 } } });
  });
});
