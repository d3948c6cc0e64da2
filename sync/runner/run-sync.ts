import { quoteSheetTitle } from '../engine/a1';
import {
  type BoundPlan,
  bindPlan,
  cellErrorsWithIds,
  databaseChanges,
  idsNeeded,
  sheetValueWrites,
  stateAfterDatabase,
  stateAfterReservation,
  stateAfterSheet,
} from '../engine/bind';
import { type ChangeRejection, type DatabaseChange, acceptedChanges } from '../engine/changes';
import {
  CONFLICT_TAB_TITLE,
  type ConflictLine,
  type ConflictTabOptions,
  type ConflictTabPlan,
  applyConflictChoices,
  conflictKey,
  conflictTabMessages,
  conflictTabSpec,
  planConflictTab,
  readConflictLines,
  reopenRefused,
  stampConflicts,
  withChoiceNotes,
  withResolutions,
} from '../engine/conflict-tab';
import { formatPlan } from '../engine/format-plan';
import { noteWrites } from '../engine/notes';
import { planSync } from '../engine/plan';
import type { TableInput } from '../engine/plan-table';
import type { CellErrorReport, ConflictReport, Issue, PlanCounts, SyncPlan } from '../engine/plan-types';
import { withoutRefusedRows } from '../engine/refused-rows';
import { readSheetTable } from '../engine/sheet-table';
import { type ConflictRecord, DEFAULT_POLICY, type SyncPolicy, type SyncState, type TableSpec, emptySyncState } from '../engine/types';
import { MAX_BATCH_BYTES, splitBatches } from '../sheets/batches';
import { SheetsApiError } from '../sheets/errors';
import { type CallMeter, meteringCalls } from '../sheets/call-meter';
import { type SheetsCallStats, type SheetsGateway, isIdempotentBatch } from '../sheets/sheets-client';
import { conflictTabRequests } from './conflict-tab-requests';
import { layoutRequests, tabsNeedingSheetIds } from './layout-requests';
import type { SyncBinding, SyncLock, SyncStore } from './ports';
import { deepEqual } from './deep-equal';
import { type SyncProgressEvent, type SyncProgressListener, safeListener } from './progress';

export type SyncStep = 'read' | 'reserve-ids' | 'write-sheet-values' | 'commit-database' | 'write-sheet-layout' | 'save-state';

/** The steps in the order a run takes them (the crash-safety argument follows this order). */
export const SYNC_STEPS: readonly SyncStep[] = [
  'read',
  'reserve-ids',
  'write-sheet-values',
  'commit-database',
  'write-sheet-layout',
  'save-state',
];

export interface SyncPorts {
  readonly sheets: SheetsGateway;
  readonly store: SyncStore;
  readonly lock: SyncLock;
}

export interface RunSyncOptions {
  /** Plan and report, write nothing on either side. */
  readonly dryRun?: boolean;
  /** Around each step that runs; throwing simulates a crash right there (tests). */
  readonly onStep?: (step: SyncStep, phase: 'before' | 'after') => void | Promise<void>;
  /** A layout write that may or may not have been applied ends the attempt; the run starts over from the read this many times in all. */
  readonly maxAttempts?: number;
  /** Largest layout batch (JSON bytes) sent in one spreadsheets.batchUpdate; Google recommends 2 MB. */
  readonly maxLayoutBatchBytes?: number;
  readonly now?: () => number;
  /** Told at each step's start and end, then `done` (with the report) or `failed`; a listener's error is ignored. */
  readonly onProgress?: SyncProgressListener;
}

export interface SyncReport {
  readonly bindingId: string;
  readonly spreadsheetId: string;
  readonly dryRun: boolean;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly attempts: number;
  readonly counts: PlanCounts;
  readonly conflicts: readonly ConflictReport[];
  readonly cellErrors: readonly CellErrorReport[];
  readonly issues: readonly Issue[];
  /** Changes the store refused (reported and noted on their cells). */
  readonly rejections: readonly ChangeRejection[];
  readonly notesWritten: number;
  /** API calls of this run, retries included. */
  readonly apiCalls: SheetsCallStats;
  /** Whether the database and the sheet were written at all (false on a run with nothing to do). */
  readonly wrote: { readonly database: boolean; readonly sheetValues: boolean; readonly sheetLayout: boolean; readonly state: boolean };
  readonly plan: SyncPlan;
  /** The plan as text, on dry runs (a first run of 50,000 rows would make 50,000 lines; call formatPlan for more). */
  readonly planText: string | null;
  /** The 'Xung đột' tab; null when the binding has none or the spreadsheet lacks it. */
  readonly conflictTab: ConflictTabReport | null;
}

