/**
 * A1 notation, shared by the engine (which writes addresses into plans and reports) and the
 * emulator (which reads them off requests). Pure string work.
 */

/** A rectangle on one tab, 0-based, end exclusive; `null` bounds are open (to the edge of the grid). */
export interface A1Range {
  /** Null when the range names no tab (Google then uses the first sheet). */
  readonly sheetTitle: string | null;
  readonly startRow: number | null;
  readonly endRow: number | null;
  readonly startColumn: number | null;
  readonly endColumn: number | null;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(columnIndex: number): string {
  if (!Number.isInteger(columnIndex) || columnIndex < 0) throw new RangeError(`column index ${columnIndex}`);
  let letters = '';
  let n = columnIndex + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "AA" → 26; undefined when the text is not column letters. */
export function columnIndexOf(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Always quotes: `'Cán bộ'`, `'Đơn vị của ''Ban'''`. Quoting a title that did not need it is
 * valid A1, and a rule that never depends on the title's letters cannot be wrong for one.
 */
export function quoteSheetTitle(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/** Quotes only when Google would: titles other than plain ASCII words, or that look like a cell reference. */
export function sheetTitleForDisplay(title: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(title) && !/^[A-Za-z]{1,3}\d+$/.test(title);
  return plain ? title : quoteSheetTitle(title);
}

/** `'Cán bộ'!C5` for a 1-based row number and a 0-based column index. */
export function cellA1(sheetTitle: string, rowNumber: number, columnIndex: number): string {
  return `${quoteSheetTitle(sheetTitle)}!${columnLetters(columnIndex)}${rowNumber}`;
}

/** `'Cán bộ'!5:5`, a whole row. */
export function rowA1(sheetTitle: string, rowNumber: number): string {
  return `${quoteSheetTitle(sheetTitle)}!${rowNumber}:${rowNumber}`;
}

/** Formats a range the way Google echoes it (`'Cán bộ'!A1:Z1000`); open bounds are closed by the caller. */
export function formatA1Range(sheetTitle: string, startRow: number, endRow: number, startColumn: number, endColumn: number): string {
  const start = `${columnLetters(startColumn)}${startRow + 1}`;
  const end = `${columnLetters(endColumn - 1)}${endRow}`;
  return `${sheetTitleForDisplay(sheetTitle)}!${start === end ? start : `${start}:${end}`}`;
}

const ENDPOINT = /^([A-Za-z]{1,3})?(\d+)?$/;

interface Endpoint {
  readonly column: number | null;
  readonly row: number | null;
}

function parseEndpoint(text: string): Endpoint | undefined {
  const match = ENDPOINT.exec(text);
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const row = match[2] === undefined ? null : Number(match[2]);
  if (row !== null && row < 1) return undefined;
  const column = match[1] === undefined ? null : (columnIndexOf(match[1]) ?? null);
  return { column, row };
}

/** The cell part of a range ("A1", "A:C", "2:5", "A2:Z", "C3:D"); undefined when it is not one. */
function parseCells(text: string): Omit<A1Range, 'sheetTitle'> | undefined {
  const parts = text.split(':');
  if (parts.length > 2) return undefined;
  const start = parseEndpoint(parts[0] ?? '');
  if (!start) return undefined;
  if (parts.length === 1) {
    // A lone "A" or "5" is not a range in Google's grammar; a lone "A5" is one cell.
    if (start.column === null || start.row === null) return undefined;
    return { startRow: start.row - 1, endRow: start.row, startColumn: start.column, endColumn: start.column + 1 };
  }
  const end = parseEndpoint(parts[1] ?? '');
  if (!end) return undefined;
  // "1:A" mixes a row-only endpoint with a column-only one: Google rejects it.
  const rowOnly = (e: Endpoint): boolean => e.column === null && e.row !== null;
  const columnOnly = (e: Endpoint): boolean => e.column !== null && e.row === null;
  if ((rowOnly(start) && columnOnly(end)) || (columnOnly(start) && rowOnly(end))) return undefined;
  let startColumn = start.column ?? (end.column === null ? null : 0);
  let endColumn = end.column === null ? null : end.column + 1;
  let startRow = start.row === null ? (end.row === null ? null : 0) : start.row - 1;
  let endRow = end.row;
  // "C5:A1" names the same rectangle as "A1:C5".
  if (startColumn !== null && endColumn !== null && endColumn <= startColumn) [startColumn, endColumn] = [endColumn - 1, startColumn + 1];
  if (startRow !== null && endRow !== null && endRow <= startRow) [startRow, endRow] = [endRow - 1, startRow + 1];
  return { startRow, endRow, startColumn, endColumn };
}

const UNQUOTED_TITLE = /^[\p{L}\p{N}_.]+$/u;
const WHOLE_SHEET = { startRow: null, endRow: null, startColumn: null, endColumn: null } as const;

/**
 * Parses `'Cán bộ'!A2:Z`, `Sheet1`, `A1:B2`, `'It''s'!A:A`. Undefined for anything Google
 * would answer "Unable to parse range".
 */
export function parseA1Range(input: string): A1Range | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  if (text.startsWith("'")) {
    let i = 1;
    let title = '';
    for (; i < text.length; i++) {
      const ch = text[i]!;
      if (ch === "'") {
        if (text[i + 1] === "'") {
          title += "'";
          i++;
          continue;
        }
        break;
      }
      title += ch;
    }
    if (i >= text.length || title === '') return undefined;
    const rest = text.slice(i + 1);
    if (rest === '') return { sheetTitle: title, ...WHOLE_SHEET };
    if (!rest.startsWith('!')) return undefined;
    const cells = parseCells(rest.slice(1));
    return cells ? { sheetTitle: title, ...cells } : undefined;
  }
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    const title = text.slice(0, bang);
    if (!UNQUOTED_TITLE.test(title)) return undefined;
    const cells = parseCells(text.slice(bang + 1));
    return cells ? { sheetTitle: title, ...cells } : undefined;
  }
  const cells = parseCells(text);
  if (cells) return { sheetTitle: null, ...cells };
  return UNQUOTED_TITLE.test(text) ? { sheetTitle: text, ...WHOLE_SHEET } : undefined;
}
