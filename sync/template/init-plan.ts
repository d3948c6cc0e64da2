/**
 * `hoso sheets init` without I/O: from the spreadsheet as read (tabs, protected ranges) and the
 * header rows, the requests that create or repair the tabs. Nothing here deletes or moves a cell:
 * missing headers go to the right of the last header, formats and dropdowns go on hoso's columns
 * only, and hoso's protection is recognised by its description and moved, never duplicated.
 */
import { cellA1, columnLetters } from '../engine/a1';
import { CONFLICT_TABLE, conflictTabMessages } from '../engine/conflict-tab';
import { matchHeaders } from '../engine/headers';
import { toCellValue } from '../engine/sheet-table';
import type { ColumnSpec, ColumnTemplate, TableSpec } from '../engine/types';
import type { sheets_v4 } from '../sheets/google-sheets-api';
import type { SheetsRequest, Spreadsheet, ValueWrite } from '../sheets/sheets-client';

/** How hoso recognises its own protection of the id column on a later run. */
export const ID_PROTECTION_DESCRIPTION = 'Cột mã do hoso quản lý — không sửa';

/** The note on the id header: the one rule staff must know about the column. */
export const ID_HEADER_NOTE = 'Mã do hoso cấp khi đồng bộ. Dòng mới: để trống. Không sửa, không chép sang dòng khác.';

export const DATE_PATTERN = 'dd/mm/yyyy';

const NUMBER_FORMATS: Readonly<Record<NonNullable<ColumnTemplate['format']>, sheets_v4.Schema$NumberFormat>> = {
  date: { type: 'DATE', pattern: DATE_PATTERN },
  // Plain text: leading zeros, bare years and codes that look like numbers stay as typed.
  text: { type: 'TEXT', pattern: '@' },
};

type Tab = sheets_v4.Schema$Sheet;

/** One tab after init, as planned. */
export interface InitTabPlan {
  readonly table: string;
  /** The tab's title as it is in the spreadsheet. */
  readonly title: string;
  readonly sheetId: number;
  /** Headers written by this run, in the order they were appended. */
  readonly headersAdded: readonly string[];
  /** 0-based. */
  readonly idColumn: number;
}

export interface InitPlan {
  readonly tabs: readonly InitTabPlan[];
  /** The missing headers, one write per tab that lacks some (RAW). */
  readonly valueWrites: readonly ValueWrite[];
  /** The layout: grid size, frozen row, header format and notes, dropdowns, number formats, protection. */
  readonly requests: readonly SheetsRequest[];
}

/** Tab titles are compared as Google resolves them in A1 ranges (ignoring case), so two specs may not share one. */
export function assertDistinctTabs(tables: readonly TableSpec[]): void {
  const titles = new Set(tables.map((t) => t.sheetTitle.toLowerCase()));
  if (titles.size !== tables.length) throw new Error('Each tab may appear once among the tables');
}

/** The tab a spec is bound to, found as Google finds `'Cán bộ'!1:1`: by exact title, then ignoring case. */
export function findTab(spreadsheet: Spreadsheet, title: string): Tab | undefined {
  const tabs = spreadsheet.sheets ?? [];
  return tabs.find((t) => t.properties?.title === title) ?? tabs.find((t) => t.properties?.title?.toLowerCase() === title.toLowerCase());
}

/** The tab Google puts in a new spreadsheet ("Sheet1", "Trang tính1"... by the owner's language). */
const DEFAULT_TAB_TITLE = /^(sheet|trang tính|feuille|hoja|tabelle|foglio|planilha)\s?\d+$/iu;

/**
 * Tabs that may go once hoso adds its own: named as Google names a new spreadsheet's tab, and
 * not one of the specs' tabs. Whether they are empty is for the caller to read.
 */
export function defaultTabCandidates(spreadsheet: Spreadsheet, tables: readonly TableSpec[]): Tab[] {
  const ours = new Set(tables.map((t) => findTab(spreadsheet, t.sheetTitle)));
  return (spreadsheet.sheets ?? []).filter(
    (tab) => !ours.has(tab) && DEFAULT_TAB_TITLE.test(tab.properties?.title?.normalize('NFC') ?? ''),
  );
}

