import { columnLetters } from './a1';
import { chooseIdentityRow, type ParsedRow, parseRow } from './identity';
import { messages } from './messages';
import type { Issue, TableLayout, TablePlan } from './plan-types';
import { TablePlanner, type TablePlanResult } from './table-planner';
import type { BaseRecord, RecordRow, SheetTable, SyncPolicy, TableSpec } from './types';
import { sortedIds } from './values';

export interface TableInput {
  readonly spec: TableSpec;
  /** Null when the tab does not exist in the spreadsheet. */
  readonly sheet: SheetTable | null;
  /** Every record of this type in the binding's scope, flagged ones included. */
  readonly records: readonly RecordRow[];
}

/** A table that cannot be synced this run keeps everything it had: base, reservations, notes. */
function unsyncedTable(
  input: TableInput,
  base: Readonly<Record<string, BaseRecord>>,
  pending: readonly string[],
  issue: Issue,
): TablePlanResult {
  const layout: TableLayout = {
    table: input.spec.table,
    sheetTitle: input.spec.sheetTitle,
    idColumn: input.sheet?.headers.idColumn ?? null,
    fieldColumns: input.sheet?.headers.fieldColumns ?? {},
    rowOfId: {},
    lastRowNumber: 0,
    synced: false,
  };
  const plan: TablePlan = {
    table: input.spec.table,
    sheetTitle: input.spec.sheetTitle,
    layout,
    newRows: [],
    updates: [],
    flags: [],
    unflags: [],
    deletes: [],
    cellWrites: [],
    appendRows: [],
    removeRows: [],
    marks: [],
    baseAfterDatabase: base,
    pendingIdsAfter: [...pending],
  };
  return { plan, notes: [], conflicts: [], cellErrors: [], issues: [issue], planned: [] };
}

/** Plans one table: identity first (by id, never by position), then the merge of each pair. */
export function planTable(
  input: TableInput,
  base: Readonly<Record<string, BaseRecord>>,
  pending: readonly string[],
  policy: SyncPolicy,
): TablePlanResult {
  const { spec, sheet } = input;
  if (!sheet) {
    return unsyncedTable(input, base, pending, { kind: 'missing-tab', table: spec.table, message: messages.missingTab(spec.sheetTitle) });
  }
  const idColumn = sheet.headers.idColumn;
  if (idColumn === null) {
    return unsyncedTable(input, base, pending, {
      kind: 'missing-id-column',
      table: spec.table,
      message: messages.missingIdColumn(spec.sheetTitle, spec.idHeader),
    });
  }
  const active = spec.columns.filter((c) => sheet.headers.fieldColumns[c.field] !== undefined);
  const planner = new TablePlanner(spec, sheet, idColumn, active, policy);

  for (const header of sheet.headers.missingHeaders) {
    planner.issue('missing-header', messages.missingHeader(spec.sheetTitle, header));
  }
  for (const duplicate of sheet.headers.duplicateHeaders) {
    planner.issue(
      'duplicate-header',
      messages.duplicateHeader(spec.sheetTitle, duplicate.header, columnLetters(duplicate.used), columnLetters(duplicate.ignored)),
    );
  }

  const rowsById = new Map<string, ParsedRow[]>();
  const rowsWithoutId: ParsedRow[] = [];
  for (const row of sheet.rows) {
    const parsed = parseRow(active, row);
    if (row.id === null) rowsWithoutId.push(parsed);
    else rowsById.set(row.id, [...(rowsById.get(row.id) ?? []), parsed]);
  }
  const recordsById = new Map(input.records.map((r) => [r.id, r]));
  const reserved = new Set(pending);

  for (const id of sortedIds([...rowsById.keys(), ...recordsById.keys(), ...Object.keys(base)])) {
    const rows = rowsById.get(id) ?? [];
    const record = recordsById.get(id);
    const baseRecord = base[id];
    if (rows.length === 0) {
      if (record) planner.recordWithoutRow(record, baseRecord);
      // Neither side holds it any more: the base forgets it.
      continue;
    }
    const { chosen, duplicates } = chooseIdentityRow(rows, baseRecord?.values, record?.values);
    planner.rowOfId[id] = chosen.row.rowNumber;
    for (const duplicate of duplicates) planner.duplicate(duplicate, id, chosen.row.rowNumber);
    if (record) {
      if (record.flagged) {
        planner.unflags.push({ table: spec.table, id, rowNumber: chosen.row.rowNumber });
        planner.issue('row-restored', messages.rowRestored(id), { id, rowNumber: chosen.row.rowNumber });
      }
      planner.mergeRecord(chosen, record, baseRecord?.status === 'deleted-in-database' ? undefined : baseRecord, duplicates);
    } else {
      planner.rowWithoutRecord(chosen, id, baseRecord, reserved.has(id), duplicates);
    }
  }
  for (const parsed of rowsWithoutId) planner.newRow(parsed, null);

  return planner.finish({
    table: spec.table,
    sheetTitle: spec.sheetTitle,
    idColumn,
    fieldColumns: sheet.headers.fieldColumns,
    rowOfId: planner.rowOfId,
    lastRowNumber: sheet.rows.reduce((last, r) => Math.max(last, r.rowNumber), 1),
    synced: true,
  });
}
