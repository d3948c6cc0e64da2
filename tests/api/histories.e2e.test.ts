import { toGlobalId } from '../../src/common/graphql/global-id';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';

interface FieldProblem {
  field: string;
  message: string;
}
interface GraphQLResult {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; fields?: FieldProblem[]; references?: unknown[] } }[];
  extensions?: { sql?: { count: number } };
}
type Row = { id: string } & Record<string, unknown>;
interface Connection {
  totalCount: number;
  nodes: Row[];
}

/** The records every case links to, made through the API in `beforeAll`. */
interface Fixtures {
  cadreId: string;
  otherCadreId: string;
  unitId: string;
  otherUnitId: string;
  positionId: string;
  termId: string;
}

type Parent = 'cadre' | 'position' | 'planningTerm';

/** One history (or catalogue) type, walked through create → list → nested list → update → bad input → delete. */
interface HistoryCase {
  type: string;
  list: string;
  /** A filter the new record must pass, so the filter code runs on both databases. */
  filter: (f: Fixtures) => Record<string, unknown>;
  /** Selected on the record; to-one links are checked through `links`. */
  selection: string;
  create: (f: Fixtures) => Record<string, unknown>;
  links?: (f: Fixtures) => Record<string, unknown>;
  /** Nested lists the record must appear in, and which fixture is the parent. */
  nested: { parent: Parent; parentId: (f: Fixtures) => string; field: string }[];
  /** The single fetch, when the type has one. */
  single?: string;
  update: { input: Record<string, unknown>; expect: Record<string, unknown> };
  bad: { input: (f: Fixtures) => Record<string, unknown>; fields: string[] };
}

const missing = (type: string) => toGlobalId(type, 987654);
const thisYear = new Date().getUTCFullYear();