/** `addSheet` for each spec without a tab, titled with the spec's title. */
export function addSheetRequests(spreadsheet: Spreadsheet, tables: readonly TableSpec[]): SheetsRequest[] {
  return tables.filter((t) => !findTab(spreadsheet, t.sheetTitle)).map((t) => ({ addSheet: { properties: { title: t.sheetTitle } } }));
}

/** The spreadsheet as read, plus the tabs `addSheet` created (their properties come back in the replies). */
export function withAddedSheets(spreadsheet: Spreadsheet, replies: readonly sheets_v4.Schema$Response[]): Spreadsheet {
  const added = replies.flatMap((r) => (r.addSheet?.properties ? [{ properties: r.addSheet.properties }] : []));
  return { ...spreadsheet, sheets: [...(spreadsheet.sheets ?? []), ...added] };
}

interface TabProps {
  readonly title: string;
  readonly sheetId: number;
  readonly columnCount: number;
  readonly frozenRowCount: number;
}

function requireTab(spreadsheet: Spreadsheet, spec: TableSpec): { tab: Tab; props: TabProps } {
  const tab = findTab(spreadsheet, spec.sheetTitle);
  const p = tab?.properties;
  if (!tab || !p || typeof p.title !== 'string' || typeof p.sheetId !== 'number')
    throw new Error(`No tab «${spec.sheetTitle}» to initialise`);
  const grid = p.gridProperties ?? {};
  return {
    tab,
    props: { title: p.title, sheetId: p.sheetId, columnCount: grid.columnCount ?? 0, frozenRowCount: grid.frozenRowCount ?? 0 },
  };
}

/** Where each of hoso's columns is once the missing headers are appended after the last non-blank header. */
function placeColumns(
  spec: TableSpec,
  headerRow: readonly unknown[],
): { idColumn: number; fieldColumns: Map<ColumnSpec, number>; added: { column: number; header: string }[] } {
  const cells = headerRow.map(toCellValue);
  const match = matchHeaders(spec, cells);
  let next = cells.findLastIndex((cell) => cell !== null) + 1;
  const added: { column: number; header: string }[] = [];
  const place = (found: number | null | undefined, header: string): number => {
    if (found !== null && found !== undefined) return found;
    added.push({ column: next, header });
    return next++;
  };
  // The order of matchHeaders' missingHeaders: the id first, then the columns as the spec lists them.
  const idColumn = place(match.idColumn, spec.idHeader);
  const fieldColumns = new Map(spec.columns.map((c) => [c, place(match.fieldColumns[c.field], c.header)]));
  return { idColumn, fieldColumns, added };
}

/** The column below the header row, to the end of the grid (and of the grid after it grows, as Google keeps it unbounded). */
function bodyOf(sheetId: number, column: number): sheets_v4.Schema$GridRange {
  return { sheetId, startRowIndex: 1, startColumnIndex: column, endColumnIndex: column + 1 };
}

function headerCell(sheetId: number, column: number, note: string | undefined): SheetsRequest {
  // One cell at a time: bolding the whole row would also restyle the headers of staff columns.
  return {
    updateCells: {
      start: { sheetId, rowIndex: 0, columnIndex: column },
      rows: [{ values: [{ userEnteredFormat: { textFormat: { bold: true } }, ...(note !== undefined ? { note } : {}) }] }],
      fields: note !== undefined ? 'userEnteredFormat.textFormat.bold,note' : 'userEnteredFormat.textFormat.bold',
    },
  };
}

function columnRequests(sheetId: number, column: number, template: ColumnTemplate | undefined): SheetsRequest[] {
  const requests: SheetsRequest[] = [];
  const choices = template?.choices ?? [];
  if (choices.length > 0) {
    requests.push({
      setDataValidation: {
        range: bodyOf(sheetId, column),
        // Not strict: a variant typed by hand ("nam" for "Nam") is still read by the codec, and what
        // it cannot read is reported on the cell by the sync rather than refused by Google.
        rule: {
          condition: { type: 'ONE_OF_LIST', values: choices.map((c) => ({ userEnteredValue: c })) },
          showCustomUi: true,
          strict: false,
        },
      },
    });
  }
  if (template?.format) {
    requests.push({
      repeatCell: {
        range: bodyOf(sheetId, column),
        cell: { userEnteredFormat: { numberFormat: NUMBER_FORMATS[template.format] } },
        fields: 'userEnteredFormat.numberFormat',
      },
    });
  }
  return requests;
}

