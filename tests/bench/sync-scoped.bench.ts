/**
 * Benchmark (not a test): a commune's binding — about 2,000 cadres — inside a 100,000-cadre
 * PostgreSQL database, synced as the application syncs it: `initSheets` with `scope`, then
 * `syncSheets` (OrmSyncStore, the scope cut in SQL, the services, the run history, the shared
 * Google quota) against the Sheets API emulator over HTTP, with the real googleapis SheetsClient.
 *
 *   BENCH_SCOPED=1 npm run bench:sync
 *   HOSO_BENCH_DATABASE_URL=postgresql://…   # default postgresql://postgres@127.0.0.1:5432/hoso_bench_sync
 *   BENCH_CADRES=100000                      # the database is seeded (src/seed) up to this many cadres, then reused
 *   BENCH_SCOPE=<locality or unit code>      # default: the commune whose subtree holds the nearest to 2,000 cadres
 *
 * The measuring is tests/bench/sync.bench.ts's (measureRun, the tables it prints, its floors).
 * Runs, each measured on its own: 1. the subtree into the empty tabs `initSheets` made; 2. no
 * change; 3. 1% of the subtree's cadres edited in the sheet (typed), 1% of others in hoso
 * (through the cadre service, as a GraphQL mutation would), two fields edited on both sides;
 * 4. no change again (the two conflicts stay open).
 *
 * CPU and memory are this process's: the googleapis client, the engine, MikroORM and the driver.
 * PostgreSQL's own work happens in its server processes: it is in the wall time, not in CPU s.
 * SQL: every statement MikroORM sends (its logger sees each one), with the rows it returned,
 * summed by the statement's main table (its first FROM). Asserted besides the floors: no run
 * reads more cadre rows in one statement than the subtree holds, nor more than a few times the
 * subtree in all — the other ~98,000 cadres are never loaded.
 */
import 'reflect-metadata';
import { CONFLICT_TAB_TITLE } from '../../sync/engine/conflict-tab';
import { cellA1, quoteSheetTitle } from '../../sync/engine/a1';
import { seededRandom } from '../../sync/sheets/clock';
import { SheetsClient } from '../../sync/sheets/sheets-client';
import { loadConfig } from '../../src/app/config';
import { type Em, type Orm, forkFor, initOrm, migrate } from '../../src/app/orm';
import type { Viewer } from '../../src/app/request-meta';
import { Cadre } from '../../src/cadres/cadre.entity';
import { UpdateCadreInput } from '../../src/cadres/cadre.inputs';
import { updateCadre } from '../../src/cadres/cadre.service';
import { toGlobalId } from '../../src/common/graphql/global-id';
import { seedDemoData } from '../../src/seed/seed.service';
import { projectBudgetFor } from '../../src/sheet-sync/schedule/shared-quota';
import { initSheets, syncSheets } from '../../src/sheet-sync/sheet-sync.service';
import { SyncBinding } from '../../src/sheet-sync/sync-binding.entity';
import { syncEnvironment } from '../../src/sheet-sync/sync-environment';
import { ensurePostgresDatabase } from './bench-database';
import {
  GOOGLE_PAYLOAD_LIMIT,
  type Measured,
  type Meter,
  type SqlMeter,
  type SqlTally,
  TallyingSheets,
  admin,
  checkFloors,
  failureList,
  fullGc,
  int,
  largestRequests,
  measureRun,
  print,
  secs,
  size,
  warmUp,
  withEmulator,
} from './sync.bench';

const DATABASE_URL = process.env.HOSO_BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/hoso_bench_sync';
const CADRES = Number(process.env.BENCH_CADRES ?? 100_000);
if (!Number.isInteger(CADRES) || CADRES < 1) throw new Error(`BENCH_CADRES must be a positive integer, not ${process.env.BENCH_CADRES}`);
/** The size of an office's sheet the issue asks about. */
const TARGET_SUBTREE = 2_000;
const BINDING_TITLE = 'hoso sync benchmark (scoped)';
const SYSTEM: Viewer = { actor: 'bench', source: 'sync' };
const CADRE_TAB = 'Cán bộ';
/** The field edited on both sides: a free-text column, so any new value is valid. */
const EDITED_HEADER = 'Quê quán';
const CONFLICTS = 2;

/** Every statement MikroORM sends, through its logger (the one every connection and transaction logs to). */
class OrmSqlMeter implements SqlMeter {
  private statements = 0;
  private rows = 0;
  private readonly byTable = new Map<string, number>();
  private readonly largest = new Map<string, number>();

