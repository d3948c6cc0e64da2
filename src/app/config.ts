import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The project root (where package.json is), whether running from src/ or from dist/. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

export type DatabaseKind = 'sqlite' | 'postgresql';

export interface AppConfig {
  port: number;
  host: string;
  databaseKind: DatabaseKind;
  /** PostgreSQL connection string, when `databaseKind` is postgresql. */
  databaseUrl?: string;
  /** SQLite file (or ':memory:'), when `databaseKind` is sqlite. */
  sqlitePath: string;
  /** Adds `extensions.sql.count` to every GraphQL response. */
  debugSql: boolean;
  logLevel: string;
  /** Largest query complexity accepted (graphql-query-complexity estimate). */
  maxQueryComplexity: number;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** Reads configuration from the environment; every variable has a documented default (README). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port: intFromEnv(env, 'PORT', 4000),
    host: env.HOST || '0.0.0.0',
    databaseKind: databaseUrl ? 'postgresql' : 'sqlite',
    databaseUrl,
    sqlitePath: env.HOSO_SQLITE_PATH || resolve(projectRoot(), 'data', 'hoso.db'),
    debugSql: env.HOSO_DEBUG_SQL === '1' || env.HOSO_DEBUG_SQL === 'true',
    logLevel: env.LOG_LEVEL || 'info',
    maxQueryComplexity: intFromEnv(env, 'HOSO_MAX_COMPLEXITY', 50_000_000),
  };
}
