import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  validate,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Principal } from '../access/access.types';
import { formatError } from '../common/errors/format-error';
import type { GraphQLContext } from './context';
import { GRAPHQL_PATHS, originAllowed, refuseUpgrade } from './http';
import { logger } from './logger';
import { RateLimitedError, type RequestLimits, clientAddress, rateLimitMessage } from './rate-limit';

/** What the WebSocket endpoint needs from the server: the schema, the same sign-in as HTTP, the same limits. */
export interface WebSocketOptions {
  readonly schema: GraphQLSchema;
  /** Verifies an `Authorization` value as the HTTP path does (UNAUTHENTICATED when it is not good). */
  readonly authenticate: (authorization: string | undefined, client: string) => Promise<Principal>;
  /** The context of one operation of that principal (its own EntityManager fork and access). */
  readonly contextFor: (principal: Principal) => Promise<GraphQLContext>;
  readonly limits: RequestLimits;
  readonly corsOrigins: readonly string[];
  /** Largest message accepted, in bytes (the HTTP body limit). */
  readonly maxMessageBytes: number;
}

export interface WebSocketEndpoint {
  /** Closes every socket (1001, going away), the stragglers after `graceMs` by force. */
  close(graceMs: number): Promise<void>;
}

/** A WebSocket close reason holds at most 123 bytes of UTF-8; Vietnamese letters take two or three. */
const MAX_CLOSE_REASON_BYTES = 123;

function closeReason(text: string): string {
  if (Buffer.byteLength(text) <= MAX_CLOSE_REASON_BYTES) return text;
  let reason = '';
  for (const char of text) {
    if (Buffer.byteLength(`${reason}${char}…`) > MAX_CLOSE_REASON_BYTES) break;
    reason += char;
  }
  return `${reason}…`;
}

/** `{ authorization: "Bearer …" }` in `connection_init`, in any letter case (Apollo Client's `connectionParams`). */
function authorizationOf(connectionParams: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const entry = Object.entries(connectionParams ?? {}).find(([key]) => key.toLowerCase() === 'authorization');
  return typeof entry?.[1] === 'string' ? entry[1] : undefined;
}

function isUnauthenticated(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED';
}

/** Errors as the HTTP path shows them (formatError), without the HTTP hints Apollo would have consumed. */
function formatted(errors: readonly GraphQLError[]): GraphQLFormattedError[] {
  return errors.map((error) => {
    const shown = formatError(error.toJSON(), error);
    if (!shown.extensions || !('http' in shown.extensions)) return shown;
    const { http: _http, ...extensions } = shown.extensions;
    return { ...shown, extensions };
  });
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws, the protocol Apollo Client speaks) on the HTTP
 * server's GraphQL paths. Checked at the upgrade, before any WebSocket exists: the path, the
 * origin (the CORS allow-list) and the address's budget of refusals. Checked at `connection_init`:
 * the credential (`connectionParams.authorization`, as the HTTP header), a bad one closing the
 * socket with 4401 and the reason. Checked at each subscribe: the credential again (a revoked token
 * stops at the next subscription), the identity's request budget, and the operation, which must be
 * a subscription: queries and mutations go over HTTP, where their cost limits apply.
 */
export function serveWebSockets(httpServer: Server, options: WebSocketOptions): WebSocketEndpoint {
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  let closing = false;

  httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const address = clientAddress(req);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (closing) return refuseUpgrade(socket, 503, 'SHUTTING_DOWN', 'Máy chủ đang dừng (server stopping)');
    if (!GRAPHQL_PATHS.has(path)) {
      options.limits.refused(address);
      return refuseUpgrade(socket, 404, 'NOT_FOUND', `Không có đường dẫn ${path}; API ở /graphql`);
    }
    if (!originAllowed(req.headers.origin, req.headers.host, options.corsOrigins)) {
      options.limits.refused(address);
      logger.debug({ origin: req.headers.origin }, 'WebSocket refused: origin not allowed');
      return refuseUpgrade(socket, 403, 'FORBIDDEN_ORIGIN', `Nguồn ${req.headers.origin} không được phép (origin not allowed)`);
    }
    const refusal = options.limits.admit(address);
    if (refusal) {
      return refuseUpgrade(socket, 429, 'RATE_LIMITED', rateLimitMessage(refusal.retryAfterSeconds), {
        'retry-after': String(refusal.retryAfterSeconds),
      });
    }
    wsServer.handleUpgrade(req, socket, head, (ws) => wsServer.emit('connection', ws, req));
  });

  const server = useServer(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const address = clientAddress(ctx.extra.request);
        try {
          await options.authenticate(authorizationOf(ctx.connectionParams), address);
          return true;
        } catch (error) {
          if (!isUnauthenticated(error)) throw error;
          options.limits.refused(address);
          ctx.extra.socket.close(CloseCode.Unauthorized, closeReason(error.message));
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const invalid = validate(options.schema, document);
        if (invalid.length > 0) return invalid;
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return [
            new GraphQLError('Qua WebSocket chỉ nhận subscription; truy vấn và thay đổi gửi qua HTTP (only subscriptions over WebSocket)', {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        }
        const address = clientAddress(ctx.extra.request);
        let principal: Principal;
        try {
          principal = await options.authenticate(authorizationOf(ctx.connectionParams), address);
        } catch (error) {
          if (!isUnauthenticated(error)) throw error;
          options.limits.refused(address);
          return [error];
        }
        const limited = options.limits.signedIn(principal, address);
        if (limited) return [new RateLimitedError(limited.retryAfterSeconds)];
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: await options.contextFor(principal),
        };
      },
      onNext: (_ctx, _id, _payload, _args, result: ExecutionResult) =>
        result.errors ? { ...result, errors: formatted(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => formatted(errors),
    },
    wsServer,
  );

  return {
    close: async (graceMs) => {
      closing = true;
      const disposed = Promise.resolve(server.dispose());
      let timer: NodeJS.Timeout | undefined;
      const late = await Promise.race([
        disposed.then(() => false),
        new Promise<boolean>((resolve) => (timer = setTimeout(resolve, graceMs, true))),
      ]);
      clearTimeout(timer);
      if (late) {
        for (const client of wsServer.clients) client.terminate();
        await disposed;
      }
    },
  };
}
