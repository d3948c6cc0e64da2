import { resolveConflict as resolveInState } from '../../sync/engine/conflicts';
import type { FieldValue, SyncState, TableSpec } from '../../sync/engine/types';
import { emptySyncState } from '../../sync/engine/types';
import { readCell } from '../../sync/engine/values';
import type { SyncLock } from '../../sync/runner/ports';
import { type RunSyncOptions, type SyncReport, runSync } from '../../sync/runner/run-sync';
import type { SheetsGateway } from '../../sync/sheets/sheets-client';
import { type InitReport, initSpreadsheet } from '../../sync/template';
import type { GrantScope } from '../access/access.types';
import { viewerForBinding } from '../access/binding-access';
import { describeScopes, resolveScopeCode } from '../access/scope-resolution';
import { idsInScope } from '../access/visibility';
import { type Em, type Orm, forkFor } from '../app/orm';
import type { Viewer } from '../app/request-meta';
import { BadUserInputError, NotFoundError } from '../common/errors/errors';
import { Locality } from '../localities/locality.entity';
import { Unit } from '../units/unit.entity';
import { OrmSyncStore } from './orm-sync-store';
import { publishingProgress } from './progress/publish';
import { type BoundTab, SyncBinding, bindingScope } from './sync-binding.entity';
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
  /**
   * `--scope`: a locality or unit code (or a global id, or `root`), resolved as a grant's scope
   * is. Absent: a new binding holds the whole database, an existing one keeps its scope.
   */
  readonly scope?: string;
}

const DEFAULT_TABS: readonly BoundTab[] = SYNC_TABLES.map((d) => ({ table: d.table, sheetTitle: d.sheetTitle }));

function definitionOf(table: string): SyncTableDefinition {
  const definition = SYNC_TABLES.find((d) => d.table === table);
  if (!definition) throw new Error(`Unknown sync table ${table}`);
  return definition;
}

/** Reference fields a new row gets when left blank, per table: what puts it inside the scope. */
type ScopeDefaults = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * Where a row typed in a scoped sheet lands when staff leave its place blank: a new locality under
 * the scope's locality, a new unit in it; in a unit's sheet, a new unit under that unit (in its
 * locality) and a new cadre in it. hoso writes the default into the cell, so the sheet shows it.
 * A locality's sheet gives a cadre no unit: which of its units is not obvious, so a blank one is refused.
 */
async function scopeDefaults(em: Em, scope: GrantScope): Promise<ScopeDefaults> {
  if (scope.kind === 'root') return {};
  if (scope.kind === 'locality') {
    const id = String(scope.id);
    return { locality: { parent: id }, unit: { locality: id } };
  }
  const rows = await em
    .createQueryBuilder(Unit.name, 'u')
    .select(['id', 'locality'])
    .where({ id: scope.id })
    .execute<{ locality: number }[]>('all');
  const id = String(scope.id);
  return { unit: { parent: id, locality: String(rows[0]!.locality) }, cadre: { unit: id } };
}

/**
 * The tabs of a binding as the engine sees them, with reference columns resolved against the
 * database as it is now (as far as `em`'s access reaches: a scoped binding's subtree).
 */
async function tableSpecs(em: Em, tabs: readonly BoundTab[], lookups?: SyncLookups, defaults: ScopeDefaults = {}): Promise<TableSpec[]> {
  lookups ??= await buildLookups(em);
  return tabs.map((tab) => ({
    table: tab.table,
    sheetTitle: tab.sheetTitle,
    idHeader: ID_HEADER,
    columns: definitionOf(tab.table)
      .columns(lookups)
      .map((column) => {
        const value = defaults[tab.table]?.[column.field];
        return value === undefined ? column : { ...column, defaultValue: value };
      }),
  }));
}

/** `Bảng tính «Xã Bảo Hà» (1AbC…)`, for refusals. */
function labelOf(binding: SyncBinding): string {
  return `bảng tính ${binding.title ? `«${binding.title}» ` : ''}(${binding.spreadsheetId})`;
}

/**
 * A binding as the one who acts on it may: the viewer it runs as (their rights inside the
 * binding's scope, FORBIDDEN when they hold no sync right over it), an EntityManager carrying
 * that, and the defaults that keep new rows inside the scope.
 */
async function actingOn(
  env: SyncEnvironment,
  em: Em,
  binding: SyncBinding,
  viewer: Viewer,
): Promise<{ runAs: Viewer; em: Em; defaults: ScopeDefaults }> {
  const scope = bindingScope(binding);
  const runAs = await viewerForBinding(em, viewer, { id: binding.id, label: labelOf(binding), scope });
  const scoped = forkFor(env.orm, runAs);
  return { runAs, em: scoped, defaults: await scopeDefaults(scoped, scope) };
}

