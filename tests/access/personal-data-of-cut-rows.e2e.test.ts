import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import type { Grant } from '../../src/access/access.types';
import { markCutToReadScopes, wasCutToReadScopesOf } from '../../src/access/read-in-scope';
import type { RequestAccess } from '../../src/access/scope-cut';
import { forkFor } from '../../src/app/orm';
import { seedDemoData } from '../../src/seed/seed.service';
import { describeWithDatabase, testDatabaseKind } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type CadreRow = { databaseId: number; idNumber: string | null; birthDate: string | null };

const doc = (text: string) => parse(text) as TypedDocumentNode<Data, Record<string, unknown>>;
const LIST = doc('{ cadres(first: 200) { nodes { databaseId idNumber birthDate } } }');
const THROUGH_LINKS = doc('{ enrollments(first: 30) { nodes { cadre { databaseId idNumber birthDate } } } }');

/**
 * Issue 9, a scoped viewer's reads: the personal-data guard checked every row's personal-data scope
 * with a second query and a promise per field of every row, which halved the list throughput of a
 * viewer over a province (`BENCH_SCOPE=15 npm run bench:compare`). When every read grant carries
 * the personal-data right, a row out of the read cut needs no second look (read-in-scope.ts); any
 * other row, or any other viewer, is checked as before.
 */
describeWithDatabase('personal data of rows the read cut produced', () => {
  let api: TestApi;
  let province: number;
  let commune: number;
  /** Every cadre's personal data as the root admin reads it, by database id. */
  const truth = new Map<number, CadreRow>();

  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoData(forkFor(api.db.orm, { actor: 'seed', source: 'seed' }), { cadres: 80 });
    const locality = async (code: string) => {
      const [row] = await api.db.orm.em
        .getConnection()
        .execute<{ id: number }[]>('select id from locality where code = ? and valid_to is null', [code]);
      return Number(row!.id);
    };
    province = await locality('15');
    commune = await locality('02905');
    for (const cadre of (await api.data(LIST)).cadres.nodes as CadreRow[]) truth.set(cadre.databaseId, cadre);
  }, 120_000);
  afterAll(() => api?.close());

  const grant = (id: number, personalData: boolean): Grant => ({
    role: 'viewer',
    scope: { kind: 'locality', id },
    personalData,
    sync: false,
  });

  it('a viewer whose every grant carries the right reads a list with its personal data, in the one statement of the list', async () => {
    const token = await api.tokenFor('cut.province.reader', [grant(province, true)]);
    const answer = await api.requestAs(token, LIST);
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data!.cadres.nodes as CadreRow[];
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.filter((cadre) => cadre.idNumber !== null).length).toBeGreaterThan(nodes.length / 2);
    expect(nodes).toEqual(nodes.map((cadre) => truth.get(cadre.databaseId)));
    // No second query to check the rows' personal-data scope.
    expect((answer.extensions as Data).sql.count).toBe(1);
  });

  it('the same viewer reaching cadres through a link: read, and on PostgreSQL cut in the one statement', async () => {
    const token = await api.tokenFor('cut.province.reader', [grant(province, true)]);
    const answer = await api.requestAs(token, THROUGH_LINKS);
    expect(answer.errors).toBeUndefined();
    const cadres = (answer.data!.enrollments.nodes as { cadre: CadreRow }[]).map((node) => node.cadre);
    expect(cadres.length).toBeGreaterThan(0);
    expect(cadres).toEqual(cadres.map((cadre) => truth.get(cadre.databaseId)));
    // On PostgreSQL the links are read in the page's own statement, cut there: no second look either.
    if (testDatabaseKind === 'postgresql') expect((answer.extensions as Data).sql.count).toBe(1);
  });

  it('a viewer with the right over one commune of the province they read: only the commune shows it', async () => {
    const token = await api.tokenFor('cut.commune.reader', [grant(province, false), grant(commune, true)]);
    const inCommune = await api.db.orm.em
      .getConnection()
      .execute<{ id: number }[]>(
        'select c.id from cadre c join unit u on u.id = c.unit_id join locality l on l.id = u.locality_id where l.path like (select path from locality where id = ?) || ?',
        [commune, '%'],
      );
    const communeIds = new Set(inCommune.map((row) => Number(row.id)));
    const answer = await api.requestAs(token, LIST);
    const nodes = answer.data!.cadres.nodes as CadreRow[];
    const [inside, outside] = [nodes.filter((c) => communeIds.has(c.databaseId)), nodes.filter((c) => !communeIds.has(c.databaseId))];
    expect(inside.length).toBe(communeIds.size);
    expect(inside.length).toBeGreaterThan(0);
    expect(inside).toEqual(inside.map((cadre) => truth.get(cadre.databaseId)));
    expect(outside.length).toBeGreaterThan(0);
    expect(outside).toEqual(outside.map((cadre) => ({ databaseId: cadre.databaseId, idNumber: null, birthDate: null })));
    expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.count])).toEqual([['FORBIDDEN_FIELD', outside.length * 2]]);
  });

  it('a mark holds for the access it was made for only, and only where the scopes are the same', () => {
    const reader = (personalData: boolean): RequestAccess =>
      ({ grants: [{ ...grant(7, personalData), path: '/7/' }] }) as unknown as RequestAccess;
    const [row, other] = [{ id: 1 }, { id: 2 }];
    const access = reader(true);
    markCutToReadScopes([row], 'Cadre', access);
    expect(wasCutToReadScopesOf(row, 'Cadre', access)).toBe(true);
    expect(wasCutToReadScopesOf(row, 'Cadre', reader(true))).toBe(false);
    expect(wasCutToReadScopesOf(row, 'AuditEntry', access)).toBe(false);
    expect(wasCutToReadScopesOf(other, 'Cadre', access)).toBe(false);
    const withoutTheRight = reader(false);
    markCutToReadScopes([other], 'Cadre', withoutTheRight);
    expect(wasCutToReadScopesOf(other, 'Cadre', withoutTheRight)).toBe(false);
  });
});
