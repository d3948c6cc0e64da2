import { resolveConflict as resolveInState } from '../../sync/engine/conflicts';
import type { FieldValue, SyncState, TableSpec } from '../../sync/engine/types';
import { emptySyncState } from '../../sync/engine/types';
import { readCell } from '../../sync/engine/values';
import type { SyncLock } from '../../sync/runner/ports';
import { type RunSyncOptions, type SyncReport, runSync } from '../../sync/runner/run-sync';
import type { SheetsGateway } from '../../sync/sheets/sheets-client';
import { type InitReport, initSpreadsheet } from '../../sync/template';
import { type Em, type Orm, forkFor } from '../app/orm';
import type { Viewer } from '../app/request-meta';
import { BadUserInputError, NotFoundError } from '../common/errors/errors';
import { OrmSyncStore } from './orm-sync-store';
import { publishingProgress } from './progress/publish';
import { type BoundTab, SyncBinding } from './sync-binding.entity';
import { SyncRunOutcome } from './sync-enums';
import { syncLockFor } from './sync-lock';
import { SyncRun } from './sync-run.entity';
import type { SyncLookups, SyncTableDefinition } from './table-definition';
import { SYNC_TABLES, buildLookups } from './tables';

/** The header of the id column hoso owns on every tab. */
export const ID_HEADER = 'Mã hoso';

/** What the sync needs from the running application: the database and a way to reach Google (or the emulator). */
export interface SyncEnvironment {
  readonly orm: Orm;
  readonly databaseKind: 'sqlite' | 'postgresql';
  /** Built on first use, so a server without Google credentials still serves everything else. */
  readonly sheets: () => SheetsGateway;
}

export interface BindingOptions {
  readonly title?: string;
  readonly conflictPolicy?: SyncBinding['conflictPolicy'];
  readonly sheetRowDeleted?: SyncBinding['sheetRowDeleted'];
  readonly recordDeleted?: SyncBinding['recordDeleted'];
}

const DEFAULT_TABS: readonly BoundTab[] = SYNC_TABLES.map((d) => ({ table: d.table, sheetTitle: d.sheetTitle }));

function definitionOf(table: string): SyncTableDefinition {
  const definition = SYNC_TABLES.find((d) => d.table === table);
  if (!definition) throw new Error(`Unknown sync table ${table}`);
  return definition;
}

/** The tabs of a binding as the engine sees them, with reference columns resolved against the database as it is now. */
async function tableSpecs(em: Em, tabs: readonly BoundTab[], lookups?: SyncLookups): Promise<TableSpec[]> {
  lookups ??= await buildLookups(em);
  return tabs.map((tab) => ({
    table: tab.table,
    sheetTitle: tab.sheetTitle,
    idHeader: ID_HEADER,
    columns: definitionOf(tab.table).columns(lookups),
  }));
}

export async function findBinding(em: Em, spreadsheetId: string): Promise<SyncBinding> {
  const binding = await em.findOne(SyncBinding, { spreadsheetId });
  if (!binding) throw new NotFoundError('Bảng tính (chưa chạy `hoso sheets init`)', spreadsheetId);
  return binding;
}

/**
 * `hoso sheets init`: creates or repairs the tabs (headers, frozen row, dropdowns, protected id
 * column, date formats) and registers the binding, remembering the tabs' sheetIds so that the
 * first sync needs no extra lookup.
 */