const cases: HistoryCase[] = [
  {
    type: 'Position',
    list: 'positions',
    filter: () => ({ name: 'pho chu tich', level: ['DISTRICT'], isLeadership: true }),
    selection: 'name level isLeadership seniority',
    create: () => ({ name: 'Phó Chủ tịch UBND', level: 'DISTRICT', isLeadership: true, seniority: 3 }),
    nested: [],
    single: 'position',
    update: { input: { seniority: 2 }, expect: { name: 'Phó Chủ tịch UBND', seniority: 2 } },
    bad: { input: () => ({ name: 'P', level: 'DISTRICT', isLeadership: true, seniority: 0 }), fields: ['input.name', 'input.seniority'] },
  },
  {
    type: 'Assignment',
    list: 'assignments',
    filter: (f) => ({
      cadreId: f.cadreId,
      unitId: f.unitId,
      positionId: f.positionId,
      current: true,
      leadership: true,
      isConcurrent: false,
    }),
    selection: 'startDate endDate isConcurrent decisionNumber cadre { id } unit { id } position { id }',
    create: (f) => ({
      cadreId: f.cadreId,
      unitId: f.unitId,
      positionId: f.positionId,
      startDate: '2021-06-01',
      decisionNumber: ' 123/QĐ-UBND ',
    }),
    links: (f) => ({ cadre: { id: f.cadreId }, unit: { id: f.unitId }, position: { id: f.positionId }, decisionNumber: '123/QĐ-UBND' }),
    nested: [
      { parent: 'cadre', parentId: (f) => f.cadreId, field: 'assignments' },
      { parent: 'position', parentId: (f) => f.positionId, field: 'assignments' },
    ],
    update: {
      input: { endDate: '2024-12-31', decisionNumber: null },
      expect: { startDate: '2021-06-01', endDate: '2024-12-31', decisionNumber: null },
    },
    bad: {
      input: (f) => ({
        cadreId: f.cadreId,
        unitId: f.cadreId,
        positionId: missing('Position'),
        startDate: '2021-06-01',
        endDate: '2020-01-01',
      }),
      fields: ['input.endDate', 'input.positionId', 'input.unitId'],
    },
  },
  {
    type: 'PlanningTerm',
    list: 'planningTerms',
    filter: () => ({ year: 2033 }),
    selection: 'name startYear endYear',
    create: () => ({ startYear: 2030 }),
    links: () => ({ name: '2030–2035', endYear: 2035 }),
    nested: [],
    single: 'planningTerm',
    update: { input: { name: 'Nhiệm kỳ 2030–2035' }, expect: { name: 'Nhiệm kỳ 2030–2035', startYear: 2030, endYear: 2035 } },
    // 2030 is taken by the case's own term, and a term is five years.
    bad: { input: () => ({ startYear: 2030, endYear: 2034 }), fields: ['input.endYear', 'input.startYear'] },
  },
  {
    type: 'PlanningEntry',
    list: 'planningEntries',
    filter: (f) => ({ termId: f.termId, cadreId: f.cadreId, unitId: f.unitId, positionId: f.positionId, active: true }),
    selection: 'addedAt removedAt removalReason isActive term { id } cadre { id } unit { id } position { id }',
    create: (f) => ({ termId: f.termId, cadreId: f.cadreId, unitId: f.unitId, positionId: f.positionId, addedAt: '2023-03-01' }),
    links: (f) => ({
      term: { id: f.termId },
      cadre: { id: f.cadreId },
      unit: { id: f.unitId },
      position: { id: f.positionId },
      isActive: true,
    }),
    nested: [
      { parent: 'cadre', parentId: (f) => f.cadreId, field: 'planningEntries' },
      { parent: 'planningTerm', parentId: (f) => f.termId, field: 'entries' },
    ],
    update: {
      input: { removedAt: '2024-05-01', removalReason: 'AGE' },
      expect: { addedAt: '2023-03-01', removedAt: '2024-05-01', removalReason: 'AGE', isActive: false },
    },
    bad: {
      input: (f) => ({
        termId: missing('PlanningTerm'),
        cadreId: f.cadreId,
        unitId: f.unitId,
        positionId: f.positionId,
        addedAt: '2023-03-01',
        removedAt: '2022-01-01',
      }),
      fields: ['input.removalReason', 'input.removedAt', 'input.termId'],
    },
  },
  {
    type: 'Rotation',
    list: 'rotations',
    filter: (f) => ({
      cadreId: f.cadreId,
      kind: ['ROTATION'],
      direction: ['PROVINCE_TO_DISTRICT'],
      fromUnitId: f.otherUnitId,
      toUnitId: f.unitId,
      startFrom: '2022-01-01',
      startTo: '2022-12-31',
    }),
    selection: 'kind direction startDate endDate cadre { id } fromUnit { id } toUnit { id }',
    create: (f) => ({
      cadreId: f.cadreId,
      fromUnitId: f.otherUnitId,
      toUnitId: f.unitId,
      kind: 'ROTATION',
      direction: 'PROVINCE_TO_DISTRICT',
      startDate: '2022-07-01',
    }),
    links: (f) => ({ cadre: { id: f.cadreId }, fromUnit: { id: f.otherUnitId }, toUnit: { id: f.unitId } }),
    nested: [{ parent: 'cadre', parentId: (f) => f.cadreId, field: 'rotations' }],
    update: { input: { endDate: '2024-06-30' }, expect: { startDate: '2022-07-01', endDate: '2024-06-30', kind: 'ROTATION' } },
    bad: {
      input: (f) => ({
        cadreId: 'not-an-id',
        fromUnitId: f.unitId,
        toUnitId: f.unitId,
        kind: 'TRANSFER',
        direction: 'SECTOR_TO_SECTOR',
        startDate: '2022-07-01',
        endDate: '2022-06-30',
      }),
      fields: ['input.cadreId', 'input.endDate', 'input.toUnitId'],
    },
  },
  {
    type: 'Evaluation',
    list: 'evaluations',
    filter: (f) => ({ cadreId: f.cadreId, year: 2023, yearFrom: 2020, yearTo: 2024, rating: ['GOOD'] }),
    selection: 'year rating note cadre { id }',
    create: (f) => ({ cadreId: f.cadreId, year: 2023, rating: 'GOOD', note: 'Đạt' }),
    links: (f) => ({ cadre: { id: f.cadreId } }),
    nested: [{ parent: 'cadre', parentId: (f) => f.cadreId, field: 'evaluations' }],
    update: { input: { rating: 'EXCELLENT', note: null }, expect: { year: 2023, rating: 'EXCELLENT', note: null } },
    bad: { input: (f) => ({ cadreId: f.unitId, year: thisYear + 1, rating: 'GOOD' }), fields: ['input.cadreId', 'input.year'] },
  },
];

