/**
 * Benchmark (not a test): issue 9's load target — 50 concurrent clients for 60 s on the mid-sized
 * nested query (pages 5/5/5/5), PostgreSQL with the 100,000-cadre bench database: 0 errors and
 * p99 under 1 s. Runs it against a real `hoso serve --workers 1` and then `--workers 2` process
 * (NODE_ENV=production) and prints, per configuration, requests, errors, req/s and latency
 * percentiles, then the workers 2 ÷ workers 1 ratios.
 *
 *   npm run bench:load
 *   BENCH_LOAD_SECONDS=10 BENCH_LOAD_CLIENTS=20 npm run bench:load
 *   BENCH_LOAD_WORKERS=1,2,4 npm run bench:load      # other configurations (the first is the ratios' base)
 *
 * The load comes from autocannon (already a devDependency, used by the other benchmarks): a closed
 * loop of N connections, each sending its next request when the previous answer is in, which is
 * what "N concurrent clients" means here; it records latency in an HDR histogram and counts
 * socket errors, timeouts and non-2xx for us, and its `onResponse` hook sees each body, which is
 * where a GraphQL error inside an HTTP 200 is counted. It runs in this process, on the same machine
 * as the servers and PostgreSQL: on a 2-core machine the load generator takes CPU the second worker
 * would use, so the gain measured is a lower bound. The figures are only as quiet as the machine:
 * the load average is printed before and after each configuration.
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { print } from 'graphql';
import { WORKER_HEADER } from '../../src/app/cluster';
import { forkFor, initOrm, migrate } from '../../src/app/orm';
import { Cadre } from '../../src/cadres/cadre.entity';
import { seedDemoData } from '../../src/seed/seed.service';
import { NestedOverviewDocument } from '../generated/graphql';
import { BENCH_POSTGRES_URL, BENCH_TOKEN_SECRET, benchConfig, benchHeaders, ensurePostgresDatabase } from './bench-database';

const ROOT = join(__dirname, '..', '..');
const cadres = Number(process.env.BENCH_CADRES ?? 100_000);
const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const clients = Number(process.env.BENCH_LOAD_CLIENTS ?? 50);
const warmupSeconds = Number(process.env.BENCH_LOAD_WARMUP_SECONDS ?? 5);
const configurations = (process.env.BENCH_LOAD_WORKERS ?? '1,2').split(',').map(Number);
/** A benchmark reports and exits 0; BENCH_STRICT=1 makes a missed target exit 1 (as bench:compare). */
const strict = process.env.BENCH_STRICT === '1';

/** Issue 9's target for this load. */
const P99_LIMIT_MS = 1_000;

/** The mid-sized query of issue 9, the same body bench:compare sends hoso (tests/bench/compare-queries.ts). */
const BODY = JSON.stringify({ query: print(NestedOverviewDocument), variables: { localities: 5, units: 5, cadres: 5, enrollments: 5 } });

interface Figures {
  workers: number;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

/** Seeds the bench database up to BENCH_CADRES and returns a root admin's headers, signed with the bench key. */
async function prepare(): Promise<{ total: number; headers: Record<string, string> }> {
  await ensurePostgresDatabase(BENCH_POSTGRES_URL);
  const config = benchConfig('postgresql', BENCH_POSTGRES_URL);
  const orm = await initOrm({ ...config, statementTimeoutMs: 0 });
  try {
    await migrate(orm);
    const em = forkFor(orm, { actor: 'bench', source: 'seed' });
    const existing = await em.count(Cadre, {});
    if (existing < cadres) {
      console.log(`seeding ${cadres - existing} cadres...`);
      await seedDemoData(em, { cadres: cadres - existing, progress: true });
    }
    return { total: await em.count(Cadre, {}), headers: await benchHeaders(orm, config) };
  } finally {
    await orm.close();
  }
}

/** One request on a connection of its own (node:cluster deals out connections): which worker answered. */
function workerOf(port: number, headers: Record<string, string>): Promise<{ status: number; worker: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, headers: { ...headers, connection: 'close' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, worker: String(res.headers[WORKER_HEADER] ?? 'single') }));
      },
    );
    req.on('error', reject);
    req.end(BODY);
  });
}

interface Served {
  url: string;
  child: ChildProcess;
  stop(): Promise<number | null>;
}

