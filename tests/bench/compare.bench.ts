/**
 * Benchmark (not a test): hoso side by side with PostGraphile v4 on the same PostgreSQL database
 * (issue 9). Seeds (or reuses) the bench database, starts each server in a child process of its
 * own, checks that both return the same rows in the same order, then times the three queries
 * interleaved: single-request medians, throughput under BENCH_CONNECTIONS clients, and each
 * process's peak memory during its throughput phase; last, a PASS/FAIL line per issue 9 target.
 *
 *   npm run bench:compare                         # PostgreSQL at HOSO_BENCH_DATABASE_URL, 100,000 cadres
 *   BENCH_CADRES=20000 BENCH_SECONDS=5 npm run bench:compare
 *   BENCH_STRICT=1 npm run bench:compare          # exit 1 when a target is missed (otherwise always 0)
 *   BENCH_PROFILE=1 npm run bench:compare         # CPU profile of the hoso process, top functions by self time
 *   BENCH_QUERIES=cadres npm run bench:compare    # only the queries whose name contains the text (e.g. to profile one)
 *   BENCH_HOSO_FLAGS=--max-semi-space-size=32 npm run bench:compare   # Node flags for the hoso process (to try V8 settings)
 *   BENCH_SCOPE=15 npm run bench:compare          # hoso asked by a viewer over locality 15 (the scope cut's price; see below)
 *
 * What keeps the comparison fair:
 * - Same database: both servers read the one bench database through their own pool; the load
 *   generator (autocannon) runs in this parent process for both.
 * - Same rows: before anything is timed, each query's answers are normalized and compared row
 *   by row (compare-queries.ts); a difference stops the run.
 * - Same mode: both children run with NODE_ENV=production, and hoso's configuration is that of a
 *   production deployment on PostgreSQL (introspection off, no SQL count in the responses).
 * - Same code as deployed: the children run compare-servers.ts compiled by tsc into dist/, as
 *   `npm start` runs hoso, not under ts-node: the TypeScript compiler and ts-node's caches held
 *   about 36 MB of every child's heap, which V8's heap growth multiplied into the peak.
 * - Warm-up: before each query is timed, both servers answer it, interleaved, for at least
 *   BENCH_WARMUP_MS and at least three rounds (JIT, connection pools, PostgreSQL's buffer cache).
 * - Interleaved order: which server goes first alternates from query to query and from sample
 *   to sample. Throughput runs one server at a time, so the two never compete for the cores;
 *   the idle one's memory sampler is off.
 * - With BENCH_SCOPE, hoso answers a viewer over that locality and sees only its subtree, while
 *   PostGraphile (no scopes) still reads everything: the rows are not compared and the issue 9
 *   targets (measured as the root admin) are not judged. The ratios then tell what the scope cut
 *   costs, with PostGraphile as the yardstick that keeps runs comparable.
 * - What differs on purpose: hoso checks a bearer token and the caller's scope on every request
 *   (as deployed); PostGraphile runs as v4 does by default, with no authentication at all.
 * The figures are only as quiet as the machine: the load average is printed before and after.
 */
import 'reflect-metadata';
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../../src/app/config';
import { forkFor, initOrm, migrate } from '../../src/app/orm';
import { Cadre } from '../../src/cadres/cadre.entity';
import { seedDemoData } from '../../src/seed/seed.service';
import { BENCH_POSTGRES_URL, ensurePostgresDatabase } from './bench-database';
import { COMPARE_QUERIES, type CompareQuery } from './compare-queries';
import type { ChildMessage, ParentMessage, PeakMemory, StartedServer } from './compare-servers';

const cadres = Number(process.env.BENCH_CADRES ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 4);
const warmUpMs = Number(process.env.BENCH_WARMUP_MS ?? 2000);
const postgresUrl = BENCH_POSTGRES_URL;
/** A benchmark reports and exits 0; BENCH_STRICT=1 makes a missed target exit 1. */
const strict = process.env.BENCH_STRICT === '1';
/** BENCH_SCOPE=<locality code>: hoso's requests come from a viewer over that locality (bench-database.ts `benchHeaders`). */
const scope = process.env.BENCH_SCOPE;
const only = process.env.BENCH_QUERIES;
const queries = only ? COMPARE_QUERIES.filter((query) => query.name.includes(only)) : COMPARE_QUERIES;
/** BENCH_PROFILE=1 runs the hoso process under --cpu-prof and summarizes where its time went. */
const profileDir = process.env.BENCH_PROFILE === '1' ? mkdtempSync(join(tmpdir(), 'hoso-cpu-prof-')) : undefined;

