import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import { subscribe } from 'node:diagnostics_channel';
import type { ServerResponse } from 'node:http';
import { type AppConfig, loadConfig } from './config';
import { exitWithCliFailure } from './cli-errors';
import { logger } from './logger';
import { initOrm, type Orm } from './orm';
import { startServer } from './server';
import { stopOnSignals } from './shutdown';
import { loadTokenKey } from '../access/token-secret';

/**
 * `hoso serve --workers N`: one primary process that owns nothing but the workers, and N workers
 * that each run the whole API (their own ORM and pool) on the same port. node:cluster hands the
 * listening socket to the workers (round robin from the primary, Node's default on Linux), so a
 * client sees one server; a request that keeps one worker busy leaves the others answering.
 *
 * Shared between workers: the database and the token key. Not shared: the in-memory rate-limit
 * buckets (src/app/rate-limit.ts), so an identity may spend its budget once per worker, and the
 * OpenID Connect key cache. A limit that must hold across processes belongs in front of hoso
 * (the reverse proxy) or in a shared store.
 */

/** Response header naming the worker process (its pid) that answered; set only under --workers. */
export const WORKER_HEADER = 'x-hoso-worker';

/** What a worker tells the primary once it listens. */
interface ReadyMessage {
  readonly kind: 'ready';
  readonly url: string;
}
/** What the primary tells a worker: stop as on SIGTERM. A message, not a signal (see stopWhenAsked). */
const STOP_MESSAGE = 'stop';

function isReady(message: unknown): message is ReadyMessage {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'ready';
}

/** Past the workers' own bound (grace + their close margin), the primary kills what is left. */
const KILL_MARGIN_MS = 10_000;
/** A worker's own bound past the grace period, as stopOnSignals gives a single process. */
const CLOSE_MARGIN_MS = 5_000;

/** First wait before a dead worker is replaced; doubled for each crash in a row of the same slot. */
const RESTART_FIRST_MS = 1_000;
const RESTART_MAX_MS = 30_000;
/** A worker that lived this long was healthy: its death starts the back-off afresh. */
const STABLE_AFTER_MS = 60_000;

/**
 * How long to wait before replacing a dead worker: 1 s, 2 s, 4 s… up to 30 s while the slot's
 * workers keep dying young (a database that is down, a bad deploy), so a crash loop costs a log
 * line every 30 s rather than a core; a worker that had run for a minute restarts after 1 s.
 */
export function restartBackoff(previousCrashes: number, livedMs: number): { delayMs: number; crashes: number } {
  const crashes = livedMs >= STABLE_AFTER_MS ? 0 : previousCrashes;
  return { delayMs: Math.min(RESTART_MAX_MS, RESTART_FIRST_MS * 2 ** crashes), crashes: crashes + 1 };
}

/** One of the N places a worker runs in; its replacement takes the same place and back-off. */
interface Slot {
  readonly index: number;
  worker?: Worker;
  startedAt: number;
  ready: boolean;
  crashes: number;
  restart?: NodeJS.Timeout;
}

/**
 * What the workers must find ready before they start, done once here rather than raced N times:
 * the token key exists (a generated `token-secret` file written by one process, not by the first
 * of N while the others read it half-written), and on SQLite the database is a file, not
 * `:memory:` (initOrm keeps the file in WAL mode, so readers in one process do not block a writer in
 * another; better-sqlite3's default busy timeout of 5 s covers two writers meeting).
 */
function prepareShared(config: AppConfig): void {
  if (config.databaseKind === 'sqlite') {
    if (config.sqlitePath === ':memory:') {
      throw new Error('HOSO_SQLITE_PATH=:memory: gives each worker a database of its own: use a file, or --workers 1');
    }
  }
  if (config.authMode === 'on') loadTokenKey(config);
}

export interface WorkersOptions {
  readonly workers: number;
  readonly port: number;
  /** Called once, when the first worker listens (the demo users' tokens are printed there). */
  readonly onReady: (url: string) => void;
}

/**
 * The primary: prepares what the workers share, closes its own ORM (it serves nothing), forks the
 * workers and keeps N of them running until SIGTERM or SIGINT, which stops every worker
 * gracefully and exits 0 when all of them stopped cleanly (1 otherwise, or past the bound).
 * Migrations and seeding are the caller's, done before this with `orm`.
 */
