/**
 * Benchmark (not a test): the nested overview query under concurrent load, on PostgreSQL with
 * the large demo dataset. Prints requests per second, latency percentiles and SQL statements
 * per request.
 *
 *   npm run bench                       # PostgreSQL at HOSO_BENCH_DATABASE_URL (default: local hoso_bench)
 *   BENCH_CADRES=20000 BENCH_SECONDS=10 npm run bench
 *   BENCH_DB=sqlite npm run bench       # the same on SQLite (data/bench.db)
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { print } from 'graphql';
import { forkFor, initOrm, migrate } from '../../src/app/orm';
import { startServer } from '../../src/app/server';
import { Cadre } from '../../src/cadres/cadre.entity';
import { seedDemoData } from '../../src/seed/seed.service';
import { NestedOverviewDocument } from '../generated/graphql';
import { BENCH_POSTGRES_URL, benchConfig, benchHeaders, ensurePostgresDatabase } from './bench-database';

const cadres = Number(process.env.BENCH_CADRES ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 4);
const useSqlite = process.env.BENCH_DB === 'sqlite';
const postgresUrl = BENCH_POSTGRES_URL;

async function main(): Promise<void> {
  if (!useSqlite) await ensurePostgresDatabase(postgresUrl);
  const config = benchConfig(useSqlite ? 'sqlite' : 'postgresql', postgresUrl);
  const orm = await initOrm(config);
  await migrate(orm);
  const em = forkFor(orm, { actor: 'bench', source: 'seed' });
  const existing = await em.count(Cadre, {});
  if (existing < cadres) {
    console.log(`seeding ${cadres - existing} cadres into ${config.databaseKind}...`);
    const started = Date.now();
    await seedDemoData(em, { cadres: cadres - existing, progress: true });
    console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const total = await em.count(Cadre, {});
  const server = await startServer(orm, { ...config, host: '127.0.0.1' }, 0);
  const headers = await benchHeaders(orm, config);
  console.log(`\ndatabase ${config.databaseKind}, ${total} cadres; ${connections} connections for ${seconds} s each (autocannon)`);
  for (const pages of SCENARIOS) {
    const body = JSON.stringify({ query: print(NestedOverviewDocument), variables: pages });
    const probe = (await (await fetch(server.url, { method: 'POST', headers, body })).json()) as {
      extensions?: { sql?: { count: number } };
      errors?: unknown;
    };
    if (probe.errors) throw new Error(`query failed: ${JSON.stringify(probe.errors)}`);
    const result = await autocannon({
      url: server.url,
      method: 'POST',
      headers,
      body,
      connections,
      duration: seconds,
    });
    const bytes = Buffer.byteLength(JSON.stringify(probe));
    console.log(`\nlocalities ${pages.localities} → units ${pages.units} → cadres ${pages.cadres} → enrollments ${pages.enrollments}`);
    console.log(`  response size       ${(bytes / 1024).toFixed(0)} KiB`);
    console.log(`  requests/second     ${result.requests.average.toFixed(1)}`);
    console.log(`  latency p50 / p99   ${result.latency.p50} ms / ${result.latency.p99} ms`);
    console.log(`  errors / non-2xx    ${result.errors} / ${result.non2xx}`);
    console.log(`  SQL per request     ${probe.extensions?.sql?.count}`);
  }
  await server.stop();
  await orm.close();
}

/** The query, and the same shape with the small pages a screen usually shows. */
const SCENARIOS = [
  { localities: 10, units: 20, cadres: 50, enrollments: 10 },
  { localities: 5, units: 5, cadres: 5, enrollments: 5 },
];

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
