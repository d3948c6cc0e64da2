import type { Cell as ExcelCell, DataValidation, Workbook, Worksheet, WorksheetView } from 'exceljs';
import { exceljs } from './exceljs';
import type { Cell, NumberFormat } from '../emulator/cells';
import type { Row, Sheet, Spreadsheet } from '../emulator/model';
import type { ApiCall } from '../emulator/server';
import { excelValueOf } from './cell-values';
import { listRange } from './hoso-sheet';
import { DATE_FORMAT_TYPE } from './import-workbook';

/** What an exchange changed, to be carried into the workbook the office sent. */
export interface WorkbookChanges {
  /** The model as imported, before the sync ran on it. */
  readonly before: Spreadsheet;
  /** The model after the sync. */
  readonly after: Spreadsheet;
  /** The API calls the sync made (the emulator's log), whose structural edits are replayed in order. */
  readonly calls: readonly ApiCall[];
  /** Each imported tab by its sheetId. */
  readonly tabs: ReadonlyMap<number, Worksheet>;
  /** hoso's hidden tab, where dropdown lists go. */
  readonly hosoSheet: Worksheet;
}

type Json = Record<string, unknown>;

const asObject = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});

/**
 * Rows added or removed by the sync (the `remove` policy deletes rows), replayed on the worksheet
 * and on the imported model alike, so that what follows compares each cell with the same cell.
 */
function replayStructure(
  changes: WorkbookChanges,
  workbook: Workbook,
  tabs: Map<number, Worksheet>,
  before: Map<number, (Row | undefined)[]>,
): void {
  for (const call of changes.calls) {
    if (call.operation !== 'spreadsheets.batchUpdate' || call.status !== 200) continue;
    const requests = asObject(call.body).requests;
    for (const request of Array.isArray(requests) ? requests.map(asObject) : []) {
      if (request.deleteSheet) {
        const sheetId = asObject(request.deleteSheet).sheetId as number;
        const worksheet = tabs.get(sheetId);
        if (worksheet) workbook.removeWorksheet(worksheet.id);
        tabs.delete(sheetId);
        before.delete(sheetId);
        continue;
      }
      const edit = asObject(request.deleteDimension ?? request.insertDimension);
      const range = asObject(edit.range);
      if (range.dimension !== 'ROWS') continue;
      const sheetId = (range.sheetId as number | undefined) ?? 0;
      const start = (range.startIndex as number | undefined) ?? 0;
      const count = ((range.endIndex as number | undefined) ?? start) - start;
      const rows = before.get(sheetId);
      const worksheet = tabs.get(sheetId);
      if (request.deleteDimension) {
        worksheet?.spliceRows(start + 1, count);
        rows?.splice(start, count);
      } else {
        worksheet?.spliceRows(start + 1, 0, ...Array.from({ length: count }, () => []));
        if (rows && rows.length > start) rows.splice(start, 0, ...new Array<Row | undefined>(count).fill(undefined));
      }
    }
  }
}

function excelNumberFormat(format: NumberFormat): string {
  if (format.type === 'TEXT') return '@';
  return format.pattern ?? (format.type === DATE_FORMAT_TYPE ? 'dd/mm/yyyy' : 'General');
}

const sameJson = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * exceljs offers no way to take a note off a cell: the note lives in the cell's comment and, for a
 * workbook read from a file, in its value's model as well.
 */
function clearNote(cell: ExcelCell): void {
  const internals = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internals._comment = undefined;
  if (internals._value?.model) delete internals._value.model.comment;
}

/**
 * Cells read from a file share one style object per style (`cell.numFmt = ...` would restyle every
 * cell that shares it, a typed date among them): a cell gets a style of its own before it changes.
 */
function restyle(cell: ExcelCell, change: Partial<ExcelCell['style']>): void {
  cell.style = { ...cell.style, ...change };
}

/**
 * A date staff typed stays shown as a date when init makes its column plain text (a birth date
 * column takes bare years too): Google would show the serial, which reads the same to the sync but
 * not to the office. The cell still reads as that date.
 */
function keepsDate(before: Cell | undefined, after: Cell): boolean {
  return before?.numberFormat?.type === DATE_FORMAT_TYPE && after.numberFormat?.type === 'TEXT' && before.value === after.value;
}

class CellWriter {
  private readonly lists = new Map<string, string>();

  constructor(private readonly hosoSheet: Worksheet) {}

