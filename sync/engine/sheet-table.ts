import { matchHeaders } from './headers';
import type { CellValue, SheetRow, SheetTable, TableSpec } from './types';

/** A cell as `values.batchGet` returns it; anything else (nested arrays, objects) is not a cell. */
export function toCellValue(raw: unknown): CellValue | null {
  if (typeof raw === 'string') return raw.trim() === '' ? null : raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'boolean') return raw;
  return null;
}

/** Ids are text hoso wrote; a retyped id may come back as a number ("12" typed as 12). */
export function idFromCell(cell: CellValue | null): string | null {
  if (cell === null || typeof cell === 'boolean') return null;
  const text = String(cell).trim();
  return text === '' ? null : text;
}

/**
 * Turns the grid of one tab (`majorDimension=ROWS`, row 1 = headers) into keyed rows.
 * Rows blank in the id column and every mapped column are skipped: a row holding only the
 * staff's own columns is not a record.
 */
export function readSheetTable(spec: TableSpec, grid: readonly (readonly unknown[])[]): SheetTable {
  const headerRow = (grid[0] ?? []).map(toCellValue);
  const headers = matchHeaders(spec, headerRow);
  const rows: SheetRow[] = [];
  for (let index = 1; index < grid.length; index++) {
    const line = grid[index] ?? [];
    const id = headers.idColumn === null ? null : idFromCell(toCellValue(line[headers.idColumn]));
    const cells: Record<string, CellValue | null> = {};
    let blank = id === null;
    for (const [field, column] of Object.entries(headers.fieldColumns)) {
      const cell = toCellValue(line[column]);
      cells[field] = cell;
      if (cell !== null) blank = false;
    }
    if (!blank) rows.push({ rowNumber: index + 1, id, cells });
  }
  return { table: spec.table, sheetTitle: spec.sheetTitle, headers, rows };
}
