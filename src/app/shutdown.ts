import { logger } from './logger';

/** Extra time past the drain's grace period for closing the database before the exit is forced. */
const CLOSE_MARGIN_MS = 5_000;

/**
 * SIGTERM or SIGINT: stop taking requests, let those in flight finish (within the server's grace
 * period), close the database pool, exit 0. Whatever hangs past the bound is cut short with exit 1,
 * so a process manager or a benchmark never has to SIGKILL; a second signal exits at once.
 */
export function stopOnSignals(stop: () => Promise<void>, graceMs: number): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal, graceMs }, 'stopping: finishing in-flight requests');
    setTimeout(() => {
      logger.error({ graceMs: graceMs + CLOSE_MARGIN_MS }, 'did not stop in time: exiting anyway');
      process.exit(1);
    }, graceMs + CLOSE_MARGIN_MS).unref();
    stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
