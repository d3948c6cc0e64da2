import { Client } from 'pg';

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
