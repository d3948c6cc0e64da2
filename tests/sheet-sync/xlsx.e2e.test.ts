import ExcelJS from 'exceljs';
import { readExcelValue } from '../../sync/xlsx/cell-values';
import { HOSO_SHEET_TITLE, XLSX_MIME_TYPE } from '../../sync/xlsx';
import { syncEnvironment } from '../../src/sheet-sync/sync-environment';
import type { SyncEnvironment } from '../../src/sheet-sync/sheet-sync.service';
import { syncWorkbook } from '../../src/sheet-sync/xlsx/xlsx-sync.service';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import { SyncedCadresDocument, UpdateCadreDocument } from '../generated/graphql';

/**
 * An office that works offline: its Excel workbook, made as staff make one (typed dates, a bad
 * cell, a column and a tab of their own, a formula), exchanged with hoso three times through the
 * service and then over HTTP, against the real database and the real server.
 */

const TAB = 'Cán bộ';
const VIEWER = { actor: 'jest', source: 'sync' } as const;
const utcDate = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

function officeWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const cadres = workbook.addWorksheet(TAB);
  cadres.addRow(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Đối tượng', 'Ghi chú', 'Ghi chú của phòng']);
  cadres.addRow(['Nguyễn Văn An', utcDate(1985, 3, 12), 'nam', 'Kinh', 'Công chức', null, 'hồ sơ đủ']);
  cadres.addRow(['Lò Văn Bình', '1985?', 'Nam', 'Thái', 'Viên chức', null, 'thiếu ngày sinh']);
  cadres.getColumn(2).numFmt = 'dd/mm/yyyy';
  const summary = workbook.addWorksheet('Tổng hợp');
  summary.getCell('A1').value = 'Số cán bộ';
  summary.getCell('B1').value = { formula: "COUNTA('Cán bộ'!A:A)-1", result: 2 };
  return workbook;
}

