import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { type SyncProgressEvent, type SyncProgressListener, safeListener } from '../../../sync/runner/progress';
import type { SyncReport } from '../../../sync/runner/run-sync';
import { formatError } from '../../common/errors/format-error';
import { toReportType } from '../sheet-sync.types';
import { type SyncProgressFailure, type SyncProgressHub, syncProgressHub } from './progress-hub';

/** The run being watched, as its watchers name it. */
export interface WatchedRun {
  readonly bindingId: number;
  readonly spreadsheetId: string;
  readonly actor: string;
  readonly dryRun: boolean;
}

/** A failure as a GraphQL client would be told it (an unexpected error is logged and said in general terms). */
export function publicFailure(error: unknown): SyncProgressFailure {
  const formatted = formatError(
    {
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof GraphQLError ? { extensions: error.extensions } : {}),
    },
    error,
    'a sync run (told to its syncProgress watchers)',
  );
  return { message: formatted.message, code: String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR') };
}

/**
 * Runs a sync with a progress listener that publishes its events to the hub, keyed by binding,
 * and hands each event on to `forward` (the CLI's progress bar) as the runner gave it. A run that
 * never started (its binding busy: the lock refused it) publishes nothing, so the watchers of the
 * run that holds the lock are not told of a failure that is not its own; a failure after the start
 * is published with the message a GraphQL client would get, never a database error's text.
 */
export async function publishingProgress(
  watched: WatchedRun,
  forward: SyncProgressListener | undefined,
  run: (onProgress: SyncProgressListener) => Promise<SyncReport>,
  hub: SyncProgressHub = syncProgressHub,
): Promise<SyncReport> {
  const runId = randomUUID();
  const passOn = safeListener(forward);
  let started = false;
  let last: Pick<SyncProgressEvent, 'attempt' | 'rowsDone' | 'rowsTotal'> = { attempt: 1, rowsDone: 0, rowsTotal: 0 };
  const publish = (event: Pick<SyncProgressEvent, 'phase' | 'at' | 'rowsDone' | 'rowsTotal' | 'attempt'>, extra: object = {}) =>
    hub.publish({
      bindingId: watched.bindingId,
      spreadsheetId: watched.spreadsheetId,
      runId,
      actor: watched.actor,
      dryRun: watched.dryRun,
      phase: event.phase,
      at: event.at,
      rowsDone: event.rowsDone,
      rowsTotal: event.rowsTotal,
      attempt: event.attempt,
      time: new Date().toISOString(),
      ...extra,
    });
  const onProgress: SyncProgressListener = (event) => {
    passOn(event);
    // The runner's `failed` carries only a message; the failure is published below, from the error itself.
    if (event.phase === 'failed') return;
    started = true;
    last = event;
    publish(event, event.phase === 'done' && event.report ? { report: toReportType(event.report) } : {});
  };
  try {
    return await run(safeListener(onProgress));
  } catch (error) {
    if (started) publish({ ...last, phase: 'failed', at: 'end' }, { error: publicFailure(error) });
    throw error;
  }
}
