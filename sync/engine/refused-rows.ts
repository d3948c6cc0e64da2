import { cellA1 } from './a1';
import { messages } from './messages';
import { countPlan } from './plan';
import type { CellWritePlan, DesiredNote, Issue, NewRowPlan, SyncPlan, TablePlan } from './plan-types';
import { ID_FIELD } from './types';

/** A new row the store would refuse to create, and why (Vietnamese, shown on the cell). */
export interface RowRefusal {
  readonly table: string;
  readonly rowNumber: number;
  /** The field the refusal is about (its cell gets the note); none: the id cell. */
  readonly field?: string;
  readonly message: string;
}

function rowKey(table: string, rowNumber: number): string {
  return `${table}\u0001${rowNumber}`;
}

/**
 * The plan without the new rows the store refuses: like a row lacking a required field, such a
 * row is reported and noted and does not become a record, so no id is handed out or written
 * back and nothing counts it as created. A refused row that already carries an id reserved by a
 * crashed run has that id cleared (it stays reserved, unused), so no row points at nothing.
 */
export function withoutRefusedRows(plan: SyncPlan, refusals: readonly RowRefusal[]): SyncPlan {
  if (refusals.length === 0) return plan;
  const byRow = new Map(refusals.map((r) => [rowKey(r.table, r.rowNumber), r]));
  const refusedRows = new Map<string, NewRowPlan>();
  const notes: DesiredNote[] = [];
  const issues: Issue[] = [];
  const tables = plan.tables.map((table): TablePlan => {
    const refused = table.newRows.filter((r) => byRow.has(rowKey(table.table, r.rowNumber)));
    if (refused.length === 0) return table;
    const rows = new Set(refused.map((r) => r.rowNumber));
    const clearedIds = new Set<string>();
    const cellWrites: CellWritePlan[] = table.cellWrites.filter((w) => !rows.has(w.rowNumber));
    for (const row of refused) {
      refusedRows.set(rowKey(table.table, row.rowNumber), row);
      const refusal = byRow.get(rowKey(table.table, row.rowNumber))!;
      const fieldColumn = refusal.field === undefined ? undefined : table.layout.fieldColumns[refusal.field];
      const field = fieldColumn === undefined ? ID_FIELD : refusal.field!;
      const column = fieldColumn ?? table.layout.idColumn;
      if (column === null) continue;
      const a1 = cellA1(table.sheetTitle, row.rowNumber, column);
      const text = messages.rowRefused(refusal.message);
      issues.push({ kind: 'row-not-created', table: table.table, message: text, a1, rowNumber: row.rowNumber });
      notes.push({
        anchor: { table: table.table, id: null, rowNumber: row.rowNumber, field },
        text,
        sheetTitle: table.sheetTitle,
        rowNumber: row.rowNumber,
        column,
        forNewRow: false,
      });
      if (row.reservedId !== null && table.layout.idColumn !== null) {
        clearedIds.add(row.reservedId);
        const idColumn = table.layout.idColumn;
        cellWrites.push({
          table: table.table,
          id: null,
          field: ID_FIELD,
          a1: cellA1(table.sheetTitle, row.rowNumber, idColumn),
          rowNumber: row.rowNumber,
          column: idColumn,
          previous: row.reservedId,
          value: null,
        });
      }
    }
    cellWrites.sort((a, b) => a.rowNumber - b.rowNumber || a.column - b.column);
    return {
      ...table,
      newRows: table.newRows.filter((r) => !rows.has(r.rowNumber)),
      cellWrites,
      pendingIdsAfter: table.pendingIdsAfter.filter((id) => !clearedIds.has(id)),
    };
  });
  // The refused row's own notes and cell errors stay, anchored to the row (it has no id to carry them).
  const onRefusedRow = (table: string, rowNumber: number): NewRowPlan | undefined => refusedRows.get(rowKey(table, rowNumber));
  const desiredNotes = [
    ...plan.desiredNotes.map((note) =>
      onRefusedRow(note.anchor.table, note.rowNumber)?.reservedId
        ? { ...note, anchor: { ...note.anchor, id: null, rowNumber: note.rowNumber }, forNewRow: false }
        : note,
    ),
    ...notes,
  ];
  const cellErrors = plan.cellErrors.map((e) => (onRefusedRow(e.table, e.rowNumber)?.reservedId ? { ...e, id: null } : e));
  const allIssues = [...plan.issues, ...issues];
  return {
    ...plan,
    tables,
    desiredNotes,
    cellErrors,
    issues: allIssues,
    counts: countPlan(tables, plan.conflicts.length, cellErrors.length, allIssues.length),
  };
}