async function bytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function open(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

/** One tab's cells as the engine reads them, by header: `tab.cell('Lò Văn Bình', 'Ngày sinh')`. */
function tabOf(workbook: ExcelJS.Workbook, title = TAB) {
  const sheet = workbook.getWorksheet(title);
  if (!sheet) throw new Error(`no tab ${title} in ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((v) => (v == null ? '' : String(v)));
  const column = (header: string) => {
    const index = headers.indexOf(header);
    if (index < 1) throw new Error(`no column ${header} in ${headers.join(' | ')}`);
    return index;
  };
  const rowOf = (fullName: string) => {
    for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getCell(r, column('Họ và tên')).value === fullName) return r;
    throw new Error(`no row for ${fullName}`);
  };
  const cellOf = (fullName: string, header: string) => sheet.getCell(rowOf(fullName), column(header));
  return {
    sheet,
    headers,
    column,
    rowOf,
    cell: cellOf,
    value: (fullName: string, header: string) => readExcelValue(cellOf(fullName, header).value).value,
    /** Every value and note of the tab, for comparing two copies. */
    snapshot: () => {
      const cells: Record<string, unknown> = {};
      sheet.eachRow((row) => row.eachCell((cell) => (cells[cell.address] = [readExcelValue(cell.value).value, cell.note ?? null])));
      return cells;
    },
  };
}

describeWithDatabase('Excel workbooks synced with the same engine', () => {
  let api: TestApi;
  let env: SyncEnvironment;
  /** The copies hoso returned, in order. */
  const returned: Buffer[] = [];
  const cadre = async (name: string) => (await api.data(SyncedCadresDocument, { name })).cadres.nodes;
  const uploadUrl = () => new URL('/sync/xlsx', api.server.url).toString();
  const upload = (body: Buffer, headers: Record<string, string> = api.headers, query = '') =>
    fetch(`${uploadUrl()}${query}`, { method: 'POST', headers: { 'content-type': XLSX_MIME_TYPE, ...headers }, body });

  beforeAll(async () => {
    api = await startTestApi();
    env = syncEnvironment(api.db.orm, api.db.config, () => {
      throw new Error('a workbook exchange must not reach Google');
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('first exchange: the workbook is registered, rows become records, ids are written back, a bad cell is noted', async () => {
    const result = await syncWorkbook(env, await bytes(officeWorkbook()), VIEWER, { title: 'Xã Bảo Hà.xlsx' });
    expect(result.registered).toBe(true);
    expect(result.spreadsheetId).toMatch(/^xlsx:[0-9a-f-]{36}$/);
    expect(result.init?.tabs.map((t) => t.title)).toEqual(['Địa phương', 'Đơn vị', 'Cán bộ', 'Khóa học', 'Học viên', 'Quy hoạch']);
    expect(result.report.counts.database.creates).toBe(1);
    const birthError = result.report.cellErrors.find((e) => e.header === 'Ngày sinh');
    expect(birthError).toMatchObject({ raw: '1985?' });
    returned.push(result.workbook!);

    const workbook = await open(result.workbook!);
    const tab = tabOf(workbook);
    const [an] = await cadre('nguyen van an');
    expect(an).toMatchObject({ fullName: 'Nguyễn Văn An', birthDateText: '12/03/1985' });
    expect(String(tab.value('Nguyễn Văn An', 'Mã hoso'))).toBe(String(an!.databaseId));
    // The row with a bad required cell is not created: no id, the cell kept as typed, with a note.
    expect(await cadre('lo van binh')).toEqual([]);
    expect(tab.value('Lò Văn Bình', 'Mã hoso')).toBeUndefined();
    expect(tab.value('Lò Văn Bình', 'Ngày sinh')).toBe('1985?');
    expect(tab.cell('Lò Văn Bình', 'Ngày sinh').note).toMatch(/1985\?/);
    // The typed date stays a date; staff's column and tab stay as they were, the formula included.
    expect(tab.cell('Nguyễn Văn An', 'Ngày sinh').value).toEqual(utcDate(1985, 3, 12));
    expect(tab.value('Nguyễn Văn An', 'Ghi chú của phòng')).toBe('hồ sơ đủ');
    expect(workbook.getWorksheet('Tổng hợp')!.getCell('B1').value).toMatchObject({ formula: "COUNTA('Cán bộ'!A:A)-1" });
    // What init makes, as far as Excel has it: tabs, headers in bold, the frozen header row, dropdowns, date formats.
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Địa phương', 'Đơn vị', 'Khóa học', 'Học viên', 'Quy hoạch', HOSO_SHEET_TITLE]),
    );
    expect(workbook.getWorksheet(HOSO_SHEET_TITLE)!.state).toBe('veryHidden');
    expect(tab.sheet.getRow(1).getCell(tab.column('Mã hoso')).font?.bold).toBe(true);
    expect(tab.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const sexRule = tab.sheet.getCell(5, tab.column('Giới tính')).dataValidation;
    expect(sexRule).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/^'_hoso'!\$[A-Z]+\$1:\$[A-Z]+\$\d+$/)] });
    const list = (sexRule.formulae![0] as string).match(/\$([A-Z]+)\$1:\$[A-Z]+\$(\d+)$/)!;
    const choices = Array.from(
      { length: Number(list[2]) },
      (_, i) => workbook.getWorksheet(HOSO_SHEET_TITLE)!.getCell(`${list[1]}${i + 1}`).value,
    );
    expect(choices).toEqual(expect.arrayContaining(['Nam', 'Nữ']));
    expect(tab.sheet.getCell(5, tab.column('Ngày vào cơ quan')).numFmt).toBe('dd/mm/yyyy');
  });

  it('second exchange: edits on both sides meet, the fixed cell becomes a record, a field changed on both sides is a conflict', async () => {
    const [an] = await cadre('nguyen van an');
    await api.data(UpdateCadreDocument, { id: an!.id, input: { homeTown: 'Bảo Yên, Lào Cai', note: 'sửa trong hoso' } });
    const workbook = await open(returned[0]!);
    const tab = tabOf(workbook);
    tab.cell('Lò Văn Bình', 'Ngày sinh').value = utcDate(1990, 2, 5);
    tab.cell('Nguyễn Văn An', 'Tên gọi khác').value = 'An Nhỏ';
    tab.cell('Nguyễn Văn An', 'Ghi chú').value = 'sửa trong sổ';

    const result = await syncWorkbook(env, await bytes(workbook), VIEWER);
    expect(result.registered).toBe(false);
    expect(result.report.cellErrors).toEqual([]);
    expect(result.report.counts.database.creates).toBe(1);
    expect(result.report.conflicts).toEqual([
      expect.objectContaining({ header: 'Ghi chú', sheetValue: 'sửa trong sổ', databaseValue: 'sửa trong hoso', resolution: 'kept-both' }),
    ]);
    returned.push(result.workbook!);

    const merged = tabOf(await open(result.workbook!));
    expect((await cadre('nguyen van an'))[0]).toMatchObject({ otherName: 'An Nhỏ', homeTown: 'Bảo Yên, Lào Cai', note: 'sửa trong hoso' });
    const [binh] = await cadre('lo van binh');
    expect(binh).toMatchObject({ birthDateText: '05/02/1990' });
    expect(String(merged.value('Lò Văn Bình', 'Mã hoso'))).toBe(String(binh!.databaseId));
    expect(merged.cell('Lò Văn Bình', 'Ngày sinh').note).toBeUndefined();
    expect(merged.value('Nguyễn Văn An', 'Quê quán')).toBe('Bảo Yên, Lào Cai');
    expect(merged.value('Nguyễn Văn An', 'Ghi chú')).toBe('sửa trong sổ');
    expect(merged.cell('Nguyễn Văn An', 'Ghi chú').note).toMatch(/sửa trong hoso/);
  });

  it('third exchange, nothing edited: nothing changes on either side', async () => {
    const before = tabOf(await open(returned[1]!)).snapshot();
    const result = await syncWorkbook(env, returned[1]!, VIEWER);
    expect(result.report.wrote).toEqual({ database: false, sheetValues: false, sheetLayout: false, state: false });
    expect(result.report.counts.database).toMatchObject({ creates: 0, updatedRecords: 0, flags: 0, deletes: 0 });
    expect(tabOf(await open(result.workbook!)).snapshot()).toEqual(before);
    returned.push(result.workbook!);
  });

  it('over HTTP: the workbook goes up, the merged workbook comes back', async () => {
    const workbook = await open(returned[2]!);
    tabOf(workbook).cell('Lò Văn Bình', 'Tên gọi khác').value = 'Bình Thái';
    const response = await upload(await bytes(workbook), api.headers, '?title=Xã%20Bảo%20Hà');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_MIME_TYPE);
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''X%C3%A3%20B%E1%BA%A3o%20H%C3%A0.hoso.xlsx");
    const summary = JSON.parse(response.headers.get('x-hoso-sync')!) as {
      registered: boolean;
      counts: { database: { updatedRecords: number } };
    };
    expect(summary).toMatchObject({ registered: false, counts: { database: { updatedRecords: 1 } } });
    expect((await cadre('lo van binh'))[0]).toMatchObject({ otherName: 'Bình Thái' });
    const back = await open(Buffer.from(await response.arrayBuffer()));
    expect(tabOf(back).value('Lò Văn Bình', 'Tên gọi khác')).toBe('Bình Thái');
    returned.push(Buffer.from(await bytes(back)));
  });

  it('an older copy than the last one returned is refused, and changes nothing', async () => {
    const workbook = await open(returned[1]!);
    tabOf(workbook).cell('Lò Văn Bình', 'Tên gọi khác').value = 'bản cũ';
    const response = await upload(await bytes(workbook));
    expect(response.status).toBe(409);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'STALE_WORKBOOK' }, message: expect.stringMatching(/bản cũ/) });
    expect((await cadre('lo van binh'))[0]).toMatchObject({ otherName: 'Bình Thái' });
  });

  it('a file that is no workbook is a 400 saying so; no credential a 401; no sync right a 403', async () => {
    const corrupt = Buffer.concat([returned[3]!.subarray(0, 4), Buffer.from('this is not the rest of a zip file')]);
    const bad = await upload(corrupt);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/Không đọc được sổ Excel/),
    });

    const xls = await upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(xls.status).toBe(400);
    expect(JSON.stringify(await xls.json())).toMatch(/\.xls/);

    const json = await upload(Buffer.from('{}'), { ...api.headers, 'content-type': 'application/json' });
    expect(json.status).toBe(415);

    const anonymous = await upload(returned[3]!, {});
    expect(anonymous.status).toBe(401);

    const reader = await api.tokenFor('reader', [{ role: 'viewer', scope: { kind: 'root' }, personalData: false, sync: false }]);
    const forbidden = await upload(returned[3]!, { authorization: `Bearer ${reader}` });
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('FORBIDDEN');
  });
});
