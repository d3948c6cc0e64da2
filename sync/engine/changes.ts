import type { FieldValues } from './types';
import type { FieldChange } from './plan-types';

/**
 * What the database side of a run asks the application's store to do, in one transaction.
 * `rowNumber` says which sheet row the change came from, for the audit log.
 */
export type DatabaseChange =
  | { readonly kind: 'create'; readonly table: string; readonly id: string; readonly values: FieldValues; readonly rowNumber: number }
  | {
      readonly kind: 'update';
      readonly table: string;
      readonly id: string;
      readonly changes: readonly FieldChange[];
      /** Null when the change does not come from a sheet row (a conflict resolved in hoso). */
      readonly rowNumber: number | null;
    }
  /** The record's row went missing from the sheet: mark it (restorable), never delete it. */
  | { readonly kind: 'flag'; readonly table: string; readonly id: string }
  | { readonly kind: 'unflag'; readonly table: string; readonly id: string; readonly rowNumber: number }
  /** Only under policy `delete`, and only for a record unchanged since the last good run. */
  | { readonly kind: 'delete'; readonly table: string; readonly id: string };

/**
 * A change the store refuses (a unique number already used, a rule of the domain...). With a
 * `field`, only that field of an update is refused; without, the whole create or update. The
 * rest of the run goes ahead; the refusal is reported and noted on the cell.
 */
export interface ChangeRejection {
  readonly table: string;
  readonly id: string;
  readonly field?: string;
  /** Vietnamese, shown on the cell. */
  readonly message: string;
}

function rejectionKey(table: string, id: string, field?: string): string {
  return `${table}\u0001${id}\u0001${field ?? ''}`;
}

export class RejectionIndex {
  private readonly keys: Set<string>;

  constructor(readonly rejections: readonly ChangeRejection[]) {
    this.keys = new Set(rejections.map((r) => rejectionKey(r.table, r.id, r.field)));
  }

  wholeRecord(table: string, id: string): boolean {
    return this.keys.has(rejectionKey(table, id));
  }

  field(table: string, id: string, field: string): boolean {
    return this.wholeRecord(table, id) || this.keys.has(rejectionKey(table, id, field));
  }
}

/** The changes minus the refused ones: what the store commits. */
export function acceptedChanges(changes: readonly DatabaseChange[], rejections: readonly ChangeRejection[]): DatabaseChange[] {
  const index = new RejectionIndex(rejections);
  const accepted: DatabaseChange[] = [];
  for (const change of changes) {
    if (change.kind === 'create' && index.wholeRecord(change.table, change.id)) continue;
    if (change.kind === 'update') {
      const fields = change.changes.filter((c) => !index.field(change.table, change.id, c.field));
      if (fields.length > 0) accepted.push({ ...change, changes: fields });
      continue;
    }
    accepted.push(change);
  }
  return accepted;
}
