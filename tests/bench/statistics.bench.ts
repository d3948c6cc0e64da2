/**
 * Benchmark (not a test): the statistics query and the 8B report for a whole province on the
 * 100,000-cadre demo dataset, on PostgreSQL and on SQLite, through the real HTTP server. Each
 * scenario runs twice to warm up, then BENCH_RUNS times one after another; prints p50 / p95 /
 * max latency and SQL statements per request, and checks two figures against a direct count(*).
 *
 *   npm run bench:stats                      # both databases (PostgreSQL: local hoso_bench, SQLite: data/bench.db)
 *   BENCH_DB=sqlite npm run bench:stats      # one of them
 *   BENCH_RUNS=50 BENCH_CADRES=20000 npm run bench:stats
 *
 * A database that has no tables yet is migrated and seeded with seedDemoData; one that has them
 * (the nested-query benchmark's hoso_bench) is used as it is, topped up to BENCH_CADRES if short.
 */
import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { AppConfig } from '../../src/app/config';
import { forkFor, initOrm, migrate, type Orm } from '../../src/app/orm';
import { startServer } from '../../src/app/server';
import { Cadre } from '../../src/cadres/cadre.entity';
import { toGlobalId } from '../../src/common/graphql/global-id';
import { seedDemoData } from '../../src/seed/seed.service';
import {
  CadreStatisticsDocument,
  type CadreStatisticsQueryVariables,
  ExportReportDocument,
  ReportDocument,
  type ReportQueryVariables,
} from '../generated/graphql';
import { BENCH_POSTGRES_URL, benchConfig, benchHeaders, ensurePostgresDatabase } from './bench-database';

const cadres = Number(process.env.BENCH_CADRES ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 20);
const databases = process.env.BENCH_DB ? [process.env.BENCH_DB] : ['postgresql', 'sqlite'];
const postgresUrl = BENCH_POSTGRES_URL;
const asOf = '2025-12-31';