  constructor(orm: Orm) {
    const logger = orm.config.getLogger();
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (context) => {
      this.count(String(context.query ?? ''), typeof context.results === 'number' ? context.results : 0);
      logQuery(context);
    };
  }

  private count(query: string, rows: number): void {
    this.statements++;
    this.rows += rows;
    const table = /\bfrom\s+"?([a-z_][a-z0-9_]*)"?/i.exec(query)?.[1];
    if (!table || rows === 0) return;
    this.byTable.set(table, (this.byTable.get(table) ?? 0) + rows);
    this.largest.set(table, Math.max(this.largest.get(table) ?? 0, rows));
  }

  reset(): void {
    this.statements = 0;
    this.rows = 0;
    this.byTable.clear();
    this.largest.clear();
  }

  read(): SqlTally {
    return {
      statements: this.statements,
      rows: this.rows,
      rowsByTable: Object.fromEntries(this.byTable),
      largestByTable: Object.fromEntries(this.largest),
    };
  }
}

/** The bench database with at least CADRES cadres (seeded with the demo data, topped up when smaller). */
async function seedDatabase(em: Em): Promise<number> {
  const existing = await em.count(Cadre, {});
  if (existing < CADRES) {
    console.log(`seeding ${int(CADRES - existing)} cadres into ${new URL(DATABASE_URL).pathname.slice(1)}...`);
    const started = Date.now();
    await seedDemoData(em, { cadres: CADRES - existing, progress: true });
    console.log(`seeded in ${secs((Date.now() - started) / 1000)} s`);
  }
  return em.count(Cadre, {});
}

interface Subtree {
  readonly code: string;
  readonly name: string;
  /** The ids of its cadres, counted in SQL by path (independently of the sync's scope cut). */
  readonly cadreIds: ReadonlySet<string>;
}

/** BENCH_SCOPE (a locality or unit code), or the commune whose subtree holds the nearest to 2,000 cadres. */
async function pickSubtree(em: Em): Promise<Subtree> {
  const sql = <T>(text: string, bindings: unknown[] = []): Promise<T[]> => em.getConnection().execute<T[]>(text, bindings);
  let code = process.env.BENCH_SCOPE;
  if (code === undefined) {
    const [nearest] = await sql<{ code: string }>(
      `select l.code from locality l
         join locality s on s.path like l.path || '%'
         join unit u on u.locality_id = s.id
         join cadre c on c.unit_id = u.id
       where l.level = 'commune'
       group by l.code
       order by abs(count(*) - ?), l.code
       limit 1`,
      [TARGET_SUBTREE],
    );
    if (!nearest) throw new Error('the bench database has no commune with cadres');
    code = nearest.code;
  }
  const [locality] = await sql<{ name: string; path: string }>('select name, path from locality where code = ?', [code]);
  const [unit] = locality ? [] : await sql<{ name: string; path: string }>('select name, path from unit where code = ?', [code]);
  const place = locality ?? unit;
  if (!place) throw new Error(`BENCH_SCOPE: no locality or unit has the code ${code}`);
  const ids = await sql<{ id: number }>(
    locality
      ? `select c.id from cadre c join unit u on u.id = c.unit_id join locality s on s.id = u.locality_id where s.path like ? || '%'`
      : `select c.id from cadre c join unit u on u.id = c.unit_id where u.path like ? || '%'`,
    [place.path],
  );
  return { code, name: place.name, cadreIds: new Set(ids.map((r) => String(r.id))) };
}

interface Cell {
  readonly id: string;
  readonly rowNumber: number;
  readonly value: string | null;
}

/** The cadre tab's rows as the sheet holds them now: id, row number, the edited column's text. */
async function cadreRows(url: string, spreadsheetId: string): Promise<{ rows: Cell[]; column: number }> {
  const range = encodeURIComponent(quoteSheetTitle(CADRE_TAB));
  const { values } = await admin<{ values: (string | number | boolean | null)[][] }>(
    url,
    'GET',
    `/spreadsheets/${spreadsheetId}/values?range=${range}`,
  );
  const column = (values[0] ?? []).map(String).indexOf(EDITED_HEADER);
  if (column < 0) throw new Error(`the ${CADRE_TAB} tab has no column ${EDITED_HEADER}`);
  const rows = values
    .slice(1)
    .map((row, i) => ({ id: String(row[0] ?? ''), rowNumber: i + 2, value: row[column] == null ? null : String(row[column]) }))
    .filter((r) => r.id !== '');
  return { rows, column };
}

interface Edits {
  readonly sheetEdits: number;
  readonly databaseEdits: number;
  readonly conflicts: number;
}

/**
 * 1% of the subtree's cadres edited in the sheet (typed, USER_ENTERED), 1% of other cadres in
 * hoso through the cadre service, and CONFLICTS cadres on both sides to different values.
 */
