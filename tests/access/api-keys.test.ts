import { addApiKey, hashSecret, revokeApiKey } from '../../src/access/api-keys.service';
import { ApiKey } from '../../src/access/api-key.entity';
import { describeWithDatabase, type TestDatabase } from '../support/database';
import { authenticatorFor, createAccessDatabase, refusedBecause, signInFailures, testEm } from './access-support';

const VIEWER = { role: 'viewer', scope: { kind: 'root' }, personalData: false, sync: true } as const;

describeWithDatabase('API keys', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createAccessDatabase();
  });

  afterAll(() => db?.destroy());

  it('a valid key gives its name and grants; only the hash of its secret is stored', async () => {
    const key = await addApiKey(testEm(db), 'bao-cao-tinh', [VIEWER]);
    expect(key).toMatch(/^hoso_[0-9a-f]{10}_[A-Za-z0-9_-]{43}$/);
    expect(await authenticatorFor(db).authenticate(`Bearer ${key}`)).toEqual({
      kind: 'apikey',
      name: 'bao-cao-tinh',
      grants: [VIEWER],
      resolvedGrants: [{ ...VIEWER, path: null }],
    });
    const row = await db.orm.em.fork().findOneOrFail(ApiKey, { name: 'bao-cao-tinh' });
    const secret = key.slice('hoso_'.length + 11);
    expect(row.secretHash).toBe(hashSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it('records lastUsedAt, at most once a minute', async () => {
    const key = await addApiKey(testEm(db), 'dong-bo', [VIEWER]);
    const auth = authenticatorFor(db);
    await auth.authenticate(`Bearer ${key}`);
    const first = (await db.orm.em.fork().findOneOrFail(ApiKey, { name: 'dong-bo' })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await auth.authenticate(`Bearer ${key}`);
    expect((await db.orm.em.fork().findOneOrFail(ApiKey, { name: 'dong-bo' })).lastUsedAt).toEqual(first);
  });

  it('a revoked key is refused at once', async () => {
    const key = await addApiKey(testEm(db), 'cu', [VIEWER]);
    await revokeApiKey(testEm(db), 'cu');
    const error = await refusedBecause(authenticatorFor(db).authenticate(`Bearer ${key}`), 'revoked');
    expect(error.message).toMatch(/"cu" đã bị thu hồi \(API key revoked\)/);
  });

  it('an unknown key, a known prefix with a wrong secret, and a malformed key are refused; the audit row names only the prefix', async () => {
    const key = await addApiKey(testEm(db), 'that', [VIEWER]);
    const prefix = key.split('_')[1]!;
    const auth = authenticatorFor(db);
    await refusedBecause(auth.authenticate(`Bearer hoso_0123456789_${'A'.repeat(43)}`, { client: 'a' }), 'unknown-key');
    await refusedBecause(auth.authenticate(`Bearer hoso_${prefix}_${'B'.repeat(43)}`, { client: 'b' }), 'unknown-key');
    await refusedBecause(auth.authenticate('Bearer hoso_short', { client: 'c' }), 'malformed');
    const rows = (await signInFailures(db)).map((r) => r.actor);
    // The revoked key of the test before is named: its secret was right.
    expect(rows).toEqual(['cu', 'apikey:0123456789', `apikey:${prefix}`, 'unknown']);
  });

  it('refuses a second key with the same name', async () => {
    await addApiKey(testEm(db), 'twice', [VIEWER]);
    await expect(addApiKey(testEm(db), 'twice', [VIEWER])).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
