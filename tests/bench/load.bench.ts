/**
 * Benchmark (not a test): issue 9's load target — 50 concurrent clients for 60 s on the mid-sized
 * nested query (pages 5/5/5/5), PostgreSQL with the 100,000-cadre bench database: 0 errors and
 * p99 under 1 s. Starts a real `hoso serve --workers 1` and a `--workers 2` process
 * (NODE_ENV=production), loads each for 60 s in segments that alternate between them (15 s each,
 * so that whatever else the machine does falls on both alike), and prints, per configuration,
 * requests, errors, req/s and latency percentiles, then the workers 2 ÷ workers 1 ratios.
 *
 *   npm run bench:load
 *   BENCH_LOAD_SECONDS=10 BENCH_LOAD_CLIENTS=20 npm run bench:load
 *   BENCH_LOAD_SEGMENT_SECONDS=60 npm run bench:load  # one unbroken minute per configuration
 *   BENCH_LOAD_WORKERS=1,2,4 npm run bench:load      # other configurations (the first is the ratios' base)
 *
 * The load comes from autocannon (already a devDependency, used by the other benchmarks): a closed
 * loop of N connections, each sending its next request when the previous answer is in, which is
 * what "N concurrent clients" means here; it counts socket errors, timeouts and non-2xx, and its
 * per-request hooks give each request's latency and body (where a GraphQL error inside an HTTP
 * 200 is counted). It runs in this process, on the same machine as the servers and PostgreSQL: on
 * a 2-core machine the load generator takes CPU the second worker would use, so the gain measured
 * is a lower bound. The figures are only as quiet as the machine: the load average is printed
 * after each round.
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
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
import { freePort } from '../support/ports';

const ROOT = join(__dirname, '..', '..');
const cadres = Number(process.env.BENCH_CADRES ?? 100_000);
const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const clients = Number(process.env.BENCH_LOAD_CLIENTS ?? 50);
const warmupSeconds = Number(process.env.BENCH_LOAD_WARMUP_SECONDS ?? 5);
/** The measured seconds of each configuration are split into segments that alternate between configurations. */
const segmentSeconds = Number(process.env.BENCH_LOAD_SEGMENT_SECONDS ?? 15);
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
  /** Cores busy on average while measured: hoso's processes, all of PostgreSQL, the load generator. */
  cores: Segment['cpu'];
  /** hoso's CPU milliseconds per answered request. */
  cpuMsPerRequest: number;
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
  workers: number;
  /** The primary's pid (or the one process's, with --workers 1). */
  pid: number;
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
    workers,
    pid: child.pid!,
    url: `http://127.0.0.1:${port}/graphql`,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** What one stretch of load gave: every latency (ms), and each kind of failure counted. */
interface Segment {
  latencies: number[];
  seconds: number;
  socketErrors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
  /** CPU seconds spent meanwhile by the server's processes, by every PostgreSQL process, and by this one. */
  cpu: { hoso: number; postgres: number; generator: number };
}

/** /proc reports CPU time in USER_HZ ticks, 100 a second on Linux whatever the kernel's HZ. */
const TICKS_PER_SECOND = 100;

/** CPU seconds used so far by each process `pick` selects, from /proc (Linux; nothing elsewhere). */
function cpuByProcess(pick: (pid: number, ppid: number, name: string) => boolean): Map<number, number> {
  const found = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return found;
  }
  for (const entry of entries) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    // After the name: state, ppid, ... utime (14th field of the line), stime (15th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (pick(Number(entry), Number(fields[1]), name))
      found.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
  }
  return found;
}

/** Starts counting CPU; the function it returns gives the seconds spent since (a process that ended meanwhile is lost). */
function cpuMeter(serverPid: number): () => Segment['cpu'] {
  const hoso = (pid: number, ppid: number) => pid === serverPid || ppid === serverPid;
  const postgres = (_pid: number, _ppid: number, name: string) => name === 'postgres';
  const spent = (before: Map<number, number>, after: Map<number, number>) =>
    [...after].reduce((total, [pid, seconds]) => total + seconds - (before.get(pid) ?? 0), 0);
  const before = { hoso: cpuByProcess(hoso), postgres: cpuByProcess(postgres), generator: process.cpuUsage() };
  return () => {
    const generator = process.cpuUsage(before.generator);
    return {
      hoso: spent(before.hoso, cpuByProcess(hoso)),
      postgres: spent(before.postgres, cpuByProcess(postgres)),
      generator: (generator.user + generator.system) / 1e6,
    };
  };
}

/**
 * `clients` connections for `duration` seconds. Latencies are taken per request (sent in
 * setupRequest, which autocannon calls just before writing each request; answered in onResponse)
 * so that the segments of one configuration add up to one distribution, exact percentiles included.
 */