export async function serveWithWorkers(orm: Orm, config: AppConfig, options: WorkersOptions): Promise<void> {
  prepareShared(config);
  await orm.close();
  cluster.setupPrimary({ exec: __filename, args: [] });
  logger.info({ workers: options.workers, port: options.port }, 'starting workers');

  const slots: Slot[] = Array.from({ length: options.workers }, (_, index) => ({ index, startedAt: 0, ready: false, crashes: 0 }));
  const slotOf = (worker: Worker) => slots.find((slot) => slot.worker === worker);
  let anyReady = false;
  let stopping = false;
  let exitCode = 0;

  const start = (slot: Slot) => {
    slot.restart = undefined;
    slot.ready = false;
    slot.startedAt = Date.now();
    // PORT is the one setting a worker takes from the primary; the rest is the same environment.
    slot.worker = cluster.fork({ PORT: String(options.port) });
    logger.info({ worker: slot.worker.process.pid, slot: slot.index }, 'worker started');
  };

  const finishIfAllGone = () => {
    if (slots.some((slot) => slot.worker)) return;
    logger.info({ exitCode }, exitCode === 0 ? 'all workers stopped' : 'workers stopped, not all cleanly');
    process.exit(exitCode);
  };

  const stopAll = (code: number) => {
    stopping = true;
    exitCode = code;
    for (const slot of slots) {
      clearTimeout(slot.restart);
      slot.restart = undefined;
      if (slot.worker?.isConnected()) slot.worker.send(STOP_MESSAGE);
    }
    setTimeout(() => {
      logger.error({ graceMs: config.shutdownTimeoutMs + KILL_MARGIN_MS }, 'workers did not stop in time: killing them');
      for (const slot of slots) slot.worker?.process.kill('SIGKILL');
      process.exit(1);
    }, config.shutdownTimeoutMs + KILL_MARGIN_MS).unref();
    finishIfAllGone();
  };

  cluster.on('message', (worker, message: unknown) => {
    const slot = slotOf(worker);
    if (!slot || !isReady(message)) return;
    slot.ready = true;
    logger.info({ worker: worker.process.pid, slot: slot.index, url: message.url }, 'worker ready');
    if (!anyReady) {
      anyReady = true;
      options.onReady(message.url);
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    const slot = slotOf(worker);
    if (!slot) return;
    slot.worker = undefined;
    const pid = worker.process.pid;
    if (stopping) {
      if (code !== 0) exitCode = 1;
      finishIfAllGone();
      return;
    }
    if (!anyReady && !slot.ready) {
      // Nothing ever listened: the configuration or the port is wrong, and every worker will say so.
      logger.error({ worker: pid, code, signal }, 'a worker failed to start: stopping');
      stopAll(code || 1);
      return;
    }
    const { delayMs, crashes } = restartBackoff(slot.crashes, Date.now() - slot.startedAt);
    slot.crashes = crashes;
    logger.error({ worker: pid, slot: slot.index, code, signal, restartInMs: delayMs }, 'worker died: starting another');
    slot.restart = setTimeout(() => start(slot), delayMs);
  });

  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      logger.warn({ signal }, 'second signal: killing the workers, exiting now');
      for (const slot of slots) slot.worker?.process.kill('SIGKILL');
      process.exit(1);
    }
    signalled = true;
    logger.info({ signal, graceMs: config.shutdownTimeoutMs }, 'stopping the workers: finishing in-flight requests');
    stopAll(0);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  for (const slot of slots) start(slot);
}

/** Every response of this worker names it; a publication before the request handler runs, so no handler can miss it. */
function labelResponses(): void {
  const pid = String(process.pid);
  subscribe('http.server.request.start', (message) => {
    (message as { response: ServerResponse }).response.setHeader(WORKER_HEADER, pid);
  });
}

/**
 * A worker stops on a signal (stopOnSignals, as a single process does) and on the primary's
 * message. Ctrl-C in a terminal sends SIGINT to the whole process group, primary and workers at
 * once, and the primary then asks too: a message is not a signal, so the two count as one request
 * to stop (stop is idempotent), while a second Ctrl-C still means "now".
 */
function stopWhenAsked(stop: () => Promise<void>, graceMs: number): void {
  stopOnSignals(stop, graceMs);
  process.on('message', (message: unknown) => {
    if (message !== STOP_MESSAGE) return;
    logger.info({ graceMs }, 'asked to stop: finishing in-flight requests');
    setTimeout(() => {
      logger.error({ graceMs: graceMs + CLOSE_MARGIN_MS }, 'did not stop in time: exiting anyway');
      process.exit(1);
    }, graceMs + CLOSE_MARGIN_MS).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  });
  // If the primary dies, node:cluster exits the worker at once (its own 'disconnect' handler).
}

/** A worker: the API on the shared port, with its own ORM. */
async function runWorker(): Promise<void> {
  const config = loadConfig();
  labelResponses();
  const serving: { stop?: () => Promise<void> } = {};
  let stopping: Promise<void> | undefined;
  // Asked to stop while still starting: nothing is served yet, so there is nothing to drain.
  stopWhenAsked(() => (stopping ??= serving.stop ? serving.stop() : Promise.resolve()), config.shutdownTimeoutMs);
  const orm = await initOrm(config);
  const server = await startServer(orm, config, config.port);
  serving.stop = async () => {
    await server.stop();
    await orm.close();
  };
  const ready: ReadyMessage = { kind: 'ready', url: server.url };
  process.send?.(ready);
}

if (cluster.isWorker && require.main === module) {
  runWorker().catch((error: unknown) => exitWithCliFailure(error, { json: false }));
}
