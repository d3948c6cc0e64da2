export * from './types';
export * from './plan-types';
export { cellA1, columnLetters, columnIndexOf, parseA1Range, quoteSheetTitle, rowA1, type A1Range } from './a1';
export { headerKey, matchHeaders } from './headers';
export { readSheetTable, idFromCell, toCellValue } from './sheet-table';
export { chooseIdentityRow, parseRow, type ParsedRow, type IdentityChoice } from './identity';
export { mergeField, type FieldMerge, type FieldMergeInput } from './merge';
export { planSync, planHasChanges, type PlanInput, type TableInput } from './plan';
export {
  bindPlan,
  cellErrorsWithIds,
  databaseChanges,
  idsNeeded,
  newRowId,
  sheetValueWrites,
  stateAfterDatabase,
  stateAfterReservation,
  stateAfterSheet,
  type BoundPlan,
  type SheetValueWrite,
} from './bind';
export { noteWrites, type NoteWrite } from './notes';
export { acceptedChanges, type ChangeRejection, type DatabaseChange } from './changes';
export { findConflict, resolveConflict, type ConflictRef } from './conflicts';
export { formatPlan } from './format-plan';
export { messages } from './messages';
export { compareIds, valuesEqual, readCell, type CellReading } from './values';
