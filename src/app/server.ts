import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { getComplexity, simpleEstimator, fieldExtensionsEstimator } from 'graphql-query-complexity';
import { GraphQLError } from 'graphql';
import { formatError } from '../common/errors/format-error';
import { nfcInputPlugin } from '../common/graphql/normalise-input';
import { DEFAULT_PAGE_SIZE } from '../common/pagination/page-size';
import { type AppConfig } from './config';
import { createContext, type GraphQLContext } from './context';
import type { SheetsGateway } from '../../sync/sheets/sheets-client';
import { syncEnvironment } from '../sheet-sync/sync-environment';
import { logger } from './logger';
import { forkFor, type Orm } from './orm';
import { buildHosoSchema } from './schema';

/** With HOSO_DEBUG_SQL, every response says how many SQL statements it cost. */
function sqlCountPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sql: { count: contextValue.sql.count } };
          }
        },
      };
    },
  };
}

/**
 * Refuses queries whose estimated cost is too high before running them. Lists cost their page
 * size times their children, so a deeply nested query with large pages is refused up front.
 */
function complexityPlugin(maxComplexity: number): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [
              fieldExtensionsEstimator(),
              // A connection costs its page size times what each row asks for.
              ({ field, args, childComplexity }) => {
                if (!field.args.some((arg) => arg.name === 'first')) return undefined;
                const size = Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE);
                return 1 + size * Math.max(childComplexity, 1);
              },
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (complexity > maxComplexity) {
            throw new GraphQLError(`Truy vấn quá phức tạp: ${complexity} > ${maxComplexity} (query too complex; use smaller pages)`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', complexity, maxComplexity },
            });
          }
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
  const plugins: ApolloServerPlugin<GraphQLContext>[] = [
    ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    nfcInputPlugin(),
    complexityPlugin(config.maxQueryComplexity),
  ];
  if (config.debugSql) plugins.push(sqlCountPlugin());
  return new ApolloServer<GraphQLContext>({
    schema: await buildHosoSchema(),
    plugins,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
}

/** Serves the API over HTTP; one EntityManager fork per request. `sheets` overrides the Google client (tests). */
export async function startServer(
  orm: Orm,
  config: AppConfig,
  port = config.port,
  options: { readonly sheets?: () => SheetsGateway } = {},
): Promise<RunningServer> {
  const server = await createApolloServer(config);
  const sync = syncEnvironment(orm, config, options.sheets);
  const { url } = await startStandaloneServer(server, {
    listen: { port, host: config.host },
    context: async ({ req }) => {
      const sql = { count: 0 };
      // Access control will derive the viewer from the request; until then every caller is "api".
      const actor = typeof req.headers['x-hoso-actor'] === 'string' ? req.headers['x-hoso-actor'] : 'api';
      const em = forkFor(orm, { actor, source: 'api' }, () => sql.count++);
      return createContext(em, { actor, source: 'api' }, sql, sync);
    },
  });
  logger.info({ url }, 'hoso GraphQL API ready');
  return { url, stop: () => server.stop() };
}
