/**
 * Benchmark (not a test): how long one heavy read holds every other request on SQLite (issue 9).
 * better-sqlite3 runs each statement on the event loop, and the statements of one request queue
 * ahead of everyone else's, so what one request may cost is what the others wait.
 *
 * Seeds (or reuses) data/bench.db, starts hoso in a child process as `npm start` would, and for each
 * heavy shape sends the most aliases of it that the cost model accepts (at HOSO_MAX_COMPLEXITY,
 * the server's default unless set) while a small query is sent every BENCH_PROBE_MS meanwhile;
 * prints the heavy request's time and the small query's latency p50/p99/max, next to its latency
 * alone.
 *
 *   npm run bench:stall
 *   HOSO_MAX_COMPLEXITY=1000000 npm run bench:stall   # the heaviest requests a lower limit lets through
 *   BENCH_SHAPES=counts,pages BENCH_CADRES=20000 npm run bench:stall
 *   BENCH_ALIASES=100 npm run bench:stall             # a fixed number of aliases, whatever the limit
 *                                                     # (no cost model needed: runs on older checkouts)
 *   BENCH_WORKERS=2 npm run bench:stall               # served as `hoso serve --workers 2`
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse, type OperationDefinitionNode } from 'graphql';
import { loadConfig } from '../../src/app/config';
import { forkFor, initOrm, migrate } from '../../src/app/orm';
import { serveWithWorkers } from '../../src/app/cluster';
import { startServer } from '../../src/app/server';
import { Cadre } from '../../src/cadres/cadre.entity';
import { seedDemoData } from '../../src/seed/seed.service';
import { BENCH_TOKEN_SECRET, benchConfig, benchHeaders } from './bench-database';

const cadres = Number(process.env.BENCH_CADRES ?? 100_000);
const probeEveryMs = Number(process.env.BENCH_PROBE_MS ?? 50);
const fixedAliases = process.env.BENCH_ALIASES ? Number(process.env.BENCH_ALIASES) : undefined;
/** Processes serving the port, as `hoso serve --workers N` (node:cluster). */
const workers = Number(process.env.BENCH_WORKERS ?? 1);
/** The limit the server runs with: HOSO_MAX_COMPLEXITY as the server reads it, its default otherwise. */
const maxComplexity = loadConfig({ HOSO_MAX_COMPLEXITY: process.env.HOSO_MAX_COMPLEXITY }).maxQueryComplexity;
/** More aliases than a query may hold fields (10,000) is never accepted; the search starts below. */
const MOST_ALIASES = 5_000;

/** The small request a screen sends, measured while a heavy one runs. */
const PROBE = '{ cadres(first: 5) { nodes { fullName } } }';

/** What can be heavy today, one alias of each (`i` keeps aliases from sharing anything). */
const SHAPES: Record<string, (i: number, province: string) => string> = {
  // Issue 9's request: a name search (a LIKE over every cadre) with its count.
  'name+count': (i) => `cadres(filter: { name: "khong co ${i}" }, first: 1) { totalCount }`,
  name: (i) => `cadres(filter: { name: "khong co ${i}" }, first: 20) { nodes { fullName } }`,
  counts: () => 'cadres(first: 1) { totalCount }',
  pages: () => 'cadres(first: 500) { nodes { fullName birthYear sex } }',
  // The README's nested overview.
  overview: () =>
    'localities(first: 10) { totalCount nodes { name units(first: 20) { totalCount nodes { name cadres(first: 50) { totalCount nodes { fullName enrollments(first: 10) { nodes { status training { name } } } } } } } } }',
  subtree: () => 'localities(first: 20) { nodes { cadres(first: 1, includeSubtree: true) { totalCount } } }',
  statistics: (_i, province) =>
    `cadreStatistics(scope: { id: "${province}" }, groupBy: [SEX, ETHNICITY, AGE_BAND]) { total groups { count } }`,
};

