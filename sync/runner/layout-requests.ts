import type { BoundPlan } from '../engine/bind';
import type { NoteWrite } from '../engine/notes';
import type { CellValue } from '../engine/types';
import type { SheetsRequest } from '../sheets/sheets-client';

function cellData(value: CellValue | null): Record<string, unknown> {
  if (value === null) return {};
  if (typeof value === 'number') return { userEnteredValue: { numberValue: value } };
  if (typeof value === 'boolean') return { userEnteredValue: { boolValue: value } };
  return { userEnteredValue: { stringValue: value } };
}

/** Rows per appendCells request: consecutive requests append one after the other, as one would. */
const APPEND_ROWS_PER_REQUEST = 1000;

/** Tabs whose sheetId the layout batch needs. */
export function tabsNeedingSheetIds(bound: BoundPlan, notes: readonly NoteWrite[]): string[] {
  const titles = new Set(notes.map((n) => n.sheetTitle));
  for (const table of bound.plan.tables) if (table.appendRows.length > 0 || table.removeRows.length > 0) titles.add(table.sheetTitle);
  return [...titles];
}

/**
 * Step 4 as Sheets requests, in an order that keeps row numbers valid: notes first (placed with
 * the row numbers read), then appended rows (Google places them after the last row with data
 * when it applies them, so a row typed meanwhile is not overwritten), then removed rows from
 * the bottom up.
 */
export function layoutRequests(bound: BoundPlan, notes: readonly NoteWrite[], sheetIds: Readonly<Record<string, number>>): SheetsRequest[] {
  const idOf = (title: string): number => {
    const id = sheetIds[title];
    if (id === undefined) throw new Error(`No sheetId known for tab «${title}»`);
    return id;
  };
  const requests: SheetsRequest[] = notes.map((note) => ({
    updateCells: {
      start: { sheetId: idOf(note.sheetTitle), rowIndex: note.rowNumber - 1, columnIndex: note.column },
      rows: [{ values: [{ note: note.text }] }],
      fields: 'note',
    },
  }));
  for (const table of bound.plan.tables) {
    // In slices, so that a big first run can be split into batches of a reasonable size.
    for (let start = 0; start < table.appendRows.length; start += APPEND_ROWS_PER_REQUEST) {
      requests.push({
        appendCells: {
          sheetId: idOf(table.sheetTitle),
          rows: table.appendRows.slice(start, start + APPEND_ROWS_PER_REQUEST).map((row) => ({ values: row.cells.map(cellData) })),
          fields: 'userEnteredValue',
        },
      });
    }
  }
  for (const table of bound.plan.tables) {
    const rows = [...table.removeRows].sort((a, b) => b.rowNumber - a.rowNumber);
    for (const row of rows) {
      requests.push({
        deleteDimension: {
          range: { sheetId: idOf(table.sheetTitle), dimension: 'ROWS', startIndex: row.rowNumber - 1, endIndex: row.rowNumber },
        },
      });
    }
  }
  return requests;
}
