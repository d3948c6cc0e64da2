import { quoteSheetTitle } from '../../../sync/engine/a1';
import { type TableSpec, emptySyncState } from '../../../sync/engine/types';
import { SheetsEmulator } from '../../../sync/emulator/server';
import type { sheets_v4 } from '../../../sync/sheets/google-sheets-api';
import { SheetsClient, isIdempotentBatch, type SheetsRequest, type Spreadsheet } from '../../../sync/sheets/sheets-client';
import { CONFLICT_TABLE, conflictTabMessages } from '../../../sync/engine/conflict-tab';
import { ID_HEADER_NOTE, ID_PROTECTION_DESCRIPTION, type InitReport, initSpreadsheet, planInit } from '../../../sync/template';
import { splitBatches } from '../../../sync/sheets/batches';
import { codeColumn, dateColumn, textColumn } from '../support/codecs';
import { calls, harness } from '../support/harness';

const GENDER_HINT = 'Chọn Nam hoặc Nữ trong danh sách.';
const BIRTH_HINT = 'Ngày sinh, viết dd/mm/yyyy (12/03/1985).';
const CODE_HINT = 'Mã số đơn vị, giữ nguyên số 0 ở đầu.';

const CADRES: TableSpec = {
  table: 'cadre',
  sheetTitle: 'Cán bộ',
  idHeader: 'Mã hoso',
  columns: [
    textColumn('fullName', 'Họ và tên', { required: true, aliases: ['Họ tên'] }),
    { ...codeColumn('gender', 'Giới tính', { MALE: 'Nam', FEMALE: 'Nữ' }), template: { choices: ['Nam', 'Nữ'], hint: GENDER_HINT } },
    { ...dateColumn('birthDate', 'Ngày sinh'), template: { format: 'date', hint: BIRTH_HINT } },
  ],
};

const UNITS: TableSpec = {
  table: 'unit',
  sheetTitle: "Đơn vị của 'Ban'",
  idHeader: 'Mã hoso',
  columns: [
    textColumn('name', 'Tên đơn vị', { required: true }),
    { ...textColumn('code', 'Mã số'), template: { format: 'text', hint: CODE_HINT } },
  ],
};

const TABLES: readonly TableSpec[] = [UNITS, CADRES];

const BOLD = { textFormat: { bold: true } };
const GENDER_RULE = {
  condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: 'Nam' }, { userEnteredValue: 'Nữ' }] },
  showCustomUi: true,
  strict: false,
};

function client(emulator: SheetsEmulator): SheetsClient {
  return new SheetsClient({
    rootUrl: emulator.rootUrl,
    credentials: { kind: 'access-token', token: 'test' },
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
    requestsPerMinute: 100_000,
  });
}

const reads = (report: InitReport): string => `${report.apiCalls.reads} read(s), ${report.apiCalls.writes} write(s)`;

