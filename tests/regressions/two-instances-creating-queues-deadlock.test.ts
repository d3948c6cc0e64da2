import { forkFor } from '../../src/app/orm';
import { PgBossScheduler } from '../../src/sheet-sync/schedule/pg-boss-scheduler';
import type { SchedulerConfig } from '../../src/sheet-sync/schedule/scheduler-config';
import type { SyncEnvironment } from '../../src/sheet-sync/sheet-sync.service';
import { SyncBinding } from '../../src/sheet-sync/sync-binding.entity';
import { createTestDatabase, describeWithDatabase, testDatabaseKind, type TestDatabase } from '../support/database';

const CONFIG: SchedulerConfig = {
  enabled: true,
  timeZone: 'Asia/Ho_Chi_Minh',
  pollSeconds: 45,
  retryLimit: 1,
  retryDelaySeconds: 60,
  jobTimeoutSeconds: 600,
  concurrency: 4,
};
const BINDINGS = 20;

const describeOnPostgres = testDatabaseKind === 'postgresql' ? describeWithDatabase : describe.skip;

/**
 * Two instances starting together with bindings already scheduled each created every binding's
 * pg-boss queue at once; a queue is a partition of pg-boss's job table, attaching two partitions
 * at once can deadlock, and PostgreSQL then aborted one instance's creation: its start failed
 * ("deadlock detected" in Manager.createQueue), and `hoso serve` with it.
 */
describeOnPostgres('two pg-boss instances creating the same queues at once', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    const em = forkFor(db.orm, { actor: 'jest', source: 'sync' });
    for (let i = 0; i < BINDINGS; i++) {
      em.create(SyncBinding, { spreadsheetId: `sheet-${i}`, tabs: [], schedule: '0 * * * *', scheduledBy: 'jest' });
    }
    await em.flush();
  });
  afterAll(() => db?.destroy());

  it('both start, and every binding has its queue and its schedule once', async () => {
    const env: SyncEnvironment = {
      orm: db.orm,
      databaseKind: 'postgresql',
      sheets: () => {
        throw new Error('no run is due in this test');
      },
    };
    const instances = [0, 1].map(() => new PgBossScheduler(env, db.config.databaseUrl!, CONFIG));
    try {
      await Promise.all(instances.map((instance) => instance.start()));
      const queues = await db.orm.em
        .fork()
        .getConnection()
        .execute<{ name: string }[]>(`select name from pgboss.queue where name like 'hoso-sync-%' order by name`);
      expect(queues).toHaveLength(BINDINGS);
      const schedules = await db.orm.em
        .fork()
        .getConnection()
        .execute<{ name: string }[]>(`select name from pgboss.schedule where name like 'hoso-sync-%'`);
      expect(schedules).toHaveLength(BINDINGS);
    } finally {
      await Promise.all(instances.map((instance) => instance.stop(1000)));
    }
  });
});
