import { type A1Range, columnLetters, formatA1Range, parseA1Range } from '../engine/a1';
import { invalidArgument } from './api-error';
import {
  type DateTimeRenderOption,
  type Scalar,
  type ValueRenderOption,
  rawEntered,
  renderCell,
  userEntered,
  withEnteredValue,
} from './cells';
import { type Draft, type Sheet, type Spreadsheet, cellAt, findSheetByTitle } from './model';

export interface ResolvedRange {
  readonly sheet: Sheet;
  readonly range: A1Range;
}

/** A1 text → tab and rectangle. A range naming a missing tab is unparseable, as Google says. */
export function resolveRange(spreadsheet: Spreadsheet, text: string): ResolvedRange {
  const range = parseA1Range(text);
  if (!range) throw invalidArgument(`Unable to parse range: ${text}`);
  const sheet =
    range.sheetTitle === null
      ? [...spreadsheet.sheets].sort((a, b) => a.properties.index - b.properties.index)[0]
      : findSheetByTitle(spreadsheet, range.sheetTitle);
  if (!sheet) throw invalidArgument(`Unable to parse range: ${text}`);
  return { sheet, range };
}

interface Bounds {
  readonly r0: number;
  readonly r1: number;
  readonly c0: number;
  readonly c1: number;
}

/** Open bounds run to the edge of the grid; reads are clipped to it. */
function readBounds(sheet: Sheet, range: A1Range, text: string): Bounds {
  const { rowCount, columnCount } = sheet.properties.gridProperties;
  const r0 = range.startRow ?? 0;
  const c0 = range.startColumn ?? 0;
  if (r0 >= rowCount || c0 >= columnCount) {
    throw invalidArgument(`Range (${text}) exceeds grid limits. Max rows: ${rowCount}, max columns: ${columnCount}`);
  }
  return { r0, c0, r1: Math.min(range.endRow ?? rowCount, rowCount), c1: Math.min(range.endColumn ?? columnCount, columnCount) };
}

export interface ReadOptions {
  readonly valueRenderOption: ValueRenderOption;
  readonly dateTimeRenderOption: DateTimeRenderOption;
  readonly majorDimension: 'ROWS' | 'COLUMNS';
}

export interface ValueRangeJson {
  range: string;
  majorDimension: 'ROWS' | 'COLUMNS';
  values?: Scalar[][];
}

/** Drops trailing empty cells of each line and trailing empty lines, the way Google answers. */
function trim(lines: (Scalar | undefined)[][]): Scalar[][] {
  const trimmed = lines.map((line) => {
    let end = line.length;
    while (end > 0 && line[end - 1] === undefined) end--;
    // Empty cells before the last value come back as "" (JSON has no holes).
    return line.slice(0, end).map((v) => (v === undefined ? '' : v));
  });
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1]!.length === 0) end--;
  return trimmed.slice(0, end);
}

export function readValues(spreadsheet: Spreadsheet, text: string, options: ReadOptions): ValueRangeJson {
  const { sheet, range } = resolveRange(spreadsheet, text);
  const b = readBounds(sheet, range, text);
  const grid: (Scalar | undefined)[][] = [];
  // Only rows that exist are visited: a 10,000-row read never walks the empty grid below it.
  const lastRow = Math.min(b.r1, sheet.rows.length);
  for (let r = b.r0; r < lastRow; r++) {
    const line: (Scalar | undefined)[] = [];
    const row = sheet.rows[r];
    const lastColumn = Math.min(b.c1, row?.length ?? 0);
    for (let c = b.c0; c < lastColumn; c++)
      line.push(renderCell(cellAt(sheet, r, c), options.valueRenderOption, options.dateTimeRenderOption));
    grid.push(line);
  }
  let lines = grid;
  if (options.majorDimension === 'COLUMNS') {
    const width = Math.max(0, ...grid.map((l) => l.length));
    lines = Array.from({ length: width }, (_, c) => grid.map((line) => line[c]));
  }
  const values = trim(lines);
  const echoed = formatA1Range(sheet.properties.title, b.r0, Math.max(b.r1, b.r0 + 1), b.c0, Math.max(b.c1, b.c0 + 1));
  return { range: echoed, majorDimension: options.majorDimension, ...(values.length > 0 ? { values } : {}) };
}

export type ValueInputOption = 'RAW' | 'USER_ENTERED';

export interface WriteResult {
  readonly updatedRange: string;
  readonly updatedRows: number;
  readonly updatedColumns: number;
  readonly updatedCells: number;
}

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * Writes a block at the range's top-left corner. `null` skips a cell (leaves it as it is), ''
 * empties it. A bounded range must hold the block; the grid must hold it too.
 */
export function writeValues(
  draft: Draft,
  text: string,
  values: readonly (readonly unknown[])[],
  input: ValueInputOption,
  majorDimension: 'ROWS' | 'COLUMNS' = 'ROWS',
): WriteResult {
  const { sheet: original, range } = resolveRange(draft.spreadsheet, text);
  const sheet = draft.writable(original);
  const locale = draft.spreadsheet.properties.locale;
  const rows = majorDimension === 'ROWS' ? values : transpose(values);
  const r0 = range.startRow ?? 0;
  const c0 = range.startColumn ?? 0;
  const height = rows.length;
  const width = Math.max(0, ...rows.map((r) => r.length));
  // A single cell is an anchor (Google writes the block from there); a wider range must hold the block.
  const anchorOnly = range.endRow === r0 + 1 && range.endColumn === c0 + 1;
  if (!anchorOnly && range.endRow !== null && r0 + height > range.endRow) {
    throw invalidArgument(`Requested writing within range [${text}], but tried writing to row [${r0 + height}]`);
  }
  if (!anchorOnly && range.endColumn !== null && c0 + width > range.endColumn) {
    throw invalidArgument(`Requested writing within range [${text}], but tried writing to column [${columnLetters(c0 + width - 1)}]`);
  }
  const { rowCount, columnCount } = sheet.properties.gridProperties;
  if (r0 + height > rowCount || c0 + width > columnCount) {
    throw invalidArgument(`Range (${text}) exceeds grid limits. Max rows: ${rowCount}, max columns: ${columnCount}`);
  }
  let cells = 0;
  rows.forEach((line, i) =>
    line.forEach((value, j) => {
      if (value === null || value === undefined) return;
      if (!isScalar(value)) throw invalidArgument(`Invalid value at '${text}' (${typeof value})`);
      const cell = cellAt(sheet, r0 + i, c0 + j);
      const entered = input === 'RAW' ? rawEntered(value) : userEntered(value, locale, cell?.numberFormat);
      draft.setCell(sheet, r0 + i, c0 + j, withEnteredValue(cell, entered));
      cells++;
    }),
  );
  const updatedRange = formatA1Range(sheet.properties.title, r0, r0 + Math.max(height, 1), c0, c0 + Math.max(width, 1));
  return { updatedRange, updatedRows: height, updatedColumns: width, updatedCells: cells };
}

function transpose(values: readonly (readonly unknown[])[]): unknown[][] {
  const height = Math.max(0, ...values.map((c) => c.length));
  return Array.from({ length: height }, (_, r) => values.map((column) => column[r] ?? null));
}
