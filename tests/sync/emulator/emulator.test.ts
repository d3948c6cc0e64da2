import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { googleAuth, googleSheets, type sheets_v4 } from '../../../sync/sheets/google-sheets-api';
import { SheetsEmulator } from '../../../sync/emulator/server';
import { SheetsClient } from '../../../sync/sheets/sheets-client';
import { SheetsApiError } from '../../../sync/sheets/errors';

/** The raw googleapis client, to see Google's answers exactly as an application would. */
function rawClient(emulator: SheetsEmulator): sheets_v4.Sheets {
  const auth = new googleAuth.OAuth2();
  auth.setCredentials({ access_token: 'test-token' });
  // Node's fetch, as SheetsClient does: gaxios' default (node-fetch, an ES module) cannot load under Jest.
  return googleSheets({ version: 'v4', rootUrl: emulator.rootUrl, auth, retry: false, fetchImplementation: fetch });
}

async function googleError(promise: Promise<unknown>): Promise<{ status: number; body: unknown }> {
  try {
    await promise;
  } catch (error) {
    const response = (error as { response?: { status: number; data: unknown } }).response;
    if (response) return { status: response.status, body: response.data };
  }
  throw new Error('expected the call to fail');
}

describe('Sheets API emulator, driven by the real googleapis client', () => {
  let emulator: SheetsEmulator;
  let api: sheets_v4.Sheets;
  let id: string;

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
    api = rawClient(emulator);
  });
  afterAll(() => emulator.close());
  beforeEach(() => {
    emulator.reset();
    id = emulator.createSpreadsheet({
      title: 'Hồ sơ',
      sheets: [
        {
          title: 'Cán bộ',
          rows: [
            ['Mã hoso', 'Họ và tên', 'Ngày sinh', 'Năm', 'Đảng viên'],
            ['1', 'Nguyễn Văn An', '12/3/1985', 2010, 'TRUE'],
            [],
            ['2', 'Trần Thị Bình', null, null, null, null],
          ],
        },
        { title: "Đơn vị của 'Ban'", rows: [['Tên'], ['Phòng Nội vụ']] },
        { title: 'Sheet1' },
      ],
    });
  });

  it('reads quoted Vietnamese tab names, whole columns and open-ended ranges in one batchGet, echoing ranges like Google', async () => {
    const { data } = await api.spreadsheets.values.batchGet({
      spreadsheetId: id,
      ranges: ["'Cán bộ'!B:B", "'Cán bộ'!A2:B", "'Đơn vị của ''Ban'''", 'Sheet1', 'A1:A2'],
      valueRenderOption: 'UNFORMATTED_VALUE',
    });
    expect(data.valueRanges).toEqual([
      { range: "'Cán bộ'!B1:B1000", majorDimension: 'ROWS', values: [['Họ và tên'], ['Nguyễn Văn An'], [], ['Trần Thị Bình']] },
      { range: "'Cán bộ'!A2:B1000", majorDimension: 'ROWS', values: [[1, 'Nguyễn Văn An'], [], [2, 'Trần Thị Bình']] },
      { range: "'Đơn vị của ''Ban'''!A1:Z1000", majorDimension: 'ROWS', values: [['Tên'], ['Phòng Nội vụ']] },
      { range: 'Sheet1!A1:Z1000', majorDimension: 'ROWS' },
      { range: "'Cán bộ'!A1:A2", majorDimension: 'ROWS', values: [['Mã hoso'], [1]] },
    ]);
  });

  it('trims trailing empty cells and rows, keeps inner gaps as empty strings, and can answer by columns', async () => {
    emulator.setValues(id, "'Cán bộ'!G10", [['xa']]);
    emulator.setValues(id, "'Cán bộ'!G10", [['']]);
    const rows = await api.spreadsheets.values.get({ spreadsheetId: id, range: "'Cán bộ'!A1:F6" });
    expect(rows.data.values).toEqual([
      ['Mã hoso', 'Họ và tên', 'Ngày sinh', 'Năm', 'Đảng viên'],
      ['1', 'Nguyễn Văn An', '12/03/1985', '2010', 'TRUE'],
      [],
      ['2', 'Trần Thị Bình'],
    ]);
    const columns = await api.spreadsheets.values.get({ spreadsheetId: id, range: "'Cán bộ'!A1:B4", majorDimension: 'COLUMNS' });
    expect(columns.data.values).toEqual([
      ['Mã hoso', '1', '', '2'],
      ['Họ và tên', 'Nguyễn Văn An', '', 'Trần Thị Bình'],
    ]);
  });

  it('renders values per valueRenderOption and dateTimeRenderOption', async () => {
    const read = async (valueRenderOption: string, dateTimeRenderOption?: string) =>
      (await api.spreadsheets.values.get({ spreadsheetId: id, range: "'Cán bộ'!C2:E2", valueRenderOption, dateTimeRenderOption })).data
        .values;
    expect(await read('FORMATTED_VALUE')).toEqual([['12/03/1985', '2010', 'TRUE']]);
    expect(await read('UNFORMATTED_VALUE')).toEqual([[31118, 2010, true]]);
    expect(await read('UNFORMATTED_VALUE', 'FORMATTED_STRING')).toEqual([['12/03/1985', 2010, true]]);
    emulator.setValues(id, "'Cán bộ'!F2", [['=D2+1']]);
    expect(
      (await api.spreadsheets.values.get({ spreadsheetId: id, range: "'Cán bộ'!F2", valueRenderOption: 'FORMULA' })).data.values,
    ).toEqual([['=D2+1']]);
  });

  it('RAW stores strings as given; USER_ENTERED parses numbers, booleans, dates and formulas as typing would', async () => {
    const tooWide = await googleError(
      api.spreadsheets.values.batchUpdate({
        spreadsheetId: id,
        requestBody: { valueInputOption: 'RAW', data: [{ range: "'Cán bộ'!A5:B5", values: [[1, 2, 3]] }] },
      }),
    );
    expect(tooWide.body).toMatchObject({
      error: { code: 400, message: "Requested writing within range ['Cán bộ'!A5:B5], but tried writing to column [C]" },
    });
    await api.spreadsheets.values.batchUpdate({
      spreadsheetId: id,
      requestBody: { valueInputOption: 'RAW', data: [{ range: "'Cán bộ'!A5:D5", values: [['0123', '=1+1', '12/3/1985', 7]] }] },
    });
    await api.spreadsheets.values.batchUpdate({
      spreadsheetId: id,
      requestBody: {
        valueInputOption: 'USER_ENTERED',
        data: [{ range: "'Cán bộ'!A6", values: [['0123', "'0123", '1985-03-12', 'false', 'ThS']] }],
      },
    });
    expect(emulator.getValues(id, "'Cán bộ'!A5:E6")).toEqual([
      ['0123', '=1+1', '12/3/1985', 7],
      [123, '0123', 31118, false, 'ThS'],
    ]);
    const american = emulator.createSpreadsheet({ locale: 'en_US', sheets: [{ title: 'S', rows: [['12/3/1985', '31/12/1985']] }] });
    expect(emulator.getValues(american, 'S!A1:B1')).toEqual([[31384, '31/12/1985']]);
  });

  it('skips null cells and clears cells written as empty strings', async () => {
    await api.spreadsheets.values.batchUpdate({
      spreadsheetId: id,
      requestBody: { valueInputOption: 'RAW', data: [{ range: "'Cán bộ'!A2:C2", values: [[null, '', 'x']] }] },
    });
    expect(emulator.getValues(id, "'Cán bộ'!A2:C2")).toEqual([[1, '', 'x']]);
  });

  it('applies a values batch all or nothing', async () => {
    const failure = await googleError(
      api.spreadsheets.values.batchUpdate({
        spreadsheetId: id,
        requestBody: {
          valueInputOption: 'RAW',
          data: [
            { range: "'Cán bộ'!B2", values: [['đổi']] },
            { range: "'Không có'!A1", values: [['x']] },
          ],
        },
      }),
    );
    expect(failure).toEqual({
      status: 400,
      body: { error: { code: 400, message: "Unable to parse range: 'Không có'!A1", status: 'INVALID_ARGUMENT' } },
    });
    expect(emulator.getValues(id, "'Cán bộ'!B2")).toEqual([['Nguyễn Văn An']]);
  });

  it('applies a spreadsheets batch all or nothing, naming the failing request like Google', async () => {
    const failure = await googleError(
      api.spreadsheets.batchUpdate({
        spreadsheetId: id,
        requestBody: {
          requests: [
            { addSheet: { properties: { title: 'Mới' } } },
            { updateCells: { start: { sheetId: 999 }, rows: [], fields: 'note' } },
          ],
        },
      }),
    );
    expect(failure.status).toBe(400);
    expect(failure.body).toEqual({
      error: { code: 400, status: 'INVALID_ARGUMENT', message: 'Invalid requests[1].updateCells: No grid with id: 999' },
    });
    expect(emulator.spreadsheet(id).sheets.map((s) => s.properties.title)).toEqual(['Cán bộ', "Đơn vị của 'Ban'", 'Sheet1']);
  });

  it('answers errors in Google’s JSON shape', async () => {
    expect(await googleError(api.spreadsheets.get({ spreadsheetId: 'nope' }))).toEqual({
      status: 404,
      body: { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } },
    });
    expect((await googleError(api.spreadsheets.values.get({ spreadsheetId: id, range: "'Cán bộ!A1" }))).body).toEqual({
      error: { code: 400, message: "Unable to parse range: 'Cán bộ!A1", status: 'INVALID_ARGUMENT' },
    });
    const anonymous = await fetch(`${emulator.url}/v4/spreadsheets/${id}`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { status: string } }).error.status).toBe('UNAUTHENTICATED');
  });

  it('builds the template structure: tabs, frozen header, dropdowns, protected id column, notes', async () => {
    const { data } = await api.spreadsheets.batchUpdate({
      spreadsheetId: id,
      requestBody: {
        requests: [
          { addSheet: { properties: { title: 'Khóa học', gridProperties: { rowCount: 50, columnCount: 5 } } } },
          {
            updateSheetProperties: {
              properties: { sheetId: 0, gridProperties: { frozenRowCount: 1 } },
              fields: 'gridProperties.frozenRowCount',
            },
          },
          {
            setDataValidation: {
              range: { sheetId: 0, startRowIndex: 1, startColumnIndex: 4, endColumnIndex: 5 },
              rule: {
                condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: 'Có' }, { userEnteredValue: 'Không' }] },
                strict: true,
                showCustomUi: true,
              },
            },
          },
          {
            addProtectedRange: {
              protectedRange: { range: { sheetId: 0, startColumnIndex: 0, endColumnIndex: 1 }, description: 'Mã hoso', warningOnly: true },
            },
          },
          {
            repeatCell: {
              range: { sheetId: 0, startRowIndex: 1, endRowIndex: 2, startColumnIndex: 1, endColumnIndex: 2 },
              cell: { note: 'Ghi chú' },
              fields: 'note',
            },
          },
        ],
      },
    });
    expect(data.replies?.[0]?.addSheet?.properties).toMatchObject({
      title: 'Khóa học',
      index: 3,
      gridProperties: { rowCount: 50, columnCount: 5 },
    });
    expect(data.replies?.[3]?.addProtectedRange?.protectedRange).toMatchObject({
      protectedRangeId: 1,
      warningOnly: true,
      range: { sheetId: 0 },
    });
    const spreadsheet = (await api.spreadsheets.get({ spreadsheetId: id })).data;
    expect(spreadsheet.sheets?.[0]?.properties?.gridProperties?.frozenRowCount).toBe(1);
    expect(spreadsheet.sheets?.[0]?.protectedRanges).toHaveLength(1);
    expect(emulator.note(id, "'Cán bộ'!B2")).toBe('Ghi chú');
    const grid = (await api.spreadsheets.get({ spreadsheetId: id, ranges: ["'Cán bộ'!B2:E2"], includeGridData: true })).data;
    expect(grid.sheets).toHaveLength(1);
    expect(grid.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values?.[0]).toMatchObject({ note: 'Ghi chú', formattedValue: 'Nguyễn Văn An' });
    expect(grid.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values?.[3]?.dataValidation).toMatchObject({ strict: true });
  });

  it('appends cells after the last row with data, growing the grid; deletes and inserts rows', async () => {
    const small = emulator.createSpreadsheet({ sheets: [{ title: 'T', rowCount: 3, columnCount: 2, rows: [['a'], ['b'], ['c']] }] });
    await api.spreadsheets.batchUpdate({
      spreadsheetId: small,
      requestBody: {
        requests: [
          {
            appendCells: {
              sheetId: 0,
              rows: [{ values: [{ userEnteredValue: { stringValue: 'd' } }, {}, { userEnteredValue: { numberValue: 4 } }] }],
              fields: 'userEnteredValue',
            },
          },
          { deleteDimension: { range: { sheetId: 0, dimension: 'ROWS', startIndex: 1, endIndex: 2 } } },
          { insertDimension: { range: { sheetId: 0, dimension: 'ROWS', startIndex: 0, endIndex: 1 } } },
          { appendDimension: { sheetId: 0, dimension: 'ROWS', length: 10 } },
        ],
      },
    });
    expect(emulator.getValues(small, 'T')).toEqual([[], ['a'], ['c'], ['d', '', 4]]);
    expect(emulator.spreadsheet(small).sheets[0]!.properties.gridProperties).toMatchObject({ rowCount: 14, columnCount: 3 });
    expect((await googleError(api.spreadsheets.values.get({ spreadsheetId: small, range: 'T!A20' }))).body).toMatchObject({
      error: { code: 400 },
    });
  });

  it('creates spreadsheets through POST /v4/spreadsheets', async () => {
    const client = new SheetsClient({ rootUrl: emulator.rootUrl, credentials: { kind: 'access-token', token: 't' } });
    const created = await client.createSpreadsheet({ properties: { title: 'Mới' }, sheets: [{ properties: { title: 'Cán bộ' } }] });
    expect(created.spreadsheetId).toEqual(expect.any(String));
    expect(created.sheets?.map((s) => s.properties?.title)).toEqual(['Cán bộ']);
    expect(created.spreadsheetUrl).toContain(created.spreadsheetId);
  });

  it('answers 429 RESOURCE_EXHAUSTED past the quota and injected 5xx, and logs every call', async () => {
    emulator.setQuota({ limit: 1, windowMs: 60_000 });
    await api.spreadsheets.values.get({ spreadsheetId: id, range: 'Sheet1' });
    const limited = await googleError(api.spreadsheets.values.get({ spreadsheetId: id, range: 'Sheet1' }));
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ error: { code: 429, status: 'RESOURCE_EXHAUSTED' } });
    emulator.setQuota(null);
    emulator.failCalls({ onCall: 1, status: 503 });
    expect((await googleError(api.spreadsheets.get({ spreadsheetId: id }))).body).toEqual({
      error: { code: 503, message: 'The service is currently unavailable.', status: 'UNAVAILABLE' },
    });
    expect(emulator.requests.map((r) => [r.operation, r.status])).toEqual([
      ['values.get', 200],
      ['values.get', 429],
      ['spreadsheets.get', 503],
    ]);
  });

  it('adds latency on demand', async () => {
    emulator.configureFaults({ latencyMs: 40 });
    const started = Date.now();
    await api.spreadsheets.get({ spreadsheetId: id });
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    emulator.configureFaults({ latencyMs: 0 });
  });

  it('has an admin API over HTTP for demos: create, type, read back, inject faults', async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${emulator.url}/__emulator${path}`, { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());
    expect(await post('/spreadsheets', { spreadsheetId: 'demo', sheets: [{ title: 'Cán bộ' }] })).toEqual({ spreadsheetId: 'demo' });
    await post('/spreadsheets/demo/values', { range: "'Cán bộ'!A1:B1", values: [['Họ và tên', '12/3/1985']] });
    const read = await fetch(`${emulator.url}/__emulator/spreadsheets/demo/values?range=${encodeURIComponent("'Cán bộ'!A1:B1")}`).then(
      (r) => r.json(),
    );
    expect(read).toEqual({ values: [['Họ và tên', 31118]] });
    await post('/faults', { failures: [{ onCall: 1, status: 500 }] });
    expect((await googleError(api.spreadsheets.get({ spreadsheetId: 'demo' }))).status).toBe(500);
    expect(await fetch(`${emulator.url}/__emulator/requests`).then((r) => r.json())).toMatchObject({
      requests: [{ operation: 'spreadsheets.get', status: 500 }],
    });
  });

  it('accepts a service account: googleapis signs its own JWT, no token endpoint involved', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const keyFile = join(mkdtempSync(join(tmpdir(), 'hoso-sa-')), 'service-account.json');
    writeFileSync(
      keyFile,
      JSON.stringify({
        type: 'service_account',
        client_email: 'hoso-sync@example.iam.gserviceaccount.com',
        private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }),
        private_key_id: 'k1',
      }),
    );
    const client = new SheetsClient({ rootUrl: emulator.rootUrl, credentials: { kind: 'service-account', keyFile } });
    await client.getSpreadsheet(id);
    const token = emulator.requests[0]!.authorization!.replace('Bearer ', '');
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({
      iss: 'hoso-sync@example.iam.gserviceaccount.com',
      scope: 'https://www.googleapis.com/auth/spreadsheets',
    });
  });

  it('reports failures through SheetsApiError with Google’s status', async () => {
    const client = new SheetsClient({ rootUrl: emulator.rootUrl, credentials: { kind: 'access-token', token: 't' } });
    const error = await client.batchGetValues(id, ["'Không có'"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetsApiError);
    expect(error).toMatchObject({ status: 400, googleStatus: 'INVALID_ARGUMENT', maybeApplied: false, attempts: 1 });
  });
});
