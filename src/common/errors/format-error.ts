import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  DeadlockException,
  ForeignKeyConstraintViolationException,
  LockWaitTimeoutException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { type FieldProblem, WriteConflictError } from './errors';
import { PageArgs } from '../graphql/connection.types';
import { logger } from '../../app/logger';
import { SheetsApiError } from '../../../sync/sheets/errors';

/** class-validator's nested errors, flattened to "input.birthDate: message" problems. */
export function validationProblems(errors: readonly ValidationError[], prefix: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) problems.push({ field, message });
    problems.push(...validationProblems(error.children ?? [], field));
  }
  return problems;
}

const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

/**
 * Whether the database's error code (PostgreSQL's SQLSTATE, SQLite's SQLITE_*) passes `test`,
 * through MikroORM's, graphql-js's and Apollo's wrappers. Any object is followed, not only an
 * `Error`: an error made in another realm (better-sqlite3's under Jest) is not `instanceof Error`
 * here, and graphql-js then wraps it as a non-error thrown value (`thrownValue`).
 */
function hasDatabaseCode(error: unknown, test: (code: string) => boolean): boolean {
  let current: unknown = error;
  for (let hops = 0; typeof current === 'object' && current !== null && hops < 6; hops++) {
    const { code, originalError, thrownValue, cause } = current as {
      code?: unknown;
      originalError?: unknown;
      thrownValue?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string' && test(code)) return true;
    current = originalError ?? thrownValue ?? cause;
  }
  return false;
}

/** PostgreSQL's query_canceled (statement_timeout, HOSO_STATEMENT_TIMEOUT_MS). */
export function isStatementTimeout(error: unknown): boolean {
  return hasDatabaseCode(error, (code) => code === '57014');
}

/** PostgreSQL's deadlock_detected, serialization_failure and lock_not_available; SQLite's busy database. */
const WRITE_CONFLICT_CODES = new Set(['40P01', '40001', '55P03']);
function isWriteConflict(error: unknown): boolean {
  return hasDatabaseCode(error, (code) => WRITE_CONFLICT_CODES.has(code) || code.startsWith('SQLITE_BUSY'));
}

/**
 * One shape for every error a client sees: a code in `extensions.code`, the failing fields for
 * bad input, and no internals (stack traces, SQL) for unexpected failures, which are logged.
 */
/** `where`: what failed, for the log line of an unexpected error (publishers of sync progress say so). */
export function formatError(formatted: GraphQLFormattedError, error: unknown, where = 'a GraphQL request'): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    // List arguments (first, filter...) are top-level arguments; everything else is an `input` object.
    const errors = original.extensions.validationErrors as ValidationError[];
    const fields = errors.flatMap((e) => validationProblems([e], e.target instanceof PageArgs ? '' : 'input'));
    return {
      ...formatted,
      message: fields.map((f) => `${f.field}: ${f.message}`).join('; '),
      extensions: { code: 'BAD_USER_INPUT', fields },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return {
      message: 'Bản ghi trùng với một bản ghi đã có (unique constraint)',
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  if (original instanceof ForeignKeyConstraintViolationException) {
    return {
      message: 'Bản ghi còn được tham chiếu hoặc tham chiếu tới bản ghi không tồn tại',
      path: formatted.path,
      extensions: { code: 'REFERENCED' },
    };
  }
  if (original instanceof DeadlockException || original instanceof LockWaitTimeoutException || isWriteConflict(original)) {
    // Two writes met on the same rows (PostgreSQL broke a deadlock by rolling this one back, or
    // SQLite's write lock stayed taken past its busy timeout): nothing of it was written, and the
    // same request sent again succeeds once the other is done.
    logger.warn({ err: original, path: formatted.path }, 'write rolled back: it met another write on the same rows');
    return {
      message: WriteConflictError.MESSAGE,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'WRITE_CONFLICT' },
    };
  }
  if (original instanceof SheetsApiError) {
    // Google refused or failed (not shared with the service account, no such spreadsheet, quota): say so.
    return {
      message: `Google Sheets: ${original.message}`,
      path: formatted.path,
      extensions: { code: 'SHEETS_API_ERROR', status: original.status },
    };
  }
  if (isStatementTimeout(original)) {
    // The database is too busy or the question too heavy: the server's limit, said as such (503, server.ts).
    logger.warn({ err: original, path: formatted.path }, 'statement cancelled by statement_timeout');
    return {
      message:
        'Cơ sở dữ liệu trả lời quá thời gian cho phép nên truy vấn đã bị dừng: hãy thử lại sau, hoặc hỏi ít dữ liệu hơn (statement timeout)',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'QUERY_TIMEOUT' },
    };
  }
  const code = formatted.extensions?.code;
  // graphql-js gives up on a request's variables after 50 errors with an error of no code of its
  // own (Apollo tags the others BAD_USER_INPUT): the client's mistake too, not the server's.
  if (
    (code === undefined || code === 'INTERNAL_SERVER_ERROR') &&
    formatted.path === undefined &&
    TOO_MANY_VARIABLE_ERRORS.test(formatted.message)
  ) {
    return {
      message: 'Quá nhiều giá trị biến không hợp lệ: đã dừng sau 50 lỗi (too many errors processing variables)',
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    logger.error({ err: original, path: formatted.path }, `unexpected error in ${where}`);
    return {
      message: 'Lỗi máy chủ (internal server error)',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  return formatted;
}
