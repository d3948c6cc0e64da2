/**
 * Loads the demo dataset (see demo-data.ts) into the database.
 *
 * Rows go in as multi-row INSERTs of about a thousand rows, straight through the driver, inside
 * one transaction: 100,000 cadres and their ~700,000 history rows never become managed
 * entities, so the unit of work, the identity map and the audit subscriber stay out of it
 * (bulk demo seeding is deliberately not audited). Ids come back from `RETURNING` and are
 * handed to the child rows. Reference rows that already exist — localities, units, posts,
 * courses and terms, matched on their natural keys — are reused, so seeding a non-empty
 * database (`hoso seed --force`, or the benchmark topping up a smaller demo) adds cadres
 * without duplicating the province.
 */
import type { EntityClass, EntityDictionary, RequiredEntityData } from '@mikro-orm/core';
import { Presets, SingleBar } from 'cli-progress';
import type { Em } from '../app/orm';
import { Cadre } from '../cadres/cadre.entity';
import { Evaluation } from '../evaluations/evaluation.entity';
import { Locality } from '../localities/locality.entity';
import { PlanningEntry } from '../planning/planning-entry.entity';
import { PlanningTerm } from '../planning/planning-term.entity';
import { Assignment } from '../positions/assignment.entity';
import { Position } from '../positions/position.entity';
import { Rotation } from '../rotations/rotation.entity';
import { Enrollment } from '../trainings/enrollment.entity';
import { Training } from '../trainings/training.entity';
import { Unit } from '../units/unit.entity';
import { auditSeededRecords } from '../audit/seed-audit';
import { searchKey, vietnameseSortKey } from '../common/vietnamese';
import { DEFAULT_CADRES, DEFAULT_SEED, buildDemoData, postSlotKey, type DemoData, type ExistingRecords } from './demo-data';
import { POSTS, type PostKey } from './geography';
import { seedTargets } from './targets';

export interface SeedOptions {
  /** Number of cadres (default 2,000); everything else scales with it. */
  cadres?: number;
  /** Random seed (default 2025): the same seed gives the same data in an empty database. */
  seed?: number;
  /** Show a progress bar on stderr. */
  progress?: boolean;
}

/** Rows inserted per table, and the time taken. */
export interface SeedSummary {
  localities: number;
  units: number;
  positions: number;
  cadres: number;
  trainings: number;
  enrollments: number;
  planningTerms: number;
  planningEntries: number;
  rotations: number;
  evaluations: number;
  assignments: number;
  /** The province's planning targets (added only when the database has none). */
  targets: number;
  seconds: number;
}

/** The tables that hold records; audit entries alone do not make a database non-empty. */
const RECORD_ENTITIES: readonly EntityClass<object>[] = [
  Locality,
  Unit,
  Position,
  Cadre,
  Training,
  Enrollment,
  PlanningTerm,
  PlanningEntry,
  Assignment,
  Rotation,
  Evaluation,
];

/** True when no table holds a record (the CLI seeds only then, unless forced). */
export async function isDatabaseEmpty(em: Em): Promise<boolean> {
  const sql = new Sql(em);
  for (const entity of RECORD_ENTITIES) {
    const rows = await sql.all(`select 1 as one from ${sql.table(entity)} limit 1`);
    if (rows.length > 0) return false;
  }
  return true;
}

/** Generates the demo data for `options` and inserts it in one transaction. */
export async function seedDemoData(em: Em, options: SeedOptions): Promise<SeedSummary> {
  const started = performance.now();
  const cadreCount = options.cadres ?? DEFAULT_CADRES;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(cadreCount) || cadreCount < 1) throw new Error(`seed: cadres must be a positive whole number, got ${cadreCount}`);
  if (!Number.isInteger(seed)) throw new Error(`seed: seed must be a whole number, got ${seed}`);

  const progress = options.progress ? new Progress() : null;
  try {
    const counts = await em.transactional(async (tem) => {
      const existing = await readExisting(new Sql(tem));
      const data = buildDemoData(cadreCount, seed, existing);
      const persisted = await persist(tem, data, progress);
      return { ...persisted, targets: await seedTargets(tem) };
    });
    // Fresh planner statistics (both databases know ANALYZE): without them PostgreSQL may scan
    // whole tables after a bulk load instead of using the indexes.
    await em.getConnection().execute('analyze', [], 'run');
    return { ...counts, seconds: Math.round((performance.now() - started) / 100) / 10 };
  } finally {
    progress?.stop();
  }
}

