/**
 * Small codecs for the tests: the shapes the application's real codecs (code lists, Vietnamese
 * text, dates) will have, without importing src/. Each one round-trips: parse(format(v)) = v.
 */
import type { CellValue, ColumnSpec, FieldValue, ParseResult } from '../../../sync/engine/types';
import { dateFromSerial } from '../../../sync/emulator/dates';

const ok = (value: FieldValue): ParseResult => ({ ok: true, value });
const fail = (message: string): ParseResult => ({ ok: false, message });

export function textColumn(field: string, header: string, options: { required?: boolean; aliases?: string[] } = {}): ColumnSpec {
  return {
    field,
    header,
    ...options,
    parse: (cell: CellValue) => {
      const text = String(cell).normalize('NFC').replace(/\s+/g, ' ').trim();
      return text === '' ? ok(null) : ok(text);
    },
    format: (value: FieldValue) => (value === null ? null : String(value)),
  };
}

export function integerColumn(field: string, header: string, options: { required?: boolean } = {}): ColumnSpec {
  return {
    field,
    header,
    ...options,
    parse: (cell: CellValue) => {
      const n = typeof cell === 'number' ? cell : /^\s*-?\d+\s*$/.test(String(cell)) ? Number(cell) : NaN;
      return Number.isInteger(n) ? ok(n) : fail('không phải số nguyên.');
    },
    format: (value: FieldValue) => (value === null ? null : Number(value)),
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Dates as ISO in the database; in the sheet dd/mm/yyyy text, or a serial number when typed as a date. */
export function dateColumn(field: string, header: string): ColumnSpec {
  return {
    field,
    header,
    parse: (cell: CellValue) => {
      if (typeof cell === 'number') {
        const { year, month, day } = dateFromSerial(cell);
        return ok(`${year}-${pad(month)}-${pad(day)}`);
      }
      const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(String(cell).trim());
      if (!match) return fail('ngày phải viết dd/mm/yyyy.');
      const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(y, m - 1, d));
      if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return fail('ngày không có thật.');
      return ok(`${y}-${pad(m)}-${pad(d)}`);
    },
    format: (value: FieldValue) => {
      if (value === null) return null;
      const [y, m, d] = String(value).split('-');
      return `${d}/${m}/${y}`;
    },
  };
}

/** A code list: labels in the sheet, codes in the database, labels matched without case or diacritics. */
export function codeColumn(field: string, header: string, labels: Readonly<Record<string, string>>): ColumnSpec {
  const key = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().trim();
  const byKey = new Map(Object.entries(labels).map(([code, label]) => [key(label), code]));
  return {
    field,
    header,
    parse: (cell: CellValue) => {
      const code = byKey.get(key(String(cell)));
      return code === undefined ? fail(`«${String(cell)}» không có trong danh mục ${header.toLowerCase()}.`) : ok(code);
    },
    format: (value: FieldValue) => (value === null ? null : (labels[String(value)] ?? String(value))),
  };
}