async function load(server: Served, headers: Record<string, string>, duration: number): Promise<Segment> {
  const latencies: number[] = [];
  const cpu = cpuMeter(server.pid);
  let graphqlErrors = 0;
  const result = await autocannon({
    url: server.url,
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
        setupRequest: (request, context) => {
          (context as { sentAt?: number }).sentAt = performance.now();
          return request;
        },
        // An answer with errors is a failure even as HTTP 200 (a partial result is still wrong).
        // Inside a string value the quotes would be escaped, so this key is only ever the errors list.
        onResponse: (status, body, context) => {
          const { sentAt } = context as { sentAt?: number };
          if (sentAt !== undefined) latencies.push(performance.now() - sentAt);
          if (status === 200 && body.includes('"errors":[')) graphqlErrors++;
        },
      },
    ],
  });
  return {
    latencies,
    seconds: result.duration,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    cpu: cpu(),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function figures(workers: number, segments: readonly Segment[]): Figures {
  const sorted = segments.flatMap((segment) => segment.latencies).sort((a, b) => a - b);
  const seconds = segments.reduce((sum, segment) => sum + segment.seconds, 0);
  const sum = (pick: (segment: Segment) => number) => segments.reduce((total, segment) => total + pick(segment), 0);
  const errors = sum((x) => x.socketErrors) + sum((x) => x.non2xx) + sum((x) => x.graphqlErrors);
  console.log(
    `  --workers ${workers}: ${sum((x) => x.socketErrors)} socket errors (${sum((x) => x.timeouts)} of them timeouts), ` +
      `${sum((x) => x.non2xx)} non-2xx, ${sum((x) => x.graphqlErrors)} with GraphQL errors`,
  );
  const ms = (value: number) => Math.round(value);
  const cpu = (pick: (used: Segment['cpu']) => number) => sum((x) => pick(x.cpu));
  return {
    workers,
    requests: sorted.length,
    errors,
    rps: sorted.length / seconds,
    p50: ms(percentile(sorted, 50)),
    p90: ms(percentile(sorted, 90)),
    p99: ms(percentile(sorted, 99)),
    max: ms(sorted[sorted.length - 1] ?? NaN),
    cores: { hoso: cpu((x) => x.hoso) / seconds, postgres: cpu((x) => x.postgres) / seconds, generator: cpu((x) => x.generator) / seconds },
    cpuMsPerRequest: (cpu((x) => x.hoso) * 1000) / sorted.length,
  };
}

function machineLoad(): string {
  return `load average (1 min) ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
}

function formatTable(header: string[], lines: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
  const format = (cells: string[]) => `| ${cells.map((cell, i) => cell.padStart(widths[i])).join(' | ')} |`;
  return [format(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.map(format)].join('\n');
}

function table(rows: Figures[]): string {
  const header = ['workers', 'requests', 'errors', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms'];
  return formatTable(
    header,
    rows.map((r) => [r.workers, r.requests, r.errors, r.rps.toFixed(1), r.p50, r.p90, r.p99, r.max].map(String)),
  );
}

/** Where the machine's cores went: what a second worker could have had. */
function cpuTable(rows: Figures[]): string {
  const header = ['workers', 'hoso cores', 'PostgreSQL cores (all of it)', 'load generator cores', 'hoso CPU ms / request'];
  return formatTable(
    header,
    rows.map((r) => [
      String(r.workers),
      r.cores.hoso.toFixed(2),
      r.cores.postgres.toFixed(2),
      r.cores.generator.toFixed(2),
      r.cpuMsPerRequest.toFixed(1),
    ]),
  );
}

async function main(): Promise<void> {
  const { total, headers } = await prepare();
  const rounds = Math.max(1, Math.ceil(seconds / segmentSeconds));
  console.log(
    `\nPostgreSQL, ${total} cadres; nested 5/5/5/5; ${clients} clients for ${seconds} s per configuration, in ${rounds} ` +
      `interleaved segments of ${seconds / rounds} s, after ${warmupSeconds} s of warm-up (autocannon); ` +
      `hoso serve --workers ${configurations.join(' | ')}, NODE_ENV=production`,
  );
  // Every configuration runs at once (idle, a server costs nothing) so the segments can alternate:
  // whatever else the machine does then falls on all of them alike, not on the one measured last.
  const servers: Served[] = [];
  const segments = new Map<number, Segment[]>(configurations.map((workers) => [workers, []]));
  try {
    for (const workers of configurations) servers.push(await serve(workers, headers));
    console.log(`  servers up; ${machineLoad()}`);
    if (warmupSeconds > 0) for (const server of servers) await load(server, headers, warmupSeconds);
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 ? [...servers].reverse() : servers;
      for (const server of order) segments.get(server.workers)!.push(await load(server, headers, seconds / rounds));
      console.log(`  round ${round + 1} of ${rounds} done; ${machineLoad()}`);
    }
  } finally {
    for (const server of servers) {
      const code = await server.stop();
      if (code !== 0) console.error(`serve --workers ${server.workers} exited with ${code} on SIGTERM`);
    }
  }
  const rows = configurations.map((workers) => figures(workers, segments.get(workers)!));
  console.log(`\n${table(rows)}`);
  console.log(
    `\nCPU while measured, on ${availableParallelism()} cores (Linux /proc; PostgreSQL counts every session, not only hoso's)\n${cpuTable(rows)}`,
  );
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
