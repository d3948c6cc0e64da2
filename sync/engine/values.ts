import type { CellValue, ColumnSpec, FieldValue, FieldValues } from './types';

/** Field values are canonical scalars (the codec's job), so equality is plain equality. */
export function valuesEqual(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return (a ?? null) === (b ?? null);
}

export type CellReading = { readonly ok: true; readonly value: FieldValue } | { readonly ok: false; readonly message: string };

/** Blank cells are null without asking the codec; a codec that throws is treated as a parse failure. */
export function readCell(column: ColumnSpec, cell: CellValue | null): CellReading {
  if (cell === null) return { ok: true, value: null };
  try {
    return column.parse(cell);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Orders ids the way people expect: numeric ids by number ("9" before "10"), then others by
 * code point. Never locale-dependent, so plans are identical on every machine.
 */
export function compareIds(a: string, b: string): number {
  const aNumeric = /^\d+$/.test(a);
  const bNumeric = /^\d+$/.test(b);
  if (aNumeric && bNumeric) {
    const byLength = a.replace(/^0+/, '').length - b.replace(/^0+/, '').length;
    if (byLength !== 0) return byLength;
  } else if (aNumeric !== bNumeric) {
    return aNumeric ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(compareIds);
}

/** How a value shows in a message: the codec's formatting, quoted. */
export function displayValue(column: ColumnSpec | undefined, value: FieldValue): string {
  if (value === null) return '(trống)';
  const cell = column ? column.format(value) : value;
  return cell === null ? '(trống)' : `«${String(cell)}»`;
}

export function displayCell(cell: CellValue | null): string {
  return cell === null ? '(trống)' : `«${String(cell)}»`;
}

export function pickFields(values: FieldValues, fields: readonly string[]): Record<string, FieldValue> {
  const picked: Record<string, FieldValue> = {};
  for (const field of fields) picked[field] = values[field] ?? null;
  return picked;
}
