import PgBoss from 'pg-boss';
import { logger } from '../../app/logger';
import type { SyncEnvironment } from '../sheet-sync.service';
import { scheduleChanges } from './schedule.service';
import { type ScheduledBinding, runScheduledSync, scheduledBindings } from './scheduled-run';
import type { SchedulerConfig } from './scheduler-config';
import type { SyncScheduler } from './scheduler';

/** pg-boss's tables live in their own schema of hoso's database. */
export const PG_BOSS_SCHEMA = 'pgboss';

/**
 * One queue per binding: pg-boss 10 keys a schedule by its queue's name, so that is how each
 * binding gets a schedule of its own.
 */
const QUEUE_PREFIX = 'hoso-sync-';

export function bindingQueue(bindingId: number): string {
  return `${QUEUE_PREFIX}${bindingId}`;
}

/** PostgreSQL's "deadlock detected": the aborted transaction may be run again as it was. */
const DEADLOCK_DETECTED = '40P01';
const DEADLOCK_ATTEMPTS = 5;

async function againAfterDeadlock(work: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt >= DEADLOCK_ATTEMPTS) throw error;
      // Apart, so that the two instances do not meet again at once.
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
}

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

interface JobData {
  readonly bindingId: number;
}

/**
 * PostgreSQL: the bindings' schedules as pg-boss schedules on hoso's own database, so that any
 * number of instances share the work. pg-boss's clock (one instance per interval, cluster-wide)
 * turns each due schedule into a job on the binding's queue; whichever instance fetches it runs it.
 *
 * - Once at a time per binding, cluster-wide: the queues are `stately` (at most one job queued and
 *   one running per binding: a time that comes during a long run queues one run, never a pile),
 *   and the run itself takes the binding's advisory lock (src/sheet-sync/sync-lock.ts).
 * - Failures retry with exponential back-off (`retryLimit`, `retryDelay`, `retryBackoff`).
 * - A run whose instance died stays active until its expiry (`HOSO_SYNC_JOB_TIMEOUT_SECONDS`);
 *   pg-boss's maintenance then fails it and it is retried by an instance that is alive. Its
 *   advisory lock went with its connection.
 * - An instance does at most `HOSO_SYNC_CONCURRENCY` runs at once and fetches a job only when it
 *   has a free slot (its own poll, not a pg-boss worker per queue, which would take every due job
 *   the moment it is due): the other instances get the rest, and a job never waits in an instance
 *   that is busy with others.
 * - A graceful stop takes no new job and waits for the runs going, within the grace period; those
 *   still going are then failed, to be retried elsewhere.
 *
 * `sync_binding.schedule` is the source of truth: every instance mirrors it into pg-boss at each
 * poll, so the CLI (which runs no pg-boss) and other instances only have to change the row.
 */
export class PgBossScheduler implements SyncScheduler {
  private readonly boss: PgBoss;
  /** Queues this instance works, with the schedule it last mirrored. */
  private readonly working = new Map<number, string>();
  /** The runs this instance is doing now, by binding, with their jobs. */
  private readonly running = new Map<number, { job: PgBoss.Job<JobData>; done: Promise<void> }>();
  private pollTimer: NodeJS.Timeout | null = null;
  private refreshing: Promise<void> | null = null;
  private fetching: Promise<void> | null = null;
  private fetchAgain = false;
  private stopped = false;
  private readonly onChange = () => void this.refreshLogged();

  constructor(
    private readonly env: SyncEnvironment,
    connectionString: string,
    private readonly config: SchedulerConfig,
  ) {
    this.boss = new PgBoss({
      connectionString,
      schema: PG_BOSS_SCHEMA,
      application_name: 'hoso-scheduler',
      max: 4,
      cronMonitorIntervalSeconds: config.pollSeconds,
      cronWorkerIntervalSeconds: config.pollSeconds,
      // Expired runs (their instance died) are found at most this long after their expiry.
      maintenanceIntervalSeconds: Math.max(1, Math.min(120, Math.ceil(config.jobTimeoutSeconds / 2))),
    });
    this.boss.on('error', (error) => logger.warn({ err: error }, 'pg-boss'));
  }

  async start(): Promise<void> {
    await this.boss.start();
    scheduleChanges.on('changed', this.onChange);
    await this.refresh();
    this.pollTimer = setInterval(() => void this.refreshLogged().then(() => this.takeWork()), this.config.pollSeconds * 1000);
    this.pollTimer.unref();
    void this.takeWork();
    logger.info({ bindings: this.working.size, timeZone: this.config.timeZone }, 'sync scheduler started (pg-boss)');
  }

