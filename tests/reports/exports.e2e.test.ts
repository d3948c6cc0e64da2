import ExcelJS from 'exceljs';
import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';
import { ExportReportDocument, type ExportFormat, ReportDocument, type ReportRequest } from '../generated/graphql';
import { type GoldenIds, insertGoldenOffice } from './golden-fixture';

/** A plain RFC 4180 reader, so that the test does not trust the library that wrote the file. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

describeWithDatabase('report exports (XLSX and CSV) over HTTP', () => {
  let api: TestApi;
  let ids: GoldenIds;
  const rotations = (): ReportRequest => ({
    form: 'ROTATION',
    scope: { id: ids.province, includeSubtree: true },
    from: '2021-01-01',
    to: '2025-06-30',
  });

  const download = async (request: ReportRequest, format: ExportFormat) => {
    const { exportReport } = await api.data(ExportReportDocument, { request, format });
    const content = Buffer.from(exportReport.base64, 'base64');
    expect(content.length).toBe(exportReport.byteLength);
    return { ...exportReport, content };
  };
  const openXlsx = async (content: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
    return workbook.worksheets[0]!;
  };

  beforeAll(async () => {
    api = await startTestApi();
    ids = await insertGoldenOffice(api.db.orm.em.fork() as never);
  });

  afterAll(() => api?.close());

  it('form 11 as XLSX: Vietnamese headings in bold, counts as numbers, shares as percentages, cell by cell', async () => {
    const file = await download(rotations(), 'XLSX');
    expect(file.filename).toBe('mau-11_tinh-thu-nghiem_2025-06-30.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheet = await openXlsx(file.content);
    expect(sheet.name).toBe('Mẫu 11');
    expect(sheet.getCell('A1').value).toBe('Báo cáo luân chuyển, điều động, biệt phái cán bộ (mẫu 11)');
    expect(sheet.getCell('A2').value).toBe('Tỉnh Thử Nghiệm (gồm cả các đơn vị trực thuộc); từ ngày 01/01/2021 đến ngày 30/06/2025');

    // Headings: groups (row 4), columns (row 5), số lượng / tỷ lệ (row 6).
    const headings: Record<string, string> = {
      A4: 'Khối',
      B4: 'Tổng số lượt',
      C4: 'Hướng luân chuyển',
      Q4: 'Hình thức',
      W4: 'Trong đó',
      C5: 'Từ tỉnh về huyện/cơ sở',
      E5: 'Từ huyện lên tỉnh',
      G5: 'Giữa các huyện',
      I5: 'Giữa các ngành',
      K5: 'Về xã',
      M5: 'Từ xã',
      O5: 'Giữa các xã',
      Q5: 'Luân chuyển',
      S5: 'Điều động',
      U5: 'Biệt phái',
      W5: 'Nữ',
    };
    for (const [address, text] of Object.entries(headings)) {
      expect([address, sheet.getCell(address).value]).toEqual([address, text]);
      expect([address, sheet.getCell(address).font?.bold]).toEqual([address, true]);
    }
    for (const [master, last] of [
      ['A4', 'A6'],
      ['B4', 'B6'],
      ['C4', 'P4'],
      ['Q4', 'V4'],
      ['W4', 'X4'],
      ['C5', 'D5'],
      ['W5', 'X5'],
    ]) {
      expect(sheet.getCell(last!).isMerged).toBe(true);
      expect(sheet.getCell(last!).master.address).toBe(master);
    }
    const columns = 'CDEFGHIJKLMNOPQRSTUVWX'.split('');
    columns.forEach((col, i) => {
      expect([col, sheet.getCell(`${col}6`).value]).toEqual([col, i % 2 === 0 ? 'Số lượng' : 'Tỷ lệ']);
      expect(sheet.getCell(`${col}6`).font?.bold).toBe(true);
    });

    // Rows 7–11 are the blocks, row 12 the total: [label, B, then count/share pairs C..X].
    const third = 1 / 3;
    // prettier-ignore
    const expected: [string, ...number[]][] = [
      ['Khối Đảng',                   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,       0, 0,       0, 0,     0, 0, 0, 0],
      ['Khối chính quyền',            1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0,       0, 0,       0, 0,     1, 1, 1, 1],
      ['Khối MTTQ – đoàn thể',        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,       0, 0,       0, 0,     0, 0, 0, 0],
      ['Khối hành chính – sự nghiệp', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,       0, 0,       0, 0,     0, 0, 0, 0],
      ['Khối xã, phường',             3, 1, third, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2 * third, 2, 2 * third, 1, third, 0, 0, 1, third],
      ['Tổng cộng',                   4, 1, 0.25, 0, 0, 0, 0, 1, 0.25, 0, 0, 0, 0, 2, 0.5,   2, 0.5,     1, 0.25,  1, 0.25, 2, 0.5],
    ];
    expected.forEach(([label, total, ...pairs], r) => {
      const row = 7 + r;
      expect(sheet.getCell(`A${row}`).value).toBe(label);
      expect(sheet.getCell(`B${row}`).value).toBe(total);
      expect(sheet.getCell(`B${row}`).numFmt).toBe('#,##0');
      columns.forEach((col, i) => {
        const cell = sheet.getCell(`${col}${row}`);
        expect(typeof cell.value).toBe('number');
        expect([`${col}${row}`, cell.value as number]).toEqual([`${col}${row}`, expect.closeTo(pairs[i]!, 12)]);
        expect(cell.numFmt).toBe(i % 2 === 0 ? '#,##0' : '0.0%');
      });
    });
    expect(sheet.getCell('A12').font?.bold).toBe(true);
    expect(sheet.getCell('B12').font?.bold).toBe(true);
    expect(sheet.getCell('A7').font?.bold).toBeFalsy();
    expect(sheet.getCell('A14').value).toBe(
      'Từ 01/01/2021 đến 30/06/2025 có 4 lượt cán bộ được luân chuyển, điều động, biệt phái: luân chuyển 2, điều động 1, biệt phái 1; ' +
        'từ tỉnh về huyện/cơ sở 1, giữa các ngành 1, giữa các xã 2; nữ 2.',
    );
  });

  it('form 11 as CSV: UTF-8 with a byte-order mark, one line per row, shares as "66,7%"', async () => {
    const file = await download(rotations(), 'CSV');
    expect(file.filename).toBe('mau-11_tinh-thu-nghiem_2025-06-30.csv');
    expect(file.mimeType).toBe('text/csv; charset=utf-8');
    expect([...file.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(file.content.subarray(3).toString('utf8'));
    expect(records).toHaveLength(7);
    expect(records[0]).toEqual([
      'Khối',
      'Tổng số lượt',
      'Hướng luân chuyển – Từ tỉnh về huyện/cơ sở',
      'Hướng luân chuyển – Từ tỉnh về huyện/cơ sở (tỷ lệ)',
      'Hướng luân chuyển – Từ huyện lên tỉnh',
      'Hướng luân chuyển – Từ huyện lên tỉnh (tỷ lệ)',
      'Hướng luân chuyển – Giữa các huyện',
      'Hướng luân chuyển – Giữa các huyện (tỷ lệ)',
      'Hướng luân chuyển – Giữa các ngành',
      'Hướng luân chuyển – Giữa các ngành (tỷ lệ)',
      'Hướng luân chuyển – Về xã',
      'Hướng luân chuyển – Về xã (tỷ lệ)',
      'Hướng luân chuyển – Từ xã',
      'Hướng luân chuyển – Từ xã (tỷ lệ)',
      'Hướng luân chuyển – Giữa các xã',
      'Hướng luân chuyển – Giữa các xã (tỷ lệ)',
      'Hình thức – Luân chuyển',
      'Hình thức – Luân chuyển (tỷ lệ)',
      'Hình thức – Điều động',
      'Hình thức – Điều động (tỷ lệ)',
      'Hình thức – Biệt phái',
      'Hình thức – Biệt phái (tỷ lệ)',
      'Trong đó – Nữ',
      'Trong đó – Nữ (tỷ lệ)',
    ]);
    // prettier-ignore
    expect(records.slice(1)).toEqual([
      ['Khối Đảng', '0', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%'],
      ['Khối chính quyền', '1', '0', '0%', '0', '0%', '0', '0%', '1', '100%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '1', '100%', '1', '100%'],
      ['Khối MTTQ – đoàn thể', '0', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%'],
      ['Khối hành chính – sự nghiệp', '0', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%'],
      ['Khối xã, phường', '3', '1', '33,3%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '0', '0%', '2', '66,7%', '2', '66,7%', '1', '33,3%', '0', '0%', '1', '33,3%'],
      ['Tổng cộng', '4', '1', '25%', '0', '0%', '0', '0%', '1', '25%', '0', '0%', '0', '0%', '2', '50%', '2', '50%', '1', '25%', '1', '25%', '2', '50%'],
    ]);
  });

  it('form 8B as XLSX holds the same figures as the GraphQL table, with the average age as a number', async () => {
    const request: ReportRequest = { form: 'ALL_STAFF', scope: { id: ids.province, includeSubtree: true }, asOf: '2025-06-30' };
    const { report } = await api.data(ReportDocument, { request });
    const file = await download(request, 'XLSX');
    expect(file.filename).toBe('mau-8B_tinh-thu-nghiem_2025-06-30.xlsx');
    const sheet = await openXlsx(file.content);
    // Hand-placed landmarks: 75 sheet columns (A labels, B total, two per count, one for the average age).
    expect([sheet.getCell('C4').value, sheet.getCell('C5').value, sheet.getCell('K5').value, sheet.getCell('Q4').value]).toEqual([
      'Đối tượng',
      'Cán bộ',
      'Nữ',
      'Độ tuổi',
    ]);
    expect(sheet.getCell('AG4').master.address).toBe('Q4');
    expect([sheet.getCell('AG5').value, sheet.getCell('AG6').master.address]).toEqual(['Tuổi bình quân', 'AG5']);
    expect([sheet.getCell('AR5').value, sheet.getCell('BH5').value, sheet.getCell('BV5').value]).toEqual(['Tiến sĩ', 'Cử nhân', 'Cán sự']);
    expect([sheet.getCell('B12').value, sheet.getCell('K12').value, sheet.getCell('AG12').value, sheet.getCell('AR12').value]).toEqual([
      15, 7, 40.2, 1,
    ]);
    expect(sheet.getCell('L12').value).toBeCloseTo(7 / 15, 12);
    expect(sheet.getCell('AG12').numFmt).toBe('0.0');
    expect(sheet.getCell('BV12').value).toBe(1);
    expect(sheet.getCell('BW12').value).toBeCloseTo(1 / 15, 12);
    // Every cell of every row against the table the API returned.
    [...report.rows, report.totalRow].forEach((row, r) => {
      const sheetRow = sheet.getRow(7 + r);
      expect(sheetRow.getCell(1).value).toBe(row.label);
      let col = 2;
      report.columns.forEach((column, i) => {
        const cell = row.cells[i]!;
        if (column.kind === 'AVERAGE_AGE') {
          expect(sheetRow.getCell(col).value).toBe(cell.value);
          col += 1;
        } else {
          expect(sheetRow.getCell(col).value).toBe(cell.count);
          if (column.kind === 'COUNT') expect(sheetRow.getCell(col + 1).value).toBeCloseTo(cell.share!, 12);
          col += column.kind === 'COUNT' ? 2 : 1;
        }
      });
      expect(col).toBe(76);
    });
    expect(sheet.getCell('A14').value).toBe(report.summary);
  });

  it('form 8B as CSV keeps Vietnamese text and the average age as "40,2"', async () => {
    const request: ReportRequest = {
      form: 'ALL_STAFF',
      scope: { id: ids.province, includeSubtree: true },
      asOf: '2025-06-30',
      rowsBy: 'NONE',
    };
    const file = await download(request, 'CSV');
    const [headings, total, ...rest] = parseCsv(file.content.subarray(3).toString('utf8'));
    expect(rest).toEqual([]);
    expect(headings![0]).toBe('Nội dung');
    const at = (heading: string) => total![headings!.indexOf(heading)];
    expect(total![0]).toBe('Tổng cộng');
    expect([at('Tổng số'), at('Trong đó – Nữ'), at('Trong đó – Nữ (tỷ lệ)'), at('Độ tuổi – Tuổi bình quân')]).toEqual([
      '15',
      '7',
      '46,7%',
      '40,2',
    ]);
    expect([at('Lý luận chính trị – Cao cấp'), at('Lý luận chính trị – Cao cấp (tỷ lệ)')]).toEqual(['4', '26,7%']);
  });
});