/** Issue 9's floors for every query in the table (the heap limit is per query, in compare-queries). */
const MEDIAN_RATIO_CEILING = 1.0;
const THROUGHPUT_RATIO_FLOOR = 1.0;

type ServerName = 'hoso' | 'postgraphile';
interface Running extends StartedServer {
  name: ServerName;
  child: ChildProcess;
}

async function seed(): Promise<number> {
  await ensurePostgresDatabase(postgresUrl);
  const config = loadConfig({ DATABASE_URL: postgresUrl, LOG_LEVEL: 'warn' });
  const orm = await initOrm(config);
  try {
    await migrate(orm);
    const em = forkFor(orm, { actor: 'bench', source: 'seed' });
    const existing = await em.count(Cadre, {});
    if (existing < cadres) {
      console.log(`seeding ${cadres - existing} cadres...`);
      const started = Date.now();
      await seedDemoData(em, { cadres: cadres - existing, progress: true });
      console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    // A database in service has been vacuumed by autovacuum: its visibility map lets counts read
    // indexes alone. Right after a bulk load every count would visit the table's pages instead,
    // for both servers, and the SQL would drown the difference being measured.
    await em.getConnection().execute('vacuum analyze', [], 'run');
    return await em.count(Cadre, {});
  } finally {
    await orm.close();
  }
}

/** Compiles compare-servers.ts and what it imports into dist/ (tsc, as `npm run build`); its compiled path. */
function buildServers(): string {
  const root = join(__dirname, '..', '..');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(__dirname, 'tsconfig.servers.json')], {
    stdio: 'inherit',
  });
  return join(root, 'dist', 'tests', 'bench', 'compare-servers.js');
}

