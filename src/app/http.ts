import { STATUS_CODES, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApolloServer, BaseContext, HTTPGraphQLRequest } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import bodyParser from 'body-parser';
import cors from 'cors';
import { logger } from './logger';
import { clientAddress, rateLimitMessage, type RateLimitRefusal } from './rate-limit';

/** What the HTTP layer needs from the configuration (README, "Configuration"). */
export interface HttpOptions {
  /** Origins allowed to call the API from a browser; empty means no cross-origin access. */
  readonly corsOrigins: readonly string[];
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** The per-address budget of refused requests (src/app/rate-limit.ts); none means no limit. */
  readonly limits?: {
    admit(address: string): RateLimitRefusal | undefined;
    refused(address: string): void;
  };
}

/** The paths the GraphQL endpoint answers on (`/` too, so `http://host:4000` works as Apollo's standalone did). */
export const GRAPHQL_PATHS = new Set(['/graphql', '/']);
export const HEALTH_PATH = '/health';

/** Another endpoint of the server (the xlsx upload): it reads its own body and signs the request in when it is ready to. */
export type HttpRoute<TContext> = (req: IncomingMessage, res: ServerResponse, signIn: () => Promise<TContext>) => Promise<void>;

type Next = (error?: unknown) => void;
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/** An error from the HTTP layer, in GraphQL's response shape so that clients parse one format. */
export function sendJsonError(res: ServerResponse, status: number, code: string, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** The same refusal as `sendJsonError`, on a socket asking to upgrade to a WebSocket (no response object there). */
export function refuseUpgrade(
  socket: Duplex,
  status: number,
  code: string,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`);
}

/**
 * Whether a browser page on `origin` may open a WebSocket here. Browsers do not apply CORS to
 * WebSockets, so the allow-list is checked by hand: no Origin (not a browser), the API's own
 * origin, or a listed one.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

interface BodyParserError {
  status?: number;
  type?: string;
}

/** body-parser's refusals, told in the API's words: the request is wrong, not the server. */
function bodyError(error: unknown, maxBodyBytes: number): { status: number; code: string; message: string } {
  const { status, type } = (error ?? {}) as BodyParserError;
  if (type === 'entity.too.large' || status === 413) {
    return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `Yêu cầu quá lớn: tối đa ${maxBodyBytes} byte (request body too large)` };
  }
  if (type === 'charset.unsupported' || type === 'encoding.unsupported' || status === 415) {
    return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Chỉ nhận JSON mã hoá UTF-8 (unsupported charset or encoding)' };
  }
  if (type === 'entity.parse.failed') {
    return {
      status: 400,
      code: 'BAD_REQUEST',
      message: 'Nội dung yêu cầu không phải JSON hợp lệ: cần một đối tượng { "query": ..., "variables": ... } (malformed JSON body)',
    };
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return { status, code: 'BAD_REQUEST', message: 'Yêu cầu không đọc được (unreadable request body)' };
  }
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Lỗi máy chủ (internal server error)' };
}

function headersOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function sendGraphQL<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  req: IncomingMessage & { body?: unknown },
  res: ServerResponse,
  context: (req: IncomingMessage) => Promise<TContext>,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const httpGraphQLRequest: HTTPGraphQLRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    headers: headersOf(req),
    search: url.search,
    body: req.body,
  };
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context(req) });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * The HTTP front of the API: CORS for the configured origins only, a JSON body of bounded size,
 * a health probe, and every refusal answered as JSON in GraphQL's error shape (never an HTML page
 * or a stack). Apollo's standalone server cannot be told any of this, hence our own.
 */
/** The GraphQL requests each server is still answering, even those whose client has hung up. */
const answering = new WeakMap<Server, Set<Promise<void>>>();

/**
 * Resolves when every request the server was answering has finished, or after `timeoutMs`. The
 * drain only follows sockets; a request whose client disconnected (a benchmark ending, a browser
 * closed during a sync) still runs, and the database must not be closed under it.
 */
export async function requestsSettled(server: Server, timeoutMs: number): Promise<void> {
  const pending = [...(answering.get(server) ?? [])];
  if (pending.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  await Promise.race([Promise.allSettled(pending), bound]);
  clearTimeout(timer);
}

export function createHttpServer<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  options: HttpOptions,
  context: (req: IncomingMessage) => Promise<TContext>,
  routes: ReadonlyMap<string, HttpRoute<TContext>> = new Map(),
): Server {
  const allowed = new Set(options.corsOrigins);
  const corsHandler: Middleware = cors({
    // A browser on another origin gets no CORS headers unless that origin is listed.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    maxAge: 600,
  });
  const jsonHandler: Middleware = bodyParser.json({ limit: options.maxBodyBytes, strict: true });

  const inFlight = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    const address = clientAddress(req);
    const fail = (error: unknown) => {
      const { status, code, message } = bodyError(error, options.maxBodyBytes);
      if (status >= 500) logger.error({ err: error, url: req.url }, 'unexpected error in the HTTP layer');
      else {
        logger.debug({ status, code, url: req.url }, 'request refused by the HTTP layer');
        options.limits?.refused(address);
      }
      sendJsonError(res, status, code, message);
    };
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === HEALTH_PATH) {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ status: 'ok' }));
      return;
    }
    const route = routes.get(path);
    if (!GRAPHQL_PATHS.has(path) && !route) {
      options.limits?.refused(address);
      sendJsonError(res, 404, 'NOT_FOUND', `Không có đường dẫn ${path}; API ở /graphql`);
      return;
    }
    corsHandler(req, res, (corsError) => {
      if (corsError) return fail(corsError);
      // After CORS, so that a listed front end can read the 429; before the body, which is not read.
      const refusal = options.limits?.admit(address);
      if (refusal) {
        res.setHeader('retry-after', String(refusal.retryAfterSeconds));
        sendJsonError(res, 429, 'RATE_LIMITED', rateLimitMessage(refusal.retryAfterSeconds));
        return;
      }
      if (route) {
        const answer = route(req, res, () => context(req)).catch(fail);
        inFlight.add(answer);
        void answer.finally(() => inFlight.delete(answer));
        return;
      }
      jsonHandler(req, res, (bodyFailure) => {
        if (bodyFailure) return fail(bodyFailure);
        const answer = sendGraphQL(apollo, req, res, context).catch(fail);
        inFlight.add(answer);
        void answer.finally(() => inFlight.delete(answer));
      });
    });
  });
  answering.set(server, inFlight);
  return server;
}
