import { randomBytes } from 'node:crypto';
import { invalidArgument, notFound } from './api-error';
import { type Cell, formattedValue, renderCell, userEntered, withEnteredValue, type Scalar } from './cells';
import { Draft, type GridProperties, type Sheet, type Spreadsheet, cellAt, newSheet } from './model';
import { resolveRange } from './values-api';

export interface SheetSeed {
  readonly title: string;
  readonly rowCount?: number;
  readonly columnCount?: number;
  readonly frozenRowCount?: number;
  /** Typed in as a person would (USER_ENTERED), from A1. */
  readonly rows?: readonly (readonly (Scalar | null)[])[];
}

export interface SpreadsheetSeed {
  readonly spreadsheetId?: string;
  readonly title?: string;
  /** Decides how USER_ENTERED reads dates; vi_VN (day first) unless told. */
  readonly locale?: string;
  readonly timeZone?: string;
  readonly sheets?: readonly SheetSeed[];
}

export function newSpreadsheetId(): string {
  // Google-shaped (44 characters, base64url) but never starting with '-', which a command line
  // would read as an option: tests that want one make it on purpose (tests/regressions/).
  return `1${randomBytes(32).toString('base64url').slice(0, 43)}`;
}

export function buildSpreadsheet(seed: SpreadsheetSeed): Spreadsheet {
  const seeds = seed.sheets && seed.sheets.length > 0 ? seed.sheets : [{ title: 'Sheet1' }];
  const titles = new Set<string>();
  const sheets = seeds.map((s, index) => {
    if (titles.has(s.title.toLowerCase()))
      throw invalidArgument(`A sheet with the name "${s.title}" already exists. Please enter another name.`);
    titles.add(s.title.toLowerCase());
    const grid: Partial<GridProperties> = {
      ...(s.rowCount !== undefined ? { rowCount: s.rowCount } : {}),
      ...(s.columnCount !== undefined ? { columnCount: s.columnCount } : {}),
      ...(s.frozenRowCount !== undefined ? { frozenRowCount: s.frozenRowCount } : {}),
    };
    // The first tab gets id 0, as in Google; later ones ids that do not look like positions.
    return newSheet(index === 0 ? 0 : 1_000_000 + index, s.title, index, grid);
  });
  const spreadsheet: Spreadsheet = {
    spreadsheetId: seed.spreadsheetId ?? newSpreadsheetId(),
    properties: {
      title: seed.title ?? 'Untitled spreadsheet',
      locale: seed.locale ?? 'vi_VN',
      timeZone: seed.timeZone ?? 'Asia/Ho_Chi_Minh',
    },
    sheets,
    nextSheetId: 2_000_000,
    nextProtectedRangeId: 1,
  };
  const draft = new Draft(spreadsheet);
  seeds.forEach((s, index) => {
    const sheet = draft.writable(draft.spreadsheet.sheets[index]!);
    const rows = s.rows ?? [];
    const grid = sheet.properties.gridProperties;
    grid.rowCount = Math.max(grid.rowCount, rows.length);
    grid.columnCount = Math.max(grid.columnCount, ...rows.map((r) => r.length));
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) draft.setCell(sheet, r, c, withEnteredValue(undefined, userEntered(value, spreadsheet.properties.locale)));
      }),
    );
  });
  return draft.spreadsheet;
}

/** The body of `POST /v4/spreadsheets`. */
export function seedFromCreateRequest(body: Record<string, unknown>): SpreadsheetSeed {
  const properties = (body.properties ?? {}) as { title?: string; locale?: string; timeZone?: string };
  const sheets = Array.isArray(body.sheets) ? body.sheets : [];
  return {
    ...(properties.title !== undefined ? { title: properties.title } : {}),
    ...(properties.locale !== undefined ? { locale: properties.locale } : {}),
    ...(properties.timeZone !== undefined ? { timeZone: properties.timeZone } : {}),
    sheets: sheets.map((s: { properties?: { title?: string; gridProperties?: Partial<GridProperties> } }, i: number) => ({
      title: s.properties?.title ?? `Sheet${i + 1}`,
      ...s.properties?.gridProperties,
    })),
  };
}

