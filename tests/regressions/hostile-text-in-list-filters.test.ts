import {
  type GraphQLInputType,
  type GraphQLNamedType,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { buildHosoSchema } from '../../src/app/schema';
import { forkFor } from '../../src/app/orm';
import { seedDemoData } from '../../src/seed/seed.service';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';

/** One text filter of one root list, found in the schema: every String or ID field of a `filter` input. */
interface TextFilter {
  list: string;
  filterType: string;
  field: string;
  isList: boolean;
}

async function textFilters(): Promise<TextFilter[]> {
  const schema = await buildHosoSchema();
  const filters: TextFilter[] = [];
  for (const root of Object.values(schema.getQueryType()!.getFields())) {
    const filterArg = root.args.find((a) => a.name === 'filter');
    const others = root.args.filter((a) => a.name !== 'filter');
    if (!filterArg || !getNamedType(root.type).name.endsWith('Connection') || others.some((a) => isNonNullType(a.type))) continue;
    const input = getNamedType(filterArg.type);
    if (!isInputObjectType(input)) continue;
    for (const field of Object.values(input.getFields())) {
      const named: GraphQLNamedType = getNamedType(field.type);
      if (!isScalarType(named) || !['String', 'ID'].includes(named.name)) continue;
      const inner: GraphQLInputType = isNonNullType(field.type) ? field.type.ofType : field.type;
      filters.push({ list: root.name, filterType: input.name, field: field.name, isList: isListType(inner) });
    }
  }
  return filters;
}

/** Must match only text that holds them: none of the demo data does, so no rows (or a refusal). */
const LIKE_WILDCARDS = ['%', '_', '\\', '50%', 'a_b', '\\%', "%'%", '%%', '_%_'];
/** Must never break a statement, nor show one. */
const HOSTILE = [
  "'",
  '"',
  "''",
  "\\'",
  "'; drop table cadre; --",
  "' or '1'='1",
  '?',
  '??',
  '\\?',
  '$1',
  ':name',
  '`',
  '/* x */',
  'ﬀ\u200b\ufeff',
  '🙂'.repeat(50),
  'x'.repeat(10_000),
];
/** No database can store these: refused as BAD_USER_INPUT naming the field, HTTP 400. */
const UNSTORABLE = ['abc\u0000def', '\u0000', 'a\uD800b', '\uDC00', 'x\uDBFFy', '\uDFFF\uD800'];

/** What must never be in a response: SQL, driver errors, stack frames. */
const LEAKS = [
  /\bselect\b[^"]*\bfrom\b/i,
  /sqlite/i,
  /syntax error/i,
  /unrecognized token/i,
  /\bat .*\.(js|ts):\d+/,
  /node_modules/,
  /Exception/,
];

interface Sent {
  status: number;
  text: string;
  body: {
    data?: Record<string, { totalCount: number } | null> | null;
    errors?: { extensions?: { code?: string; fields?: { field: string }[] } }[];
  };
}

describeWithDatabase('hostile text in every text filter of every root list', () => {
  let api: TestApi;
  let filters: TextFilter[];
  const send = async (filter: TextFilter, value: string | undefined): Promise<Sent> => {
    const query = `query ($filter: ${filter.filterType}) { ${filter.list}(filter: $filter, first: 5) { totalCount } }`;
    const variables = value === undefined ? {} : { filter: { [filter.field]: filter.isList ? [value] : value } };
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { ...api.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) as Sent['body'] };
  };

  const tableCounts = async (): Promise<Record<string, number>> => {
    const em = forkFor(api.db.orm, { actor: 'test', source: 'test' });
    const counts: Record<string, number> = {};
    for (const meta of Object.values(api.db.orm.getMetadata().getAll())) {
      if (meta.embeddable || meta.virtual || !meta.tableName || meta.abstract) continue;
      const [row] = await em.getConnection().execute<{ n: number }[]>(`select count(*) as n from ${meta.tableName}`);
      counts[meta.tableName] = Number(row!.n);
    }
    return counts;
  };

  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoData(forkFor(api.db.orm, { actor: 'seed', source: 'seed' }), { cadres: 120 });
    filters = await textFilters();
  });

  afterAll(() => api?.close());

  it('finds the text filters in the schema', () => {
    const names = filters.map((f) => `${f.list}.${f.field}`);
    expect(names).toEqual(
      expect.arrayContaining(['cadres.name', 'localities.search', 'trainings.programme', 'units.name', 'positions.name']),
    );
  });

  it('answers every hostile string without a 5xx, SQL or a stack, matching wildcards literally; the tables stay intact', async () => {
    const before = await tableCounts();
    const failures: string[] = [];
    for (const filter of filters) {
      const unfiltered = await send(filter, undefined);
      const rows = unfiltered.body.data?.[filter.list]?.totalCount ?? 0;
      for (const value of [...LIKE_WILDCARDS, ...HOSTILE]) {
        const { status, text, body } = await send(filter, value);
        const where = `${filter.list}(filter: { ${filter.field}: ${JSON.stringify(value.slice(0, 30))} })`;
        if (status >= 500) failures.push(`${where}: HTTP ${status}`);
        const leak = LEAKS.find((pattern) => pattern.test(text));
        if (leak) failures.push(`${where}: response shows ${leak}: ${text.slice(0, 300)}`);
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        if (codes.some((c) => c !== 'BAD_USER_INPUT')) failures.push(`${where}: error codes ${codes.join(', ')}`);
        const found = body.data?.[filter.list]?.totalCount;
        if (LIKE_WILDCARDS.includes(value) && codes.length === 0 && rows > 0 && found !== 0) {
          failures.push(`${where}: matched ${found} of ${rows} rows, so the wildcard was not taken literally`);
        }
      }
      for (const value of UNSTORABLE) {
        const { status, body } = await send(filter, value);
        const where = `${filter.list}(filter: { ${filter.field}: ${JSON.stringify(value)} })`;
        const error = body.errors?.[0]?.extensions;
        const field = `filter.${filter.field}${filter.isList ? '.0' : ''}`;
        if (status !== 400 || error?.code !== 'BAD_USER_INPUT' || !error.fields?.some((f) => f.field === field)) {
          failures.push(`${where}: HTTP ${status}, ${JSON.stringify(body.errors)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await tableCounts()).toEqual(before);
  });

  it('finds a wildcard character where the text holds one, and only there', async () => {
    const trainings = filters.find((f) => f.list === 'trainings' && f.field === 'programme')!;
    const all = (await send(trainings, undefined)).body.data!.trainings!.totalCount;
    expect(all).toBeGreaterThan(1);
    const em = forkFor(api.db.orm, { actor: 'test', source: 'test' });
    await em
      .getConnection()
      .execute(`update training set programme = ? where id = (select min(id) from training)`, ['Chương trình 50% thực hành']);
    expect((await send(trainings, '50%')).body.data!.trainings!.totalCount).toBe(1);
    expect((await send(trainings, '0%')).body.data!.trainings!.totalCount).toBe(1);
    expect((await send(trainings, '%')).body.data!.trainings!.totalCount).toBe(1);
  });

  it('names the variable path of a NUL byte in a mutation input and in a literal, and writes nothing', async () => {
    const before = await tableCounts();
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { ...api.headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation ($input: CreateLocalityInput!) { createLocality(input: $input) { id } }`,
        variables: { input: { code: '99', name: 'Xã\u0000Mới', level: 'COMMUNE', kind: 'COMMUNE' } },
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Sent['body'];
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.name', message: expect.any(String) }],
    });

    const literal = await fetch(api.server.url, {
      method: 'POST',
      headers: { ...api.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ cadres(filter: { name: "a\\u0000b" }) { totalCount } }` }),
    });
    expect(literal.status).toBe(400);
    expect(((await literal.json()) as Sent['body']).errors?.[0]?.extensions?.fields).toEqual([
      { field: 'filter.name', message: expect.any(String) },
    ]);
    expect(await tableCounts()).toEqual(before);
  });
});
