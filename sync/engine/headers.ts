import type { CellValue, HeaderMatch, TableSpec } from './types';

const COMBINING_MARK = /\p{M}/gu;
// Whitespace of every kind (NBSP, tabs, line breaks typed with Alt+Enter) and zero-width characters.
const SPACE_LIKE = /[\s\u200B-\u200D\u2060\uFEFF]+/gu;

/**
 * The key headers are compared by: "Họ và tên", "HO VA TEN", "họ  và\ntên" and the NFD
 * spelling all give "hovaten". Staff retype headers; only the words matter.
 */
export function headerKey(header: string): string {
  return header.normalize('NFD').replace(COMBINING_MARK, '').replace(/[đĐ]/g, 'd').replace(SPACE_LIKE, '').toLowerCase();
}

/**
 * Lines a header row up with a table spec, by name and never by position: staff reorder
 * columns and add their own. Deterministic: when a header appears twice the leftmost wins.
 */
export function matchHeaders(spec: TableSpec, headerRow: readonly (CellValue | null)[]): HeaderMatch {
  const wanted = new Map<string, string>(); // header key → field (or ID)
  const ID = '\u0000id';
  const register = (header: string, field: string): void => {
    const key = headerKey(header);
    const taken = wanted.get(key);
    if (taken !== undefined && taken !== field) {
      throw new Error(`Table spec "${spec.table}": header "${header}" is used for both ${taken} and ${field}`);
    }
    wanted.set(key, field);
  };
  register(spec.idHeader, ID);
  for (const column of spec.columns) {
    register(column.header, column.field);
    for (const alias of column.aliases ?? []) register(alias, column.field);
  }

  const fieldColumns: Record<string, number> = {};
  let idColumn: number | null = null;
  const extraColumns: { column: number; header: string }[] = [];
  const duplicateHeaders: { header: string; used: number; ignored: number }[] = [];

  for (let column = 0; column < headerRow.length; column++) {
    const cell = headerRow[column];
    const header = cell === null || cell === undefined ? '' : String(cell).trim();
    if (header === '') continue;
    const field = wanted.get(headerKey(header));
    if (field === undefined) {
      extraColumns.push({ column, header });
      continue;
    }
    const used = field === ID ? idColumn : fieldColumns[field];
    if (used !== undefined && used !== null) {
      duplicateHeaders.push({ header, used, ignored: column });
      continue;
    }
    if (field === ID) idColumn = column;
    else fieldColumns[field] = column;
  }

  const missingHeaders = [
    ...(idColumn === null ? [spec.idHeader] : []),
    ...spec.columns.filter((c) => fieldColumns[c.field] === undefined).map((c) => c.header),
  ];
  return { fieldColumns, idColumn, missingHeaders, extraColumns, duplicateHeaders };
}
