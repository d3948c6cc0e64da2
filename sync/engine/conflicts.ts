import type { DatabaseChange } from './changes';
import { type ConflictRecord, type FieldValue, type SyncState, withUnsettled } from './types';

export interface ConflictRef {
  readonly table: string;
  readonly id: string;
  readonly field: string;
}

export function findConflict(state: SyncState, ref: ConflictRef): ConflictRecord | undefined {
  return state.conflicts.find((c) => c.table === ref.table && c.id === ref.id && c.field === ref.field);
}

/**
 * A person settles a kept conflict by choosing the value. The database takes the chosen value
 * and the base takes the value the sheet showed: the next run then sees "changed only in hoso"
 * and writes the choice to the sheet (or nothing, if the sheet's value was chosen) and clears
 * the note. Had staff edited the cell again in the meantime, that edit is a new conflict, not lost.
 * The application commits the change and the state in one transaction. `current` is the
 * database's value when it was read after the conflict was recorded (a run reading the
 * 'Xung đột' tab): the store then checks the update against it rather than the recorded one.
 */
export function resolveConflict(
  state: SyncState,
  ref: ConflictRef,
  chosen: FieldValue,
  current?: FieldValue,
): { readonly state: SyncState; readonly change: DatabaseChange } {
  const conflict = findConflict(state, ref);
  if (!conflict) throw new Error(`No open conflict on ${ref.table} ${ref.id} ${ref.field}`);
  const tableBase = state.base[ref.table] ?? {};
  const record = tableBase[ref.id];
  const unsettled = Object.fromEntries(Object.entries(record?.unsettled ?? {}).filter(([field]) => field !== ref.field));
  const settled = withUnsettled({ ...(record?.values ?? {}), [ref.field]: conflict.sheetValue }, unsettled);
  const base = { ...state.base, [ref.table]: { ...tableBase, [ref.id]: record?.status ? { ...settled, status: record.status } : settled } };
  const conflicts = state.conflicts.filter((c) => c !== conflict);
  const change: DatabaseChange = {
    kind: 'update',
    table: ref.table,
    id: ref.id,
    changes: [
      {
        field: ref.field,
        value: chosen,
        expected: current === undefined ? conflict.databaseValue : current,
        previousBase: conflict.baseValue,
      },
    ],
    rowNumber: null,
  };
  return { state: { ...state, base, conflicts }, change };
}
