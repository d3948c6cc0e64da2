#!/usr/bin/env node
import 'reflect-metadata';
import { Command, InvalidArgumentError } from 'commander';
import { type AppConfig, loadConfig, parseWorkers } from './config';
import { serveWithWorkers } from './cluster';
import { logger } from './logger';
import { forkFor, initOrm, migrate, type Orm } from './orm';
import { startServer } from './server';
import { stopOnSignals } from './shutdown';
import { DEMO_ADMIN_LOGIN, type DemoUser, ensureDemoUsers, printDemoUsers } from '../access/demo-users';
import { User } from '../access/user.entity';
import { isDatabaseEmpty, seedDemoData } from '../seed/seed.service';
import { exitWithCliFailure } from './cli-errors';
import { withDashedIdHint } from '../sheet-sync/spreadsheet-id';
import { registerSyncCommands } from '../sheet-sync/sheet-sync.cli';
import { registerAccessCommands } from '../access/access.cli';
import { startScheduler } from '../sheet-sync/schedule/scheduler';
import { schedulerConfigFromEnv } from '../sheet-sync/schedule/scheduler-config';
import { syncEnvironment } from '../sheet-sync/sync-environment';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

function workerCount(value: string): number {
  try {
    return parseWorkers(value, '--workers');
  } catch {
    throw new InvalidArgumentError('must be a whole number of processes, or 0/auto for one per core');
  }
}

/**
 * `bulk`: the command runs long statements on purpose (migrations, the seed's inserts and its final
 * ANALYZE over a million rows), so PostgreSQL's per-statement timeout, there to protect the server
 * from one heavy request, does not apply.
 */
async function withOrm<T>(action: (orm: Orm, config: AppConfig) => Promise<T>, options: { bulk?: boolean } = {}): Promise<T> {
  const loaded = loadConfig();
  const config = options.bulk ? { ...loaded, statementTimeoutMs: 0 } : loaded;
  const orm = await initOrm(config);
  try {
    return await action(orm, config);
  } finally {
    await orm.close();
  }
}

const program = new Command()
  .name('hoso')
  .description('hồ sơ cán bộ — GraphQL API over cadre records, with Google Sheets sync')
  .showHelpAfterError()
  .configureOutput({ outputError: (message, write) => write(withDashedIdHint(message, process.argv.slice(2))) });

/** Migrations, and with `--seed-if-empty` the demo data and its users: done once, before serving. */
async function prepareToServe(orm: Orm, config: AppConfig, seedIfEmpty: boolean): Promise<DemoUser[]> {
  const applied = await migrate(orm);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  if (!seedIfEmpty) return [];
  const em = forkFor(orm, { actor: 'seed', source: 'seed' });
  const seeded = await isDatabaseEmpty(em);
  if (seeded) {
    logger.info('empty database: loading demo data');
    const summary = await seedDemoData(em, {});
    logger.info(summary, 'demo data loaded');
  }
  // The demo office's users, made with the demo data and given fresh tokens at each start.
  if (seeded || (await em.count(User, { login: DEMO_ADMIN_LOGIN })) > 0) return ensureDemoUsers(em, config);
  return [];
}

program
  .command('serve')
  .description('migrate the database, then serve the GraphQL API (PORT, default 4000)')
  .option('--seed-if-empty', 'load the demo data when the database has no records')
  .option('-p, --port <port>', 'port to listen on', positiveInt)
  .option('-w, --workers <n>', 'processes serving the port (node:cluster); 0 or auto: one per core (HOSO_WORKERS, default 1)', workerCount)
  .action(async (options: { seedIfEmpty?: boolean; port?: number; workers?: number }) => {
    const config = loadConfig();
    const port = options.port ?? config.port;
    const workers = options.workers ?? config.workers;
    const orm = await initOrm(config);
    const demoUsers = await prepareToServe(orm, config, options.seedIfEmpty ?? false);
    const scheduling = schedulerConfigFromEnv();
    if (workers > 1) {
      if (scheduling.enabled) logger.warn('serve --workers: scheduled syncs do not run in this mode (run one more `hoso serve` for them)');
      await serveWithWorkers(orm, config, { workers, port, onReady: (url) => printDemoUsers(demoUsers, url) });
      return;
    }
    // One Google client for the API's runs and the scheduled ones: one rate limiter sees them all.
    const sync = syncEnvironment(orm, config);
    const server = await startServer(orm, config, port, { sheets: sync.sheets });
    const scheduler = await startScheduler(sync, config, scheduling);
    printDemoUsers(demoUsers, server.url);
    stopOnSignals(async () => {
      // A scheduled run going is finished within the grace period (on PostgreSQL, else handed on by pg-boss).
      await Promise.all([server.stop(), scheduler?.stop(config.shutdownTimeoutMs)]);
      await orm.close();
    }, config.shutdownTimeoutMs);
  });

program
  .command('migrate')
  .description('apply pending migrations')
  .action(() =>
    withOrm(
      async (orm) => {
        const applied = await migrate(orm);
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
      },
      { bulk: true },
    ),
  );

program
  .command('seed')
  .description('load deterministic demo data (migrates first)')
  .option('--cadres <n>', 'number of cadres (default about 2,000; 100000 for benchmarks)', positiveInt)
  .option('--seed <n>', 'random seed, for a different but still deterministic dataset', positiveInt)
  .option('--force', 'load even when the database already has records')
  .action((options: { cadres?: number; seed?: number; force?: boolean }) =>
    withOrm(
      async (orm) => {
        await migrate(orm);
        const em = forkFor(orm, { actor: 'seed', source: 'seed' });
        if (!options.force && !(await isDatabaseEmpty(em))) {
          console.error('The database already has records; use --force to add demo data anyway.');
          process.exitCode = 1;
          return;
        }
        const summary = await seedDemoData(em, { cadres: options.cadres, seed: options.seed, progress: true });
        console.log(JSON.stringify(summary, null, 2));
      },
      { bulk: true },
    ),
  );

program
  .command('migration:create')
  .description('(developers) write a migration for the configured database from the entity changes')
  .option('--initial', 'the first migration')
  .action((options: { initial?: boolean }) =>
    withOrm(async (orm) => {
      const result = await orm.getMigrator().createMigration(undefined, false, options.initial ?? false);
      console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes');
    }),
  );

registerSyncCommands(program, withOrm);
registerAccessCommands(program, withOrm);

// Every command fails the same way: one sentence on stderr, the detail in the log (stdout with --json).
program.parseAsync(process.argv).catch((error: unknown) => exitWithCliFailure(error, { json: process.argv.includes('--json') }));
