import { invalidArgument } from './api-error';
import type { Cell } from './cells';

export interface GridProperties {
  rowCount: number;
  columnCount: number;
  frozenRowCount?: number;
  frozenColumnCount?: number;
}

export interface SheetProperties {
  sheetId: number;
  title: string;
  index: number;
  sheetType: 'GRID';
  gridProperties: GridProperties;
}

/** Google's GridRange: 0-based, end exclusive, missing bounds open. */
export interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

export interface ProtectedRange {
  protectedRangeId: number;
  range?: GridRange;
  description?: string;
  warningOnly?: boolean;
  [key: string]: unknown;
}

export type Row = (Cell | undefined)[];

export interface Sheet {
  properties: SheetProperties;
  /** Sparse: a missing row is an empty row. */
  rows: (Row | undefined)[];
  protectedRanges: ProtectedRange[];
}

export interface Spreadsheet {
  spreadsheetId: string;
  properties: { title: string; locale: string; timeZone: string };
  sheets: Sheet[];
  nextSheetId: number;
  nextProtectedRangeId: number;
}

export const DEFAULT_ROW_COUNT = 1000;
export const DEFAULT_COLUMN_COUNT = 26;

export function newSheet(sheetId: number, title: string, index: number, grid: Partial<GridProperties> = {}): Sheet {
  return {
    properties: {
      sheetId,
      title,
      index,
      sheetType: 'GRID',
      gridProperties: { rowCount: grid.rowCount ?? DEFAULT_ROW_COUNT, columnCount: grid.columnCount ?? DEFAULT_COLUMN_COUNT, ...grid },
    },
    rows: [],
    protectedRanges: [],
  };
}

/** Tab titles are looked up as Google does: exactly, then ignoring case. */
export function findSheetByTitle(spreadsheet: Spreadsheet, title: string): Sheet | undefined {
  return (
    spreadsheet.sheets.find((s) => s.properties.title === title) ??
    spreadsheet.sheets.find((s) => s.properties.title.toLowerCase() === title.toLowerCase())
  );
}

export function findSheetById(spreadsheet: Spreadsheet, sheetId: number | undefined): Sheet | undefined {
  return spreadsheet.sheets.find((s) => s.properties.sheetId === (sheetId ?? 0));
}

export function cellAt(sheet: Sheet, row: number, column: number): Cell | undefined {
  return sheet.rows[row]?.[column];
}

/** Index of the last row holding a value or formula, -1 for an empty sheet. */
export function lastDataRow(sheet: Sheet): number {
  for (let r = sheet.rows.length - 1; r >= 0; r--) {
    const row = sheet.rows[r];
    if (row && row.some((cell) => cell !== undefined && (cell.value !== undefined || cell.formula !== undefined))) return r;
  }
  return -1;
}

/**
 * A batch works on a draft: sheets and rows are copied the first time a request writes to
 * them, everything else is shared. Committing swaps the draft in; a failed request drops it,
 * so a batch is applied all or nothing at the cost of copying only what it touched.
 */
export class Draft {
  readonly spreadsheet: Spreadsheet;
  private readonly writableSheets = new WeakSet<Sheet>();
  private readonly writableRows = new WeakSet<Row>();

  constructor(original: Spreadsheet) {
    this.spreadsheet = { ...original, properties: { ...original.properties }, sheets: original.sheets.slice() };
  }

  /** The sheet, copied for writing on first use. */
  writable(sheet: Sheet): Sheet {
    if (this.writableSheets.has(sheet)) return sheet;
    const index = this.spreadsheet.sheets.indexOf(sheet);
    if (index < 0) throw new Error('Sheet not in this draft');
    const copy: Sheet = {
      properties: { ...sheet.properties, gridProperties: { ...sheet.properties.gridProperties } },
      rows: sheet.rows.slice(),
      protectedRanges: sheet.protectedRanges.map((p) => ({ ...p })),
    };
    this.spreadsheet.sheets[index] = copy;
    this.writableSheets.add(copy);
    return copy;
  }

  addSheet(sheet: Sheet): void {
    this.spreadsheet.sheets.push(sheet);
    this.writableSheets.add(sheet);
  }

  /** Writes one cell of a sheet obtained from `writable`; undefined empties it. */
  setCell(sheet: Sheet, row: number, column: number, cell: Cell | undefined): void {
    const { rowCount, columnCount } = sheet.properties.gridProperties;
    if (row >= rowCount || column >= columnCount) {
      throw invalidArgument(`Range exceeds grid limits. Max rows: ${rowCount}, max columns: ${columnCount}`);
    }
    let line = sheet.rows[row];
    if (line === undefined) {
      if (cell === undefined) return;
      while (sheet.rows.length <= row) sheet.rows.push(undefined);
      line = [];
      sheet.rows[row] = line;
      this.writableRows.add(line);
    } else if (!this.writableRows.has(line)) {
      line = line.slice();
      sheet.rows[row] = line;
      this.writableRows.add(line);
    }
    line[column] = cell;
  }
}
