import type { ConflictResolution } from './plan-types';
import type { ConflictPolicy, FieldValue, Unsettled } from './types';
import { type CellReading, valuesEqual } from './values';

export interface FieldMergeInput {
  /** The sheet cell, parsed (or the reason it does not parse). */
  readonly sheet: CellReading;
  readonly database: FieldValue;
  /** Undefined when the sides never agreed on this field (first sight of the record): counts as blank. */
  readonly base: FieldValue | undefined;
  readonly required: boolean;
  readonly policy: ConflictPolicy;
  /** What the base cannot settle for this field (see BaseRecord.unsettled). */
  readonly unsettled?: Unsettled | null;
}

export type FieldMerge =
  /** Both sides already hold the same value (perhaps both changed to it): only the base moves. */
  (
    | { readonly outcome: 'unchanged'; readonly base: FieldValue }
    | { readonly outcome: 'to-database'; readonly value: FieldValue; readonly base: FieldValue }
    | { readonly outcome: 'to-sheet'; readonly value: FieldValue; readonly base: FieldValue }
    | {
        readonly outcome: 'conflict';
        readonly resolution: ConflictResolution;
        readonly sheetValue: FieldValue;
        /** Kept-both conflicts leave the base where it was, so the conflict stays visible until resolved. */
        readonly base: FieldValue;
      }
    /** The cell does not parse (or a required cell was emptied): never applied, never overwritten. */
    | { readonly outcome: 'cell-error'; readonly message: string; readonly requiredBlank: boolean; readonly base: FieldValue }
  ) & {
    /** What stays unsettled after this run (see BaseRecord.unsettled). */
    readonly unsettled: Unsettled | null;
  };

/**
 * The three-way merge of one field against the base of the last good run:
 * sheet-only change → database; database-only change → sheet; both to the same value → nothing
 * to do; both to different values → a conflict settled by the policy.
 */
export function mergeField(input: FieldMergeInput): FieldMerge {
  const base = input.base ?? null;
  const database = input.database;
  const unsettled = input.unsettled ?? null;
  // An unreadable cell has moved away from the base; a kept conflict stays one.
  const errorMark: Unsettled = unsettled === 'both' ? 'both' : 'sheet';
  if (!input.sheet.ok) return { outcome: 'cell-error', message: input.sheet.message, requiredBlank: false, base, unsettled: errorMark };
  const sheet = input.sheet.value;
  if (valuesEqual(sheet, database)) return { outcome: 'unchanged', base: sheet, unsettled: null };
  const sheetChanged = unsettled !== null || !valuesEqual(sheet, base);
  if (sheet === null && input.required && sheetChanged) {
    return { outcome: 'cell-error', message: '', requiredBlank: true, base, unsettled: errorMark };
  }
  const databaseChanged = unsettled === 'both' || !valuesEqual(database, base);
  if (!databaseChanged) return { outcome: 'to-database', value: sheet, base: sheet, unsettled: null };
  if (!sheetChanged) return { outcome: 'to-sheet', value: database, base: database, unsettled: null };
  switch (input.policy) {
    case 'sheet-wins':
      return { outcome: 'conflict', resolution: 'sheet-won', sheetValue: sheet, base: sheet, unsettled: null };
    case 'database-wins':
      return { outcome: 'conflict', resolution: 'database-won', sheetValue: sheet, base: database, unsettled: null };
    case 'manual':
      // While a conflict waits for a person the base means nothing: either side going back to
      // it is still a disagreement, not "unchanged".
      return { outcome: 'conflict', resolution: 'kept-both', sheetValue: sheet, base, unsettled: 'both' };
  }
}
