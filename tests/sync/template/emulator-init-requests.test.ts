/** The emulator's side of what init sends: text formats, updateProtectedRange, validation rules, plain-text cells. */
import { cellAt } from '../../../sync/emulator/model';
import { SheetsEmulator } from '../../../sync/emulator/server';
import { SheetsApiError } from '../../../sync/sheets/errors';
import { SheetsClient } from '../../../sync/sheets/sheets-client';

describe('emulator: requests hoso sheets init relies on', () => {
  let emulator: SheetsEmulator;
  let sheets: SheetsClient;
  let id: string;

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
    sheets = new SheetsClient({
      rootUrl: emulator.rootUrl,
      credentials: { kind: 'access-token', token: 'test' },
      retry: { maxAttempts: 1 },
      requestsPerMinute: 100_000,
    });
  });
  afterAll(() => emulator.close());
  beforeEach(() => {
    emulator.reset();
    id = emulator.createSpreadsheet({ sheets: [{ title: 'Cán bộ', rows: [['Mã hoso', 'Họ và tên']] }] });
  });

  const cell = (row: number, column: number) => cellAt(emulator.spreadsheet(id).sheets[0]!, row, column);
  const a1 = { sheetId: 0, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 };

  it('stores text formats: a sub-field mask sets that field alone, the whole format mask replaces the format', async () => {
    await sheets.batchUpdateSpreadsheet(id, [
      { repeatCell: { range: a1, cell: { userEnteredFormat: { textFormat: { italic: true } } }, fields: 'userEnteredFormat.textFormat' } },
      {
        repeatCell: { range: a1, cell: { userEnteredFormat: { textFormat: { bold: true } } }, fields: 'userEnteredFormat.textFormat.bold' },
      },
    ]);
    expect(cell(0, 0)).toEqual({ value: 'Mã hoso', textFormat: { italic: true, bold: true } });
    const spreadsheet = await sheets.getSpreadsheet(id, { ranges: ["'Cán bộ'!A1"], includeGridData: true });
    expect(spreadsheet.sheets![0]!.data![0]!.rowData![0]!.values![0]!.userEnteredFormat).toEqual({
      textFormat: { italic: true, bold: true },
    });

    await sheets.batchUpdateSpreadsheet(id, [
      {
        repeatCell: {
          range: a1,
          cell: { userEnteredFormat: { numberFormat: { type: 'TEXT', pattern: '@' } } },
          fields: 'userEnteredFormat',
        },
      },
    ]);
    expect(cell(0, 0)).toEqual({ value: 'Mã hoso', numberFormat: { type: 'TEXT', pattern: '@' } });
    // Typing a value keeps the cell's format.
    emulator.setValues(id, "'Cán bộ'!A1", [['Mã']]);
    expect(cell(0, 0)).toEqual({ value: 'Mã', numberFormat: { type: 'TEXT', pattern: '@' } });
  });

  it('a plain-text cell keeps what is typed (USER_ENTERED): leading zeros, dates, formulas', () => {
    emulator.applyRequests(id, [
      {
        repeatCell: {
          range: { sheetId: 0, startRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 },
          cell: { userEnteredFormat: { numberFormat: { type: 'TEXT', pattern: '@' } } },
          fields: 'userEnteredFormat.numberFormat',
        },
      },
    ]);
    emulator.setValues(id, "'Cán bộ'!A2:B4", [
      ['007', '007'],
      ['12/03/1985', '12/03/1985'],
      ['=1+1', "'x"],
    ]);
    expect(emulator.getValues(id, "'Cán bộ'!A2:B4")).toEqual([
      ['007', 7],
      ['12/03/1985', 31118],
      ['=1+1', 'x'],
    ]);
  });

  it('updateProtectedRange replaces the masked fields and keeps the id; unknown ids and fields are refused', async () => {
    const [added] = await sheets.batchUpdateSpreadsheet(id, [
      {
        addProtectedRange: {
          protectedRange: { range: { sheetId: 0, startColumnIndex: 0, endColumnIndex: 1 }, description: 'cũ', warningOnly: true },
        },
      },
    ]);
    const protectedRangeId = added!.addProtectedRange!.protectedRange!.protectedRangeId!;
    await sheets.batchUpdateSpreadsheet(id, [
      {
        updateProtectedRange: {
          protectedRange: { protectedRangeId, range: { sheetId: 0, startColumnIndex: 1, endColumnIndex: 2 }, description: 'mới' },
          fields: 'range,description,warningOnly',
        },
      },
    ]);
    expect((await sheets.getSpreadsheet(id)).sheets![0]!.protectedRanges).toEqual([
      { protectedRangeId, range: { sheetId: 0, startColumnIndex: 1, endColumnIndex: 2 }, description: 'mới' },
    ]);

    const refused = (request: Record<string, unknown>): Promise<unknown> =>
      sheets.batchUpdateSpreadsheet(id, [request]).then(
        () => 'applied',
        (error: SheetsApiError) => error.status,
      );
    expect(
      await refused({ updateProtectedRange: { protectedRange: { protectedRangeId: 999, description: 'x' }, fields: 'description' } }),
    ).toBe(400);
    expect(
      await refused({ updateProtectedRange: { protectedRange: { protectedRangeId, description: 'x' }, fields: 'protectedRangeId' } }),
    ).toBe(400);
    expect(
      await refused({
        addProtectedRange: { protectedRange: { range: { sheetId: 0 }, warningOnly: true, editors: { users: ['a@example.com'] } } },
      }),
    ).toBe(400);
  });

  it('setDataValidation refuses a rule without a condition or a list without values', () => {
    const body = { sheetId: 0, startRowIndex: 1, startColumnIndex: 1, endColumnIndex: 2 };
    expect(() => emulator.applyRequests(id, [{ setDataValidation: { range: body, rule: { showCustomUi: true } } }])).toThrow(/condition/);
    expect(() =>
      emulator.applyRequests(id, [{ setDataValidation: { range: body, rule: { condition: { type: 'ONE_OF_LIST', values: [] } } } }]),
    ).toThrow(/at least one value/);
    emulator.applyRequests(id, [{ setDataValidation: { range: body } }]); // no rule: clears
  });
});