async function editBothSides(orm: Orm, url: string, spreadsheetId: string): Promise<Edits> {
  // Fixed, so invocations edit the same rows (the cell's current value is avoided, so each edit is a change).
  const random = seededRandom(20_261_204);
  const { rows, column } = await cadreRows(url, spreadsheetId);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  const perSide = Math.max(1, Math.round(rows.length / 100));
  const inSheet = rows.slice(0, perSide);
  const inHoso = rows.slice(perSide, 2 * perSide);
  const onBoth = rows.slice(2 * perSide, 2 * perSide + CONFLICTS);
  // A village name the cell does not hold yet (the run must see a change).
  const newValue = (avoid: readonly (string | null)[]): string => {
    for (;;) {
      const value = `Thôn ${1 + Math.floor(random() * 99)}, xã Bench ${1 + Math.floor(random() * 9_999)}`;
      if (!avoid.includes(value)) return value;
    }
  };
  const type = (row: Cell, value: string) =>
    admin(url, 'POST', `/spreadsheets/${spreadsheetId}/values`, {
      range: cellA1(CADRE_TAB, row.rowNumber, column),
      values: [[value]],
      valueInputOption: 'USER_ENTERED',
    });
  const save = async (row: Cell, value: string) => {
    const em = forkFor(orm, { actor: 'bench.staff', source: 'api' });
    await updateCadre(em, toGlobalId(Cadre.name, Number(row.id)), Object.assign(new UpdateCadreInput(), { homeTown: value }));
  };
  for (const row of inSheet) await type(row, newValue([row.value]));
  for (const row of inHoso) await save(row, newValue([row.value]));
  for (const row of onBoth) {
    const typed = newValue([row.value]);
    await type(row, typed);
    await save(row, newValue([row.value, typed]));
  }
  return { sheetEdits: inSheet.length, databaseEdits: inHoso.length, conflicts: onBoth.length };
}

/** The floors, that each run did what the scenario says, and that no run read cadres outside the subtree. */
async function check(runs: readonly Measured[], edits: Edits, subtree: Subtree, sheetIds: ReadonlySet<string>): Promise<string[]> {
  const [first, unchanged, edited, unchangedAgain] = runs;
  const { failures, expect } = failureList();
  failures.push(...checkFloors(runs, [unchanged, unchangedAgain]));
  const inScope = subtree.cadreIds.size;
  if (first) {
    expect(first.report.counts.database.creates === 0, `${first.label}: ${first.report.counts.database.creates} records created`);
    expect(first.report.cellErrors === 0, `${first.label}: ${first.report.cellErrors} cell errors`);
    const outside = [...sheetIds].filter((id) => !subtree.cadreIds.has(id));
    const missing = [...subtree.cadreIds].filter((id) => !sheetIds.has(id));
    expect(
      outside.length === 0 && missing.length === 0,
      `${first.label}: the ${CADRE_TAB} tab holds ${outside.length} cadres outside the subtree and lacks ${missing.length} of it`,
    );
  }
  for (const m of runs) {
    const largest = m.sql?.largestByTable.cadre ?? 0;
    const total = m.sql?.rowsByTable.cadre ?? 0;
    expect(m.sql !== null && m.sql.statements > 0, `${m.label}: no SQL statement counted`);
    expect(largest <= inScope, `${m.label}: one statement returned ${largest} cadre rows, the subtree holds ${inScope}`);
    expect(total <= 3 * inScope, `${m.label}: ${total} cadre rows read in all, over 3 × the subtree's ${inScope}`);
  }
  if (edited) {
    const { counts } = edited.report;
    expect(
      counts.database.updatedRecords === edits.sheetEdits,
      `${edited.label}: ${counts.database.updatedRecords} records updated, expected ${edits.sheetEdits}`,
    );
    expect(
      counts.sheet.cellWrites === edits.databaseEdits,
      `${edited.label}: ${counts.sheet.cellWrites} cells, expected ${edits.databaseEdits}`,
    );
    expect(counts.conflicts === edits.conflicts, `${edited.label}: ${counts.conflicts} conflicts, expected ${edits.conflicts}`);
  }
  if (unchangedAgain) {
    const open = unchangedAgain.report.counts.conflicts;
    expect(open === edits.conflicts, `${unchangedAgain.label}: ${open} open conflicts, expected ${edits.conflicts}`);
  }
  return failures;
}

