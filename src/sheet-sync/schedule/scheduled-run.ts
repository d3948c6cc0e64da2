import type { SyncReport } from '../../../sync/runner/run-sync';
import { forkFor } from '../../app/orm';
import { logger } from '../../app/logger';
import { type SyncEnvironment, syncSheets } from '../sheet-sync.service';
import { SyncBinding } from '../sync-binding.entity';
import { scheduledActor } from './schedule.service';

/** What a scheduler needs of a binding to plan its runs. */
export interface ScheduledBinding {
  readonly id: number;
  readonly spreadsheetId: string;
  readonly schedule: string;
}

/** Every binding with a schedule, as stored now. */
export async function scheduledBindings(env: SyncEnvironment): Promise<ScheduledBinding[]> {
  const em = forkFor(env.orm, { actor: 'scheduler', source: 'sync' });
  const bindings = await em.find(
    SyncBinding,
    { schedule: { $ne: null } },
    { fields: ['id', 'spreadsheetId', 'schedule'], orderBy: { id: 'asc' } },
  );
  return bindings.map((b) => ({ id: b.id, spreadsheetId: b.spreadsheetId, schedule: b.schedule! }));
}

/**
 * One scheduled run of a binding, as whoever set its schedule (`schedule:<scheduledBy>` in the
 * audit log and in sync_run). A binding whose schedule was removed (or that was deleted) meanwhile
 * is not run: null. A failure is thrown, for the scheduler to retry.
 */
export async function runScheduledSync(env: SyncEnvironment, bindingId: number): Promise<SyncReport | null> {
  const em = forkFor(env.orm, { actor: 'scheduler', source: 'sync' });
  const binding = await em.findOne(SyncBinding, { id: bindingId }, { fields: ['spreadsheetId', 'schedule', 'scheduledBy'] });
  if (!binding?.schedule) return null;
  const actor = scheduledActor(binding.scheduledBy);
  const started = Date.now();
  try {
    const report = await syncSheets(env, binding.spreadsheetId, { actor, source: 'sync' });
    logger.info(
      {
        bindingId,
        spreadsheetId: binding.spreadsheetId,
        actor,
        ms: Date.now() - started,
        counts: report.counts,
        apiCalls: report.apiCalls.calls,
      },
      'scheduled sync done',
    );
    return report;
  } catch (error) {
    logger.warn({ bindingId, spreadsheetId: binding.spreadsheetId, actor, err: error }, 'scheduled sync failed');
    throw error;
  }
}