  write(worksheet: Worksheet, r: number, c: number, before: Cell | undefined, after: Cell | undefined): void {
    if (before === after) return;
    const cell = worksheet.getCell(r + 1, c + 1);
    if (before?.value !== after?.value) {
      cell.value = excelValueOf(after?.value, after?.numberFormat?.type === DATE_FORMAT_TYPE);
    }
    if (!sameJson(before?.numberFormat, after?.numberFormat) && after?.numberFormat && !keepsDate(before, after)) {
      restyle(cell, { numFmt: excelNumberFormat(after.numberFormat) });
    }
    const bold = after?.textFormat?.bold;
    if (before?.textFormat?.bold !== bold && typeof bold === 'boolean') restyle(cell, { font: { ...cell.font, bold } });
    if (!sameJson(before?.dataValidation, after?.dataValidation)) this.validation(cell, after?.dataValidation);
    if (before?.note !== after?.note) {
      if (after?.note === undefined) clearNote(cell);
      else {
        cell.note = after.note;
        // exceljs writes no element for an empty cell without a style, and its note is then lost on reading.
        if (cell.type === exceljs().ValueType.Null) restyle(cell, { alignment: { wrapText: false, ...cell.alignment } });
      }
    }
  }

  /** A Google ONE_OF_LIST rule as an Excel list: the values go on hoso's tab (inline lists stop at 255 characters). */
  private validation(cell: ExcelCell, rule: unknown): void {
    const condition = asObject(asObject(rule).condition);
    const values = Array.isArray(condition.values) ? condition.values.map((v) => String(asObject(v).userEnteredValue ?? '')) : [];
    if (condition.type !== 'ONE_OF_LIST' || values.length === 0) {
      if (rule === undefined) cell.dataValidation = undefined as unknown as DataValidation;
      return;
    }
    const key = JSON.stringify(values);
    let range = this.lists.get(key);
    if (range === undefined) {
      range = listRange(this.hosoSheet, values);
      this.lists.set(key, range);
    }
    const strict = asObject(rule).strict === true;
    cell.dataValidation = { type: 'list', allowBlank: true, formulae: [range], showErrorMessage: strict };
  }
}

function frozenRowsOf(sheet: Sheet | undefined): number {
  return sheet?.properties.gridProperties.frozenRowCount ?? 0;
}

function freeze(worksheet: Worksheet, rows: number): void {
  const current = worksheet.views?.[0] ?? {};
  const xSplit = current.state === 'frozen' && 'xSplit' in current ? (current.xSplit ?? 0) : 0;
  worksheet.views = [{ ...current, state: 'frozen', xSplit, ySplit: rows } as Partial<WorksheetView> as WorksheetView];
}

/** A tab hoso created gets columns wide enough for its headers. */
function widenHeaders(worksheet: Worksheet): void {
  worksheet.getRow(1).eachCell((cell, column) => {
    worksheet.getColumn(column).width = Math.max(12, String(cell.value ?? '').length + 4);
  });
}

/**
 * Carries the sync's result into the workbook: only the cells whose value, note, number format,
 * bold or dropdown changed are written, so everything else staff made (formulas, colours, widths,
 * their own tabs) stays as it was; tabs the sync added are appended, rows it removed are removed.
 */
export function applyChanges(workbook: Workbook, changes: WorkbookChanges): void {
  const tabs = new Map(changes.tabs);
  const before = new Map(changes.before.sheets.map((sheet) => [sheet.properties.sheetId, sheet.rows.slice()]));
  const beforeSheets = new Map(changes.before.sheets.map((sheet) => [sheet.properties.sheetId, sheet]));
  replayStructure(changes, workbook, tabs, before);
  const writer = new CellWriter(changes.hosoSheet);
  const sheets = [...changes.after.sheets].sort((a, b) => a.properties.index - b.properties.index);
  for (const sheet of sheets) {
    const { sheetId, title } = sheet.properties;
    const created = !tabs.has(sheetId);
    const worksheet = tabs.get(sheetId) ?? workbook.addWorksheet(title);
    const rowsBefore = before.get(sheetId) ?? [];
    const rowCount = Math.max(rowsBefore.length, sheet.rows.length);
    for (let r = 0; r < rowCount; r++) {
      const old = rowsBefore[r];
      const now = sheet.rows[r];
      if (old === now) continue;
      const columns = Math.max(old?.length ?? 0, now?.length ?? 0);
      for (let c = 0; c < columns; c++) writer.write(worksheet, r, c, old?.[c], now?.[c]);
    }
    const frozen = frozenRowsOf(sheet);
    if (frozen > 0 && frozen !== frozenRowsOf(beforeSheets.get(sheetId))) freeze(worksheet, frozen);
    if (created) widenHeaders(worksheet);
  }
}