export async function initSheets(
  env: SyncEnvironment,
  spreadsheetId: string,
  viewer: Viewer,
  options: BindingOptions = {},
): Promise<{ binding: SyncBinding; report: InitReport }> {
  const em = forkFor(env.orm, viewer);
  const existing = await em.findOne(SyncBinding, { spreadsheetId }, { populate: ['state'] });
  const tabs = existing?.tabs ?? [...DEFAULT_TABS];
  const report = await initSpreadsheet(env.sheets(), spreadsheetId, await tableSpecs(em, tabs));
  const binding = existing ?? em.create(SyncBinding, { spreadsheetId, tabs });
  if (options.title !== undefined) binding.title = options.title;
  if (options.conflictPolicy) binding.conflictPolicy = options.conflictPolicy;
  if (options.sheetRowDeleted) binding.sheetRowDeleted = options.sheetRowDeleted;
  if (options.recordDeleted) binding.recordDeleted = options.recordDeleted;
  const state: SyncState = binding.state ?? emptySyncState();
  binding.state = { ...state, sheetIds: { ...state.sheetIds, ...report.sheetIds } };
  await em.persistAndFlush(binding);
  return { binding, report };
}

/** The run's figures as kept in its history row (the full report goes to the caller). */
function runSummary(report: SyncReport): Record<string, unknown> {
  return {
    counts: report.counts,
    apiCalls: report.apiCalls,
    wrote: report.wrote,
    attempts: report.attempts,
    durationMs: report.durationMs,
  };
}

/**
 * One sync of a registered spreadsheet: one run per binding at a time across processes (the
 * lock), every run — failed ones too — kept in `sync_run`.
 */
