import { ensureDemoUsers, printDemoUsers } from '../../src/access/demo-users';
import { addUser } from '../../src/access/users.service';
import { describeScopes, resolveScopeCode } from '../../src/access/scope-resolution';
import { parseGrantEntry } from '../../src/access/grants';
import { toGlobalId } from '../../src/common/graphql/global-id';
import { Locality } from '../../src/localities/locality.entity';
import { Unit } from '../../src/units/unit.entity';
import { describeWithDatabase, type TestDatabase } from '../support/database';
import { authenticatorFor, createAccessDatabase, seedSmallDemo, testEm } from './access-support';

/** The refusal of a scope code that must not resolve. */
async function refusalOf(attempt: Promise<unknown>): Promise<Error> {
  const outcome = await attempt.then(
    (scope) => new Error(`expected a refusal, got ${JSON.stringify(scope)}`),
    (error: unknown) => error as Error,
  );
  expect(outcome).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  return outcome;
}

describeWithDatabase('scope codes', () => {
  let db: TestDatabase;
  let laoCai: Locality;
  let yenBai: Locality;

  beforeAll(async () => {
    db = await createAccessDatabase();
    await seedSmallDemo(db);
    const provinces = await db.orm.em.fork().find(Locality, { code: '15' }, { orderBy: { id: 'asc' } });
    laoCai = provinces.find((l) => l.name === 'Tỉnh Lào Cai' && l.validTo == null)!;
    yenBai = provinces.find((l) => l.name === 'Tỉnh Yên Bái')!;
  });

  afterAll(() => db?.destroy());

  it('root and * are the root', async () => {
    expect(await resolveScopeCode(testEm(db), 'root')).toEqual({ kind: 'root' });
    expect(await resolveScopeCode(testEm(db), '*')).toEqual({ kind: 'root' });
  });

  it('a code shared by a province in force and a former one means the one in force; the former one is named by its global id', async () => {
    expect(yenBai.validTo).not.toBeNull();
    expect(await resolveScopeCode(testEm(db), '15')).toEqual({ kind: 'locality', id: laoCai.id });
    expect(await resolveScopeCode(testEm(db), toGlobalId('Locality', yenBai.id))).toEqual({ kind: 'locality', id: yenBai.id });
  });

  it('a commune code and a unit code resolve; a unit by its global id too', async () => {
    const commune = await db.orm.em.fork().findOneOrFail(Locality, { code: '02905', validTo: null, mergedInto: null });
    expect(commune.name).toBe('Xã Bảo Thắng');
    expect(await resolveScopeCode(testEm(db), '02905')).toEqual({ kind: 'locality', id: commune.id });
    const unit = await db.orm.em.fork().findOneOrFail(Unit, { code: { $ne: null } }, { orderBy: { id: 'asc' } });
    expect(await resolveScopeCode(testEm(db), unit.code!)).toEqual({ kind: 'unit', id: unit.id });
    expect(await resolveScopeCode(testEm(db), toGlobalId('Unit', unit.id))).toEqual({ kind: 'unit', id: unit.id });
  });

  it('a code held by a locality in force and a unit is refused, listing both with names, codes and ids', async () => {
    const em = testEm(db);
    const unit = await em.findOneOrFail(Unit, { code: { $ne: null } }, { orderBy: { id: 'desc' } });
    const previous = unit.code;
    unit.code = '02905';
    await em.flush();
    try {
      const error = await refusalOf(resolveScopeCode(testEm(db), '02905'));
      expect(error.message).toMatch(/chỉ nhiều nơi/);
      expect(error.message).toContain(`Xã Bảo Thắng (mã 02905, id ${toGlobalId('Locality', (await resolveCommune()).id)})`);
      expect(error.message).toContain(`${unit.name} (mã 02905, id ${toGlobalId('Unit', unit.id)})`);
    } finally {
      unit.code = previous;
      await em.flush();
    }
  });

  async function resolveCommune(): Promise<Locality> {
    return db.orm.em.fork().findOneOrFail(Locality, { code: '02905', validTo: null, mergedInto: null });
  }

  it('an unknown code is refused; a code only former localities hold is refused naming them with their ids', async () => {
    await expect(resolveScopeCode(testEm(db), '99999')).rejects.toMatchObject({ message: expect.stringMatching(/unknown scope/) });
    const formerOnly = await db.orm.em.fork().findOneOrFail(Locality, { code: '086' });
    const error = await refusalOf(resolveScopeCode(testEm(db), '086'));
    expect(error.message).toContain(`id ${toGlobalId('Locality', formerOnly.id)}, đã sáp nhập hoặc giải thể`);
  });

  it('describes scopes for listings', async () => {
    const name = await describeScopes(testEm(db), [{ kind: 'root' }, { kind: 'locality', id: laoCai.id }]);
    expect(name({ kind: 'root' })).toBe('toàn hệ thống (root)');
    expect(name({ kind: 'locality', id: laoCai.id })).toBe(`Tỉnh Lào Cai (mã 15, id ${toGlobalId('Locality', laoCai.id)})`);
  });

  it('parses OIDC grant entries', () => {
    expect(parseGrantEntry('viewer:15:personal-data')).toEqual({ role: 'viewer', scopeCode: '15', personalData: true, sync: false });
    expect(parseGrantEntry('admin:root:sync:personal-data')).toEqual({ role: 'admin', scopeCode: 'root', personalData: true, sync: true });
    expect(parseGrantEntry('editor:02905')).toEqual({ role: 'editor', scopeCode: '02905', personalData: false, sync: false });
    expect(parseGrantEntry('owner:15')).toMatch(/unknown role/);
    expect(parseGrantEntry('viewer')).toMatch(/thiếu phạm vi/);
  });

  it('creates the demo users once, with working 8-hour tokens, and prints a curl line for each', async () => {
    const users = await ensureDemoUsers(testEm(db), db.config);
    const again = await ensureDemoUsers(testEm(db), db.config);
    if (db.kind === 'postgresql') {
      expect(users).toEqual([]);
      return;
    }
    expect(users.map((u) => u.login)).toEqual(['tinh.admin', 'xa.editor', 'xa.viewer']);
    expect(again.map((u) => u.login)).toEqual(['tinh.admin', 'xa.editor', 'xa.viewer']);
    const commune = await resolveCommune();
    const principals = await Promise.all(users.map((u) => authenticatorFor(db).authenticate(`Bearer ${u.token}`)));
    expect(principals.map((p) => p.grants)).toEqual([
      [{ role: 'admin', scope: { kind: 'locality', id: laoCai.id }, personalData: true, sync: true }],
      [{ role: 'editor', scope: { kind: 'locality', id: commune.id }, personalData: true, sync: false }],
      [{ role: 'viewer', scope: { kind: 'locality', id: commune.id }, personalData: false, sync: false }],
    ]);
    let printed = '';
    printDemoUsers(users, 'http://localhost:4000/graphql', (text) => (printed += text));
    expect(printed).toContain(
      `curl -s http://localhost:4000/graphql -H 'content-type: application/json' -H 'authorization: Bearer ${users[2]!.token}'`,
    );
  });

  it('OIDC-style grants and CLI grants resolve the same way (a user given scope 15 gets the province in force)', async () => {
    await addUser(testEm(db), 'p', [{ role: 'viewer', scope: await resolveScopeCode(testEm(db), '15'), personalData: false, sync: false }]);
    const name = await describeScopes(testEm(db), [{ kind: 'locality', id: laoCai.id }]);
    expect(name({ kind: 'locality', id: laoCai.id })).toMatch(/^Tỉnh Lào Cai/);
  });
});
