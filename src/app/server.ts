import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { AddressInfo } from 'node:net';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { IncomingMessage } from 'node:http';
import { formatError } from '../common/errors/format-error';
import { nfcInputPlugin } from '../common/graphql/normalise-input';
import { type AppConfig } from './config';
import { createContext, type GraphQLContext } from './context';
import type { SheetsGateway } from '../../sync/sheets/sheets-client';
import { syncEnvironment } from '../sheet-sync/sync-environment';
import { createHttpServer, requestsSettled } from './http';
import { XLSX_SYNC_PATH, xlsxUploadRoute } from '../sheet-sync/xlsx/xlsx-upload.route';
import { complexityPlugin } from './complexity';
import { depthLimitPlugin } from './depth-limit';
import { RequestLimits, rateLimitedContext } from './rate-limit';
import { Authenticator, warnWhenAuthOff } from '../access/authenticator';
import { SignInCache } from '../access/sign-in-cache';
import { forbiddenFieldsPlugin, readsAllPersonalData, withoutPersonalDataGuards } from '../access/personal-data';
import { accessOfSignIn, resolveAccess } from '../access/request-access';
import type { Viewer } from './request-meta';
import { logger } from './logger';
import { forkFor, type Orm } from './orm';
import { buildHosoSchema } from './schema';
import { compiledExecutionGateway } from './compiled-execution';
import { serveWebSockets } from './websocket';
import { paceGarbageCollection } from './gc-pacing';
import type { Principal } from '../access/access.types';

/** With HOSO_DEBUG_SQL, every response says how many SQL statements it cost. */
function sqlCountPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single') {
            const { count, statements } = contextValue.sql;
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sql: { count, statements } };
          }
        },
      };
    },
  };
}

/** How long a client should wait after a statement timeout before asking again. */
const QUERY_TIMEOUT_RETRY_SECONDS = 30;

/**
 * A statement cancelled by HOSO_STATEMENT_TIMEOUT_MS is answered 503 with Retry-After: the
 * database could not answer in time (busy, or waiting on a lock), which is the server's state, not
 * a client mistake (4xx) nor a crash (500); not 504, which says a gateway timed out and is what a
 * reverse proxy in front of hoso answers when hoso itself is slow.
 */
function queryTimeoutPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          if (!response.body.singleResult.errors?.some((e) => e.extensions?.code === 'QUERY_TIMEOUT')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(QUERY_TIMEOUT_RETRY_SECONDS));
        },
      };
    },
  };
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export async function createApolloServer(config: AppConfig): Promise<ApolloServer<GraphQLContext>> {
  if (config.sandbox && !config.introspection) {
    logger.warn('HOSO_SANDBOX=on with HOSO_INTROSPECTION=off: the Sandbox opens but cannot load the schema');
  }
  const plugins: ApolloServerPlugin<GraphQLContext>[] = [
    // Without a landing page plugin Apollo picks its own by NODE_ENV; off means no page at all.
    config.sandbox ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    // hoso sends no cache hints; Apollo's default cache-control plugin would wrap every field's resolver to look for them.
    ApolloServerPluginCacheControlDisabled(),
    nfcInputPlugin(),
    // Before the cost estimate, so that a deep query is told it is deep.
    depthLimitPlugin(config.maxQueryDepth),
    complexityPlugin(config.maxQueryComplexity),
    forbiddenFieldsPlugin(),
    queryTimeoutPlugin(),
  ];
  if (config.debugSql) plugins.push(sqlCountPlugin());
  const schema = await buildHosoSchema();
  return new ApolloServer<GraphQLContext>({
    gateway: compiledExecutionGateway(schema, {
      compileAfter: config.compileQueriesAfter,
      onCompile: (operationName) => logger.debug({ operationName }, 'query compiled'),
      // A viewer who reads all personal data gets a compilation whose personal-data fields are plain reads.
      variant: {
        appliesTo: (context) => readsAllPersonalData((context as GraphQLContext).viewer.access),
        compile: (compileQuery) => withoutPersonalDataGuards(schema, compileQuery),
      },
    }),
    plugins,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    // hoso stops on signals itself (src/app/shutdown.ts); Apollo's own handler re-sends the signal after
    // its stop, which hoso took for a second signal and exited 1 (only under NODE_ENV=production).
    stopOnTerminationSignals: false,
  });
}