export async function main(): Promise<void> {
  const benchStarted = Date.now();
  await ensurePostgresDatabase(DATABASE_URL);
  const config = loadConfig({ DATABASE_URL, LOG_LEVEL: 'warn' });
  const orm = await initOrm(config);
  try {
    await migrate(orm);
    const em = forkFor(orm, { actor: 'bench', source: 'seed' });
    const total = await seedDatabase(em);
    const subtree = await pickSubtree(em);
    // The previous invocations' bindings (their runs and flags go with them): each run starts from a new spreadsheet.
    await em.getConnection().execute('delete from sync_binding where title = ?', [BINDING_TITLE]);
    await withEmulator(async (emulator, sampler, sheetsConfig) => {
      // The client the application builds (syncEnvironment), with the quota shared through PostgreSQL.
      const client = SheetsClient.fromConfig(sheetsConfig, { budget: projectBudgetFor(orm, 'postgresql', sheetsConfig) });
      const sheets = new TallyingSheets(client);
      const env = syncEnvironment(orm, config, () => sheets);
      await warmUp(emulator.url, sheets);
      const { spreadsheetId } = await admin<{ spreadsheetId: string }>(emulator.url, 'POST', '/spreadsheets', {
        title: BINDING_TITLE,
        sheets: [],
      });
      const { binding } = await initSheets(env, spreadsheetId, SYSTEM, { title: BINDING_TITLE, scope: subtree.code });
      const callsBeforeRuns = sheets.stats().calls;
      const sql = new OrmSqlMeter(orm);
      const meter: Meter = { sheets, sampler, gc: fullGc(), sql };
      const measure = async (label: string): Promise<Measured> => {
        const state = (await forkFor(orm, SYSTEM).findOneOrFail(SyncBinding, binding.id, { populate: ['state'] })).state;
        const titles = [...binding.tabs.map((t) => t.sheetTitle), CONFLICT_TAB_TITLE];
        const known = titles.every((title) => state?.sheetIds[title] !== undefined);
        return measureRun(meter, label, known, (onStep) => syncSheets(env, spreadsheetId, SYSTEM, { onStep }));
      };

      console.log(
        `hoso scoped sync benchmark: PostgreSQL ${new URL(DATABASE_URL).pathname.slice(1)} with ${int(total)} cadres; ` +
          `binding scoped to ${subtree.code} ${subtree.name}: ${int(subtree.cadreIds.size)} cadres ` +
          `(${binding.tabs.length} tabs + '${CONFLICT_TAB_TITLE}'); emulator ${emulator.url} (child process ${emulator.child.pid}), ` +
          `googleapis SheetsClient, OrmSyncStore through syncSheets, Node ${process.version}\n`,
      );
      const runs: Measured[] = [];
      runs.push(await measure('1. first run'));
      const inSheet = new Set((await cadreRows(emulator.url, spreadsheetId)).rows.map((r) => r.id));
      runs.push(await measure('2. no change'));
      const edits = await editBothSides(orm, emulator.url, spreadsheetId);
      runs.push(await measure('3. 1% edited each side'));
      runs.push(await measure('4. no change again'));

      const requestBytes = await largestRequests(emulator.url, callsBeforeRuns, runs);
      print(runs, requestBytes);
      const oversized = (requestBytes ?? []).flatMap((bytes, i) =>
        bytes > GOOGLE_PAYLOAD_LIMIT ? [`${runs[i]!.label} (${size(bytes)})`] : [],
      );
      if (oversized.length > 0) console.log(`\nWARNING: request bodies over Google's 10 MiB payload limit: ${oversized.join(', ')}`);
      console.log(
        `\ncadre rows: the subtree holds ${int(subtree.cadreIds.size)} of ${int(total)}; the ${CADRE_TAB} tab got ${int(inSheet.size)}; ` +
          `per run, cadre rows returned by SQL (largest statement): ` +
          runs.map((m) => `${int(m.sql?.rowsByTable.cadre ?? 0)} (${int(m.sql?.largestByTable.cadre ?? 0)})`).join(', '),
      );
      console.log(
        `run 3: ${edits.sheetEdits} cadres edited in the sheet, ${edits.databaseEdits} others in hoso, ` +
          `${edits.conflicts} edited on both sides. Total ${secs((Date.now() - benchStarted) / 1000)} s.`,
      );
      const failures = await check(runs, edits, subtree, inSheet);
      if (failures.length > 0) throw new Error(`scoped sync benchmark: ${failures.length} check(s) failed:\n  ${failures.join('\n  ')}`);
      console.log(
        'checks: 1 values.batchGet per run, ≤ 2 writes, no change = 1 read and 0 writes, ' +
          'the tab holds exactly the subtree, no statement read more cadres than the subtree — ok',
      );
    });
  } finally {
    await orm.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