describe('initSpreadsheet against the emulator, through googleapis', () => {
  let emulator: SheetsEmulator;
  let sheets: SheetsClient;

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
    sheets = client(emulator);
  });
  afterAll(() => emulator.close());
  beforeEach(() => emulator.reset());

  /** The tab as Google describes it, with the cells of a range (notes, formats, validation). */
  async function tab(spreadsheetId: string, title: string, cells = 'A1:F2'): Promise<sheets_v4.Schema$Sheet> {
    const spreadsheet = await sheets.getSpreadsheet(spreadsheetId, {
      ranges: [`${quoteSheetTitle(title)}!${cells}`],
      includeGridData: true,
    });
    return spreadsheet.sheets![0]!;
  }

  const rowsOf = (sheet: sheets_v4.Schema$Sheet): sheets_v4.Schema$CellData[][] =>
    (sheet.data?.[0]?.rowData ?? []).map((row) => row.values ?? []);

  const hosoProtections = (sheet: sheets_v4.Schema$Sheet): sheets_v4.Schema$ProtectedRange[] =>
    (sheet.protectedRanges ?? []).filter((p) => p.description === ID_PROTECTION_DESCRIPTION);

  it('a fresh spreadsheet: every tab created with its headers, frozen row, notes, dropdowns, formats and a protected id column', async () => {
    const id = emulator.createSpreadsheet({ title: 'Hồ sơ' });
    const report = await initSpreadsheet(sheets, id, TABLES, { conflictTab: false });

    const created = await sheets.getSpreadsheet(id);
    const titles = created.sheets!.map((s) => s.properties!.title);
    expect(titles).toEqual(["Đơn vị của 'Ban'", 'Cán bộ']); // the empty default tab made way for hoso's
    expect(report.removedTabs).toEqual(['Sheet1']);
    expect(report.tabs.map(({ sheetId: _, ...rest }) => rest)).toEqual([
      { table: 'unit', title: "Đơn vị của 'Ban'", created: true, headersAdded: ['Mã hoso', 'Tên đơn vị', 'Mã số'], idColumn: 'A' },
      { table: 'cadre', title: 'Cán bộ', created: true, headersAdded: ['Mã hoso', 'Họ và tên', 'Giới tính', 'Ngày sinh'], idColumn: 'A' },
    ]);
    expect(report.sheetIds).toEqual({
      "Đơn vị của 'Ban'": emulator.sheetId(id, "Đơn vị của 'Ban'"),
      'Cán bộ': emulator.sheetId(id, 'Cán bộ'),
    });
    expect(emulator.getValues(id, quoteSheetTitle('Cán bộ'))).toEqual([['Mã hoso', 'Họ và tên', 'Giới tính', 'Ngày sinh']]);
    expect(emulator.getValues(id, quoteSheetTitle("Đơn vị của 'Ban'"))).toEqual([['Mã hoso', 'Tên đơn vị', 'Mã số']]);

    const cadres = await tab(id, 'Cán bộ');
    const sheetId = report.sheetIds['Cán bộ'];
    expect(cadres.properties!.gridProperties!.frozenRowCount).toBe(1);
    expect(cadres.protectedRanges).toEqual([
      expect.objectContaining({
        range: { sheetId, startColumnIndex: 0, endColumnIndex: 1 },
        description: ID_PROTECTION_DESCRIPTION,
        warningOnly: true,
      }),
    ]);
    const [header, firstRow] = rowsOf(cadres);
    expect(header!.map((c) => [c.userEnteredFormat, c.note])).toEqual([
      [BOLD, ID_HEADER_NOTE],
      [BOLD, undefined],
      [BOLD, GENDER_HINT],
      [BOLD, BIRTH_HINT],
    ]);
    expect(firstRow!.map((c) => [c.dataValidation, c.userEnteredFormat])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [GENDER_RULE, undefined],
      [undefined, { numberFormat: { type: 'DATE', pattern: 'dd/mm/yyyy' } }],
    ]);
    // The dropdown and the format reach the last row of the grid.
    expect(rowsOf(await tab(id, 'Cán bộ', 'C1000:D1000'))).toEqual([
      [{ dataValidation: GENDER_RULE }, { userEnteredFormat: { numberFormat: { type: 'DATE', pattern: 'dd/mm/yyyy' } } }],
    ]);

    // What staff type then: a code keeps its leading zero, a date becomes a date shown dd/mm/yyyy.
    emulator.setValues(id, `${quoteSheetTitle("Đơn vị của 'Ban'")}!B2:C2`, [['Phòng Nội vụ', '007']]);
    emulator.setValues(id, `${quoteSheetTitle('Cán bộ')}!B2:D2`, [['Nguyễn Văn An', 'Nam', '12/03/1985']]);
    expect(emulator.getValues(id, `${quoteSheetTitle("Đơn vị của 'Ban'")}!A2:C2`)).toEqual([['', 'Phòng Nội vụ', '007']]);
    expect(emulator.getValues(id, `${quoteSheetTitle('Cán bộ')}!D2`, { valueRenderOption: 'FORMATTED_VALUE' })).toEqual([['12/03/1985']]);
    expect(emulator.getValues(id, `${quoteSheetTitle('Cán bộ')}!D2`)).toEqual([[31118]]);

    // get + the default tab's values + batchGet; addSheet batch (removing the empty default tab) + layout batch + the headers.
    expect(reads(report)).toBe('3 read(s), 3 write(s)');
  });

  it('repairs a tab staff rearranged: only the missing headers are appended, staff columns and data rows stay as they were', async () => {
    const staffRows = [
      ['Ngày sinh', 'Ghi chú của phòng', 'HỌ TÊN', '', 'Đảng viên'],
      ['12/3/1985', 'gọi lại', 'Nguyễn Văn An', null, 'có'],
      [null, null, 'Trần Thị Bình'],
      ['1/1/1980', 'chỉ ghi chú'],
    ];
    const id = emulator.createSpreadsheet({ sheets: [{ title: 'Cán bộ', rows: staffRows }] });
    emulator.applyRequests(id, [
      {
        repeatCell: {
          range: { sheetId: 0, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 1, endColumnIndex: 2 },
          cell: { note: 'của phòng' },
          fields: 'note',
        },
      },
      {
        addProtectedRange: {
          protectedRange: {
            range: { sheetId: 0, startColumnIndex: 1, endColumnIndex: 2 },
            description: 'Cột của phòng',
            warningOnly: true,
          },
        },
      },
    ]);
    const dataBefore = emulator.getValues(id, `${quoteSheetTitle('Cán bộ')}!A2:E`);

    const report = await initSpreadsheet(sheets, id, [CADRES], { conflictTab: false });

    expect(report.tabs).toEqual([
      { table: 'cadre', title: 'Cán bộ', sheetId: 0, created: false, headersAdded: ['Mã hoso', 'Giới tính'], idColumn: 'F' },
    ]);
    expect(emulator.getValues(id, `${quoteSheetTitle('Cán bộ')}!1:1`)).toEqual([
      ['Ngày sinh', 'Ghi chú của phòng', 'HỌ TÊN', '', 'Đảng viên', 'Mã hoso', 'Giới tính'],
    ]);
    expect(emulator.getValues(id, `${quoteSheetTitle('Cán bộ')}!A2:E`)).toEqual(dataBefore);
    expect(emulator.getValues(id, `${quoteSheetTitle('Cán bộ')}!F2:G`)).toEqual([]);

    const cadres = await tab(id, 'Cán bộ', 'A1:G2');
    const [header, firstRow] = rowsOf(cadres);
    // Staff headers (B, E) keep their own look and note; hoso's are bold, with their notes.
    expect(header!.map((c) => [c.userEnteredFormat, c.note])).toEqual([
      [BOLD, BIRTH_HINT],
      [undefined, 'của phòng'],
      [BOLD, undefined],
      [undefined, undefined],
      [undefined, undefined],
      [BOLD, ID_HEADER_NOTE],
      [BOLD, GENDER_HINT],
    ]);
    expect(firstRow![0]!.userEnteredFormat).toEqual({ numberFormat: { type: 'DATE', pattern: 'dd/mm/yyyy' } });
    expect(firstRow![6]!.dataValidation).toEqual(GENDER_RULE);
    expect(firstRow!.slice(1, 6).map((c) => c.dataValidation ?? c.userEnteredFormat?.numberFormat ?? null)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(cadres.protectedRanges!.map((p) => [p.description, p.range])).toEqual([
      ['Cột của phòng', { sheetId: 0, startColumnIndex: 1, endColumnIndex: 2 }],
      [ID_PROTECTION_DESCRIPTION, { sheetId: 0, startColumnIndex: 5, endColumnIndex: 6 }],
    ]);
    expect(reads(report)).toBe('2 read(s), 2 write(s)');
  });

  it('grows the grid when the missing headers do not fit in it', async () => {
    const id = emulator.createSpreadsheet({ sheets: [{ title: "Đơn vị của 'Ban'", columnCount: 2, rows: [['Tên đơn vị', 'Ghi chú']] }] });
    const report = await initSpreadsheet(sheets, id, [UNITS]);
    expect(report.tabs[0]!.headersAdded).toEqual(['Mã hoso', 'Mã số']);
    expect(emulator.getValues(id, quoteSheetTitle("Đơn vị của 'Ban'"))).toEqual([['Tên đơn vị', 'Ghi chú', 'Mã hoso', 'Mã số']]);
    const grid = (await tab(id, "Đơn vị của 'Ban'")).properties!.gridProperties!;
    expect(grid).toMatchObject({ columnCount: 4, frozenRowCount: 1 });
  });

  it('running init twice adds nothing the second time, keeps one protection per tab and leaves the same spreadsheet', async () => {
    const id = emulator.createSpreadsheet({
      sheets: [
        {
          title: 'Cán bộ',
          rows: [
            ['Họ và tên', 'Mã hoso'],
            ['Nguyễn Văn An', '7'],
          ],
        },
      ],
    });
    const first = await initSpreadsheet(sheets, id, TABLES);
    const snapshot = (): Promise<Spreadsheet> =>
      sheets.getSpreadsheet(id, { ranges: TABLES.map((t) => `${quoteSheetTitle(t.sheetTitle)}!A1:E3`), includeGridData: true });
    const after1 = await snapshot();
    const batchesBefore = emulator.callsOf('spreadsheets.batchUpdate').length;
    const second = await initSpreadsheet(sheets, id, TABLES);

    expect(first.tabs.map((t) => [t.title, t.created, t.headersAdded, t.idColumn])).toEqual([
      ["Đơn vị của 'Ban'", true, ['Mã hoso', 'Tên đơn vị', 'Mã số'], 'A'],
      ['Cán bộ', false, ['Giới tính', 'Ngày sinh'], 'B'],
    ]);
    expect(second.tabs.map((t) => [t.title, t.created, t.headersAdded, t.idColumn])).toEqual([
      ["Đơn vị của 'Ban'", false, [], 'A'],
      ['Cán bộ', false, [], 'B'],
    ]);
    expect(second.sheetIds).toEqual(first.sheetIds);
    expect(await snapshot()).toEqual(after1);
    for (const sheet of after1.sheets!) expect(hosoProtections(sheet)).toHaveLength(1);

    // Only the layout batch is written, and it is safe to retry after a 5xx.
    expect(reads(second)).toBe('2 read(s), 1 write(s)');
    const layout = emulator.callsOf('spreadsheets.batchUpdate').slice(batchesBefore);
    expect(layout).toHaveLength(1);
    expect(isIdempotentBatch((layout[0]!.body as { requests: SheetsRequest[] }).requests)).toBe(true);
  });

  it('moves a stale hoso protection to the id column and drops copies of it', async () => {
    const id = emulator.createSpreadsheet({ sheets: [{ title: 'Cán bộ', rows: [['Họ và tên', 'Giới tính', 'Mã hoso', 'Ngày sinh']] }] });
    const ours = (column: number): Record<string, unknown> => ({
      addProtectedRange: {
        protectedRange: {
          range: { sheetId: 0, startColumnIndex: column, endColumnIndex: column + 1 },
          description: ID_PROTECTION_DESCRIPTION,
          warningOnly: true,
        },
      },
    });
    emulator.applyRequests(id, [ours(0), ours(3)]);
    const [kept] = emulator.spreadsheet(id).sheets[0]!.protectedRanges;

    await initSpreadsheet(sheets, id, [CADRES]);
    expect((await tab(id, 'Cán bộ')).protectedRanges).toEqual([
      expect.objectContaining({
        protectedRangeId: kept!.protectedRangeId,
        range: { sheetId: 0, startColumnIndex: 2, endColumnIndex: 3 },
        description: ID_PROTECTION_DESCRIPTION,
        warningOnly: true,
      }),
    ]);
  });

  it('finds a tab whose title differs only in case, as Google resolves ranges, and keys its sheetId by the spec title', async () => {
    const id = emulator.createSpreadsheet({ sheets: [{ title: 'Sheet1' }, { title: 'CÁN BỘ', rows: [['Mã hoso']] }] });
    const report = await initSpreadsheet(sheets, id, [CADRES], { conflictTab: false });
    expect(report.tabs[0]).toMatchObject({ title: 'CÁN BỘ', created: false, headersAdded: ['Họ và tên', 'Giới tính', 'Ngày sinh'] });
    expect(report.sheetIds).toEqual({ 'Cán bộ': emulator.sheetId(id, 'CÁN BỘ') });
  });

  it('the first sync after init needs no sheetId lookup', async () => {
    const h = harness(emulator, { tables: [CADRES] });
    const report = await initSpreadsheet(h.sheets, h.spreadsheetId, [CADRES]);
    h.store.setState({ ...emptySyncState(), sheetIds: report.sheetIds });
    h.store.put('cadre', '100', { fullName: 'Phạm Thị Dung', gender: 'FEMALE', birthDate: '1992-07-20' });
    h.type(`${quoteSheetTitle('Cán bộ')}!B2:D2`, [['Nguyễn Văn An', 'nam', '12/3/1985']]);

    const run = await h.run();
    expect(run.counts.database.creates).toBe(1);
    expect(run.cellErrors).toEqual([]);
    expect(calls(run)).toBe('1 read(s), 2 write(s)'); // the batchGet; values + layout (the appended row)
    expect(h.grid()).toEqual([
      ['Mã hoso', 'Họ và tên', 'Giới tính', 'Ngày sinh'],
      ['101', 'Nguyễn Văn An', 'nam', 31118],
      ['100', 'Phạm Thị Dung', 'Nữ', '20/07/1992'],
    ]);
  });
  it("adds the 'Xung đột' tab: headers, frozen row, the 'Giữ' dropdown, its sheetId for the sync; a second init changes nothing", async () => {
    const id = emulator.createSpreadsheet({ sheets: [{ title: 'Cán bộ', rows: [['Mã hoso', 'Họ và tên', 'Giới tính', 'Ngày sinh']] }] });
    const report = await initSpreadsheet(sheets, id, [CADRES]);
    expect(report.tabs.map((t) => t.title)).toEqual(['Cán bộ']);
    expect(report.conflictTab).toMatchObject({ table: CONFLICT_TABLE, title: 'Xung đột', created: true, idColumn: 'A' });
    expect(report.sheetIds).toEqual({ 'Cán bộ': emulator.sheetId(id, 'Cán bộ'), 'Xung đột': emulator.sheetId(id, 'Xung đột') });
    expect(emulator.getValues(id, "'Xung đột'")).toEqual([
      ['Mã hoso', 'Trang', 'Dòng', 'Hồ sơ', 'Cột', 'Trên bảng tính', 'Trong hoso', 'Từ lúc', 'Giữ', 'Giá trị khác'],
    ]);
    const conflicts = await tab(id, 'Xung đột', 'A1:J2');
    expect(conflicts.properties?.gridProperties?.frozenRowCount).toBe(1);
    const [header, body] = rowsOf(conflicts);
    expect(header![0]!.note).toBe(conflictTabMessages.idHeaderNote);
    expect(header![8]!.note).toBe(conflictTabMessages.choiceHint);
    expect(body![8]!.dataValidation).toEqual({
      condition: {
        type: 'ONE_OF_LIST',
        values: [{ userEnteredValue: 'Bảng tính' }, { userEnteredValue: 'hoso' }, { userEnteredValue: 'Giá trị khác' }],
      },
      showCustomUi: true,
      strict: false,
    });

    const again = await initSpreadsheet(sheets, id, [CADRES]);
    expect(again.conflictTab).toMatchObject({ created: false, headersAdded: [] });
    expect(again.sheetIds).toEqual(report.sheetIds);
    expect(reads(again)).toBe('2 read(s), 1 write(s)');
    // Under another title, or none at all.
    expect((await initSpreadsheet(sheets, id, [CADRES], { conflictTab: false })).conflictTab).toBeNull();
    expect((await initSpreadsheet(sheets, id, [CADRES], { conflictTab: 'Chọn giá trị' })).conflictTab).toMatchObject({ created: true });
  });
});

