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
  /** Origins a browser may call the API from (`HOSO_CORS_ORIGINS`, comma-separated); none by default. */
  corsOrigins: string[];
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** How long a stopping server waits for in-flight requests (and a running sync) before it closes them. */
  shutdownTimeoutMs: number;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** `https://a.example, https://b.example` → exact origins; a malformed one fails at start, not silently. */
function originsFromEnv(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '')
    .map((origin) => {
      let parsed: URL;
      try {
        parsed = new URL(origin);
      } catch {
        throw new Error(`HOSO_CORS_ORIGINS: "${origin}" is not an origin (expected e.g. https://hoso.example.gov.vn)`);
      }
      if (parsed.origin !== origin.replace(/\/$/, '')) {
        throw new Error(`HOSO_CORS_ORIGINS: "${origin}" is not an origin (scheme, host and port only, e.g. ${parsed.origin})`);
      }
      return parsed.origin;
    });
}

/** Reads configuration from the environment; every variable has a documented default (README). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port: intFromEnv(env, 'PORT', 4000),
    // Loopback unless told otherwise: personnel data is not served to the network by accident.
    host: env.HOST || '127.0.0.1',
    databaseKind: databaseUrl ? 'postgresql' : 'sqlite',
    databaseUrl,
    sqlitePath: env.HOSO_SQLITE_PATH || resolve(projectRoot(), 'data', 'hoso.db'),
    debugSql: env.HOSO_DEBUG_SQL === '1' || env.HOSO_DEBUG_SQL === 'true',
    logLevel: env.LOG_LEVEL || 'info',
    maxQueryComplexity: intFromEnv(env, 'HOSO_MAX_COMPLEXITY', 50_000_000),
    corsOrigins: originsFromEnv(env.HOSO_CORS_ORIGINS),
    maxBodyBytes: intFromEnv(env, 'HOSO_MAX_BODY_BYTES', 1024 * 1024),
    shutdownTimeoutMs: intFromEnv(env, 'HOSO_SHUTDOWN_TIMEOUT_MS', 10_000),
  };
}
