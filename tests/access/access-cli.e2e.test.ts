import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describeWithDatabase, type TestDatabase } from '../support/database';
import { authenticatorFor, createAccessDatabase, refusedBecause, seedSmallDemo, TEST_TOKEN_SECRET } from './access-support';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** `hoso users|token|apikey` as a person runs them: a real process on this project's database. */
describeWithDatabase('hoso users / token / apikey (the command line)', () => {
  let db: TestDatabase;
  let env: NodeJS.ProcessEnv;

  const hoso = async (...args: string[]): Promise<Outcome> => {
    try {
      const { stdout, stderr } = await run(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/app/cli.ts', ...args], {
        cwd: ROOT,
        env,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  beforeAll(async () => {
    db = await createAccessDatabase();
    await seedSmallDemo(db);
    const database = db.kind === 'postgresql' ? { DATABASE_URL: db.config.databaseUrl } : { HOSO_SQLITE_PATH: db.config.sqlitePath };
    env = { ...process.env, ...database, HOSO_TOKEN_SECRET: TEST_TOKEN_SECRET, LOG_LEVEL: 'warn' };
  });

  afterAll(() => db?.destroy());

  it('adds a user over a commune and the province in force, lists it with scope names, and prints a token that signs in', async () => {
    const added = await hoso('users', 'add', 'xa.bt', '--role', 'editor', '--scope', '02905,15', '--personal-data');
    expect(added).toMatchObject({ code: 0, stderr: 'Đã tạo người dùng xa.bt với 2 quyền.\n' });

    const listed = await hoso('users', 'list');
    expect(listed.stdout).toMatch(/^login\s+grants\n/);
    expect(listed.stdout).toMatch(
      /xa\.bt\s+editor Xã Bảo Thắng \(mã 02905, id \S+\) \+dữ liệu cá nhân\n\s+editor Tỉnh Lào Cai \(mã 15, id \S+\) \+dữ liệu cá nhân/,
    );

    const issued = await hoso('token', 'xa.bt', '--expires', '1h');
    expect(issued.code).toBe(0);
    expect(issued.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const principal = await authenticatorFor(db).authenticate(`Bearer ${issued.stdout.trim()}`);
    expect(principal).toMatchObject({ kind: 'user', name: 'xa.bt' });
    expect(principal.grants).toHaveLength(2);

    const removed = await hoso('users', 'remove', 'xa.bt');
    expect(removed.code).toBe(0);
    await refusedBecause(authenticatorFor(db).authenticate(`Bearer ${issued.stdout.trim()}`), 'unknown-user');
  });

  it('refuses an unknown scope or user with one sentence on stderr and a non-zero exit, writing nothing', async () => {
    const badScope = await hoso('users', 'add', 'x', '--role', 'viewer', '--scope', '15,nowhere');
    expect(badScope.code).toBe(1);
    expect(badScope.stderr).toBe(
      'Dữ liệu không hợp lệ: Phạm vi "nowhere": không có địa phương đang hiệu lực hay đơn vị nào mang mã hoặc id này (unknown scope).\n',
    );
    const ghost = await hoso('token', 'x');
    expect(ghost).toMatchObject({ code: 1, stdout: '', stderr: 'Người dùng x không tồn tại.\n' });
  });

  it('adds an API key printed once, lists it by prefix, and revokes it', async () => {
    const added = await hoso('apikey', 'add', 'bao-cao', '--role', 'viewer', '--scope', 'root', '--sync');
    const key = added.stdout.trim();
    expect(key).toMatch(/^hoso_[0-9a-f]{10}_[\w-]{43}$/);
    expect(await authenticatorFor(db).authenticate(`Bearer ${key}`)).toMatchObject({ kind: 'apikey', name: 'bao-cao' });

    const revoked = await hoso('apikey', 'revoke', 'bao-cao');
    expect(revoked.code).toBe(0);
    await refusedBecause(authenticatorFor(db).authenticate(`Bearer ${key}`), 'revoked');

    const listed = await hoso('apikey', 'list');
    expect(listed.stdout).toContain(`bao-cao  hoso_${key.split('_')[1]}_…  thu hồi`);
    expect(listed.stdout).not.toContain(key);
  });
});
