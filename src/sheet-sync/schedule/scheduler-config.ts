import { checkTimeZone } from './cron';

/** How `hoso serve` runs the bindings' schedules (README: "Sync on a schedule"). */
export interface SchedulerConfig {
  /** `HOSO_SCHEDULER` (on/off, default on): whether this instance runs scheduled syncs. */
  readonly enabled: boolean;
  /** `HOSO_SCHEDULE_TZ` (default Asia/Ho_Chi_Minh): the zone cron expressions are read in. */
  readonly timeZone: string;
  /**
   * `HOSO_SCHEDULER_POLL_SECONDS` (default 5): how often an instance looks for due runs and for
   * schedules changed elsewhere (another instance, the CLI).
   */
  readonly pollSeconds: number;
  /** `HOSO_SYNC_RETRY_LIMIT` (default 3): retries of a failed scheduled run before it waits for its next time. */
  readonly retryLimit: number;
  /** `HOSO_SYNC_RETRY_DELAY_SECONDS` (default 30): the first retry's delay, doubled at each retry. */
  readonly retryDelaySeconds: number;
  /**
   * `HOSO_SYNC_JOB_TIMEOUT_SECONDS` (default 1800): a scheduled run still going after this is
   * given up on and retried. On PostgreSQL it is also how long a run whose instance died waits
   * before another instance takes it over.
   */
  readonly jobTimeoutSeconds: number;
  /**
   * `HOSO_SYNC_CONCURRENCY` (default 4): scheduled runs one instance does at once. Each run
   * holds database connections and Google calls for its length; a cap leaves the rest of the pool
   * to the API, and on PostgreSQL leaves the other instances their share of the due runs (an
   * instance takes a run only when it has a free slot).
   */
  readonly concurrency: number;
}

export const DEFAULT_SCHEDULE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function schedulerConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SchedulerConfig {
  const switchRaw = env.HOSO_SCHEDULER ?? '';
  if (!['', 'on', 'off'].includes(switchRaw)) throw new Error(`HOSO_SCHEDULER must be "on" or "off", got "${switchRaw}"`);
  return {
    enabled: switchRaw !== 'off',
    timeZone: checkTimeZone(env.HOSO_SCHEDULE_TZ || DEFAULT_SCHEDULE_TIME_ZONE, 'HOSO_SCHEDULE_TZ'),
    // pg-boss's cron monitor accepts 1 to 45 seconds.
    pollSeconds: wholeNumber(env, 'HOSO_SCHEDULER_POLL_SECONDS', 5, 1, 45),
    retryLimit: wholeNumber(env, 'HOSO_SYNC_RETRY_LIMIT', 3, 0, 100),
    retryDelaySeconds: wholeNumber(env, 'HOSO_SYNC_RETRY_DELAY_SECONDS', 30, 1, 86_400),
    // pg-boss caps a job's expiry below 24 hours.
    jobTimeoutSeconds: wholeNumber(env, 'HOSO_SYNC_JOB_TIMEOUT_SECONDS', 1800, 1, 86_399),
    concurrency: wholeNumber(env, 'HOSO_SYNC_CONCURRENCY', 4, 1, 100),
  };
}