async function prepare(kind: string): Promise<{ orm: Orm; config: AppConfig }> {
  if (kind === 'postgresql') await ensurePostgresDatabase(postgresUrl);
  const config = benchConfig(kind === 'sqlite' ? 'sqlite' : 'postgresql', postgresUrl);
  const orm = await initOrm(config);
  const hasTables = await orm.em.getConnection().getKnex().schema.hasTable('cadre');
  if (!hasTables) await migrate(orm);
  const em = forkFor(orm, { actor: 'bench', source: 'seed' });
  const existing = await em.count(Cadre, {});
  if (existing < cadres) {
    console.log(`seeding ${cadres - existing} cadres into ${kind}...`);
    const started = Date.now();
    await seedDemoData(em, { cadres: cadres - existing, progress: true });
    console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return { orm, config };
}

interface Timing {
  p50: number;
  p95: number;
  max: number;
  sql: number | undefined;
}

async function time<T, V>(
  url: string,
  headers: Record<string, string>,
  document: TypedDocumentNode<T, V>,
  variables: V,
): Promise<{ timing: Timing; data: T }> {
  const body = JSON.stringify({ query: print(document), variables });
  const send = async () => {
    const response = await fetch(url, { method: 'POST', headers, body });
    const json = (await response.json()) as { data?: T; errors?: unknown; extensions?: { sql?: { count: number } } };
    if (json.errors) throw new Error(`query failed: ${JSON.stringify(json.errors)}`);
    return json;
  };
  await send();
  const probe = await send();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await send();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!;
  return {
    timing: { p50: at(0.5), p95: at(0.95), max: samples[samples.length - 1]!, sql: probe.extensions?.sql?.count },
    data: probe.data!,
  };
}

const ms = (v: number) => `${v.toFixed(0).padStart(5)} ms`;

async function bench(kind: string): Promise<void> {
  const { orm, config } = await prepare(kind);
  const knex = orm.em.getConnection().getKnex();
  const [province] = await knex('locality')
    .select('id', 'name', 'path')
    .whereNull('parent_id')
    .where('level', 'province')
    .orderBy('id')
    .limit(1);
  const total = (await knex('cadre').count({ n: '*' }))[0]!.n;
  const server = await startServer(orm, { ...config, host: '127.0.0.1' }, 0);
  const headers = await benchHeaders(orm, config);
  const scope = { id: toGlobalId('Locality', Number(province.id)), includeSubtree: true };
  console.log(
    `\n${kind}: ${Number(total).toLocaleString('en')} cadres; scope ${province.name} and everything under it; as of ${asOf}; ${runs} runs each`,
  );
  console.log(`  ${'scenario'.padEnd(44)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}  SQL`);
  const statistics: [string, Omit<CadreStatisticsQueryVariables, 'scope'>][] = [
    ['sex × age band', { groupBy: ['SEX', 'AGE_BAND'] }],
    ['ethnicity', { groupBy: ['ETHNICITY'] }],
    ['professional level × LLCT', { groupBy: ['PROFESSIONAL_LEVEL', 'POLITICAL_THEORY'] }],
    ['locality × sex', { groupBy: ['LOCALITY', 'SEX'] }],
    ['under 35 × unit block × sex', { groupBy: ['AGE_THRESHOLD', 'UNIT_BLOCK', 'SEX'], ageThresholds: [35] }],
    ['leadership post', { groupBy: ['LEADERSHIP_POST'] }],
  ];
  let bySex: { keys: { value: string }[]; count: number }[] = [];
  for (const [name, variables] of statistics) {
    const { timing, data } = await time(server.url, headers, CadreStatisticsDocument, {
      scope,
      asOf,
      ...variables,
    } as CadreStatisticsQueryVariables);
    if (name === 'sex × age band') bySex = data.cadreStatistics.groups;
    console.log(`  ${`cadreStatistics: ${name}`.padEnd(44)} ${ms(timing.p50)} ${ms(timing.p95)} ${ms(timing.max)}  ${timing.sql ?? ''}`);
  }
  const reports: [string, ReportQueryVariables['request']][] = [
    ['report 8B by block', { form: 'ALL_STAFF', scope, asOf }],
    ['report 9A–9C by post', { form: 'LEADERS', scope, asOf }],
    ['report 10 (2021–2025) by level granted', { form: 'TRAINING', scope, from: '2021-01-01', to: asOf, rowsBy: 'GRANTED_LEVEL' }],
  ];
  for (const [name, request] of reports) {
    const { timing } = await time(server.url, headers, ReportDocument, { request });
    console.log(`  ${name.padEnd(44)} ${ms(timing.p50)} ${ms(timing.p95)} ${ms(timing.max)}  ${timing.sql ?? ''}`);
  }
  const xlsx = await time(server.url, headers, ExportReportDocument, { request: { form: 'ALL_STAFF', scope, asOf }, format: 'XLSX' });
  console.log(
    `  ${'exportReport 8B as XLSX'.padEnd(44)} ${ms(xlsx.timing.p50)} ${ms(xlsx.timing.p95)} ${ms(xlsx.timing.max)}  ${xlsx.timing.sql ?? ''}`,
  );

  // The same figures by hand: women, and women aged 30 or under, with a plain count(*).
  const base = () =>
    knex('cadre as c')
      .join('unit as u', 'u.id', 'c.unit_id')
      .join('locality as l', 'l.id', 'u.locality_id')
      .where('l.path', 'like', `${province.path}%`)
      .where('c.status', 'working')
      .where((q) => q.whereNull('c.start_date').orWhere('c.start_date', '<=', asOf))
      .where('c.sex', 'F')
      .count({ n: '*' });
  const women = Number((await base())[0]!.n);
  const young = Number(
    (
      await base().where((q) =>
        q.where('c.birth_date', '>', '1994-12-31').orWhere((y) => y.whereNull('c.birth_date').where('c.birth_year', '>=', 1995)),
      )
    )[0]!.n,
  );
  const fromApi = (band: string | null) =>
    bySex.filter((g) => g.keys[0]!.value === 'FEMALE' && (band === null || g.keys[1]!.value === band)).reduce((n, g) => n + g.count, 0);
  console.log(`  check: women ${fromApi(null)} (count(*) ${women}), women ≤30 ${fromApi('LE_30')} (count(*) ${young})`);
  if (fromApi(null) !== women || fromApi('LE_30') !== young) throw new Error('statistics disagree with count(*)');
  await server.stop();
  await orm.close();
}

async function main(): Promise<void> {
  for (const kind of databases) await bench(kind);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
