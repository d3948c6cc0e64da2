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

/** Plain rows (no entities: nothing enters the caller's identity map half-loaded). */
function select<K extends string>(em: Em, entity: string, fields: readonly K[], orderBy: Record<string, 'asc'>): Promise<Row<K>[]> {
  return em
    .createQueryBuilder(entity)
    .select(['id', ...fields])
    .orderBy(orderBy)
    .execute<Row<K>[]>('all');
}

const text = (value: unknown): string | null => (value == null ? null : String(value));

/**
 * What reference cells can name, read once per run, one query per referenced type. Cadres have
 * no office code: their code is their hoso id (what «Mã cán bộ» shows), and a CCCD also names
 * one. Posts share names across levels ("Bí thư" of a xã and of a huyện), so a post is shown
 * with its level and its bare name still reads when it is unique.
 */
export async function buildLookups(em: Em): Promise<SyncLookups> {
  const coded = async (entity: string, what: string) =>
    buildReferenceIndex(
      (await select(em, entity, ['code', 'name'], { id: 'asc' })).map((r) => ({ id: r.id, code: text(r.code), name: String(r.name) })),
      what,
    );
  const cadres = (await select(em, Cadre.name, ['fullName', 'idNumber'], { id: 'asc' })).map((r): ReferenceRow => ({
    id: r.id,
    code: String(r.id),
    name: String(r.fullName),
    otherNames: r.idNumber ? [String(r.idNumber)] : [],
  }));
  const positions = (await select(em, Position.name, ['name', 'level'], { id: 'asc' })).map((r): ReferenceRow => {
    const level = positionLevelCodeList.entries.find((e) => e.value === r.level)?.label;
    return { id: r.id, name: level ? `${String(r.name)} – ${level}` : String(r.name), otherNames: [String(r.name)] };
  });
  const terms = (await select(em, PlanningTerm.name, ['name'], { startYear: 'asc', id: 'asc' })).map((r): ReferenceRow => ({
    id: r.id,
    name: String(r.name),
  }));
  // A locality merged into another hands its code on (the new commune takes the old seat's code).
  const localities = (await select(em, Locality.name, ['code', 'name', 'mergedInto'], { id: 'asc' })).map((r): ReferenceRow => ({
    id: r.id,
    code: text(r.code),
    name: String(r.name),
    retired: r.mergedInto != null,
  }));
  return {
    localities: buildReferenceIndex(localities, 'địa phương'),
    units: await coded(Unit.name, 'đơn vị'),
    cadres: buildReferenceIndex(cadres, 'cán bộ'),
    trainings: await coded(Training.name, 'khóa học'),
    positions: buildReferenceIndex(positions, 'chức danh'),
    planningTerms: buildReferenceIndex(terms, 'nhiệm kỳ'),
  };
}