const aliased = (count: number, shape: (i: number) => string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${shape(i)}`).join(' ')} }`;

interface Started {
  url: string;
  headers: Record<string, string>;
}

/** The child: hoso on the bench database, configured as `npm start` (NODE_ENV=production) at the chosen limit. */
async function serve(): Promise<void> {
  const config = { ...benchConfig('sqlite'), maxQueryComplexity: maxComplexity };
  const orm = await initOrm(config);
  const headers = await benchHeaders(orm, config);
  if (workers > 1) {
    // As `hoso serve --workers N`: the workers read their configuration from the environment.
    Object.assign(process.env, {
      HOSO_SQLITE_PATH: config.sqlitePath,
      HOSO_TOKEN_SECRET: BENCH_TOKEN_SECRET,
      HOSO_RATE_LIMIT_PER_MINUTE: '0',
      HOSO_MAX_COMPLEXITY: String(maxComplexity),
      HOST: '127.0.0.1',
    });
    const port = await freePort();
    await serveWithWorkers(orm, config, { workers, port, onReady: (url) => process.send!({ url, headers } satisfies Started) });
    process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
    return;
  }
  const server = await startServer(orm, { ...config, host: '127.0.0.1' }, 0);
  process.on('disconnect', () => {
    server
      .stop()
      .then(() => orm.close())
      .finally(() => process.exit(0));
  });
  process.send!({ url: server.url, headers } satisfies Started);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function seed(): Promise<number> {
  const config = benchConfig('sqlite');
  const orm = await initOrm(config);
  try {
    await migrate(orm);
    const em = forkFor(orm, { actor: 'bench', source: 'seed' });
    const existing = await em.count(Cadre, {});
    if (existing < cadres) {
      console.log(`seeding ${cadres - existing} cadres into ${config.sqlitePath}...`);
      await seedDemoData(em, { cadres: cadres - existing, progress: true });
    }
    return await em.count(Cadre, {});
  } finally {
    await orm.close();
  }
}

function startChild(): Promise<{ started: Started; stop: () => void }> {
  const child = fork(__filename, ['serve'], {
    execArgv: ['-r', 'ts-node/register/transpile-only'],
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  });
  return new Promise((resolve, reject) => {
    child.once('message', (started: Started) => resolve({ started, stop: () => child.disconnect() }));
    child.once('exit', (code) => reject(new Error(`the server exited with code ${code} before listening`)));
  });
}

/** The most aliases of `shape` whose estimate the limit accepts (the estimate grows with every alias). */
async function mostAccepted(shape: (i: number) => string): Promise<{ aliases: number; cost: number }> {
  const { buildHosoSchema } = await import('../../src/app/schema');
  const { estimateCost } = await import('../../src/app/complexity');
  const schema = await buildHosoSchema();
  const cost = (count: number): number => {
    const document = parse(aliased(count, shape));
    const operation = document.definitions[0] as OperationDefinitionNode;
    try {
      return estimateCost(schema, document, operation);
    } catch {
      return Infinity;
    }
  };
  let low = 0;
  let high = MOST_ALIASES;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (cost(middle) <= maxComplexity) low = middle;
    else high = middle - 1;
  }
  return { aliases: low, cost: low > 0 ? cost(low) : cost(1) };
}

interface Timed {
  status: number;
  ms: number;
  errors?: { message: string }[];
}

async function send(started: Started, query: string): Promise<Timed> {
  const begin = performance.now();
  try {
    const response = await fetch(started.url, { method: 'POST', headers: started.headers, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { errors?: { message: string }[] };
    return { status: response.status, ms: performance.now() - begin, errors: body.errors };
  } catch (error) {
    // A server held long enough does not even accept the connection (undici gives up after 10 s).
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return { status: 0, ms: performance.now() - begin, errors: [{ message: cause }] };
  }
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const figures = (probes: readonly Timed[]) => {
  const sorted = probes.map((p) => p.ms).sort((a, b) => a - b);
  const failed = probes.filter((p) => p.status !== 200).length;
  const ms = (value: number | undefined) => (value ?? NaN).toFixed(0).padStart(6);
  return `p50 ${ms(percentile(sorted, 50))}  p99 ${ms(percentile(sorted, 99))}  max ${ms(sorted.at(-1))} ms  (${sorted.length} probes${failed ? `, ${failed} failed` : ''})`;
};

/** Probes sent on a clock (not one after another), so that a probe stuck behind the heavy request does not hide the others. */
async function probeWhile(started: Started, running: Promise<unknown>): Promise<Timed[]> {
  const probes: Promise<Timed>[] = [];
  let done = false;
  void running.finally(() => (done = true));
  while (!done) {
    probes.push(send(started, PROBE));
    await new Promise((resolve) => setTimeout(resolve, probeEveryMs));
  }
  return Promise.all(probes);
}

async function main(): Promise<void> {
  const total = await seed();
  const { started, stop } = await startChild();
  try {
    const province = (await (
      await fetch(started.url, {
        method: 'POST',
        headers: started.headers,
        body: JSON.stringify({ query: '{ localities(first: 1, filter: { level: PROVINCE }) { nodes { id } } }' }),
      })
    ).json()) as { data: { localities: { nodes: { id: string }[] } } };
    const provinceId = province.data.localities.nodes[0]!.id;
    for (let i = 0; i < 20; i++) await send(started, PROBE);
    const alone: Timed[] = [];
    for (let i = 0; i < 100; i++) alone.push(await send(started, PROBE));

    console.log(
      `\nSQLite, ${total} cadres; ${workers} worker${workers > 1 ? 's' : ''}; HOSO_MAX_COMPLEXITY=${maxComplexity}; a probe every ${probeEveryMs} ms`,
    );
    console.log(`${'probe alone'.padEnd(46)} ${figures(alone)}`);
    const chosen = process.env.BENCH_SHAPES?.split(',') ?? Object.keys(SHAPES);
    for (const name of chosen) {
      const shape = SHAPES[name];
      if (!shape) throw new Error(`BENCH_SHAPES: no shape ${name} (${Object.keys(SHAPES).join(', ')})`);
      const one = (i: number) => shape(i, provinceId);
      const { aliases, cost } = fixedAliases ? { aliases: fixedAliases, cost: NaN } : await mostAccepted(one);
      if (aliases === 0) {
        console.log(`${name.padEnd(12)} refused even alone (estimate ${cost})`);
        continue;
      }
      const heavy = send(started, aliased(aliases, one));
      const probes = await probeWhile(started, heavy);
      const answer = await heavy;
      const outcome = answer.errors ? `${answer.status} ${answer.errors[0]!.message.slice(0, 60)}` : String(answer.status);
      const label = `${name} ×${aliases}${Number.isNaN(cost) ? '' : ` (est. ${cost.toLocaleString('en')})`}`;
      console.log(`${label.padEnd(46)} ${figures(probes)}; heavy ${(answer.ms / 1000).toFixed(1)} s → ${outcome}`);
    }
  } finally {
    stop();
  }
}

if (process.argv[2] === 'serve') {
  serve().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