/**
 * hoso's protection of the id column: warning only (staff are told, not stopped). An existing one
 * is moved to the id column's current position with updateProtectedRange, which gives the same
 * sheet when repeated, so the batch stays safe to retry; copies beyond the first are deleted.
 */
function protectionRequests(tab: Tab, sheetId: number, idColumn: number): SheetsRequest[] {
  const protectedRange = {
    range: { sheetId, startColumnIndex: idColumn, endColumnIndex: idColumn + 1 },
    description: ID_PROTECTION_DESCRIPTION,
    warningOnly: true,
  };
  const ours = (tab.protectedRanges ?? []).filter(
    (p) => p.description === ID_PROTECTION_DESCRIPTION && typeof p.protectedRangeId === 'number',
  );
  const [kept, ...extra] = ours;
  if (!kept) return [{ addProtectedRange: { protectedRange } }];
  return [
    {
      updateProtectedRange: {
        protectedRange: { ...protectedRange, protectedRangeId: kept.protectedRangeId },
        fields: 'range,description,warningOnly',
      },
    },
    ...extra.map((p) => ({ deleteProtectedRange: { protectedRangeId: p.protectedRangeId } })),
  ];
}

function gridRequest(props: TabProps, columnsNeeded: number): SheetsRequest[] {
  const fields: string[] = [];
  const gridProperties: sheets_v4.Schema$GridProperties = {};
  // At least the header row frozen; more rows frozen by staff are their choice.
  if (props.frozenRowCount < 1) {
    gridProperties.frozenRowCount = 1;
    fields.push('gridProperties.frozenRowCount');
  }
  // Values cannot be written past the grid's last column: it grows first, in the same batch as everything that addresses it.
  if (columnsNeeded > props.columnCount) {
    gridProperties.columnCount = columnsNeeded;
    fields.push('gridProperties.columnCount');
  }
  if (fields.length === 0) return [];
  return [{ updateSheetProperties: { properties: { sheetId: props.sheetId, gridProperties }, fields: fields.join(',') } }];
}

/**
 * The whole init of the tabs, from the spreadsheet (every spec's tab must exist by now) and each
 * spec's header row as `values.batchGet` returned it (`headerRows[i]` belongs to `tables[i]`).
 */
export function planInit(spreadsheet: Spreadsheet, headerRows: readonly (readonly unknown[])[], tables: readonly TableSpec[]): InitPlan {
  assertDistinctTabs(tables);
  const tabs: InitTabPlan[] = [];
  const valueWrites: ValueWrite[] = [];
  const requests: SheetsRequest[] = [];
  tables.forEach((spec, i) => {
    const { tab, props } = requireTab(spreadsheet, spec);
    const { idColumn, fieldColumns, added } = placeColumns(spec, headerRows[i] ?? []);
    const first = added[0];
    if (first) {
      const last = added[added.length - 1]!;
      valueWrites.push({
        range: `${cellA1(props.title, 1, first.column)}:${columnLetters(last.column)}1`,
        values: [added.map((a) => a.header)],
      });
    }
    const columnsNeeded = Math.max(idColumn, ...fieldColumns.values()) + 1;
    const idNote = spec.table === CONFLICT_TABLE ? conflictTabMessages.idHeaderNote : ID_HEADER_NOTE;
    requests.push(...gridRequest(props, columnsNeeded), headerCell(props.sheetId, idColumn, idNote));
    for (const [column, index] of fieldColumns) {
      requests.push(headerCell(props.sheetId, index, column.template?.hint), ...columnRequests(props.sheetId, index, column.template));
    }
    requests.push(...protectionRequests(tab, props.sheetId, idColumn));
    tabs.push({ table: spec.table, title: props.title, sheetId: props.sheetId, headersAdded: added.map((a) => a.header), idColumn });
  });
  return { tabs, valueWrites, requests };
}
