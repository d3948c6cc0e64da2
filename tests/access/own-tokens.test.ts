import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { signOwnToken, VerifiedOwnTokens } from '../../src/access/own-tokens';
import { loadTokenKey } from '../../src/access/token-secret';
import { addUser, issueUserToken, removeUser, revokeUserTokens } from '../../src/access/users.service';
import { ANONYMOUS_PRINCIPAL, warnWhenAuthOff } from '../../src/access/authenticator';
import { loadConfig } from '../../src/app/config';
import { describeWithDatabase, testDatabaseKind, type TestDatabase } from '../support/database';
import {
  authenticatorFor,
  createAccessDatabase,
  refusal,
  refusedBecause,
  signInFailures,
  testEm,
  TEST_TOKEN_SECRET,
} from './access-support';

const key = new TextEncoder().encode(TEST_TOKEN_SECRET);
const HOUR = 3600;
const ROOT_ADMIN = { role: 'admin', scope: { kind: 'root' }, personalData: true, sync: false } as const;

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describeWithDatabase("hoso's own tokens", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createAccessDatabase();
    await addUser(testEm(db), 'alice', [ROOT_ADMIN]);
  });

  afterAll(() => db?.destroy());

  it('a valid token gives the user with the grants read from the database', async () => {
    const token = await issueUserToken(testEm(db), key, 'alice', HOUR);
    const principal = await authenticatorFor(db).authenticate(`Bearer ${token}`);
    expect(principal).toEqual({ kind: 'user', name: 'alice', grants: [ROOT_ADMIN], resolvedGrants: [{ ...ROOT_ADMIN, path: null }] });
  });

  it('a grant added after the token was issued applies at once', async () => {
    await addUser(testEm(db), 'bob', [{ role: 'viewer', scope: { kind: 'root' }, personalData: false, sync: false }]);
    const token = await issueUserToken(testEm(db), key, 'bob', HOUR);
    await addUser(testEm(db), 'bob', [{ role: 'editor', scope: { kind: 'root' }, personalData: false, sync: true }]);
    const principal = await authenticatorFor(db).authenticate(`Bearer ${token}`);
    expect(principal.grants.map((g) => g.role).sort()).toEqual(['editor', 'viewer']);
  });

  it('refuses a missing, a non-Bearer, and a malformed credential', async () => {
    const auth = authenticatorFor(db);
    await refusedBecause(auth.authenticate(undefined), 'missing');
    await refusedBecause(auth.authenticate('  '), 'missing');
    await refusedBecause(auth.authenticate('Basic YWxpY2U6cHc='), 'malformed');
    await refusedBecause(auth.authenticate('Bearer not-a-jwt'), 'malformed');
    await refusedBecause(auth.authenticate('Bearer a.b.c'), 'malformed');
    const error = await refusal(auth.authenticate(undefined));
    expect(error.message).toMatch(/Cần đăng nhập.*\(no bearer token/);
    expect((error.extensions.http as { headers: Map<string, string> }).headers.get('www-authenticate')).toBe('Bearer');
  });

  it('refuses an expired token', async () => {
    const token = await signOwnToken(key, {
      login: 'alice',
      userId: 1,
      lifetimeSeconds: HOUR,
      validAfter: new Date(0),
      now: new Date(Date.now() - 2 * HOUR * 1000),
    });
    const error = await refusedBecause(authenticatorFor(db).authenticate(`Bearer ${token}`), 'expired');
    expect(error.message).toMatch(/hết hạn.*token expired/);
  });

  it('refuses a token signed with another key', async () => {
    const other = new TextEncoder().encode('another-secret-of-at-least-32-bytes!!');
    const token = await signOwnToken(other, { login: 'alice', userId: 1, lifetimeSeconds: HOUR, validAfter: new Date(0) });
    await refusedBecause(authenticatorFor(db).authenticate(`Bearer ${token}`), 'forged');
  });

  it('refuses alg "none" and a signature taken from another token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: 'hoso', sub: 'alice', uid: 1, iat: now, exp: now + HOUR, jti: 'x' };
    await refusedBecause(authenticatorFor(db).authenticate(`Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`), 'algorithm');
    const genuine = await issueUserToken(testEm(db), key, 'alice', HOUR);
    const tampered = [genuine.split('.')[0], b64({ ...claims, sub: 'bob' }), genuine.split('.')[2]].join('.');
    await refusedBecause(authenticatorFor(db).authenticate(`Bearer ${tampered}`), 'forged');
  });

  it('refuses a token without a jti (every claim is required)', async () => {
    const token = await new SignJWT({ uid: 1 })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('hoso')
      .setSubject('alice')
      .setIssuedAt()
      .sign(key);
    await refusedBecause(authenticatorFor(db).authenticate(`Bearer ${token}`), 'claims');
  });

  it('refuses tokens issued before `hoso token --revoke-all`, and accepts one issued right after', async () => {
    await addUser(testEm(db), 'carol', [ROOT_ADMIN]);
    const old = await issueUserToken(testEm(db), key, 'carol', HOUR);
    await revokeUserTokens(testEm(db), 'carol');
    await refusedBecause(authenticatorFor(db).authenticate(`Bearer ${old}`), 'revoked');
    const fresh = await issueUserToken(testEm(db), key, 'carol', HOUR);
    expect((await authenticatorFor(db).authenticate(`Bearer ${fresh}`)).name).toBe('carol');
  });

  it("refuses a removed user's token, also when the login is created again", async () => {
    await addUser(testEm(db), 'dave', [ROOT_ADMIN]);
    const token = await issueUserToken(testEm(db), key, 'dave', HOUR);
    await removeUser(testEm(db), 'dave');
    await refusedBecause(authenticatorFor(db).authenticate(`Bearer ${token}`), 'unknown-user');
    await addUser(testEm(db), 'dave', [ROOT_ADMIN]);
    await refusedBecause(authenticatorFor(db).authenticate(`Bearer ${token}`), 'unknown-user');
  });

  it('one authenticator checks a token once, and still applies a revocation, a removal and expiry to it', async () => {
    const auth = authenticatorFor(db);
    await addUser(testEm(db), 'erin', [ROOT_ADMIN]);
    const token = await issueUserToken(testEm(db), key, 'erin', HOUR);
    expect((await auth.authenticate(`Bearer ${token}`)).name).toBe('erin');
    expect((await auth.authenticate(`Bearer ${token}`)).name).toBe('erin');
    // The same claims under a signature that is not the token's: not taken for the token checked before.
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const otherSignature = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    await refusedBecause(auth.authenticate(`Bearer ${header}.${payload}.${otherSignature}`), 'forged');
    await revokeUserTokens(testEm(db), 'erin');
    await refusedBecause(auth.authenticate(`Bearer ${token}`), 'revoked');
    const fresh = await issueUserToken(testEm(db), key, 'erin', HOUR);
    expect((await auth.authenticate(`Bearer ${fresh}`)).name).toBe('erin');
    await removeUser(testEm(db), 'erin');
    await refusedBecause(auth.authenticate(`Bearer ${fresh}`), 'unknown-user');
  });

  it('a checked token is known until the second its exp names, not after', async () => {
    const verified = new VerifiedOwnTokens(key);
    const token = await issueUserToken(testEm(db), key, 'alice', HOUR);
    expect(verified.known(token)).toBeUndefined();
    const claims = await verified.verify(token);
    expect(verified.known(token, claims.expiresAt * 1000 - 1)).toEqual(claims);
    expect(verified.known(token, claims.expiresAt * 1000)).toBeUndefined();
    // Forgotten once expired: the next check is jose's, which refuses it then.
    expect(verified.known(token, claims.expiresAt * 1000 - 1)).toBeUndefined();
  });

  it('with HOSO_AUTH=off, every request is the anonymous root admin', async () => {
    const auth = authenticatorFor({ ...db, config: { ...db.config, authMode: 'off' } });
    expect(await auth.authenticate(undefined)).toBe(ANONYMOUS_PRINCIPAL);
    expect(await auth.authenticate('Bearer garbage')).toEqual({
      kind: 'anonymous',
      name: 'anonymous',
      grants: [{ role: 'admin', scope: { kind: 'root' }, personalData: true, sync: true }],
    });
    expect(warnWhenAuthOff({ authMode: 'off' })).toBe(true);
    expect(warnWhenAuthOff({ authMode: 'on' })).toBe(false);
  });
});