// ---------------------------------------------------------------------------------------------

type Counts = Omit<SeedSummary, 'seconds' | 'targets'>;

async function persist(em: Em, data: DemoData, progress: Progress | null): Promise<Counts> {
  const sql = new Sql(em);
  const writer = new RowWriter(em, progress);
  const { localities, units } = data.geography;

  // Reference rows: reuse what is there, insert the rest.
  const knownLocalities = new Map(
    (
      await sql.all(
        `select ${sql.col(Locality, 'id')} as id, code, name, ${sql.col(Locality, 'validTo')} as valid_to, path from ${sql.table(Locality)}`,
      )
    ).map((r) => [
      `${String(r.code)}|${String(r.name)}|${r.valid_to == null ? '' : String(r.valid_to)}`,
      { id: Number(r.id), path: String(r.path) },
    ]),
  );
  const knownUnits = new Map(
    (await sql.all(`select id, code, path from ${sql.table(Unit)} where code is not null`)).map((r) => [
      String(r.code),
      { id: Number(r.id), path: String(r.path) },
    ]),
  );
  const knownPositions = new Map(
    (await sql.all(`select id, name, level from ${sql.table(Position)}`)).map((r) => [
      `${String(r.name)}|${String(r.level)}`,
      Number(r.id),
    ]),
  );
  const knownTrainings = new Map(
    (await sql.all(`select id, code from ${sql.table(Training)} where code is not null`)).map((r) => [String(r.code), Number(r.id)]),
  );
  const knownTerms = new Map(
    (
      await sql.all(
        `select id, ${sql.col(PlanningTerm, 'startYear')} as start_year, ${sql.col(PlanningTerm, 'endYear')} as end_year from ${sql.table(PlanningTerm)}`,
      )
    ).map((r) => [`${Number(r.start_year)}-${Number(r.end_year)}`, Number(r.id)]),
  );

  const localityRef = localities.map((l) => knownLocalities.get(`${l.code}|${l.name}|${l.validTo ?? ''}`));
  const unitRef = units.map((u) => knownUnits.get(u.code));
  const newLocalities = localities.map((_, i) => i).filter((i) => !localityRef[i]);
  const newUnits = units.map((_, i) => i).filter((i) => !unitRef[i]);
  const newPositions = data.positions.filter(({ position }) => !knownPositions.has(`${position.name}|${position.level}`));
  const newTrainings = data.trainings.map((_, i) => i).filter((i) => !knownTrainings.has(data.trainings[i].code));
  const newTerms = data.planningTerms.filter((t) => !knownTerms.has(`${t.startYear}-${t.endYear}`));

  progress?.begin(
    newLocalities.length +
      newUnits.length +
      newPositions.length +
      newTrainings.length +
      newTerms.length +
      data.cadres.length +
      data.assignments.length +
      data.enrollments.length +
      data.evaluations.length +
      data.planningEntries.length +
      data.rotations.length,
  );

  // Localities, parents (and absorbing units) first; paths need the new ids, so they follow.
  const localityId = (i: number): number => (localityRef[i] as { id: number }).id;
  await writer.insertInWaves(
    Locality,
    'localities',
    newLocalities,
    (i) => [localities[i]?.parent ?? null, localities[i]?.mergedInto ?? null],
    (i, id) => {
      localityRef[i] = { id, path: '' };
    },
    (i) => {
      const l = localities[i];
      return {
        code: l.code,
        name: l.name,
        nameSearch: searchKey(l.name),
        nameSort: vietnameseSortKey(l.name),
        level: l.level,
        kind: l.kind,
        parent: l.parent === null ? null : localityId(l.parent),
        mergedInto: l.mergedInto === null ? null : localityId(l.mergedInto),
        path: '/',
        validFrom: l.validFrom,
        validTo: l.validTo,
      };
    },
  );
  await sql.setPaths(
    Locality,
    pathsFor(newLocalities, localityRef, (i) => localities[i]?.parent ?? null),
  );

  const unitId = (i: number): number => (unitRef[i] as { id: number }).id;
  await writer.insertInWaves(
    Unit,
    'units',
    newUnits,
    (i) => [units[i]?.parent ?? null],
    (i, id) => {
      unitRef[i] = { id, path: '' };
    },
    (i) => {
      const u = units[i];
      return {
        code: u.code,
        name: u.name,
        nameSearch: searchKey(u.name),
        nameSort: vietnameseSortKey(u.name),
        block: u.block,
        kind: u.kind,
        locality: localityId(u.locality),
        parent: u.parent === null ? null : unitId(u.parent),
        path: '/',
      };
    },
  );
  await sql.setPaths(
    Unit,
    pathsFor(newUnits, unitRef, (i) => units[i]?.parent ?? null),
  );

  const positionIds = await writer.insert(Position, 'positions', newPositions.length, (i) => {
    const { position } = newPositions[i];
    return {
      name: position.name,
      nameSearch: searchKey(position.name),
      nameSort: vietnameseSortKey(position.name),
      level: position.level,
      isLeadership: position.isLeadership,
      seniority: position.seniority,
    };
  });
  newPositions.forEach(({ position }, i) => knownPositions.set(`${position.name}|${position.level}`, positionIds[i]));
  const positionId = (key: PostKey): number => knownPositions.get(`${POSTS[key].name}|${POSTS[key].level}`) as number;

  const trainingIds = await writer.insert(Training, 'trainings', newTrainings.length, (k) => {
    const t = data.trainings[newTrainings[k]];
    return {
      code: t.code,
      name: t.name,
      nameSearch: t.nameSearch,
      nameSort: t.nameSort,
      kind: t.kind,
      mode: t.mode,
      location: t.location,
      programme: t.programme,
      organiser: t.organiser,
      country: t.country,
      grantsProfessionalLevel: t.grantsProfessionalLevel,
      grantsPoliticalTheory: t.grantsPoliticalTheory,
      grantsStateManagement: t.grantsStateManagement,
      fosteringGroup: t.fosteringGroup,
      startDate: t.startDate,
      endDate: t.endDate,
    };
  });
  newTrainings.forEach((i, k) => knownTrainings.set(data.trainings[i].code, trainingIds[k]));
  const trainingId = (i: number): number => knownTrainings.get(data.trainings[i].code) as number;

  const termIds = await writer.insert(PlanningTerm, 'planning terms', newTerms.length, (i) => {
    const t = newTerms[i];
    return { name: t.name, startYear: t.startYear, endYear: t.endYear };
  });
  newTerms.forEach((t, i) => knownTerms.set(`${t.startYear}-${t.endYear}`, termIds[i]));
  const termId = (i: number): number => {
    const t = data.planningTerms[i];
    return knownTerms.get(`${t.startYear}-${t.endYear}`) as number;
  };

  const cadreIds = await writer.insert(Cadre, 'cadres', data.cadres.length, (i) => {
    const c = data.cadres[i];
    return {
      fullName: c.fullName,
      nameSearch: c.nameSearch,
      nameSort: c.nameSort,
      otherName: c.otherName,
      birthDate: c.birthDate,
      birthYear: c.birthYear,
      sex: c.sex,
      placeOfBirth: c.placeOfBirth,
      homeTown: c.homeTown,
      ethnicity: c.ethnicity,
      religion: c.religion,
      idNumber: c.idNumber,
      socialInsuranceNumber: c.socialInsuranceNumber,
      category: c.category,
      rank: c.rank,
      grade: c.grade,
      payStep: c.payStep,
      jobPosition: c.jobPosition,
      unit: unitId(c.unit),
      startDate: c.startDate,
      generalEducation: c.generalEducation,
      professionalLevel: c.professionalLevel,
      major: c.major,
      academicTitle: c.academicTitle,
      politicalTheory: c.politicalTheory,
      stateManagement: c.stateManagement,
      foreignLanguage: c.foreignLanguage,
      itSkill: c.itSkill,
      partyJoinedAt: c.partyJoinedAt,
      partyOfficialAt: c.partyOfficialAt,
      status: c.status,
      note: c.note,
    };
  });
  const cadreId = (i: number): number => cadreIds[i];

  await writer.insert(Assignment, 'assignments', data.assignments.length, (i) => {
    const a = data.assignments[i];
    return {
      cadre: cadreId(a.cadre),
      unit: unitId(a.unit),
      position: positionId(a.post),
      startDate: a.startDate,
      endDate: a.endDate,
      isConcurrent: a.isConcurrent,
      decisionNumber: a.decisionNumber,
    };
  });
  await writer.insert(Enrollment, 'enrollments', data.enrollments.length, (i) => {
    const e = data.enrollments[i];
    return {
      cadre: cadreId(e.cadre),
      training: trainingId(e.training),
      status: e.status,
      result: e.result,
      certificate: e.certificate,
      completedAt: e.completedAt,
    };
  });
  await writer.insert(Evaluation, 'evaluations', data.evaluations.length, (i) => {
    const e = data.evaluations[i];
    return { cadre: cadreId(e.cadre), year: e.year, rating: e.rating, note: e.note };
  });
  await writer.insert(PlanningEntry, 'planning', data.planningEntries.length, (i) => {
    const p = data.planningEntries[i];
    return {
      term: termId(p.term),
      cadre: cadreId(p.cadre),
      position: positionId(p.post),
      unit: unitId(p.unit),
      addedAt: p.addedAt,
      decisionNumber: p.decisionNumber,
      removedAt: p.removedAt,
      removalReason: p.removalReason,
      removalNote: p.removalNote,
    };
  });
  await writer.insert(Rotation, 'rotations', data.rotations.length, (i) => {
    const r = data.rotations[i];
    return {
      cadre: cadreId(r.cadre),
      fromUnit: unitId(r.fromUnit),
      toUnit: unitId(r.toUnit),
      kind: r.kind,
      direction: r.direction,
      startDate: r.startDate,
      endDate: r.endDate,
      decisionNumber: r.decisionNumber,
      note: r.note,
    };
  });

  return {
    localities: newLocalities.length,
    units: newUnits.length,
    positions: newPositions.length,
    cadres: data.cadres.length,
    trainings: newTrainings.length,
    enrollments: data.enrollments.length,
    planningTerms: newTerms.length,
    planningEntries: data.planningEntries.length,
    rotations: data.rotations.length,
    evaluations: data.evaluations.length,
    assignments: data.assignments.length,
  };
}