describeWithDatabase('histories over HTTP: positions, assignments, planning, rotations, evaluations', () => {
  let api: TestApi;
  const f = {} as Fixtures;

  async function send(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult> {
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { ...api.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult;
  }

  /** The data of a request that must succeed. */
  async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await send(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }

  const problemsOf = (result: GraphQLResult): { code: string | undefined; fields: string[] } => ({
    code: result.errors?.[0]?.extensions?.code,
    fields: (result.errors?.[0]?.extensions?.fields ?? []).map((p) => p.field).sort(),
  });

  const create = async (type: string, input: Record<string, unknown>, selection = ''): Promise<Row> =>
    (
      await data<Record<string, Row>>(`mutation($input: Create${type}Input!) { r: create${type}(input: $input) { id ${selection} } }`, {
        input,
      })
    ).r!;

  const tryCreate = (type: string, input: Record<string, unknown>) =>
    send(`mutation($input: Create${type}Input!) { r: create${type}(input: $input) { id } }`, { input });

  const tryUpdate = (type: string, id: string, input: Record<string, unknown>) =>
    send(`mutation($id: ID!, $input: Update${type}Input!) { r: update${type}(id: $id, input: $input) { id } }`, { id, input });

  const rootList = async (c: HistoryCase, filter?: Record<string, unknown>): Promise<Connection> =>
    (
      await data<Record<string, Connection>>(
        `query($filter: ${c.type}Filter) { l: ${c.list}(first: 100, filter: $filter) { totalCount nodes { id } } }`,
        { filter },
      )
    ).l!;

  beforeAll(async () => {
    api = await startTestApi();
    const province = await create('Locality', { code: '15', name: 'Lào Cai', level: 'PROVINCE', kind: 'PROVINCE' });
    const district = await create('Locality', {
      code: '082',
      name: 'Huyện Bảo Thắng',
      level: 'DISTRICT',
      kind: 'RURAL_DISTRICT',
      parentId: province.id,
    });
    f.otherUnitId = (
      await create('Unit', { name: 'Ban Tổ chức Tỉnh ủy', block: 'PARTY', kind: 'PARTY_COMMITTEE', localityId: province.id })
    ).id;
    f.unitId = (
      await create('Unit', { name: 'UBND huyện Bảo Thắng', block: 'GOVERNMENT', kind: 'PEOPLES_COMMITTEE', localityId: district.id })
    ).id;
    const cadre = { birthDate: '1980-01-01', sex: 'MALE', ethnicity: 'KINH', category: 'CADRE', unitId: f.unitId };
    f.cadreId = (await create('Cadre', { ...cadre, fullName: 'Nguyễn Văn An' })).id;
    f.otherCadreId = (await create('Cadre', { ...cadre, fullName: 'Lò Thị Bình', sex: 'FEMALE', ethnicity: 'THAI' })).id;
    f.positionId = (await create('Position', { name: 'Chủ tịch UBND', level: 'DISTRICT', isLeadership: true, seniority: 1 })).id;
    f.termId = (await create('PlanningTerm', { startYear: 2025 })).id;
  });

  afterAll(() => api?.close());

  it.each(cases.map((c) => [c.type, c] as const))('%s: create, list, nested list, update, reject a bad input, delete', async (type, c) => {
    const before = (await rootList(c)).totalCount;

    const created = await create(type, c.create(f), c.selection);
    expect(created).toMatchObject(c.links?.(f) ?? {});

    const filtered = await rootList(c, c.filter(f));
    expect(filtered.nodes.map((n) => n.id)).toContain(created.id);
    expect((await rootList(c)).totalCount).toBe(before + 1);

    for (const { parent, parentId, field } of c.nested) {
      const nested = await data<Record<string, Record<string, Connection>>>(
        `query($id: ID!) { p: ${parent}(id: $id) { l: ${field}(first: 50) { totalCount nodes { id } } } }`,
        { id: parentId(f) },
      );
      expect(nested.p!.l!.nodes.map((n) => n.id)).toContain(created.id);
    }
    if (c.single) {
      const single = await data<Record<string, Row>>(`query($id: ID!) { r: ${c.single}(id: $id) { id ${c.selection} } }`, {
        id: created.id,
      });
      expect(single.r).toMatchObject({ id: created.id });
    }

    const updated = await data<Record<string, Row>>(
      `mutation($id: ID!, $input: Update${type}Input!) { r: update${type}(id: $id, input: $input) { id ${c.selection} } }`,
      { id: created.id, input: c.update.input },
    );
    expect(updated.r).toMatchObject({ ...(c.links?.(f) ?? {}), ...c.update.expect });

    const rejected = await tryCreate(type, c.bad.input(f));
    expect(problemsOf(rejected)).toEqual({ code: 'BAD_USER_INPUT', fields: c.bad.fields });
    for (const problem of rejected.errors![0]!.extensions!.fields!) expect(problem.message).not.toBe('');
    expect((await rootList(c)).totalCount).toBe(before + 1);

    const deleted = await data<Record<string, Row>>(`mutation($id: ID!) { r: delete${type}(id: $id) { id } }`, { id: created.id });
    expect(deleted.r!.id).toBe(created.id);
    expect((await rootList(c)).totalCount).toBe(before);
  });

  it('keeps one main post at a time: an overlapping post must be concurrent (kiêm nhiệm)', async () => {
    const post = { cadreId: f.otherCadreId, unitId: f.unitId, positionId: f.positionId };
    const main = await create('Assignment', { ...post, startDate: '2020-01-01', endDate: '2022-12-31' });
    const overlapping = await tryCreate('Assignment', { ...post, startDate: '2022-06-01' });
    expect(problemsOf(overlapping)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.isConcurrent'] });
    const concurrent = await create('Assignment', { ...post, startDate: '2022-06-01', isConcurrent: true }, 'isConcurrent');
    expect(concurrent.isConcurrent).toBe(true);
    // Handed over on the day the next post starts: no overlap.
    const next = await create('Assignment', { ...post, startDate: '2022-12-31' });
    // Turning the concurrent post into a main one would overlap both main posts; nothing is written.
    expect(problemsOf(await tryUpdate('Assignment', concurrent.id, { isConcurrent: false, startDate: null }))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['input.startDate'],
    });
    expect(problemsOf(await tryUpdate('Assignment', concurrent.id, { isConcurrent: false }))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['input.isConcurrent'],
    });
    const held = await data<{ cadre: { assignments: Connection } }>(
      `query($id: ID!, $filter: AssignmentFilter) { cadre(id: $id) { assignments(filter: $filter) { totalCount nodes { id isConcurrent } } } }`,
      { id: f.otherCadreId, filter: { isConcurrent: true } },
    );
    expect(held.cadre.assignments.nodes).toEqual([{ id: concurrent.id, isConcurrent: true }]);
    for (const a of [main, concurrent, next]) await data(`mutation($id: ID!) { deleteAssignment(id: $id) { id } }`, { id: a.id });
  });

  it('rates a cadre once a year, and a planning removal keeps both its date and its reason', async () => {
    const evaluation = await create('Evaluation', { cadreId: f.otherCadreId, year: 2022, rating: 'COMPLETED' });
    expect(problemsOf(await tryCreate('Evaluation', { cadreId: f.otherCadreId, year: 2022, rating: 'GOOD' }))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['input.year'],
    });
    const entryInput = { termId: f.termId, cadreId: f.otherCadreId, unitId: f.unitId, positionId: f.positionId, addedAt: '2024-01-10' };
    const entry = await create('PlanningEntry', entryInput);
    expect(problemsOf(await tryCreate('PlanningEntry', entryInput))).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.positionId'] });
    expect(problemsOf(await tryUpdate('PlanningEntry', entry.id, { removalReason: 'DISCIPLINE' }))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['input.removedAt'],
    });
    await data(
      `mutation($id: ID!) { updatePlanningEntry(id: $id, input: { removedAt: "2025-02-01", removalReason: DISCIPLINE }) { id } }`,
      {
        id: entry.id,
      },
    );
    // Removed, the cadre may be planned for the post again ("động và mở").
    const again = await create('PlanningEntry', { ...entryInput, addedAt: '2026-01-10' });
    const removed = await data<{ planningEntries: Connection }>(
      `{ planningEntries(filter: { active: false, removalReason: [DISCIPLINE] }) { totalCount nodes { id } } }`,
    );
    expect(removed.planningEntries.nodes.map((n) => n.id)).toEqual([entry.id]);
    for (const [type, id] of [
      ['PlanningEntry', entry.id],
      ['PlanningEntry', again.id],
      ['Evaluation', evaluation.id],
    ] as const) {
      await data(`mutation($id: ID!) { r: delete${type}(id: $id) { id } }`, { id });
    }
  });

  it('refuses to delete a post or a term still referred to, and names what refers to it', async () => {
    const entry = await create('PlanningEntry', {
      termId: f.termId,
      cadreId: f.cadreId,
      unitId: f.unitId,
      positionId: f.positionId,
      addedAt: '2024-01-10',
    });
    const position = await send(`mutation($id: ID!) { deletePosition(id: $id) { id } }`, { id: f.positionId });
    expect(position.errors?.[0]?.extensions).toMatchObject({
      code: 'REFERENCED',
      references: [{ entity: 'PlanningEntry', field: 'position', count: 1 }],
    });
    const term = await send(`mutation($id: ID!) { deletePlanningTerm(id: $id) { id } }`, { id: f.termId });
    expect(term.errors?.[0]?.extensions).toMatchObject({
      code: 'REFERENCED',
      references: [{ entity: 'PlanningEntry', field: 'term', count: 1 }],
    });
    await data(`mutation($id: ID!) { deletePlanningEntry(id: $id) { id } }`, { id: entry.id });
  });

  it('derives a term’s end year and name from its start year', async () => {
    const term = await create('PlanningTerm', { startYear: 2035 }, 'name endYear');
    expect(term).toMatchObject({ name: '2035–2040', endYear: 2040 });
    const moved = await data<{ updatePlanningTerm: Row }>(
      `mutation($id: ID!) { updatePlanningTerm(id: $id, input: { startYear: 2040 }) { name startYear endYear } }`,
      { id: term.id },
    );
    expect(moved.updatePlanningTerm).toEqual({ name: '2040–2045', startYear: 2040, endYear: 2045 });
    await data(`mutation($id: ID!) { deletePlanningTerm(id: $id) { id } }`, { id: term.id });
  });

  it('lists every cadre’s histories in one statement per nested list', async () => {
    await create('Assignment', { cadreId: f.cadreId, unitId: f.unitId, positionId: f.positionId, startDate: '2019-01-01' });
    await create('Evaluation', { cadreId: f.cadreId, year: 2021, rating: 'GOOD' });
    await create('Evaluation', { cadreId: f.otherCadreId, year: 2021, rating: 'EXCELLENT' });
    await create('Rotation', {
      cadreId: f.otherCadreId,
      fromUnitId: f.unitId,
      toUnitId: f.otherUnitId,
      kind: 'TRANSFER',
      direction: 'DISTRICT_TO_PROVINCE',
      startDate: '2023-01-01',
    });
    const histories = `assignments { nodes { id position { name } } } planningEntries { nodes { id } } rotations { nodes { id toUnit { name } } } evaluations { nodes { year rating } }`;
    const result = await send(`{ cadres(first: 10) { nodes { fullName ${histories} } } }`);
    expect(result.errors).toBeUndefined();
    type Histories = Record<'assignments' | 'planningEntries' | 'rotations' | 'evaluations', { nodes: unknown[] }>;
    const cadres = (result.data!.cadres as { nodes: (Histories & { fullName: string })[] }).nodes;
    const byName = new Map(cadres.map((c) => [c.fullName, c]));
    expect(byName.get('Nguyễn Văn An')).toMatchObject({
      assignments: { nodes: [{ position: { name: 'Chủ tịch UBND' } }] },
      planningEntries: { nodes: [] },
      rotations: { nodes: [] },
      evaluations: { nodes: [{ year: 2021, rating: 'GOOD' }] },
    });
    expect(byName.get('Lò Thị Bình')).toMatchObject({
      assignments: { nodes: [] },
      rotations: { nodes: [{ toUnit: { name: 'Ban Tổ chức Tỉnh ủy' } }] },
      evaluations: { nodes: [{ year: 2021, rating: 'EXCELLENT' }] },
    });
    // cadres, four nested lists, and the two to-one links below them.
    expect(result.extensions?.sql?.count).toBeLessThanOrEqual(1 + 4 + 2);
  });
});
