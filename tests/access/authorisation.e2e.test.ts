import type { Grant } from '../../src/access/access.types';
import { forkFor } from '../../src/app/orm';
import { toGlobalId } from '../../src/common/graphql/global-id';
import { Locality } from '../../src/localities/locality.entity';
import { seedDemoData } from '../../src/seed/seed.service';
import { SyncBinding } from '../../src/sheet-sync/sync-binding.entity';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * Who sees and changes what, over HTTP with real tokens, on the demo office: a province admin, a
 * commune editor with the personal-data right, a commune viewer without it. Every count a scoped
 * viewer gets is compared with the same count made by hand in SQL over the commune's subtree.
 */
describeWithDatabase('access: scopes cut every read and write, personal data by column', () => {
  let api: TestApi;
  const tokens: Record<'admin' | 'editor' | 'viewer', string> = { admin: '', editor: '', viewer: '' };
  let commune: { id: number; path: string };
  let province: { id: number; path: string };
  let inside: { id: number; globalId: string };
  let outside: { id: number; globalId: string };

  const sql = async <T>(text: string, bindings: unknown[] = []): Promise<T[]> => {
    const result = (await api.db.orm.em.getKnex().raw(text, bindings as never)) as T[] | { rows: T[] };
    return Array.isArray(result) ? result : result.rows;
  };
  const countOf = async (text: string, bindings: unknown[]) => Number((await sql<{ n: number }>(text, bindings))[0]!.n);
  const cadresUnder = (path: string, extra = '') =>
    countOf(
      `select count(*) as n from cadre c join unit u on u.id = c.unit_id join locality l on l.id = u.locality_id where l.path like ? ${extra}`,
      [`${path}%`],
    );

  const send = async (token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<Answer> => {
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
  };
  const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    api = await startTestApi({ HOSO_DEBUG_SQL: '0' });
    await seedDemoData(forkFor(api.db.orm, { actor: 'seed', source: 'seed' }), { cadres: 300 });
    [province] = await sql<{ id: number; path: string }>(`select id, path from locality where code = '15' and valid_to is null`);
    [commune] = await sql<{ id: number; path: string }>(`select id, path from locality where code = '02905' and valid_to is null`);
    const pick = async (test: string) => {
      const [row] = await sql<{ id: number }>(
        `select c.id from cadre c join unit u on u.id = c.unit_id join locality l on l.id = u.locality_id where ${test} order by c.id limit 1`,
        [`${commune!.path}%`],
      );
      return { id: Number(row!.id), globalId: toGlobalId('Cadre', Number(row!.id)) };
    };
    inside = await pick('l.path like ?');
    outside = await pick('l.path not like ?');
    const grant = (role: Grant['role'], id: number, personalData: boolean): Grant => ({
      role,
      scope: { kind: 'locality', id },
      personalData,
      sync: false,
    });
    tokens.admin = await api.tokenFor('tinh.admin', [{ ...grant('admin', province!.id, true), sync: true }]);
    tokens.editor = await api.tokenFor('xa.editor', [grant('editor', commune!.id, true)]);
    tokens.viewer = await api.tokenFor('xa.viewer', [grant('viewer', commune!.id, false)]);
  });
  afterAll(() => api?.close());

  it('refuses a request without a token, or with a forged one, before anything runs', async () => {
    for (const token of [null, 'not-a-token', `${tokens.viewer.slice(0, -4)}AAAA`]) {
      const answer = await send(token, '{ cadres { totalCount } }');
      expect(answer.status).toBe(401);
      expect(codeOf(answer)).toBe('UNAUTHENTICATED');
      expect(answer.data).toBeUndefined();
    }
    const write = await send(null, 'mutation ($id: ID!) { deleteCadre(id: $id) { id } }', { id: inside.globalId });
    expect(codeOf(write)).toBe('UNAUTHENTICATED');
    expect(await countOf('select count(*) as n from cadre where id = ?', [inside.id])).toBe(1);
  });

  it('a commune viewer counts its commune; the province admin counts the province', async () => {
    const communeCount = await cadresUnder(commune.path);
    expect(communeCount).toBeGreaterThan(0);
    expect(communeCount).toBeLessThan(await cadresUnder(province.path));
    const viewer = await send(tokens.viewer, '{ cadres { totalCount } }');
    expect(viewer.data).toEqual({ cadres: { totalCount: communeCount } });
    const admin = await send(tokens.admin, '{ cadres { totalCount } }');
    expect(admin.data).toEqual({ cadres: { totalCount: await cadresUnder(province.path) } });
  });

  it('hides personal data from the viewer: null, one FORBIDDEN_FIELD error naming the paths, the rest of the data', async () => {
    const query = '{ cadres(first: 3) { nodes { fullName idNumber ethnicity religion birthYear birthDateText } } }';
    const viewer = await send(tokens.viewer, query);
    const nodes = (viewer.data!.cadres as { nodes: Record<string, unknown>[] }).nodes;
    expect(nodes).toHaveLength(3);
    for (const node of nodes) {
      expect(node.fullName).toEqual(expect.any(String));
      expect(node.birthYear).toEqual(expect.any(Number));
      expect([node.idNumber, node.ethnicity, node.religion, node.birthDateText]).toEqual([null, null, null, null]);
    }
    expect(viewer.errors).toHaveLength(1);
    expect(viewer.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN_FIELD', count: 12 });
    expect(viewer.errors![0]!.extensions!.paths).toContainEqual(['cadres', 'nodes', 0, 'idNumber']);

    const editor = await send(tokens.editor, query);
    expect(editor.errors).toBeUndefined();
    expect((editor.data!.cadres as { nodes: { ethnicity: unknown }[] }).nodes[0]!.ethnicity).toEqual(expect.any(String));
  });

  it('refuses to filter or order on personal data without the right, so it cannot be inferred', async () => {
    const byEthnicity = '{ cadres(filter: { ethnicity: [KINH] }) { totalCount } }';
    const viewer = await send(tokens.viewer, byEthnicity);
    expect(codeOf(viewer)).toBe('FORBIDDEN_FIELD');
    expect(viewer.errors![0]!.extensions!.arguments).toEqual(['filter.ethnicity']);
    const ordered = await send(tokens.viewer, '{ cadres(orderBy: [{ field: BIRTH_DATE, direction: ASC }]) { totalCount } }');
    expect(codeOf(ordered)).toBe('FORBIDDEN_FIELD');
    const editor = await send(tokens.editor, byEthnicity);
    expect(editor.errors).toBeUndefined();
    expect((editor.data!.cadres as { totalCount: number }).totalCount).toBe(await cadresUnder(commune.path, "and c.ethnicity = '01'"));
  });

  it('outside the scope a record does not exist: by id, as a node, nested, or as a write target', async () => {
    const byId = await send(tokens.viewer, 'query ($id: ID!) { cadre(id: $id) { fullName } }', { id: outside.globalId });
    expect(codeOf(byId)).toBe('NOT_FOUND');
    const node = await send(tokens.viewer, 'query ($id: ID!) { node(id: $id) { id } }', { id: outside.globalId });
    expect(node).toMatchObject({ data: { node: null } });
    expect(node.errors).toBeUndefined();
    const seen = await send(tokens.viewer, 'query ($id: ID!) { cadre(id: $id) { fullName unit { name } } }', { id: inside.globalId });
    expect(seen.errors).toBeUndefined();

    const nested = await send(
      tokens.viewer,
      '{ localities(first: 500) { nodes { units(first: 500) { nodes { cadres(first: 1) { totalCount } } } } } }',
    );
    const total = (nested.data!.localities as { nodes: { units: { nodes: { cadres: { totalCount: number } }[] } }[] }).nodes
      .flatMap((l) => l.units.nodes)
      .reduce((sum, unit) => sum + unit.cadres.totalCount, 0);
    expect(total).toBe(await cadresUnder(commune.path));

    const update = await send(tokens.editor, 'mutation ($id: ID!) { updateCadre(id: $id, input: { note: "x" }) { id } }', {
      id: outside.globalId,
    });
    expect(codeOf(update)).toBe('NOT_FOUND');
  });

  it('a viewer cannot write; an editor writes inside its scope', async () => {
    const mutation = 'mutation ($id: ID!, $note: String) { updateCadre(id: $id, input: { note: $note }) { id note } }';
    const viewer = await send(tokens.viewer, mutation, { id: inside.globalId, note: 'viewer' });
    expect(codeOf(viewer)).toBe('FORBIDDEN');
    const [before] = await sql<{ note: string | null }>('select note from cadre where id = ?', [inside.id]);
    expect(before!.note).not.toBe('viewer');
    const editor = await send(tokens.editor, mutation, { id: inside.globalId, note: 'đã rà soát' });
    expect(editor.errors).toBeUndefined();
    const [after] = await sql<{ note: string }>('select note from cadre where id = ?', [inside.id]);
    expect(after!.note).toBe('đã rà soát');
    const [audit] = await sql<{ actor: string }>(
      `select actor from audit_entry where entity_name = 'Cadre' and entity_id = ? and action = 'update'`,
      [inside.id],
    );
    expect(audit!.actor).toBe('xa.editor');
  });

  it('the audit log is for admins over the root: filterable by actor and record, empty for everyone else', async () => {
    const query =
      'query ($actor: [String!], $record: ID) { auditEntries(filter: { actor: $actor, recordId: $record }) { totalCount nodes { actor action entityName entityId changes } } }';
    const variables = { actor: ['xa.editor'], record: inside.globalId };
    const root = await fetch(api.server.url, {
      method: 'POST',
      headers: { ...api.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await root.json()) as Answer;
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      auditEntries: {
        totalCount: 1,
        nodes: [{ actor: 'xa.editor', action: 'update', entityName: 'Cadre', entityId: inside.id, changes: { note: 'đã rà soát' } }],
      },
    });
    for (const token of [tokens.viewer, tokens.admin]) {
      expect((await send(token, query, variables)).data).toEqual({ auditEntries: { totalCount: 0, nodes: [] } });
    }
  });

  it('a sync right reaches the bindings whose scope lies inside it: the others are refused to run and not listed', async () => {
    const em = forkFor(api.db.orm, { actor: 'seed', source: 'seed' });
    em.create(SyncBinding, { spreadsheetId: 'whole', tabs: [] });
    em.create(SyncBinding, { spreadsheetId: 'tinh', tabs: [], locality: em.getReference(Locality, province.id, { wrapped: true }) });
    em.create(SyncBinding, { spreadsheetId: 'xa', tabs: [], locality: em.getReference(Locality, commune.id, { wrapped: true }) });
    await em.flush();
    const listed = await send(tokens.admin, '{ syncBindings { spreadsheetId scope { kind code } } syncRuns { outcome } }');
    expect(listed.data).toEqual({
      syncBindings: [
        { spreadsheetId: 'tinh', scope: { kind: 'locality', code: '15' } },
        { spreadsheetId: 'xa', scope: { kind: 'locality', code: '02905' } },
      ],
      syncRuns: [],
    });
    const whole = await send(tokens.admin, 'mutation { runSync(spreadsheetId: "whole") { dryRun } }');
    expect(codeOf(whole)).toBe('FORBIDDEN');
    expect(whole.errors![0]!.message).toMatch(/whole/);
    // Without the sync right: nothing to run, nothing to read.
    const run = await send(tokens.viewer, 'mutation { runSync(spreadsheetId: "xa") { dryRun } }');
    expect(codeOf(run)).toBe('FORBIDDEN');
    const read = await send(tokens.viewer, '{ syncBindings { spreadsheetId } syncRuns { outcome } syncConflicts { a1 } }');
    expect(read).toMatchObject({ data: { syncBindings: [], syncRuns: [], syncConflicts: [] } });
  });

  it('statistics of a scoped viewer are those of its scope; a scope beyond it does not exist', async () => {
    const query = 'query ($id: ID!) { cadreStatistics(scope: { id: $id, includeSubtree: true }, groupBy: [SEX]) { total } }';
    const own = await send(tokens.viewer, query, { id: toGlobalId('Locality', commune.id) });
    expect(own.data).toEqual({ cadreStatistics: { total: await cadresUnder(commune.path, "and c.status = 'working'") } });
    const wider = await send(tokens.viewer, query, { id: toGlobalId('Locality', province.id) });
    expect(codeOf(wider)).toBe('NOT_FOUND');
  });
});