function start(name: ServerName, serversJs: string): Promise<Running> {
  const child = fork(serversJs, [name, postgresUrl], {
    // --expose-gc only lets the memory sampler start each phase from a collected heap.
    execArgv: [
      '--expose-gc',
      ...(profileDir && name === 'hoso' ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      ...(name === 'hoso' && process.env.BENCH_HOSO_FLAGS ? process.env.BENCH_HOSO_FLAGS.split(' ') : []),
    ],
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: ChildMessage) => {
      if (message.kind === 'started') resolve({ name, child, url: message.url, headers: message.headers });
      else reject(new Error(`${name} sent ${message.kind} before listening`));
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with code ${code} before listening`)));
  });
}

/** Starts (`'reset-peak'`) or ends (`'read-peak'`) a server's memory sampling; both answer the peak so far. */
function peakMemory(server: Running, message: Extract<ParentMessage, 'reset-peak' | 'read-peak'>): Promise<PeakMemory> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`${server.name} exited with code ${code} during ${message}`));
    const onMessage = (reply: ChildMessage): void => {
      if (reply.kind !== 'peak') return;
      server.child.off('message', onMessage).off('exit', onExit);
      resolve({ heapUsed: reply.heapUsed, rss: reply.rss, samples: reply.samples });
    };
    server.child.on('message', onMessage).once('exit', onExit);
    server.child.send(message);
  });
}

function stop(server: Running): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.send('stop');
  });
}

async function post(server: Running, body: string): Promise<unknown> {
  const response = await fetch(server.url, { method: 'POST', headers: server.headers, body });
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || json.errors) throw new Error(`${server.name}: HTTP ${response.status} ${JSON.stringify(json.errors ?? json)}`);
  return json.data;
}

/** The first place two normalized results differ, or undefined when they are equal. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const difference = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (difference) return difference;
    }
    return undefined;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const difference = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (difference) return difference;
    }
    return undefined;
  }
  return a === b ? undefined : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function timeOnce(server: Running, body: string): Promise<number> {
  const started = process.hrtime.bigint();
  await post(server, body);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function throughput(server: Running, body: string): Promise<number> {
  // autocannon's 10 s timeout would turn a slow answer (the big nested query under load) into an error that ends the run.
  const result = await autocannon({
    url: server.url,
    method: 'POST',
    headers: server.headers,
    body,
    connections,
    duration: seconds,
    timeout: 120,
  });
  if (result.errors || result.non2xx) throw new Error(`${server.name}: ${result.errors} errors, ${result.non2xx} non-2xx under load`);
  return result.requests.total / result.duration;
}

interface Row {
  query: CompareQuery;
  bytes: Record<ServerName, number>;
  median: Record<ServerName, number>;
  rps: Record<ServerName, number>;
  /** Peak memory of each server's process during its throughput phase. */
  peak: Record<ServerName, PeakMemory>;
  /** heapUsed just before that phase, after a full collection: what the process holds at rest. */
  heapAtRest: Record<ServerName, number>;
}

const noPeak: PeakMemory = { heapUsed: 0, rss: 0, samples: 0 };

async function measure(query: CompareQuery, servers: Record<ServerName, Running>, round: number): Promise<Row> {
  const bodies: Record<ServerName, string> = {
    hoso: query.hoso,
    postgraphile: query.postgraphile,
  };
  // Same rows in the same order, or nothing is timed (a scoped viewer sees fewer: not compared).
  const hosoData = await post(servers.hoso, bodies.hoso);
  const postgraphileData = await post(servers.postgraphile, bodies.postgraphile);
  const difference = scope ? undefined : firstDifference(query.normalizeHoso(hosoData), query.normalizePostGraphile(postgraphileData));
  if (difference) throw new Error(`${query.name}: hoso and PostGraphile return different rows (hoso vs PostGraphile) at ${difference}`);
  const bytes = {
    hoso: Buffer.byteLength(JSON.stringify({ data: hosoData })),
    postgraphile: Buffer.byteLength(JSON.stringify({ data: postgraphileData })),
  };
  // Which server goes first alternates from query to query.
  const order: ServerName[] = round % 2 ? ['postgraphile', 'hoso'] : ['hoso', 'postgraphile'];
  const warmUpUntil = Date.now() + warmUpMs;
  for (let i = 0; i < 3 || Date.now() < warmUpUntil; i++) for (const name of order) await post(servers[name], bodies[name]);
  const samples: Record<ServerName, number[]> = { hoso: [], postgraphile: [] };
  for (let i = 0; i < query.samples; i++) {
    for (const name of i % 2 ? [...order].reverse() : order) samples[name].push(await timeOnce(servers[name], bodies[name]));
  }
  const rps = { hoso: 0, postgraphile: 0 };
  const peak: Record<ServerName, PeakMemory> = { hoso: noPeak, postgraphile: noPeak };
  const heapAtRest = { hoso: 0, postgraphile: 0 };
  for (const name of order) {
    heapAtRest[name] = (await peakMemory(servers[name], 'reset-peak')).heapUsed;
    rps[name] = await throughput(servers[name], bodies[name]);
    peak[name] = await peakMemory(servers[name], 'read-peak');
  }
  return { query, bytes, median: { hoso: median(samples.hoso), postgraphile: median(samples.postgraphile) }, rps, peak, heapAtRest };
}

function formatTable(header: string[], lines: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
  const format = (cells: string[]): string => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [format(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.map(format)].join('\n');
}

/** hoso ÷ PostGraphile as printed; a phase that completed no request has no ratio. */
const ratioText = (hoso: number, postgraphile: number): string => (postgraphile > 0 ? `${(hoso / postgraphile).toFixed(2)}×` : 'n/a');

function timingTable(rows: Row[]): string {
  const header = [
    'query',
    'hoso median',
    'PostGraphile median',
    'ratio (hoso ÷ PG)',
    'hoso req/s',
    'PostGraphile req/s',
    'ratio (hoso ÷ PG)',
  ];
  return formatTable(
    header,
    rows.map((row) => [
      row.query.name,
      `${row.median.hoso.toFixed(1)} ms`,
      `${row.median.postgraphile.toFixed(1)} ms`,
      ratioText(row.median.hoso, row.median.postgraphile),
      row.rps.hoso.toFixed(1),
      row.rps.postgraphile.toFixed(1),
      ratioText(row.rps.hoso, row.rps.postgraphile),
    ]),
  );
}

/** Megabytes of 10^6 bytes, the unit of issue 9's heap target. */
const mb = (bytes: number): number => bytes / 1e6;

function memoryTable(rows: Row[]): string {
  const header = [
    'query',
    'hoso heapUsed at rest',
    'hoso peak heapUsed',
    'PostGraphile heapUsed at rest',
    'PostGraphile peak heapUsed',
    'hoso peak rss',
    'PostGraphile peak rss',
    'hoso limit',
  ];
  return formatTable(
    header,
    rows.map((row) => {
      const limit = row.query.peakHeapUsedLimitMb;
      return [
        row.query.name,
        `${mb(row.heapAtRest.hoso).toFixed(0)} MB`,
        `${mb(row.peak.hoso.heapUsed).toFixed(0)} MB`,
        `${mb(row.heapAtRest.postgraphile).toFixed(0)} MB`,
        `${mb(row.peak.postgraphile.heapUsed).toFixed(0)} MB`,
        `${mb(row.peak.hoso.rss).toFixed(0)} MB`,
        `${mb(row.peak.postgraphile.rss).toFixed(0)} MB`,
        limit === undefined ? '' : `< ${limit} MB: ${mb(row.peak.hoso.heapUsed) < limit ? 'under' : 'OVER'}`,
      ];
    }),
  );
}

interface Verdict {
  query: string;
  target: string;
  measured: string;
  floor: string;
  pass: boolean;
}

/** Each issue 9 target, measured against its floor. A phase with no completed request fails its target. */
function verdicts(rows: Row[]): Verdict[] {
  return rows.flatMap((row) => {
    const medianRatio = row.median.hoso / row.median.postgraphile;
    const throughputRatio = row.rps.postgraphile > 0 ? row.rps.hoso / row.rps.postgraphile : NaN;
    const found: Verdict[] = [
      {
        query: row.query.name,
        target: 'single-request median, hoso ÷ PG',
        measured: ratioText(row.median.hoso, row.median.postgraphile),
        floor: `≤ ${MEDIAN_RATIO_CEILING.toFixed(2)}×`,
        pass: medianRatio <= MEDIAN_RATIO_CEILING,
      },
      {
        query: row.query.name,
        target: `throughput (${connections} clients), hoso ÷ PG`,
        measured: ratioText(row.rps.hoso, row.rps.postgraphile),
        floor: `≥ ${THROUGHPUT_RATIO_FLOOR.toFixed(2)}×`,
        pass: throughputRatio >= THROUGHPUT_RATIO_FLOOR,
      },
    ];
    const limit = row.query.peakHeapUsedLimitMb;
    if (limit !== undefined) {
      found.push({
        query: row.query.name,
        target: `hoso peak heapUsed (${connections} clients)`,
        measured: `${mb(row.peak.hoso.heapUsed).toFixed(0)} MB`,
        floor: `< ${limit} MB`,
        pass: mb(row.peak.hoso.heapUsed) < limit,
      });
    }
    return found;
  });
}

function verdictLines(found: Verdict[]): string {
  const width = (pick: (verdict: Verdict) => string): number => Math.max(...found.map((verdict) => pick(verdict).length));
  const [query, target, measured] = [width((v) => v.query), width((v) => v.target), width((v) => v.measured)];
  return found
    .map(
      (v) =>
        `  ${v.pass ? 'PASS' : 'FAIL'}  ${v.query.padEnd(query)}  ${v.target.padEnd(target)}  ${v.measured.padStart(measured)}  (${v.floor})`,
    )
    .join('\n');
}

/** The parts of a V8 .cpuprofile the summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

function frameName({ functionName, url, lineNumber }: CpuProfile['nodes'][number]['callFrame']): string {
  if (!url) return functionName || '(native, unnamed)'; // also (garbage collector), (program), builtins by name
  const file = url.replace(/^file:\/\//, '');
  const inModules = file.lastIndexOf('node_modules/');
  const where = inModules >= 0 ? file.slice(inModules + 'node_modules/'.length) : relative(process.cwd(), file);
  return `${functionName || '(anonymous)'} (${where}:${lineNumber + 1})`;
}

/**
 * Self time by function within [from, to] (µs). V8 stamps samples with the monotonic clock
 * process.hrtime reads, so the window leaves out start-up and shutdown.
 */
function topSelfTime(profile: CpuProfile, from: number, to: number, count = 15): string[] {
  const names = new Map(profile.nodes.map((node) => [node.id, frameName(node.callFrame)]));
  const self = new Map<string, number>();
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    if (time < from || time > to) continue;
    // A sample stands for the time until the next one.
    const duration = Math.max(0, profile.timeDeltas[i + 1] ?? 0);
    const name = names.get(profile.samples[i]) ?? '(unknown)';
    self.set(name, (self.get(name) ?? 0) + duration);
  }
  const idle = self.get('(idle)') ?? 0;
  self.delete('(idle)');
  const busy = [...self.values()].reduce((sum, us) => sum + us, 0);
  return [
    `${(busy / 1e6).toFixed(1)} s busy and ${(idle / 1e6).toFixed(1)} s idle while measuring; top ${count} functions by self time`,
    '(files and lines are of the JavaScript tsc emitted into dist/, close to the .ts lines but not always equal):',
    ...[...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, us]) => `  ${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${name}`),
  ];
}

function printProfile(dir: string, window: [number, number]): void {
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) return console.log(`\nno .cpuprofile in ${dir} (did the hoso process exit cleanly?)`);
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  console.log(`\nCPU profile of the hoso process: ${join(dir, file)}`);
  console.log(topSelfTime(profile, ...window).join('\n'));
}

const nowMicros = (): number => Number(process.hrtime.bigint() / 1000n);

/** Other work on the machine moves both servers' figures; a run prints how busy the machine was. */
function machineLoad(): string {
  return `load average (1 min) ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
}

async function main(): Promise<void> {
  if (queries.length === 0) throw new Error(`BENCH_QUERIES=${only}: no query's name contains it`);
  const total = await seed();
  const started: Running[] = [];
  let measured: [number, number] | undefined;
  try {
    const serversJs = buildServers();
    const [hoso, postgraphile] = await Promise.all([start('hoso', serversJs), start('postgraphile', serversJs)]);
    started.push(hoso, postgraphile);
    console.log(`\nPostgreSQL, ${total} cadres; hoso and PostGraphile each in its own Node process (NODE_ENV=production)`);
    console.log(
      `single request: median of N sequential requests, interleaved, after ≥ ${warmUpMs} ms of warm-up; throughput: ${connections} clients for ${seconds} s (autocannon)`,
    );
    console.log(`before measuring: ${machineLoad()}`);
    if (profileDir) console.log("hoso runs under the CPU profiler (BENCH_PROFILE=1): its figures carry the profiler's cost");
    if (scope)
      console.log(`hoso is asked by a viewer over locality ${scope} (BENCH_SCOPE), PostGraphile reads everything: rows not compared`);
    const rows: Row[] = [];
    const from = nowMicros();
    for (const [round, query] of queries.entries()) {
      const row = await measure(query, { hoso, postgraphile }, round);
      console.log(
        `  ${query.name}: ${scope ? 'rows not compared' : 'same rows'} (${(row.bytes.hoso / 1024).toFixed(0)} KiB from hoso, ${(row.bytes.postgraphile / 1024).toFixed(0)} KiB from PostGraphile), N = ${query.samples}`,
      );
      rows.push(row);
    }
    measured = [from, nowMicros()];
    console.log(`after: ${machineLoad()}, this benchmark's own load included`);
    console.log(`\n${timingTable(rows)}\n\nratio < 1 on medians and > 1 on req/s means hoso is ahead.`);
    console.log(
      `\nmemory of each server's process: at rest (after a full collection, just before the load) and its peak while ${connections} clients load it (sampled every 5 ms; MB = 10^6 bytes)\n${memoryTable(rows)}`,
    );
    if (scope) {
      console.log('\nissue 9 targets are measured as the root admin: not judged in a scoped run (BENCH_SCOPE)');
      return;
    }
    const found = verdicts(rows);
    const failed = found.filter((verdict) => !verdict.pass).length;
    console.log(`\nissue 9 targets: ${found.length - failed} of ${found.length} met\n${verdictLines(found)}`);
    if (failed && strict) process.exitCode = 1;
    else if (failed) console.log('(a benchmark exits 0 whatever it measures; BENCH_STRICT=1 makes a missed target exit 1)');
  } finally {
    await Promise.all(started.map(stop));
  }
  // The profile is written when the hoso process exits.
  if (profileDir && measured) printProfile(profileDir, measured);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
