import { Client } from 'pg';
import type { Grant } from '../../src/access/access.types';
import { resolveScopeCode } from '../../src/access/scope-resolution';
import { loadTokenKey } from '../../src/access/token-secret';
import { addUser, issueUserToken } from '../../src/access/users.service';
import { type AppConfig, loadConfig } from '../../src/app/config';
import { forkFor, type Orm } from '../../src/app/orm';

/** Where the benchmarks keep their 100,000-cadre PostgreSQL database (reused between runs). */
export const BENCH_POSTGRES_URL = process.env.HOSO_BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/hoso_bench';

/** Creates the database named in `url` on its server when it does not exist yet. */
export async function ensurePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client(admin.toString());
  await client.connect();
  try {
    const name = target.pathname.slice(1);
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

/** The key bench servers sign their tokens with (set as HOSO_TOKEN_SECRET in their config). */
export const BENCH_TOKEN_SECRET = 'hoso-benchmarks-sign-their-tokens-with-this';

/**
 * The headers a benchmark's requests carry: a real token of a root admin, or, with
 * `BENCH_SCOPE=<locality code>`, of a viewer over that locality (to measure the scope cut).
 */
export async function benchHeaders(orm: Orm, config: AppConfig): Promise<Record<string, string>> {
  const em = forkFor(orm, { actor: 'bench', source: 'cli' });
  const scopeCode = process.env.BENCH_SCOPE;
  const login = scopeCode ? `bench.viewer.${scopeCode}` : 'bench.admin';
  const grant: Grant = scopeCode
    ? { role: 'viewer', scope: await resolveScopeCode(em, scopeCode), personalData: true, sync: false }
    : { role: 'admin', scope: { kind: 'root' }, personalData: true, sync: true };
  await addUser(em, login, [grant]);
  const token = await issueUserToken(em, loadTokenKey(config), login, 4 * 3600);
  return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}

/**
 * The configuration every benchmark server runs with: its database, the SQL count on, tokens
 * signed with the bench key, and no per-identity rate limit (a benchmark is one identity at full speed).
 */
export function benchConfig(kind: 'sqlite' | 'postgresql', postgresUrl: string = BENCH_POSTGRES_URL): AppConfig {
  const common = { HOSO_DEBUG_SQL: '1', HOSO_TOKEN_SECRET: BENCH_TOKEN_SECRET, HOSO_RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' };
  return loadConfig(kind === 'sqlite' ? { ...common, HOSO_SQLITE_PATH: 'data/bench.db' } : { ...common, DATABASE_URL: postgresUrl });
}
