/**
 * References between rows of one run: a new cadre whose «Đơn vị» names a unit typed on the
 * 'Đơn vị' tab in the same sitting. Tables are planned in the binding's order (parents first);
 * the rows a table plans to create are handed to the reference columns of the tables after it
 * (and, in a second pass, of itself: a new unit under a new unit). Until ids are handed out such
 * a reference holds a provisional id, which `bindPlan` replaces with the id the row receives.
 */
import type { ColumnSpec, FieldValue, FieldValues, PlannedRow, TableSpec } from './types';

const PROVISIONAL = /^new-row:([1-9]\d*)$/;

/** What a reference to the new row at `rowNumber` (of the table the column names) holds until the row has an id. */
export function provisionalId(rowNumber: number): string {
  return `new-row:${rowNumber}`;
}

/** The row number a provisional id stands for, or null for any other value. */
export function provisionalRow(value: FieldValue | undefined): number | null {
  if (typeof value !== 'string') return null;
  const match = PROVISIONAL.exec(value);
  return match ? Number(match[1]) : null;
}

/** The reference fields of a table and the table each names. */
export type ReferenceFields = Readonly<Record<string, string>>;

export function referenceFields(spec: TableSpec): ReferenceFields {
  const fields: Record<string, string> = {};
  for (const column of spec.columns) if (column.reference) fields[column.field] = column.reference.table;
  return fields;
}

/** The spec with its reference columns reading also the rows planned so far for the tables they name. */
export function withPlannedRows(spec: TableSpec, planned: ReadonlyMap<string, readonly PlannedRow[]>): TableSpec {
  let changed = false;
  const columns = spec.columns.map((column): ColumnSpec => {
    const rows = column.reference ? planned.get(column.reference.table) : undefined;
    if (!column.reference || !rows || rows.length === 0) return column;
    changed = true;
    return { ...column, ...column.reference.withPlannedRows(rows) };
  });
  return changed ? { ...spec, columns } : spec;
}

/**
 * The values with each reference to a row of this run replaced by `idOf(table, value)`; fields
 * for which it returns undefined are dropped (only for values that may lose a field: copies).
 */
export function mapReferences(
  values: FieldValues,
  fields: ReferenceFields,
  idOf: (table: string, value: FieldValue) => FieldValue | undefined,
): FieldValues {
  let mapped: Record<string, FieldValue> | null = null;
  for (const [field, table] of Object.entries(fields)) {
    if (!(field in values)) continue;
    const value = values[field] ?? null;
    const id = idOf(table, value);
    if (id === value) continue;
    mapped ??= { ...values };
    if (id === undefined) delete mapped[field];
    else mapped[field] = id;
  }
  return mapped ?? values;
}