export interface ConflictTabReport {
  readonly title: string;
  /** Choices made on the tab and committed by this run. */
  readonly applied: number;
  /** Lines whose choice could not be applied (a note on their 'Giữ' cell says why). */
  readonly notApplied: readonly { readonly rowNumber: number; readonly message: string }[];
  /** Lines the tab lists after this run (the open conflicts). */
  readonly lines: number;
  readonly wrote: boolean;
  /** The tab could not be used (headers missing): why. */
  readonly problem: string | null;
}

/** A layout batch failed in a way that leaves unknown whether Google applied it: the attempt stops and the run starts over. */
class UncertainLayoutWrite extends Error {}

function policyOf(binding: SyncBinding): SyncPolicy {
  return { ...DEFAULT_POLICY, ...binding.policy };
}

function validateBinding(binding: SyncBinding): void {
  const tables = new Set(binding.tables.map((t) => t.table));
  const titles = new Set(binding.tables.map((t) => t.sheetTitle.toLowerCase()));
  if (tables.size !== binding.tables.length || titles.size !== binding.tables.length) {
    throw new Error(`Binding ${binding.bindingId}: each table and each tab may appear once`);
  }
  const conflictTitle = conflictTabOf(binding)?.title;
  if (conflictTitle !== undefined && titles.has(conflictTitle.toLowerCase())) {
    throw new Error(`Binding ${binding.bindingId}: the conflicts tab «${conflictTitle}» is also a table's tab`);
  }
}

function conflictTabOf(binding: SyncBinding): (ConflictTabOptions & { readonly title: string }) | null {
  if (binding.conflictTab === false) return null;
  return { ...binding.conflictTab, title: binding.conflictTab?.title ?? CONFLICT_TAB_TITLE };
}

interface TabsRead {
  readonly grids: ReadonlyMap<string, readonly (readonly unknown[])[]>;
  readonly sheetIds: Readonly<Record<string, number>>;
}

/** Learns tab titles → sheetIds (one spreadsheets.get), keeping what was known. */
async function fetchSheetIds(
  sheets: SheetsGateway,
  spreadsheetId: string,
  known: Readonly<Record<string, number>>,
): Promise<Record<string, number>> {
  const spreadsheet = await sheets.getSpreadsheet(spreadsheetId);
  const ids: Record<string, number> = { ...known };
  for (const sheet of spreadsheet.sheets ?? []) {
    const { title, sheetId } = sheet.properties ?? {};
    if (typeof title === 'string' && typeof sheetId === 'number') ids[title] = sheetId;
  }
  return ids;
}

/**
 * Every mapped tab in one values.batchGet. Only when a tab is missing (the batch then fails as a
 * whole with "Unable to parse range") is the spreadsheet fetched to see which tabs exist.
 */
async function readTabs(
  sheets: SheetsGateway,
  spreadsheetId: string,
  tables: readonly TableSpec[],
  known: Readonly<Record<string, number>>,
  extraTitles: readonly string[] = [],
): Promise<TabsRead> {
  const read = async (titles: readonly string[]): Promise<Map<string, readonly (readonly unknown[])[]>> => {
    if (titles.length === 0) return new Map();
    const ranges = await sheets.batchGetValues(spreadsheetId, titles.map(quoteSheetTitle), {
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
      majorDimension: 'ROWS',
    });
    return new Map(titles.map((title, i) => [title, ranges[i]?.values ?? []]));
  };
  const titles = [...tables.map((t) => t.sheetTitle), ...extraTitles];
  try {
    return { grids: await read(titles), sheetIds: known };
  } catch (error) {
    if (!(error instanceof SheetsApiError) || error.status !== 400) throw error;
    const sheetIds = await fetchSheetIds(sheets, spreadsheetId, {});
    const existing = titles.filter((title) => sheetIds[title] !== undefined);
    if (existing.length === titles.length) throw error;
    return { grids: await read(existing), sheetIds };
  }
}

