import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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
  /** `HOSO_DEBUG_SQL=statements`: also lists each request's statements (their text) in `extensions.sql.statements`. */
  debugSqlStatements: boolean;
  logLevel: string;
  /** Largest estimated cost of a query accepted (the cost model in complexity.ts: rows a request can make the database touch). */
  maxQueryComplexity: number;
  /** Origins a browser may call the API from (`HOSO_CORS_ORIGINS`, comma-separated); none by default. */
  corsOrigins: string[];
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** `HOSO_MAX_UPLOAD_BYTES`: largest workbook `POST /sync/xlsx` accepts (20 MB unless told). */
  maxUploadBytes: number;
  /** How long a stopping server waits for in-flight requests (and a running sync) before it closes them. */
  shutdownTimeoutMs: number;
  /** `HOSO_AUTH`: `off` (explicitly) lets every request in as an anonymous root admin; anything but on/off fails at start. */
  authMode: 'on' | 'off';
  /** `HOSO_TOKEN_SECRET` (at least 32 bytes): the HS256 key of hoso's own tokens; several servers must share it. */
  tokenSecret?: string;
  /** Where the key is generated once (mode 0600) when `HOSO_TOKEN_SECRET` is unset: `token-secret` beside the SQLite file. */
  tokenSecretFile: string;
  /** `HOSO_OIDC_ISSUER`: an OpenID Connect issuer whose tokens are accepted (discovery at `<issuer>/.well-known/openid-configuration`). */
  oidcIssuer?: string;
  /** `HOSO_OIDC_AUDIENCE`: the `aud` those tokens must carry; required with an issuer. */
  oidcAudience?: string;
  /** `HOSO_OIDC_GRANTS_CLAIM` (default `hoso_grants`): the claim holding grants such as `"editor:02905:personal-data"`. */
  oidcGrantsClaim: string;
  /** `HOSO_OIDC_NAME_CLAIM` (default `preferred_username`): the claim naming the person in the audit log. */
  oidcNameClaim: string;
  /** `HOSO_RATE_LIMIT_PER_MINUTE`: requests per identity (and refused requests per client address) per minute; 0 = off. */
  rateLimitPerMinute: number;
  /** `HOSO_MAX_DEPTH`: deepest selection accepted, connection and edge wrappers not counted. */
  maxQueryDepth: number;
  /** `HOSO_STATEMENT_TIMEOUT_MS`: PostgreSQL cancels any one statement running longer; 0 = no limit. */
  statementTimeoutMs: number;
  /**
   * `HOSO_PG_PREPARED_STATEMENTS`: how many of the statements the server keeps per query shape each
   * pooled PostgreSQL connection keeps prepared (common/db/prepared-statements.ts); 0 = none.
   */
  preparedStatements: number;
  /**
   * `HOSO_SIGN_IN_CACHE_MS`: on PostgreSQL, how long what sign-in read may serve later requests at
   * most; changes empty it at once through a notification (src/access/sign-in-cache.ts). 0 = off.
   */
  signInCacheMs: number;
  /**
   * `HOSO_HEAP_GROWING_PERCENT`: how far V8 lets the heap grow past what its last full collection
   * kept before it collects again, in percent (gc-pacing.ts); 0 = V8's own pacing.
   */
  heapGrowingPercent: number;
  /** `HOSO_INTROSPECTION`: whether the schema may be introspected (`__schema`, `__type`). */
  introspection: boolean;
  /** `HOSO_SANDBOX`: whether a browser opening the endpoint gets the Apollo Sandbox. */
  sandbox: boolean;
  /**
   * `HOSO_WORKERS` (or `serve --workers`): processes serving the API on the one port (node:cluster);
   * 1 is a single process, `0` or `auto` one per core. Each worker keeps its own rate-limit buckets.
   */
  workers: number;
  /**
   * `HOSO_NESTED_READ`: `one-statement` (default) reads every nested connection of a page in one
   * PostgreSQL statement; `per-level` batches each level as SQLite does (to compare the two).
   */
  nestedRead: 'one-statement' | 'per-level';
  /**
   * `HOSO_COMPILE_QUERIES_AFTER`: how many times graphql-js runs a query before it is compiled
   * (graphql-jit, see compiled-execution.ts); default 1, `0` compiles at first sight, `off` never.
   */
  compileQueriesAfter: number | null;
}

/**
 * A worker count as a person writes it: a positive whole number, or `0`/`auto` for one per core
 * (`os.availableParallelism()`, which honours a container's CPU limit where Node can see it).
 */
export function parseWorkers(raw: string, name = 'HOSO_WORKERS'): number {
  const text = raw.trim();
  if (text === 'auto' || text === '0') return availableParallelism();
  const value = Number(text);
  if (text === '' || !Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number of processes, or 0/auto for one per core, got "${raw}"`);
  }
  return value;
}

/** Like intFromEnv, but 0 is allowed: it switches the limit off. */
function limitFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number (0 = off), got "${raw}"`);
  return value;
}

function switchFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  throw new Error(`${name} must be "on" or "off", got "${raw}"`);
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

function authModeFromEnv(raw: string | undefined): 'on' | 'off' {
  if (raw === undefined || raw === '' || raw === 'on') return 'on';
  if (raw === 'off') return 'off';
  throw new Error(`HOSO_AUTH must be "on" or "off", got "${raw}"`);
}

