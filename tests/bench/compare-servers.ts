/**
 * The two servers `npm run bench:compare` measures, each started in a child process of its own
 * (one Node process per server, as issue 9 measured; the load generator runs in the parent).
 *
 *   node dist/tests/bench/compare-servers.js hoso|postgraphile <database url>
 *
 * compare.bench.ts compiles it with tsc first (tsconfig.servers.json), so each server runs as
 * `npm start` runs hoso: compiled JavaScript, no TypeScript compiler in the process.
 *
 * The child answers its parent with `{ kind: 'started', url, headers }` over IPC once it listens,
 * samples its memory between `'reset-peak'` and `'read-peak'` (each answered with `{ kind: 'peak' }`),
 * and stops on `'stop'` or when its parent goes away.
 */
import 'reflect-metadata';
import Module from 'node:module';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, sep } from 'node:path';
import type { PostGraphileOptions } from 'postgraphile';
import { loadConfig } from '../../src/app/config';
import { initOrm } from '../../src/app/orm';
import { startServer } from '../../src/app/server';
import { BENCH_TOKEN_SECRET, benchHeaders } from './bench-database';

/** What a started server tells its parent. */
export interface StartedServer {
  url: string;
  headers: Record<string, string>;
}

/** The highest memory figures (bytes) sampled between a `'reset-peak'` and a `'read-peak'`. */
export interface PeakMemory {
  heapUsed: number;
  rss: number;
  samples: number;
}

/** What the parent sends a server's process. */
export type ParentMessage = 'stop' | 'reset-peak' | 'read-peak';
/** What a server's process sends its parent. */
export type ChildMessage = ({ kind: 'started' } & StartedServer) | ({ kind: 'peak' } & PeakMemory);

/**
 * Samples `process.memoryUsage()` every few milliseconds, only between reset and read so the
 * single-request medians run without it. A reset first collects the garbage (when the process
 * runs with --expose-gc, as the bench starts it): V8 lets old garbage pile up to far above the
 * live size, and without the collection one query's peak would carry the previous query's
 * leftovers. A timer runs when the event loop is free, so a peak inside one synchronous stretch
 * (between two awaits) can be missed: the heapUsed peak is a lower bound, rss (which V8 gives
 * back lazily) the upper end.
 */
function peakMemorySampler(intervalMs = 5): { reset(): PeakMemory; read(): PeakMemory } {
  let peak: PeakMemory = { heapUsed: 0, rss: 0, samples: 0 };
  let timer: NodeJS.Timeout | undefined;
  const sample = (): PeakMemory => {
    const { heapUsed, rss } = process.memoryUsage();
    peak = { heapUsed: Math.max(peak.heapUsed, heapUsed), rss: Math.max(peak.rss, rss), samples: peak.samples + 1 };
    return peak;
  };
  return {
    reset: () => {
      clearInterval(timer);
      globalThis.gc?.();
      peak = { heapUsed: 0, rss: 0, samples: 0 };
      timer = setInterval(sample, intervalMs).unref();
      return sample();
    },
    read: () => {
      clearInterval(timer);
      timer = undefined;
      return sample();
    },
  };
}

async function startHoso(databaseUrl: string): Promise<{ started: StartedServer; stop: () => Promise<void> }> {
  const config = loadConfig({
    // Configured as a production deployment on PostgreSQL would be (the process runs with NODE_ENV=production too).
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    HOSO_TOKEN_SECRET: BENCH_TOKEN_SECRET,
    HOSO_RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'warn',
  });
  const orm = await initOrm(config);
  const server = await startServer(orm, { ...config, host: '127.0.0.1' }, 0);
  const headers = await benchHeaders(orm, config);
  return {
    started: { url: server.url, headers },
    stop: async () => {
      await server.stop();
      await orm.close();
    },
  };
}

/**
 * hoso uses graphql 16; PostGraphile v4 needs graphql 15, and npm installs two copies of 15.11.0
 * (under postgraphile and under the hoisted graphile-build-pg) while the hoisted
 * graphql-parse-resolve-info sees hoso's 16. Objects from different copies fail graphql's
 * `instanceof` checks ("Unexpected input type: Int"), so in this process every `graphql` required
 * by a graphile package resolves to the one copy under postgraphile.
 */
function shareOneGraphqlWithPostGraphile(): void {
  const postgraphileDir = dirname(require.resolve('postgraphile/package.json'));
  const graphqlDir = dirname(require.resolve('graphql/package.json', { paths: [postgraphileDir] }));
  const graphileFile = /[\\/]node_modules[\\/](postgraphile|postgraphile-core|graphile-[^\\/]+|@graphile|graphql-parse-resolve-info)[\\/]/;
  const loader = Module as unknown as {
    _resolveFilename(request: string, parent: { filename?: string } | undefined, ...rest: unknown[]): string;
  };
  const resolve = loader._resolveFilename.bind(loader);
  loader._resolveFilename = (request, parent, ...rest) => {
    if ((request === 'graphql' || request.startsWith('graphql/')) && parent?.filename && graphileFile.test(parent.filename)) {
      return resolve(graphqlDir + sep + request.slice('graphql'.length), parent, ...rest);
    }
    return resolve(request, parent, ...rest);
  };
}

async function startPostGraphile(databaseUrl: string): Promise<{ started: StartedServer; stop: () => Promise<void> }> {
  shareOneGraphqlWithPostGraphile();
  // Loaded only after the resolution above is in place.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { postgraphile } = require('postgraphile') as typeof import('postgraphile');
  const options: PostGraphileOptions = {
    disableDefaultMutations: true,
    disableQueryLog: true,
    retryOnInitFail: false,
    graphiql: false,
    enableQueryBatching: false,
  };
  const middleware = postgraphile(databaseUrl, 'public', options);
  const server = createServer(middleware);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    started: { url: `http://127.0.0.1:${port}/graphql`, headers: { 'content-type': 'application/json' } },
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await middleware.release();
    },
  };
}

async function main(): Promise<void> {
  const [kind, databaseUrl] = process.argv.slice(2);
  if ((kind !== 'hoso' && kind !== 'postgraphile') || !databaseUrl)
    throw new Error('usage: compare-servers.ts hoso|postgraphile <database url>');
  const { started, stop } = kind === 'hoso' ? await startHoso(databaseUrl) : await startPostGraphile(databaseUrl);
  const memory = peakMemorySampler();
  const send = (message: ChildMessage): void => {
    process.send?.(message);
  };
  const finish = (): void => {
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('message', (message: ParentMessage) => {
    if (message === 'stop') finish();
    else if (message === 'reset-peak') send({ kind: 'peak', ...memory.reset() });
    else if (message === 'read-peak') send({ kind: 'peak', ...memory.read() });
  });
  process.on('disconnect', finish);
  send({ kind: 'started', ...started });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