/** Runs the layout batch; a stale cached sheetId (a tab deleted and recreated) is refreshed once. */
async function writeLayout(
  sheets: SheetsGateway,
  spreadsheetId: string,
  bound: BoundPlan,
  notes: ReturnType<typeof noteWrites>,
  known: Readonly<Record<string, number>>,
  maxBatchBytes: number,
  conflictTab: ConflictTabPlan | null,
): Promise<{ readonly sheetIds: Readonly<Record<string, number>>; readonly wrote: boolean }> {
  const tabWrite = conflictTab?.write ? conflictTab : null;
  const needed = [...tabsNeedingSheetIds(bound, notes.writes), ...(tabWrite ? [tabWrite.title] : [])];
  let sheetIds = known;
  if (needed.some((title) => sheetIds[title] === undefined)) sheetIds = await fetchSheetIds(sheets, spreadsheetId, sheetIds);
  // The conflicts tab is rewritten with the layout: after the commit, so a choice leaves the tab only once it is applied.
  const requestsFor = (ids: Readonly<Record<string, number>>): ReturnType<typeof layoutRequests> => {
    const tabId = tabWrite ? ids[tabWrite.title] : undefined;
    return [...layoutRequests(bound, notes.writes, ids), ...(tabWrite && tabId !== undefined ? conflictTabRequests(tabWrite, tabId) : [])];
  };
  const requests = requestsFor(sheetIds);
  if (requests.length === 0) return { sheetIds, wrote: false };
  // A first run of a big table appends tens of MB of rows: sent in batches of Google's recommended
  // size. Each batch is all or nothing; a run dying between two is recovered like any crash at
  // step 4 (appended rows are 'appending' in the committed state, notes are rewritten).
  const send = async (ids: Readonly<Record<string, number>>): Promise<void> => {
    for (const batch of splitBatches(requestsFor(ids), maxBatchBytes)) {
      try {
        await sheets.batchUpdateSpreadsheet(spreadsheetId, batch, { idempotent: isIdempotentBatch(batch) });
      } catch (error) {
        if (error instanceof SheetsApiError && error.maybeApplied) throw new UncertainLayoutWrite(error.message);
        throw error;
      }
    }
  };
  try {
    await send(sheetIds);
  } catch (error) {
    if (!(error instanceof SheetsApiError) || error.status !== 400 || !/No grid with id/.test(error.message)) throw error;
    sheetIds = await fetchSheetIds(sheets, spreadsheetId, {});
    await send(sheetIds);
  }
  return { sheetIds, wrote: true };
}

/**
 * One sync of a binding: lock, read, plan, then apply in the crash-safe order documented in
 * sync/engine/bind.ts. With `dryRun` it stops after planning.
 */
