import type { Cell as ExcelCell, Comment, Workbook, Worksheet } from 'exceljs';
import { exceljs } from './exceljs';
import type { BatchRequest } from '../emulator/batch-requests';
import { DEFAULT_COLUMN_COUNT, DEFAULT_ROW_COUNT } from '../emulator/model';
import type { SheetsEmulator } from '../emulator/server';
import { readExcelValue } from './cell-values';
import { isHosoSheet } from './hoso-sheet';

/** The number format a date cell keeps in the model, so that hoso's writes there are dates again on export. */
export const DATE_FORMAT_TYPE = 'DATE';

/** Excel forbids `[` in tab titles: the tab a spreadsheet needs while it is filled cannot clash with one of the workbook's. */
const SCAFFOLD_TITLE = '[hoso]';

/**
 * A tab's sheetId from its title: the same title gets the same id on every exchange, whatever the
 * file's own numbering (LibreOffice renumbers tabs by position on save), so the sheetIds the
 * binding's state remembers keep naming the same tab. Two titles of one workbook that hash alike
 * are told apart by probing.
 */
function sheetIdFor(title: string, taken: Set<number>): number {
  let hash = 0x811c9dc5;
  for (const char of title.normalize('NFC')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // Below the ids the emulator hands out (2,000,000 and up) and never 0 (the scaffold's).
  let id = (hash % 1_000_000_000) + 10_000_000;
  while (taken.has(id)) id++;
  taken.add(id);
  return id;
}

function noteText(note: string | Comment | undefined): string | undefined {
  if (note === undefined) return undefined;
  const text = typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
  return text === '' ? undefined : text;
}

interface CellData {
  userEnteredValue?: { stringValue?: string; numberValue?: number; boolValue?: boolean };
  note?: string;
  userEnteredFormat?: { numberFormat: { type: string; pattern?: string } };
}

function cellData(cell: ExcelCell): CellData {
  // A merged range's other cells repeat its first cell's value in exceljs; in a spreadsheet they are empty.
  if (cell.type === exceljs().ValueType.Merge) return {};
  const read = readExcelValue(cell.value);
  const note = noteText(cell.note);
  const value = read.value;
  return {
    ...(value === undefined
      ? {}
      : {
          userEnteredValue:
            typeof value === 'string' ? { stringValue: value } : typeof value === 'number' ? { numberValue: value } : { boolValue: value },
        }),
    ...(note !== undefined ? { note } : {}),
    ...(read.isDate ? { userEnteredFormat: { numberFormat: { type: DATE_FORMAT_TYPE, pattern: cell.numFmt || 'dd/mm/yyyy' } } } : {}),
  };
}

function frozenRows(worksheet: Worksheet): number | undefined {
  const frozen = worksheet.views?.find((view) => view.state === 'frozen');
  const rows = frozen && 'ySplit' in frozen ? frozen.ySplit : undefined;
  return rows && rows > 0 ? rows : undefined;
}

function tabRequests(worksheet: Worksheet, sheetId: number, index: number): BatchRequest[] {
  const rowCount = Math.max(DEFAULT_ROW_COUNT, worksheet.rowCount + 1);
  const columnCount = Math.max(DEFAULT_COLUMN_COUNT, worksheet.columnCount);
  const frozenRowCount = frozenRows(worksheet);
  const rows: { values: CellData[] }[] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.findRow(r);
    const values: CellData[] = [];
    row?.eachCell({ includeEmpty: false }, (cell, column) => {
      while (values.length < column - 1) values.push({});
      values[column - 1] = cellData(cell);
    });
    rows.push({ values });
  }
  return [
    {
      addSheet: {
        properties: {
          sheetId,
          title: worksheet.name,
          index,
          gridProperties: { rowCount, columnCount, ...(frozenRowCount ? { frozenRowCount } : {}) },
        },
      },
    },
    ...(rows.length > 0
      ? [
          {
            updateCells: {
              start: { sheetId, rowIndex: 0, columnIndex: 0 },
              rows,
              fields: 'userEnteredValue,note,userEnteredFormat.numberFormat',
            },
          },
        ]
      : []),
  ];
}

/**
 * Fills the emulator with the workbook as Google would hold it (values typed as the engine reads
 * them, notes, date formats, the frozen rows), so that the engine runs on it unchanged. hoso's own
 * hidden tab stays out. Returns each tab's sheetId.
 */
export function importWorkbook(emulator: SheetsEmulator, spreadsheetId: string, workbook: Workbook): Map<number, Worksheet> {
  const tabs = workbook.worksheets.filter((worksheet) => !isHosoSheet(worksheet));
  // The spreadsheet is created with a scaffold tab (a spreadsheet always has one), removed once the real ones are in.
  emulator.createSpreadsheet({ spreadsheetId, title: workbook.title || spreadsheetId, sheets: [{ title: SCAFFOLD_TITLE }] });
  const taken = new Set<number>();
  const bySheetId = new Map<number, Worksheet>();
  const requests: BatchRequest[] = [];
  tabs.forEach((worksheet, index) => {
    const sheetId = sheetIdFor(worksheet.name, taken);
    bySheetId.set(sheetId, worksheet);
    requests.push(...tabRequests(worksheet, sheetId, index + 1));
  });
  // A workbook of hoso's tab alone keeps a tab named as a new spreadsheet's, which init replaces with its own.
  const scaffoldId = emulator.sheetId(spreadsheetId, SCAFFOLD_TITLE);
  requests.push(
    tabs.length > 0
      ? { deleteSheet: { sheetId: scaffoldId } }
      : { updateSheetProperties: { properties: { sheetId: scaffoldId, title: 'Sheet1' }, fields: 'title' } },
  );
  emulator.applyRequests(spreadsheetId, requests);
  return bySheetId;
}