/** Materialised paths ("/1/7/") for the new rows, from their parents' paths (existing or new). */
function pathsFor(
  newIndexes: readonly number[],
  refs: ({ id: number; path: string } | undefined)[],
  parentOf: (i: number) => number | null,
): Map<number, string> {
  const paths = new Map<number, string>();
  // New rows come parents first, so a parent's path is always known when its child is reached.
  for (const i of newIndexes) {
    const ref = refs[i] as { id: number; path: string };
    const parent = parentOf(i);
    ref.path = `${parent === null ? '/' : (refs[parent] as { path: string }).path}${ref.id}/`;
    paths.set(ref.id, ref.path);
  }
  return paths;
}

/** What the new rows must not collide with (see ExistingRecords). */
async function readExisting(sql: Sql): Promise<ExistingRecords> {
  const idNumbers = new Set(
    (
      await sql.all(
        `select ${sql.col(Cadre, 'idNumber')} as id_number from ${sql.table(Cadre)} where ${sql.col(Cadre, 'idNumber')} is not null` +
          ` union select ${sql.col(Cadre, 'socialInsuranceNumber')} from ${sql.table(Cadre)} where ${sql.col(Cadre, 'socialInsuranceNumber')} is not null`,
      )
    ).map((r) => String(r.id_number)),
  );
  const a = sql.table(Assignment);
  const u = sql.table(Unit);
  const p = sql.table(Position);
  const held = await sql.all(
    `select u.code as unit_code, p.name as name, p.level as level from ${a} a join ${u} u on u.id = a.${sql.col(Assignment, 'unit')} ` +
      `join ${p} p on p.id = a.${sql.col(Assignment, 'position')} where a.${sql.col(Assignment, 'endDate')} is null and not a.${sql.col(Assignment, 'isConcurrent')}`,
  );
  const e = sql.table(PlanningEntry);
  const t = sql.table(PlanningTerm);
  const planned = await sql.all(
    `select t.${sql.col(PlanningTerm, 'startYear')} as start_year, u.code as unit_code, p.name as name, p.level as level, count(*) as n ` +
      `from ${e} e join ${t} t on t.id = e.${sql.col(PlanningEntry, 'term')} join ${u} u on u.id = e.${sql.col(PlanningEntry, 'unit')} ` +
      `join ${p} p on p.id = e.${sql.col(PlanningEntry, 'position')} where e.${sql.col(PlanningEntry, 'removedAt')} is null ` +
      `group by t.${sql.col(PlanningTerm, 'startYear')}, u.code, p.name, p.level`,
  );
  const slot = (r: Record<string, unknown>): string => postSlotKey(String(r.unit_code), { name: String(r.name), level: String(r.level) });
  return {
    idNumbers,
    heldPosts: new Set(held.map(slot)),
    activePlanning: new Map(planned.map((r) => [`${Number(r.start_year)}|${slot(r)}`, Number(r.n)])),
  };
}