function cellJson(cell: Cell | undefined): Record<string, unknown> {
  if (!cell) return {};
  const effective = renderCell(cell, 'UNFORMATTED_VALUE', 'SERIAL_NUMBER');
  const typed = (v: Scalar | undefined): Record<string, unknown> | undefined =>
    v === undefined
      ? undefined
      : typeof v === 'string'
        ? { stringValue: v }
        : typeof v === 'number'
          ? { numberValue: v }
          : { boolValue: v };
  return {
    ...(cell.formula !== undefined
      ? { userEnteredValue: { formulaValue: cell.formula } }
      : cell.value !== undefined
        ? { userEnteredValue: typed(cell.value) }
        : {}),
    ...(effective !== undefined ? { effectiveValue: typed(effective), formattedValue: formattedValue(cell) } : {}),
    ...(cell.numberFormat || cell.textFormat
      ? {
          userEnteredFormat: {
            ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
            ...(cell.textFormat ? { textFormat: cell.textFormat } : {}),
          },
        }
      : {}),
    ...(cell.note !== undefined ? { note: cell.note } : {}),
    ...(cell.dataValidation !== undefined ? { dataValidation: cell.dataValidation } : {}),
  };
}

/** GridData of a rectangle, up to its last non-empty cell (values, notes or validation all count). */
function gridData(sheet: Sheet, r0: number, r1: number, c0: number, c1: number): Record<string, unknown> {
  const rowData: Record<string, unknown>[] = [];
  const last = Math.min(r1, sheet.rows.length);
  for (let r = r0; r < last; r++) {
    const values: Record<string, unknown>[] = [];
    const end = Math.min(c1, sheet.rows[r]?.length ?? 0);
    for (let c = c0; c < end; c++) values.push(cellJson(cellAt(sheet, r, c)));
    while (values.length > 0 && Object.keys(values[values.length - 1]!).length === 0) values.pop();
    rowData.push(values.length > 0 ? { values } : {});
  }
  while (rowData.length > 0 && Object.keys(rowData[rowData.length - 1]!).length === 0) rowData.pop();
  return { startRow: r0, startColumn: c0, rowData };
}

/** `GET /v4/spreadsheets/{id}`: properties, tabs and protected ranges; grid data (with notes) on request. */
export function spreadsheetJson(
  spreadsheet: Spreadsheet,
  ranges: readonly string[],
  includeGridData: boolean,
  baseUrl: string,
): Record<string, unknown> {
  const wanted = new Map<Sheet, { r0: number; r1: number; c0: number; c1: number }[]>();
  for (const text of ranges) {
    const { sheet, range } = resolveRange(spreadsheet, text);
    const grid = sheet.properties.gridProperties;
    const box = {
      r0: range.startRow ?? 0,
      r1: range.endRow ?? grid.rowCount,
      c0: range.startColumn ?? 0,
      c1: range.endColumn ?? grid.columnCount,
    };
    wanted.set(sheet, [...(wanted.get(sheet) ?? []), box]);
  }
  const sheets = [...spreadsheet.sheets]
    .sort((a, b) => a.properties.index - b.properties.index)
    .filter((s) => ranges.length === 0 || wanted.has(s))
    .map((sheet) => {
      const grid = sheet.properties.gridProperties;
      const boxes = wanted.get(sheet) ?? [{ r0: 0, r1: grid.rowCount, c0: 0, c1: grid.columnCount }];
      return {
        properties: structuredClone(sheet.properties),
        ...(sheet.protectedRanges.length > 0 ? { protectedRanges: structuredClone(sheet.protectedRanges) } : {}),
        ...(includeGridData ? { data: boxes.map((b) => gridData(sheet, b.r0, b.r1, b.c0, b.c1)) } : {}),
      };
    });
  return {
    spreadsheetId: spreadsheet.spreadsheetId,
    properties: { ...spreadsheet.properties, autoRecalc: 'ON_CHANGE' },
    sheets,
    spreadsheetUrl: `${baseUrl}/spreadsheets/d/${spreadsheet.spreadsheetId}/edit`,
  };
}

export function requireSpreadsheet(store: ReadonlyMap<string, Spreadsheet>, spreadsheetId: string): Spreadsheet {
  const spreadsheet = store.get(spreadsheetId);
  if (!spreadsheet) throw notFound();
  return spreadsheet;
}