/** An issuer is a URL; an audience is required with it, or any token the provider issues to anyone would do. */
function oidcFromEnv(env: NodeJS.ProcessEnv): Pick<AppConfig, 'oidcIssuer' | 'oidcAudience'> {
  const issuer = env.HOSO_OIDC_ISSUER || undefined;
  const audience = env.HOSO_OIDC_AUDIENCE || undefined;
  if (!issuer) return { oidcIssuer: undefined, oidcAudience: audience };
  try {
    new URL(issuer);
  } catch {
    throw new Error(`HOSO_OIDC_ISSUER: "${issuer}" is not a URL (expected e.g. https://sso.example.gov.vn/realms/hoso)`);
  }
  if (!audience) throw new Error('HOSO_OIDC_AUDIENCE must be set with HOSO_OIDC_ISSUER (the client id the tokens are issued for)');
  return { oidcIssuer: issuer, oidcAudience: audience };
}

function nestedReadFromEnv(value: string | undefined): AppConfig['nestedRead'] {
  if (value === undefined || value === '' || value === 'one-statement') return 'one-statement';
  if (value === 'per-level') return 'per-level';
  throw new Error(`HOSO_NESTED_READ must be one-statement or per-level, not ${JSON.stringify(value)}`);
}

function compileAfterFromEnv(raw: string | undefined): number | null {
  if (raw === undefined || raw === '') return 1;
  if (raw === 'off') return null;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`HOSO_COMPILE_QUERIES_AFTER must be a whole number of runs (0 = compile at once) or off, got "${raw}"`);
  }
  return value;
}

/** Reads configuration from the environment; every variable has a documented default (README). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  const sqlitePath = env.HOSO_SQLITE_PATH || resolve(projectRoot(), 'data', 'hoso.db');
  // ':memory:' has no folder: its key goes to ./data like the default file's.
  const dataDir = sqlitePath === ':memory:' ? resolve(projectRoot(), 'data') : dirname(resolve(sqlitePath));
  // Development shows the schema and the Sandbox. So does the embedded SQLite default in
  // production, because `npm start` (NODE_ENV=production) is the newcomer's demo; a PostgreSQL
  // deployment in production hides both unless told otherwise.
  const showSchema = env.NODE_ENV !== 'production' || !databaseUrl;
  return {
    port: intFromEnv(env, 'PORT', 4000),
    // Loopback unless told otherwise: personnel data is not served to the network by accident.
    host: env.HOST || '127.0.0.1',
    databaseKind: databaseUrl ? 'postgresql' : 'sqlite',
    databaseUrl,
    sqlitePath,
    debugSql: ['1', 'true', 'statements'].includes(env.HOSO_DEBUG_SQL ?? ''),
    debugSqlStatements: env.HOSO_DEBUG_SQL === 'statements',
    logLevel: env.LOG_LEVEL || 'info',
    maxQueryComplexity: intFromEnv(env, 'HOSO_MAX_COMPLEXITY', 50_000_000),
    corsOrigins: originsFromEnv(env.HOSO_CORS_ORIGINS),
    maxBodyBytes: intFromEnv(env, 'HOSO_MAX_BODY_BYTES', 1024 * 1024),
    maxUploadBytes: intFromEnv(env, 'HOSO_MAX_UPLOAD_BYTES', 20 * 1024 * 1024),
    shutdownTimeoutMs: intFromEnv(env, 'HOSO_SHUTDOWN_TIMEOUT_MS', 10_000),
    authMode: authModeFromEnv(env.HOSO_AUTH),
    tokenSecret: env.HOSO_TOKEN_SECRET || undefined,
    tokenSecretFile: join(dataDir, 'token-secret'),
    ...oidcFromEnv(env),
    oidcGrantsClaim: env.HOSO_OIDC_GRANTS_CLAIM || 'hoso_grants',
    oidcNameClaim: env.HOSO_OIDC_NAME_CLAIM || 'preferred_username',
    // 10 a second sustained (bursts up to 600): far above a person clicking through a front end.
    rateLimitPerMinute: limitFromEnv(env, 'HOSO_RATE_LIMIT_PER_MINUTE', 600),
    maxQueryDepth: intFromEnv(env, 'HOSO_MAX_DEPTH', 12),
    // An honest statement of a request takes milliseconds; one running 15 s holds a connection for nothing.
    statementTimeoutMs: limitFromEnv(env, 'HOSO_STATEMENT_TIMEOUT_MS', 15_000),
    // As many as PostGraphile keeps by default; each is a parsed statement and maybe a plan in its backend's memory.
    preparedStatements: limitFromEnv(env, 'HOSO_PG_PREPARED_STATEMENTS', 100),
    signInCacheMs: limitFromEnv(env, 'HOSO_SIGN_IN_CACHE_MS', 1_000),
    // 60 holds a 4-client load of the 1.7 MB nested read to ~120 MB of heap instead of 200-315 MB (gc-pacing.ts).
    heapGrowingPercent: limitFromEnv(env, 'HOSO_HEAP_GROWING_PERCENT', 60),
    introspection: switchFromEnv(env, 'HOSO_INTROSPECTION', showSchema),
    sandbox: switchFromEnv(env, 'HOSO_SANDBOX', showSchema),
    workers: env.HOSO_WORKERS ? parseWorkers(env.HOSO_WORKERS) : 1,
    nestedRead: nestedReadFromEnv(env.HOSO_NESTED_READ),
    compileQueriesAfter: compileAfterFromEnv(env.HOSO_COMPILE_QUERIES_AFTER),
  };
}