// ---------------------------------------------------------------------------------------------

/** Raw SQL with table and column names taken from the ORM's metadata, quoted for the platform. */
class Sql {
  constructor(private readonly em: Em) {}

  table(entity: EntityClass<object>): string {
    return this.em.getPlatform().quoteIdentifier(this.em.getMetadata().get(entity.name).tableName);
  }

  col<T extends object>(entity: EntityClass<T>, property: keyof T & string): string {
    const field = this.em.getMetadata().get(entity.name).properties[property]?.fieldNames[0];
    if (!field) throw new Error(`seed: ${entity.name}.${property} has no column`);
    return this.em.getPlatform().quoteIdentifier(field);
  }

  async all(query: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
    return this.em.getConnection().execute<Record<string, unknown>[]>(query, params, 'all', this.em.getTransactionContext());
  }

  /** Sets `path` for many rows in a few statements (one CASE per chunk). */
  async setPaths(entity: EntityClass<{ path: string }>, paths: ReadonlyMap<number, string>): Promise<void> {
    const entries = [...paths];
    for (let start = 0; start < entries.length; start += 500) {
      const chunk = entries.slice(start, start + 500);
      const query =
        `update ${this.table(entity)} set ${this.col(entity, 'path')} = case id ${chunk.map(() => 'when ? then ?').join(' ')} end ` +
        `where id in (${chunk.map(() => '?').join(', ')})`;
      const params = [...chunk.flatMap(([id, path]) => [id, path]), ...chunk.map(([id]) => id)];
      await this.em.getConnection().execute(query, params, 'run', this.em.getTransactionContext());
    }
  }
}

