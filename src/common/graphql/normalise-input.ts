import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, Kind, type ValueNode, visit } from 'graphql';
import { BadUserInputError, type FieldProblem } from '../errors/errors';

/** Every string a client sends is stored and compared in NFC (typing tools send NFD too). */
export function toNfc<T>(value: T): T {
  return normaliseValue(value, '', []);
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be stored, if it cannot: PostgreSQL text holds no NUL byte, and a lone
 * UTF-16 surrogate has no UTF-8 form (SQLite would store mojibake, PostgreSQL refuses it).
 */
export function unstorableText(text: string): string | undefined {
  if (text.includes('\u0000')) return 'Không được chứa ký tự NUL (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'Chứa ký tự Unicode không hợp lệ (nửa cặp surrogate UTF-16 lẻ)';
  return undefined;
}

const pathOf = (prefix: string, key: string | number) => (prefix ? `${prefix}.${key}` : String(key));

/** NFC for every string in `value`, noting each unstorable one under its dotted path. */
function normaliseValue<T>(value: T, path: string, problems: FieldProblem[]): T {
  if (typeof value === 'string') {
    const message = unstorableText(value);
    if (message) problems.push({ field: path, message });
    return value.normalize('NFC') as T;
  }
  if (Array.isArray(value)) return value.map((item, i) => normaliseValue(item, pathOf(path, i), problems)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, normaliseValue(inner, pathOf(path, key), problems)])) as T;
  }
  return value;
}

/** Per parsed document (Apollo caches them, so a repeated query is walked once). */
const literalProblemsOf = new WeakMap<DocumentNode, readonly FieldProblem[]>();

/** String literals written in the query text (arguments, variable defaults), checked like variables. */
function literalProblems(document: DocumentNode): readonly FieldProblem[] {
  let problems = literalProblemsOf.get(document);
  if (!problems) literalProblemsOf.set(document, (problems = walkLiterals(document)));
  return problems;
}

function walkLiterals(document: DocumentNode): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const walk = (node: ValueNode, path: string): void => {
    if (node.kind === Kind.STRING) {
      const message = unstorableText(node.value);
      if (message) problems.push({ field: path, message });
    } else if (node.kind === Kind.LIST) {
      node.values.forEach((item, i) => walk(item, pathOf(path, i)));
    } else if (node.kind === Kind.OBJECT) {
      for (const field of node.fields) walk(field.value, pathOf(path, field.name.value));
    }
  };
  visit(document, {
    Argument: (node) => walk(node.value, node.name.value),
    VariableDefinition: (node) => {
      if (node.defaultValue) walk(node.defaultValue, node.variable.name.value);
    },
  });
  return problems;
}

/**
 * Normalises the request before it is parsed: the query text (GraphQL syntax is ASCII, so only
 * string literals change) and the variables, in one walk per request rather than per field.
 * Text that no database can store is refused there too, once the operation is known, with
 * BAD_USER_INPUT naming each variable path and HTTP 400, before any resolver or SQL runs.
 */
export function nfcInputPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ request }) {
      const problems: FieldProblem[] = [];
      if (request.query) request.query = request.query.normalize('NFC');
      if (request.variables) request.variables = normaliseValue(request.variables, '', problems);
      return {
        async didResolveOperation({ document }) {
          problems.push(...literalProblems(document));
          if (problems.length > 0) throw new BadUserInputError(problems, { httpStatus: 400 });
        },
      };
    },
  };
}
