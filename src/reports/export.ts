import { stringify } from 'csv-stringify/sync';
import { exceljs } from '../../sync/xlsx/exceljs';
import { searchKey } from '../common/vietnamese';
import { ReportColumnKind, type ReportColumnValue, type ReportRowValue, type ReportTableValue } from './report-table';

export enum ExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}

export interface ExportedFileValue {
  filename: string;
  mimeType: string;
  byteLength: number;
  base64: string;
}

const MIME: Record<ExportFormat, string> = {
  [ExportFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  [ExportFormat.CSV]: 'text/csv; charset=utf-8',
};

/** A COUNT column takes two sheet columns (số lượng, tỷ lệ); the others one. */
function width(column: ReportColumnValue): number {
  return column.kind === ReportColumnKind.COUNT ? 2 : 1;
}

/**
 * The XLSX layout (rows and columns are 1-based, as Excel shows them):
 * row 1 the title, row 2 the scope and date, rows 4–6 the headings (bold): row 4 the column
 * groups ("Độ tuổi"), row 5 the columns ("Từ 31 đến 35"), row 6 "Số lượng" / "Tỷ lệ"; column A
 * holds the row labels. Data from row 7, then the total row (bold), then the summary sentence.
 * Counts are numbers ("#,##0"), shares are fractions shown as percentages ("0.0%"), the average
 * age a number ("0.0"); Excel prints them with the reader's decimal comma.
 */
export const XLSX_LAYOUT = { titleRow: 1, subtitleRow: 2, groupRow: 4, headingRow: 5, subheadingRow: 6, firstDataRow: 7 } as const;

export async function reportToXlsx(table: ReportTableValue): Promise<Buffer> {
  const workbook = new (exceljs().Workbook)();
  workbook.creator = 'hoso';
  const sheet = workbook.addWorksheet(`Mẫu ${table.code}`, { views: [{ state: 'frozen', xSplit: 1, ySplit: XLSX_LAYOUT.subheadingRow }] });
  const lastColumn = 1 + table.columns.reduce((n, c) => n + width(c), 0);
  const L = XLSX_LAYOUT;

  sheet.getCell(L.titleRow, 1).value = table.title;
  sheet.getCell(L.titleRow, 1).font = { bold: true, size: 13 };
  sheet.mergeCells(L.titleRow, 1, L.titleRow, lastColumn);
  sheet.getCell(L.subtitleRow, 1).value = table.subtitle;
  sheet.getCell(L.subtitleRow, 1).font = { italic: true };
  sheet.mergeCells(L.subtitleRow, 1, L.subtitleRow, lastColumn);

  sheet.getCell(L.groupRow, 1).value = table.rowHeading || 'Nội dung';
  sheet.mergeCells(L.groupRow, 1, L.subheadingRow, 1);
  let col = 2;
  let groupStart = 2;
  table.columns.forEach((column, i) => {
    const w = width(column);
    if (column.group == null) {
      sheet.getCell(L.groupRow, col).value = column.heading;
      sheet.mergeCells(L.groupRow, col, L.subheadingRow, col + w - 1);
    } else {
      if (table.columns[i - 1]?.group !== column.group) {
        groupStart = col;
        sheet.getCell(L.groupRow, col).value = column.group;
      }
      if (table.columns[i + 1]?.group !== column.group && col + w - 1 > groupStart)
        sheet.mergeCells(L.groupRow, groupStart, L.groupRow, col + w - 1);
      sheet.getCell(L.headingRow, col).value = column.heading;
      if (column.kind === ReportColumnKind.COUNT) {
        sheet.mergeCells(L.headingRow, col, L.headingRow, col + 1);
        sheet.getCell(L.subheadingRow, col).value = 'Số lượng';
        sheet.getCell(L.subheadingRow, col + 1).value = 'Tỷ lệ';
      } else {
        sheet.mergeCells(L.headingRow, col, L.subheadingRow, col);
      }
    }
    col += w;
  });
  for (let r = L.groupRow; r <= L.subheadingRow; r++) {
    const row = sheet.getRow(r);
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }

  const writeRow = (rowNumber: number, data: ReportRowValue, bold: boolean) => {
    const row = sheet.getRow(rowNumber);
    row.getCell(1).value = data.label;
    let c = 2;
    table.columns.forEach((column, i) => {
      const cell = data.cells[i]!;
      if (column.kind === ReportColumnKind.AVERAGE_AGE) {
        row.getCell(c).value = cell.value;
        row.getCell(c).numFmt = '0.0';
      } else {
        row.getCell(c).value = cell.count;
        row.getCell(c).numFmt = '#,##0';
        if (column.kind === ReportColumnKind.COUNT) {
          row.getCell(c + 1).value = cell.share;
          row.getCell(c + 1).numFmt = '0.0%';
        }
      }
      c += width(column);
    });
    if (bold) row.font = { bold: true };
  };
  table.rows.forEach((data, i) => writeRow(L.firstDataRow + i, data, false));
  const totalRowNumber = L.firstDataRow + table.rows.length;
  writeRow(totalRowNumber, table.totalRow, true);

  const summaryRow = totalRowNumber + 2;
  sheet.getCell(summaryRow, 1).value = table.summary;
  sheet.getCell(summaryRow, 1).font = { italic: true };
  sheet.getCell(summaryRow, 1).alignment = { wrapText: true, vertical: 'top' };
  sheet.mergeCells(summaryRow, 1, summaryRow, Math.min(lastColumn, 16));
  sheet.getRow(summaryRow).height = 60;

  sheet.getColumn(1).width = 40;
  for (let c = 2; c <= lastColumn; c++) sheet.getColumn(c).width = 10;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The CSV headings: the row heading, then each column ("Độ tuổi – Từ 31 đến 35"), COUNT columns followed by their share. */
export function csvHeadings(table: ReportTableValue): string[] {
  const headings = [table.rowHeading || 'Nội dung'];
  for (const column of table.columns) {
    const name = column.group ? `${column.group} – ${column.heading}` : column.heading;
    headings.push(name);
    if (column.kind === ReportColumnKind.COUNT) headings.push(`${name} (tỷ lệ)`);
  }
  return headings;
}

/**
 * CSV in UTF-8 with a byte-order mark, so that Excel opens Vietnamese text correctly. Counts are
 * plain integers; shares and the average age are written as Vietnamese readers expect them
 * ("9,3%", "45,3"), quoted because of the comma.
 */
export function reportToCsv(table: ReportTableValue): Buffer {
  const line = (data: ReportRowValue): (string | number)[] => {
    const out: (string | number)[] = [data.label];
    table.columns.forEach((column, i) => {
      const cell = data.cells[i]!;
      if (column.kind === ReportColumnKind.AVERAGE_AGE) out.push(cell.text);
      else out.push(cell.count ?? 0);
      if (column.kind === ReportColumnKind.COUNT) out.push(cell.percentText ?? '');
    });
    return out;
  };
  const records = [csvHeadings(table), ...table.rows.map(line), line(table.totalRow)];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(stringify(records, { record_delimiter: 'windows' }), 'utf8')]);
}

/** "mau-8B_tinh-lao-cai_2025-12-31.xlsx": ASCII, so that every mail client and file system keeps it. */
export function reportFilename(table: ReportTableValue, format: ExportFormat): string {
  const slug = searchKey(table.scope.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `mau-${table.code}_${slug}_${table.asOf}.${format === ExportFormat.XLSX ? 'xlsx' : 'csv'}`;
}

export async function exportReportTable(table: ReportTableValue, format: ExportFormat): Promise<ExportedFileValue> {
  const content = format === ExportFormat.XLSX ? await reportToXlsx(table) : reportToCsv(table);
  return {
    filename: reportFilename(table, format),
    mimeType: MIME[format],
    byteLength: content.length,
    base64: content.toString('base64'),
  };
}
