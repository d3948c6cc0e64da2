import { cellA1 } from './a1';
import { type BoundPlan, newRowId } from './bind';
import type { ChangeRejection } from './changes';
import { messages } from './messages';
import { ID_FIELD, type NoteAnchor, type NoteRecord } from './types';

export interface NoteWrite {
  readonly sheetTitle: string;
  readonly rowNumber: number;
  readonly column: number;
  readonly a1: string;
  /** Empty clears a note hoso put there before. */
  readonly text: string;
}

function anchorKey(anchor: NoteAnchor): string {
  return `${anchor.table}\u0001${anchor.id === null ? `#${anchor.rowNumber}` : anchor.id}\u0001${anchor.field}`;
}

interface PlacedNote {
  readonly anchor: NoteAnchor;
  readonly text: string;
  readonly sheetTitle: string;
  readonly rowNumber: number;
  readonly column: number;
}

/** The notes this run wants, anchored to ids where rows have them now, plus notes for refused changes. */
function wantedNotes(bound: BoundPlan, rejections: readonly ChangeRejection[]): PlacedNote[] {
  const wanted: PlacedNote[] = [];
  for (const note of bound.plan.desiredNotes) {
    const id = note.forNewRow ? bound.allocatedIds[note.anchor.table]?.[note.rowNumber] : undefined;
    wanted.push(id === undefined ? note : { ...note, anchor: { ...note.anchor, id, rowNumber: null } });
  }
  const tables = new Map(bound.plan.tables.map((t) => [t.table, t]));
  for (const rejection of rejections) {
    const table = tables.get(rejection.table);
    if (!table) continue;
    const newRow = table.newRows.find((r) => newRowId(bound, r) === rejection.id);
    const rowNumber = newRow?.rowNumber ?? table.layout.rowOfId[rejection.id];
    const field = rejection.field ?? ID_FIELD;
    const column = field === ID_FIELD ? table.layout.idColumn : table.layout.fieldColumns[field];
    if (rowNumber === undefined || column === undefined || column === null) continue;
    wanted.push({
      anchor: { table: table.table, id: rejection.id, rowNumber: null, field },
      text: messages.rejected(rejection.message),
      sheetTitle: table.sheetTitle,
      rowNumber,
      column,
    });
  }
  return wanted;
}

/**
 * Step 4's notes: write the notes that are new or changed, clear the ones no longer wanted,
 * and leave alone the ones already there. Notes live in the state so that an unchanged run
 * writes none, and so that hoso only ever clears its own notes.
 */
export function noteWrites(
  bound: BoundPlan,
  previous: readonly NoteRecord[],
  rejections: readonly ChangeRejection[],
): { readonly writes: NoteWrite[]; readonly notes: NoteRecord[] } {
  const tables = new Map(bound.plan.tables.map((t) => [t.table, t]));
  const wanted = new Map<string, PlacedNote>();
  for (const note of wantedNotes(bound, rejections)) if (!wanted.has(anchorKey(note.anchor))) wanted.set(anchorKey(note.anchor), note);
  const cellKey = (title: string, row: number, column: number): string => `${title}\u0001${row}\u0001${column}`;
  const wantedCells = new Set([...wanted.values()].map((n) => cellKey(n.sheetTitle, n.rowNumber, n.column)));
  const previousByKey = new Map(previous.map((n) => [anchorKey(n.anchor), n]));

  const writes: NoteWrite[] = [];
  const kept: NoteRecord[] = [];
  const clearedCells = new Set<string>();
  for (const [key, note] of previousByKey) {
    if (wanted.has(key)) continue;
    const table = tables.get(note.anchor.table);
    if (!table || !table.layout.synced) {
      // The tab was not read this run: its notes cannot be located, so they are remembered as they are.
      kept.push(note);
      continue;
    }
    const rowNumber = note.anchor.id === null ? note.anchor.rowNumber : table.layout.rowOfId[note.anchor.id];
    const column = note.anchor.field === ID_FIELD ? table.layout.idColumn : table.layout.fieldColumns[note.anchor.field];
    // A row that is gone took its note with it.
    if (rowNumber === null || rowNumber === undefined || column === null || column === undefined) continue;
    if (note.anchor.id === null && rowNumber > table.layout.lastRowNumber) continue;
    const cell = cellKey(table.sheetTitle, rowNumber, column);
    if (wantedCells.has(cell) || clearedCells.has(cell)) {
      clearedCells.add(cell);
      continue;
    }
    clearedCells.add(cell);
    writes.push({ sheetTitle: table.sheetTitle, rowNumber, column, a1: cellA1(table.sheetTitle, rowNumber, column), text: '' });
  }
  for (const [key, note] of wanted) {
    const before = previousByKey.get(key);
    const cell = cellKey(note.sheetTitle, note.rowNumber, note.column);
    // A cleared anchor on the same cell would otherwise have been written over: rewrite to be sure.
    if (before && before.text === note.text && !clearedCells.has(cell)) continue;
    writes.push({
      sheetTitle: note.sheetTitle,
      rowNumber: note.rowNumber,
      column: note.column,
      a1: cellA1(note.sheetTitle, note.rowNumber, note.column),
      text: note.text,
    });
  }
  const order = new Map(bound.plan.tables.map((t, i) => [t.sheetTitle, i]));
  writes.sort(
    (a, b) =>
      (order.get(a.sheetTitle) ?? 0) - (order.get(b.sheetTitle) ?? 0) ||
      a.rowNumber - b.rowNumber ||
      a.column - b.column ||
      // A clear and a write on one cell never both happen (see above); text keeps the order total anyway.
      (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );
  const notes = [...kept, ...[...wanted.values()].map(({ anchor, text }) => ({ anchor, text }))];
  notes.sort((a, b) => (anchorKey(a.anchor) < anchorKey(b.anchor) ? -1 : anchorKey(a.anchor) > anchorKey(b.anchor) ? 1 : 0));
  return { writes, notes };
}
