import type { Workbook, Worksheet } from 'exceljs';
import { exceljs } from './exceljs';
import { InProcessSheets } from '../emulator/in-process';
import type { Spreadsheet } from '../emulator/model';
import { SheetsEmulator } from '../emulator/server';
import type { SheetsGateway } from '../sheets/sheets-client';
import { XlsxFormatError } from './errors';
import { applyChanges } from './export-workbook';
import { newWorkbookId, readExchange, readWorkbookId, writeWorkbookId } from './hoso-sheet';
import { importWorkbook } from './import-workbook';

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

async function loadWorkbook(data: Buffer): Promise<Workbook> {
  if (data.length === 0) throw new XlsxFormatError('Tệp rỗng: cần một sổ Excel .xlsx.');
  if (data.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new XlsxFormatError('Tệp dạng Excel 97-2003 (.xls): hãy mở trong Excel và lưu lại dạng .xlsx (Excel Workbook).');
  }
  if (!data.subarray(0, 4).equals(ZIP_MAGIC)) throw new XlsxFormatError('Tệp không phải sổ Excel .xlsx (not an xlsx file).');
  const workbook = new (exceljs().Workbook)();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new XlsxFormatError(`Không đọc được sổ Excel .xlsx (tệp hỏng hoặc không đúng định dạng): ${detail}`);
  }
  if (workbook.worksheets.length === 0) throw new XlsxFormatError('Sổ Excel không có trang tính nào.');
  return workbook;
}

/**
 * An Excel workbook the sync engine runs against as if it were a Google spreadsheet: its tabs are
 * loaded into an in-process Sheets emulator (same tab names, headers, A1 addresses), the engine
 * reads and writes there through the usual `SheetsGateway`, and `toBuffer()` carries what changed
 * back into the workbook the office sent. The workbook keeps its identity (`spreadsheetId`,
 * `xlsx:<uuid>`) in hoso's hidden tab, so the same file sent back meets its binding again.
 */
export class XlsxWorkbook {
  /** The gateway the engine (sync and init) talks to. */
  readonly sheets: SheetsGateway;
  private readonly before: Spreadsheet;
  private readonly callsBefore: number;

  private constructor(
    private readonly workbook: Workbook,
    readonly spreadsheetId: string,
    /** False for a workbook hoso has not seen: it gets its id now. */
    readonly known: boolean,
    /** The exchanges this copy has been through, as hoso wrote it into the copy it returned last. */
    readonly exchange: number,
    private readonly emulator: SheetsEmulator,
    private readonly tabs: ReadonlyMap<number, Worksheet>,
  ) {
    this.sheets = new InProcessSheets(emulator);
    this.before = emulator.spreadsheet(spreadsheetId);
    this.callsBefore = emulator.requests.length;
  }

  /** Reads an .xlsx file; anything else (an .xls, a damaged file) is an `XlsxFormatError` saying so. */
  static async read(data: Buffer): Promise<XlsxWorkbook> {
    const workbook = await loadWorkbook(data);
    const known = readWorkbookId(workbook);
    const spreadsheetId = known ?? newWorkbookId();
    const emulator = new SheetsEmulator({ requireAuth: false });
    const tabs = importWorkbook(emulator, spreadsheetId, workbook);
    return new XlsxWorkbook(workbook, spreadsheetId, known !== null, readExchange(workbook), emulator, tabs);
  }

  /** The tabs' titles, in order (hoso's hidden tab left out). */
  get tabTitles(): string[] {
    return [...this.emulator.spreadsheet(this.spreadsheetId).sheets]
      .sort((a, b) => a.properties.index - b.properties.index)
      .map((sheet) => sheet.properties.title);
  }

  /**
   * The workbook with what the engine wrote (values, notes, dropdowns, formats, tabs, rows), its id
   * and the number of the exchange it comes out of. Once per workbook: it changes the workbook read.
   */
  async toBuffer(exchange: number): Promise<Buffer> {
    const hosoSheet = writeWorkbookId(this.workbook, this.spreadsheetId, exchange);
    applyChanges(this.workbook, {
      before: this.before,
      after: this.emulator.spreadsheet(this.spreadsheetId),
      calls: this.emulator.requests.slice(this.callsBefore),
      tabs: this.tabs,
      hosoSheet,
    });
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }
}
