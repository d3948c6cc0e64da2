import { forkFor } from '../../src/app/orm';
import * as treePath from '../../src/common/db/tree-path';
import { updateUnit } from '../../src/units/unit.service';
import { describeWithDatabase, testDatabaseKind } from '../support/database';
import type { TestApi } from '../support/server';
import { MOVE_UNIT as MOVE, type MadeUnit, startUnitsApi } from '../support/units';
import { Migration20261207120000_repair_tree_paths as RepairOnPostgres } from '../../migrations/postgresql/Migration20261207120000_repair_tree_paths';
import { Migration20261207120000_repair_tree_paths as RepairOnSqlite } from '../../migrations/sqlite/Migration20261207120000_repair_tree_paths';

/**
 * Found in review: a unit moved or created under a parent its service had read before the
 * transaction began took that parent's old path when another request moved the parent meanwhile,
 * so its path no longer extended its parent's. The scope cut reads paths: the unit and its cadres
 * fell out of their parent's subtree for every scoped reader, and into another one. Two crossing
 * moves (A under B, B under A) could also make a cycle, each checked against the other's old path.
 */
describeWithDatabase('concurrent moves leave stale tree paths', () => {
  let api: TestApi;
  let unit: (name: string, parent?: MadeUnit) => Promise<MadeUnit>;

  /** The next call of a tree-path writer waits, after its service read the parent, until released. */
  const holdNext = (writer: 'saveTreeNode' | 'insertTreeNode') => {
    const original = treePath[writer] as (...args: unknown[]) => Promise<unknown>;
    let release!: () => void;
    let reached!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const waiting = new Promise<void>((resolve) => (reached = resolve));
    const spy = jest.spyOn(treePath, writer).mockImplementationOnce((async (...args: unknown[]) => {
      reached();
      await held;
      return original(...args);
    }) as never);
    return { waiting, release: () => (release(), spy) };
  };

  /** Units whose path is not their parent's path followed by their own id. */
  const inconsistentPaths = async () => {
    const knex = api.db.orm.em.getKnex();
    const rows = (await knex('unit as u')
      .leftJoin('unit as p', 'p.id', 'u.parent_id')
      .select('u.id', 'u.path', 'p.path as parentPath')) as { id: number; path: string; parentPath: string | null }[];
    return rows.filter((row) => row.path !== `${row.parentPath ?? '/'}${row.id}/`);
  };

  beforeAll(async () => {
    ({ api, makeUnit: unit } = await startUnitsApi(40));
  }, 120_000);
  afterAll(() => api?.close());
  afterEach(() => jest.restoreAllMocks());

  it("a unit moved under a parent that moves meanwhile takes the parent's new path", async () => {
    const [x, y] = [await unit('Khối X'), await unit('Khối Y')];
    const parent = await unit('Đơn vị P', x);
    const moved = await unit('Đơn vị C');
    const hold = holdNext('saveTreeNode');
    const moving = api.data(MOVE, { id: moved.id, parent: parent.id });
    await hold.waiting;
    await api.data(MOVE, { id: parent.id, parent: y.id });
    hold.release();
    await moving;
    expect(await inconsistentPaths()).toEqual([]);
  });

  it('a unit moved by another request after it was read is refused, nothing written, and moves when sent again', async () => {
    const [a, c] = [await unit('Khối A5'), await unit('Khối C5')];
    const node = await unit('Đơn vị N5', a);
    await unit('Tổ N5', node);
    // The refused request asks for the parent the unit had when it was read (a form sends it back).
    const hold = holdNext('saveTreeNode');
    const stale = api.request(MOVE, { id: node.id, parent: a.id });
    await hold.waiting;
    await api.data(MOVE, { id: node.id, parent: c.id });
    hold.release();
    expect((await stale).errors?.[0]?.extensions?.code).toBe('WRITE_CONFLICT');
    expect(await inconsistentPaths()).toEqual([]);
    expect((await api.request(MOVE, { id: node.id, parent: a.id })).errors).toBeUndefined();
    expect(await inconsistentPaths()).toEqual([]);
  });

  it('one EntityManager moves a unit and then a unit below it, as a sync applies a sheet in one commit', async () => {
    const [x, y, q] = [await unit('Khối X6'), await unit('Khối Y6'), await unit('Khối Q6')];
    const parent = await unit('Đơn vị P6', x);
    const child = await unit('Tổ C6', parent);
    const em = forkFor(api.db.orm, { actor: 'test', source: 'cli' });
    await em.transactional(async (tem) => {
      // The child is read first, so its path in the EntityManager is the one before its parent moves.
      await updateUnit(tem, child.id, { name: 'Tổ C6 (đổi tên)' });
      await updateUnit(tem, parent.id, { parentId: y.id });
      await updateUnit(tem, child.id, { parentId: q.id });
    });
    expect(await inconsistentPaths()).toEqual([]);
    const rows = await api.db.orm.em.getKnex()('unit').whereIn('id', [child.databaseId]).select('parent_id');
    expect(Number(rows[0].parent_id)).toBe(q.databaseId);
  });

  it("a unit created under a parent that moves meanwhile takes the parent's new path", async () => {
    const [x, y] = [await unit('Khối X2'), await unit('Khối Y2')];
    const parent = await unit('Đơn vị P2', x);
    const hold = holdNext('insertTreeNode');
    const creating = unit('Đơn vị mới', parent);
    await hold.waiting;
    await api.data(MOVE, { id: parent.id, parent: y.id });
    hold.release();
    await creating;
    expect(await inconsistentPaths()).toEqual([]);
  });

  it('two crossing moves make no cycle: the second is refused, naming input.parentId', async () => {
    const [a, b] = [await unit('Đơn vị A'), await unit('Đơn vị B')];
    const hold = holdNext('saveTreeNode');
    const aUnderB = api.request(MOVE, { id: a.id, parent: b.id });
    await hold.waiting;
    await api.data(MOVE, { id: b.id, parent: a.id });
    hold.release();
    const refused = await aUnderB;
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('input.parentId');
    expect(await inconsistentPaths()).toEqual([]);
  });

  it('the repair migration rewrites paths an earlier race left stale, below them too, from parent_id', async () => {
    const [x, y] = [await unit('Khối X4'), await unit('Khối Y4')];
    const stale = await unit('Đơn vị S4', x);
    await unit('Tổ S4', stale);
    const knex = api.db.orm.em.getKnex();
    const staleId = stale.databaseId;
    const yId = y.databaseId;
    // What a lost race left: the parent changed, the paths of the unit and its subtree did not.
    await knex('unit').where('id', staleId).update({ parent_id: yId });
    expect((await inconsistentPaths()).length).toBeGreaterThan(0);
    const Repair = testDatabaseKind === 'postgresql' ? RepairOnPostgres : RepairOnSqlite;
    const repair = new Repair(api.db.orm.em.getDriver(), api.db.orm.config);
    await repair.up();
    for (const query of repair.getQueries()) await repair.execute(query);
    expect(await inconsistentPaths()).toEqual([]);
  });
});
