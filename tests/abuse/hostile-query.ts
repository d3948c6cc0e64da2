import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/**
 * Schema-aware generators of hostile GraphQL requests: every root field of the emitted schema,
 * nested selections, aliases, page sizes from huge to negative, values of the wrong type, and
 * strings chosen to break SQL, JSON, Unicode handling and validation. Built from the schema, so a
 * field added later is abused too without anyone listing it.
 */

/** Strings that have broken servers: quoting, LIKE wildcards, escapes, NUL, lone surrogates, NFD, huge. */
export const HOSTILE_STRINGS: readonly string[] = [
  "'",
  '"',
  '%',
  '_',
  '\\',
  '50%_\\',
  '\u0000',
  'abc\u0000def',
  '\ud800',
  'x\udfffy',
  "'; drop table cadre; --",
  "' or '1'='1",
  '") or 1=1 --',
  'Nguyễn Văn An',
  'Nguye\u0302\u0303n'.normalize('NFD'),
  'B¶o Th¾ng',
  '',
  '   ',
  '\t\n',
  '1985?',
  '31/02/1985',
  '-1',
  '9'.repeat(40),
  '1e309',
  '__proto__',
  'constructor',
  'null',
  '<script>alert(1)</script>',
  '\u202eevil',
  '🙂🙂',
  'a'.repeat(10_000),
];

const PAGE_SIZES = [-1, 0, 1, 3, 20, 500, 501, 100_000, 2 ** 31 - 1, 2 ** 31];
const WRONG_VALUES: readonly unknown[] = [null, true, 1.5, -2147483649, 'x', {}, [], [null], { __proto__: 1 }];

export interface HostileRequest {
  query: string;
  variables: Record<string, unknown>;
  isMutation: boolean;
}

type Gen = fc.GeneratorValue;

/**
 * One request's dice. A well-typed request passes GraphQL validation and reaches the resolvers
 * with hostile strings, ids, dates and page sizes; a chaotic one also sends wrong types,
 * missing arguments and unknown fields, which validation must refuse cleanly.
 */
interface Dice {
  g: Gen;
  chaotic: boolean;
  /** Real global ids of the database's records, so that by-id and node paths run, not only their refusals. */
  ids: readonly string[];
}

const chance = (g: Gen, percent: number) => g(fc.integer, { min: 1, max: 100 }) <= percent;
const pick = <T>(g: Gen, items: readonly T[]): T => items[g(fc.nat, { max: items.length - 1 })]!;

function hostileString(g: Gen): string {
  return chance(g, 80) ? pick(g, HOSTILE_STRINGS) : g(fc.string, { unit: 'binary', maxLength: 40 });
}

const ISO_DATES = ['1985-03-12', '1899-12-30', '2026-02-28', '9999-12-31', '0001-01-01'];
const DATES = ['1985-03-12', '12/3/1985', '1985', '0000-00-00', '2026-02-29', '9999-12-31', '1899-12-30', '2024-02-29T25:00:00Z'];

function scalarValue(d: Dice, name: string): unknown {
  const { g } = d;
  switch (name) {
    case 'Int':
      return chance(g, 60)
        ? pick(
            g,
            PAGE_SIZES.filter((n) => d.chaotic || n < 2 ** 31),
          )
        : g(fc.integer);
    case 'Float':
      return g(fc.double, { noNaN: true, noDefaultInfinity: true });
    case 'Boolean':
      return g(fc.boolean);
    case 'ID':
      return d.ids.length > 0 && chance(g, 60) ? pick(g, d.ids) : hostileString(g);
    case 'LocalDate':
      return d.chaotic ? pick(g, DATES) : pick(g, ISO_DATES);
    case 'DateTimeISO':
      return d.chaotic ? hostileString(g) : `${pick(g, ISO_DATES)}T00:00:00.000Z`;
    case 'JSONObject':
      return chance(g, 50) ? { a: hostileString(g) } : {};
    default:
      return hostileString(g);
  }
}

/** A value for an input type as JSON (for variables); of the wrong type now and then, when chaotic. */
export function jsonValue(d: Dice, type: GraphQLInputType, depth: number): unknown {
  const { g } = d;
  if (d.chaotic && chance(g, 8)) return pick(g, WRONG_VALUES);
  if (isNonNullType(type)) return presentValue(d, type.ofType, depth);
  return chance(g, 5) ? null : presentValue(d, type, depth);
}

/** A value that is not null: the type's own kind of value. */
function presentValue(d: Dice, type: GraphQLInputType, depth: number): unknown {
  const { g } = d;
  if (isListType(type)) {
    const length = g(fc.nat, { max: chance(g, 5) ? 600 : 3 });
    return Array.from({ length }, () => jsonValue(d, type.ofType, depth));
  }
  if (isEnumType(type)) return !d.chaotic || chance(g, 85) ? pick(g, type.getValues()).name : hostileString(g);
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const required = isNonNullType(field.type);
      if (depth <= 0 && !required) continue;
      if (required ? !d.chaotic || chance(g, 92) : chance(g, 35)) out[field.name] = jsonValue(d, field.type, depth - 1);
    }
    if (d.chaotic && chance(g, 5)) out.notAField = 1;
    return out;
  }
  if (isScalarType(type)) return scalarValue(d, type.name);
  return null;
}

/** The same value written as a GraphQL literal inside the query text (enum values bare, as the type says). */
function literal(value: unknown, type: GraphQLInputType | undefined): string {
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return inner && isEnumType(inner) && /^[A-Z_][A-Z0-9_]*$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return `[${value.map((item) => literal(item, inner && isListType(inner) ? inner.ofType : undefined)).join(', ')}]`;
  const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
  return `{ ${Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => `${key}: ${literal(item, fields[key]?.type)}`)
    .join(', ')} }`;
}

