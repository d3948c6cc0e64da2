import type { CellValue as ExcelValue } from 'exceljs';
import type { Scalar } from '../emulator/cells';

/** Days between the spreadsheet epoch (1899-12-30) and 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

/**
 * A JS date as exceljs gives it (the instant of the cell's serial, read as UTC) as the serial
 * Google's SERIAL_NUMBER shows: days since 1899-12-30, the time of day as the fraction. exceljs has
 * already applied a 1904 date system, so the serial is always in the 1900 system the codecs expect.
 */
export function serialFromJsDate(date: Date): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / DAY_MS;
}

export function jsDateFromSerial(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS));
}

/** A cell's value as the engine reads a Google cell with UNFORMATTED_VALUE and SERIAL_NUMBER. */
export interface ReadValue {
  readonly value?: Scalar;
  /** The cell holds a date (exceljs saw a date format): kept, so that hoso's writes there stay dates. */
  readonly isDate?: boolean;
}

function plain(value: Exclude<ExcelValue, null | undefined | object> | Date): ReadValue {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? {} : { value: serialFromJsDate(value), isDate: true };
  if (typeof value === 'string') return value === '' ? {} : { value };
  return { value };
}

/**
 * What Google would answer for the cell: a formula by its last computed result (Excel stores it;
 * a never-computed formula shows its text), rich text and hyperlinks by their text, errors as
 * `#N/A`-style text, dates as serials.
 */
export function readExcelValue(value: ExcelValue): ReadValue {
  if (value === null || value === undefined) return {};
  if (value instanceof Date || typeof value !== 'object') return plain(value);
  if ('richText' in value) return plain(value.richText.map((run) => run.text).join(''));
  if ('error' in value) return { value: value.error };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null) return { value: `=${'formula' in value ? value.formula : value.sharedFormula}` };
    return typeof result === 'object' && !(result instanceof Date) ? { value: result.error } : plain(result);
  }
  if ('text' in value) {
    const text = value.text as unknown;
    if (typeof text === 'string') return plain(text);
    if (text && typeof text === 'object' && 'richText' in text) {
      return plain((text as { richText: { text: string }[] }).richText.map((run) => run.text).join(''));
    }
  }
  return {};
}

/** What hoso writes into an xlsx cell: dates as JS dates (exceljs then stores the right serial, 1904 system included). */
export function excelValueOf(value: Scalar | undefined, isDate: boolean): ExcelValue {
  if (value === undefined) return null;
  if (typeof value === 'number' && isDate) return jsDateFromSerial(value);
  return value;
}