/** About this many values per INSERT statement: large enough to be fast, small enough for any driver. */
const VALUES_PER_STATEMENT = 24_000;

/** Multi-row INSERTs through the driver, bypassing the unit of work. */
class RowWriter {
  /** Every row gets the same creation time: the moment of seeding. */
  private readonly stamp: { createdAt: Date; updatedAt: Date };

  constructor(
    private readonly em: Em,
    private readonly progress: Progress | null,
  ) {
    const now = new Date();
    this.stamp = { createdAt: now, updatedAt: now };
  }

  /**
   * Adds the timestamps to a built row. Assigned afterwards on purpose: an object literal that
   * starts with a spread and goes on with 30 properties is about a hundred times slower to
   * build in V8, which cost seconds per 100,000 cadres.
   */
  private stamped<R extends object>(row: R): R {
    return Object.assign(row, this.stamp);
  }

  /**
   * Inserts `count` rows built by `rowAt` and returns their ids in row order. Ids come back
   * from RETURNING; both databases number the rows of one INSERT in VALUES order, and sorting
   * them makes the mapping independent of the order RETURNING lists them in.
   */
  async insert<T extends object>(
    entity: EntityClass<T>,
    phase: string,
    count: number,
    rowAt: (i: number) => RequiredEntityData<T>,
  ): Promise<number[]> {
    const ids: number[] = [];
    let start = 0;
    let chunkSize = 0;
    while (start < count) {
      const first = this.stamped(rowAt(start));
      chunkSize ||= Math.max(50, Math.floor(VALUES_PER_STATEMENT / Object.keys(first).length));
      const rows: RequiredEntityData<T>[] = [first];
      const end = Math.min(count, start + chunkSize);
      for (let i = start + 1; i < end; i += 1) rows.push(this.stamped(rowAt(i)));
      const result = await this.em.getDriver().nativeInsertMany<T>(entity.name, rows as EntityDictionary<T>[], {
        ctx: this.em.getTransactionContext(),
        convertCustomTypes: true,
      });
      const chunkIds = (result.rows ?? []).map((row) => Number(row.id)).sort((a, b) => a - b);
      if (chunkIds.length !== rows.length) throw new Error(`seed: inserted ${rows.length} ${phase} but got ${chunkIds.length} ids back`);
      ids.push(...chunkIds);
      // Every create is audited, the seed's too: one entry per record, in bulk.
      await auditSeededRecords(this.em, entity.name, chunkIds, this.stamp.createdAt);
      this.progress?.advance(phase, rows.length);
      start = end;
    }
    return ids;
  }