describeWithDatabase('sign-in failures in the audit log', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createAccessDatabase();
    await addUser(testEm(db), 'alice', [ROOT_ADMIN]);
  });

  afterAll(() => db?.destroy());

  it('records the claimed login and the reason, never the token, and at most one row per client per 10 s, counted', async () => {
    let clock = Date.now();
    const auth = authenticatorFor(db, { failureLog: { now: () => clock } });
    const other = new TextEncoder().encode('another-secret-of-at-least-32-bytes!!');
    const forged = await signOwnToken(other, { login: 'alice', userId: 1, lifetimeSeconds: HOUR, validAfter: new Date(0) });
    for (let i = 0; i < 5; i++) await refusal(auth.authenticate(`Bearer ${forged}`, { client: '10.0.0.1' }));
    await refusal(auth.authenticate(undefined, { client: '10.0.0.2' }));
    let rows = await signInFailures(db);
    expect(rows.map((r) => [r.actor, r.changes])).toEqual([
      ['alice', { reason: 'forged', method: 'token', client: '10.0.0.1', suppressed: 0 }],
      ['unknown', { reason: 'missing', method: 'none', client: '10.0.0.2', suppressed: 0 }],
    ]);
    expect(rows[0]).toMatchObject({ entityName: 'SignIn', entityId: 0, source: 'api' });
    expect(JSON.stringify(rows)).not.toContain(forged.split('.')[2]);

    clock += 10_000;
    await refusal(auth.authenticate(`Bearer ${forged}`, { client: '10.0.0.1' }));
    rows = await signInFailures(db);
    expect(rows).toHaveLength(3);
    expect(rows[2]!.changes).toMatchObject({ client: '10.0.0.1', suppressed: 4 });
  });

  it('a successful sign-in writes nothing', async () => {
    const before = (await signInFailures(db)).length;
    await authenticatorFor(db).authenticate(`Bearer ${await issueUserToken(testEm(db), key, 'alice', HOUR)}`);
    expect(await signInFailures(db)).toHaveLength(before);
  });
});

describe('the token key', () => {
  const sqliteOnly = testDatabaseKind === 'sqlite' ? it : it.skip;

  sqliteOnly('is generated once beside the SQLite file, readable by its owner only, and reused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoso-key-'));
    const config = loadConfig({ HOSO_SQLITE_PATH: join(dir, 'hoso.db') });
    expect(config.tokenSecretFile).toBe(join(dir, 'token-secret'));
    const first = loadTokenKey(config);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(config.tokenSecretFile).mode & 0o777).toBe(0o600);
    expect(Buffer.from(loadTokenKey(config)).equals(Buffer.from(first))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a HOSO_TOKEN_SECRET shorter than 32 bytes', () => {
    expect(() => loadTokenKey({ tokenSecret: 'short', tokenSecretFile: '/nonexistent' })).toThrow(/at least 32 bytes/);
  });
});