/** Serves the API over HTTP; one EntityManager fork per request. `sheets` overrides the Google client (tests). */
export async function startServer(
  orm: Orm,
  config: AppConfig,
  port = config.port,
  options: { readonly sheets?: () => SheetsGateway } = {},
): Promise<RunningServer> {
  paceGarbageCollection(config.heapGrowingPercent);
  const apollo = await createApolloServer(config);
  const sync = syncEnvironment(orm, config, options.sheets);
  // SQLite has no notifications to learn of another process's change (the CLI's): it reads every time.
  const signInCache =
    config.databaseKind === 'postgresql' && config.signInCacheMs > 0 ? new SignInCache(orm, { ttlMs: config.signInCacheMs }) : undefined;
  const authenticator = new Authenticator(orm, config, { signInCache });
  warnWhenAuthOff(config);
  // Nothing else about a request is evaluated before its credential is verified.
  const authenticate = (authorization: string | undefined, client: string | undefined): Promise<Principal> =>
    authenticator.authenticate(authorization, { client });
  const contextFor = async (principal: Principal): Promise<GraphQLContext> => {
    // With HOSO_DEBUG_SQL=statements the statements themselves are listed too (their text only: values are bound).
    const sql: GraphQLContext['sql'] = config.debugSqlStatements ? { count: 0, statements: [] } : { count: 0 };
    const onSql = (statement: string) => {
      sql.count++;
      sql.statements?.push(statement);
    };
    // Grants read with the sign-in need no statement, and so no EntityManager of their own.
    const access =
      accessOfSignIn(principal) ?? (await resolveAccess(forkFor(orm, { actor: principal.name, source: 'api' }, onSql), principal));
    const viewer: Viewer = { actor: principal.name, source: 'api', access };
    return createContext(forkFor(orm, viewer, onSql), viewer, sql, sync, config.nestedRead);
  };
  const signIn = async (req: IncomingMessage): Promise<GraphQLContext> =>
    contextFor(await authenticate(req.headers.authorization, req.socket.remoteAddress));
  const limits = new RequestLimits(config.rateLimitPerMinute);
  const httpServer = createHttpServer(
    apollo,
    { ...config, limits },
    rateLimitedContext(limits, signIn, (context) => context.viewer.access?.principal),
    new Map([[XLSX_SYNC_PATH, xlsxUploadRoute(config.maxUploadBytes)]]),
  );
  // On stop: no new connections, idle ones closed, in-flight requests (a sync mutation included,
  // which releases its lock when it ends) get the grace period, then every socket is closed.
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }));
  // Subscriptions (syncProgress) on the same port and paths; on stop their sockets are closed
  // (1001) beside the HTTP drain, which would otherwise wait for them forever.
  const webSockets = serveWebSockets(httpServer, {
    schema: await buildHosoSchema(),
    authenticate,
    contextFor,
    limits,
    corsOrigins: config.corsOrigins,
    maxMessageBytes: config.maxBodyBytes,
  });
  apollo.addPlugin({
    serverWillStart: async () => ({ drainServer: () => webSockets.close(config.shutdownTimeoutMs) }),
  });
  await apollo.start();
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen({ port, host: config.host }, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  await signInCache?.start();
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}/graphql`;
  logger.info(
    {
      url,
      corsOrigins: config.corsOrigins,
      maxBodyBytes: config.maxBodyBytes,
      rateLimitPerMinute: config.rateLimitPerMinute,
      maxQueryDepth: config.maxQueryDepth,
      introspection: config.introspection,
      sandbox: config.sandbox,
    },
    'hoso GraphQL API ready',
  );
  let stopping: Promise<void> | undefined;
  const stop = async () => {
    const deadline = Date.now() + config.shutdownTimeoutMs;
    await apollo.stop();
    // Requests still running after the drain (their clients gone) finish before the pool closes,
    // within what is left of the same grace period.
    await requestsSettled(httpServer, Math.max(0, deadline - Date.now()));
    await signInCache?.close();
  };
  return { url, stop: () => (stopping ??= stop()) };
}
