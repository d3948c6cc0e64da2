import { SheetsEmulator } from '../../sync/emulator/server';
import { emulatorClient } from '../support/emulator-client';
import { forkFor } from '../../src/app/orm';
import { type SyncEnvironment, initSheets } from '../../src/sheet-sync/sheet-sync.service';
import { InProcessScheduler, type SchedulerTimers } from '../../src/sheet-sync/schedule/in-process-scheduler';
import { setSyncSchedule } from '../../src/sheet-sync/schedule/schedule.service';
import type { SchedulerConfig } from '../../src/sheet-sync/schedule/scheduler-config';
import { syncEnvironment } from '../../src/sheet-sync/sync-environment';
import { SyncBinding } from '../../src/sheet-sync/sync-binding.entity';
import { SyncRun } from '../../src/sheet-sync/sync-run.entity';
import { createTestDatabase, describeWithDatabase, type TestDatabase } from '../support/database';

/** Time moved by the test: timers fire in order when it advances past them; the runs themselves are real. */
class ManualTimers implements SchedulerTimers {
  private readonly pending = new Map<number, { at: number; callback: () => void }>();
  private sequence = 0;

  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = ++this.sequence;
    this.pending.set(id, { at: this.current + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Fires every timer due up to `iso`, in time order, moving the clock to each. */
  async advanceTo(iso: string): Promise<void> {
    const until = Date.parse(iso);
    for (;;) {
      const due = [...this.pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.current = Math.max(this.current, due[1].at);
      due[1].callback();
      // Let what the callback started (a refresh's read) get going before the next timer.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.current = until;
  }
}

const CONFIG: SchedulerConfig = {
  enabled: true,
  timeZone: 'Asia/Ho_Chi_Minh',
  pollSeconds: 45,
  retryLimit: 2,
  retryDelaySeconds: 60,
  jobTimeoutSeconds: 1800,
  concurrency: 4,
};

/** The in-process scheduler (what `hoso serve` runs on SQLite) with the real database, googleapis and the emulator. */
describeWithDatabase('the in-process sync scheduler', () => {
  let db: TestDatabase;
  let emulator: SheetsEmulator;
  let env: SyncEnvironment;
  let timers: ManualTimers;
  let scheduler: InProcessScheduler;
  let spreadsheetId: string;
  let bindingId: number;

  const runs = () => db.orm.em.fork().find(SyncRun, {}, { orderBy: { id: 'asc' } });
  const schedule = (cron: string | null) =>
    setSyncSchedule(
      forkFor(db.orm, { actor: 'to.chuc@so-noi-vu', source: 'api' }),
      spreadsheetId,
      cron,
      'to.chuc@so-noi-vu',
      CONFIG.timeZone,
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    emulator = await SheetsEmulator.start();
    const sheets = emulatorClient(emulator, 2);
    env = syncEnvironment(db.orm, db.config, () => sheets);
    spreadsheetId = emulator.createSpreadsheet({ title: 'Xã Bảo Hà', sheets: [] });
    const { binding } = await initSheets(env, spreadsheetId, { actor: 'jest', source: 'sync' });
    bindingId = binding.id;
    // 08:07 in Hà Nội.
    timers = new ManualTimers(Date.parse('2026-01-05T01:07:00Z'));
    scheduler = new InProcessScheduler(env, CONFIG, timers);
  });

  afterAll(async () => {
    await scheduler?.stop();
    await db?.destroy();
    await emulator?.close();
  });

  it('runs a binding at its times, as whoever set the schedule, and not before', async () => {
    await schedule('*/15 * * * *');
    await scheduler.start();
    expect(scheduler.nextRuns().get(bindingId)).toEqual(new Date('2026-01-05T01:15:00Z'));

    await timers.advanceTo('2026-01-05T01:14:59Z');
    await scheduler.idle();
    expect(await runs()).toEqual([]);

    await timers.advanceTo('2026-01-05T01:15:00Z');
    await scheduler.idle();
    expect((await runs()).map((r) => [r.actor, r.outcome])).toEqual([['schedule:to.chuc@so-noi-vu', 'succeeded']]);
    expect(scheduler.nextRuns().get(bindingId)).toEqual(new Date('2026-01-05T01:30:00Z'));
  });

  it('reads the expression in the office’s time zone (07:00 in Hà Nội is 00:00 UTC)', async () => {
    await schedule('0 7 * * *');
    await scheduler.refresh();
    expect(scheduler.nextRuns().get(bindingId)).toEqual(new Date('2026-01-06T00:00:00Z'));
    await schedule('*/15 * * * *');
    await scheduler.refresh();
    expect(scheduler.nextRuns().get(bindingId)).toEqual(new Date('2026-01-05T01:30:00Z'));
  });

  it('retries a failed run with back-off, before its next time', async () => {
    // Two attempts of the client, both 503: the run fails.
    emulator.failCalls({ status: 503, operations: ['values.batchGet'], probability: 1, times: 2 });
    await timers.advanceTo('2026-01-05T01:30:00Z');
    await scheduler.idle();
    expect((await runs()).map((r) => r.outcome)).toEqual(['succeeded', 'failed']);

    await timers.advanceTo('2026-01-05T01:30:59Z');
    await scheduler.idle();
    expect(await runs()).toHaveLength(2);
    await timers.advanceTo('2026-01-05T01:31:00Z');
    await scheduler.idle();
    expect((await runs()).map((r) => r.outcome)).toEqual(['succeeded', 'failed', 'succeeded']);
    expect(scheduler.nextRuns().get(bindingId)).toEqual(new Date('2026-01-05T01:45:00Z'));
  });

  it('a time that comes during a run is run once, right after it, never at the same time', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let reading!: () => void;
    const started = new Promise<void>((resolve) => (reading = resolve));
    let first = true;
    const unhook = emulator.beforeCall(async (call) => {
      if (call.operation !== 'values.batchGet' || !first) return;
      first = false;
      reading();
      await held;
    });
    await timers.advanceTo('2026-01-05T01:45:00Z');
    await started;
    // 02:00 and 02:15 come while the 01:45 run is still reading: one run is owed, not two.
    await timers.advanceTo('2026-01-05T02:15:00Z');
    release();
    await scheduler.idle();
    unhook();
    const all = await runs();
    expect(all.map((r) => r.outcome)).toEqual(['succeeded', 'failed', 'succeeded', 'succeeded', 'succeeded']);
    const [held1, after] = all.slice(-2);
    expect(after!.startedAt.getTime()).toBeGreaterThanOrEqual(held1!.finishedAt.getTime());
  });

  it('a schedule taken off is not run again', async () => {
    await schedule(null);
    await scheduler.refresh();
    expect(scheduler.nextRuns().size).toBe(0);
    await timers.advanceTo('2026-01-05T05:00:00Z');
    await scheduler.idle();
    expect(await runs()).toHaveLength(5);
    expect(await db.orm.em.fork().findOneOrFail(SyncBinding, { id: bindingId }, { fields: ['schedule'] })).toMatchObject({
      schedule: null,
    });
  });

  it('does at most HOSO_SYNC_CONCURRENCY runs at once; the others start, in turn, as slots free', async () => {
    const ids: number[] = [];
    for (const title of ['Xã Bản Xèo', 'Xã Cốc San', 'Xã Tả Phời']) {
      const id = emulator.createSpreadsheet({ title, sheets: [] });
      const { binding } = await initSheets(env, id, { actor: 'jest', source: 'sync' });
      await setSyncSchedule(
        forkFor(db.orm, { actor: 'to.chuc@so-noi-vu', source: 'api' }),
        id,
        '0 9 * * *',
        'to.chuc@so-noi-vu',
        CONFIG.timeZone,
      );
      ids.push(binding.id);
    }
    // Runs held open by the test, to see which are going at once.
    const going = new Map<number, () => void>();
    const started: number[] = [];
    const limited = new InProcessScheduler(env, { ...CONFIG, concurrency: 2 }, timers, (_env, id) => {
      started.push(id);
      return new Promise<void>((resolve) => going.set(id, () => (going.delete(id), resolve())));
    });
    await limited.start();
    try {
      // 09:00 in Hà Nội is 02:00 UTC, and the clock is past today's.
      await timers.advanceTo('2026-01-06T01:59:59Z');
      expect(started).toEqual([]);
      await timers.advanceTo('2026-01-06T02:00:00Z');
      expect(started).toHaveLength(2);
      expect(going.size).toBe(2);
      going.get(started[0]!)!();
      await new Promise((resolve) => setImmediate(resolve));
      expect(started).toHaveLength(3);
      expect(new Set(started)).toEqual(new Set(ids));
      for (const release of [...going.values()]) release();
      await limited.idle();
    } finally {
      await limited.stop();
    }
  });
});