describe('planInit and splitBatches, without I/O', () => {
  const spreadsheet: Spreadsheet = {
    sheets: [
      { properties: { sheetId: 7, title: 'Cán bộ', gridProperties: { rowCount: 100, columnCount: 26, frozenRowCount: 2 } } },
      { properties: { sheetId: 9, title: "Đơn vị của 'Ban'", gridProperties: { rowCount: 100, columnCount: 26 } } },
    ],
  };

  it('plans the header writes and a layout that keeps staff-frozen rows and touches only hoso columns', () => {
    const plan = planInit(spreadsheet, [[' ', 'Họ  và TÊN', null, 'Giới tính', '   '], []], [CADRES, UNITS]);
    expect(plan.tabs).toEqual([
      { table: 'cadre', title: 'Cán bộ', sheetId: 7, headersAdded: ['Mã hoso', 'Ngày sinh'], idColumn: 4 },
      { table: 'unit', title: "Đơn vị của 'Ban'", sheetId: 9, headersAdded: ['Mã hoso', 'Tên đơn vị', 'Mã số'], idColumn: 0 },
    ]);
    expect(plan.valueWrites).toEqual([
      { range: "'Cán bộ'!E1:F1", values: [['Mã hoso', 'Ngày sinh']] },
      { range: "'Đơn vị của ''Ban'''!A1:C1", values: [['Mã hoso', 'Tên đơn vị', 'Mã số']] },
    ]);
    const cadreRequests = plan.requests.filter((r) => JSON.stringify(r).includes('"sheetId":7'));
    // Two rows are frozen already: no updateSheetProperties for that tab.
    expect(cadreRequests.map((r) => Object.keys(r)[0])).toEqual([
      'updateCells', // id header
      'updateCells', // Họ và tên
      'updateCells', // Giới tính
      'setDataValidation',
      'updateCells', // Ngày sinh
      'repeatCell',
      'addProtectedRange',
    ]);
    expect(cadreRequests.flatMap((r) => (r.updateCells ? [r.updateCells.start!.columnIndex] : []))).toEqual([4, 1, 3, 5]);
  });

  it('refuses two specs for one tab, and a spec whose tab is missing', () => {
    expect(() => planInit(spreadsheet, [[], []], [CADRES, { ...UNITS, sheetTitle: 'CÁN BỘ' }])).toThrow(/once/);
    expect(() => planInit({ sheets: [] }, [[]], [CADRES])).toThrow(/No tab «Cán bộ»/);
  });

  it('splits a layout into batches under the size limit, keeping the order', () => {
    const requests: SheetsRequest[] = Array.from({ length: 10 }, (_, i) => ({
      updateCells: { start: { sheetId: 0, rowIndex: 0, columnIndex: i }, rows: [{ values: [{ note: 'x'.repeat(100) }] }], fields: 'note' },
    }));
    const size = JSON.stringify(requests[0]).length + 1;
    const batches = splitBatches(requests, size * 3);
    expect(batches.map((b) => b.length)).toEqual([3, 3, 3, 1]);
    expect(batches.flat()).toEqual(requests);
    expect(splitBatches(requests, 10).map((b) => b.length)).toEqual(Array(10).fill(1)); // a request larger than the limit goes alone
    expect(splitBatches(requests)).toEqual([requests]);
  });
});
