import { anchorOf } from '../../access/anchors';
import { scopeCondition, type SqlCondition } from '../../access/scope-cut';
import { accessOf } from '../../access/visibility';
import type { Em } from '../../app/orm';
import { Cadre } from '../../cadres/cadre.entity';
import { positionLevelCodeList } from '../../common/code-lists';
import { Locality } from '../../localities/locality.entity';
import { PlanningTerm } from '../../planning/planning-term.entity';
import { Position } from '../../positions/position.entity';
import { Training } from '../../trainings/training.entity';
import { Unit } from '../../units/unit.entity';
import { buildReferenceIndex, type ReferenceRow } from '../codecs';
import type { SyncLookups, SyncTableDefinition } from '../table-definition';
import { cadreTable } from './cadres';
import { enrollmentTable } from './enrollments';
import { localityTable } from './localities';
import { planningEntryTable } from './planning-entries';
import { trainingTable } from './trainings';
import { unitTable } from './units';

export { cadreTable, enrollmentTable, localityTable, planningEntryTable, trainingTable, unitTable };

/** Every synced table, parents first: the engine creates records in this order. */
export const SYNC_TABLES: readonly SyncTableDefinition[] = [
  localityTable,
  unitTable,
  cadreTable,
  trainingTable,
  enrollmentTable,
  planningEntryTable,
];

type Row<K extends string> = Record<K, unknown> & { id: number };

/** Plain rows (no entities: nothing enters the caller's identity map half-loaded), cut by `where` when given. */
function select<K extends string>(
  em: Em,
  entity: string,
  fields: readonly K[],
  orderBy: Record<string, 'asc'>,
  where: SqlCondition | null = null,
): Promise<Row<K>[]> {
  const qb = em
    .createQueryBuilder(entity, 't')
    .select(['id', ...fields])
    .orderBy(orderBy);
  if (where) void qb.where(where.sql, [...where.bindings]);
  return qb.execute<Row<K>[]>('all');
}

/** The cut of `entity`'s rows (alias `t`) to what the EntityManager's access reaches: a scoped binding's subtree, the runner's grants. */
function reachOf(em: Em, entity: string): SqlCondition | null {
  return scopeCondition(anchorOf(entity), 't', accessOf(em), 'read');
}

/**
 * A referenced type small enough to read whole (localities, units), split into what the scope
 * holds and what it leaves out. Rows the in-scope rows point at through `pointedAt` columns (a
 * commune's province, a unit's parent outside the subtree) count as held: the cells hoso writes
 * for them must read back. The others are named «outside the scope» when typed.
 */
async function splitByScope<K extends string>(
  em: Em,
  entity: string,
  fields: readonly K[],
  pointedAt: readonly string[],
): Promise<{ inside: Row<K>[]; outside: Row<K>[] }> {
  const rows = await select(em, entity, fields, { id: 'asc' });
  const cut = reachOf(em, entity);
  if (!cut) return { inside: rows, outside: [] };
  const table = em.getMetadata().find(entity)!.tableName;
  const inner = scopeCondition(anchorOf(entity), 'r', accessOf(em), 'read')!;
  const context = pointedAt.map((column) => `t.id in (select r.${column} from ${table} r where ${inner.sql})`);
  const held = await select(
    em,
    entity,
    [],
    { id: 'asc' },
    {
      sql: `(${[cut.sql, ...context].join(') or (')})`,
      bindings: [...cut.bindings, ...pointedAt.flatMap(() => inner.bindings)],
    },
  );
  const ids = new Set(held.map((r) => Number(r.id)));
  return { inside: rows.filter((r) => ids.has(Number(r.id))), outside: rows.filter((r) => !ids.has(Number(r.id))) };
}

const text = (value: unknown): string | null => (value == null ? null : String(value));

/**
 * What reference cells can name, read once per run, one query per referenced type: in a scoped
 * binding the localities, units and cadres of its subtree (the localities and units outside it
 * are named as such when typed; cadres are too many to list), catalogs whole. Cadres have
 * no office code: their code is their hoso id (what «Mã cán bộ» shows), and a CCCD also names
 * one. Posts share names across levels ("Bí thư" of a xã and of a huyện), so a post is shown
 * with its level and its bare name still reads when it is unique.
 */
export async function buildLookups(em: Em): Promise<SyncLookups> {
  const codedRow = (r: Row<'code' | 'name'>): ReferenceRow => ({ id: r.id, code: text(r.code), name: String(r.name) });
  const trainings = (await select(em, Training.name, ['code', 'name'], { id: 'asc' })).map(codedRow);
  const units = await splitByScope(em, Unit.name, ['code', 'name'], ['parent_id']);
  const cadres = (await select(em, Cadre.name, ['fullName', 'idNumber'], { id: 'asc' }, reachOf(em, Cadre.name))).map(
    (r): ReferenceRow => ({
      id: r.id,
      code: String(r.id),
      name: String(r.fullName),
      otherNames: r.idNumber ? [String(r.idNumber)] : [],
    }),
  );
  const positions = (await select(em, Position.name, ['name', 'level'], { id: 'asc' })).map((r): ReferenceRow => {
    const level = positionLevelCodeList.entries.find((e) => e.value === r.level)?.label;
    return { id: r.id, name: level ? `${String(r.name)} – ${level}` : String(r.name), otherNames: [String(r.name)] };
  });
  const terms = (await select(em, PlanningTerm.name, ['name'], { startYear: 'asc', id: 'asc' })).map((r): ReferenceRow => ({
    id: r.id,
    name: String(r.name),
  }));
  // A locality merged into another hands its code on (the new commune takes the old seat's code).
  const localities = await splitByScope(em, Locality.name, ['code', 'name', 'mergedInto'], ['parent_id', 'merged_into_id']);
  const localityRow = (r: Row<'code' | 'name' | 'mergedInto'>): ReferenceRow => ({
    id: r.id,
    code: text(r.code),
    name: String(r.name),
    retired: r.mergedInto != null,
  });
  return {
    localities: buildReferenceIndex(localities.inside.map(localityRow), 'địa phương', { outside: localities.outside.map(localityRow) }),
    units: buildReferenceIndex(units.inside.map(codedRow), 'đơn vị', { outside: units.outside.map(codedRow) }),
    cadres: buildReferenceIndex(cadres, 'cán bộ'),
    trainings: buildReferenceIndex(trainings, 'khóa học'),
    positions: buildReferenceIndex(positions, 'chức danh'),
    planningTerms: buildReferenceIndex(terms, 'nhiệm kỳ'),
  };
}
