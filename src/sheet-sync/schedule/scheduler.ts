import type { AppConfig } from '../../app/config';
import { logger } from '../../app/logger';
import type { SyncEnvironment } from '../sheet-sync.service';
import { InProcessScheduler } from './in-process-scheduler';
import { PgBossScheduler } from './pg-boss-scheduler';
import type { SchedulerConfig } from './scheduler-config';

/** Runs the bindings' schedules while `hoso serve` runs. */
export interface SyncScheduler {
  start(): Promise<void>;
  /** Takes no new run; a run going is finished (SQLite) or finished or handed on within the grace period (PostgreSQL). */
  stop(graceMs?: number): Promise<void>;
}

/**
 * The scheduler for this database: pg-boss on PostgreSQL (any number of instances share the
 * work), the in-process one on SQLite (one instance). Null when `HOSO_SCHEDULER=off`.
 */
export async function startScheduler(env: SyncEnvironment, config: AppConfig, scheduler: SchedulerConfig): Promise<SyncScheduler | null> {
  if (!scheduler.enabled) {
    logger.info('sync scheduler off (HOSO_SCHEDULER=off)');
    return null;
  }
  const running =
    config.databaseKind === 'postgresql'
      ? new PgBossScheduler(env, config.databaseUrl!, scheduler)
      : new InProcessScheduler(env, scheduler);
  await running.start();
  return running;
}