  /**
   * Inserts rows that reference each other (a unit's parent, a locality's absorbing commune):
   * each wave holds the rows whose references are already in the database.
   */
  async insertInWaves<T extends object>(
    entity: EntityClass<T>,
    phase: string,
    indexes: readonly number[],
    dependsOn: (i: number) => (number | null)[],
    onInserted: (i: number, id: number) => void,
    rowAt: (i: number) => RequiredEntityData<T>,
  ): Promise<void> {
    const pending = new Set(indexes);
    const done = new Set<number>();
    while (pending.size > 0) {
      const wave = [...pending].filter((i) => dependsOn(i).every((d) => d === null || !pending.has(d) || done.has(d)));
      if (wave.length === 0) throw new Error(`seed: circular references among ${phase}`);
      const ids = await this.insert(entity, phase, wave.length, (k) => rowAt(wave[k]));
      wave.forEach((i, k) => {
        onInserted(i, ids[k]);
        pending.delete(i);
        done.add(i);
      });
    }
  }
}

/** The optional progress bar: cli-progress on stderr, so stdout stays clean for the JSON summary. */
class Progress {
  private readonly bar = new SingleBar(
    {
      format: 'Seeding {phase} |{bar}| {percentage}% | {value}/{total} rows | {duration_formatted}',
      stream: process.stderr,
      hideCursor: true,
    },
    Presets.shades_classic,
  );

  constructor() {
    this.bar.start(1, 0, { phase: 'preparing' });
  }

  begin(total: number): void {
    this.bar.setTotal(Math.max(1, total));
  }

  advance(phase: string, rows: number): void {
    this.bar.increment(rows, { phase: phase.padEnd(14) });
  }

  stop(): void {
    this.bar.stop();
  }
}
