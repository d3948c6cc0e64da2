import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { createTestDatabase, describeWithDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/ports';

const ROOT = join(__dirname, '..', '..');

async function waitForHealth(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('server did not start');
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, ms: Date.now() - started })));
}

/** Reads one HTTP response off a raw socket, to its end. */
function responseOf(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.on('close', () => resolve(text));
  });
}

/** `hoso serve` as a process manager stops it: SIGTERM drains, closes the pool and exits within a bound. */
describeWithDatabase('SIGTERM stops the server cleanly', () => {
  let db: TestDatabase;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    db = await createTestDatabase();
    const database =
      db.config.databaseKind === 'postgresql' ? { DATABASE_URL: db.config.databaseUrl } : { HOSO_SQLITE_PATH: db.config.sqlitePath };
    // NODE_ENV=production, as deployed: under NODE_ENV=test Apollo installs no signal handler of its own,
    // and its handler (re-sending SIGTERM after its stop) made hoso exit 1.
    env = { ...process.env, ...database, NODE_ENV: 'production', LOG_LEVEL: 'warn', HOSO_SHUTDOWN_TIMEOUT_MS: '2000', HOSO_AUTH: 'off' };
    // Sign-in is beside the point here (and has its own suites): the server runs with HOSO_AUTH=off.
  });
  afterAll(() => db?.destroy());

  const serve = async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/app/cli.ts', 'serve', '--port', String(port)], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.resume();
    child.stderr!.resume();
    await waitForHealth(port, child);
    return { port, child };
  };

  it('finishes a request in flight, takes no new ones, and exits 0', async () => {
    const { port, child } = await serve();
    const body = JSON.stringify({ query: '{ cadres { totalCount } }' });
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const answer = responseOf(socket);
    socket.write(
      `POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    socket.write(body.slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 300));

    const exited = exitOf(child);
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();

    // The server closes the connection once the answer is sent: it is stopping.
    socket.write(body.slice(10));
    const response = await answer;
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response).toContain('{"data":{"cadres":{"totalCount":0}}}');
    const { code, ms } = await exited;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(7_000);
  });

  it('a client that never finishes its request does not hold the process past the bound', async () => {
    const { port, child } = await serve();
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.on('error', () => undefined);
    socket.write('POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = exitOf(child);
    child.kill('SIGTERM');
    const { code, ms } = await exited;
    socket.destroy();
    expect(code).toBe(0);
    expect(ms).toBeGreaterThanOrEqual(1_500);
    expect(ms).toBeLessThan(7_000);
  });
});
