import { JsonProperty, Utils } from '@mikro-orm/core';

/**
 * Turns MikroORM's `(sql, params)` — `?` a value, `??` an identifier, `\?` a literal question
 * mark — into SQL with placeholders and a flat list of bindings for the database driver, instead
 * of the text with every value inlined that MikroORM's `platform.formatQuery` builds. A value
 * then never reaches the SQL text, whatever it holds (quotes, backslashes, NUL).
 *
 * Each value is bound so that the database reads it as it read the inlined literal: lists expand
 * to `?, ?, ?`, plain objects become JSON text, raw fragments stay SQL (their own params bound).
 */
export interface ParameterDialect {
  quoteIdentifier(id: string): string;
  /** A knex Raw or QueryBuilder given as a value: its SQL and bindings. */
  isKnexFragment(value: unknown): value is { toSQL(): { sql: string; bindings?: readonly unknown[] } };
  /** Placeholder and binding for a number, boolean, bigint or date, typed like the literal it replaces. */
  scalar(value: number | bigint | boolean | Date): { sql: string; binding: unknown };
  /** A list inside a list: SQLite's literal was `(a, b), (c, d)`, PostgreSQL's flattened it. */
  readonly nestedListsInParentheses: boolean;
  /** How a literal `?` is written in a statement with bindings (knex reads a bare one as a placeholder). */
  readonly literalQuestionMark: { sql: string; binding?: unknown };
}

export interface BoundStatement {
  sql: string;
  bindings: unknown[];
}

const LITERAL_QUESTION_MARK = Symbol('literal ?');
type Part = string | typeof LITERAL_QUESTION_MARK;

interface Collector {
  parts: Part[];
  bindings: unknown[];
  values: number;
}

function bindValue(value: unknown, dialect: ParameterDialect, out: Collector): void {
  if (Utils.isRawSql<{ sql: string; params?: unknown[] }>(value)) {
    scan(value.sql, value.params ?? [], dialect, out);
    return;
  }
  if (dialect.isKnexFragment(value)) {
    const fragment = value.toSQL();
    scan(fragment.sql, fragment.bindings ?? [], dialect, out);
    return;
  }
  if (Array.isArray(value) && !(value as { [JsonProperty]?: unknown })[JsonProperty]) {
    value.forEach((item, i) => {
      if (i > 0) out.parts.push(', ');
      if (Array.isArray(item) && dialect.nestedListsInParentheses) {
        out.parts.push('(');
        bindValue(item, dialect, out);
        out.parts.push(')');
      } else {
        bindValue(item, dialect, out);
      }
    });
    return;
  }
  out.values++;
  if (value === undefined || value === null) return push(out, '?', null);
  if (typeof value === 'string') return push(out, '?', value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean' || value instanceof Date) {
    const { sql, binding } = dialect.scalar(value);
    return push(out, sql, binding);
  }
  if (Buffer.isBuffer(value)) return push(out, '?', value);
  if (ArrayBuffer.isView(value)) return push(out, '?', Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  if (typeof value === 'object') return push(out, '?', JSON.stringify(value));
  return push(out, '?', String(value));
}

function push(out: Collector, sql: string, binding: unknown): void {
  out.parts.push(sql);
  out.bindings.push(binding);
}

/** Walks `sql` as `platform.formatQuery` does, binding `params` in order. */
function scan(sql: string, params: readonly unknown[], dialect: ParameterDialect, out: Collector): void {
  let next = 0;
  let start = 0;
  for (let i = sql.indexOf('?'); i !== -1; i = sql.indexOf('?', start)) {
    if (i > 0 && sql[i - 1] === '\\') {
      out.parts.push(sql.slice(start, i - 1), LITERAL_QUESTION_MARK);
      if (dialect.literalQuestionMark.binding !== undefined) out.bindings.push(LITERAL_QUESTION_MARK);
      start = i + 1;
    } else if (sql[i + 1] === '?') {
      out.parts.push(sql.slice(start, i), dialect.quoteIdentifier(String(params[next++])));
      start = i + 2;
    } else {
      out.parts.push(sql.slice(start, i));
      bindValue(params[next++], dialect, out);
      start = i + 1;
    }
  }
  out.parts.push(sql.slice(start));
}

export function bindParameters(sql: string, params: readonly unknown[], dialect: ParameterDialect): BoundStatement {
  if (params.length === 0) return { sql, bindings: [] };
  const out: Collector = { parts: [], bindings: [], values: 0 };
  scan(sql, params, dialect, out);
  // Only identifiers or raw SQL: the statement runs as plain text, so a literal `?` is just `?`.
  const plain = out.values === 0;
  const mark = plain ? '?' : dialect.literalQuestionMark.sql;
  return {
    sql: out.parts.map((part) => (part === LITERAL_QUESTION_MARK ? mark : part)).join(''),
    bindings: plain ? [] : out.bindings.map((b) => (b === LITERAL_QUESTION_MARK ? dialect.literalQuestionMark.binding : b)),
  };
}
