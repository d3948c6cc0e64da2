import { ReferenceKind } from '@mikro-orm/core';
import { type GraphQLSchema, getNamedType, parse, validate } from 'graphql';
import type { Grant } from '../../src/access/access.types';
import { SCOPE_ANCHORS } from '../../src/access/anchors';
import { forkFor } from '../../src/app/orm';
import { buildHosoSchema } from '../../src/app/schema';
import { fromGlobalId, toGlobalId } from '../../src/common/graphql/global-id';
import { seedDemoData } from '../../src/seed/seed.service';
import { Cadre } from '../../src/cadres/cadre.entity';
import { QualificationChange, QualificationField } from '../../src/trainings/qualification-change.entity';
import { SyncRunOutcome } from '../../src/sheet-sync/sync-enums';
import { SyncBinding } from '../../src/sheet-sync/sync-binding.entity';
import { SyncRun } from '../../src/sheet-sync/sync-run.entity';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import {
  type AnyField,
  type Operation,
  classifyMutations,
  classifyQueries,
  fieldsOf,
  harmlessUpdate,
  isRequired,
  nestedConnections,
  nodeTypes,
  operationFor,
  personalDataFields,
  toOneLinks,
} from './matrix-schema';

interface AnswerError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: AnswerError[];
}

type Viewer = 'anonymous' | 'viewer' | 'province' | 'root';

/**
 * What the matrix leaves to other rules, on purpose. Every root field that is neither a list
 * (`*Connection`), a by-id root nor `node`, and every mutation that is not a create/update/delete
 * of a record, must be listed here with the reason, or the matrix fails: a field added later
 * cannot slip past it unclassified.
 */
const BY_DESIGN: Record<string, string> = {
  codeLists: 'public to any signed-in reader: the labels of the code lists, no record',
  syncBindings: 'needs the sync right over the binding’s scope: empty for anyone else',
  syncRuns: 'needs the sync right over the binding’s scope: empty for anyone else',
  syncConflicts: 'needs the sync and personal-data rights over the binding’s scope: empty for anyone else',
  runSync: 'needs the sync right over the binding’s scope: FORBIDDEN for anyone else',
  resolveSyncConflict: 'needs the sync right over the binding’s scope: FORBIDDEN for anyone else',
  setSyncSchedule: 'needs the sync right over the binding’s scope: FORBIDDEN for anyone else',
  restoreSyncedRecord: 'needs the sync right and the right to change the record: FORBIDDEN for anyone else',
  confirmSyncedDelete: 'needs the sync right and the right to delete the record: FORBIDDEN for anyone else',
  cadreStatistics: 'an aggregate scoped by its `scope` argument: NOT_FOUND for a scope beyond the viewer’s',
  report: 'an aggregate scoped by its `request.scope` argument: NOT_FOUND for a scope beyond the viewer’s',
  exportReport: 'an aggregate scoped by its `request.scope` argument: NOT_FOUND for a scope beyond the viewer’s',
  targetCompliance: 'scoped by its `scopeId` argument (NOT_FOUND beyond); the targets it lists are in scope',
  planningReview: 'over a catalog term; the entries it lists are cut to the viewer’s scope',
};

const SYNC_QUERIES = ['syncBindings', 'syncRuns', 'syncConflicts'];
const SYNC_MUTATIONS = ['runSync', 'resolveSyncConflict', 'setSyncSchedule', 'restoreSyncedRecord', 'confirmSyncedDelete'];
const SCOPED_AGGREGATES = ['cadreStatistics', 'report', 'exportReport', 'targetCompliance'];
/** The FORBIDDEN_FIELD error lists at most this many paths (src/access/personal-data.ts). */
const LISTED_PATHS = 50;
const PAGE = 500;

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const idOf = (value: unknown): number | null => {
  const id = asRecord(value).id;
  return typeof id === 'string' ? (fromGlobalId(id)?.databaseId ?? null) : null;
};
const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 600);

/**
 * The authorisation matrix, generated from the built schema (buildHosoSchema): every root query
 * and mutation, every root and nested connection, every to-one link to a record, every Node type
 * and every field marked `personalData`, asked over HTTP with real tokens on the demo office, by
 * nobody, by a viewer of Xã Bảo Thắng (02905) without personal data, by the admin of Tỉnh Lào Cai
 * (15) and by the root admin. What a scoped viewer may see is computed by hand in SQL from each
 * entity's anchor (src/access/anchors.ts), not by the code under test. Each test gathers every
 * failing case before it fails, so one run names them all.
 */
