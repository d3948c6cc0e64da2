import type { SyncReport } from '../../../sync/runner/run-sync';
import { forkFor } from '../../app/orm';
import type { Viewer } from '../../app/request-meta';
import { type SyncEnvironment, syncSheets } from '../sheet-sync.service';
import { SyncBinding } from '../sync-binding.entity';

/** How one binding's run of `hoso sync --all` ended: its report, or the error it failed with. */
export type BindingOutcome =
  | { readonly spreadsheetId: string; readonly report: SyncReport; readonly error?: undefined }
  | { readonly spreadsheetId: string; readonly report?: undefined; readonly error: unknown };

/**
 * Every binding the viewer may run (those its fork can read), one after the other, in the order
 * they were registered. A failed one is reported and the others still run.
 */
export async function syncEveryBinding(
  env: SyncEnvironment,
  viewer: Viewer,
  options: { readonly dryRun?: boolean; readonly onDone?: (outcome: BindingOutcome) => void } = {},
): Promise<BindingOutcome[]> {
  const em = forkFor(env.orm, viewer);
  const bindings = await em.find(SyncBinding, {}, { fields: ['spreadsheetId'], orderBy: { id: 'asc' } });
  const outcomes: BindingOutcome[] = [];
  for (const { spreadsheetId } of bindings) {
    let outcome: BindingOutcome;
    try {
      outcome = { spreadsheetId, report: await syncSheets(env, spreadsheetId, viewer, { dryRun: options.dryRun === true }) };
    } catch (error) {
      outcome = { spreadsheetId, error };
    }
    outcomes.push(outcome);
    options.onDone?.(outcome);
  }
  return outcomes;
}
