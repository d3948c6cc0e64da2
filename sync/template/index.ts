export {
  DATE_PATTERN,
  ID_HEADER_NOTE,
  ID_PROTECTION_DESCRIPTION,
  MAX_BATCH_BYTES,
  addSheetRequests,
  findTab,
  planInit,
  splitBatches,
  withAddedSheets,
  type InitPlan,
  type InitTabPlan,
} from './init-plan';
export { initSpreadsheet, type InitReport, type InitTabReport } from './init-spreadsheet';
