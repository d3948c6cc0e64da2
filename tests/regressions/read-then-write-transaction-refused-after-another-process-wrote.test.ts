import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { type Em } from '../../src/app/orm';
import { createTestDatabase, describeWithDatabase, type TestDatabase } from '../support/database';

// With `serve --workers N` (or a scheduler beside the server) several processes write one SQLite
// file in WAL mode. A transaction that read before another process wrote was refused at its first
// write with SQLITE_BUSY_SNAPSHOT (a sync's apply reads, then writes), instead of waiting its turn.

/** Another process that adds 10 to the probe row when told "go", and says "written" once it has. */
function otherWriter(db: TestDatabase): Promise<{ child: ChildProcess; go(): void; written: Promise<void> }> {
  const script =
    db.kind === 'sqlite'
      ? `const D=require('better-sqlite3');const d=new D(process.argv[1],{timeout:10000});
         console.log('ready');process.stdin.once('data',()=>{d.prepare('update probe set n = n + 10 where id = 1').run();console.log('written');process.exit(0)});`
      : `const {Client}=require('pg');const c=new Client(process.argv[1]);c.connect().then(()=>{console.log('ready');
         process.stdin.once('data',async()=>{await c.query('update probe set n = n + 10 where id = 1');console.log('written');await c.end();process.exit(0)})});`;
  const target = db.kind === 'sqlite' ? db.config.sqlitePath : db.config.databaseUrl!;
  const child = spawn(process.execPath, ['-e', script, target], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const said = (word: string) => new Promise<void>((resolve) => lines.on('line', (line) => line === word && resolve()));
  const ready = said('ready');
  const written = said('written');
  return ready.then(() => ({ child, go: () => child.stdin!.write('go\n'), written }));
}

describeWithDatabase('a read-then-write transaction while another process writes', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    const connection = db.orm.em.getConnection();
    // As `serve --workers` leaves the file (src/app/cluster.ts).
    if (db.kind === 'sqlite') await connection.execute('pragma journal_mode = wal');
    await connection.execute('create table probe (id integer primary key, n integer not null)');
    await connection.execute('insert into probe (id, n) values (1, 0)');
  });

  afterAll(() => db?.destroy());

  it('commits, and so does the other process: neither write is lost', async () => {
    const other = await otherWriter(db);
    const exited = new Promise<number | null>((resolve) => other.child.once('exit', resolve));
    await (db.orm.em.fork() as Em).transactional(async (tx) => {
      const connection = tx.getConnection();
      const ctx = tx.getTransactionContext();
      const [row] = await connection.execute<{ n: number }[]>('select n from probe where id = 1', [], 'all', ctx);
      expect(Number(row!.n)).toBe(0);
      other.go();
      // The other write lands now, or (with the write lock taken at BEGIN) waits for this commit.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([other.written, new Promise((resolve) => (timer = setTimeout(resolve, 1500)))]);
      clearTimeout(timer);
      await connection.execute('update probe set n = n + 1 where id = 1', [], 'run', ctx);
    });
    expect(await exited).toBe(0);
    const [row] = await db.orm.em.getConnection().execute<{ n: number }[]>('select n from probe where id = 1');
    expect(Number(row!.n)).toBe(11);
  });
});