  async stop(graceMs = 10_000): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    scheduleChanges.off('changed', this.onChange);
    if (this.pollTimer) clearInterval(this.pollTimer);
    await this.refreshing?.catch(() => undefined);
    await this.fetching;
    const going = [...this.running.values()];
    const graceOver = new Promise<'over'>((resolve) => setTimeout(() => resolve('over'), graceMs).unref());
    if ((await Promise.race([Promise.all(going.map((run) => run.done)), graceOver])) === 'over') {
      // Failed now rather than at their expiry: another instance retries them at once (their
      // advisory locks go with this process).
      for (const { job } of this.running.values()) {
        await this.boss.fail(job.name, job.id, { message: 'the instance running it stopped' }).catch(() => undefined);
      }
    }
    await this.boss.stop({ graceful: true, wait: true, timeout: 1000, close: true });
  }

  /** Mirrors the bindings' schedules into pg-boss and works their queues. */
  refresh(): Promise<void> {
    this.refreshing ??= scheduledBindings(this.env)
      .then((bindings) => this.reconcile(bindings))
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private refreshLogged(): Promise<void> {
    return this.refresh().catch((error: unknown) => logger.error({ err: error }, 'scheduler refresh failed'));
  }

  private async reconcile(bindings: readonly ScheduledBinding[]): Promise<void> {
    if (this.stopped) return;
    const mirrored = new Map((await this.boss.getSchedules()).filter((s) => s.name.startsWith(QUEUE_PREFIX)).map((s) => [s.name, s]));
    const wanted = new Set<string>();
    for (const binding of bindings) {
      const queue = bindingQueue(binding.id);
      wanted.add(queue);
      if (!this.working.has(binding.id)) await this.ensureQueue(queue);
      const current = mirrored.get(queue);
      if (current?.cron !== binding.schedule || (current as { timezone?: string }).timezone !== this.config.timeZone) {
        const data: JobData = { bindingId: binding.id };
        await this.boss.schedule(queue, binding.schedule, data, { tz: this.config.timeZone });
      }
      this.working.set(binding.id, binding.schedule);
    }
    for (const name of mirrored.keys()) if (!wanted.has(name)) await this.boss.unschedule(name);
    for (const id of [...this.working.keys()]) if (!wanted.has(bindingQueue(id))) this.working.delete(id);
  }

  /**
   * Fetches due jobs while this instance has free slots, from the queues in a fresh order each
   * time (no binding always looked at last). Called at every poll and whenever a run ends.
   */
  private takeWork(): Promise<void> {
    if (this.fetching) {
      // A run ended (or the poll came) during a fetch that had already listed its queues: look
      // again right after it, rather than leaving the freed slot idle until the next poll.
      this.fetchAgain = true;
      return this.fetching;
    }
    this.fetchAgain = false;
    this.fetching = this.fetchDue()
      .catch((error: unknown) => logger.error({ err: error }, 'scheduler fetch failed'))
      .finally(() => {
        this.fetching = null;
        if (this.fetchAgain && !this.stopped) void this.takeWork();
      });
    return this.fetching;
  }

  private async fetchDue(): Promise<void> {
    const idle = [...this.working.keys()].filter((id) => !this.running.has(id));
    for (const id of shuffled(idle)) {
      if (this.stopped || this.running.size >= this.config.concurrency) return;
      const [job] = await this.boss.fetch<JobData>(bindingQueue(id));
      if (job) this.begin(id, job);
    }
  }

  private begin(bindingId: number, job: PgBoss.Job<JobData>): void {
    const done = runScheduledSync(this.env, job.data.bindingId)
      .then(
        () => this.boss.complete(job.name, job.id),
        // The failure is retried by pg-boss, with back-off, by whichever instance fetches it.
        (error: unknown) => this.boss.fail(job.name, job.id, { message: error instanceof Error ? error.message : String(error) }),
      )
      .catch((error: unknown) => logger.error({ err: error, bindingId, job: job.id }, 'could not record the end of a scheduled run'))
      .finally(() => {
        this.running.delete(bindingId);
        if (!this.stopped) void this.takeWork();
      });
    this.running.set(bindingId, { job, done });
  }

  private async ensureQueue(queue: string): Promise<void> {
    const options: PgBoss.Queue = {
      name: queue,
      policy: 'stately',
      retryLimit: this.config.retryLimit,
      retryDelay: this.config.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.config.jobTimeoutSeconds,
    };
    // Instances that start together create the same queues at once; a queue is a partition of
    // pg-boss's job table, and attaching two partitions at once can deadlock. PostgreSQL then
    // aborts one of the creations, which is simply made again (creating a queue that exists does nothing).
    await againAfterDeadlock(() => this.boss.createQueue(queue, options));
    // An existing queue takes this instance's settings (they come from the environment).
    await this.boss.updateQueue(queue, options);
  }
}
