import { EventEmitter } from 'node:events';
import type { Em } from '../../app/orm';
import { findBinding } from '../sheet-sync.service';
import type { SyncBinding } from '../sync-binding.entity';
import { parseSchedule } from './cron';

/**
 * Schedules changed in this process, so that its scheduler picks them up at once; changes made
 * elsewhere (another instance, the CLI) are found by the scheduler's poll.
 */
export const scheduleChanges = new EventEmitter<{ changed: [bindingId: number] }>();

/** The audit actor of a scheduled run: it names whoever set the schedule. */
export function scheduledActor(scheduledBy: string | null | undefined): string {
  return `schedule:${scheduledBy ?? 'unknown'}`;
}

/**
 * Sets (a cron expression) or clears (null) a binding's schedule, remembering who set it. The
 * expression is checked here, so a bad one never reaches a scheduler.
 */
export async function setSyncSchedule(
  em: Em,
  spreadsheetId: string,
  schedule: string | null,
  actor: string,
  timeZone: string,
): Promise<SyncBinding> {
  const binding = await findBinding(em, spreadsheetId);
  const cron = schedule === null ? null : parseSchedule(schedule, timeZone);
  binding.schedule = cron;
  binding.scheduledBy = cron === null ? null : actor;
  await em.flush();
  scheduleChanges.emit('changed', binding.id);
  return binding;
}
