import { randomUUID } from 'node:crypto';
import type { Workbook, Worksheet } from 'exceljs';
import { columnLetters } from '../engine/a1';
import { XlsxFormatError } from './errors';

/**
 * hoso's own tab in a workbook, very hidden (Excel's menus cannot show it): the workbook's identity
 * and the lists its dropdowns point at. exceljs cannot write custom document properties, and a
 * hidden tab survives a save in Excel, LibreOffice and Google Sheets alike.
 *
 *   A1 `hoso-binding`  B1 `xlsx:<uuid>` (the binding's spreadsheetId)
 *   A2 `hoso-exchange` B2 how many exchanges this copy has been through (an older copy is told apart)
 *   columns C, D...    one dropdown list each, from row 1 (Excel's inline lists stop at 255 characters)
 */
export const HOSO_SHEET_TITLE = '_hoso';
const IDENTITY_LABEL = 'hoso-binding';
const EXCHANGE_LABEL = 'hoso-exchange';
const FIRST_LIST_COLUMN = 3;

const XLSX_ID = /^xlsx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function newWorkbookId(): string {
  return `xlsx:${randomUUID()}`;
}

export function isHosoSheet(worksheet: Worksheet): boolean {
  return worksheet.name === HOSO_SHEET_TITLE;
}

/** The id kept in the workbook, or null for a workbook hoso has never seen. */
export function readWorkbookId(workbook: Workbook): string | null {
  const sheet = workbook.getWorksheet(HOSO_SHEET_TITLE);
  if (!sheet || sheet.getCell('A1').value !== IDENTITY_LABEL) return null;
  const id = sheet.getCell('B1').value;
  if (typeof id !== 'string' || !XLSX_ID.test(id)) {
    throw new XlsxFormatError(`Tab ẩn '${HOSO_SHEET_TITLE}' của hoso bị sửa: ô B1 phải là mã sổ dạng xlsx:<uuid> (không sửa tab này).`);
  }
  return id;
}

/** The exchanges this copy of the workbook has been through (0 for one hoso has not returned yet). */
export function readExchange(workbook: Workbook): number {
  const sheet = workbook.getWorksheet(HOSO_SHEET_TITLE);
  const value = sheet?.getCell('A2').value === EXCHANGE_LABEL ? sheet.getCell('B2').value : 0;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

/** hoso's tab with the id and the exchange written, created very hidden when the workbook has none. */
export function writeWorkbookId(workbook: Workbook, id: string, exchange: number): Worksheet {
  const sheet = workbook.getWorksheet(HOSO_SHEET_TITLE) ?? workbook.addWorksheet(HOSO_SHEET_TITLE, { state: 'veryHidden' });
  sheet.getCell('A1').value = IDENTITY_LABEL;
  sheet.getCell('B1').value = id;
  sheet.getCell('A2').value = EXCHANGE_LABEL;
  sheet.getCell('B2').value = exchange;
  return sheet;
}

/**
 * The range of a dropdown's list on hoso's tab (`'_hoso'!$C$1:$C$54`), reusing a column that
 * already holds exactly these values (lists written by an earlier exchange stay where their
 * dropdowns point), else filling the next free one.
 */
export function listRange(sheet: Worksheet, values: readonly string[]): string {
  let column = FIRST_LIST_COLUMN;
  for (; ; column++) {
    const held: string[] = [];
    for (let row = 1; ; row++) {
      const value = sheet.getCell(row, column).value;
      if (value === null || value === undefined || value === '') break;
      held.push(String(value));
    }
    if (held.length === 0) break;
    if (held.length === values.length && held.every((v, i) => v === values[i])) return rangeOf(column, values.length);
  }
  values.forEach((value, i) => (sheet.getCell(i + 1, column).value = value));
  return rangeOf(column, values.length);
}

function rangeOf(column: number, length: number): string {
  const letters = columnLetters(column - 1);
  return `'${HOSO_SHEET_TITLE}'!$${letters}$1:$${letters}$${length}`;
}