function sameScope(a: GrantScope, b: GrantScope): boolean {
  return a.kind === b.kind && (a.kind === 'root' || (b.kind !== 'root' && a.id === b.id));
}

/**
 * The scope `hoso sheets init` gives the binding. A binding that has synced keeps its scope: its
 * base snapshot holds the rows of that subtree, so another scope would read as rows deleted and
 * created on both sides.
 */
async function scopeForInit(em: Em, existing: SyncBinding | null, code: string | undefined): Promise<GrantScope> {
  const current = existing ? bindingScope(existing) : ({ kind: 'root' } as const);
  if (code === undefined) return current;
  const wanted = await resolveScopeCode(em, code);
  if (existing?.lastRunAt && !sameScope(current, wanted)) {
    const name = await describeScopes(em, [current, wanted]);
    throw new BadUserInputError([
      {
        field: 'scope',
        message:
          `Bảng tính này đã đồng bộ với phạm vi ${name(current)}; không đổi sang ${name(wanted)} được ` +
          '(hãy tạo một bảng tính mới cho phạm vi đó) (a synced binding keeps its scope)',
      },
    ]);
  }
  return wanted;
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
  const scope = await scopeForInit(em, existing, options.scope);
  const binding = existing ?? em.create(SyncBinding, { spreadsheetId, tabs });
  binding.locality = scope.kind === 'locality' ? em.getReference(Locality, scope.id, { wrapped: true }) : null;
  binding.unit = scope.kind === 'unit' ? em.getReference(Unit, scope.id, { wrapped: true }) : null;
  // The dropdowns list what the scope holds: the binding's id is not needed for that yet.
  const acting = await actingOn(env, em, binding, viewer);
  const report = await initSpreadsheet(env.sheets(), spreadsheetId, await tableSpecs(acting.em, tabs, undefined, acting.defaults));
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
  const acting = await actingOn(env, em, binding, viewer);
  const definitions = binding.tabs.map((tab) => definitionOf(tab.table));
  const tables = await tableSpecs(acting.em, binding.tabs, undefined, acting.defaults);
  const store = new OrmSyncStore(env.orm, binding.id, definitions, acting.runAs, env.databaseKind);
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

/** The bindings the viewer may see (the sync right over a scope holding theirs), in registration order, with their scope's record. */
export async function listBindings(em: Em, where: { spreadsheetId?: string } = {}, withState = false): Promise<SyncBinding[]> {
  const all = await em.find(SyncBinding, where.spreadsheetId ? { spreadsheetId: where.spreadsheetId } : {}, {
    populate: (withState ? ['state', 'locality', 'unit'] : ['locality', 'unit']) as never,
    orderBy: { id: 'asc' },
  });
  const visible = await idsInScope(
    em,
    SyncBinding.name,
    all.map((b) => b.id),
  );
  return all.filter((b) => visible.has(b.id));
}

/** Sync history of the bindings the viewer may see, newest first. */
export async function listRuns(em: Em, spreadsheetId: string | null, first: number): Promise<SyncRun[]> {
  const bindings = await listBindings(em, spreadsheetId ? { spreadsheetId } : {});
  if (bindings.length === 0) return [];
  return em.find(SyncRun, { binding: { $in: bindings.map((b) => b.id) } }, { orderBy: { startedAt: 'desc', id: 'desc' }, limit: first });
}

export async function listConflicts(em: Em, spreadsheetId?: string): Promise<ConflictView[]> {
  const bindings = await listBindings(em, { spreadsheetId }, true);
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
  const acting = await actingOn(env, em, binding, viewer);
  const lease = await syncLockFor(env.orm, env.databaseKind).acquire(String(binding.id));
  try {
    const store = new OrmSyncStore(env.orm, binding.id, [definitionOf(ref.table)], acting.runAs, env.databaseKind);
    const state = (await store.loadState()) ?? emptySyncState();
    const conflict = state.conflicts.find((c) => c.table === ref.table && c.id === ref.recordId && c.field === ref.field);
    if (!conflict) throw new NotFoundError('Xung đột', `${ref.table} ${ref.recordId} ${ref.field}`);
    let chosen: FieldValue;
    if ('side' in choice) chosen = choice.side === 'sheet' ? conflict.sheetValue : conflict.databaseValue;
    else {
      const column = (await tableSpecs(acting.em, binding.tabs))
        .find((s) => s.table === ref.table)
        ?.columns.find((c) => c.field === ref.field);
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
