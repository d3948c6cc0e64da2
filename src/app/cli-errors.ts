import { GraphQLError } from 'graphql';
import { SheetsApiError } from '../../sync/sheets/errors';
import { isStatementTimeout } from '../common/errors/format-error';
import { logger } from './logger';
import { SyncBusyError } from '../sheet-sync/sync-lock';

/** How a failed command is shown to the person who ran it. */
export interface CliFailure {
  /** One Vietnamese sentence for stderr: what went wrong and what to do. */
  readonly sentence: string;
  /** 75 (EX_TEMPFAIL): try again later, nothing is wrong with the request; 1: anything else. */
  readonly exitCode: number;
  /** A stable name for scripts (`--json`): the GraphQL code when there is one. */
  readonly code: string;
}

const TRY_LATER = 75;

function sheetsSentence(error: SheetsApiError): Pick<CliFailure, 'sentence' | 'exitCode'> {
  const tries = error.attempts > 1 ? `, đã thử ${error.attempts} lần` : '';
  switch (error.status) {
    case null:
      return {
        sentence: `Không kết nối được tới Google Sheets${tries}: kiểm tra mạng (hoặc GOOGLE_API_ROOT_URL) rồi thử lại.`,
        exitCode: TRY_LATER,
      };
    case 401:
      return {
        sentence: 'Google không nhận thông tin đăng nhập: kiểm tra GOOGLE_APPLICATION_CREDENTIALS hoặc GOOGLE_ACCESS_TOKEN.',
        exitCode: 1,
      };
    case 403:
      return {
        sentence:
          'Google từ chối truy cập bảng tính: hãy chia sẻ bảng tính (quyền Người chỉnh sửa) với địa chỉ e-mail của tài khoản dịch vụ.',
        exitCode: 1,
      };
    case 404:
      return {
        sentence: 'Google không tìm thấy bảng tính này: kiểm tra mã bảng tính (phần giữa /d/ và /edit trong địa chỉ).',
        exitCode: 1,
      };
    case 429:
      return { sentence: `Google đang giới hạn số lượt gọi (quota${tries}): hãy thử lại sau một phút.`, exitCode: TRY_LATER };
    default:
      return error.status >= 500
        ? { sentence: `Google Sheets đang gặp sự cố (lỗi ${error.status}${tries}): hãy thử lại sau ít phút.`, exitCode: TRY_LATER }
        : { sentence: `Google Sheets từ chối yêu cầu (lỗi ${error.status}): ${error.message}`, exitCode: 1 };
  }
}

function sentenceEnd(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * The one mapping from an error to what a command prints: known errors (a busy binding, Google
 * failing or refusing, no credentials, an unregistered spreadsheet, a bad input) become a
 * sentence saying what to do; anything else is a generic sentence pointing at the log.
 */
export function describeCliFailure(error: unknown): CliFailure {
  if (error instanceof SyncBusyError) return { sentence: error.message, exitCode: TRY_LATER, code: 'SYNC_BUSY' };
  if (error instanceof SheetsApiError) return { ...sheetsSentence(error), code: 'SHEETS_API_ERROR' };
  if (error instanceof GraphQLError) {
    const code = typeof error.extensions.code === 'string' ? error.extensions.code : 'ERROR';
    switch (code) {
      case 'SHEETS_NOT_CONFIGURED':
        return { sentence: sentenceEnd(error.message), exitCode: 1, code };
      case 'NOT_FOUND': {
        const id = typeof error.extensions.id === 'string' ? error.extensions.id : '';
        return /hoso sheets init/.test(error.message)
          ? { sentence: `Bảng tính ${id} chưa được đăng ký với hoso: chạy \`hoso sheets init ${id}\` trước.`, exitCode: 1, code }
          : { sentence: sentenceEnd(error.message.replace(/ \(not found\)$/, '')), exitCode: 1, code };
      }
      case 'BAD_USER_INPUT': {
        const fields = Array.isArray(error.extensions.fields) ? (error.extensions.fields as { message?: unknown }[]) : [];
        const problems = fields.map((f) => String(f.message ?? '')).filter((m) => m !== '');
        return {
          sentence: `Dữ liệu không hợp lệ: ${sentenceEnd(problems.length > 0 ? problems.join('; ') : error.message)}`,
          exitCode: 1,
          code,
        };
      }
      case 'REFERENCED':
        return { sentence: sentenceEnd(error.message), exitCode: 1, code };
      default:
        break;
    }
  }
  if (isStatementTimeout(error)) {
    return {
      sentence:
        'Một câu lệnh cơ sở dữ liệu chạy quá HOSO_STATEMENT_TIMEOUT_MS nên đã bị dừng: thử lại khi máy chủ bớt bận, hoặc chạy lại với HOSO_STATEMENT_TIMEOUT_MS=0 nếu việc này vốn lâu.',
      exitCode: TRY_LATER,
      code: 'QUERY_TIMEOUT',
    };
  }
  const name = error instanceof Error ? error.name : typeof error;
  return {
    sentence: `hoso gặp lỗi không lường trước (${name}): xem log để biết chi tiết (chạy lại với LOG_LEVEL=debug, hoặc --json).`,
    exitCode: 1,
    code: 'INTERNAL_ERROR',
  };
}

/**
 * Ends a failed command: the sentence on stderr, the detail (stack included) in the log — at
 * level error on stdout with `--json`, where scripts read it, else at level debug so that a
 * person at a terminal sees only the sentence — and a non-zero exit.
 */
export function exitWithCliFailure(error: unknown, options: { readonly json: boolean }): never {
  const failure = describeCliFailure(error);
  const detail = { err: error, code: failure.code, exitCode: failure.exitCode };
  if (options.json) logger.error(detail, failure.sentence);
  else logger.debug(detail, failure.sentence);
  process.stderr.write(`${failure.sentence}\n`);
  process.exit(failure.exitCode);
}
