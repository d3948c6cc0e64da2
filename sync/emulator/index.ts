export { SheetsEmulator, type ApiCall, type CallHook, type EmulatorOptions } from './server';
export type { ApiOperation, FailureRule, FaultSettings, QuotaRule } from './faults';
export type { SheetSeed, SpreadsheetSeed } from './spreadsheets';
export { SUPPORTED_REQUESTS } from './batch-requests';
export { serialFromDate, dateFromSerial } from './dates';
export { InProcessSheets } from './in-process';
