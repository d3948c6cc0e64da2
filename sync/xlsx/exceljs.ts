import type ExcelJSModule from 'exceljs';

let loaded: typeof ExcelJSModule | undefined;

/**
 * exceljs, required on first use rather than when the server starts: loaded, it holds about 6 MB
 * of heap that a server building no workbook (no report export, no .xlsx sync) would carry for
 * its whole life, and V8 grows its heap in proportion to what stays live, so every busy moment's
 * peak would carry it several times over (issue 9's heap target). Only workbooks use it, and a
 * workbook is never built in a request that must be fast, so the one-time load costs nothing
 * anyone waits on.
 */
export function exceljs(): typeof ExcelJSModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('exceljs') as typeof ExcelJSModule;
  return loaded;
}
