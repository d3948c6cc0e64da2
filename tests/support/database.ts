import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { type AppConfig, type DatabaseKind, loadConfig } from '../../src/app/config';
import { initOrm, migrate, type Orm } from '../../src/app/orm';

/** Which database this Jest project runs on (set by tests/support/use-*.js). */
export const testDatabaseKind: DatabaseKind = process.env.HOSO_TEST_DB === 'postgresql' ? 'postgresql' : 'sqlite';

/** Server the PostgreSQL suites create their scratch databases on. */
const POSTGRES_ADMIN_URL = process.env.HOSO_TEST_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

function postgresReachable(): boolean {
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `const {Client}=require('pg');const c=new Client(${JSON.stringify(POSTGRES_ADMIN_URL)});c.connect().then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1))`,
    ],
    { timeout: 10000 },
  );
  return probe.status === 0;
}

const postgresMissing = testDatabaseKind === 'postgresql' && !postgresReachable();
if (postgresMissing && process.env.REQUIRE_POSTGRES === '1') {
  throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL}`);
}
if (postgresMissing) {
  console.warn(
    `PostgreSQL not reachable at ${POSTGRES_ADMIN_URL}: the PostgreSQL suites are skipped (set REQUIRE_POSTGRES=1 to fail instead).`,
  );
}

/** `describe` for suites that need a database: skipped only when PostgreSQL is absent and not required. */
export const describeWithDatabase: jest.Describe = postgresMissing ? describe.skip : describe;

export interface TestDatabase {
  kind: DatabaseKind;
  config: AppConfig;
  orm: Orm;
  /** Closes the ORM and removes the scratch database. */
  destroy(): Promise<void>;
}

async function withAdmin<T>(action: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client(POSTGRES_ADMIN_URL);
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of this project's kind: a temp SQLite file, or a scratch PostgreSQL database. */
export async function createTestDatabase(given: NodeJS.ProcessEnv = {}): Promise<TestDatabase> {
  // Suites send most documents once; use-sqlite.js / use-postgresql.js have them compiled at first
  // sight, so they run the compiled path (tests/app/compiled-execution compares it with graphql-js's).
  const env = { HOSO_COMPILE_QUERIES_AFTER: process.env.HOSO_COMPILE_QUERIES_AFTER, ...given };
  if (testDatabaseKind === 'postgresql') {
    const name = `hoso_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await withAdmin((client) => client.query(`create database "${name}" template template0 encoding 'UTF8'`));
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    const config = loadConfig({ ...env, DATABASE_URL: url.toString() });
    const orm = await initOrm(config);
    await migrate(orm);
    return {
      kind: 'postgresql',
      config,
      orm,
      destroy: async () => {
        await orm.close(true);
        await withAdmin((client) => client.query(`drop database if exists "${name}" with (force)`));
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'hoso-test-'));
  const config = loadConfig({ ...env, HOSO_SQLITE_PATH: join(dir, 'hoso.db') });
  const orm = await initOrm(config);
  await migrate(orm);
  return {
    kind: 'sqlite',
    config,
    orm,
    destroy: async () => {
      await orm.close(true);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
