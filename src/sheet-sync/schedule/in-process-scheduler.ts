import { logger } from '../../app/logger';
import type { SyncEnvironment } from '../sheet-sync.service';
import { nextRunAt } from './cron';
import { scheduleChanges } from './schedule.service';
import { type ScheduledBinding, runScheduledSync, scheduledBindings } from './scheduled-run';
import type { SchedulerConfig } from './scheduler-config';
import type { SyncScheduler } from './scheduler';

/** Time as the scheduler sees it: the system's, or a test's hand-driven one. */
export interface SchedulerTimers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: SchedulerTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Node's timers overflow past 24.8 days; a later time is reached in steps of a day. */
const LONGEST_WAIT_MS = 24 * 3600_000;

interface Entry {
  readonly bindingId: number;
  schedule: string;
  /** The next regular time, and the timer armed for it (or for a retry). */
  dueAt: number;
  timer: unknown;
  running: Promise<void> | null;
  /**
   * A time came and its run has not started: the binding's previous run was still going (one more
   * run right after it, never a queue of them), or the instance was doing as many runs as it may.
   */
  pending: boolean;
  /** When it became pending: the runs waiting for a slot start in that order. */
  pendingSince: number;
  /** Failed runs in a row; a retry is due `retryDelay × 2^(failures-1)` after the failure. */
  failures: number;
}

/**
 * The schedules of one instance (SQLite: one process owns the database): each binding's next time
 * from its cron expression, at most one run per binding at a time (a time that comes during a run
 * is run once, right after it) and at most `HOSO_SYNC_CONCURRENCY` at once (the others wait their
 * turn, in the order their times came), failed runs retried with exponential back-off up to the retry
 * limit. Runs share the process's Google client, so its rate limiter and quota budget see them
 * all. The schedules are read again every poll and whenever this process changes one.
 */
export class InProcessScheduler implements SyncScheduler {
  private readonly entries = new Map<number, Entry>();
  private pollTimer: unknown = null;
  private stopped = false;
  private refreshing: Promise<void> | null = null;
  private pendingSequence = 0;
  private readonly onChange = () => void this.refresh().catch((error: unknown) => logger.error({ err: error }, 'scheduler refresh failed'));

  constructor(
    private readonly env: SyncEnvironment,
    private readonly config: SchedulerConfig,
    private readonly timers: SchedulerTimers = systemTimers,
    private readonly run: (env: SyncEnvironment, bindingId: number) => Promise<unknown> = runScheduledSync,
  ) {}

  async start(): Promise<void> {
    scheduleChanges.on('changed', this.onChange);
    await this.refresh();
    this.schedulePoll();
    logger.info({ bindings: this.entries.size, timeZone: this.config.timeZone }, 'sync scheduler started (in-process)');
  }

  /** When each scheduled binding runs next (for tests and logs). */
  nextRuns(): Map<number, Date> {
    return new Map([...this.entries.values()].map((e) => [e.bindingId, new Date(e.dueAt)]));
  }

  /** Resolves when no run is going. */
  async idle(): Promise<void> {
    for (;;) {
      const running = [...this.entries.values()].map((e) => e.running).filter((r): r is Promise<void> => r !== null);
      if (running.length === 0 && !this.refreshing) return;
      await Promise.all([...running, this.refreshing]);
    }
  }

  /** Reads the schedules again: new ones are armed, changed ones re-armed, removed ones dropped. */
  refresh(): Promise<void> {
    this.refreshing ??= scheduledBindings(this.env)
      .then((bindings) => this.reconcile(bindings))
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** Takes no new run; waits for the runs going to finish (each releases its binding's lock). */
  async stop(): Promise<void> {
    this.stopped = true;
    scheduleChanges.off('changed', this.onChange);
    if (this.pollTimer !== null) this.timers.clearTimeout(this.pollTimer);
    for (const entry of this.entries.values()) this.timers.clearTimeout(entry.timer);
    await this.idle();
  }

  private schedulePoll(): void {
    if (this.stopped) return;
    this.pollTimer = this.timers.setTimeout(() => {
      void this.refresh()
        .catch((error: unknown) => logger.error({ err: error }, 'scheduler refresh failed'))
        .finally(() => this.schedulePoll());
    }, this.config.pollSeconds * 1000);
  }

  private reconcile(bindings: readonly ScheduledBinding[]): void {
    if (this.stopped) return;
    const seen = new Set<number>();
    for (const binding of bindings) {
      seen.add(binding.id);
      const entry = this.entries.get(binding.id);
      if (entry?.schedule === binding.schedule) continue;
      if (entry) this.timers.clearTimeout(entry.timer);
      const next: Entry = entry ?? {
        bindingId: binding.id,
        schedule: binding.schedule,
        dueAt: 0,
        timer: null,
        running: null,
        pending: false,
        pendingSince: 0,
        failures: 0,
      };
      next.schedule = binding.schedule;
      next.failures = 0;
      this.entries.set(binding.id, next);
      this.armNext(next);
    }
    for (const [id, entry] of this.entries) {
      if (seen.has(id)) continue;
      this.timers.clearTimeout(entry.timer);
      this.entries.delete(id);
    }
  }

  private armNext(entry: Entry): void {
    entry.dueAt = nextRunAt(entry.schedule, new Date(this.timers.now()), this.config.timeZone).getTime();
    this.arm(entry, entry.dueAt);
  }

  private arm(entry: Entry, at: number): void {
    this.timers.clearTimeout(entry.timer);
    const wait = at - this.timers.now();
    entry.timer = this.timers.setTimeout(
      () => (this.timers.now() >= at ? this.fire(entry) : this.arm(entry, at)),
      Math.max(0, Math.min(wait, LONGEST_WAIT_MS)),
    );
  }

  /** The time has come (regular or a retry). */
  private fire(entry: Entry): void {
    if (this.stopped || this.entries.get(entry.bindingId) !== entry) return;
    if (!entry.pending) {
      entry.pending = true;
      entry.pendingSince = ++this.pendingSequence;
    }
    this.startDue();
    this.armNext(entry);
  }

  /** Starts the pending runs, oldest first, while the instance has free slots. */
  private startDue(): void {
    if (this.stopped) return;
    const entries = [...this.entries.values()];
    let slots = this.config.concurrency - entries.filter((e) => e.running).length;
    const due = entries.filter((e) => e.pending && !e.running).sort((a, b) => a.pendingSince - b.pendingSince);
    for (const entry of due) {
      if (slots-- <= 0) return;
      entry.pending = false;
      this.execute(entry);
    }
  }

  private execute(entry: Entry): void {
    entry.running = this.run(this.env, entry.bindingId).then(
      () => {
        entry.failures = 0;
      },
      () => {
        entry.failures++;
        if (entry.failures > this.config.retryLimit) {
          logger.warn({ bindingId: entry.bindingId, failures: entry.failures }, 'scheduled sync: retries exhausted until its next time');
          entry.failures = 0;
          return;
        }
        const delay = this.config.retryDelaySeconds * 1000 * 2 ** (entry.failures - 1);
        const retryAt = this.timers.now() + delay;
        // A retry that would come after the next regular time is that time's run.
        if (retryAt < entry.dueAt) this.arm(entry, retryAt);
      },
    );
    void entry.running.finally(() => {
      entry.running = null;
      this.startDue();
    });
  }
}
