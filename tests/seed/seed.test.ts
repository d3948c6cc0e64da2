import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../../src/app/config';
import { forkFor, initOrm, type Em, type Orm } from '../../src/app/orm';
import { politicalTheoryLevelCodeList } from '../../src/common/code-lists';
import { nameSortKey, searchKey } from '../../src/common/vietnamese';
import { buildDemoData } from '../../src/seed/demo-data';
import { isDatabaseEmpty, seedDemoData, type SeedSummary } from '../../src/seed/seed.service';
import { describeWithDatabase, testDatabaseKind } from '../support/database';

/**
 * The schema comes from the entities (createSchema), not from the migrations, so this suite
 * tests the seeder alone; the migrations have their own suite.
 */
interface FreshDatabase {
  orm: Orm;
  destroy(): Promise<void>;
}

const POSTGRES_ADMIN_URL = process.env.HOSO_TEST_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

async function admin(sql: string): Promise<void> {
  const client = new Client(POSTGRES_ADMIN_URL);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<FreshDatabase> {
  if (testDatabaseKind === 'postgresql') {
    const name = `hoso_seed_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await admin(`create database "${name}" template template0 encoding 'UTF8'`);
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    const orm = await initOrm(loadConfig({ DATABASE_URL: url.toString(), LOG_LEVEL: 'warn' }));
    await orm.schema.createSchema();
    return {
      orm,
      destroy: async () => {
        await orm.close(true);
        await admin(`drop database if exists "${name}" with (force)`);
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'hoso-seed-test-'));
  const orm = await initOrm(loadConfig({ HOSO_SQLITE_PATH: join(dir, 'hoso.db'), LOG_LEVEL: 'warn' }));
  await orm.schema.createSchema();
  return {
    orm,
    destroy: async () => {
      await orm.close(true);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Row = Record<string, unknown>;

function emOf(db: FreshDatabase): Em {
  return forkFor(db.orm, { actor: 'seed', source: 'seed' });
}

async function query(db: FreshDatabase, sql: string): Promise<Row[]> {
  return db.orm.em.getConnection().execute<Row[]>(sql);
}

async function count(db: FreshDatabase, sql: string): Promise<number> {
  const [row] = await query(db, sql);
  return Number(row?.n);
}

/** Every column but the timestamps, which record when the rows were written. */
async function dump(db: FreshDatabase, table: string): Promise<Row[]> {
  const rows = await query(db, `select * from ${table} order by id`);
  return rows.map(({ created_at: _created, updated_at: _updated, ...rest }) => rest);
}

function share(part: number, whole: number): number {
  return part / whole;
}

const CADRES = 300;

describeWithDatabase(`demo seed (${testDatabaseKind})`, () => {
  let db: FreshDatabase;
  let summary: SeedSummary;

  beforeAll(async () => {
    db = await freshDatabase();
    expect(await isDatabaseEmpty(emOf(db))).toBe(true);
    summary = await seedDemoData(emOf(db), { cadres: CADRES });
  });

  afterAll(async () => {
    await db?.destroy();
  });

  test('the summary counts the rows that are in the tables', async () => {
    expect(await isDatabaseEmpty(emOf(db))).toBe(false);
    const tables: [keyof SeedSummary, string][] = [
      ['localities', 'locality'],
      ['units', 'unit'],
      ['positions', 'position'],
      ['cadres', 'cadre'],
      ['trainings', 'training'],
      ['enrollments', 'enrollment'],
      ['planningTerms', 'planning_term'],
      ['planningEntries', 'planning_entry'],
      ['rotations', 'rotation'],
      ['evaluations', 'evaluation'],
      ['assignments', 'assignment'],
    ];
    for (const [key, table] of tables) {
      expect({ table, rows: await count(db, `select count(*) as n from ${table}`) }).toEqual({ table, rows: summary[key] });
    }
    expect(summary.cadres).toBe(CADRES);
    expect(summary.seconds).toBeGreaterThanOrEqual(0);
  });

  test('the office has the promised shape: a post-2025 province, a dozen communes and the legacy Bảo Thắng sample', async () => {
    const [province] = await query(db, `select * from locality where code = '15' and valid_to is null`);
    expect(province).toMatchObject({ name: 'Tỉnh Lào Cai', level: 'province', kind: 'tinh', valid_from: '2025-07-01', parent_id: null });
    const communes = await query(db, `select * from locality where parent_id = ${Number(province?.id)} and valid_to is null`);
    expect(communes.length).toBeGreaterThanOrEqual(12);
    expect(new Set(communes.map((c) => c.kind))).toEqual(new Set(['xa', 'phuong']));
    for (const c of communes) expect(String(c.code)).toMatch(/^\d{5}$/);

    const [district] = await query(db, `select * from locality where code = '086'`);
    expect(district).toMatchObject({ name: 'Huyện Bảo Thắng', level: 'district', valid_to: '2025-06-30', merged_into_id: null });
    const oldCommunes = await query(db, `select * from locality where parent_id = ${Number(district?.id)}`);
    expect(oldCommunes.length).toBeGreaterThanOrEqual(4);
    for (const old of oldCommunes) {
      expect(old.valid_to).toBe('2025-06-30');
      const [absorber] = await query(db, `select * from locality where id = ${Number(old.merged_into_id)}`);
      expect(absorber).toMatchObject({ level: 'commune', valid_from: '2025-07-01', valid_to: null });
    }

    // Each commune has its party committee, council, people's committee with phòng under it, and front.
    const kinds = await query(db, `select kind, count(*) as n from unit where locality_id = ${Number(communes[0]?.id)} group by kind`);
    expect(new Set(kinds.map((k) => k.kind))).toEqual(
      new Set(['party_committee', 'peoples_council', 'peoples_committee', 'department', 'fatherland_front', 'public_service']),
    );
    expect(await count(db, `select count(*) as n from unit where code is null`)).toBe(0);
  });

  test('materialised paths follow the parents', async () => {
    for (const table of ['locality', 'unit']) {
      const rows = await query(db, `select id, parent_id, path from ${table}`);
      const byId = new Map(rows.map((r) => [Number(r.id), r]));
      for (const row of rows) {
        const parent = row.parent_id === null ? undefined : byId.get(Number(row.parent_id));
        expect({ table, id: row.id, path: row.path }).toEqual({
          table,
          id: row.id,
          path: `${parent ? String(parent.path) : '/'}${Number(row.id)}/`,
        });
      }
    }
  });

  test('derived name columns are filled with the shared Vietnamese keys', async () => {
    const cadres = await query(db, `select full_name, name_search, name_sort from cadre`);
    for (const c of cadres) {
      expect(c.name_search).toBe(searchKey(String(c.full_name)));
      expect(c.name_sort).toBe(nameSortKey(String(c.full_name)));
    }
    for (const table of ['locality', 'unit', 'training', 'position']) {
      expect({ table, empty: await count(db, `select count(*) as n from ${table} where name_search = '' or name_sort = ''`) }).toEqual({
        table,
        empty: 0,
      });
    }
  });

  test('every cadre works in a unit that exists', async () => {
    expect(await count(db, `select count(*) as n from cadre c left join unit u on u.id = c.unit_id where u.id is null`)).toBe(0);
  });

  test('shares resemble a Lào Cai office', async () => {
    const total = await count(db, `select count(*) as n from cadre`);
    const women = await count(db, `select count(*) as n from cadre where sex = 'F'`);
    const minorities = await count(db, `select count(*) as n from cadre where ethnicity <> '01'`);
    const yearOnly = await count(db, `select count(*) as n from cadre where birth_date is null`);
    const party = await count(db, `select count(*) as n from cadre where party_joined_at is not null`);
    const university = await count(db, `select count(*) as n from cadre where professional_level = 'university'`);
    const master = await count(db, `select count(*) as n from cadre where professional_level = 'master'`);
    const working = await count(db, `select count(*) as n from cadre where status = 'working'`);
    const withId = await count(db, `select count(*) as n from cadre where id_number is not null`);
    expect(share(women, total)).toBeGreaterThan(0.3);
    expect(share(women, total)).toBeLessThan(0.5);
    expect(share(minorities, total)).toBeGreaterThan(0.2);
    expect(share(minorities, total)).toBeLessThan(0.45);
    expect(share(yearOnly, total)).toBeGreaterThan(0.03);
    expect(share(yearOnly, total)).toBeLessThan(0.15);
    expect(share(party, total)).toBeGreaterThan(0.5);
    expect(share(party, total)).toBeLessThan(0.8);
    expect(share(university, total)).toBeGreaterThan(0.65);
    expect(share(university, total)).toBeLessThan(0.9);
    expect(share(master, total)).toBeGreaterThan(0.03);
    expect(share(master, total)).toBeLessThan(0.16);
    expect(share(working, total)).toBeGreaterThan(0.9);
    expect(share(withId, total)).toBeGreaterThan(0.8);
    expect(share(withId, total)).toBeLessThan(0.97);

    const ages = (await query(db, `select birth_year from cadre where status = 'working'`)).map((r) => 2025 - Number(r.birth_year));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(23);
    expect(Math.max(...ages)).toBeLessThanOrEqual(60);
    expect(
      await count(db, `select count(*) as n from cadre where birth_date is not null and birth_year <> ${yearExpr('birth_date')}`),
    ).toBe(0);
    expect(await count(db, `select count(*) as n from cadre where category = 'public_employee' and grade is null`)).toBe(0);
    expect(await count(db, `select count(*) as n from cadre where category = 'contract' and (rank is not null or grade is not null)`)).toBe(
      0,
    );
  });

  test('party membership is made official a year after joining, or not yet', async () => {
    const rows = await query(db, `select party_joined_at, party_official_at from cadre where party_joined_at is not null`);
    for (const r of rows) {
      if (r.party_official_at === null) expect(String(r.party_joined_at) > '2024-12-31').toBe(true);
      else expect(Number(String(r.party_official_at).slice(0, 4)) - Number(String(r.party_joined_at).slice(0, 4))).toBe(1);
    }
  });

  test('leaders hold a current assignment in their own unit; some hold a second post concurrently', async () => {
    const leaders = await query(
      db,
      `select id, unit_id from cadre where job_position is not null and id in (select cadre_id from assignment)`,
    );
    expect(leaders.length).toBeGreaterThan(CADRES * 0.05);
    expect(
      await count(
        db,
        `select count(*) as n from assignment a join cadre c on c.id = a.cadre_id where a.end_date is null and not a.is_concurrent and a.unit_id <> c.unit_id`,
      ),
    ).toBe(0);
    expect(await count(db, `select count(*) as n from assignment where is_concurrent`)).toBeGreaterThan(0);
    const leadershipPosts = await count(
      db,
      `select count(*) as n from assignment a join position p on p.id = a.position_id where not p.is_leadership`,
    );
    expect(leadershipPosts).toBe(0);
  });

  test('no post has more than three active people planned per term, and nobody more than three posts', async () => {
    expect(await count(db, `select count(*) as n from planning_term`)).toBe(2);
    const perPost = await query(
      db,
      `select term_id, unit_id, position_id, count(*) as n from planning_entry where removed_at is null group by term_id, unit_id, position_id`,
    );
    expect(perPost.length).toBeGreaterThan(0);
    for (const p of perPost) expect(Number(p.n)).toBeLessThanOrEqual(3);
    const perPerson = await query(db, `select term_id, cadre_id, count(*) as n from planning_entry group by term_id, cadre_id`);
    for (const p of perPerson) expect(Number(p.n)).toBeLessThanOrEqual(3);
    const planned = await count(db, `select count(distinct cadre_id) as n from planning_entry`);
    expect(share(planned, CADRES)).toBeGreaterThan(0.03);
    expect(share(planned, CADRES)).toBeLessThan(0.12);
    // Planning is for a post above the one held.
    expect(
      await count(
        db,
        `select count(*) as n from planning_entry e join position planned on planned.id = e.position_id ` +
          `join assignment a on a.cadre_id = e.cadre_id and a.end_date is null and not a.is_concurrent ` +
          `join position held on held.id = a.position_id where planned.level = held.level and planned.seniority >= held.seniority`,
      ),
    ).toBe(0);
    // A removal keeps its date and reason.
    expect(await count(db, `select count(*) as n from planning_entry where (removed_at is null) <> (removal_reason is null)`)).toBe(0);
  });

  test('enrollments are unique per course and agree with the levels on the record', async () => {
    const perCadre = summary.enrollments / CADRES;
    expect(perCadre).toBeGreaterThan(1.1);
    expect(perCadre).toBeLessThan(2.2);
    expect(await count(db, `select count(*) as n from training`)).toBeGreaterThanOrEqual(40);
    expect(await count(db, `select count(*) as n from training where programme = 'Đề án 165' and location = 'abroad'`)).toBeGreaterThan(0);
    // A completed course that grants an LLCT level never grants more than the record shows.
    const rank = new Map(politicalTheoryLevelCodeList.entries.map((e, i) => [String(e.value), i]));
    const granted = await query(
      db,
      `select t.grants_political_theory as granted, c.political_theory as held from enrollment e join training t on t.id = e.training_id ` +
        `join cadre c on c.id = e.cadre_id where e.status = 'completed' and t.grants_political_theory is not null`,
    );
    expect(granted.length).toBeGreaterThan(0);
    for (const g of granted) expect(rank.get(String(g.held)) ?? -1).toBeGreaterThanOrEqual(rank.get(String(g.granted)) ?? 99);
    expect(await count(db, `select count(*) as n from enrollment where status = 'completed' and completed_at is null`)).toBe(0);
  });

  test('each working cadre is rated for every year worked, mostly "hoàn thành tốt"', async () => {
    const ratings = await query(db, `select rating, count(*) as n from evaluation group by rating`);
    const byRating = new Map(ratings.map((r) => [String(r.rating), Number(r.n)]));
    const total = [...byRating.values()].reduce((a, b) => a + b, 0);
    expect(share(byRating.get('good') ?? 0, total)).toBeGreaterThan(0.6);
    expect(share(byRating.get('excellent') ?? 0, total)).toBeGreaterThan(0.08);
    expect(share(byRating.get('excellent') ?? 0, total)).toBeLessThan(0.25);
    // Whoever worked at least half of 2025 is rated for it (newer recruits are not rated yet).
    expect(
      await count(
        db,
        `select count(*) as n from cadre c where c.status = 'working' and c.start_date <= '2025-06-30' ` +
          `and not exists (select 1 from evaluation e where e.cadre_id = c.id and e.year = 2025)`,
      ),
    ).toBe(0);
    expect(await count(db, `select count(*) as n from evaluation where year < 2022 or year > 2025`)).toBe(0);
  });

  test('rotations have a direction and connect two different units', async () => {
    expect(summary.rotations).toBeGreaterThanOrEqual(Math.round(CADRES * 0.01));
    expect(await count(db, `select count(*) as n from rotation where from_unit_id = to_unit_id`)).toBe(0);
  });

  test('the same seed gives the same rows; another seed gives other people', async () => {
    const again = await freshDatabase();
    const other = await freshDatabase();
    try {
      await seedDemoData(emOf(again), { cadres: CADRES });
      await seedDemoData(emOf(other), { cadres: CADRES, seed: 7 });
      for (const table of ['locality', 'unit', 'cadre', 'enrollment', 'planning_entry', 'evaluation']) {
        expect({ table, rows: await dump(again, table) }).toEqual({ table, rows: await dump(db, table) });
      }
      const names = async (d: FreshDatabase) => (await query(d, `select full_name from cadre order by id`)).map((r) => r.full_name);
      expect(await names(other)).not.toEqual(await names(db));
    } finally {
      await again.destroy();
      await other.destroy();
    }
  });

  test('seeding a database that already has the demo (--force) reuses its places and units and keeps the planning limits', async () => {
    const units = await count(db, `select count(*) as n from unit`);
    const more = await seedDemoData(emOf(db), { cadres: CADRES });
    expect(more).toMatchObject({ localities: 0, units: 0, positions: 0, trainings: 0, planningTerms: 0, cadres: CADRES });
    expect(await count(db, `select count(*) as n from unit`)).toBe(units);
    expect(await count(db, `select count(*) as n from cadre`)).toBe(2 * CADRES);
    const over = await query(
      db,
      `select count(*) as n from planning_entry where removed_at is null group by term_id, unit_id, position_id having count(*) > 3`,
    );
    expect(over).toEqual([]);
    // Still one current head per unit and post.
    const heads = await query(
      db,
      `select a.unit_id, a.position_id, count(*) as n from assignment a join position p on p.id = a.position_id ` +
        `where a.end_date is null and not a.is_concurrent and p.seniority = 1 group by a.unit_id, a.position_id having count(*) > 1`,
    );
    expect(heads).toEqual([]);
  });
});

describe('demo data (no database)', () => {
  test('is the same for the same seed and scales with the number of cadres', () => {
    const a = buildDemoData(200, 11);
    const b = buildDemoData(200, 11);
    expect(b.cadres).toEqual(a.cadres);
    expect(b.planningEntries).toEqual(a.planningEntries);
    const big = buildDemoData(6000, 11);
    expect(big.geography.units.length).toBeGreaterThan(a.geography.units.length);
    expect(big.trainings.length).toBeGreaterThan(a.trainings.length);
  });

  test('rejects a cadre count that is not a positive whole number', () => {
    expect(() => buildDemoData(0)).toThrow(/positive whole number/);
    expect(() => buildDemoData(1.5)).toThrow(/positive whole number/);
  });
});

/** The year of a 'YYYY-MM-DD' column, as an integer, in either dialect. */
function yearExpr(column: string): string {
  return testDatabaseKind === 'postgresql' ? `cast(extract(year from ${column}) as integer)` : `cast(substr(${column}, 1, 4) as integer)`;
}