export async function runSync(binding: SyncBinding, ports: SyncPorts, options: RunSyncOptions = {}): Promise<SyncReport> {
  const progress = safeListener(options.onProgress);
  let attempt = 1;
  let rowsRead = 0;
  const emit: ProgressEmitter = (event) => {
    if (event.phase === 'read' && event.at === 'end') rowsRead = event.rowsDone;
    progress({ bindingId: binding.bindingId, attempt, ...event });
  };
  try {
    // Only this run's calls: other runs may share the client meanwhile.
    const report = await meteringCalls((meter) => runLocked(binding, ports, options, emit, (next) => (attempt = next), meter));
    emit({ phase: 'done', at: 'end', rowsDone: rowsRead, rowsTotal: rowsRead, report });
    return report;
  } catch (error) {
    emit({ phase: 'failed', at: 'end', rowsDone: 0, rowsTotal: 0, error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

type ProgressEmitter = (event: Omit<SyncProgressEvent, 'bindingId' | 'attempt'>) => void;

async function runLocked(
  binding: SyncBinding,
  ports: SyncPorts,
  options: RunSyncOptions,
  emit: ProgressEmitter,
  onAttempt: (attempt: number) => void,
  meter: CallMeter,
): Promise<SyncReport> {
  validateBinding(binding);
  const now = options.now ?? Date.now;
  const started = now();
  const lease = await ports.lock.acquire(binding.bindingId);
  try {
    const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    for (let attempt = 1; ; attempt++) {
      onAttempt(attempt);
      try {
        const outcome = await runAttempt(binding, ports, options, emit);
        return {
          bindingId: binding.bindingId,
          spreadsheetId: binding.spreadsheetId,
          dryRun: options.dryRun === true,
          startedAt: new Date(started).toISOString(),
          durationMs: now() - started,
          attempts: attempt,
          counts: outcome.counts,
          conflicts: outcome.plan.conflicts,
          cellErrors: outcome.cellErrors,
          issues: outcome.plan.issues,
          rejections: outcome.rejections,
          notesWritten: outcome.notesWritten,
          apiCalls: meter.stats(),
          wrote: outcome.wrote,
          plan: outcome.plan,
          planText: options.dryRun ? formatPlan(outcome.plan, binding.tables) : null,
          conflictTab: outcome.conflictTab,
        };
      } catch (error) {
        if (error instanceof UncertainLayoutWrite && attempt < maxAttempts) continue;
        throw error;
      }
    }
  } finally {
    await lease.release();
  }
}

/** New rows the store would refuse leave the plan before any id is handed out (see `SyncStore.checkCreates`). */
async function withoutRefusedCreates(plan: SyncPlan, store: SyncStore): Promise<SyncPlan> {
  const rows = plan.tables.flatMap((t) => t.newRows.map((r) => ({ table: t.table, rowNumber: r.rowNumber, values: r.values })));
  if (rows.length === 0 || !store.checkCreates) return plan;
  return withoutRefusedRows(plan, await store.checkCreates(rows));
}

/** The plan's counts, with the database side as the store actually applied it (a refused create is no create). */
function appliedCounts(counts: PlanCounts, accepted: readonly DatabaseChange[]): PlanCounts {
  const updates = accepted.filter((c) => c.kind === 'update');
  return {
    ...counts,
    database: {
      ...counts.database,
      creates: accepted.filter((c) => c.kind === 'create').length,
      updatedRecords: updates.length,
      updatedFields: updates.reduce((n, u) => n + u.changes.length, 0),
    },
  };
}

interface AttemptOutcome {
  readonly plan: SyncPlan;
  /** What was applied (the plan's counts on a dry run). */
  readonly counts: PlanCounts;
  /** With the ids new rows received. */
  readonly cellErrors: readonly CellErrorReport[];
  readonly rejections: readonly ChangeRejection[];
  readonly notesWritten: number;
  readonly wrote: SyncReport['wrote'];
  readonly conflictTab: ConflictTabReport | null;
}

/** The conflicts tab as read this run: its lines, or why it cannot be used. */
interface ConflictTabRead {
  readonly title: string;
  readonly options: ConflictTabOptions;
  readonly grid: readonly (readonly unknown[])[];
  readonly sheet: ReturnType<typeof readSheetTable>;
  readonly lines: readonly ConflictLine[];
  readonly problem: string | null;
}

function readConflictTab(binding: SyncBinding, grids: TabsRead['grids'], state: SyncState): ConflictTabRead | null {
  const options = conflictTabOf(binding);
  const grid = options ? grids.get(options.title) : undefined;
  if (!options || grid === undefined) return null;
  const sheet = readSheetTable(conflictTabSpec(options.title), grid);
  const missing = sheet.headers.missingHeaders;
  if (missing.length > 0)
    return { title: options.title, options, grid, sheet, lines: [], problem: conflictTabMessages.missingHeaders(options.title, missing) };
  const lines = readConflictLines(sheet, state, binding.tables, options.utcOffsetMinutes);
  return { title: options.title, options, grid, sheet, lines, problem: null };
}

/** How much a step has to do (`total`) and, from its result, how much it did (the total when not given). */
interface StepRows<T> {
  readonly total: number;
  readonly done?: (result: T) => number;
}

async function runAttempt(binding: SyncBinding, ports: SyncPorts, options: RunSyncOptions, emit: ProgressEmitter): Promise<AttemptOutcome> {
  const { sheets, store } = ports;
  const step = async <T>(name: SyncStep, work: () => Promise<T>, rows: StepRows<T>): Promise<T> => {
    emit({ phase: name, at: 'start', rowsDone: 0, rowsTotal: rows.total });
    await options.onStep?.(name, 'before');
    const result = await work();
    await options.onStep?.(name, 'after');
    const done = rows.done?.(result) ?? rows.total;
    emit({ phase: name, at: 'end', rowsDone: done, rowsTotal: Math.max(done, rows.total) });
    return result;
  };

  const { state, tabs, inputs } = await step(
    'read',
    async () => {
      const loaded = (await store.loadState()) ?? emptySyncState();
      // The conflicts tab joins the same batchGet once the spreadsheet is known to have it (init adds it).
      const conflictTitle = conflictTabOf(binding)?.title;
      const extra = conflictTitle !== undefined && loaded.sheetIds[conflictTitle] !== undefined ? [conflictTitle] : [];
      const tabsRead = await readTabs(sheets, binding.spreadsheetId, binding.tables, loaded.sheetIds, extra);
      const tableInputs: TableInput[] = [];
      for (const spec of binding.tables) {
        const grid = tabsRead.grids.get(spec.sheetTitle);
        tableInputs.push({
          spec,
          sheet: grid === undefined ? null : readSheetTable(spec, grid),
          records: await store.loadRecords(spec.table),
        });
      }
      return { state: loaded, tabs: tabsRead, inputs: tableInputs };
    },
    { total: 0, done: (read) => read.inputs.reduce((n, input) => n + (input.sheet?.rows.length ?? 0), 0) },
  );
  // Choices made on the conflicts tab are settled first: the run plans against the chosen values.
  const tab = readConflictTab(binding, tabs.grids, state);
  const choices = applyConflictChoices(state, inputs, tab?.lines ?? []);
  const plan = await withoutRefusedCreates(planSync({ tables: choices.tables, state: choices.state, policy: policyOf(binding) }), store);
  const nothing = { database: false, sheetValues: false, sheetLayout: false, state: false };
  if (options.dryRun)
    return { plan, counts: plan.counts, cellErrors: plan.cellErrors, rejections: [], notesWritten: 0, wrote: nothing, conflictTab: null };

  // 1. Ids first, saved as pending before any of them reaches the sheet.
  const needed = idsNeeded(plan);
  let current: SyncState = { ...choices.state, sheetIds: tabs.sheetIds };
  let bound: BoundPlan;
  if (Object.keys(needed).length === 0) bound = bindPlan(plan, {});
  else {
    bound = await step(
      'reserve-ids',
      async () => {
        const allocated: Record<string, readonly string[]> = {};
        for (const [table, count] of Object.entries(needed)) allocated[table] = await store.allocateIds(table, count);
        const withIds = bindPlan(plan, allocated);
        current = stateAfterReservation(current, withIds);
        // Saved as loaded plus the reservations: the tab's choices take effect only with the commit.
        await store.saveState(stateAfterReservation({ ...state, sheetIds: tabs.sheetIds }, withIds));
        return withIds;
      },
      { total: Object.values(needed).reduce((n, count) => n + count, 0) },
    );
  }

  // 2. Changed cells and ids written back: one values.batchUpdate, RAW so that what the codec formats is what lands.
  const valueWrites = sheetValueWrites(bound);
  if (valueWrites.length > 0) {
    await step(
      'write-sheet-values',
      () =>
        sheets.batchUpdateValues(
          binding.spreadsheetId,
          valueWrites.map((w) => ({ range: w.range, values: w.values })),
          'RAW',
        ),
      { total: valueWrites.reduce((n, w) => n + w.values.length, 0) },
    );
  }

  // 3. The database, and the state as of that commit, in one transaction.
  const changes = withResolutions(databaseChanges(bound), choices.changes);
  const runStarted = (options.now ?? Date.now)();
  const stateAfter = (refused: readonly ChangeRejection[]): SyncState =>
    reopenRefused(
      stampConflicts(stateAfterDatabase(current, bound, refused), choices.state, state, runStarted),
      state,
      choices.settled,
      refused,
    );
  let rejections: readonly ChangeRejection[] = [];
  let afterDatabase = stateAfter([]);
  const commitNeeded = changes.length > 0 || !deepEqual(afterDatabase, state);
  if (commitNeeded) {
    rejections = await step('commit-database', () => store.commit(changes, stateAfter), {
      total: changes.length,
      done: (refused) => acceptedChanges(changes, refused).length,
    });
    afterDatabase = stateAfter(rejections);
  }
  const accepted = acceptedChanges(changes, rejections);

  // 4. Notes, appended rows, removed rows: one spreadsheets.batchUpdate.
  const notes = noteWrites(bound, afterDatabase.notes, rejections);
  const tabPlan = tab && tab.problem === null ? planTab(tab, afterDatabase, choices, rejections, binding.tables) : null;
  const layoutRows = notes.writes.length + bound.plan.tables.reduce((n, t) => n + t.appendRows.length + t.removeRows.length, 0);
  const layout = await step(
    'write-sheet-layout',
    () =>
      writeLayout(
        sheets,
        binding.spreadsheetId,
        bound,
        notes,
        afterDatabase.sheetIds,
        options.maxLayoutBatchBytes ?? MAX_BATCH_BYTES,
        tabPlan,
      ),
    { total: layoutRows },
  );

  // 5. The base of the next run.
  const afterSheet = stateAfterSheet(afterDatabase, bound, notes.notes, layout.sheetIds);
  const finalState = tabPlan ? withChoiceNotes(afterSheet, tabPlan) : afterSheet;
  const stateChanged = !deepEqual(finalState, commitNeeded ? afterDatabase : state);
  if (stateChanged) await step('save-state', () => store.saveState(finalState), { total: 1 });

  return {
    plan,
    counts: appliedCounts(plan.counts, accepted),
    cellErrors: cellErrorsWithIds(bound),
    rejections,
    notesWritten: notes.writes.length,
    wrote: {
      database: accepted.length > 0,
      sheetValues: valueWrites.length > 0,
      sheetLayout: layout.wrote,
      state: commitNeeded || stateChanged,
    },
    conflictTab: tab && {
      title: tab.title,
      applied: choices.settled.filter((c) => !refusalOf(c, rejections)).length,
      notApplied: tab.lines.flatMap((line) => {
        const refused = refusalOf(line.conflict, rejections);
        const message =
          line.error ?? choices.errors.get(conflictKey(line.conflict)) ?? (refused && conflictTabMessages.refused(refused.message));
        return message ? [{ rowNumber: line.rowNumber, message }] : [];
      }),
      lines: tabPlan?.lines.length ?? 0,
      wrote: tabPlan?.write === true,
      problem: tab.problem,
    },
  };
}

function refusalOf(conflict: ConflictRecord, rejections: readonly ChangeRejection[]): ChangeRejection | undefined {
  return rejections.find((r) => r.table === conflict.table && r.id === conflict.id && (r.field ?? conflict.field) === conflict.field);
}

/** The tab after this run: the open conflicts, choices not applied kept on their lines with why. */
function planTab(
  tab: ConflictTabRead,
  after: SyncState,
  choices: ReturnType<typeof applyConflictChoices>,
  rejections: readonly ChangeRejection[],
  tables: readonly TableSpec[],
): ConflictTabPlan {
  const extraNotes = new Map(choices.errors);
  for (const conflict of choices.settled) {
    const refused = refusalOf(conflict, rejections);
    if (refused) extraNotes.set(conflictKey(conflict), conflictTabMessages.refused(refused.message));
  }
  const records = new Map(choices.tables.map((t) => [t.spec.table, new Map(t.records.map((r) => [r.id, r]))]));
  return planConflictTab({
    sheet: tab.sheet,
    grid: tab.grid,
    conflicts: after.conflicts,
    lines: tab.lines,
    extraNotes,
    tables,
    records,
    options: tab.options,
  });
}
