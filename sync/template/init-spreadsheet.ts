import { columnLetters, rowA1 } from '../engine/a1';
import { CONFLICT_TAB_TITLE, conflictTabSpec } from '../engine/conflict-tab';
import type { TableSpec } from '../engine/types';
import { type CallMeter, meteringCalls } from '../sheets/call-meter';
import type { SheetsCallStats, SheetsGateway } from '../sheets/sheets-client';
import { splitBatches } from '../sheets/batches';
import { quoteSheetTitle } from '../engine/a1';
import { type InitTabPlan, addSheetRequests, assertDistinctTabs, defaultTabCandidates, planInit, withAddedSheets } from './init-plan';

/** A tab as planned, and as people read it. */
export interface InitTabReport extends Omit<InitTabPlan, 'idColumn'> {
  /** The tab did not exist and was added. */
  readonly created: boolean;
  /** Where the id column is, as letters ("A"). */
  readonly idColumn: string;
}

export interface InitReport {
  readonly tabs: readonly InitTabReport[];
  /** The 'Xung đột' tab (null when not asked for): created or repaired like the others. */
  readonly conflictTab: InitTabReport | null;
  /**
   * The TableSpec's sheetTitle → sheetId, and the conflicts tab's: kept in `SyncState.sheetIds`, the
   * first sync needs no spreadsheets.get, and a sync reads the conflicts tab once its id is known.
   */
  readonly sheetIds: Readonly<Record<string, number>>;
  /** Empty default tabs ("Sheet1") removed because hoso added its own in their place. */
  readonly removedTabs: readonly string[];
  /** API calls of this init, retries included. */
  readonly apiCalls: SheetsCallStats;
}

type Tab = NonNullable<Awaited<ReturnType<SheetsGateway['getSpreadsheet']>>['sheets']>[number];

/** The candidates without a single value (one values.batchGet, only when there is a candidate). */
async function emptyTabs(sheets: SheetsGateway, spreadsheetId: string, candidates: readonly Tab[]): Promise<Tab[]> {
  const usable = candidates.filter((tab) => typeof tab.properties?.sheetId === 'number' && typeof tab.properties.title === 'string');
  if (usable.length === 0) return [];
  const ranges = await sheets.batchGetValues(
    spreadsheetId,
    usable.map((tab) => quoteSheetTitle(tab.properties!.title!)),
  );
  return usable.filter((_, i) => (ranges[i]?.values ?? []).every((row) => row.every((cell) => cell === '' || cell === null)));
}

/**
 * `hoso sheets init`: creates the missing tabs and repairs the existing ones, never moving,
 * renaming or clearing a cell. Calls: one spreadsheets.get, one batchUpdate adding the missing
 * tabs (only when some are), one values.batchGet of the header rows, the layout batch (split
 * only past 2 MB), and one values.batchUpdate when headers are missing. The layout goes before
 * the headers because it grows the grid when they do not fit. Safe to run again at any point.
 */
export interface InitOptions {
  /** The title of the tab listing the binding's conflicts ('Xung đột'); `false`: no such tab. */
  readonly conflictTab?: string | false;
}

export async function initSpreadsheet(
  sheets: SheetsGateway,
  spreadsheetId: string,
  specs: readonly TableSpec[],
  options: InitOptions = {},
): Promise<InitReport> {
  // Only this init's calls: other work may share the client meanwhile.
  return meteringCalls((meter) => initMetered(sheets, spreadsheetId, specs, options, meter));
}

async function initMetered(
  sheets: SheetsGateway,
  spreadsheetId: string,
  specs: readonly TableSpec[],
  options: InitOptions,
  meter: CallMeter,
): Promise<InitReport> {
  const conflictTitle = options.conflictTab === false ? null : (options.conflictTab ?? CONFLICT_TAB_TITLE);
  // The conflicts tab is one more tab to init: same headers, frozen row and dropdown machinery.
  const tables = conflictTitle === null ? specs : [...specs, conflictTabSpec(conflictTitle)];
  assertDistinctTabs(tables);
  let spreadsheet = await sheets.getSpreadsheet(spreadsheetId);
  const additions = addSheetRequests(spreadsheet, tables);
  const created = new Set(additions.map((r) => r.addSheet?.properties?.title));
  // A new spreadsheet's empty "Sheet1" goes in the same batch as hoso's tabs arrive (adds first,
  // so the spreadsheet is never without a tab); one holding any value stays.
  // Adding only the conflicts tab to an existing spreadsheet is not making it anew: its default tab stays.
  const makesTabs = additions.some((r) => r.addSheet?.properties?.title !== conflictTitle);
  const removed = makesTabs ? await emptyTabs(sheets, spreadsheetId, defaultTabCandidates(spreadsheet, tables)) : [];
  const removals = removed.map((tab) => ({ deleteSheet: { sheetId: tab.properties!.sheetId! } }));
  if (additions.length > 0) {
    const replies = await sheets.batchUpdateSpreadsheet(spreadsheetId, [...additions, ...removals]);
    const gone = new Set(removed);
    spreadsheet = withAddedSheets({ ...spreadsheet, sheets: (spreadsheet.sheets ?? []).filter((tab) => !gone.has(tab)) }, replies);
  }

  // Read as the sync reads (UNFORMATTED_VALUE), so headers match here exactly as they will there.
  const headers = await sheets.batchGetValues(
    spreadsheetId,
    tables.map((t) => rowA1(t.sheetTitle, 1)),
  );
  const plan = planInit(
    spreadsheet,
    tables.map((_, i) => headers[i]?.values[0] ?? []),
    tables,
  );
  for (const batch of splitBatches(plan.requests)) await sheets.batchUpdateSpreadsheet(spreadsheetId, batch);
  if (plan.valueWrites.length > 0) await sheets.batchUpdateValues(spreadsheetId, plan.valueWrites, 'RAW');

  const reports = plan.tabs.map((tab, i) => ({
    table: tab.table,
    title: tab.title,
    sheetId: tab.sheetId,
    created: created.has(tables[i]!.sheetTitle),
    headersAdded: tab.headersAdded,
    idColumn: columnLetters(tab.idColumn),
  }));
  return {
    tabs: reports.slice(0, specs.length),
    conflictTab: reports[specs.length] ?? null,
    sheetIds: Object.fromEntries(plan.tabs.map((tab, i) => [tables[i]!.sheetTitle, tab.sheetId])),
    removedTabs: removed.map((tab) => tab.properties!.title!),
    apiCalls: meter.stats(),
  };
}