export async function syncSheets(
  env: SyncEnvironment,
  spreadsheetId: string,
  viewer: Viewer,
  options: Pick<RunSyncOptions, 'dryRun' | 'onStep' | 'onProgress'> & { readonly lock?: SyncLock } = {},
): Promise<SyncReport> {
  const em = forkFor(env.orm, viewer);
  const binding = await findBinding(em, spreadsheetId);
  const definitions = binding.tabs.map((tab) => definitionOf(tab.table));
  const tables = await tableSpecs(em, binding.tabs);
  const store = new OrmSyncStore(env.orm, binding.id, definitions, viewer, env.databaseKind);
  const lock = options.lock ?? syncLockFor(env.orm, env.databaseKind);
  const startedAt = new Date();
  type Outcome = Pick<SyncRun, 'outcome'> &
    Partial<Pick<SyncRun, 'conflicts' | 'cellErrors' | 'issues' | 'apiCalls' | 'error' | 'summary'>>;
  const record = async (fields: Outcome): Promise<void> => {
    em.create(SyncRun, {
      binding,
      startedAt,
      finishedAt: new Date(),
      dryRun: options.dryRun === true,
      actor: viewer.actor,
      conflicts: 0,
      cellErrors: 0,
      issues: 0,
      apiCalls: 0,
      ...fields,
    });
    await em.flush();
  };
  let report: SyncReport;
  try {
    // Watchers of the binding (the syncProgress subscription) see the run's events; options.onProgress gets them too.
    const watched = { bindingId: binding.id, spreadsheetId, actor: viewer.actor, dryRun: options.dryRun === true };
    report = await publishingProgress(watched, options.onProgress, (onProgress) =>
      runSync(
        {
          bindingId: String(binding.id),
          spreadsheetId,
          tables,
          policy: { conflicts: binding.conflictPolicy, sheetRowDeleted: binding.sheetRowDeleted, recordDeleted: binding.recordDeleted },
        },
        { sheets: env.sheets(), store, lock },
        { dryRun: options.dryRun, onStep: options.onStep, onProgress },
      ),
    );
  } catch (error) {
    await record({ outcome: SyncRunOutcome.FAILED, error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
  await record({
    outcome: SyncRunOutcome.SUCCEEDED,
    conflicts: report.conflicts.length,
    cellErrors: report.cellErrors.length,
    issues: report.issues.length,
    apiCalls: report.apiCalls.calls,
    summary: runSummary(report),
  });
  if (!report.dryRun) await em.nativeUpdate(SyncBinding, { id: binding.id }, { lastRunAt: new Date() });
  return report;
}

/** An open conflict as people see it: where, which field, the three values as the sheet would show them. */
export interface ConflictView {
  readonly spreadsheetId: string;
  readonly table: string;
  readonly recordId: string;
  readonly field: string;
  readonly header: string;
  readonly a1: string;
  /** The values as the sheet shows them (labels, dd/mm/yyyy...). */
  readonly sheetValue: string | null;
  readonly databaseValue: string | null;
  readonly baseValue: string | null;
}

export async function listConflicts(em: Em, spreadsheetId?: string): Promise<ConflictView[]> {
  const bindings = await em.find(SyncBinding, spreadsheetId ? { spreadsheetId } : {}, { populate: ['state'], orderBy: { id: 'asc' } });
  const views: ConflictView[] = [];
  // Read once for every binding, and only when some conflict needs its values shown.
  let lookups: SyncLookups | undefined;
  for (const binding of bindings) {
    const conflicts = binding.state?.conflicts ?? [];
    if (conflicts.length === 0) continue;
    lookups ??= await buildLookups(em);
    const specs = await tableSpecs(em, binding.tabs, lookups);
    for (const conflict of conflicts) {
      const column = specs.find((s) => s.table === conflict.table)?.columns.find((c) => c.field === conflict.field);
      const text = (value: FieldValue): string | null => {
        const cell = value === null ? null : column ? column.format(value) : value;
        return cell === null ? null : String(cell);
      };
      views.push({
        spreadsheetId: binding.spreadsheetId,
        table: conflict.table,
        recordId: conflict.id,
        field: conflict.field,
        header: column?.header ?? conflict.field,
        a1: conflict.a1,
        sheetValue: text(conflict.sheetValue),
        databaseValue: text(conflict.databaseValue),
        baseValue: text(conflict.baseValue),
      });
    }
  }
  return views;
}

export type ConflictChoice = { readonly side: 'sheet' | 'database' } | { readonly text: string };

/**
 * A person settles a conflict: the sheet's value, hoso's value, or a value typed anew (read by
 * the column's codec, so "ThS" works as in the sheet). The record and the state change in one
 * transaction, under the binding's lock; the next run writes the choice to the sheet and clears the note.
 */
export async function resolveSyncConflict(
  env: SyncEnvironment,
  spreadsheetId: string,
  ref: { readonly table: string; readonly recordId: string; readonly field: string },
  choice: ConflictChoice,
  viewer: Viewer,
): Promise<void> {
  const em = forkFor(env.orm, viewer);
  const binding = await findBinding(em, spreadsheetId);
  const lease = await syncLockFor(env.orm, env.databaseKind).acquire(String(binding.id));
  try {
    const store = new OrmSyncStore(env.orm, binding.id, [definitionOf(ref.table)], viewer, env.databaseKind);
    const state = (await store.loadState()) ?? emptySyncState();
    const conflict = state.conflicts.find((c) => c.table === ref.table && c.id === ref.recordId && c.field === ref.field);
    if (!conflict) throw new NotFoundError('Xung đột', `${ref.table} ${ref.recordId} ${ref.field}`);
    let chosen: FieldValue;
    if ('side' in choice) chosen = choice.side === 'sheet' ? conflict.sheetValue : conflict.databaseValue;
    else {
      const column = (await tableSpecs(em, binding.tabs)).find((s) => s.table === ref.table)?.columns.find((c) => c.field === ref.field);
      const reading = column ? readCell(column, choice.text.trim() === '' ? null : choice.text) : null;
      if (!reading?.ok) throw new BadUserInputError([{ field: 'value', message: reading ? reading.message : 'Không đọc được giá trị' }]);
      chosen = reading.value;
    }
    const { state: next, change } = resolveInState(state, { table: ref.table, id: ref.recordId, field: ref.field }, chosen);
    // Refused (the value breaks a rule): nothing changes, the conflict stays open.
    const refused = await store.commit([change], (rejections) => (rejections.length > 0 ? state : next));
    if (refused.length > 0) throw new BadUserInputError(refused.map((r) => ({ field: 'value', message: r.message })));
  } finally {
    await lease.release();
  }
}
