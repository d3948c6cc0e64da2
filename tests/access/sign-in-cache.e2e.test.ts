import { parse } from 'graphql';
import type { Grant, Principal } from '../../src/access/access.types';
import type { Authenticator } from '../../src/access/authenticator';
import { SignInCache } from '../../src/access/sign-in-cache';
import { loadTokenKey } from '../../src/access/token-secret';
import { addUser, issueUserToken, revokeUserTokens } from '../../src/access/users.service';
import { describeWithDatabase, testDatabaseKind, type TestDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import { authenticatorFor, createAccessDatabase, refusedBecause, seedSmallDemo, testEm } from './access-support';

const describeOnPostgres = testDatabaseKind === 'postgresql' ? describeWithDatabase : describe.skip;

const VIEWER: Grant = { role: 'viewer', scope: { kind: 'root' }, personalData: false, sync: false };
const EDITOR: Grant = { role: 'editor', scope: { kind: 'root' }, personalData: false, sync: false };
/** Long enough that only a notification (or this process's own flush) can explain an entry going. */
const LONG_TTL_MS = 60_000;

async function eventually(check: () => Promise<boolean>, what: string, withinMs = 3_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The sign-in cache on PostgreSQL: it keeps what sign-in read, and forgets it on every change,
 * whoever makes it. Changes are made here as another process would make them (plain SQL on
 * another connection, no unit of work), unless the test is about this process's own writes.
 * SQLite keeps no cache (nothing tells it of the CLI's changes): its suites read every sign-in.
 */
describeOnPostgres('sign-in cache (PostgreSQL)', () => {
  let db: TestDatabase;
  let cache: SignInCache;
  let authenticator: Authenticator;

  /** Plain SQL on a pooled connection, not the listening one: what psql or another server does. */
  const sql = (text: string, params: unknown[] = []) => db.orm.em.getConnection().execute(text, params);
  const triggers = (state: 'enable' | 'disable') =>
    Promise.all(['app_user', 'access_grant'].map((table) => sql(`alter table "${table}" ${state} trigger "hoso_sign_in_changed"`)));
  const fences = new Set<string>();
  /**
   * Waits for the notifications of everything committed so far: PostgreSQL delivers them in
   * commit order, so once a fence notified now has arrived, none of them can empty the cache later.
   */
  const notificationsDelivered = async () => {
    const fence = `fence ${fences.size}`;
    await sql(`select pg_notify('hoso_sign_in', ?)`, [fence]);
    await eventually(async () => fences.has(fence), `the notification "${fence}" arrives`);
  };
  const tokenOf = async (login: string, grants: Grant[] = [VIEWER]) => {
    await addUser(testEm(db), login, grants);
    const header = `Bearer ${await issueUserToken(testEm(db), loadTokenKey(db.config), login, 3600)}`;
    await notificationsDelivered();
    return header;
  };
  const roles = async (header: string) => (await authenticator.authenticate(header)).grants.map((grant) => grant.role);

  beforeAll(async () => {
    db = await createAccessDatabase();
    await seedSmallDemo(db);
    cache = new SignInCache(db.orm, { ttlMs: LONG_TTL_MS, retryMs: 50, onNotification: (payload) => payload && fences.add(payload) });
    await cache.start();
    authenticator = authenticatorFor(db, { signInCache: cache });
  });

  afterAll(async () => {
    await cache?.close();
    await db?.destroy();
  });

  afterEach(() => triggers('enable'));

  it('listens once started, and keeps what sign-in read: a change no trigger reports is not seen', async () => {
    expect(cache.listening).toBe(true);
    const header = await tokenOf('kept', [VIEWER, EDITOR]);
    expect(await roles(header)).toEqual(['viewer', 'editor']);
    await triggers('disable');
    await sql(`delete from access_grant where role = 'editor' and user_id = (select id from app_user where login = 'kept')`);
    expect(await roles(header)).toEqual(['viewer', 'editor']);
    // Any notification on the channel empties it.
    await sql(`notify hoso_sign_in`);
    await eventually(async () => (await roles(header)).join() === 'viewer', 'the notification empties the cache');
  });

  it("a change committed by another connection applies within the notification's trip, not the TTL", async () => {
    const header = await tokenOf('elsewhere');
    expect(await roles(header)).toEqual(['viewer']);
    await sql(`update app_user set tokens_valid_after = now() + interval '1 hour' where login = 'elsewhere'`);
    const changedAt = Date.now();
    await eventually(
      () =>
        authenticator.authenticate(header).then(
          () => false,
          () => true,
        ),
      'the revoked token is refused',
    );
    expect(Date.now() - changedAt).toBeLessThan(LONG_TTL_MS);
    await refusedBecause(authenticator.authenticate(header), 'revoked');
  });

  it('a grant removed by another connection is gone', async () => {
    const header = await tokenOf('grantless');
    expect(await roles(header)).toEqual(['viewer']);
    await sql(`delete from access_grant where user_id = (select id from app_user where login = 'grantless')`);
    await eventually(async () => (await roles(header)).length === 0, 'the deleted grant is gone');
  });

  it("a scope's new path is read again: the SQL cut follows the locality where it moved", async () => {
    const [locality] = (await sql(`select id, path from locality where level = 'commune' order by id limit 1`)) as {
      id: number;
      path: string;
    }[];
    const header = await tokenOf('scoped', [{ ...VIEWER, scope: { kind: 'locality', id: locality!.id } }]);
    const path = async () => (await authenticator.authenticate(header)).resolvedGrants?.map((grant) => grant.path);
    expect(await path()).toEqual([locality!.path]);
    try {
      await sql(`update locality set path = path || '9/' where id = ?`, [locality!.id]);
      await eventually(async () => (await path())?.join() === `${locality!.path}9/`, 'the new path is read');
    } finally {
      await sql(`update locality set path = ? where id = ?`, [locality!.path, locality!.id]);
    }
  });

  it("this process's own writes apply at once, with no notification to wait for", async () => {
    const header = await tokenOf('own');
    expect(await roles(header)).toEqual(['viewer']);
    await triggers('disable');
    await revokeUserTokens(testEm(db), 'own');
    await refusedBecause(authenticator.authenticate(header), 'revoked');
    await addUser(testEm(db), 'own', [EDITOR]);
    const fresh = `Bearer ${await issueUserToken(testEm(db), loadTokenKey(db.config), 'own', 3600)}`;
    expect(await roles(fresh)).toEqual(['viewer', 'editor']);
  });

  it('does not keep a read that a change overtook: it may have seen the state before', async () => {
    let loads = 0;
    const load = async (): Promise<string> => {
      loads++;
      if (loads === 1) SignInCache.invalidateAll();
      return `read ${loads}`;
    };
    expect(await cache.read('overtaken', load, () => true)).toBe('read 1');
    expect(await cache.read('overtaken', load, () => true)).toBe('read 2');
    expect(await cache.read('overtaken', load, () => true)).toBe('read 2');
    expect(loads).toBe(2);
  });

  it('keeps no unknown user: each attempt reads again', async () => {
    const header = await tokenOf('soon-gone');
    await sql(`delete from app_user where login = 'soon-gone'`);
    await eventually(
      () =>
        authenticator.authenticate(header).then(
          () => false,
          () => true,
        ),
      'the removed user is refused',
    );
    await refusedBecause(authenticator.authenticate(header), 'unknown-user');
    let loads = 0;
    const load = async () => {
      loads++;
      return { owner: undefined };
    };
    await cache.read('nobody', load, (read) => read.owner !== undefined);
    await cache.read('nobody', load, (read) => read.owner !== undefined);
    expect(loads).toBe(2);
  });

  it('with its connection lost it reads every sign-in afresh, then listens again', async () => {
    const header = await tokenOf('reconnect', [VIEWER, EDITOR]);
    expect(await roles(header)).toEqual(['viewer', 'editor']);
    await sql(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query = 'listen hoso_sign_in'`,
    );
    await eventually(async () => !cache.listening, 'the cache notices the lost connection');
    await triggers('disable');
    await sql(`delete from access_grant where role = 'editor' and user_id = (select id from app_user where login = 'reconnect')`);
    expect(await roles(header)).toEqual(['viewer']);
    await triggers('enable');
    await eventually(async () => cache.listening, 'the cache listens again');
    expect(await roles(header)).toEqual(['viewer']);
  });

  it('stays off when the triggers are missing: nothing would tell it of a change', async () => {
    await triggers('disable');
    const blind = new SignInCache(db.orm, { ttlMs: LONG_TTL_MS });
    try {
      await blind.start();
      expect(blind.listening).toBe(false);
      const header = await tokenOf('blind', [VIEWER, EDITOR]);
      const blindAuthenticator = authenticatorFor(db, { signInCache: blind });
      const rolesOf = async () => ((await blindAuthenticator.authenticate(header)) as Principal).grants.map((grant) => grant.role);
      expect(await rolesOf()).toEqual(['viewer', 'editor']);
      await sql(`delete from access_grant where role = 'editor' and user_id = (select id from app_user where login = 'blind')`);
      expect(await rolesOf()).toEqual(['viewer']);
    } finally {
      await blind.close();
    }
  });
});

describeOnPostgres('sign-in cache behind the HTTP server (PostgreSQL)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ HOSO_SIGN_IN_CACHE_MS: String(LONG_TTL_MS) });
  });

  afterAll(() => api?.close());

  it('a token revoked from another process is refused once the notification arrives', async () => {
    const token = await api.tokenFor('http-viewer', [VIEWER]);
    const query = parse('{ localities(first: 1) { totalCount } }');
    expect((await api.requestAs(token, query)).errors).toBeUndefined();
    expect((await api.requestAs(token, query)).errors).toBeUndefined();
    await api.db.orm.em
      .getConnection()
      .execute(`update app_user set tokens_valid_after = now() + interval '1 hour' where login = 'http-viewer'`);
    await eventually(
      async () => (await api.requestAs(token, query)).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED',
      'the revoked token is refused over HTTP',
    );
  });
});