/** `hoso serve --workers N` as a deployment runs it; resolves once every worker answers the query. */
async function serve(workers: number, headers: Record<string, string>): Promise<Served> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', 'src/app/cli.ts', 'serve', '--workers', String(workers), '--port', String(port)],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: BENCH_POSTGRES_URL,
        HOSO_TOKEN_SECRET: BENCH_TOKEN_SECRET,
        HOSO_RATE_LIMIT_PER_MINUTE: '0',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const seen = new Set<string>();
  const deadline = Date.now() + 120_000;
  while (seen.size < workers) {
    if (child.exitCode !== null) throw new Error(`serve --workers ${workers} exited with ${child.exitCode}:\n${stderr}`);
    if (Date.now() > deadline) throw new Error(`serve --workers ${workers}: only ${seen.size} workers answered in 120 s`);
    const answer = await workerOf(port, headers).catch(() => undefined);
    if (answer?.status === 200) seen.add(answer.worker);
    else await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

async function load(
  url: string,
  headers: Record<string, string>,
  duration: number,
): Promise<autocannon.Result & { graphqlErrors: number }> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    connections: clients,
    duration,
    // Past autocannon's default of 10 s a slow answer would count as an error: 30 s means stuck,
    // and slowness shows in the percentiles.
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers,
        body: BODY,
        // An answer with errors is a failure even as HTTP 200 (a partial result is still wrong).
        // Inside a string value the quotes would be escaped, so this key is only ever the errors list.
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"errors":[')) graphqlErrors++;
        },
      },
    ],
  });
  return Object.assign(result, { graphqlErrors });
}

function machineLoad(): string {
  return `load average (1 min) ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
}

async function measure(workers: number, headers: Record<string, string>): Promise<Figures> {
  const server = await serve(workers, headers);
  console.log(`  --workers ${workers}: ${machineLoad()} before`);
  try {
    if (warmupSeconds > 0) await load(server.url, headers, warmupSeconds);
    const result = await load(server.url, headers, seconds);
    const errors = result.errors + result.non2xx + result.graphqlErrors;
    console.log(
      `  --workers ${workers}: ${machineLoad()} after; ${result.errors} socket errors (${result.timeouts} of them timeouts), ${result.non2xx} non-2xx, ${result.graphqlErrors} with GraphQL errors`,
    );
    const { p50, p90, p99, max } = result.latency;
    return { workers, requests: result.requests.total, errors, rps: result.requests.total / result.duration, p50, p90, p99, max };
  } finally {
    const code = await server.stop();
    if (code !== 0) console.error(`serve --workers ${workers} exited with ${code} on SIGTERM`);
  }
}

function table(rows: Figures[]): string {
  const header = ['workers', 'requests', 'errors', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms'];
  const lines = rows.map((r) => [r.workers, r.requests, r.errors, r.rps.toFixed(1), r.p50, r.p90, r.p99, r.max].map(String));
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
  const format = (cells: string[]) => `| ${cells.map((cell, i) => cell.padStart(widths[i])).join(' | ')} |`;
  return [format(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.map(format)].join('\n');
}

async function main(): Promise<void> {
  const { total, headers } = await prepare();
  console.log(
    `\nPostgreSQL, ${total} cadres; nested 5/5/5/5; ${clients} clients for ${seconds} s per configuration ` +
      `after ${warmupSeconds} s of warm-up (autocannon); hoso serve --workers N, NODE_ENV=production, ${configurations.length} configurations`,
  );
  const rows: Figures[] = [];
  for (const workers of configurations) {
    rows.push(await measure(workers, headers));
  }
  console.log(`\n${table(rows)}`);
  const [base] = rows;
  for (const row of rows.slice(1)) {
    console.log(
      `\nworkers ${row.workers} ÷ workers ${base.workers}: req/s ${(row.rps / base.rps).toFixed(2)}×, ` +
        `p50 ${(row.p50 / base.p50).toFixed(2)}×, p99 ${(row.p99 / base.p99).toFixed(2)}×`,
    );
  }
  const verdicts = rows.map((row) => ({ row, pass: row.errors === 0 && row.p99 < P99_LIMIT_MS }));
  console.log(`\nissue 9 target: ${clients} clients, ${seconds} s, 0 errors and p99 < ${P99_LIMIT_MS} ms`);
  for (const { row, pass } of verdicts)
    console.log(`  ${pass ? 'PASS' : 'FAIL'}  --workers ${row.workers}: ${row.errors} errors, p99 ${row.p99} ms`);
  const failed = verdicts.some((verdict) => !verdict.pass);
  if (failed && strict) process.exitCode = 1;
  else if (failed) console.log('(a benchmark exits 0 whatever it measures; BENCH_STRICT=1 makes a missed target exit 1)');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
