import {
  cellA1,
  columnIndexOf,
  columnLetters,
  formatA1Range,
  parseA1Range,
  quoteSheetTitle,
  sheetTitleForDisplay,
} from '../../../sync/engine/a1';

describe('A1 notation', () => {
  it('numbers columns the spreadsheet way', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(columnIndexOf('aa')).toBe(26);
    expect(columnIndexOf('A1')).toBeUndefined();
  });

  it('always quotes tab titles, doubling apostrophes', () => {
    expect(quoteSheetTitle('Cán bộ')).toBe("'Cán bộ'");
    expect(quoteSheetTitle("Đơn vị của 'Ban'")).toBe("'Đơn vị của ''Ban'''");
    expect(cellA1('Cán bộ', 5, 2)).toBe("'Cán bộ'!C5");
  });

  it('echoes ranges like Google: plain ASCII titles bare, others quoted', () => {
    expect(sheetTitleForDisplay('Sheet1')).toBe('Sheet1');
    expect(sheetTitleForDisplay('A1')).toBe("'A1'");
    expect(formatA1Range('Cán bộ', 0, 1000, 0, 26)).toBe("'Cán bộ'!A1:Z1000");
    expect(formatA1Range('Sheet1', 4, 5, 2, 3)).toBe('Sheet1!C5');
  });

  it.each([
    ["'Cán bộ'!A1:Z", { sheetTitle: 'Cán bộ', startRow: 0, endRow: null, startColumn: 0, endColumn: 26 }],
    ["'Cán bộ'", { sheetTitle: 'Cán bộ', startRow: null, endRow: null, startColumn: null, endColumn: null }],
    ["'Đơn vị của ''Ban'''!B:B", { sheetTitle: "Đơn vị của 'Ban'", startRow: null, endRow: null, startColumn: 1, endColumn: 2 }],
    ['Sheet1!2:5', { sheetTitle: 'Sheet1', startRow: 1, endRow: 5, startColumn: null, endColumn: null }],
    ['Sheet1!C3', { sheetTitle: 'Sheet1', startRow: 2, endRow: 3, startColumn: 2, endColumn: 3 }],
    ['A2:C', { sheetTitle: null, startRow: 1, endRow: null, startColumn: 0, endColumn: 3 }],
    ['C5:A1', { sheetTitle: null, startRow: 0, endRow: 5, startColumn: 0, endColumn: 3 }],
    ['Cán_bộ!A1', { sheetTitle: 'Cán_bộ', startRow: 0, endRow: 1, startColumn: 0, endColumn: 1 }],
    ['Sheet1', { sheetTitle: 'Sheet1', startRow: null, endRow: null, startColumn: null, endColumn: null }],
  ])('parses %s', (text, expected) => {
    expect(parseA1Range(text)).toEqual(expected);
  });

  it.each(["'Cán bộ", "'Cán bộ'A1", 'Cán bộ!A1', 'Sheet1!A0', 'Sheet1!1:A', '', "''!A1", 'Sheet1!A1:B2:C3'])('refuses %p', (text) => {
    expect(parseA1Range(text)).toBeUndefined();
  });
});
