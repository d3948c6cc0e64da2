export {
  DATE_PATTERN,
  ID_HEADER_NOTE,
  ID_PROTECTION_DESCRIPTION,
  addSheetRequests,
  findTab,
  planInit,
  withAddedSheets,
  type InitPlan,
  type InitTabPlan,
} from './init-plan';
export { initSpreadsheet, type InitOptions, type InitReport, type InitTabReport } from './init-spreadsheet';
