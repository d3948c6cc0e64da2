import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { XLSX_MIME_TYPE } from '../../../sync/xlsx';
import type { GraphQLContext } from '../../app/context';
import { logger } from '../../app/logger';
import { requireSyncRight } from '../../access/guards';
import { syncWorkbook } from './xlsx-sync.service';

/** `POST /sync/xlsx`: the workbook as the body, the merged workbook as the answer. */
export const XLSX_SYNC_PATH = '/sync/xlsx';

/** Bodies accepted besides the xlsx type: what a client that knows no better sends (curl --data-binary, fetch of a Blob). */
const ACCEPTED_TYPES = new Set([XLSX_MIME_TYPE, 'application/octet-stream']);

/** A refusal answered as JSON in GraphQL's error shape, like every other refusal of the API. */
class UploadRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SYNC_BUSY: 409,
  STALE_WORKBOOK: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = status;
  // The body may be unread (a refused sign-in) or half read: the connection goes with the answer.
  res.setHeader('connection', 'close');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions }] }));
}

/** GraphQL errors keep their code and details (`extensions.http` says the status, as Apollo reads it); anything else is a 500, logged. */
function answerError(res: ServerResponse, error: unknown): void {
  if (error instanceof UploadRefusal) return sendError(res, error.status, error.message, { code: error.code }, error.headers);
  if (error instanceof GraphQLError) {
    const { http, ...extensions } = error.extensions as { http?: { status?: number; headers?: Map<string, string> } } & Record<
      string,
      unknown
    >;
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    const status = http?.status ?? STATUS_BY_CODE[code] ?? 500;
    const headers: Record<string, string> = Object.fromEntries(http?.headers ?? []);
    if (typeof extensions.retryAfter === 'number') headers['retry-after'] = String(extensions.retryAfter);
    if (status < 500) return sendError(res, status, error.message, extensions, headers);
  }
  logger.error({ err: error }, 'xlsx sync upload failed');
  sendError(res, 500, 'Lỗi máy chủ khi đồng bộ sổ Excel (internal server error)', { code: 'INTERNAL_SERVER_ERROR' });
}

/** The body, refused past `maxBytes` (by its announced length at once, else while it arrives). */
async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    new UploadRefusal(413, 'PAYLOAD_TOO_LARGE', `Sổ Excel quá lớn: tối đa ${maxBytes} byte (HOSO_MAX_UPLOAD_BYTES) (upload too large)`);
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function flag(url: URL, name: string): boolean {
  return ['1', 'true', 'yes'].includes((url.searchParams.get(name) ?? '').toLowerCase());
}

/** A file name for Content-Disposition: ASCII for old clients, the UTF-8 name for the others (RFC 6266). */
function disposition(title: string): string {
  const name = `${title.replace(/\.xlsx$/i, '')}.hoso.xlsx`;
  const ascii =
    name
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '_') || 'hoso.xlsx';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * The upload route: sign-in first (nothing about the request is read before its credential is
 * verified), then the sync right, the body (bounded by `maxBytes`), one exchange, and the merged
 * workbook back. `?dryRun=true` answers the report as JSON and writes nothing; `?title=` names a
 * workbook registered now; `?acceptOlderCopy=true` syncs a copy older than the last one returned.
 * The report's counts come in the `x-hoso-sync` header (JSON).
 */
export function xlsxUploadRoute(maxBytes: number) {
  return async (req: IncomingMessage, res: ServerResponse, signIn: () => Promise<GraphQLContext>): Promise<void> => {
    try {
      if (req.method !== 'POST') {
        throw new UploadRefusal(405, 'METHOD_NOT_ALLOWED', `Gửi sổ Excel bằng POST ${XLSX_SYNC_PATH} (method not allowed)`, {
          allow: 'POST',
        });
      }
      const ctx = await signIn();
      requireSyncRight(ctx);
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!ACCEPTED_TYPES.has(type)) {
        throw new UploadRefusal(
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          `Nội dung phải là sổ Excel (Content-Type: ${XLSX_MIME_TYPE}) (unsupported media type)`,
        );
      }
      const body = await readBody(req, maxBytes);
      const url = new URL(req.url ?? '/', 'http://localhost');
      const title = url.searchParams.get('title') ?? undefined;
      const result = await syncWorkbook(
        ctx.sync,
        body,
        { ...ctx.viewer, source: 'sync' },
        {
          dryRun: flag(url, 'dryRun'),
          acceptOlderCopy: flag(url, 'acceptOlderCopy'),
          ...(title ? { title } : {}),
        },
      );
      const { plan: _plan, ...report } = result.report;
      const summary = { spreadsheetId: result.spreadsheetId, registered: result.registered, counts: report.counts };
      res.setHeader('x-hoso-sync', JSON.stringify(summary));
      if (!result.workbook) {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify({ ...summary, report }));
        return;
      }
      res.statusCode = 200;
      res.setHeader('content-type', XLSX_MIME_TYPE);
      res.setHeader('content-disposition', disposition(title ?? 'hoso'));
      res.setHeader('content-length', result.workbook.length);
      res.end(result.workbook);
    } catch (error) {
      answerError(res, error);
      req.resume();
    }
  };
}