/** Enum values are bare names in a literal: a string where an enum goes is one of the wrong types. */
function literalFor(d: Dice, type: GraphQLInputType, depth: number): string {
  const text = literal(jsonValue(d, type, depth), type);
  // GraphQL's parser refuses a lone surrogate escape: a well-typed request sends those as variables only.
  return d.chaotic ? text : text.replace(/\\ud[89a-f][0-9a-f]{2}/gi, '?');
}

interface Variables {
  declarations: string[];
  values: Record<string, unknown>;
}

function argumentsText(d: Dice, args: readonly GraphQLArgument[], variables: Variables | null): string {
  const { g } = d;
  const parts: string[] = [];
  for (const arg of args) {
    if (!(isNonNullType(arg.type) ? !d.chaotic || chance(g, 95) : chance(g, 45))) continue;
    if (variables && chance(g, 50)) {
      const name = `v${variables.declarations.length}`;
      // Now and then the variable is declared with another type than the argument's.
      const declared = d.chaotic && chance(g, 6) ? 'String' : String(arg.type);
      variables.declarations.push(`$${name}: ${declared}`);
      variables.values[name] = jsonValue(d, arg.type, 3);
      parts.push(`${arg.name}: $${name}`);
    } else if (/^(first|last)$/.test(arg.name)) {
      parts.push(
        `${arg.name}: ${pick(
          g,
          PAGE_SIZES.filter((n) => d.chaotic || n < 2 ** 31),
        )}`,
      );
    } else {
      parts.push(`${arg.name}: ${literalFor(d, arg.type, 3)}`);
    }
  }
  return parts.length > 0 ? `(${parts.join(', ')})` : '';
}

function selection(d: Dice, schema: GraphQLSchema, type: GraphQLOutputType, depth: number): string {
  const { g } = d;
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  const parts: string[] = ['__typename'];
  if (isAbstractType(named) && depth > 0) {
    // `node(id:)` and friends: ask for fields of one or two of the types behind the interface.
    for (let i = g(fc.integer, { min: 1, max: 2 }); i > 0; i--) {
      const concrete = pick(g, schema.getPossibleTypes(named));
      parts.push(`... on ${concrete.name} { ${selection(d, schema, concrete, depth - 1)} }`);
    }
  }
  if (isObjectType(named) || isInterfaceType(named)) {
    const fields = Object.values(named.getFields()) as GraphQLField<unknown, unknown>[];
    const count = g(fc.integer, { min: 1, max: 4 });
    for (let i = 0; i < count; i++) {
      const field = pick(g, fields);
      const leaf = isLeafType(getNamedType(field.type));
      if (!leaf && depth <= 0) continue;
      const repeats = chance(g, 4) ? g(fc.integer, { min: 2, max: 60 }) : 1;
      for (let r = 0; r < repeats; r++) {
        const alias = repeats > 1 || chance(g, 15) ? `a${i}_${r}: ` : '';
        const inner = leaf ? '' : ` { ${selection(d, schema, field.type, depth - 1)} }`;
        parts.push(`${alias}${field.name}${argumentsText(d, field.args, null)}${inner}`);
      }
    }
  }
  return parts.join(' ');
}

/** A random operation on one root field of the schema (a mutation has one root field, so a refusal is all or nothing). */
export function hostileRequest(g: Gen, schema: GraphQLSchema, ids: readonly string[]): HostileRequest {
  const d: Dice = { g, chaotic: chance(g, 30), ids };
  const mutation = schema.getMutationType();
  const isMutation = mutation !== null && mutation !== undefined && chance(g, 35);
  const root = isMutation ? mutation! : schema.getQueryType()!;
  const fields = Object.values(root.getFields()) as GraphQLField<unknown, unknown>[];
  const variables: Variables = { declarations: [], values: {} };
  const rootCount = isMutation ? 1 : g(fc.integer, { min: 1, max: 3 });
  const parts: string[] = [];
  for (let i = 0; i < rootCount; i++) {
    const field = pick(g, fields);
    const args = argumentsText(d, field.args, variables);
    const depth = g(fc.integer, { min: 0, max: 4 });
    const inner = isLeafType(getNamedType(field.type)) ? '' : ` { ${selection(d, schema, field.type, depth)} }`;
    parts.push(`r${i}: ${field.name}${args}${inner}`);
  }
  const header = variables.declarations.length > 0 ? `(${variables.declarations.join(', ')})` : '';
  return { query: `${isMutation ? 'mutation' : 'query'} Abuse${header} { ${parts.join(' ')} }`, variables: variables.values, isMutation };
}

/** Bodies that are no GraphQL request at all, or one in a shape no client should send. */
export const malformedBody: fc.Arbitrary<{ body: string; contentType: string }> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }).map((body) => ({ body, contentType: 'application/json' })),
  fc.json().map((body) => ({ body, contentType: 'application/json' })),
  fc
    .record({
      query: fc.oneof(fc.string(), fc.constant(null), fc.integer(), fc.constant('{ cadres { totalCount } }')),
      variables: fc.json(),
    })
    .map((value) => ({ body: JSON.stringify(value).replace(/"variables":"(.*)"/, '"variables":$1'), contentType: 'application/json' })),
  fc
    .constantFrom('null', '[]', '[{}]', '{}', '"query"', '{"query":"{ __typename }","extensions":"x"}', '{"query":"{","variables":[]}')
    .map((body) => ({
      body,
      contentType: 'application/json',
    })),
  fc.record({
    body: fc.string({ maxLength: 100 }),
    contentType: fc.constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      'application/json; charset=utf-16',
      '',
    ),
  }),
);
