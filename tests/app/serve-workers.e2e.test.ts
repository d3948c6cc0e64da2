import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTokenKey } from '../../src/access/token-secret';
import { addUser, issueUserToken } from '../../src/access/users.service';
import { restartBackoff, WORKER_HEADER } from '../../src/app/cluster';
import { type AppConfig, loadConfig } from '../../src/app/config';
import { forkFor } from '../../src/app/orm';
import { createTestDatabase, describeWithDatabase, type TestDatabase } from '../support/database';
import { ROOT_ADMIN } from '../support/server';
import { freePort } from '../support/ports';

const ROOT = join(__dirname, '..', '..');

interface Answer {
  status: number;
  worker: number;
  body: string;
}

/**
 * One request on a connection of its own: node:cluster deals out connections, not requests, so a
 * kept-alive connection would stay with one worker.
 */
function ask(port: number, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: body ? 'POST' : 'GET', agent: false, headers: { ...headers, connection: 'close' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, worker: Number(res.headers[WORKER_HEADER]), body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The parent pid of a process, from /proc (Linux, where the suites run). */
function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until<T>(what: string, deadlineMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    const found = await probe().catch(() => undefined);
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('a dead worker is replaced after a back-off', () => {
  it('waits 1 s, then twice as long for each crash in a row, at most 30 s', () => {
    const delays: number[] = [];
    let crashes = 0;
    for (let i = 0; i < 7; i++) {
      const next = restartBackoff(crashes, 2_000);
      delays.push(next.delayMs);
      crashes = next.crashes;
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  it('a worker that had run for a minute starts the back-off afresh', () => {
    expect(restartBackoff(5, 60_000)).toEqual({ delayMs: 1_000, crashes: 1 });
  });
});

/** `hoso serve --workers 2` as a real process: two workers on one port, one key, replaced when killed, stopped together. */
describeWithDatabase('serve --workers 2', () => {
  let db: TestDatabase;
  let dir: string;
  let config: AppConfig;
  let port: number;
  let primary: ChildProcess;
  let output = '';
  let exited: Promise<number | null>;
  let headers: Record<string, string>;
  let workers: number[] = [];
  const body = JSON.stringify({ query: '{ cadres { totalCount } }' });

  const graphql = async () => {
    const answer = await ask(port, '/graphql', headers, body);
    if (answer.status !== 200 || !answer.body.includes('"totalCount"') || answer.body.includes('"errors"')) {
      throw new Error(`worker ${answer.worker} answered ${answer.status}: ${answer.body}`);
    }
    return answer.worker;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    // The token key is left to the primary to generate, in a folder of this suite's own (on
    // PostgreSQL too: the key file sits beside HOSO_SQLITE_PATH, which is otherwise unused there).
    dir = mkdtempSync(join(tmpdir(), 'hoso-workers-'));
    const database =
      db.kind === 'postgresql'
        ? { DATABASE_URL: db.config.databaseUrl, HOSO_SQLITE_PATH: join(dir, 'unused.db') }
        : { HOSO_SQLITE_PATH: db.config.sqlitePath };
    // As deployed (NODE_ENV=production), not as Jest's NODE_ENV=test, under which Apollo Server
    // behaves differently on signals.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      ...database,
      LOG_LEVEL: 'warn',
      HOSO_SHUTDOWN_TIMEOUT_MS: '2000',
      HOSO_RATE_LIMIT_PER_MINUTE: '0',
    };
    delete env.HOSO_TOKEN_SECRET;
    delete env.HOSO_AUTH;
    config = loadConfig(env);
    expect(existsSync(config.tokenSecretFile)).toBe(false);
    port = await freePort();
    // On SQLite with the demo data, whose users' tokens the primary prints (PostgreSQL gets no demo users).
    const seed = db.kind === 'sqlite' ? ['--seed-if-empty'] : [];
    primary = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'src/app/cli.ts', 'serve', '--workers', '2', '--port', String(port), ...seed],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    primary.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    primary.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    exited = new Promise((resolve) => primary.once('exit', (code) => resolve(code)));
    await until('the first worker', 60_000, async () => {
      if (primary.exitCode !== null) throw new Error(`serve exited early with ${primary.exitCode}:\n${output}`);
      return (await ask(port, '/health')).status === 200 ? true : undefined;
    });
  });

  afterAll(async () => {
    if (primary?.exitCode === null) primary.kill('SIGKILL');
    for (const pid of workers) if (alive(pid)) process.kill(pid, 'SIGKILL');
    await db?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers from two worker processes, each accepting a token signed with the key the primary generated', async () => {
    const em = forkFor(db.orm, { actor: 'jest', source: 'test' });
    await addUser(em, 'jest', [ROOT_ADMIN]);
    headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${await issueUserToken(em, loadTokenKey(config), 'jest', 600)}`,
    };
    const seen = new Set<number>();
    await until('a second worker', 60_000, async () => {
      seen.add(await graphql());
      return seen.size >= 2 ? true : undefined;
    });
    workers = [...seen];
    expect(workers).toHaveLength(2);
    for (const pid of workers) expect(parentOf(pid)).toBe(primary.pid);
    if (db.kind === 'sqlite') {
      // Several processes on one file: readers in one do not block a writer in another.
      const [mode] = await db.orm.em.getConnection().execute<{ journal_mode: string }[]>('pragma journal_mode');
      expect(mode.journal_mode).toBe('wal');
      expect(output.split('Người dùng mẫu').length - 1).toBe(1);
    }
  });

  it('a worker killed with SIGKILL is replaced, and the API answers meanwhile', async () => {
    const [killed, survivor] = workers;
    process.kill(killed, 'SIGKILL');
    await until('the killed worker to be gone', 5_000, async () => (alive(killed) ? undefined : true));
    // The primary hears of the death at once and deals no more connections to it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const failures: string[] = [];
    const replacement = await until('a replacement worker', 60_000, async () => {
      const worker = await graphql().catch((error: Error) => {
        failures.push(error.message);
        return survivor;
      });
      if (worker === killed) failures.push(`answered by the killed worker ${killed}`);
      return worker !== survivor && worker !== killed ? worker : undefined;
    });
    expect(failures).toEqual([]);
    expect(parentOf(replacement)).toBe(primary.pid);
    expect(output).toContain('worker died: starting another');
    workers = [survivor, replacement];
  });

  it('SIGTERM to the primary stops every worker and exits 0', async () => {
    primary.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of workers) expect(alive(pid)).toBe(false);
    await expect(ask(port, '/health')).rejects.toThrow();
  });
});