describeWithDatabase('authorisation matrix (generated from the schema)', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  const tokens: Record<Viewer, string | null> = { anonymous: null, viewer: '', province: '', root: '' };
  let commune: { id: number; path: string };
  let province: { id: number; path: string };
  /** Ids of each entity's rows inside the commune, and of all its rows, by entity name. */
  const inside = new Map<string, Set<number>>();
  const all = new Map<string, number[]>();

  const sql = async <T>(text: string, bindings: unknown[] = []): Promise<T[]> => {
    const result = (await api.db.orm.em.getKnex().raw(text, bindings as never)) as T[] | { rows: T[] };
    return Array.isArray(result) ? result : result.rows;
  };
  const tableOf = (entity: string) => api.db.orm.getMetadata().find(entity)!.tableName;

  const send = async (who: Viewer, operation: Operation): Promise<Answer> => {
    const token = tokens[who];
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(operation),
    });
    return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
  };
  const query = (who: Viewer, text: string, variables: Record<string, unknown> = {}) => send(who, { query: text, variables });
  const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code;

  /**
   * The ids of an entity's rows inside the commune, written by hand from its anchor: localities by
   * path, units by their locality's path, cadres by their unit, cadre histories by their cadre,
   * targets by either; catalogs are every row; admin and sync bookkeeping, none.
   */
  const insideSql = (entity: string): string => {
    const anchor = SCOPE_ANCHORS[entity];
    if (!anchor) throw new Error(`${entity} has no scope anchor`);
    const table = tableOf(entity);
    const localities = 'select l.id from locality l where l.path like ?';
    const units = 'select u.id from unit u join locality ul on ul.id = u.locality_id where ul.path like ?';
    const cadres = `select c.id from cadre c where c.unit_id in (${units})`;
    switch (anchor.kind) {
      case 'locality':
        return localities;
      case 'unit':
        return units;
      case 'unit-of':
        return `select t.id from ${table} t where t.${anchor.column} in (${units})`;
      case 'cadre-of':
        return `select t.id from ${table} t where t.${anchor.column} in (${cadres})`;
      case 'locality-or-unit-of':
        return `select t.id from ${table} t where t.${anchor.localityColumn} in (${localities}) or t.${anchor.unitColumn} in (${units})`;
      case 'catalog':
        return `select t.id from ${table} t`;
      case 'admin':
      case 'sync':
        return `select t.id from ${table} t where 1 = 0`;
    }
  };
  const insideOf = (entity: string): Set<number> => {
    const ids = inside.get(entity);
    if (!ids) throw new Error(`no in-scope ids computed for ${entity}`);
    return ids;
  };
  const firstInside = (entity: string): number => {
    const id = [...insideOf(entity)].sort((a, b) => a - b)[0];
    if (id === undefined) throw new Error(`the demo office has no ${entity} inside the commune`);
    return id;
  };
  const firstOutside = (entity: string): number | undefined => all.get(entity)!.find((id) => !insideOf(entity).has(id));
  /** The second record where an input names two of a kind (`toUnitId` after `fromUnitId`). */
  const nth = (name: string) => (/^to[A-Z]/.test(name) ? 1 : 0);
  const pickInside = (entity: string, name = '') => {
    const ids = [...insideOf(entity)].sort((a, b) => a - b);
    return ids[Math.min(nth(name), ids.length - 1)] ?? firstInside(entity);
  };
  const pickOutside = (entity: string, name = '') => {
    const ids = all.get(entity)!.filter((id) => !insideOf(entity).has(id));
    return ids[Math.min(nth(name), ids.length - 1)];
  };

  /** Every row of every record table (sync bookkeeping apart): a refused write must leave them as they were. */
  const snapshot = async (withSync = false): Promise<Map<string, string>> => {
    const knex = api.db.orm.em.getKnex();
    const tables = Object.values(api.db.orm.getMetadata().getAll())
      .filter((meta) => !meta.abstract && !meta.embeddable && meta.tableName && (withSync || !meta.tableName.startsWith('sync_')))
      .map((meta) => ({ name: meta.tableName, key: meta.properties[meta.primaryKeys[0]!]!.fieldNames[0]! }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const rows = new Map<string, string>();
    for (const { name, key } of tables) rows.set(name, JSON.stringify(await knex(name).select('*').orderBy(key)));
    return rows;
  };
  const changedTables = (before: Map<string, string>, after: Map<string, string>) =>
    [...before.keys()].filter((name) => before.get(name) !== after.get(name));

  const classes = () => classifyQueries(schema);
  const rootListOf = (entity: string): AnyField | undefined => classes().connections.find((c) => c.entity === entity)?.field;

  const computeScopes = async () => {
    for (const meta of Object.values(api.db.orm.getMetadata().getAll())) {
      // Records with a numeric id only: a lease is keyed by its name and has no global id.
      if (meta.abstract || meta.embeddable || !meta.tableName || meta.primaryKeys.join() !== 'id') continue;
      const text = insideSql(meta.className);
      const bindings = Array.from({ length: text.split('?').length - 1 }, () => `${commune.path}%`);
      inside.set(meta.className, new Set((await sql<{ id: number }>(text, bindings)).map((row) => Number(row.id))));
      all.set(
        meta.className,
        (await sql<{ id: number }>(`select id from ${meta.tableName} order by id`)).map((row) => Number(row.id)),
      );
    }
  };

  /**
   * The demo office with few cadres has no discipline, rotation or target inside the commune (and
   * some nowhere): the root admin makes one inside and one outside with the same generated create
   * operations the viewer is refused, and one that links a cadre inside to units outside (a
   * secondment), so that every list, link and by-id has something to cut. Qualification changes
   * have no create mutation (an enrollment completing makes them): written by the system.
   */
  const fillGaps = async () => {
    const outsideId = (entity: string, name: string) => toGlobalId(entity, pickOutside(entity, name) ?? pickInside(entity, name));
    const insideIdOf = (entity: string, name: string) => toGlobalId(entity, pickInside(entity, name));
    const mixedId = (entity: string, name: string) => (entity === 'Cadre' ? insideIdOf(entity, name) : outsideId(entity, name));
    for (const { field, kind, entity } of classifyMutations(schema).writes) {
      if (kind !== 'create') continue;
      const catalog = SCOPE_ANCHORS[entity]?.kind === 'catalog';
      const plans: { ids: (entity: string, name: string) => string; strict: boolean }[] = [];
      if (insideOf(entity).size === 0) plans.push({ ids: insideIdOf, strict: true });
      if (!catalog && firstOutside(entity) === undefined) plans.push({ ids: outsideId, strict: true });
      if (SCOPE_ANCHORS[entity]?.kind === 'cadre-of') plans.push({ ids: mixedId, strict: false });
      for (const { ids, strict } of plans) {
        const answer = await send('root', operationFor(schema, 'mutation', field, entity, ids, { selection: ' { id }' }));
        if (answer.errors && strict) throw new Error(`matrix fixture: ${field.name} by the root admin failed: ${shown(answer.errors)}`);
      }
    }
    // A cadre inside with no history at all, so that the viewer's generated creates break no rule of
    // the data (a second enrollment, a post held twice) and are refused for the role alone.
    const createCadre = fieldsOf(schema.getMutationType()!).find((f) => f.name === 'createCadre')!;
    const fresh = await send('root', operationFor(schema, 'mutation', createCadre, 'Cadre', insideIdOf, { selection: ' { id }' }));
    if (fresh.errors) throw new Error(`matrix fixture: createCadre by the root admin failed: ${shown(fresh.errors)}`);
    const unitOfFresh = await send(
      'root',
      operationFor(
        schema,
        'mutation',
        fieldsOf(schema.getMutationType()!).find((f) => f.name === 'updateCadre')!,
        'Cadre',
        () => '',
        {
          selection: ' { id }',
          extra: { id: asRecord(fresh.data?.createCadre).id, input: { unitId: insideIdOf('Unit', '') } },
        },
      ),
    );
    if (unitOfFresh.errors) throw new Error(`matrix fixture: updateCadre by the root admin failed: ${shown(unitOfFresh.errors)}`);
    // And a term with no target yet, so that the viewer's createTarget is not refused as a duplicate first.
    const createTerm = fieldsOf(schema.getMutationType()!).find((f) => f.name === 'createPlanningTerm')!;
    const term = await send(
      'root',
      operationFor(schema, 'mutation', createTerm, 'PlanningTerm', insideIdOf, {
        selection: ' { id }',
        extra: { input: { startYear: 2036, name: 'Nhiệm kỳ ma trận' } },
      }),
    );
    if (term.errors) throw new Error(`matrix fixture: createPlanningTerm by the root admin failed: ${shown(term.errors)}`);
    if (insideOf('QualificationChange').size === 0 || firstOutside('QualificationChange') === undefined) {
      const em = forkFor(api.db.orm, { actor: 'seed', source: 'seed' });
      const [level] = await sql<{ value: string }>('select professional_level as value from cadre where professional_level is not null');
      for (const cadre of [firstInside('Cadre'), firstOutside('Cadre')!]) {
        em.create(QualificationChange, {
          cadre: em.getReference(Cadre, cadre),
          field: QualificationField.PROFESSIONAL_LEVEL,
          toValue: level!.value,
          changedAt: '2024-01-15',
        });
      }
      await em.flush();
    }
  };

  beforeAll(async () => {
    api = await startTestApi({ HOSO_DEBUG_SQL: '0' });
    await seedDemoData(forkFor(api.db.orm, { actor: 'seed', source: 'seed' }), { cadres: 120 });
    schema = await buildHosoSchema();
    // A binding and a run, so that the sync types have a record to look for by node(id:).
    const em = forkFor(api.db.orm, { actor: 'seed', source: 'seed' });
    const binding = em.create(SyncBinding, { spreadsheetId: 'matrix-sheet', tabs: [] });
    em.create(SyncRun, {
      binding,
      startedAt: new Date(),
      finishedAt: new Date(),
      dryRun: true,
      actor: 'seed',
      outcome: SyncRunOutcome.SUCCEEDED,
      conflicts: 0,
      cellErrors: 0,
      issues: 0,
      apiCalls: 0,
    });
    await em.flush();

    [province] = await sql<{ id: number; path: string }>(`select id, path from locality where code = '15' and valid_to is null`);
    [commune] = await sql<{ id: number; path: string }>(`select id, path from locality where code = '02905' and valid_to is null`);
    commune = { id: Number(commune!.id), path: commune!.path };
    province = { id: Number(province!.id), path: province!.path };
    const grant = (role: Grant['role'], id: number, personalData: boolean, sync: boolean): Grant => ({
      role,
      scope: { kind: 'locality', id },
      personalData,
      sync,
    });
    tokens.viewer = await api.tokenFor('matrix.xa.viewer', [grant('viewer', commune.id, false, false)]);
    tokens.province = await api.tokenFor('matrix.tinh.admin', [grant('admin', province.id, true, true)]);
    tokens.root = api.headers.authorization!.slice('Bearer '.length);
    await computeScopes();
    await fillGaps();
    await computeScopes();
  });
  afterAll(() => api?.close());

  /** A global id for an argument of the viewer's writes and reads: a record inside the commune. */
  const insideId = (entity: string, name = '') => toGlobalId(entity, pickInside(entity, name));

  it('classifies every root query and mutation: lists, by-id, node, writes, or a documented exception', () => {
    const queries = classes();
    const mutations = classifyMutations(schema);
    const unclassified = [...queries.others, ...mutations.others].map((f) => f.name).filter((name) => !BY_DESIGN[name]);
    expect(unclassified).toEqual([]);
    expect(queries.node).not.toBeNull();
    expect(queries.connections.length).toBeGreaterThan(0);
    expect(mutations.writes.length).toBeGreaterThan(0);
    // Every entity the ORM knows is anchored (else no one but the system may touch it).
    const unanchored = Object.values(api.db.orm.getMetadata().getAll())
      .filter((meta) => !meta.abstract && !meta.embeddable && meta.tableName && !SCOPE_ANCHORS[meta.className])
      .map((meta) => meta.className);
    expect(unanchored).toEqual([]);
    // The demo office must give the matrix something to cut: rows inside and outside the commune.
    for (const entity of ['Locality', 'Unit', 'Cadre', 'Enrollment', 'Assignment']) {
      expect(insideOf(entity).size).toBeGreaterThan(0);
      expect(firstOutside(entity)).toBeDefined();
    }
  });

  it('anonymous: every root query field is refused with 401 UNAUTHENTICATED and no data', async () => {
    const problems: string[] = [];
    for (const field of fieldsOf(schema.getQueryType()!)) {
      const operation = operationFor(schema, 'query', field, getNamedType(field.type).name, (entity) => toGlobalId(entity, 1));
      const invalid = validate(schema, parse(operation.query));
      if (invalid.length > 0) problems.push(`${field.name}: the generated operation is invalid: ${invalid[0]!.message}`);
      const answer = await send('anonymous', operation);
      if (answer.status !== 401 || codeOf(answer) !== 'UNAUTHENTICATED' || answer.data !== undefined)
        problems.push(`${field.name}: ${answer.status} ${shown(answer)} for ${operation.query}`);
    }
    expect(problems).toEqual([]);
  });

  it('anonymous: every mutation field is refused with 401 UNAUTHENTICATED, no data, and no row changes', async () => {
    const problems: string[] = [];
    const before = await snapshot(true);
    for (const field of fieldsOf(schema.getMutationType()!)) {
      const operation = operationFor(schema, 'mutation', field, getNamedType(field.type).name, (entity) => toGlobalId(entity, 1));
      const invalid = validate(schema, parse(operation.query));
      if (invalid.length > 0) problems.push(`${field.name}: the generated operation is invalid: ${invalid[0]!.message}`);
      const answer = await send('anonymous', operation);
      if (answer.status !== 401 || codeOf(answer) !== 'UNAUTHENTICATED' || answer.data !== undefined)
        problems.push(`${field.name}: ${answer.status} ${shown(answer)}`);
    }
    expect(changedTables(before, await snapshot(true))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('root lists: the commune viewer counts the rows inside the commune, the root admin every row', async () => {
    const lists = classes().connections;
    const text = `{ ${lists.map(({ field }) => `${field.name} { totalCount }`).join(' ')} }`;
    const viewer = await query('viewer', text);
    const root = await query('root', text);
    const problems: string[] = [];
    for (const [who, answer] of [
      ['viewer', viewer],
      ['root', root],
    ] as const) {
      if (answer.errors) problems.push(`${who}: errors ${shown(answer.errors)}`);
    }
    for (const { field, entity } of lists) {
      // Counted again now: the audit log grows with every write of the fixtures.
      const [rows] = await sql<{ n: number }>(`select count(*) as n from ${tableOf(entity)}`);
      const expected = { viewer: insideOf(entity).size, root: Number(rows!.n) };
      const got = { viewer: asRecord(viewer.data?.[field.name]).totalCount, root: asRecord(root.data?.[field.name]).totalCount };
      if (got.viewer !== expected.viewer || got.root !== expected.root)
        problems.push(
          `${field.name} (${entity}): viewer ${String(got.viewer)}/${expected.viewer}, root ${String(got.root)}/${expected.root}`,
        );
    }
    expect(problems).toEqual([]);
  });

  /** A nested connection's selections: one alias per combination of its required Boolean arguments (includeSubtree...). */
  const nestedSelections = (field: AnyField): { alias: string; text: string }[] => {
    const booleans = field.args.filter((arg) => isRequired(arg) && getNamedType(arg.type).name === 'Boolean');
    const others = field.args.filter((arg) => isRequired(arg) && !booleans.includes(arg));
    if (others.length > 0) throw new Error(`matrix: ${field.name} has required arguments it cannot fill: ${others.map((a) => a.name)}`);
    let combos: Record<string, boolean>[] = [{}];
    for (const arg of booleans) combos = combos.flatMap((combo) => [true, false].map((value) => ({ ...combo, [arg.name]: value })));
    return combos.map((combo) => {
      const alias = `${field.name}${Object.entries(combo)
        .map(([name, value]) => `_${name}_${value}`)
        .join('')}`;
      const args = [`first: ${PAGE}`, ...Object.entries(combo).map(([name, value]) => `${name}: ${value}`)].join(', ');
      return { alias, text: `${alias}: ${field.name}(${args}) { totalCount nodes { id } }` };
    });
  };

  it('nested connections and to-one links reached from what the viewer sees hold only rows in scope', async () => {
    const problems: string[] = [];
    const exercised: string[] = [];
    for (const type of nodeTypes(schema)) {
      const nested = nestedConnections(type);
      const links = toOneLinks(schema, type);
      if (nested.length === 0 && links.length === 0) continue;
      const list = rootListOf(type.name);
      if (!list) {
        problems.push(`${type.name}: has nested lists or links but no root list to reach it from; teach the matrix`);
        continue;
      }
      const selections = nested.flatMap(({ field, entity }) => nestedSelections(field).map((s) => ({ ...s, entity, field })));
      const inner = ['id', ...selections.map((s) => s.text), ...links.map(({ field }) => `${field.name} { id }`)].join(' ');
      const viewer = await query('viewer', `{ p: ${list.name}(first: ${PAGE}) { totalCount nodes { ${inner} } } }`);
      if (viewer.errors) problems.push(`${type.name} via ${list.name}: viewer errors ${shown(viewer.errors)}`);
      const page = asRecord(viewer.data?.p);
      const parents = asList(page.nodes).map(asRecord);
      if (Number(page.totalCount) > PAGE) problems.push(`${type.name}: more than ${PAGE} parents, the matrix sees only a page`);
      if (parents.length === 0) problems.push(`${type.name}: the viewer sees no ${type.name} to start from`);
      // What the root admin finds under the same parents: the relation itself, uncut.
      const admin = await query(
        'root',
        `{ ${parents.map((parent, i) => `n${i}: node(id: ${JSON.stringify(parent.id)}) { ... on ${type.name} { ${inner} } }`).join(' ')} }`,
      );
      if (admin.errors) problems.push(`${type.name}: root admin errors ${shown(admin.errors)}`);
      parents.forEach((parent, i) => {
        const truth = asRecord(admin.data?.[`n${i}`]);
        const where = `${type.name} ${String(parent.id)} (${idOf(parent)})`;
        for (const { alias, entity } of selections) {
          const scope = insideOf(entity);
          const seen = asList(asRecord(parent[alias]).nodes).map(idOf);
          const every = asList(asRecord(truth[alias]).nodes).map(idOf);
          const leaked = seen.filter((id) => id === null || !scope.has(id));
          if (leaked.length > 0) problems.push(`LEAK ${where}.${alias}: ${entity} ${leaked.join(', ')} outside the commune`);
          const expected = every.filter((id): id is number => id !== null && scope.has(id)).sort((a, b) => a - b);
          const got = seen.filter((id): id is number => id !== null).sort((a, b) => a - b);
          if (shown(got) !== shown(expected)) problems.push(`${where}.${alias}: viewer ${shown(got)}, in scope ${shown(expected)}`);
          if (asRecord(parent[alias]).totalCount !== expected.length)
            problems.push(`${where}.${alias}: totalCount ${String(asRecord(parent[alias]).totalCount)}, in scope ${expected.length}`);
          if (Number(asRecord(truth[alias]).totalCount) > PAGE) problems.push(`${where}.${alias}: more than ${PAGE} rows, not all checked`);
          exercised.push(`${type.name}.${alias}`);
        }
        for (const { field, entity } of links) {
          const got = parent[field.name] === null ? null : idOf(parent[field.name]);
          const linked = truth[field.name] === null ? null : idOf(truth[field.name]);
          if (got !== null && !insideOf(entity).has(got))
            problems.push(`LEAK ${where}.${field.name}: ${entity} ${got} outside the commune`);
          const expected = linked !== null && insideOf(entity).has(linked) ? linked : null;
          if (got !== expected)
            problems.push(`${where}.${field.name}: viewer ${String(got)}, expected ${String(expected)} (root: ${String(linked)})`);
          exercised.push(`${type.name}.${field.name}`);
        }
      });
    }
    // Every nested list and link of every Node type was asked at least once.
    const expectedFields = nodeTypes(schema).flatMap((type) => [
      ...nestedConnections(type).flatMap(({ field }) => nestedSelections(field).map((s) => `${type.name}.${s.alias}`)),
      ...toOneLinks(schema, type).map(({ field }) => `${type.name}.${field.name}`),
    ]);
    const unexercised = expectedFields.filter((name) => !exercised.includes(name));
    expect(problems).toEqual([]);
    expect(unexercised).toEqual([]);
  });

  it('every Node type: node(id:) of a record outside the commune is null, by-id roots say NOT_FOUND', async () => {
    const problems: string[] = [];
    const metas = Object.values(api.db.orm.getMetadata().getAll()).filter((meta) => all.has(meta.className));
    const nodeNames = new Set(nodeTypes(schema).map((t) => t.name));
    // Every record type the ORM knows, Node type or not (users, keys, the audit log...): node(id:) must not reach it.
    const cases = metas.flatMap((meta) => {
      const outside = firstOutside(meta.className);
      const insideRow = [...insideOf(meta.className)][0];
      return [
        ...(outside !== undefined ? [{ entity: meta.className, id: outside, visible: false }] : []),
        ...(insideRow !== undefined && nodeNames.has(meta.className) ? [{ entity: meta.className, id: insideRow, visible: true }] : []),
      ];
    });
    const missing = [...nodeNames].filter(
      (name) => !cases.some((c) => c.entity === name && !c.visible) && SCOPE_ANCHORS[name]?.kind !== 'catalog',
    );
    if (missing.length > 0) problems.push(`no record outside the commune to look for: ${missing.join(', ')}`);
    const text = `{ ${cases.map((c, i) => `c${i}: node(id: ${JSON.stringify(toGlobalId(c.entity, c.id))}) { id }`).join(' ')} }`;
    const viewer = await query('viewer', text);
    if (viewer.errors) problems.push(`node: viewer errors ${shown(viewer.errors)}`);
    cases.forEach((c, i) => {
      const got = viewer.data?.[`c${i}`];
      if (c.visible ? idOf(got) !== c.id : got !== null) problems.push(`node(${c.entity} ${c.id}): viewer got ${shown(got)}`);
    });
    const rootCases = cases.filter((c) => nodeNames.has(c.entity));
    const root = await query(
      'root',
      `{ ${rootCases.map((c, i) => `c${i}: node(id: ${JSON.stringify(toGlobalId(c.entity, c.id))}) { id }`).join(' ')} }`,
    );
    rootCases.forEach((c, i) => {
      if (idOf(root.data?.[`c${i}`]) !== c.id)
        problems.push(`node(${c.entity} ${c.id}): the root admin got ${shown(root.data?.[`c${i}`])}`);
    });

    for (const { field, entity } of classes().byId) {
      const outside = firstOutside(entity);
      const selection = ' { id }';
      if (outside !== undefined) {
        const refused = await send(
          'viewer',
          operationFor(schema, 'query', field, entity, () => toGlobalId(entity, outside), { selection }),
        );
        if (codeOf(refused) !== 'NOT_FOUND' || refused.data?.[field.name])
          problems.push(`${field.name}(${entity} ${outside} outside): viewer got ${shown(refused)}`);
      } else if (SCOPE_ANCHORS[entity]?.kind !== 'catalog') problems.push(`${field.name}: no ${entity} outside the commune`);
      const seen = await send(
        'viewer',
        operationFor(schema, 'query', field, entity, () => insideId(entity), { selection }),
      );
      if (seen.errors || idOf(seen.data?.[field.name]) !== firstInside(entity))
        problems.push(`${field.name}(${entity} ${firstInside(entity)} inside): viewer got ${shown(seen)}`);
    }
    expect(problems).toEqual([]);
  });

  it('every personalData field: null with one FORBIDDEN_FIELD error naming its paths for the viewer, the value for a reader with the right', async () => {
    const problems: string[] = [];
    const marked = personalDataFields(schema);
    expect(marked.size).toBeGreaterThan(0);
    const nodeNames = new Set(nodeTypes(schema).map((t) => t.name));
    for (const [type, fields] of marked) {
      const names = fields.map((f) => f.name);
      const key = ['id', 'databaseId'].find((name) => type.getFields()[name]) ?? '__typename';
      const own = rootListOf(type.name);
      if (!own) {
        problems.push(`${type.name}: personal-data fields but no root list to reach them; teach the matrix`);
        continue;
      }
      // Straight from the type's root list, and through every to-one link to it from another record.
      const routes: { list: AnyField; link: string | null }[] = [{ list: own, link: null }];
      for (const other of nodeTypes(schema)) {
        for (const { field, entity } of toOneLinks(schema, other)) {
          const list = rootListOf(other.name);
          if (entity === type.name && list) routes.push({ list, link: field.name });
        }
      }
      for (const { list, link } of routes) {
        const route = `${list.name}${link ? `.${link}` : ''}`;
        const wrap = (inner: string) => (link ? `${link} { ${inner} }` : inner);
        const first = Math.max(1, Math.floor(LISTED_PATHS / names.length));
        const viewer = await query('viewer', `{ ${list.name}(first: ${first}) { nodes { ${wrap(`${key} ${names.join(' ')}`)} } } }`);
        const nodes = asList(asRecord(viewer.data?.[list.name]).nodes).map(asRecord);
        const records = nodes.map((node) => (link ? asRecord(node[link]) : node)).filter((record) => record[key] !== undefined);
        if (insideOf(type.name).size === 0) {
          // Admin-only records (the audit log): the viewer reaches none, so there is no field to hide.
          if (nodes.length > 0 || viewer.errors) problems.push(`LEAK ${route}: the viewer reached ${shown(viewer)}`);
          continue;
        }
        if (records.length === 0) problems.push(`${route}: viewer got no record: ${shown(viewer)}`);
        const hidden = viewer.errors?.filter((e) => e.extensions?.code === 'FORBIDDEN_FIELD') ?? [];
        if (hidden.length !== 1 || viewer.errors!.length !== 1) problems.push(`${route}: viewer errors ${shown(viewer.errors)}`);
        const paths = asList(hidden[0]?.extensions?.paths).map((p) => JSON.stringify(p));
        records.forEach((record, i) => {
          if (record[key] === null) problems.push(`${route}[${i}]: the viewer lost the rest of the data (${key} is null)`);
          for (const name of names) {
            if (record[name] !== null) problems.push(`LEAK ${route}[${i}].${name}: the viewer got ${shown(record[name])}`);
            const path = JSON.stringify([list.name, 'nodes', i, ...(link ? [link] : []), name]);
            if (!paths.includes(path)) problems.push(`${route}: FORBIDDEN_FIELD paths lack ${path}`);
          }
        });
        if (hidden[0] && hidden[0].extensions?.count !== records.length * names.length)
          problems.push(`${route}: FORBIDDEN_FIELD count ${String(hidden[0].extensions?.count)}, hidden ${records.length * names.length}`);
      }
      // The province admin (personal-data right) gets the values, the same as the root admin's;
      // records only root admins read (the audit log) are read by the root admin.
      const reader: Viewer = insideOf(type.name).size > 0 ? 'province' : 'root';
      const admin = await query(reader, `{ ${own.name}(first: 200) { nodes { ${key} ${names.join(' ')} } } }`);
      if (admin.errors) problems.push(`${own.name}: ${reader} admin errors ${shown(admin.errors)}`);
      const records = asList(asRecord(admin.data?.[own.name]).nodes).map(asRecord);
      if (records.length === 0) problems.push(`${own.name}: the ${reader} admin got no record`);
      if (reader === 'province' && nodeNames.has(type.name)) {
        const root = await query(
          'root',
          `{ ${records.map((r, i) => `n${i}: node(id: ${JSON.stringify(r.id)}) { ... on ${type.name} { ${names.join(' ')} } }`).join(' ')} }`,
        );
        records.forEach((record, i) => {
          for (const name of names) {
            const truth = asRecord(root.data?.[`n${i}`])[name];
            if (shown(record[name]) !== shown(truth))
              problems.push(`${type.name} ${String(record.id)}.${name}: province admin ${shown(record[name])}, root ${shown(truth)}`);
          }
        });
      }
      for (const name of names) {
        if (records.length > 0 && records.every((r) => r[name] === null))
          problems.push(
            `${type.name}.${name}: null for all ${records.length} of the ${reader} admin's records (no value to check: seed more)`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('by design: code lists are public, sync needs the sync right over the binding, aggregates are cut by their scope argument', async () => {
    const problems: string[] = [];
    const communeId = toGlobalId('Locality', commune.id);
    const provinceId = toGlobalId('Locality', province.id);
    const termId = toGlobalId('PlanningTerm', firstInside('PlanningTerm'));
    const queryField = (name: string) => fieldsOf(schema.getQueryType()!).find((f) => f.name === name)!;

    const codeLists = await query('viewer', '{ codeLists { name entries { value label } } }');
    if (codeLists.errors || asList(codeLists.data?.codeLists).length === 0) problems.push(`codeLists: viewer got ${shown(codeLists)}`);

    for (const name of SYNC_QUERIES) {
      const field = queryField(name);
      const selection = ' { __typename }';
      const viewer = await send('viewer', operationFor(schema, 'query', field, getNamedType(field.type).name, insideId, { selection }));
      if (viewer.errors || shown(viewer.data?.[name]) !== '[]') problems.push(`${name}: viewer got ${shown(viewer)}`);
    }
    const bindings = await query('root', '{ syncBindings { id } }');
    if (asList(bindings.data?.syncBindings).length === 0) problems.push(`syncBindings: the root admin got ${shown(bindings)}`);
    for (const name of SYNC_MUTATIONS) {
      const field = fieldsOf(schema.getMutationType()!).find((f) => f.name === name)!;
      const before = await snapshot(true);
      const answer = await send('viewer', operationFor(schema, 'mutation', field, getNamedType(field.type).name, insideId));
      if (codeOf(answer) !== 'FORBIDDEN') problems.push(`${name}: viewer got ${shown(answer)}`);
      const changed = changedTables(before, await snapshot(true));
      if (changed.length > 0) problems.push(`LEAK ${name}: the viewer's refused sync changed ${changed.join(', ')}`);
    }

    // The aggregates, inside the commune and beyond it.
    const scoped = (scope: string): Record<string, Record<string, unknown>> => ({
      cadreStatistics: { scope: { id: scope, includeSubtree: true }, groupBy: ['SEX'] },
      report: { request: { form: 'ALL_STAFF', scope: { id: scope, includeSubtree: true } } },
      exportReport: { format: 'CSV', request: { form: 'ALL_STAFF', scope: { id: scope, includeSubtree: true } } },
      targetCompliance: { scopeId: scope, termId },
    });
    for (const name of SCOPED_AGGREGATES) {
      const field = queryField(name);
      const own = await send('viewer', operationFor(schema, 'query', field, name, insideId, { extra: scoped(communeId)[name] }));
      if (own.errors || !own.data?.[name]) problems.push(`${name} over the commune: viewer got ${shown(own)}`);
      const wider = await send('viewer', operationFor(schema, 'query', field, name, insideId, { extra: scoped(provinceId)[name] }));
      if (codeOf(wider) !== 'NOT_FOUND' || wider.data?.[name]) problems.push(`${name} over the province: viewer got ${shown(wider)}`);
    }
    const compliance = await query('viewer', `query ($s: ID!, $t: ID!) { targetCompliance(scopeId: $s, termId: $t) { target { id } } }`, {
      s: communeId,
      t: termId,
    });
    for (const item of asList(compliance.data?.targetCompliance)) {
      const id = idOf(asRecord(item).target);
      if (id === null || !insideOf('Target').has(id)) problems.push(`LEAK targetCompliance: Target ${String(id)} outside the commune`);
    }
    for (const term of [...insideOf('PlanningTerm')]) {
      const review = await query('viewer', `query ($t: ID!) { planningReview(termId: $t) { entry { id } } }`, {
        t: toGlobalId('PlanningTerm', term),
      });
      if (review.errors) problems.push(`planningReview(${term}): viewer errors ${shown(review.errors)}`);
      for (const item of asList(review.data?.planningReview)) {
        const id = idOf(asRecord(item).entry);
        if (id === null || !insideOf('PlanningEntry').has(id))
          problems.push(`LEAK planningReview(${term}): PlanningEntry ${String(id)} outside`);
      }
    }
    expect(problems).toEqual([]);
  });
  /** Ids of `entity` that rows refer to (of `from` only, when given). */
  const referencedIds = async (entity: string, from?: string): Promise<Set<number>> => {
    const referenced = new Set<number>();
    for (const meta of Object.values(api.db.orm.getMetadata().getAll())) {
      if (meta.abstract || meta.embeddable || !meta.tableName || (from && meta.className !== from)) continue;
      for (const prop of meta.relations) {
        if (prop.kind !== ReferenceKind.MANY_TO_ONE || prop.type !== entity) continue;
        const column = prop.fieldNames[0]!;
        for (const row of await sql<{ id: number }>(`select distinct ${column} as id from ${meta.tableName} where ${column} is not null`))
          referenced.add(Number(row.id));
      }
    }
    return referenced;
  };
  /** An inside record that nothing refers to (else the first inside), so that a delete is refused for the role, not as REFERENCED. */
  const unreferencedInside = async (entity: string, from?: string): Promise<number> => {
    const referenced = await referencedIds(entity, from);
    const ids = [...insideOf(entity)].sort((a, b) => b - a);
    return ids.find((id) => !referenced.has(id)) ?? firstInside(entity);
  };

  it('every create, update and delete by the commune viewer is refused (FORBIDDEN or NOT_FOUND) and changes no row', async () => {
    const problems: string[] = [];
    // Every operation is made before any is sent, so that one write let through does not change the next one's targets.
    const cases: { field: AnyField; kind: string; entity: string; target: number; operation: Operation }[] = [];
    for (const { field, kind, entity } of classifyMutations(schema).writes) {
      const target = kind === 'delete' ? await unreferencedInside(entity) : firstInside(entity);
      // A create names records inside that have none of the new kind yet (the fresh cadre...), so that no rule of the data refuses it first.
      const fresh = new Map<string, number>();
      for (const named of kind === 'create' ? nodeTypes(schema).map((t) => t.name) : []) {
        if (inside.has(named) && insideOf(named).size > 0) fresh.set(named, await unreferencedInside(named, entity));
      }
      const ids = (named: string, name: string) =>
        name === 'id'
          ? toGlobalId(entity, target)
          : /^to[A-Z]/.test(name) || !fresh.has(named)
            ? insideId(named, name)
            : toGlobalId(named, fresh.get(named)!);
      const operation = operationFor(schema, 'mutation', field, entity, ids, {
        selection: ' { id }',
        ...(kind === 'update' ? { extra: { input: harmlessUpdate(field) } } : {}),
      });
      cases.push({ field, kind, entity, target, operation });
    }
    // Deletes last: a delete let through must not take away what a create names.
    cases.sort((a, b) => Number(a.kind === 'delete') - Number(b.kind === 'delete'));
    for (const { field, kind, entity, target, operation } of cases) {
      const invalid = validate(schema, parse(operation.query));
      if (invalid.length > 0) problems.push(`${field.name}: the generated operation is invalid: ${invalid[0]!.message}`);
      const before = await snapshot();
      const answer = await send('viewer', operation);
      const changed = changedTables(before, await snapshot());
      const code = codeOf(answer);
      if ((code !== 'FORBIDDEN' && code !== 'NOT_FOUND') || asRecord(answer.data)[field.name])
        problems.push(
          `${field.name} (${kind} ${entity} ${target}): viewer got ${answer.status} ${shown(answer)} for ${shown(operation.variables)}`,
        );
      if (changed.length > 0) problems.push(`LEAK ${field.name}: the viewer's refused write changed ${changed.join(', ')}`);
    }
    // The leaks this found first (deletes unchecked, a unitless cadre created, REFERENCED counts told to a
    // reader) have their reproduction in tests/regressions/viewer-deletes-and-creates-records.test.ts.
    expect(problems).toEqual([]);
  });
});
