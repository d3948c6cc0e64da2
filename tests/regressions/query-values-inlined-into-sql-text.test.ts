import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { forkFor } from '../../src/app/orm';
import { Locality } from '../../src/localities/locality.entity';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import { CreateLocalityDocument } from '../generated/graphql';

interface KnexQueryEvent {
  sql: string;
  bindings?: unknown[];
}

type AnyDocument = TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;
const LocalitiesByNameDocument = parse(
  `query ($search: String) { localities(filter: { search: $search }) { nodes { name } } }`,
) as AnyDocument;

/**
 * MikroORM inlined every value into the SQL text (`platform.formatQuery`) before running it, so a
 * NUL byte broke SQLite's tokenizer and the error showed the value in the SQL. Every value is now
 * a bound parameter: the text the database parses never holds one.
 */
describeWithDatabase('query values are bound parameters, never SQL text', () => {
  let api: TestApi;
  let statements: KnexQueryEvent[];
  const marker = "O'Brien-\\-%_?-đặc biệt";

  beforeAll(async () => {
    api = await startTestApi();
    statements = [];
    api.db.orm.em
      .getConnection()
      .getKnex()
      .on('query', (event: KnexQueryEvent) => statements.push(event));
  });

  afterAll(() => api?.close());

  beforeEach(() => {
    statements.length = 0;
  });

  const expectBound = (value: string) => {
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(statement.sql).not.toContain('Brien');
    expect(statements.some((s) => (s.bindings ?? []).some((b) => typeof b === 'string' && b.includes(value)))).toBe(true);
  };

  it('binds the values of a flush (insert) made through the API', async () => {
    const created = await api.data(CreateLocalityDocument, {
      input: { code: '15', name: marker, level: 'PROVINCE', kind: 'PROVINCE' },
    });
    expect(created.createLocality.name).toBe(marker);
    expectBound(marker);
  });

  it("binds the values of hoso's own list queries (knex builders)", async () => {
    const response = await api.data(LocalitiesByNameDocument, { search: "o'brien" });
    expect(response).toEqual({ localities: { nodes: [{ name: marker }] } });
    expectBound("o'brien");
  });

  it("binds the values of MikroORM's em.find", async () => {
    const em = forkFor(api.db.orm, { actor: 'test', source: 'test' });
    const found = await em.find(Locality, { name: marker });
    expect(found.map((l) => l.name)).toEqual([marker]);
    expectBound(marker);
  });

  it('finds nothing, rather than failing to parse, for a value holding a NUL byte (SQLite)', async () => {
    // PostgreSQL cannot hold a NUL in text at all; the API refuses it before it gets there.
    if (api.db.kind !== 'sqlite') return;
    const em = forkFor(api.db.orm, { actor: 'test', source: 'test' });
    await expect(em.find(Locality, { name: 'abc\u0000def' })).resolves.toEqual([]);
  });
});
